// The properties that govern incidents opened for failed OpCon jobs, read
// once per collector run or pushed failure, clamped like the others: a typo
// must neither flood the instance with incidents nor stop collecting.
import { bool, int } from '../settings/settings.ts'

export interface FailureSettings {
    /** x_opcon.failure_grace_minutes: act on a failure only if the job is still failed this long after it was first seen. */
    graceMinutes: number
    /** x_opcon.failure_extra_days: schedule dates before yesterday the collector also lists. */
    extraDays: number
    /** x_opcon.reopen_state: the state a Resolved incident goes back to when its restarted job fails again. */
    reopenState: ReopenState
    /** x_opcon.always_new_incident: a new incident for every failure, instead of noting or reopening. */
    alwaysNewIncident: boolean
    /** x_opcon.job_log_max_kb: how much of a job's output is attached (the end of it). */
    jobLogMaxKb: number
    /** x_opcon.collect_interval_minutes: how often the collector lists each server's failed jobs (its job runs every minute). */
    collectIntervalMinutes: number
}

/** Incident states a reopened incident may take: New (1), In Progress (2, marks the job Under Review), On Hold (3). */
export type ReopenState = '1' | '2' | '3'

export const DEFAULT_FAILURE_SETTINGS: FailureSettings = {
    graceMinutes: 0,
    extraDays: 0,
    reopenState: '2',
    alwaysNewIncident: false,
    jobLogMaxKb: 256,
    collectIntervalMinutes: 1,
}

export function parseFailureSettings(get: (name: string) => string | null): FailureSettings {
    const d = DEFAULT_FAILURE_SETTINGS
    const reopen = (get('x_opcon.reopen_state') ?? '').trim()
    return {
        graceMinutes: int(get('x_opcon.failure_grace_minutes'), d.graceMinutes, 0, 1440),
        extraDays: int(get('x_opcon.failure_extra_days'), d.extraDays, 0, 30),
        reopenState: reopen === '1' || reopen === '2' || reopen === '3' ? reopen : d.reopenState,
        alwaysNewIncident: bool(get('x_opcon.always_new_incident'), d.alwaysNewIncident),
        jobLogMaxKb: int(get('x_opcon.job_log_max_kb'), d.jobLogMaxKb, 1, 10240),
        collectIntervalMinutes: int(get('x_opcon.collect_interval_minutes'), d.collectIntervalMinutes, 1, 1440),
    }
}

/** x_opcon.failure_retention_days: days a final failure row is kept after its last change; the platform's table cleanup then deletes it. */
export const FAILURE_RETENTION = { property: 'x_opcon.failure_retention_days', defaultDays: 90, minDays: 7, maxDays: 3650 } as const

export function failureRetentionDays(value: string | null): number {
    return int(value, FAILURE_RETENTION.defaultDays, FAILURE_RETENTION.minDays, FAILURE_RETENTION.maxDays)
}
