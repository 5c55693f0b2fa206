// Glide shell: records a requested job action in x_opcon_action and hands it
// to asynchronous delivery (event x_opcon.action.queued). Saving an incident
// never waits for OpCon.
import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { loadSettings } from '../settings/config.ts'
import type { Settings } from '../settings/settings.ts'
import { isJobAction, type JobActionName } from '../opcon/job-status.ts'
import { SUPERSEDABLE } from './delivery-plan.ts'
import { awaitingReason, CORRELATION_ID_MAX, notLinkedReason } from '../links/job-link.ts'
import { linkInForce, refusedLinkNote, type LinksInForce } from '../links/job-links.ts'
import { log } from '../log/log.ts'
import { findServer } from '../opcon/server-registry.ts'
import { actionReason } from './state-actions.ts'

export const QUEUED_EVENT = 'x_opcon.action.queued'
/** The connector's own event queue (fluent/delivery/delivery.now.ts); named here as well as in the registration. */
export const DELIVERY_QUEUE = 'x_opcon.delivery'

export type QueueSource = 'rule' | 'dialog' | 'api'

export type QueueResult =
    | { ok: true; actionSysId: string; state: 'queued' }
    | { ok: false; actionSysId: string | null; state: 'rejected' | 'skipped' | null; error: { code: string; message: string } }

export interface QueueRequest {
    incident: GlideRecord
    action: JobActionName
    source: QueueSource
    /** A person's own words, added to the reason OpCon records. */
    note?: string
    /** The settings the caller already read (a business rule has), so a save reads them once. */
    settings?: Settings
    /** The incident's link, when the caller has looked it up already (null: it has none). */
    /** The incident's links as its caller read them (linkInForce); read here when not given. */
    links?: LinksInForce
}

function now(): string {
    return new GlideDateTime().getValue()
}

function insertRow(values: Record<string, string>): string {
    const row = new GlideRecord('x_opcon_action')
    row.initialize()
    for (const [field, value] of Object.entries(values)) row.setValue(field, value)
    return String(row.insert() ?? '')
}

/**
 * Older actions of the incident that were never sent give way to this one:
 * one conditional update (the platform's UPDATE ... WHERE), so a row another
 * worker has claimed meanwhile (no longer queued) is never overwritten.
 */
function supersedeOlder(incidentSysId: string, newer: { sysId: string; action: JobActionName }): void {
    for (const condition of SUPERSEDABLE) {
        const older = new GlideRecord('x_opcon_action')
        older.addQuery('incident', incidentSysId)
        older.addQuery('sys_id', '!=', newer.sysId)
        older.addEncodedQuery(condition)
        older.setValue('state', 'superseded')
        older.setValue('message', `Not sent: superseded by the later ${newer.action} request for this incident before OpCon could be reached.`)
        older.setValue('completed_on', now())
        older.setValue('noted', '1')
        older.updateMultiple()
    }
}

export function queueAction(request: QueueRequest): QueueResult {
    const incident = request.incident
    const incidentSysId = incident.getUniqueValue()
    const number = String(incident.getValue('number') ?? incidentSysId)
    if (!isJobAction(request.action)) {
        return { ok: false, actionSysId: null, state: null, error: { code: 'invalid_argument', message: `"${String(request.action)}" is not an action the connector sends (markUnderReview, markFixed, restart, cancel, hold, release).` } }
    }
    const settings = request.settings ?? loadSettings()
    if (!settings.enabled && request.source !== 'rule') {
        return { ok: false, actionSysId: null, state: null, error: { code: 'disabled', message: `The OpCon Connector is switched off (property x_opcon.enabled is false), so nothing was queued for ${number}. An OpCon Connector admin can switch it on under OpCon Connector > Properties, or act on the job in OpCon.` } }
    }
    const base: Record<string, string> = {
        incident: incidentSysId,
        action: request.action,
        source: request.source,
        requested_by: gs.getUserID(),
        reason: actionReason({ number, action: request.action, userName: gs.getUserDisplayName(), source: request.source, note: request.note }),
    }
    const notRecorded = (state: string): QueueResult => {
        const message = `${number}: the ${request.action} request (${state}) could not be recorded: the instance refused the insert into x_opcon_action ` +
            '(a business rule or ACL on that table; the system log says which). Nothing was sent and older requests are unchanged. Act on the job in OpCon or from the OpCon Job button.'
        log.error(message)
        return { ok: false, actionSysId: null, state: null, error: { code: 'not_recorded', message } }
    }
    /** A final row that says why nothing was sent; its work note is written by the asynchronous handler, outside this save. */
    const record = (state: 'rejected' | 'skipped', code: string, message: string, extra: Record<string, string> = {}): QueueResult => {
        const sysId = insertRow({ ...base, ...extra, state, message, completed_on: now() })
        if (sysId === '') return notRecorded(state)
        log.warn(`${number}: ${request.action} not sent. ${message}`)
        gs.eventQueue(QUEUED_EVENT, lookup(sysId), sysId, incidentSysId, DELIVERY_QUEUE)
        return { ok: false, actionSysId: sysId, state, error: { code, message } }
    }
    const reject = (code: string, message: string, extra: Record<string, string> = {}): QueueResult => record('rejected', code, message, extra)

    // The job comes from the incident's link in force, never from its correlation fields as they are now.
    const { link, pending } = request.links ?? linkInForce(incidentSysId)
    if (!link && !pending) {
        return reject('not_linked', notLinkedReason(number, {
            saysOpCon: String(incident.getValue('correlation_display') ?? '').trim() === settings.correlationDisplay,
            correlationId: String(incident.getValue('correlation_id') ?? ''),
            correlationIdMaxLength: CORRELATION_ID_MAX,
            refusedLink: refusedLinkNote(incidentSysId),
        }))
    }
    const jobFields: Record<string, string> = link ? { address: link.address, daily_job_id: link.dailyJobId, job_name: link.jobName } : {}
    if (!settings.enabled) {
        // A state change while the connector is off is recorded, never sent later: replayed days
        // after, it could restart a job nobody expects to run.
        return record('skipped', 'disabled', `Not sent: the OpCon Connector was switched off (x_opcon.enabled is false) when ${number} changed state. ` +
            'Switching it on again does not send this request: act on the job in OpCon, or from the OpCon Job button once the connector is on.', jobFields)
    }
    if (!link) return reject('link_pending', awaitingReason(number, pending!, pending!.checkNote))
    const server = findServer(link.address)
    if (!server.ok) return reject(server.error.code, server.error.message, jobFields)

    const sysId = insertRow({ ...base, ...jobFields, server: server.server.sysId, state: 'queued', attempts: '0', polls: '0' })
    if (sysId === '') return notRecorded('queued')
    supersedeOlder(incidentSysId, { sysId, action: request.action })
    gs.eventQueue(QUEUED_EVENT, lookup(sysId), sysId, incidentSysId, DELIVERY_QUEUE)
    log.info(`${number}: ${request.action} for OpCon job ${link.jobName} on ${server.server.name} queued.`)
    return { ok: true, actionSysId: sysId, state: 'queued' }
}

function lookup(sysId: string): GlideRecord {
    const row = new GlideRecord('x_opcon_action')
    row.get(sysId)
    return row
}
