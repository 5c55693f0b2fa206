// Glide shell for job links (x_opcon_binding): which OpCon job an incident
// controls, who linked it, when and how. A row is never edited into another
// job: a new link deactivates the old one, so the table is its own history.
import { gs, GlideRecord } from '@servicenow/glide'
import type { LinkedJob, LinkSource } from './job-link.ts'
import { findServer } from '../opcon/server-registry.ts'

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
    if (roles.includes('x_opcon.integration')) return 'integration'
    if (roles.includes('x_opcon.admin')) return 'admin'
    return null
}

export function activeLink(incidentSysId: string): JobLink | null {
    const row = new GlideRecord('x_opcon_binding')
    row.addQuery('incident', incidentSysId)
    row.addQuery('active', true)
    row.orderByDesc('sys_created_on')
    row.setLimit(1)
    row.query()
    if (!row.next()) return null
    return {
        sysId: row.getUniqueValue(),
        address: String(row.getValue('address') ?? ''),
        dailyJobId: String(row.getValue('daily_job_id') ?? ''),
        jobName: String(row.getValue('job_name') ?? ''),
        how: String(row.getValue('how') ?? ''),
    }
}

/**
 * Links the incident to a job, replacing its active link. Returns the new
 * link's sys_id, or '' when the insert was refused (the old link then stays).
 */
export function linkIncident(incidentSysId: string, job: { address: string; dailyJobId: string; jobName: string }, how: LinkSource, note: string): string {
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
    row.setValue('active', true)
    // The table's after rule (link-rules.ts retireOlderLinks) deactivates the incident's older link.
    return String(row.insert() ?? '')
}
