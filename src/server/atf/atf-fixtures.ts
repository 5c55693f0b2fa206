// Glide shell for the app's own ATF suite (fluent/atf/): the records a test
// sets up and what it reads back, in one place, so each test's script tells
// only its story (Fluent takes a script as one literal and cannot share text
// between them). The server is registered inactive: whatever a test asks for
// ends in a row that says why it was not sent, and nothing reaches any OpCon.
// ATF rolls back every record these create or change only after the test, and
// real incidents are worked meanwhile: nothing here writes a property, the
// connector's settings are read as the admin left them.
import { gs, GlideRecord } from '@servicenow/glide'

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

function property(name: string): string {
    return String(gs.getProperty(name, '') ?? '').trim()
}

/** glide.installation.production is true: the suite refuses to run (README, "Prove it on your instance"). */
export function markedProduction(): boolean {
    return property('glide.installation.production').toLowerCase() === 'true'
}

/** x_opcon.enabled as set: off only when it says false (or 0/no, as the properties page allows); unset is on. */
export function connectorEnabled(): boolean {
    const value = property('x_opcon.enabled').toLowerCase()
    return !(value === 'false' || value === '0' || value === 'no')
}

/** The job action x_opcon.resolve_action names for Resolved: restart, else markFixed (its default). */
export function resolveAction(): string {
    return property('x_opcon.resolve_action') === 'restart' ? 'restart' : 'markFixed'
}

/** The correlation display that marks an OpCon incident (x_opcon.correlation_display, default SMA_OPCON). */
export function opconDisplay(): string {
    return property('x_opcon.correlation_display') || 'SMA_OPCON'
}

/** The incident's OpCon Action names, oldest first, comma-separated. */
export function actionNames(incidentSysId: string): string {
    return actions(incidentSysId).map((row) => row.action).join(',')
}

export interface NotSent {
    /** The state a request for a linked job on the test's inactive server ends in. */
    state: 'rejected' | 'skipped'
    /** Words its message holds. */
    words: string
    /** Why, for an assertion's name. */
    why: string
}

/**
 * What happens to a linked incident's request on this instance: with the connector on, it is handled and
 * rejected because the test's server is inactive; switched off (x_opcon.enabled false), it is recorded as
 * skipped and names the switch. Never sent either way.
 */
export function notSentOutcome(): NotSent {
    return connectorEnabled()
        ? { state: 'rejected', words: ATF_SERVER_NAME, why: `x_opcon.enabled is true and the server ${ATF_SERVER_NAME} is inactive` }
        : { state: 'skipped', words: 'x_opcon.enabled is false', why: 'x_opcon.enabled is false' }
}

export interface FlowActionState {
    /** The action's name in Flow Designer. */
    name: string
    /** How a script names it: x_opcon.<internal name>. */
    id: string
    /** Its state (draft, published...), "inactive", or "not found" (not installed, or unreadable from x_opcon). */
    state: string
}

/**
 * The app's Flow actions among `internalNames` that a script cannot run yet: a script runs published,
 * active actions only (the SDK builds drafts; "by default, the system only runs published actions", docs,
 * "Create an action in Workflow Studio"). `now-sdk install` publishes them; other installs do not.
 */
export function unpublishedFlowActions(internalNames: string[]): FlowActionState[] {
    const out: FlowActionState[] = []
    for (const internalName of internalNames) {
        const row = new GlideRecord('sys_hub_action_type_definition')
        row.addQuery('internal_name', internalName)
        row.setLimit(1)
        row.query()
        const id = `x_opcon.${internalName}`
        if (!row.next()) {
            out.push({ name: internalName, id, state: 'not found' })
            continue
        }
        const state = String(row.getValue('state') ?? '')
        const active = String(row.getValue('active') ?? '')
        const usable = state === 'published' && active !== '0' && active !== 'false'
        if (!usable) out.push({ name: String(row.getValue('name') ?? internalName), id, state: state === 'published' ? 'inactive' : state })
    }
    return out
}
