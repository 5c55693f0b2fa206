// The words a failed run leaves on incidents, failure rows and the log.
import type { FailedRun } from './failed-run.ts'

/** The facts of a run in one sentence: schedule, job, machine, termination, dates, daily job id. */
export function runFacts(run: FailedRun, address: string): string {
    const termination = [run.termination, run.terminationDescription].filter((part) => part !== '').join(' ')
    return `OpCon job ${run.jobName} in schedule ${run.scheduleName || '(unnamed)'} of ${run.scheduleDate} failed` +
        `${run.machine ? ` on ${run.machine}` : ''}${run.endedAt ? ` at ${run.endedAt}` : ''}` +
        ` (status ${run.statusDescription || 'Failed'}${termination ? `, termination ${termination}` : ''}, run ${run.jobNumber || 'unknown'}).` +
        ` Daily job id ${run.dailyJobId} on ${address}.`
}

export function openedNote(run: FailedRun, address: string, template: string): string {
    return `Opened by the OpCon Connector for a failed OpCon job (template "${template}"). ${runFacts(run, address)}`
}

export function failedAgainNote(run: FailedRun, address: string): string {
    return `The OpCon job failed again. ${runFacts(run, address)} This incident was left as it is.`
}

export function reopenedNote(run: FailedRun, address: string): string {
    return `Reopened: the restarted OpCon job failed again. ${runFacts(run, address)}`
}

export function replacedNote(previousNumber: string, why: 'closed' | 'always_new'): string {
    return why === 'closed'
        ? `Previous incident ${previousNumber} for this OpCon job is closed, so this new incident was opened; OpCon's documentation of the job names ${previousNumber}.`
        : `A new incident for every failure (x_opcon.always_new_incident); previous incident ${previousNumber}.`
}

/** One line of the failure row's call log. */
export function callLine(at: string, purpose: string, status: number, outcome: string): string {
    return `${at} ${purpose}: ${status === 0 ? 'no HTTP answer' : `HTTP ${status}`}, ${outcome}`
}

/** The call log, newest last, kept within the column (oldest lines go first). */
export function appendCall(calls: string, line: string, max = 8000): string {
    const all = calls === '' ? line : `${calls}\n${line}`
    if (all.length <= max) return all
    const cut = all.slice(all.length - max)
    const newline = cut.indexOf('\n')
    return newline >= 0 ? cut.slice(newline + 1) : cut
}

/**
 * A failure OpCon could not be asked about: it stays due. `at` is when the
 * connector asks again (the row's Next attempt, UTC).
 */
export function askAgainNote(why: string, attempts: number, at: string): string {
    return `OpCon could not be asked whether the job is still failed (attempt ${attempts}): ${why} No incident was opened yet; ` +
        `the connector asks again at ${at} UTC, and keeps asking (at most an hour apart) until the failure is worked or OpCon says the job is no longer failed.`
}

/**
 * The session's error messages added since `before` was read. When the list
 * does not simply grow (a Java list printed as one text, a session that
 * dropped older messages), all of `after` is kept: an older message shown
 * again is better than the refusing rule's words lost.
 */
export function messagesSince(before: readonly string[], after: readonly string[]): string[] {
    const grew = after.length >= before.length && before.every((message, i) => after[i] === message)
    return grew ? after.slice(before.length) : [...after]
}

/** What the instance said when it refused a write, in a sentence ('' when nothing said why). */
export function refusalReason(messages: readonly string[]): string {
    const said = messages.map((message) => message.slice(0, 300).trim()).filter((message) => message !== '')
    return said.length === 0 ? '' : `; it said: "${said.join('" "').slice(0, 600)}"`
}

/** A failure the instance refused to act on: it waits for an admin. `why`: the write refused, with what the instance said. */
export function refusedNote(why: string, consequence: string): string {
    return `${why}. ${consequence} Nothing is retried until an OpCon Connector admin removes the cause (a data policy, another application's business rule on incident, or a missing cross-scope privilege) ` +
        'and clicks Retry on this failure record.'
}

export function retriedNote(who: string, at: string): string {
    return `Retried by ${who} at ${at} UTC: the failure is worked again on the collector's next run (within a minute).`
}
