// Glide shell for job links (x_opcon_binding): which OpCon job an incident
// controls, who linked it, when and how. A row is never edited into another
// job: a new link deactivates the old one, so the table is its own history.
// A link of the OpCon integration account is written inactive and pending; it
// becomes active only when OpCon confirms the job failed (link-confirm.ts).
import { gs, GlideRecord } from '@servicenow/glide'
import { holdsJob, type JobHolder, type LinkedJob, type LinkSource } from './job-link.ts'
import { findServer } from '../opcon/server-registry.ts'
import { inSeconds } from '../clock/glide-clock.ts'


export interface JobLink extends LinkedJob {
    sysId: string
    jobName: string
    how: string
}

/** The roles the session user holds themselves (granted, inherited, from groups): not the ones admin only passes implicitly. */
function heldRoles(): string[] {
    // Scoped GlideUser.getRoles() ("GlideUser - Scoped"): an array, or a Java list printed as "[a, b]".
    const roles: unknown = gs.getUser().getRoles()
    if (Array.isArray(roles)) return roles.map(String)
    return String(roles ?? '').replace(/^\[|\]$/g, '').split(',').map((role) => role.trim()).filter(Boolean)
}

/** Whether the session user holds a role themselves (not through admin's implicit pass). */
export function holdsRole(role: string): boolean {
    return heldRoles().includes(role)
}

/** Whether the session user may link incidents to OpCon jobs through the correlation fields, and as what. */
export function linkTrust(): LinkSource | null {
    const roles = heldRoles()
    // An OpCon Connector admin is trusted as one, whatever else they hold; the integration account's links await OpCon.
    if (roles.includes('x_opcon.admin')) return 'admin'
    if (roles.includes('x_opcon.integration')) return 'integration'
    return null
}

type LinkRow = JobLink & { checkNote: string }

function linkFrom(row: GlideRecord): LinkRow {
    return {
        sysId: row.getUniqueValue(),
        address: String(row.getValue('address') ?? ''),
        dailyJobId: String(row.getValue('daily_job_id') ?? ''),
        jobName: String(row.getValue('job_name') ?? ''),
        how: String(row.getValue('how') ?? ''),
        checkNote: String(row.getValue('check_note') ?? ''),
    }
}

/**
 * The incident's newest active link and its newest link awaiting OpCon, read
 * in one query: the link rules ask for both on every correlation edit, the
 * connector's own incidents included.
 */
export function incidentLinks(incidentSysId: string): { active: LinkRow | null; pending: LinkRow | null } {
    const row = new GlideRecord('x_opcon_binding')
    row.addQuery('incident', incidentSysId)
    row.addQuery('active', true).addOrCondition('state', 'pending')
    row.orderByDesc('sys_created_on')
    row.query()
    let active: LinkRow | null = null
    let pending: LinkRow | null = null
    while ((active === null || pending === null) && row.next()) {
        if (active === null && String(row.getValue('active')) === '1') active = linkFrom(row)
        if (pending === null && String(row.getValue('state') ?? '') === 'pending') pending = linkFrom(row)
    }
    return { active, pending }
}

/** An incident's links as they govern its job: none is in force while a newer one awaits OpCon's confirmation. */
export interface LinksInForce {
    /** The link whose job the rules, the dialog and flows may move; null while `pending` is set. */
    link: JobLink | null
    /** A link that awaits OpCon's confirmation: it moves nothing, nor does the older link it is to replace. */
    pending: LinkRow | null
}

/** The one rule every path that moves a job reads (rules, dialog, Flow actions): see LinksInForce. */
export function linkInForce(incidentSysId: string): LinksInForce {
    const { active, pending } = incidentLinks(incidentSysId)
    return { link: pending ? null : active, pending }
}

export function activeLink(incidentSysId: string): JobLink | null {
    return incidentLinks(incidentSysId).active
}

/** Why the incident's newest link was refused ('' when it was not): what OpCon said. */
export function refusedLinkNote(incidentSysId: string): string {
    const row = new GlideRecord('x_opcon_binding')
    row.addQuery('incident', incidentSysId)
    row.orderByDesc('sys_created_on')
    row.setLimit(1)
    row.query()
    if (!row.next() || String(row.getValue('state') ?? '') !== 'refused') return ''
    return String(row.getValue('check_note') ?? '')
}

/** The active link of an incident other than `exceptIncident` to the job, with that incident's number and state. */
export function jobHolder(job: LinkedJob, exceptIncident: string): JobHolder | null {
    const row = new GlideRecord('x_opcon_binding')
    row.addQuery('address', job.address)
    row.addQuery('daily_job_id', job.dailyJobId)
    row.addQuery('active', true)
    if (exceptIncident !== '') row.addQuery('incident', '!=', exceptIncident)
    row.orderByDesc('sys_created_on')
    row.query()
    let first: JobHolder | null = null
    while (row.next()) {
        const holder = holderFrom(row)
        // A held link wins over an unprotected one, whichever is newer.
        if (holdsJob(holder)) return holder
        first = first ?? holder
    }
    return first
}

/** A link row as the holder of its job: who linked it, and its incident's number and state. */
export function holderFrom(row: GlideRecord): JobHolder {
    const incidentSysId = String(row.getValue('incident') ?? '')
    const incident = new GlideRecord('incident')
    const found = incidentSysId !== '' && incident.get(incidentSysId)
    return {
        address: String(row.getValue('address') ?? ''),
        dailyJobId: String(row.getValue('daily_job_id') ?? ''),
        incidentSysId,
        incidentNumber: found ? String(incident.getValue('number') ?? '') : '',
        how: String(row.getValue('how') ?? ''),
        incidentState: found ? String(incident.getValue('state') ?? '') : '',
    }
}

/** Seconds after which a pending link's check is picked up by the scheduled job, should its event be lost. */
const CHECK_SAFETY_SECONDS = 300

/**
 * Links the incident to a job, replacing its active link. Returns the new
 * link's sys_id, or '' when the insert was refused (the old link then stays).
 * `pending`: the link is written inactive, awaiting OpCon's confirmation.
 */
export function linkIncident(incidentSysId: string, job: { address: string; dailyJobId: string; jobName: string }, how: LinkSource, note: string, pending = false): string {
    const row = new GlideRecord('x_opcon_binding')
    row.initialize()
    row.setValue('incident', incidentSysId)
    row.setValue('address', job.address)
    row.setValue('daily_job_id', job.dailyJobId)
    row.setValue('job_name', job.jobName)
    const server = findServer(job.address)
    if (server.ok) row.setValue('server', server.server.sysId)
    row.setValue('how', how)
    row.setValue('bound_by', gs.getUserID())
    row.setValue('note', note)
    row.setValue('active', !pending)
    row.setValue('state', pending ? 'pending' : 'confirmed')
    if (pending) {
        row.setValue('attempts', '0')
        row.setValue('next_check', inSeconds(CHECK_SAFETY_SECONDS))
    }
    // The table's after rule (link-rules.ts retireOlderLinks) deactivates the incident's older link.
    const sysId = String(row.insert() ?? '')
    // One link awaits OpCon per incident: the newest edit is the one asked about.
    if (pending && sysId !== '') {
        const older = new GlideRecord('x_opcon_binding')
        older.addQuery('incident', incidentSysId)
        older.addQuery('state', 'pending')
        older.addQuery('sys_id', '!=', sysId)
        older.setValue('state', 'refused')
        older.setValue('check_note', `Replaced before OpCon confirmed it: a later edit named OpCon job ${job.dailyJobId.slice(0, 300)} on ${job.address}.`.slice(0, 1000))
        older.setValue('next_check', '')
        older.updateMultiple()
    }
    return sysId
}
