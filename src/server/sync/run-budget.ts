// How long one run of the connector's scheduled work may hold its worker, and
// whether it may still start a call to OpCon. A call blocks the worker for as
// long as OpCon takes, up to the call's wait; so a run starts a call only when
// that whole wait still ends within the run's limit. What is left continues on
// the next run. Pure: the caller passes the clock.

/** A run of the connector's scheduled jobs (and of one event) holds its worker at most this long, whatever OpCon does. */
export const RUN_LIMIT_MS = 45_000
/**
 * The longest one call of a run may wait: a longer x_opcon.http_timeout_ms is
 * shortened to this for scheduled work, so at least one call fits in a run
 * (the rest of the limit is the instance's own work around it).
 */
export const RUN_CALL_MAX_MS = 40_000

export interface RunBudget {
    /**
     * Whether a call that may block `waitMs` can start now and still end
     * within the limit. `share` (0 to 1) keeps a first phase of the run to the
     * first part of the time in which calls may start, so the phases after it
     * also get calls when OpCon is slow.
     */
    mayCall(waitMs: number, share?: number): boolean
    /** A call is being started (after mayCall said yes). */
    called(): void
    /** Whether the run has time left for work that makes no call. */
    hasTime(): boolean
    elapsedMs(): number
    /** Calls started so far. */
    readonly calls: number
    /** Calls mayCall refused: more work was left for the next run. */
    readonly refused: number
}

export function startRun(now: () => number, limitMs = RUN_LIMIT_MS): RunBudget {
    const startedAt = now()
    let calls = 0
    let refused = 0
    const elapsedMs = (): number => Math.max(0, now() - startedAt)
    return {
        mayCall(waitMs: number, share = 1): boolean {
            const elapsed = elapsedMs()
            const window = limitMs - waitMs
            const ok = waitMs <= limitMs && elapsed <= window && elapsed <= Math.min(1, Math.max(0, share)) * window
            if (!ok) refused++
            return ok
        },
        called(): void {
            calls++
        },
        hasTime: () => elapsedMs() < limitMs,
        elapsedMs,
        get calls() {
            return calls
        },
        get refused() {
            return refused
        },
    }
}

/**
 * The timeout a run gives a call and how long that call may block the run.
 * Direct: x_opcon.http_timeout_ms, at most RUN_CALL_MAX_MS. Through a MID
 * server the instance waits for the platform's cap whatever the timeout says
 * (ServiceNow KB0744311; `midServerWaitMs` null when an admin switched the cap
 * off, and then the timeout governs): a cap longer than the run's limit makes
 * mayCall refuse every call to that server.
 */
export function runCall(httpTimeoutMs: number, viaMidServer: boolean, midServerWaitMs: number | null): { timeoutMs: number; waitMs: number } {
    const timeoutMs = Math.min(httpTimeoutMs, RUN_CALL_MAX_MS)
    return { timeoutMs, waitMs: viaMidServer && midServerWaitMs !== null ? midServerWaitMs : timeoutMs }
}

/**
 * Work items in a fair order for one run: round-robin across their groups
 * (OpCon servers), each group's items in their given order, starting with
 * the group `turn` points at (turn rotates from run to run: the run's minute).
 * A group that a run did not reach goes first in a later one, so a slow
 * server never keeps another's work waiting for more than a few runs.
 */
export function fairOrder<T>(items: readonly T[], groupOf: (item: T) => string, turn: number): T[] {
    const groups = new Map<string, T[]>()
    for (const item of items) {
        const key = groupOf(item)
        const list = groups.get(key)
        if (list) list.push(item)
        else groups.set(key, [item])
    }
    const keys = [...groups.keys()].sort()
    if (keys.length === 0) return []
    const start = ((Math.floor(turn) % keys.length) + keys.length) % keys.length
    const rotated = [...keys.slice(start), ...keys.slice(0, start)].map((key) => groups.get(key)!)
    const ordered: T[] = []
    for (let round = 0; ordered.length < items.length; round++) {
        for (const list of rotated) if (round < list.length) ordered.push(list[round])
    }
    return ordered
}

/** The run's turn for fairOrder: the number of the minute it started in. */
export function runTurn(startedAtMs: number): number {
    return Math.floor(startedAtMs / 60_000)
}
