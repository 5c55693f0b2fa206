// The platform's Table Cleaner: a platform job (not an app's scheduled script)
// that deletes old rows by the cleanup policies in Auto Flush [sys_auto_flush].
// Sources (ServiceNow docs):
//  - "Table cleaner" (Washington DC, Platform administration): a scheduled job
//    that runs once per hour by default; each rule names a table, a Matchfield
//    (a date/time column), an Age in seconds and optional conditions (e.g.
//    "active = false AND state = closed"); a record is deleted when its
//    Matchfield is older than the age.
//  - "Create a table cleanup rule in Core UI" (Australia; earlier "Activate
//    table cleanup"): the sys_auto_flush fields Tablename, Matchfield (defaults
//    to sys_created_on), Age in seconds, Active, Application, Clean journals
//    (clean_peripheral: the records' sys_journal_field entries go too), Clean
//    audit, Cascade delete, Conditions.
//  - "Manage table cleaner resource usage": the deletions run in chunks on
//    producer and consumer threads (DMTableCleaner).
// Assumed (the docs do not say): the job runs on each full hour of the clock;
// a row whose Matchfield is empty is never old; deleting runs no business
// rules (the platform job deletes in chunks, not through a script's
// GlideRecord), the strict reading for an app: it cannot count on a delete
// rule to see its rows go. Stricter than the platform on purpose: a policy on
// a table the instance does not have, or whose conditions name a field the
// table lacks, throws (the platform's handling is not documented).
// Not modelled: cascade delete, Clean audit (the bench keeps no audit),
// the 30-second query limit that suspends a slow rule, table rotation.
import { compileEncodedQuery } from './encoded-query'
import type { Schema } from './schema'
import type { Row, Store } from './store'

export const HOUR_MS = 3_600_000

/** One policy's deletions in one run of the job. */
export interface TableCleanerRun {
    at: number
    policy: string
    table: string
    deleted: number
}

export interface TableCleanerDeps {
    schema: Schema
    store: Store
    now(): number
}

/** The next run after `ms`: the next full hour (assumed). */
export function nextTableCleanerRun(ms: number): number {
    return (Math.floor(ms / HOUR_MS) + 1) * HOUR_MS
}

function on(value: string | undefined, fallback: boolean): boolean {
    if (value === undefined || value === '') return fallback
    return value === 'true' || value === '1'
}

/** Stored date/time text ('YYYY-MM-DD HH:MM:SS', UTC on the bench) as ms, or null when empty or unreadable. */
function timeOf(value: string | undefined): number | null {
    if (!value) return null
    const ms = Date.parse(`${value.replace(' ', 'T')}Z`)
    return Number.isNaN(ms) ? null : ms
}

export class TableCleaner {
    readonly runs: TableCleanerRun[] = []

    constructor(private readonly deps: TableCleanerDeps) {}

    /** One run of the job at the bench clock's time: every active policy, in store order. */
    run(): TableCleanerRun[] {
        const { store, now } = this.deps
        const at = now()
        const done: TableCleanerRun[] = []
        for (const policy of store.rows('sys_auto_flush')) {
            if (!on(policy.active, true)) continue
            done.push({ at, policy: policy.sys_id, table: policy.tablename, deleted: this.apply(policy, at) })
        }
        this.runs.push(...done)
        return done
    }

    private apply(policy: Row, at: number): number {
        const { schema, store } = this.deps
        const table = policy.tablename ?? ''
        if (!schema.has(table)) throw new Error(`sys_auto_flush ${policy.sys_id}: table "${table}" does not exist on the instance`)
        const matchfield = policy.matchfield || 'sys_created_on'
        if (!schema.column(table, matchfield)) throw new Error(`sys_auto_flush ${policy.sys_id}: ${table} has no field "${matchfield}"`)
        const age = Number(policy.age)
        if (!Number.isFinite(age) || age < 0) throw new Error(`sys_auto_flush ${policy.sys_id}: age "${policy.age}" is not a number of seconds`)
        const conditions = policy.conditions ? compileEncodedQuery(policy.conditions, schema.querySchema(table), table) : null
        const cutoff = at - age * 1000
        const doomed = store.rows(table).filter((row) => {
            const time = timeOf(row[matchfield])
            if (time === null || time >= cutoff) return false
            return !conditions || conditions.matches({ value: (field) => row[field] ?? '' })
        })
        for (const row of doomed) {
            store.delete(row.sys_class_name || table, row.sys_id)
            if (on(policy.clean_peripheral, false)) {
                for (const entry of store.rows('sys_journal_field').filter((j) => j.element_id === row.sys_id)) store.delete('sys_journal_field', entry.sys_id)
            }
        }
        return doomed.length
    }
}
