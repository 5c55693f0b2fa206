// Retention of the connector's action and failure rows, decided without
// Glide: which rows the platform's table cleanup may delete, after how long,
// and what the log says when an admin changes it. The Glide side is
// retention-rules.ts; the policies ship in fluent/retention/.
import { FAILURE_RETENTION, failureRetentionDays } from '../failures/failure-settings.ts'
import { ACTION_RETENTION, actionRetentionDays } from '../settings/settings.ts'

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

/**
 * States of a failure row the connector may still act on (waiting, being
 * read, being worked, refused and waiting for an admin's Retry): never
 * deleted, however old. Only final rows go (done, recovered, not failed, error).
 */
export const FAILURE_UNFINISHED_STATES: readonly string[] = ['waiting', 'confirming', 'working', 'refused']

/** The failure policy's condition, a literal for the build like RETENTION_CONDITION. */
export const FAILURE_RETENTION_CONDITION = 'stateNOT INwaiting,confirming,working,refused'

/** One table's retention: its property, range, how its rows are named in the log. */
export interface RetentionKind {
    table: string
    property: string
    minDays: number
    maxDays: number
    /** "final OpCon action rows" */
    rows: string
    days(value: string | null): number
}

export const ACTION_ROWS: RetentionKind = { table: 'x_opcon_action', ...ACTION_RETENTION, rows: 'final OpCon action rows', days: actionRetentionDays }
export const FAILURE_ROWS: RetentionKind = { table: 'x_opcon_failure', ...FAILURE_RETENTION, rows: 'final failed-job rows', days: failureRetentionDays }

export function retentionAgeSeconds(days: number): number {
    return days * SECONDS_PER_DAY
}

function daysOf(seconds: string | null): string {
    const days = Number(seconds) / SECONDS_PER_DAY
    if (seconds === null || seconds.trim() === '' || !Number.isFinite(days)) return 'unset'
    return Number.isInteger(days) ? String(days) : days.toFixed(1)
}

/**
 * The log line for a change of a retention property (x_opcon.action_retention_days
 * unless `kind` says otherwise), or null when the policy did not move and the
 * value was in range. `raw` is the property as saved, `days` what the
 * connector applies, `wasSeconds` the policy's age before.
 */
export function retentionChangeMessage(input: { raw: string | null; days: number; wasSeconds: string | null; who: string }, kind: RetentionKind = ACTION_ROWS): string | null {
    const { property, minDays, maxDays } = kind
    const now = String(retentionAgeSeconds(input.days))
    const inRange = input.raw !== null && input.raw.trim() === String(input.days)
    if (inRange && input.wasSeconds === now) return null
    const effect = `${kind.rows} are now deleted ${input.days} days after their last change (were ${daysOf(input.wasSeconds)})`
    if (inRange) return `${property} changed by ${input.who}: ${effect}.`
    return `${property} changed by ${input.who} to "${String(input.raw ?? '').slice(0, 40)}", not a whole number of days from ${minDays} to ${maxDays}: ${effect}. Set a value in that range.`
}
