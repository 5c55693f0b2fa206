// One failed run of an OpCon daily job, read from what OpCon answers for a
// daily job (GET /api/dailyjobs and /api/dailyjobs/{id}). OpCon's DailyJob has
// no run counter: a run is told apart by its job number (OpCon gives each run
// a new one) together with the run's start and end times, so a restart that
// fails again is a new failure of the same job even if a number were reused.
import { parseDailyJobId } from '../opcon/correlation.ts'

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
    return {
        ok: true,
        run: {
            uid,
            dailyJobId: id,
            jobName: str(job.jobName) || parsed.value.jobName,
            scheduleName: str(schedule.name),
            scheduleDate: parsed.value.scheduleDate,
            machine: str(machine.name),
            jobNumber: str(job.jobNumber),
            startedAt: str(obj(job.computedStartTime).time),
            endedAt: str(obj(job.computedEndTime).time),
            statusDescription: str(status.description),
            category: str(status.category),
            termination: str(job.termination),
            terminationDescription: str(job.terminationDescription),
            ticketId: str(job.incidentTicketId),
        },
    }
}

/** Which run of the job this is: the job number and the run's times. */
export function runKey(run: Pick<FailedRun, 'jobNumber' | 'startedAt' | 'endedAt'>): string {
    return `${run.jobNumber}|${run.startedAt}|${run.endedAt}`.slice(0, 255)
}
