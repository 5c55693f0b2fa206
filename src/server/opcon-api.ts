// The connector's calls to OpCon, as other scripts use them (OpConApi script
// include, the delivery of job actions, the job dialog). Every function
// returns an OpConResult and never throws; a bad address or argument is
// refused before any request is made.
import { loadSettings } from './config.ts'
import { log } from './log.ts'
import {
    addJobRequest, dailyJobRequest, dailySchedulesRequest, jobActionRequest, jobActionResultRequest,
    scheduleActionResultRequest, scheduleBuildRequest, scheduleBuildResultRequest, versionRequest,
    type Built, type ScheduleBuildOptions,
} from './opcon-requests.ts'
import { interpretAsyncResult, interpretResponse } from './opcon-responses.ts'
import { failure, refused, success, type OpConResult } from './opcon-result.ts'
import { send } from './opcon-client.ts'
import { redactResponse } from './redact.ts'
import { openConnection, type Connection } from './server-registry.ts'

export interface WaitOptions {
    /** Poll the asynchronous action's result until OpCon says success or failed. */
    waitForResult?: boolean
    /** How many result reads at most (1-20, default 5). */
    maxPolls?: number
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
    if (result.ok && request.method === 'POST') log.info(line)
    else if (result.ok) log.debug(line)
    else log.warn(`${request.fn}: ${result.error!.message}`)
    return result
}

/** One read with the configured timeout, for the calls that are a single request. */
const read = (connection: Connection, built: Built): OpConResult<unknown> => callServer(connection, built)

function withServer(address: unknown, built: Built, run: (connection: Connection, built: Built) => OpConResult<unknown>): OpConResult<unknown> {
    try {
        // Arguments first: a bad call is refused without looking anything up.
        if (!built.ok) return refused('invalid_argument', built.message)
        const found = openConnection(typeof address === 'string' ? address : '')
        if (!found.ok) {
            log.warn(found.error.message)
            return refused(found.error.code, found.error.message)
        }
        return run(found.value, built)
    } catch (error) {
        const message = `The OpCon Connector failed unexpectedly: ${error instanceof Error ? error.message : String(error)}. Nothing more was sent; report this to the connector's maintainers.`
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

function asyncCall(address: unknown, built: Built, resolve: Resolver, options: WaitOptions | undefined): OpConResult<unknown> {
    return withServer(address, built, (connection, request) => {
        const submitted = callServer(connection, request)
        if (!submitted.ok || !options || options.waitForResult !== true) return submitted
        return awaitResult(connection, submitted, resolve, options)
    })
}

export function updateJobStatusById(address: unknown, jobId: unknown, action: unknown, reason: unknown, options?: WaitOptions): OpConResult<unknown> {
    return asyncCall(address, jobActionRequest(jobId, action, reason), jobActionResultRequest, options)
}

export function getJobActionResult(address: unknown, jobActionId: unknown): OpConResult<unknown> {
    return withServer(address, jobActionResultRequest(jobActionId), read)
}

export function getDailyJob(address: unknown, dailyJobId: unknown): OpConResult<unknown> {
    return withServer(address, dailyJobRequest(dailyJobId), read)
}

export function buildSchedule(address: unknown, scheduleName: unknown, dates: unknown, options?: ScheduleBuildOptions & WaitOptions): OpConResult<unknown> {
    return asyncCall(address, scheduleBuildRequest(scheduleName, dates, options ?? {}), scheduleBuildResultRequest, options)
}

export function getScheduleBuildResult(address: unknown, buildId: unknown): OpConResult<unknown> {
    return withServer(address, scheduleBuildResultRequest(buildId), read)
}

export function getDailyScheduleByNameAndDate(address: unknown, scheduleName: unknown, date: unknown): OpConResult<unknown> {
    if (typeof scheduleName !== 'string' || scheduleName.trim() === '') return refused('invalid_argument', 'The schedule name is empty.')
    return withServer(address, dailySchedulesRequest(scheduleName, date), read)
}

export function addJobToScheduleInDaily(address: unknown, dailyScheduleId: unknown, jobName: unknown, frequency: unknown, properties?: unknown, options?: WaitOptions): OpConResult<unknown> {
    return asyncCall(address, addJobRequest(dailyScheduleId, jobName, frequency, properties), scheduleActionResultRequest, options)
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
