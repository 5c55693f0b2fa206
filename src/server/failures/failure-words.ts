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
