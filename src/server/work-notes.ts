// The work note an agent reads on the incident when a job action ends, and
// the job reference it names ("OpCon job GENP001 (schedule 123, 2019-12-20)").
import { actionDoneWords, type JobActionName } from './job-status.ts'

export interface JobReference {
    jobName: string
    scheduleId: string
    /** yyyy-MM-dd */
    scheduleDate: string
}

export function describeJob(job: JobReference): string {
    return `OpCon job ${job.jobName} (schedule ${job.scheduleId}, ${job.scheduleDate})`
}

const WHAT_TO_DO: Record<string, string> = {
    rejected: 'Look at the job in OpCon; act on it there or from the OpCon Job button once its status allows.',
    failed: 'An OpCon Connector admin can check the server record (Test connection) and the action under OpCon Connector > Job Actions.',
}

export function outcomeNote(input: { action: JobActionName; job: JobReference; serverName: string; state: 'succeeded' | 'failed' | 'rejected'; message: string }): string {
    const job = describeJob(input.job)
    const done = actionDoneWords(input.action)
    if (input.state === 'succeeded') {
        const extra = input.message.startsWith('OpCon had already') ? ` ${input.message}` : ''
        return `${job} ${done} on ${input.serverName}.${extra}`
    }
    const why = input.message.trim() || 'OpCon gave no reason.'
    if (input.state === 'rejected') return `${job} was not ${done} on ${input.serverName}: OpCon refused the action. ${why} ${WHAT_TO_DO.rejected}`
    return `${job} could not be ${done} on ${input.serverName}: ${why} ${WHAT_TO_DO.failed}`
}

/** The note for an action that was never sent (bad correlation id, unregistered or disabled server). */
export function notSentNote(action: JobActionName, reason: string): string {
    return `The OpCon job was not ${actionDoneWords(action)}: ${reason}`
}
