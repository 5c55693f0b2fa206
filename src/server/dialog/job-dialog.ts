// Glide shell behind the OpCon Job dialog (called by the OpConJobAjax bridge,
// which has already checked x_opcon.user and the sys_id's form). It reads the
// incident as the user (GlideRecordSecure), asks OpCon for the live job, and
// queues actions through the same audited delivery as the business rules.
// Every answer is plain data from job-view.ts; nothing here throws to the
// browser and no token or URL leaves this module.
import { GlideRecord, GlideRecordSecure } from '@servicenow/glide'
import { queueAction } from '../sync/action-queue.ts'
import { loadSettings } from '../settings/config.ts'
import { parseCorrelationId, type JobReference } from '../opcon/correlation.ts'
import { allowedActions, isJobAction, JOB_ACTIONS } from '../opcon/job-status.ts'
import {
    buildJobView, dialogError, historyEntry, outcomeOf, readDailyJob,
    type ActionOutcome, type DialogAnswer, type DialogError, type HistoryEntry, type JobView,
} from './job-view.ts'
import { awaitingReason, CORRELATION_ID_MAX, notLinkedReason } from '../links/job-link.ts'
import { linkInForce, type JobLink } from '../links/job-links.ts'
import { getDailyJob } from '../api/opcon-api.ts'
import { findServer, type ServerInfo } from '../opcon/server-registry.ts'

const SYS_ID = /^[0-9a-f]{32}$/

interface OpenIncident {
    record: GlideRecord
    number: string
    reference: JobReference
    server: ServerInfo
    link: JobLink
}

function refuse(error: DialogError): { ok: false; error: DialogError } {
    return { ok: false, error: error }
}

/** The incident as the user may read it, checked to be an OpCon incident on a registered server. */
function openIncident(incidentSysId: string): { ok: true; incident: OpenIncident } | { ok: false; error: DialogError } {
    if (typeof incidentSysId !== 'string' || !SYS_ID.test(incidentSysId)) {
        return refuse(dialogError('invalid_incident', 'The OpCon Job dialog needs the sys_id of an incident (32 hexadecimal characters).', { incident: '' }))
    }
    const record = new GlideRecordSecure('incident')
    if (!record.get(incidentSysId)) {
        return refuse(dialogError('incident_not_found', `There is no incident ${incidentSysId} that you may read.`, { incident: incidentSysId }))
    }
    const number = String(record.getValue('number') ?? incidentSysId)
    // The job is the incident's link, never its correlation fields as they are now.
    const { link, pending } = linkInForce(incidentSysId)
    if (pending) return refuse(dialogError('link_pending', awaitingReason(number, pending, pending.checkNote), { incident: number }))
    if (!link) {
        const saysOpCon = String(record.getValue('correlation_display') ?? '').trim() === loadSettings().correlationDisplay
        const reason = notLinkedReason(number, { saysOpCon, correlationId: String(record.getValue('correlation_id') ?? ''), correlationIdMaxLength: CORRELATION_ID_MAX })
        return refuse(dialogError(saysOpCon ? 'not_linked' : 'not_opcon', reason, { incident: number }))
    }
    const parsed = parseCorrelationId(`${link.address},${link.dailyJobId}`)
    if (!parsed.ok) {
        return refuse(dialogError('bad_correlation', `${number}: its OpCon link cannot be used: ${parsed.error.message}.`, { incident: number }))
    }
    const reference = parsed.value
    const found = findServer(reference.address)
    if (!found.ok) {
        return refuse(dialogError(found.error.code, `${number}: ${found.error.message}`, { incident: number, address: reference.address, dailyJobId: reference.dailyJobId }))
    }
    return { ok: true, incident: { record: record, number: number, reference: reference, server: found.server, link: link } }
}

const HISTORY_LIMIT = 50

/**
 * The incident's newest actions, newest first, at most HISTORY_LIMIT: the limit is in the
 * query, so an incident with thousands of rows costs one bounded read (exported for the
 * benchmark). Plain GlideRecord, so no per-row ACL script: openIncident() has already read
 * the incident as the user, and every row is that incident's. Rows created in the same
 * second have no order the platform documents; each such run is reversed, which gives them
 * as the earlier oldest-first read did (newest first where ties come in insertion order).
 */
export function readHistory(incidentSysId: string): HistoryEntry[] {
    const rows = new GlideRecord('x_opcon_action')
    rows.addQuery('incident', incidentSysId)
    rows.orderByDesc('sys_created_on')
    rows.setLimit(HISTORY_LIMIT)
    rows.query()
    const entries: HistoryEntry[] = []
    while (rows.next()) entries.push(entryOf(rows))
    const out: HistoryEntry[] = []
    for (let start = 0; start < entries.length;) {
        let end = start + 1
        while (end < entries.length && entries[end].createdOn === entries[start].createdOn) end += 1
        out.push(...entries.slice(start, end).reverse())
        start = end
    }
    return out
}

function entryOf(row: GlideRecord): HistoryEntry {
    return historyEntry({
        sys_id: row.getUniqueValue(),
        action: row.getValue('action'),
        state: row.getValue('state'),
        message: row.getValue('message'),
        source: row.getValue('source'),
        state_label: row.getDisplayValue('state'),
        source_label: row.getDisplayValue('source'),
        sys_created_on: row.getValue('sys_created_on'),
    }, row.getValue('requested_by') ? row.getDisplayValue('requested_by') : '')
}

/** The live job behind an incident, the actions OpCon allows from its status, and the incident's action history. */
export function getJobView(incidentSysId: string): DialogAnswer<{ view: JobView }> {
    const opened = openIncident(incidentSysId)
    if (!opened.ok) return opened
    const { number, reference, server } = opened.incident
    const context = { incident: number, address: server.address, server: server.name, dailyJobId: reference.dailyJobId }
    const answer = getDailyJob(reference.address, reference.dailyJobId)
    if (!answer.ok) {
        const error = answer.error
        const code = error ? error.code : 'bad_response'
        const message = error ? error.message : `OpCon server ${server.name} (${server.address}) gave no answer for job ${reference.dailyJobId}.`
        return refuse(dialogError(code, `${number}: ${message}`, context))
    }
    const read = readDailyJob(answer.data, reference.jobName, reference.scheduleDate)
    if (!read.ok) {
        return refuse(dialogError('bad_response', `${number}: OpCon server ${server.name} (${server.address}) answered for job ${reference.dailyJobId}, but ${read.problem}.`, context))
    }
    const view = buildJobView({
        incident: { sysId: incidentSysId, number: number },
        server: { name: server.name, address: server.address },
        dailyJobId: reference.dailyJobId,
        job: read.job,
        allowed: allowedActions(read.job.status.description, read.job.status.category),
        history: readHistory(incidentSysId),
    })
    return { ok: true, view: view }
}

/**
 * Queues one of the dialog's six actions for the incident's job. The job's
 * status is not checked here: the dialog offers only what OpCon allowed a
 * moment ago, and if the job moved on since, OpCon's refusal is recorded on
 * the action and shown with its own words.
 */
export function requestJobAction(incidentSysId: string, action: string, reason: string): DialogAnswer<{ outcome: ActionOutcome }> {
    if (!isJobAction(action)) {
        return refuse(dialogError('invalid_action', `"${String(action).slice(0, 40)}" is not an action the OpCon Job dialog sends (it sends ${JOB_ACTIONS.join(', ')}).`, { incident: incidentSysId }))
    }
    const opened = openIncident(incidentSysId)
    if (!opened.ok) return opened
    const { record, number, reference, server, link } = opened.incident
    const note = String(reason ?? '').trim().slice(0, 1000)
    // The reason OpCon records names the incident and the person; the note is their own words.
    const queued = queueAction({ incident: record, action: action, source: 'dialog', note: note !== '' ? note : undefined, links: { link, pending: null } })
    if (!queued.ok) {
        return refuse(dialogError(queued.error.code, `${number}: ${queued.error.message}`, { incident: number, address: server.address, server: server.name, dailyJobId: reference.dailyJobId }))
    }
    return getActionOutcome(incidentSysId, queued.actionSysId)
}

/** Where an action requested for this incident is now (read from the action table, never from the browser's word). */
export function getActionOutcome(incidentSysId: string, actionSysId: string): DialogAnswer<{ outcome: ActionOutcome }> {
    if (typeof incidentSysId !== 'string' || !SYS_ID.test(incidentSysId) || typeof actionSysId !== 'string' || !SYS_ID.test(actionSysId)) {
        return refuse(dialogError('invalid_argument', 'The dialog asked for an action outcome without a valid incident and action sys_id.', { incident: String(incidentSysId) }))
    }
    const incident = new GlideRecordSecure('incident')
    if (!incident.get(incidentSysId)) {
        return refuse(dialogError('incident_not_found', `There is no incident ${incidentSysId} that you may read.`, { incident: incidentSysId }))
    }
    const row = new GlideRecord('x_opcon_action')
    if (!row.get(actionSysId) || row.getValue('incident') !== incidentSysId) {
        return refuse(dialogError('action_not_found', `There is no OpCon action ${actionSysId} for incident ${incidentSysId}.`, { incident: incidentSysId }))
    }
    const jobName = String(row.getValue('job_name') ?? '') || 'the job'
    return { ok: true, outcome: outcomeOf(entryOf(row), jobName) }
}
