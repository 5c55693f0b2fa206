// How many new failures one account may push per minute
// (x_opcon.push_max_per_minute). Pure: no Glide import.
import { int } from '../settings/settings.ts'
//
// Every accepted push is a failure row, an OpCon GET and an event: the limit
// bounds that work per calling user over the last 60 seconds (a sliding
// window). A repeated call for a failure still pending records nothing new, so
// it is not counted and is answered as before.

export const PUSH_LIMIT_PROPERTY = 'x_opcon.push_max_per_minute'
/**
 * The default: a schedule whose agent goes down fails its jobs together, and 60
 * a minute reports such a night at once while keeping a runaway notification to
 * one OpCon read a second. What is refused is not lost: the collector lists every
 * failed job of a server with "Open incidents for failed jobs" on each minute.
 */
export const PUSH_LIMIT_DEFAULT = 60
export const PUSH_LIMIT_MIN = 1
export const PUSH_LIMIT_MAX = 1000
export const PUSH_WINDOW_SECONDS = 60

/** The property's value, clamped to 1–1000 as every connector property is (settings.ts int); not a whole number: the default. */
export function pushLimit(raw: string | null | undefined): number {
    return int(raw === undefined || raw === null ? null : String(raw).slice(0, 20), PUSH_LIMIT_DEFAULT, PUSH_LIMIT_MIN, PUSH_LIMIT_MAX)
}

export type PushAllowance = { ok: true } | { ok: false; retryAfterSeconds: number; message: string }

/**
 * Whether one more push fits. `recent` holds the creation times (ms) of the
 * caller's pushed failures of the last minute, newest first, at most `limit` of
 * them (the query asks for no more).
 */
export function pushAllowance(recent: number[], now: number, limit: number): PushAllowance {
    if (recent.length < limit) return { ok: true }
    // The limit-th newest leaving the window frees one place.
    const freed = recent[limit - 1] + PUSH_WINDOW_SECONDS * 1000
    const retryAfterSeconds = Math.min(PUSH_WINDOW_SECONDS, Math.max(1, Math.ceil((freed - now) / 1000)))
    return {
        ok: false,
        retryAfterSeconds,
        message: `This account reported ${limit} new failed jobs in the last minute, the most ${PUSH_LIMIT_PROPERTY} allows: this one was not recorded. Send it again in ${retryAfterSeconds} s (Retry-After); the collector also finds it within a minute if the server has "Open incidents for failed jobs" on.`,
    }
}

