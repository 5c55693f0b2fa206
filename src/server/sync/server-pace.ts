// The pace of the connector's job-action calls to one OpCon server, as pure
// decisions over a small text state kept on the server row (the Glide shell,
// server-pace-slots.ts, swaps it with one conditional update, as claim() does).
//
// The limit is a sliding window: at most `maxPerSecond` calls in any one
// second, counted from the times the calls were started (every worker records
// its call in the same state before it calls). A run that finds no room makes
// no call: it books a wake-up, a whole second (the platform stores event and
// row times to the second), at most `maxPerSecond` wake-ups per second, so the
// rows waiting for one server come back spread out instead of all at once.
// OpCon's Retry-After holds every call to the server until the time it gave.

/** The highest pace x_opcon.max_calls_per_second may set; 0 switches pacing off. */
export const MAX_CALLS_PER_SECOND_CAP = 100
/** The longest the state text can be: every start in the last second, at most the cap. */
export const PACE_TEXT_MAX = 2000
const WINDOW_MS = 1000

export interface PaceState {
    /** No call before this time (OpCon's Retry-After), epoch ms; 0: none. */
    holdUntil: number
    /** The second (epoch ms, a multiple of 1000) that wake-ups are being booked into; 0: none. */
    wakeSecond: number
    /** Wake-ups booked into wakeSecond so far. */
    wakeCount: number
    /** When the calls of the last second started, epoch ms, oldest first. */
    starts: number[]
}

const EMPTY: PaceState = { holdUntil: 0, wakeSecond: 0, wakeCount: 0, starts: [] }

function whole(text: string): number {
    return /^\d{1,15}$/.test(text) ? parseInt(text, 10) : 0
}

/** The stored text: the state, then `#` and the token of the swap that wrote it (server-pace-slots.ts). */
export function withToken(state: string, token: string): string {
    return `${state}#${token}`
}

/** The state as stored; anything unreadable (or too long) is an empty state, never an error: pacing starts afresh. */
export function parsePace(stored: string): PaceState {
    if (stored === '' || stored.length > PACE_TEXT_MAX) return EMPTY
    const text = stored.split('#', 1)[0]
    const parts = text.split('|')
    if (parts.length !== 4) return EMPTY
    const starts = parts[3] === '' ? [] : parts[3].split(',', MAX_CALLS_PER_SECOND_CAP + 1).map(whole).filter((at) => at > 0)
    return { holdUntil: whole(parts[0]), wakeSecond: whole(parts[1]), wakeCount: whole(parts[2]), starts: starts.sort((a, b) => a - b) }
}

export function formatPace(state: PaceState): string {
    return `${state.holdUntil}|${state.wakeSecond}|${state.wakeCount}|${state.starts.join(',')}`
}

export type PaceDecision =
    | { ok: true; state: PaceState }
    /** No call now: the row is due again at `wakeAt` (epoch ms, a whole second), booked in `state`. */
    | { ok: false; wakeAt: number; state: PaceState }

const ceilSecond = (ms: number): number => Math.ceil(ms / 1000) * 1000

/**
 * Whether one call may start now. Yes when OpCon asked for no pause that is
 * still running, fewer than `maxPerSecond` calls started in the last second,
 * and, for a row that has not waited yet (`waited` false), no wake-up is
 * booked for a later second: the rows booked before it go first. No: the
 * row is booked for the first second with room, behind those booked before it.
 */
export function takeCall(state: PaceState, nowMs: number, maxPerSecond: number, waited: boolean): PaceDecision {
    const limit = Math.max(1, Math.min(MAX_CALLS_PER_SECOND_CAP, Math.floor(maxPerSecond)))
    // A start later than now (another node's clock ahead of this one) still counts: the window is never widened.
    const recent = state.starts.filter((at) => at > nowMs - WINDOW_MS)
    const held = nowMs < state.holdUntil
    const queued = !waited && state.wakeSecond > nowMs
    if (!held && !queued && recent.length < limit) return { ok: true, state: { ...state, starts: [...recent, nowMs] } }
    // The first time a call could start: after the pause, and when the oldest call that fills the window leaves it.
    const freed = recent.length >= limit ? recent[recent.length - limit] + WINDOW_MS : nowMs
    const earliest = ceilSecond(Math.max(nowMs, state.holdUntil, freed))
    let second = Math.max(state.wakeSecond, earliest)
    let count = second === state.wakeSecond ? state.wakeCount : 0
    if (count >= limit) {
        second += 1000
        count = 0
    }
    return { ok: false, wakeAt: second, state: { ...state, starts: recent, wakeSecond: second, wakeCount: count + 1 } }
}

/** OpCon asked for a pause (Retry-After): no call to the server before `untilMs`. */
export function holdCalls(state: PaceState, untilMs: number): PaceState {
    return untilMs > state.holdUntil ? { ...state, holdUntil: untilMs } : state
}

/** x_opcon.max_calls_per_second as a pace: 0 (or less) is no pace; above the cap is the cap. */
export function pacePerSecond(value: number): number {
    if (!Number.isFinite(value) || value <= 0) return 0
    return Math.min(MAX_CALLS_PER_SECOND_CAP, Math.floor(value))
}
