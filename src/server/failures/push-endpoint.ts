// Glide shell: POST /api/x_opcon/v1/opcon/failures, OpCon telling ServiceNow
// a job failed (a Notification Manager "Run Command" calls it). Checked here
// only what needs no OpCon call: the caller's role, every field's length, a
// registered server that collects failures, a well-formed daily job id, and
// the caller's pushes of the last minute. The rest (is the job really failed?
// which run?) is read from the registered server itself, later, on the
// failures' own queue, exactly as for a failure the collector found.
import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { ServiceError } from '@servicenow/glide/sn_ws_err'
import { inSeconds } from '../clock/glide-clock.ts'
import { holdsRole } from '../links/job-links.ts'
import { CAPS, journalText } from '../log/journal-text.ts'
import { log } from '../log/log.ts'
import { findServer } from '../opcon/server-registry.ts'
import { loadFailureSettings } from './failure-config.ts'
import { loadSettings } from '../settings/config.ts'
import { FAILURE_TABLE } from './failure-worker.ts'
import { NOT_TAKEN, readPush } from './push-request.ts'
import { countRefusal, refusalLog } from './refusal-log.ts'
import { PUSH_LIMIT_PROPERTY, PUSH_WINDOW_SECONDS, pushAllowance, pushLimit } from './push-limit.ts'

export const FAILURE_REPORTED_EVENT = 'x_opcon.failure.reported'
export const PUSH_ROLE = 'x_opcon.failure_reporter'
/**
 * Pushed failures are worked on their own queue (fluent/failures/failures.now.ts):
 * a flood of reports never waits in front of the job actions on x_opcon.delivery.
 */
export const FAILURE_QUEUE = 'x_opcon.failures'

interface RestRequest {
    body: { data: unknown; dataString?: string }
}

interface RestResponse {
    setStatus(status: number): void
    setBody(body: unknown): void
    setHeader(name: string, value: string): void
    setContentType(type: string): void
    setError(error: ServiceError): void
    getStreamWriter(): { writeString(data: string): void }
}

/** An error answer in the platform's own shape ({error: {message, detail}, status: "failure"}: "Scripted REST API error objects"). */
function refuse(response: RestResponse, status: number, message: string): void {
    const error = new ServiceError()
    error.setStatus(status)
    error.setMessage(message)
    error.setDetail('Nothing was recorded.')
    response.setError(error)
}

/**
 * 429 in the same error shape, with Retry-After. Written to the response stream: the docs
 * ("RESTAPIResponse - Scoped") name the headers that go with a streamed answer (set before
 * getStreamWriter), and not whether headers set before setError are sent.
 */
function tooMany(response: RestResponse, retryAfterSeconds: number, message: string): void {
    response.setContentType('application/json')
    response.setStatus(429)
    response.setHeader('Retry-After', String(retryAfterSeconds))
    response.getStreamWriter().writeString(JSON.stringify({ error: { message, detail: 'Nothing was recorded.' }, status: 'failure' }))
}

function bodyOf(request: RestRequest): { ok: true; value: unknown } | { ok: false } {
    try {
        return { ok: true, value: request.body.data }
    } catch {
        return { ok: false }
    }
}

export function receiveFailure(request: RestRequest, response: RestResponse): void {
    // The route's ACL asks for the role too; admin would pass that implicitly, so it is checked as held.
    if (!holdsRole(PUSH_ROLE)) {
        refuse(response, 403, `Only the failure reporter account (role ${PUSH_ROLE}) may report failed OpCon jobs.`)
        return
    }
    // Switched off, the connector opens nothing and records nothing to open later: OpCon is told to try again.
    if (!loadSettings().enabled) {
        refuse(response, 503, 'The OpCon Connector is switched off (x_opcon.enabled is false): the failure was not recorded. Send it again once an OpCon Connector admin switches it on; the collector also finds it then if "Open incidents for failed jobs" is on.')
        return
    }
    const body = bodyOf(request)
    if (!body.ok) {
        refuse(response, 400, 'The body is not JSON. Send {"address": "<host:port>", "daily_job_id": "<yyyyMMdd|schedule id|instance|job name>"}.')
        return
    }
    const read = readPush(body.value)
    if (!read.ok) {
        refuse(response, 400, read.message)
        return
    }
    const server = findServer(read.address)
    if (!server.ok) {
        // Unregistered, inactive or unusable: one answer for all (NOT_TAKEN); the detail is for admins.
        if (server.error.code !== 'unregistered_server') refusedForAdmins(read.address, read.dailyJobId, server.error.message)
        refuse(response, 400, NOT_TAKEN)
        return
    }
    const serverRow = new GlideRecord('x_opcon_server')
    if (!serverRow.get(server.server.sysId) || serverRow.getValue('collect_failures') !== '1') {
        refusedForAdmins(read.address, read.dailyJobId, `OpCon server ${server.server.name} (${read.address}) does not have "Open incidents for failed jobs" on: an OpCon Connector admin switches it on under OpCon Connector > Servers.`)
        refuse(response, 400, NOT_TAKEN)
        return
    }
    const instanceUrl = String(gs.getProperty('glide.servlet.uri', '') ?? '')
    const pending = pendingPush(server.server.sysId, read.dailyJobId)
    if (pending === '') {
        const limit = pushLimit(gs.getProperty(PUSH_LIMIT_PROPERTY, ''))
        const allowance = pushAllowance(recentPushes(limit), new GlideDateTime().getNumericValue(), limit)
        if (!allowance.ok) {
            tooMany(response, allowance.retryAfterSeconds, allowance.message)
            return
        }
    }
    const sysId = pending !== '' ? pending : recordPush(server.server.sysId, read.address, read.dailyJobId, read.text)
    if (sysId === '') {
        refuse(response, 500, 'The failure could not be recorded (the instance\'s system log says why). Nothing was opened; send it again.')
        return
    }
    if (pending === '') gs.eventQueue(FAILURE_REPORTED_EVENT, lookup(sysId), sysId, '', FAILURE_QUEUE)
    const link = `${instanceUrl.replace(/\/?$/, '/')}${FAILURE_TABLE}.do?sys_id=${sysId}`
    response.setStatus(202)
    response.setHeader('Location', link)
    response.setBody({ failure: sysId, link, state: pending !== '' ? 'already reported' : 'accepted' })
}

/**
 * Why a push for a registered server was refused, where an admin sees it (the caller gets NOT_TAKEN): at
 * most one line per server a minute (refusal-log.ts), the count of the others kept on the server row.
 */
function refusedForAdmins(address: string, dailyJobId: string, why: string): void {
    const row = new GlideRecord('x_opcon_server')
    row.addQuery('address', address)
    row.setLimit(1)
    row.query()
    if (!row.next()) return
    const logged = String(row.getValue('push_refused_logged') ?? '')
    const decision = refusalLog({
        loggedAt: logged === '' ? null : new GlideDateTime(logged).getNumericValue(),
        unlogged: parseInt(String(row.getValue('push_refused_unlogged') ?? '0'), 10) || 0,
    }, new GlideDateTime().getNumericValue())
    if (decision.log) {
        log.warn(`A failure report from ${gs.getUserName()} for job ${dailyJobId} on ${address} was refused: ${why}${decision.suffix}`)
        row.setValue('push_refused_logged', new GlideDateTime().getValue())
    }
    row.setValue('push_refused_unlogged', String(decision.next.unlogged))
    const counted = countRefusal({
        day: String(row.getValue('push_refused_day') ?? ''),
        count: parseInt(String(row.getValue('push_refused_today') ?? '0'), 10) || 0,
    }, new GlideDateTime().getNumericValue())
    row.setValue('push_refused_day', counted.day)
    row.setValue('push_refused_today', String(counted.count))
    // Bookkeeping, not an admin's change: no server rule runs, and "Updated" keeps the admin's last edit.
    row.setWorkflow(false)
    row.autoSysFields(false)
    row.update()
}

/**
 * Creation times (ms) of the caller's pushed failures of the last minute, newest first, at most
 * `limit`: one query, bounded by the limit.
 */
function recentPushes(limit: number): number[] {
    const row = new GlideRecord(FAILURE_TABLE)
    row.addQuery('reported_by', gs.getUserID())
    row.addQuery('source', 'push')
    row.addQuery('sys_created_on', '>', inSeconds(-PUSH_WINDOW_SECONDS))
    row.orderByDesc('sys_created_on')
    row.setLimit(limit)
    row.query()
    const times: number[] = []
    while (row.next()) times.push(new GlideDateTime(String(row.getValue('sys_created_on') ?? '')).getNumericValue())
    return times
}

/** A push for the same job not yet worked: a repeated call is the same failure. */
function pendingPush(serverSysId: string, dailyJobId: string): string {
    const row = new GlideRecord(FAILURE_TABLE)
    row.addQuery('server', serverSysId)
    row.addQuery('daily_job_id', dailyJobId)
    row.addQuery('source', 'push')
    row.addQuery('state', 'IN', 'waiting,confirming')
    row.setLimit(1)
    row.query()
    return row.next() ? row.getUniqueValue() : ''
}

function recordPush(serverSysId: string, address: string, dailyJobId: string, text: string): string {
    const grace = loadFailureSettings().graceMinutes
    const now = new GlideDateTime()
    const row = new GlideRecord(FAILURE_TABLE)
    row.initialize()
    row.setValue('server', serverSysId)
    row.setValue('address', address)
    row.setValue('daily_job_id', dailyJobId)
    row.setValue('source', 'push')
    row.setValue('state', 'confirming')
    row.setValue('text', journalText(text, CAPS.text).slice(0, 1000))
    row.setValue('reported_by', gs.getUserID())
    row.setValue('first_seen', now.getValue())
    if (grace > 0) row.setValue('next_attempt', inSeconds(grace * 60))
    row.setValue('note', 'Reported by OpCon; the job is read from OpCon before anything is opened.')
    const sysId = String(row.insert() ?? '')
    if (sysId !== '') log.info(`OpCon reported failed job ${dailyJobId} on ${address} (${gs.getUserName()}).`)
    return sysId
}

function lookup(sysId: string): GlideRecord {
    const row = new GlideRecord(FAILURE_TABLE)
    row.get(sysId)
    return row
}
