// What OpCon's answer means for a job link that awaits its confirmation (the
// OpCon integration account's links, job-link.ts). The account's password
// sits on an OpCon agent, so a link it makes counts only once OpCon, read from
// the registered server, reports the job failed: a healthy job can never be
// aimed at through it. Anything else refuses the link, in words; an OpCon that
// cannot be reached is asked again with the job actions' backoff, then the
// link is refused (never confirmed by default). Pure.
import { backoffSeconds } from '../sync/delivery-plan.ts'
import { isFailedCategory } from '../failures/failed-run.ts'
import type { LinkedJob } from './job-link.ts'

/** What the connector read: the job (its id, status words and category), or the failed call. */
export type JobRead =
    | { ok: true; dailyJobId: string; statusDescription: string; category: string }
    /** The failed call (code as OpConResult's), or an answer that is not a job the connector can read ('unreadable'). */
    | { ok: false; code: string; message: string; retryable: boolean }

export type CheckDecision =
    | { kind: 'confirm'; note: string }
    | { kind: 'refuse'; note: string }
    | { kind: 'retry'; inSeconds: number; note: string }

export interface CheckContext {
    number: string
    job: LinkedJob
    serverName: string
    /** Reads so far, this one included. */
    attempts: number
    maxAttempts: number
    backoffBaseSeconds: number
}

const STAYS = 'State changes of the incident send nothing to OpCon through this link. If the incident should act on this job, an OpCon Connector admin can check the job in OpCon and link it with "Link to OpCon job".'

function about(ctx: CheckContext): string {
    return `OpCon job ${ctx.job.dailyJobId} on ${ctx.job.address}`
}

export function decideLinkCheck(read: JobRead, ctx: CheckContext): CheckDecision {
    const prefix = `The link of ${ctx.number} to ${about(ctx)} was refused:`
    if (read.ok) {
        if (read.dailyJobId !== ctx.job.dailyJobId) {
            return { kind: 'refuse', note: `${prefix} OpCon server ${ctx.serverName} answered about another job (${read.dailyJobId.slice(0, 200)}). ${STAYS}` }
        }
        const status = read.statusDescription.trim() || read.category.trim() || 'no status'
        if (!isFailedCategory(read.category)) {
            return {
                kind: 'refuse',
                note: `${prefix} OpCon server ${ctx.serverName} reports the job as "${status.slice(0, 100)}", not failed, and the OpCon integration account may only link an incident to a failed job. ${STAYS}`,
            }
        }
        return {
            kind: 'confirm',
            note: `Linked to ${about(ctx)}: OpCon server ${ctx.serverName} reports the job failed ("${status.slice(0, 100)}"). State changes of ${ctx.number} now act on that job.`,
        }
    }
    if (read.code === 'not_found') return { kind: 'refuse', note: `${prefix} OpCon server ${ctx.serverName} has no such daily job. ${STAYS}` }
    if (read.retryable && ctx.attempts < ctx.maxAttempts) {
        const seconds = backoffSeconds(ctx.attempts, ctx.backoffBaseSeconds)
        return { kind: 'retry', inSeconds: seconds, note: `OpCon could not be asked whether ${about(ctx)} failed (attempt ${ctx.attempts} of ${ctx.maxAttempts}): ${read.message} Asking again in ${seconds} seconds; until then the link moves nothing.` }
    }
    const tried = read.retryable ? ` after ${ctx.attempts} attempts` : ''
    return { kind: 'refuse', note: `${prefix} OpCon could not confirm that the job failed${tried}: ${read.message} A link is never confirmed without OpCon's answer. ${STAYS}` }
}

/** The words when a link is refused before any read (no registered server for its address, or the server switched off). */
export function unreachableServer(number: string, job: LinkedJob, why: string): string {
    return `The link of ${number} to OpCon job ${job.dailyJobId} on ${job.address} was refused: ${why} ${STAYS}`
}
