// One failed run of an OpCon daily job, read from what OpCon answers for a
// daily job (GET /api/dailyjobs and /api/dailyjobs/{id}). OpCon's DailyJob has
// no run counter: a run is told apart by its job number (OpCon gives each run
// a new one) together with the run's start and end times, so a restart that
// fails again is a new failure of the same job even if a number were reused.
import { parseDailyJobId } from '../opcon/correlation.ts'
import { capped } from '../log/journal-text.ts'

/**
 * What a run's fields may hold: the x_opcon_failure columns they are stored in
 * (fluent/failures/x_opcon_failure.now.ts). OpCon's answer is outside input
 * like any caller's: a value longer than its column is cut here, before it is
 * stored, pasted into an incident or used to look up a CI.
 */
export const RUN_FIELD_CAPS = {
    jobName: 1000,
    scheduleName: 1000,
    machine: 255,
    jobNumber: 20,
    startedAt: 40,
    endedAt: 40,
    statusDescription: 100,
    category: 100,
    termination: 40,
    terminationDescription: 1000,
    ticketId: 255,
} as const

export interface FailedRun {
    /** DailyJob.uid: the integer OpCon's incident-ticket calls take. */
    uid: string
    dailyJobId: string
    jobName: string
    scheduleName: string
    /** yyyy-MM-dd */
    scheduleDate: string
    machine: string
    jobNumber: string
    startedAt: string
    endedAt: string
    statusDescription: string
    category: string
    termination: string
    terminationDescription: string
    /** The ticket OpCon shows on the job now ('' if none). */
    ticketId: string
}

export type RunReading = { ok: true; run: FailedRun } | { ok: false; why: string }

function obj(value: unknown): Record<string, unknown> {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : {}
}

function str(value: unknown): string {
    if (typeof value === 'string') return value
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
    return ''
}

/** OpCon's job status categories that count as a failure (Failed, Marked Failed, Initialization Error and their variants). */
export function isFailedCategory(category: string): boolean {
    return category.trim().toLowerCase() === 'failed'
}

/** A DailyJob as OpCon answered it, or why it cannot be used. */
export function readRun(dailyJob: unknown): RunReading {
    const job = obj(dailyJob)
    const id = str(job.id)
    const parsed = parseDailyJobId(id)
    if (!parsed.ok) return { ok: false, why: `OpCon listed a job whose id cannot be used (${parsed.error.message})` }
    const uid = str(job.uid)
    if (!/^\d{1,19}$/.test(uid)) return { ok: false, why: `OpCon listed job ${id} without a uid` }
    const status = obj(job.jobStatus)
    const schedule = obj(job.schedule)
    const machine = obj(job.machine)
    const cap = (field: keyof typeof RUN_FIELD_CAPS, value: string): string => capped(value, RUN_FIELD_CAPS[field])
    return {
        ok: true,
        run: {
            uid,
            dailyJobId: id,
            jobName: cap('jobName', str(job.jobName) || parsed.value.jobName),
            scheduleName: cap('scheduleName', str(schedule.name)),
            scheduleDate: parsed.value.scheduleDate,
            machine: cap('machine', str(machine.name)),
            jobNumber: cap('jobNumber', str(job.jobNumber)),
            startedAt: cap('startedAt', str(obj(job.computedStartTime).time)),
            endedAt: cap('endedAt', str(obj(job.computedEndTime).time)),
            statusDescription: cap('statusDescription', str(status.description)),
            category: cap('category', str(status.category)),
            termination: cap('termination', str(job.termination)),
            terminationDescription: cap('terminationDescription', str(job.terminationDescription)),
            ticketId: cap('ticketId', str(job.incidentTicketId)),
        },
    }
}

/** Which run of the job this is: the job number and the run's times. */
export function runKey(run: Pick<FailedRun, 'jobNumber' | 'startedAt' | 'endedAt'>): string {
    return `${run.jobNumber}|${run.startedAt}|${run.endedAt}`.slice(0, 255)
}
