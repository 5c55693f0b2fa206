// How often a refused failure report is written to the system log. Pure: no
// Glide import.
//
// A report for a registered server that is inactive or does not collect is
// answered with one neutral 400, and its detail (which server, why) goes to
// the system log for admins. The push limit counts accepted reports only, so a
// caller that keeps sending refused ones (a misconfigured OpCon notification,
// or the push credential in the wrong hands) would write one log line per
// request. At most one line per server per window is written instead; the next
// line says how many were refused in between.

export const REFUSAL_LOG_WINDOW_MS = 60_000

export interface RefusalLogState {
    /** When the last line for this server was written (ms), null: never. */
    loggedAt: number | null
    /** Refusals not written since then. */
    unlogged: number
}

export type RefusalLogDecision =
    | { log: true; suffix: string; next: RefusalLogState }
    | { log: false; next: RefusalLogState }

export function refusalLog(state: RefusalLogState, now: number): RefusalLogDecision {
    const unlogged = Math.max(0, Math.floor(state.unlogged))
    if (state.loggedAt !== null && now >= state.loggedAt && now - state.loggedAt < REFUSAL_LOG_WINDOW_MS) {
        return { log: false, next: { loggedAt: state.loggedAt, unlogged: unlogged + 1 } }
    }
    const suffix = unlogged > 0 ? ` (${unlogged} more report(s) for this server were refused since the last line, not logged one by one.)` : ''
    return { log: true, suffix, next: { loggedAt: now, unlogged: 0 } }
}

/**
 * The server's count of refused reports for the Overview ("today" is the UTC
 * day, as the Overview's other figures): it starts again at 1 on a new day.
 * `day` is the stored yyyy-MM-dd, '' when none was counted yet.
 */
export function countRefusal(stored: { day: string; count: number }, nowMs: number): { day: string; count: number } {
    const today = new Date(nowMs).toISOString().slice(0, 10)
    const count = stored.day === today ? Math.max(0, Math.floor(stored.count)) : 0
    return { day: today, count: count + 1 }
}

/** Refused reports counted for the UTC day of `nowMs` (0 when the stored count is of another day). */
export function refusedToday(stored: { day: string; count: number }, nowMs: number): number {
    return stored.day === new Date(nowMs).toISOString().slice(0, 10) ? Math.max(0, Math.floor(stored.count)) : 0
}
