// What each GlideRecord query asked the database for, so a test can show that
// a script bounds its reads (a limit in the query, not a trim afterwards). The
// platform shows the same to an admin through session debugging: "Debug SQL"
// (System Diagnostics > Session Debug) prints each statement a transaction
// runs, with its LIMIT. A bench observation only: scripts get no API from it.
// Only query() is recorded (also get(field, value), which queries); get(sys_id)
// reads one row by its key and is not.

export interface QueryLogEntry {
    table: string
    /** The encoded query as the script built it, ORDERBY terms included. */
    query: string
    /** setLimit()'s value, or null for none. */
    limit: number | null
    /** Rows the query returned (after GlideRecordSecure dropped the unreadable ones). */
    rows: number
    secure: boolean
    /** A GlideAggregate's query (glide-aggregate.ts): the database returns groups, `rows` counts the rows it aggregated. */
    aggregate?: boolean
    /** The running script's scope, or null outside any script. */
    scope: string | null
}

export class QueryLog {
    /** Open captures, innermost last; every entry goes to each of them. */
    private readonly open: QueryLogEntry[][] = []

    record(entry: QueryLogEntry): void {
        for (const capture of this.open) capture.push(entry)
    }

    /** Runs `run` and returns what it queried. Nothing is kept outside a capture. */
    capture<T>(run: () => T): { result: T; queries: QueryLogEntry[] } {
        const queries: QueryLogEntry[] = []
        this.open.push(queries)
        try {
            return { result: run(), queries }
        } finally {
            this.open.splice(this.open.indexOf(queries), 1)
        }
    }
}
