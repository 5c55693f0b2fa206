// The connector's calls to OpCon, as other scripts use them (OpConApi script
// include, the delivery of job actions, the job dialog). Every function
// returns an OpConResult and never throws; a bad address or argument is
// refused before any request is made.
//
// The three calls that change something in OpCon (a job action, a schedule
// build, a schedule action) are guarded and audited (api-policy.ts decides):
// a logged-in user needs x_opcon.user, job actions are limited to
// x_opcon.api_actions, and each call leaves an x_opcon_action row (source api)
// whatever x_opcon.log_level says. Which scopes may call at all is the
// platform's to enforce (the include's caller access: restriction).
import { gs } from '@servicenow/glide'
import { endAudit, startAudit } from './api-audit.ts'
import {
    API_ROLE, auditLine, auditOutcome, checkApiAction, checkCaller, jobActionChange, scheduleActionChange, scheduleBuildChange, switchedOff, waitOptionsProblem,
    type Caller, type Refusal, type StateChange,
} from './api-policy.ts'
import { loadSettings } from '../settings/config.ts'
import { checkAddress } from '../opcon/correlation.ts'
import { log } from '../log/log.ts'
import {
    addJobRequest, dailyJobRequest, dailySchedulesRequest, jobActionRequest, jobActionResultRequest, nameProblem,
    scheduleActionResultRequest, scheduleBuildRequest, scheduleBuildResultRequest, versionRequest,
    type Built, type ScheduleBuildOptions,
} from '../opcon/opcon-requests.ts'
import { interpretAsyncResult, interpretResponse } from '../opcon/opcon-responses.ts'
import { failure, refused, success, type OpConResult } from '../opcon/opcon-result.ts'
import { send } from '../opcon/opcon-client.ts'
import { redactResponse } from '../log/redact.ts'
import { openConnection, type Connection } from '../opcon/server-registry.ts'
import { holdsRole } from '../links/job-links.ts'

export interface WaitOptions {
    /** Poll the asynchronous action's result until OpCon says success or failed. */
    waitForResult?: boolean
    /** How many result reads at most (1-20, default 5). */
    maxPolls?: number
}

/**
 * Who asks, when it is not a script through OpConApi: the OpCon Flow Designer
 * actions (src/server/flow/) pass the flow's name, and read back the audit row
 * the call wrote (auditRow), which their outputs hand on.
 */
export interface CallOrigin {
    flowName: string
    /** The incident whose linked job the flow moves: its audit row shows in that incident's history. */
    incident?: string
    auditRow?: string
}

type Resolver = (id: unknown) => Built

function describeServer(connection: Connection): string {
    return `OpCon server ${connection.server.name} (${connection.server.address})`
}

/** One request to the server registered for `address`. */
export function callServer(connection: Connection, built: Built, timeoutMs?: number): OpConResult<unknown> {
    if (!built.ok) return refused('invalid_argument', built.message)
    const { request } = built
    const { midServer } = connection.server
    // Read only when needed: delivery passes the timeout it read once per run.
    const settings = timeoutMs === undefined || midServer !== '' ? loadSettings() : null
    // The token out of the answer and error text first: a proxy that echoes the request must not leak it.
    const raw = redactResponse(send(connection, request, timeoutMs ?? settings!.httpTimeoutMs), connection.token)
    const result = interpretResponse(raw, {
        serverName: connection.server.name, address: connection.server.address, method: request.method, purpose: request.purpose,
        midServer, midServerWaitMs: settings?.midServerWaitMs,
    })
    // Calls that change something in OpCon are always in the system log (the audit trail for other apps' calls).
    const line = `${request.fn}: ${describeServer(connection)} answered HTTP ${result.status} to ${request.purpose}.`
    if (result.ok && request.method !== 'GET') log.info(line)
    else if (result.ok) log.debug(line)
    else log.warn(`${request.fn}: ${result.error!.message}`)
    return result
}

/** One read with the configured timeout, for the calls that are a single request. */
const read = (connection: Connection, built: Built): OpConResult<unknown> => callServer(connection, built)

function internalError(error: unknown): string {
    return `The OpCon Connector failed unexpectedly: ${error instanceof Error ? error.message : String(error)}. Nothing more was sent; report this to the connector's maintainers.`
}

function withServer(address: unknown, built: Built, run: (connection: Connection, built: Built) => OpConResult<unknown>): OpConResult<unknown> {
    try {
        // Arguments first: a bad call is refused without looking anything up.
        const badAddress = checkAddress(address)
        if (badAddress !== null) return refused('invalid_argument', badAddress)
        if (!built.ok) return refused('invalid_argument', built.message)
        const found = openConnection(address as string)
        if (!found.ok) {
            log.warn(found.error.message)
            return refused(found.error.code, found.error.message)
        }
        return run(found.value, built)
    } catch (error) {
        const message = internalError(error)
        log.error(message)
        return refused('internal_error', message)
    }
}

/** Polls an asynchronous action's result until it is final or the polls run out. */
function awaitResult(connection: Connection, submitted: OpConResult<unknown>, resolve: Resolver, options: WaitOptions): OpConResult<unknown> {
    const first = interpretAsyncResult(submitted.data)
    if (!first) return failure(submitted.status, { code: 'bad_response', message: `${describeServer(connection)} answered without an action id; it is not clear whether OpCon took the request.`, retryable: false, ambiguous: true })
    const polls = Math.min(20, Math.max(1, Math.floor(options.maxPolls ?? 5)))
    let latest = submitted
    let outcome = first
    for (let i = 0; i < polls && outcome.outcome === 'submitted'; i++) {
        const read = callServer(connection, resolve(first.id))
        if (!read.ok) {
            // OpCon accepted the action: whatever went wrong reading its result, sending it again is not the answer.
            return { ok: false, status: read.status, data: latest.data, error: {
                code: 'still_pending', retryable: false, ambiguous: false,
                message: `${describeServer(connection)} accepted action ${first.id}, but its result could not be read (${read.error!.message}). Do not send it again; read its result later.`,
            } }
        }
        const next = interpretAsyncResult(read.data)
        if (!next) break
        latest = read
        outcome = next
    }
    return finalOutcome(connection, latest, outcome.outcome, outcome.message, first.id)
}

function finalOutcome(connection: Connection, latest: OpConResult<unknown>, outcome: string, message: string, id: string): OpConResult<unknown> {
    if (outcome === 'success') return latest
    if (outcome === 'failed') {
        return { ok: false, status: latest.status, data: latest.data, error: { code: 'action_failed', message: `${describeServer(connection)} refused action ${id}: ${message}`, retryable: false, ambiguous: false, opconMessage: message } }
    }
    return { ok: false, status: latest.status, data: latest.data, error: { code: 'still_pending', message: `${describeServer(connection)} accepted action ${id} but had not finished it yet; read its result again later.`, retryable: false, ambiguous: false } }
}

// ---------- the calls that change something in OpCon ----------

/** Who is calling, as the session says (Java booleans read through their text, so none reads as true by accident). */
function currentCaller(origin?: CallOrigin): Caller {
    const scope = gs.getCallerScopeName() as string | null
    return {
        userName: String(gs.getUserName() ?? ''),
        displayName: String(gs.getUserDisplayName() ?? ''),
        interactive: String(gs.isInteractive()) === 'true',
        // A Flow action's user must hold the role themselves (admin alone is not enough: flow-policy.ts).
        hasApiRole: origin ? holdsRole(API_ROLE) : String(gs.hasRole(API_ROLE)) === 'true',
        scope: scope === null || scope === undefined || String(scope) === '' ? null : String(scope),
        flow: origin ? origin.flowName : null,
    }
}

/** Refused before any request: a row says so, and a warn line (which x_opcon.log_level = warn keeps). */
function refuse(caller: Caller, change: StateChange, address: unknown, refusal: Refusal, origin?: CallOrigin): OpConResult<unknown> {
    const line = auditLine(caller, change, address, 'refused', refusal.message)
    let why = 'the instance did not write it; the system log has its reason'
    let written: string | null = null
    try {
        written = startAudit({ caller, userId: String(gs.getUserID() ?? ''), change, address, serverId: '', incident: origin?.incident ?? '', state: 'refused', message: refusal.message })
    } catch (error) {
        why = error instanceof Error ? error.message : String(error)
    }
    // Nothing was sent either way; without its row, the error line is the only record.
    if (written === null) log.error(`${line} Its audit row could not be written (${why}).`)
    else log.warn(line)
    if (origin && written !== null) origin.auditRow = written
    return refused(refusal.code, refusal.message)
}

/** Everything that refuses a state-changing call before a server is looked up, in the order a person fixes them. */
function precheck(caller: Caller, change: StateChange, address: unknown, built: Built, options: unknown, jobAction?: unknown): Refusal | null {
    const forbidden = checkCaller(caller, change, address)
    if (forbidden !== null) return forbidden
    const settings = loadSettings()
    // The master switch stops every change the connector would make in OpCon, the API's included; reads go on.
    if (!settings.enabled) return switchedOff(change)
    if (change.kind === 'job_action') {
        const notAllowed = checkApiAction(jobAction, settings.apiActions, settings.apiActionsIgnored)
        if (notAllowed !== null) return notAllowed
    }
    const badAddress = checkAddress(address)
    if (badAddress !== null) return { code: 'invalid_argument', message: badAddress }
    if (!built.ok) return { code: 'invalid_argument', message: built.message }
    const badOptions = waitOptionsProblem(options)
    return badOptions === null ? null : { code: 'invalid_argument', message: badOptions }
}

/**
 * One state-changing call: checked, audited before the request leaves (the row
 * comes first: no row, no request), sent, and its row completed with the outcome.
 */
function changeState(address: unknown, change: StateChange, built: Built, resolve: Resolver, options: unknown, jobAction?: unknown, origin?: CallOrigin): OpConResult<unknown> {
    let caller: Caller | null = null
    let rowId: string | null = null
    let sent = false
    try {
        caller = currentCaller(origin)
        const refusal = precheck(caller, change, address, built, options, jobAction)
        if (refusal !== null) return refuse(caller, change, address, refusal, origin)
        const found = openConnection(address as string)
        if (!found.ok) return refuse(caller, change, address, found.error, origin)
        const connection = found.value
        let why = 'the instance did not write it; the system log has its reason'
        try {
            rowId = startAudit({
                caller, userId: String(gs.getUserID() ?? ''), change, address, serverId: connection.server.sysId, incident: origin?.incident ?? '',
                state: 'calling', message: `Calling ${describeServer(connection)}.`,
            })
        } catch (error) {
            why = error instanceof Error ? error.message : String(error)
        }
        if (rowId === null) {
            const message = `OpConApi could not write its audit row (${why}), so it did not call ${describeServer(connection)}. Nothing was sent to OpCon; report this to your ServiceNow administrator.`
            log.error(auditLine(caller, change, address, 'refused', message))
            return refused('internal_error', message)
        }
        if (origin) origin.auditRow = rowId
        const wait = options as WaitOptions | undefined
        sent = true
        const submitted = callServer(connection, built)
        const result = !submitted.ok || !wait || wait.waitForResult !== true ? submitted : awaitResult(connection, submitted, resolve, wait)
        const outcome = auditOutcome(result, connection.server.name)
        const line = auditLine(caller, change, address, outcome.state, outcome.message)
        try {
            endAudit(rowId, { state: outcome.state, message: outcome.message, opconId: outcome.opconId, httpStatus: result.status }, change.kind)
        } catch (error) {
            // The call happened: the caller gets its result; the row stays "calling" and the log keeps the outcome.
            log.error(`${line} Its audit row ${rowId} could not be completed: ${error instanceof Error ? error.message : String(error)}`)
            return result
        }
        if (outcome.state === 'accepted' || outcome.state === 'succeeded') log.info(line)
        else log.warn(line)
        return result
    } catch (error) {
        const message = sent
            ? `${internalError(error)} The request may already have reached OpCon: check there before sending it again.`
            : internalError(error)
        log.error(caller ? auditLine(caller, change, address, 'failed', message) : message)
        if (rowId !== null) {
            try {
                endAudit(rowId, { state: 'failed', message, opconId: '', httpStatus: 0 }, change.kind)
            } catch {
                // Already in the log above; the row stays "calling", which says the call was interrupted.
            }
        }
        return failure(0, { code: 'internal_error', message, retryable: false, ambiguous: sent })
    }
}

export function updateJobStatusById(address: unknown, jobId: unknown, action: unknown, reason: unknown, options?: WaitOptions, origin?: CallOrigin): OpConResult<unknown> {
    return changeState(address, jobActionChange(jobId, action, reason), jobActionRequest(jobId, action, reason), jobActionResultRequest, options, action, origin)
}

export function getJobActionResult(address: unknown, jobActionId: unknown): OpConResult<unknown> {
    return withServer(address, jobActionResultRequest(jobActionId), read)
}

export function getDailyJob(address: unknown, dailyJobId: unknown): OpConResult<unknown> {
    return withServer(address, dailyJobRequest(dailyJobId), read)
}

export function buildSchedule(address: unknown, scheduleName: unknown, dates: unknown, options?: ScheduleBuildOptions & WaitOptions, origin?: CallOrigin): OpConResult<unknown> {
    return changeState(address, scheduleBuildChange(scheduleName, dates, options), scheduleBuildRequest(scheduleName, dates, options ?? null), scheduleBuildResultRequest, options, undefined, origin)
}

export function getScheduleBuildResult(address: unknown, buildId: unknown): OpConResult<unknown> {
    return withServer(address, scheduleBuildResultRequest(buildId), read)
}

export function getDailyScheduleByNameAndDate(address: unknown, scheduleName: unknown, date: unknown): OpConResult<unknown> {
    // The API looks one schedule up by name (the builder would also list every schedule of the date without one).
    const badName = nameProblem(scheduleName, 'schedule name')
    if (badName !== null) return refused('invalid_argument', badName)
    return withServer(address, dailySchedulesRequest(scheduleName, date), read)
}

export function addJobToScheduleInDaily(address: unknown, dailyScheduleId: unknown, jobName: unknown, frequency: unknown, properties?: unknown, options?: WaitOptions, origin?: CallOrigin): OpConResult<unknown> {
    return changeState(address, scheduleActionChange(dailyScheduleId, jobName, frequency), addJobRequest(dailyScheduleId, jobName, frequency, properties), scheduleActionResultRequest, options, undefined, origin)
}

export function getScheduleActionResult(address: unknown, actionId: unknown): OpConResult<unknown> {
    return withServer(address, scheduleActionResultRequest(actionId), read)
}

export function getApiVersion(address: unknown): OpConResult<unknown> {
    return withServer(address, versionRequest(), (connection, built) => {
        const result = callServer(connection, built)
        if (!result.ok) return result
        const version = (result.data as Record<string, unknown> | null)?.opConRestApiProductVersion
        return typeof version === 'string' ? success(result.status, { version }) : failure(result.status, {
            code: 'bad_response', message: `${describeServer(connection)} answered /api/version without a version; check that the base URL points at OpCon's REST API.`, retryable: false, ambiguous: false,
        })
    })
}
