// Glide shell: what a failed run does to incidents. Opens one from the
// server's template (linked by the connector itself: the link is written
// first, so the link rules see fields that say what the link says), notes or
// reopens the incident the job is linked to, or replaces a closed one. A
// write the instance refuses (a data policy, another application's rule)
// comes back with what the instance said, and leaves the job's links as they
// were.
import { gs, GlideRecord, GlideSysAttachment } from '@servicenow/glide'
import { correlationIdFor } from '../links/job-link.ts'
import { CAPS, journalText } from '../log/journal-text.ts'
import { INCIDENT_STATE } from './failure-decision.ts'
import type { FailureSettings } from './failure-settings.ts'
import { messagesSince, refusalReason } from './failure-words.ts'

export interface LinkedIncident {
    sysId: string
    number: string
    state: string
}

/** The newest incident the job is linked to (active link), whoever linked it. */
export function linkedIncidentOf(address: string, dailyJobId: string): LinkedIncident | null {
    const link = new GlideRecord('x_opcon_binding')
    link.addQuery('address', address)
    link.addQuery('daily_job_id', dailyJobId)
    link.addQuery('active', true)
    link.orderByDesc('sys_created_on')
    link.setLimit(1)
    link.query()
    if (!link.next()) return null
    const incident = new GlideRecord('incident')
    if (!incident.get(String(link.getValue('incident') ?? ''))) return null
    return { sysId: incident.getUniqueValue(), number: String(incident.getValue('number') ?? ''), state: String(incident.getValue('state') ?? '') }
}

/** A write the instance refused, in words: which write, and what the instance said. */
export type Refused = { ok: false; why: string }

/**
 * The session's error messages ("GlideSystem - Scoped" getErrorMessages: the
 * messages added by addErrorMessage, as a refusing rule adds them): an Array,
 * or a Java list printed as "[a, b]".
 */
function sessionErrors(): string[] {
    const list: unknown = gs.getErrorMessages()
    if (Array.isArray(list)) return list.map((message) => String(message).slice(0, 1000))
    const printed = String(list ?? '').slice(0, 2000).replace(/^\[|\]$/g, '').trim()
    return printed === '' ? [] : [printed]
}

/**
 * What the instance said about a refused write of `record`: its last error
 * ("GlideRecord - Scoped" getLastErrorMessage: a data policy's words), else
 * the error messages a rule added to the session during the write (`before`:
 * the messages before it).
 */
function whyRefused(record: GlideRecord, before: readonly string[]): string {
    const last = String(record.getLastErrorMessage() ?? '').slice(0, 1000).trim()
    return refusalReason(last !== '' ? [last] : messagesSince(before, sessionErrors()))
}

/** The job's active links (the new link of a replacing incident retires them: link-rules.ts). */
function activeLinksOf(address: string, dailyJobId: string): string[] {
    const links = new GlideRecord('x_opcon_binding')
    links.addQuery('address', address)
    links.addQuery('daily_job_id', dailyJobId)
    links.addQuery('active', true)
    links.query()
    const ids: string[] = []
    while (links.next()) ids.push(links.getUniqueValue())
    return ids
}

/** Puts back links a refused replacement retired: the old incident still controls the job. */
function restoreLinks(ids: readonly string[]): void {
    for (const id of ids) {
        const link = new GlideRecord('x_opcon_binding')
        if (!link.get(id) || String(link.getValue('active')) === '1') continue
        link.setValue('active', true)
        link.setValue('replaced_on', '')
        // An undo, not a new link: the link rule that retires a job's other links must not run again
        // (it would end the other restored links of the same job, one by one).
        link.setWorkflow(false)
        link.update()
    }
}

export interface NewIncident {
    fields: Record<string, string>
    /** The job it is about: the link holds the full reference whatever the field can hold. */
    address: string
    dailyJobId: string
    jobName: string
    serverSysId: string
    correlationDisplay: string
    note: string
}

/**
 * Inserts the link (how: app) and then the incident it names. Returns the
 * incident, or why not. A refused incident insert leaves no link behind, and
 * the job's earlier links (a replaced incident's) active as they were.
 */
export function openIncident(spec: NewIncident): { ok: true; incident: LinkedIncident } | Refused {
    const sysId = String(gs.generateGUID())
    const earlier = activeLinksOf(spec.address, spec.dailyJobId)
    const link = new GlideRecord('x_opcon_binding')
    link.initialize()
    link.setValue('incident', sysId)
    link.setValue('address', spec.address)
    link.setValue('daily_job_id', spec.dailyJobId)
    link.setValue('job_name', spec.jobName)
    link.setValue('server', spec.serverSysId)
    link.setValue('how', 'app')
    link.setValue('bound_by', gs.getUserID())
    link.setValue('note', 'Opened by the connector for a failed run of this job.')
    link.setValue('active', true)
    const linkErrors = sessionErrors()
    const linkId = String(link.insert() ?? '')
    if (linkId === '') return { ok: false, why: `The instance refused to save the job link${whyRefused(link, linkErrors) || ' (the system log may say why)'}` }

    const incident = new GlideRecord('incident')
    incident.initialize()
    incident.setNewGuidValue(sysId)
    for (const [field, value] of Object.entries(spec.fields)) if (value !== '') incident.setValue(field, value)
    incident.setValue('correlation_display', spec.correlationDisplay)
    incident.setValue('correlation_id', correlationIdFor({ address: spec.address, dailyJobId: spec.dailyJobId }))
    if (spec.note !== '') incident.setValue('work_notes', journalText(spec.note, CAPS.note))
    const errors = sessionErrors()
    const inserted = String(incident.insert() ?? '')
    if (inserted === '') {
        const why = whyRefused(incident, errors)
        const orphan = new GlideRecord('x_opcon_binding')
        if (orphan.get(linkId)) orphan.deleteRecord()
        restoreLinks(earlier)
        return { ok: false, why: `The instance refused to insert the incident${why || ' (no rule said why; the system log may)'}` }
    }
    return { ok: true, incident: { sysId: inserted, number: String(incident.getValue('number') ?? ''), state: String(incident.getValue('state') ?? '') } }
}

/** A work note on the linked incident; `reopenTo` also puts a Resolved incident back to work. */
export function touchIncident(incident: LinkedIncident, note: string, reopenTo: FailureSettings['reopenState'] | null): { ok: true } | Refused {
    const record = new GlideRecord('incident')
    if (!record.get(incident.sysId)) return { ok: false, why: `Incident ${incident.number} could not be read (deleted, or the instance refused the read)` }
    if (reopenTo !== null && String(record.getValue('state')) === INCIDENT_STATE.resolved) {
        // Reopen count, Last reopened by and at are the platform's to fill ("Reopening an incident"): not counted here.
        record.setValue('state', reopenTo)
    }
    record.setValue('work_notes', journalText(note, CAPS.note))
    const errors = sessionErrors()
    if (String(record.update() ?? '') !== '') return { ok: true }
    return { ok: false, why: `The instance refused to update incident ${incident.number}${whyRefused(record, errors) || ' (no rule said why; the system log may)'}` }
}

/** A work note only (a later step's outcome: the ticket, the job log). */
export function noteOn(incidentSysId: string, note: string): void {
    const record = new GlideRecord('incident')
    if (!record.get(incidentSysId)) return
    record.setValue('work_notes', journalText(note, CAPS.note))
    record.update()
}

/** The job's output as a text file on the incident; the attachment's sys_id or ''. */
export function attachLog(incidentSysId: string, fileName: string, content: string): string {
    const record = new GlideRecord('incident')
    if (!record.get(incidentSysId)) return ''
    return String(new GlideSysAttachment().write(record, fileName, 'text/plain', content) ?? '')
}

export function incidentNumber(incidentSysId: string): string {
    const record = new GlideRecord('incident')
    return record.get(incidentSysId) ? String(record.getValue('number') ?? '') : ''
}

