// Retention of the connector's action rows, decided without Glide: which rows
// the platform's table cleanup may delete, after how long, and what the log
// says when an admin changes it. The Glide side is retention-rules.ts; the
// policy itself ships in fluent/retention/retention.now.ts.
import { ACTION_RETENTION } from '../settings/settings.ts'

export const SECONDS_PER_DAY = 86400

/**
 * States of an action still on its way to OpCon or waiting for its answer
 * ('held' is kept for an action paused on purpose): never deleted, however old.
 */
export const UNFINISHED_STATES: readonly string[] = ['queued', 'sending', 'sent', 'held']

/**
 * The cleanup policy's condition: state NOT IN the unfinished states. It names
 * those rather than the final ones, so a final state added later is cleaned up
 * too, and a row is never deleted while the connector may still act on it.
 * A literal because the build reads it into the policy record (no expressions).
 */
export const RETENTION_CONDITION = 'stateNOT INqueued,sending,sent,held'

export function retentionAgeSeconds(days: number): number {
    return days * SECONDS_PER_DAY
}

function daysOf(seconds: string | null): string {
    const days = Number(seconds) / SECONDS_PER_DAY
    if (seconds === null || seconds.trim() === '' || !Number.isFinite(days)) return 'unset'
    return Number.isInteger(days) ? String(days) : days.toFixed(1)
}

/**
 * The log line for a change of x_opcon.action_retention_days, or null when the
 * policy did not move and the value was in range. `raw` is the property as
 * saved, `days` what the connector applies, `wasSeconds` the policy's age before.
 */
export function retentionChangeMessage(input: { raw: string | null; days: number; wasSeconds: string | null; who: string }): string | null {
    const { property, minDays, maxDays } = ACTION_RETENTION
    const now = String(retentionAgeSeconds(input.days))
    const inRange = input.raw !== null && input.raw.trim() === String(input.days)
    if (inRange && input.wasSeconds === now) return null
    const effect = `final OpCon action rows are now deleted ${input.days} days after their last change (were ${daysOf(input.wasSeconds)})`
    if (inRange) return `${property} changed by ${input.who}: ${effect}.`
    return `${property} changed by ${input.who} to "${String(input.raw ?? '').slice(0, 40)}", not a whole number of days from ${minDays} to ${maxDays}: ${effect}. Set a value in that range.`
}
