// The work note an agent reads on the incident when a job action ends, and
// the job reference it names ("OpCon job GENP001 (schedule 123, 2019-12-20)").
// Every value from outside (job name from the correlation id, server name,
// OpCon's words, reasons) goes through journalText, and so does the whole note:
// a work note is a journal entry, which renders [code]...[/code] as HTML.
import { CAPS, journalText } from '../log/journal-text.ts'
import { actionDoneWords, type JobActionName } from '../opcon/job-status.ts'

export interface JobReference {
    jobName: string
    scheduleId: string
    /** yyyy-MM-dd */
    scheduleDate: string
}

export function describeJob(job: JobReference): string {
    return `OpCon job ${journalText(job.jobName, CAPS.name)} (schedule ${journalText(job.scheduleId, CAPS.name)}, ${journalText(job.scheduleDate, CAPS.name)})`
}

const WHAT_TO_DO: Record<string, string> = {
    rejected: 'Look at the job in OpCon; act on it there or from the OpCon Job button once its status allows.',
    failed: 'An OpCon Connector admin can check the server record (Test connection) and the action under OpCon Connector > Job Actions.',
}

/** The finished note: one line of plain text, capped. */
const note = (text: string): string => journalText(text, CAPS.note)

export function outcomeNote(input: { action: JobActionName; job: JobReference; serverName: string; state: 'succeeded' | 'failed' | 'rejected'; message: string }): string {
    const job = describeJob(input.job)
    const done = actionDoneWords(input.action)
    const server = journalText(input.serverName, CAPS.name)
    const message = journalText(input.message, CAPS.text)
    if (input.state === 'succeeded') {
        const extra = message.startsWith('OpCon had already') ? ` ${message}` : ''
        return note(`${job} ${done} on ${server}.${extra}`)
    }
    const why = message.trim() || 'OpCon gave no reason.'
    if (input.state === 'rejected') return note(`${job} was not ${done} on ${server}: OpCon refused the action. ${why} ${WHAT_TO_DO.rejected}`)
    return note(`${job} could not be ${done} on ${server}: ${why} ${WHAT_TO_DO.failed}`)
}

/** The note for an action that was never sent (bad correlation id, unregistered or disabled server). */
export function notSentNote(action: JobActionName, reason: string): string {
    return note(`The OpCon job was not ${actionDoneWords(action)}: ${journalText(reason, CAPS.text)}`)
}
