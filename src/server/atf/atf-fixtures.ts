// Glide shell for the app's own ATF suite (fluent/atf/): the records a test
// sets up and what it reads back, in one place, so each test's script tells
// only its story (Fluent takes a script as one literal and cannot share text
// between them). The server is registered inactive: whatever a test asks for
// ends in a row that says why it was not sent, and nothing reaches any OpCon.
// ATF rolls back every record these create or change.
import { GlideRecord } from '@servicenow/glide'

/** An address no OpCon answers at (.invalid is reserved, RFC 2606). */
export const ATF_ADDRESS = 'atf-opcon.invalid:9010'
export const ATF_SERVER_NAME = 'ATF inactive OpCon'

/** Registers the test's OpCon server, inactive; its sys_id. */
export function registerInactiveServer(): string {
    const server = new GlideRecord('x_opcon_server')
    server.initialize()
    server.setValue('name', ATF_SERVER_NAME)
    server.setValue('address', ATF_ADDRESS)
    server.setValue('base_url', `https://${ATF_ADDRESS}`)
    server.setValue('api_token', 'atf-token-not-a-real-one-0001')
    server.setValue('active', false)
    return String(server.insert() ?? '')
}

/** An incident as the session user saves it; `job` names daily job 20250101|<job>|1|ATFJOB on the test's server, null none. */
export function newIncident(display: string, job: string | null): string {
    const incident = new GlideRecord('incident')
    incident.initialize()
    incident.setValue('short_description', 'ATF: OpCon Connector')
    incident.setValue('correlation_display', display)
    incident.setValue('correlation_id', job === null ? '' : `${ATF_ADDRESS},20250101|${job}|1|ATFJOB`)
    return String(incident.insert() ?? '')
}

/** A state change saved as the session user (the incident rules run). */
export function setState(incidentSysId: string, state: number): void {
    const incident = new GlideRecord('incident')
    incident.get(incidentSysId)
    incident.setValue('state', state)
    incident.update()
}

export interface ActionRow {
    action: string
    state: string
    message: string
}

/** The incident's OpCon Action rows, oldest first. */
export function actions(incidentSysId: string): ActionRow[] {
    const out: ActionRow[] = []
    const row = new GlideRecord('x_opcon_action')
    row.addQuery('incident', incidentSysId)
    row.orderBy('sys_created_on')
    row.query()
    while (row.next()) out.push({ action: String(row.getValue('action')), state: String(row.getValue('state')), message: String(row.getValue('message') ?? '') })
    return out
}

/** The daily job id of the incident's active link, or null. */
export function activeBinding(incidentSysId: string): string | null {
    const link = new GlideRecord('x_opcon_binding')
    link.addQuery('incident', incidentSysId)
    link.addQuery('active', true)
    link.query()
    return link.next() ? String(link.getValue('daily_job_id')) : null
}
