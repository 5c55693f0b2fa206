// Who may change what in OpCon through the OpConApi script include, and what
// the audit row and log line of each such call say. Pure: opcon-api.ts reads
// the session (gs) and api-audit.ts writes the rows.
//
// The platform guards which scopes may call OpConApi (caller access
// "restriction": an admin allows each calling scope). This module adds what
// the platform cannot know: a logged-in user needs x_opcon.user to change
// anything in OpCon, and job actions are limited to x_opcon.api_actions.
import { shown } from '../opcon/correlation.ts'
import { actionWords, isOpConAction } from '../opcon/job-status.ts'
import type { OpConErrorCode, OpConResult } from '../opcon/opcon-result.ts'

/** The role an interactive user needs to change anything in OpCon through the API (x_opcon.admin contains it). */
export const API_ROLE = 'x_opcon.user'

export type ApiKind = 'job_action' | 'schedule_build' | 'schedule_action'

/**
 * The states of an API row in x_opcon_action. None of them is one delivery
 * works on (queued, sending, sent): an API call is the caller's, made once,
 * never retried by the connector.
 */
export type ApiAuditState = 'calling' | 'accepted' | 'succeeded' | 'rejected' | 'failed' | 'refused'

export interface Caller {
    userName: string
    displayName: string
    /** gs.isInteractive(): a logged-in user's request, not background processing (a scheduled job, an integration). */
    interactive: boolean
    /** gs.hasRole(API_ROLE) for a script (true for admin); for a Flow action, the role held by the user themselves. */
    hasApiRole: boolean
    /** gs.getCallerScopeName(): the scope whose script called OpConApi; null when none (the app itself, a test). */
    scope: string | null
    /** The flow whose OpCon action made the call (the name its author gave), null for a script's call. */
    flow: string | null
}

/** One state-changing call, described before anything is checked (its arguments may be anything). */
export interface StateChange {
    kind: ApiKind
    /** The row's action: the OpCon job action, `build` or `addJobs`. */
    action: string
    /** What was asked, as in a sentence: "mark fixed job 20191220|123|1|GENP001". */
    what: string
    /** What it acts on: the daily job id; schedule, dates and options; job, frequency and daily schedule. */
    target: string
    dailyJobId: string
    jobName: string
    reason: string
}

export interface Refusal {
    code: OpConErrorCode
    message: string
}

/** Column sizes of x_opcon_action (fluent/tables/x_opcon_action.now.ts): a value never overflows its column. */
export const AUDIT_LIMITS = { target: 1000, message: 4000, address: 255, dailyJobId: 4000, jobName: 255, reason: 1000, callerScope: 100, opconId: 100, flowName: 255 } as const

/** Text of any argument for a row or a message: control characters escaped, cut to `max`. */
export function auditText(value: unknown, max: number): string {
    if (value === undefined || value === null) return ''
    return shown(typeof value === 'string' ? value : String(value), Math.max(0, max - 3))
}

function jobNameOf(jobId: string): string {
    const parts = jobId.split('|')
    return parts.length >= 4 ? parts.slice(3).join('|') : ''
}

export function jobActionChange(jobId: unknown, action: unknown, reason: unknown): StateChange {
    const id = auditText(jobId, AUDIT_LIMITS.dailyJobId)
    const act = auditText(action, 40)
    const verb = isOpConAction(action) ? actionWords(action) : `send the job action "${act}" to`
    return {
        kind: 'job_action', action: act, what: `${verb} job ${id}`, target: auditText(jobId, AUDIT_LIMITS.target),
        dailyJobId: id, jobName: auditText(jobNameOf(typeof jobId === 'string' ? jobId : ''), AUDIT_LIMITS.jobName),
        reason: typeof reason === 'string' ? auditText(reason, AUDIT_LIMITS.reason) : '',
    }
}

const yesNo = (value: unknown) => (value === true ? 'yes' : 'no')

export function scheduleBuildChange(scheduleName: unknown, dates: unknown, options: unknown): StateChange {
    const name = auditText(scheduleName, 200)
    const list = Array.isArray(dates) ? dates.map((date) => auditText(date, 40)).join(', ') : auditText(dates, 200)
    const o = options !== null && typeof options === 'object' ? (options as Record<string, unknown>) : {}
    const named = typeof o.namedInstance === 'string' && o.namedInstance !== '' ? `, named instance: ${auditText(o.namedInstance, 100)}` : ''
    return {
        kind: 'schedule_build', action: 'build', what: `build schedule ${name} for ${list}`,
        target: auditText(`${name} on ${list} (overwrite: ${yesNo(o.overwrite)}, hold: ${yesNo(o.hold)}${named})`, AUDIT_LIMITS.target),
        dailyJobId: '', jobName: '', reason: '',
    }
}

export function scheduleActionChange(dailyScheduleId: unknown, jobName: unknown, frequency: unknown): StateChange {
    const daily = auditText(dailyScheduleId, 100)
    const job = auditText(jobName, AUDIT_LIMITS.jobName)
    return {
        kind: 'schedule_action', action: 'addJobs', what: `add job ${job} to daily schedule ${daily}`,
        target: auditText(`job ${job} (frequency ${auditText(frequency, 100)}) into daily schedule ${daily}`, AUDIT_LIMITS.target),
        dailyJobId: '', jobName: job, reason: '',
    }
}

function who(caller: Caller): string {
    return `${auditText(caller.displayName, 100)} (${auditText(caller.userName, 100)})`
}

/**
 * A logged-in user changes nothing in OpCon without x_opcon.user, whichever
 * app's script makes the call. Background processing is not asked: there the
 * admin's approval of the calling scope is the guard, and the user is often
 * an integration account.
 */
export function checkCaller(caller: Caller, change: StateChange, address: unknown): Refusal | null {
    if (caller.hasApiRole) return null
    // A flow runs in the background, but as a person (the user who started it, or a "run as" user):
    // that person needs the role as much as at the keyboard.
    if (caller.flow !== null) {
        return {
            code: 'forbidden',
            message: `The flow "${auditText(caller.flow, 200)}" runs as ${who(caller)}, who may not ${change.what} on ${auditText(address, 255)}: changing OpCon jobs or schedules `
                + `needs the role ${API_ROLE}, held by the flow's user themselves (admin alone is not enough). Nothing was sent to OpCon; give the flow's user ${API_ROLE}, or set the flow to run as a user who has it.`,
        }
    }
    if (!caller.interactive) return null
    return {
        code: 'forbidden',
        message: `${who(caller)} may not ${change.what} on ${auditText(address, 255)} through OpConApi: changing OpCon jobs or schedules in an interactive session `
            + `needs the role ${API_ROLE}. Nothing was sent to OpCon; ask your ServiceNow administrator for ${API_ROLE} if your work needs it.`,
    }
}

/** The connector is switched off (x_opcon.enabled false): no change goes to OpCon, through the API either. */
export function switchedOff(change: StateChange): Refusal {
    return {
        code: 'disabled',
        message: `OpConApi did not ${change.what}: the OpCon Connector is switched off (x_opcon.enabled is false), which stops every change it would make in OpCon. `
            + 'Nothing was sent. An OpCon Connector admin can switch it on under OpCon Connector > Properties.',
    }
}

/**
 * Job actions go out only when x_opcon.api_actions names them. A name that is
 * not an OpCon job action at all is the request builder's to refuse
 * (invalid_argument), so this answers null for it.
 */
export function checkApiAction(action: unknown, allowed: readonly string[], ignored: readonly string[] = []): Refusal | null {
    if (!isOpConAction(action) || allowed.includes(action)) return null
    const list = allowed.length === 0 ? 'no job action' : allowed.join(', ')
    const also = ignored.length === 0 ? '' : ` (it also names ${ignored.map((name) => `"${auditText(name, 40)}"`).join(', ')}, not OpCon job action${ignored.length === 1 ? '' : 's'})`
    return {
        code: 'action_not_allowed',
        message: `OpConApi does not send the job action "${action}" (${actionWords(action)}): x_opcon.api_actions allows ${list}${also}. `
            + 'Nothing was sent to OpCon. An OpCon Connector admin (x_opcon.admin) can add it to x_opcon.api_actions if your app needs it.',
    }
}

/** What is wrong with the waiting options ({waitForResult, maxPolls}), or null. */
export function waitOptionsProblem(options: unknown): string | null {
    if (options === undefined || options === null) return null
    if (typeof options !== 'object' || Array.isArray(options)) return 'The options must be an object, e.g. { waitForResult: true, maxPolls: 5 }.'
    const { waitForResult, maxPolls } = options as Record<string, unknown>
    if (waitForResult !== undefined && typeof waitForResult !== 'boolean') return `The option waitForResult must be true or false, not "${auditText(waitForResult, 40)}".`
    if (maxPolls !== undefined && (typeof maxPolls !== 'number' || !Number.isFinite(maxPolls))) return `The option maxPolls must be a number from 1 to 20, not "${auditText(maxPolls, 40)}".`
    return null
}

export interface AuditOutcome {
    state: Exclude<ApiAuditState, 'calling' | 'refused'>
    message: string
    /** OpCon's id of the job action, schedule build or schedule action ('' when none came back). */
    opconId: string
}

function idOf(data: unknown): string {
    const id = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).id : undefined
    return typeof id === 'number' || (typeof id === 'string' && /^\d{1,20}$/.test(id)) ? String(id) : ''
}

// OpCon answered and said no (the same split as delivery-plan.ts afterSend): the rest is a failure to fix or retry.
const SAID_NO: readonly OpConErrorCode[] = ['action_failed', 'bad_request', 'not_found', 'conflict']

/** What a call that was sent (or attempted) to OpCon ended in, for its row. */
export function auditOutcome(result: OpConResult<unknown>, serverName: string): AuditOutcome {
    const opconId = idOf(result.data)
    const server = `OpCon server ${auditText(serverName, 200)}`
    if (result.ok) {
        const outcome = result.data !== null && typeof result.data === 'object' ? (result.data as Record<string, unknown>).result : undefined
        if (outcome === 'success') return { state: 'succeeded', opconId, message: `${server} finished it: success (${opconId}).` }
        return opconId === ''
            ? { state: 'accepted', opconId, message: `${server} answered HTTP ${result.status} without an id; check in OpCon whether it took the request.` }
            : { state: 'accepted', opconId, message: `${server} accepted it as ${opconId}; the caller reads its result (do not send it again).` }
    }
    const error = result.error!
    if (error.code === 'still_pending') return { state: 'accepted', opconId, message: error.message }
    return { state: SAID_NO.includes(error.code) ? 'rejected' : 'failed', opconId, message: error.message }
}

/** The system-log line of one state-changing call: who, from which scope, what, where, and its outcome. */
export function auditLine(caller: Caller, change: StateChange, address: unknown, state: ApiAuditState, message: string): string {
    const from = caller.flow !== null ? `the flow "${auditText(caller.flow, 200)}"` : caller.scope ? `scope ${auditText(caller.scope, AUDIT_LIMITS.callerScope)}` : 'no other scope'
    return `OpConApi audit: ${who(caller)} from ${from} asked to ${change.what} on ${auditText(address, 255)}: ${state}. ${message}`
}
