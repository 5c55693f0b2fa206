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
