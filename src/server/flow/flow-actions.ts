// Glide shell of the OpCon Flow Designer actions (fluent/flow-actions/): each
// action's script step calls runFlowStep with its kind. The calls are
// OpConApi's own functions (opcon-api.ts), so the role check, the
// x_opcon.api_actions allow-list, the master switch and the audit row apply
// as for a script, with source flow and the flow's name on the row. The role
// is x_opcon.user held by the flow's user themselves (flow-policy.ts), for
// every action; a job action moves only the job its incident is linked to.
import { gs, GlideRecord } from '@servicenow/glide'
import {
    addJobToScheduleInDaily, buildSchedule, getDailyJob, getDailyScheduleByNameAndDate, getJobActionResult,
    getScheduleActionResult, getScheduleBuildResult, updateJobStatusById, type CallOrigin,
} from '../api/opcon-api.ts'
import { endAudit } from '../api/api-audit.ts'
import { auditOutcome } from '../api/api-policy.ts'
import { interpretAsyncResult } from '../opcon/opcon-responses.ts'
import { refused, type OpConResult } from '../opcon/opcon-result.ts'
import { shown } from '../opcon/correlation.ts'
import { API_ROLE } from '../api/api-policy.ts'
import { holdsRole, linkInForce } from '../links/job-links.ts'
import { awaitingReason } from '../links/job-link.ts'
import { roleRefusal, UNNAMED_FLOW, waitRefusal } from './flow-policy.ts'
import {
    dailyScheduleIdOf, emptyOutputs, FLOW_POLLS, isFlowKind, isJobActionKind, jobStatusOf, outputsOf, stopReason,
    type FlowOutputs, type JobActionKind,
} from './flow-outputs.ts'

/** The longest input any OpCon action declares (Daily job id): a longer value is cut before anything reads it. */
const INPUT_CAP = 4000

/** A script step's input: a string (its input variables are strings), or nothing. */
function text(inputs: Record<string, unknown>, name: string): string {
    const value = inputs[name]
    return value === undefined || value === null ? '' : String(value).slice(0, INPUT_CAP)
}

/** A reference input's sys_id, or null when it is not one (checked before any query; shown cut in words). */
function sysIdOf(value: string): string | null {
    return /^[0-9a-f]{32}$/.test(value.slice(0, 33)) ? value : null
}

function failed(code: string, message: string): FlowOutputs {
    return { ...emptyOutputs(), error_code: code, error_message: message }
}

/** The registered server's address, from the action's server input (a sys_id). */
function serverAddress(serverId: string): { ok: true; address: string } | { ok: false; outputs: FlowOutputs } {
    if (serverId === '') {
        return { ok: false, outputs: failed('invalid_argument', 'The OpCon action has no OpCon server: pick one of the servers under OpCon Connector > Servers in its Server input. Nothing was sent to OpCon.') }
    }
    const server = new GlideRecord('x_opcon_server')
    if (!server.get(serverId)) {
        return { ok: false, outputs: failed('unregistered_server', `The OpCon server given to the action (${serverId}) is not registered under OpCon Connector > Servers (deleted, or a record of another table). Nothing was sent to OpCon; pick a registered server in the action's Server input.`) }
    }
    return { ok: true, address: String(server.getValue('address') ?? '') }
}

/**
 * The job a job action may move: the one its incident is linked to
 * (x_opcon_binding, written only by trusted sources), never the incident's
 * correlation fields, which an agent can edit. The job actions have no Server
 * or Daily job id input: a flow cannot aim them at any other job.
 */
function jobTarget(inputs: Record<string, unknown>): { ok: true; address: string; jobId: string; incident: string } | { ok: false; outputs: FlowOutputs } {
    const incident = text(inputs, 'incident')
    if (incident === '') {
        return { ok: false, outputs: failed('invalid_argument', 'The OpCon job action has no incident: give it the Incident whose linked job it moves (OpCon Connector > Job Links). Nothing was sent to OpCon.') }
    }
    if (sysIdOf(incident) === null) {
        return { ok: false, outputs: failed('invalid_argument', `The OpCon job action's Incident input ("${shown(incident, 40)}") is not an incident record. Nothing was sent to OpCon; give it an incident.`) }
    }
    const { link, pending } = linkInForce(incident)
    if (pending) {
        return { ok: false, outputs: failed('link_pending', `${awaitingReason(incidentNumber(incident), pending, pending.checkNote)} The flow moves no job until then.`) }
    }
    if (link === null) {
        return { ok: false, outputs: failed('not_linked', `Incident ${incidentNumber(incident)} is not linked to an OpCon job (OpCon Connector > Job Links), so the flow moves no job. Nothing was sent to OpCon; an OpCon Connector admin can link it with "Link to OpCon job".`) }
    }
    return { ok: true, address: link.address, jobId: link.dailyJobId, incident }
}

function incidentNumber(sysId: string): string {
    const incident = new GlideRecord('incident')
    return incident.get(sysId) ? String(incident.getValue('number') ?? sysId) : sysId
}

/** After a finished job action, what OpCon says the job is now ('' when the read fails: the action stands). */
function jobStatusAfter(address: string, dailyJobId: string): string {
    const read = getDailyJob(address, dailyJobId)
    return read.ok ? jobStatusOf(read.data) : ''
}

const WAIT = { waitForResult: true, maxPolls: FLOW_POLLS }

function scheduleChange(kind: 'buildSchedule' | 'addJob', inputs: Record<string, unknown>, address: string, origin: CallOrigin): FlowOutputs {
    const result = kind === 'buildSchedule'
        ? buildSchedule(address, text(inputs, 'schedule_name'), text(inputs, 'date'), WAIT, origin)
        : addJobToScheduleInDaily(address, text(inputs, 'daily_schedule_id'), text(inputs, 'job_name'), text(inputs, 'frequency'), undefined, WAIT, origin)
    return outputsOf(result, origin.auditRow ?? '')
}

function jobAction(kind: JobActionKind, inputs: Record<string, unknown>, origin: CallOrigin): FlowOutputs {
    const target = jobTarget(inputs)
    if (!target.ok) return target.outputs
    if (target.incident !== '') origin.incident = target.incident
    const result = updateJobStatusById(target.address, target.jobId, kind, text(inputs, 'reason'), WAIT, origin)
    const out = outputsOf(result, origin.auditRow ?? '')
    if (out.succeeded) out.job_status = jobStatusAfter(target.address, target.jobId)
    return out
}

function read(kind: 'getDailyJob' | 'findDailySchedule', inputs: Record<string, unknown>, address: string): FlowOutputs {
    if (kind === 'getDailyJob') {
        const result = getDailyJob(address, text(inputs, 'daily_job_id'))
        return { ...outputsOf(result, ''), job_status: result.ok ? jobStatusOf(result.data) : '' }
    }
    const name = text(inputs, 'schedule_name')
    const date = text(inputs, 'date')
    const result = getDailyScheduleByNameAndDate(address, name, date)
    const out = outputsOf(result, '')
    if (!out.succeeded) return out
    out.daily_schedule_id = dailyScheduleIdOf(result.data)
    if (out.daily_schedule_id === '') {
        return { ...out, succeeded: false, error_code: 'not_found', error_message: `OpCon has no daily schedule ${name} on ${date}: build it first ("Build schedule"), or check the name and date.` }
    }
    return out
}

const RESULT_READERS: Record<string, (address: string, id: string) => OpConResult<unknown>> = {
    job_action: getJobActionResult, schedule_build: getScheduleBuildResult, schedule_action: getScheduleActionResult,
}

/** "Wait for OpCon result": reads the result of a change an earlier action left pending, by its action row. */
function waitForResult(inputs: Record<string, unknown>): FlowOutputs {
    const rowId = text(inputs, 'action_row')
    const row = new GlideRecord('x_opcon_action')
    if (rowId === '' || sysIdOf(rowId) === null || !row.get(rowId)) {
        return failed('invalid_argument', `"Wait for OpCon result" needs the Action row output of an OpCon action; ${rowId === '' ? 'none was given' : `no OpCon Action ${shown(rowId, 40)} exists`}. Nothing was read.`)
    }
    // Only the flow's own earlier row: another user's or flow's is neither read nor completed.
    const refusal = waitRefusal({
        id: rowId,
        source: String(row.getValue('source') ?? ''),
        requestedBy: String(row.getValue('requested_by') ?? ''),
        flowName: String(row.getValue('flow_name') ?? ''),
    }, { userId: String(gs.getUserID() ?? ''), flowName: text(inputs, 'flow_name') })
    if (refusal !== null) return failed('forbidden', refusal)
    const state = String(row.getValue('state') ?? '')
    const kind = String(row.getValue('kind') ?? '')
    const base = { ...emptyOutputs(), action_row: rowId, opcon_status: Number(row.getValue('http_status') ?? 0) || 0 }
    if (state === 'succeeded') return { ...base, succeeded: true }
    if (state !== 'accepted') {
        return { ...base, error_code: state === 'refused' ? 'refused' : 'action_failed', error_message: String(row.getValue('message') ?? '') || `The OpCon action ended ${state}.` }
    }
    const reader = RESULT_READERS[kind]
    const opconId = String(row.getValue('opcon_id') ?? '')
    const address = String(row.getValue('address') ?? '')
    if (!reader || opconId === '') {
        return { ...base, error_code: 'bad_response', error_message: `OpCon Action ${rowId} has no OpCon id to read a result by; check in OpCon whether the change was made.` }
    }
    let last: OpConResult<unknown> = refused('internal_error', 'No result was read.')
    for (let i = 0; i < FLOW_POLLS; i++) {
        last = reader(address, opconId)
        const outcome = last.ok ? interpretAsyncResult(last.data) : null
        if (!last.ok || (outcome && outcome.outcome !== 'submitted')) break
    }
    if (!last.ok) return { ...outputsOf(last, rowId), pending: true, error_code: '', error_message: '' }
    const outcome = interpretAsyncResult(last.data)
    if (!outcome || outcome.outcome === 'submitted') return { ...base, opcon_status: last.status, pending: true }
    const serverName = String(row.getDisplayValue('server') ?? address)
    const final: OpConResult<unknown> = outcome.outcome === 'success' ? last : {
        ok: false, status: last.status, data: last.data,
        error: { code: 'action_failed', message: `OpCon server ${serverName} refused action ${opconId}: ${outcome.message}`, retryable: false, ambiguous: false, opconMessage: outcome.message },
    }
    // The row said accepted; now it says how it ended.
    const audit = auditOutcome(final, serverName)
    endAudit(rowId, { state: audit.state, message: audit.message, opconId, httpStatus: last.status }, kind as 'job_action')
    const out = outputsOf(final, rowId)
    const dailyJobId = String(row.getValue('daily_job_id') ?? '')
    if (out.succeeded && kind === 'job_action' && dailyJobId !== '') out.job_status = jobStatusAfter(address, dailyJobId)
    return out
}

const ACTION_NAMES: Record<string, string> = {
    getDailyJob: 'Get daily job', findDailySchedule: 'Find daily schedule by name and date', waitForResult: 'Wait for OpCon result',
}

/**
 * The reads and "Wait for OpCon result" ask for the role here; the changes ask
 * in OpConApi's own check (opcon-api.ts, with the flow as origin), which also
 * leaves the refused row.
 */
function readRefusal(kind: 'getDailyJob' | 'findDailySchedule' | 'waitForResult', inputs: Record<string, unknown>): FlowOutputs | null {
    const message = roleRefusal({
        userName: String(gs.getUserName() ?? ''), displayName: String(gs.getUserDisplayName() ?? ''), holdsRole: holdsRole(API_ROLE),
    }, text(inputs, 'flow_name'), ACTION_NAMES[kind])
    return message === null ? null : failed('forbidden', message)
}

/** What one action computes from its inputs (never throws for OpCon's or the inputs' sake). */
export function flowOutputs(kind: unknown, inputs: Record<string, unknown>): FlowOutputs {
    if (!isFlowKind(kind)) return failed('internal_error', `The OpCon action asked for "${String(kind)}", which the connector does not know; reinstall the OpCon Connector.`)
    if (kind === 'waitForResult' || kind === 'getDailyJob' || kind === 'findDailySchedule') {
        const refused = readRefusal(kind, inputs)
        if (refused !== null) return refused
    }
    if (kind === 'waitForResult') return waitForResult(inputs)
    // A flow with no name given still shows as a flow on the row.
    const origin: CallOrigin = { flowName: text(inputs, 'flow_name') || UNNAMED_FLOW }
    if (isJobActionKind(kind)) return jobAction(kind, inputs, origin)
    const server = serverAddress(text(inputs, 'server'))
    if (!server.ok) return server.outputs
    if (kind === 'getDailyJob' || kind === 'findDailySchedule') return read(kind, inputs, server.address)
    return scheduleChange(kind, inputs, server.address, origin)
}

/**
 * The script step: sets every output, then fails the step (and so the action,
 * whose step stops it on error) when the flow's author asked to stop on error.
 */
export function runFlowStep(kind: string, inputs: Record<string, unknown>, outputs: Record<string, unknown>): void {
    const out = flowOutputs(kind, inputs)
    for (const [name, value] of Object.entries(out)) outputs[name] = value
    const stop = stopReason(out, text(inputs, 'stop_on_error') === 'true')
    if (stop !== null) throw new Error(stop)
}
