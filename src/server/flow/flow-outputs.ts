// What an OpCon Flow Designer action hands back to its flow, decided from an
// OpConResult. Pure: flow-actions.ts reads the inputs and makes the call.
import type { OpConResult } from '../opcon/opcon-result.ts'

/** The outputs every OpCon action declares (fluent/flow-actions/), by their element names. */
export interface FlowOutputs {
    succeeded: boolean
    /** OpCon accepted the change but had not finished it within the step: read it later with "Wait for OpCon result". */
    pending: boolean
    /** The x_opcon_action row of a change ('' for a read). */
    action_row: string
    opcon_status: number
    opcon_message: string
    /** The job's status after the action, when OpCon said it (a job read, or a job action read back). */
    job_status: string
    /** The daily schedule found ("Find daily schedule by name and date"), to pass to "Add job to daily schedule". */
    daily_schedule_id: string
    error_code: string
    error_message: string
}

/** Result reads within one step: the step must end while the flow waits (a bounded wait, assumed short enough). */
export const FLOW_POLLS = 3

export const JOB_ACTION_KINDS = ['markUnderReview', 'markFixed', 'restart', 'cancel', 'hold', 'release'] as const
export type JobActionKind = (typeof JOB_ACTION_KINDS)[number]
export type FlowKind = JobActionKind | 'getDailyJob' | 'findDailySchedule' | 'buildSchedule' | 'addJob' | 'waitForResult'

export function isJobActionKind(value: FlowKind): value is JobActionKind {
    return (JOB_ACTION_KINDS as readonly string[]).includes(value)
}

export function isFlowKind(value: unknown): value is FlowKind {
    return typeof value === 'string' && ([...JOB_ACTION_KINDS, 'getDailyJob', 'findDailySchedule', 'buildSchedule', 'addJob', 'waitForResult'] as string[]).includes(value)
}

export function emptyOutputs(): FlowOutputs {
    return { succeeded: false, pending: false, action_row: '', opcon_status: 0, opcon_message: '', job_status: '', daily_schedule_id: '', error_code: '', error_message: '' }
}

function record(data: unknown): Record<string, unknown> {
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
}

/** The job status a DailyJob answer carries ('' when none). */
export function jobStatusOf(data: unknown): string {
    const status = record(record(data).jobStatus).description
    return typeof status === 'string' ? status : ''
}

/** The first daily schedule's id of a /api/dailySchedules answer ('' when none). */
export function dailyScheduleIdOf(data: unknown): string {
    const first = Array.isArray(data) ? record(data[0]) : {}
    return typeof first.id === 'string' ? first.id : ''
}

/**
 * The outputs of one call. An accepted change whose result was not final when
 * the polls ran out is pending, not failed: sending it again would act twice.
 */
export function outputsOf(result: OpConResult<unknown>, actionRow: string): FlowOutputs {
    const out = { ...emptyOutputs(), action_row: actionRow, opcon_status: result.status }
    const data = record(result.data)
    if (typeof data.message === 'string') out.opcon_message = data.message
    if (result.ok) {
        const outcome = typeof data.result === 'string' ? data.result.toLowerCase() : ''
        // A read (no asynchronous result at all) or a finished change succeeded; an unfinished change is pending.
        if (outcome === '' || outcome === 'success') out.succeeded = true
        else out.pending = true
        return out
    }
    const error = result.error!
    if (error.code === 'still_pending') {
        out.pending = true
        return out
    }
    out.error_code = error.code
    out.error_message = error.message
    if (error.opconMessage) out.opcon_message = error.opconMessage
    return out
}

/** Why the flow stops (the step throws) when its author asked to stop on error, or null to go on. */
export function stopReason(outputs: FlowOutputs, stopOnError: boolean): string | null {
    if (!stopOnError || outputs.succeeded || outputs.pending) return null
    return outputs.error_message || 'The OpCon action did not succeed.'
}
