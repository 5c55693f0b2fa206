// Glide shell behind "Test connection" on the OpCon server form: gathers the
// facts setup-checklist.ts judges (a few GETs to OpCon, the connector's own
// rows about this server, the instance's configuration) and shows the
// checklist as one form message. Nothing here writes a row or sends anything
// to OpCon but a read.
import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { callServer } from '../api/opcon-api.ts'
import { serverForTest, type Connection, type Lookup } from '../opcon/server-registry.ts'
import { checkBaseUrl } from '../opcon/server-check.ts'
import type { OpConResult } from '../opcon/opcon-result.ts'
import { loadSettings } from '../settings/config.ts'
import { messageText } from '../log/journal-text.ts'
import { DEFAULT_TEMPLATE_ID } from '../templates/templates.ts'
import { knownKey } from '../failures/collect-plan.ts'
import { readRun, runKey } from '../failures/failed-run.ts'
import { anyJobProbe, failedJobsProbe, ticketsProbe, versionProbe } from './setup-probes.ts'
import {
    checklistMessage, FLOW_ACTIONS, PUSH_ROLE_NAME, setupChecklist,
    type CheckItem, type HistoryEntry, type SetupFacts, type TemplateFacts,
} from './setup-checklist.ts'

/** sys_id of the scheduled job "OpCon: collect failed jobs" (fluent/failures/failures.now.ts, key job_collect_failures). */
export const COLLECTOR_JOB_ID = 'bf1d05ef2bc34830923fabc91325fd7c'

/** Job-action rows looked at, newest first, for one whose answer says something about the privilege. */
const ACTION_ROWS = 20

/**
 * The server's credential, as every call of the connector gets it. The one
 * place Test connection asks for it: through the server's Connection &
 * Credential alias (sn_cc), as server-registry.ts reads it for every call.
 */
function credentialFor(serverSysId: string): Lookup<{ connection: Connection; active: boolean; hasToken: boolean }> {
    return serverForTest(serverSysId)
}

const text = (row: GlideRecord, field: string): string => String(row.getValue(field) ?? '')
/** A boolean as a GlideRecord reads it: '1' on the platform, 'true' where a row holds its text. */
const truthy = (value: string): boolean => value === '1' || value === 'true'

function firstJobUid(result: OpConResult<unknown> | null): { uid: string; job: string } | null {
    if (!result?.ok || !Array.isArray(result.data)) return null
    for (const entry of result.data) {
        const read = readRun(entry)
        if (read.ok) return { uid: read.run.uid, job: read.run.dailyJobId }
    }
    return null
}

/** Keys of the listed runs the collector recorded for this server: one query for the whole list. */
function recordedRuns(serverSysId: string, listed: OpConResult<unknown> | null): Set<string> {
    const recorded = new Set<string>()
    if (!listed?.ok || !Array.isArray(listed.data)) return recorded
    const keys = listed.data.map((entry) => readRun(entry)).flatMap((read) => (read.ok ? [runKey(read.run)] : []))
    if (keys.length === 0) return recorded
    const rows = new GlideRecord('x_opcon_failure')
    rows.addQuery('server', serverSysId)
    rows.addQuery('run_key', 'IN', keys.join(','))
    rows.query()
    while (rows.next()) recorded.add(knownKey(text(rows, 'job_uid'), text(rows, 'run_key')))
    return recorded
}

function jobActionHistory(serverSysId: string): SetupFacts['jobActions'] {
    const rows = new GlideRecord('x_opcon_action')
    rows.addQuery('server', serverSysId)
    rows.addQuery('kind', 'job_action')
    rows.addEncodedQuery('http_statusISNOTEMPTY^http_status!=0')
    rows.orderByDesc('sys_updated_on')
    rows.setLimit(ACTION_ROWS)
    rows.query()
    const out: SetupFacts['jobActions'] = []
    while (rows.next()) {
        const incident = text(rows, 'incident') === '' ? '' : ` for ${String(rows.getDisplayValue('incident') ?? '')}`
        out.push({ at: text(rows, 'sys_updated_on'), what: `${String(rows.getDisplayValue('action') ?? '')}${incident}`, httpStatus: Number(text(rows, 'http_status')) || 0 })
    }
    return out
}

function lastFailureStep<S extends string>(serverSysId: string, field: 'ticket_state' | 'log_state', states: readonly S[]): (HistoryEntry & { state: S; calls: string }) | null {
    const row = new GlideRecord('x_opcon_failure')
    row.addQuery('server', serverSysId)
    row.addQuery(field, 'IN', states.join(','))
    row.orderByDesc('sys_updated_on')
    row.setLimit(1)
    row.query()
    if (!row.next()) return null
    return { at: text(row, 'sys_updated_on'), what: text(row, 'daily_job_id'), state: text(row, field) as S, calls: text(row, 'calls') }
}

function templateFacts(sysId: string): TemplateFacts | null {
    const row = new GlideRecord('x_opcon_template')
    if (sysId === '' || !row.get(sysId)) return null
    const shown = (field: string) => (text(row, field) === '' ? '' : String(row.getDisplayValue(field) ?? '') || text(row, field))
    return { name: text(row, 'name'), active: truthy(text(row, 'active')), caller: shown('caller'), group: shown('assignment_group') }
}

function collectorJob(): { active: boolean } | null {
    const job = new GlideRecord('sysauto_script')
    return job.get(COLLECTOR_JOB_ID) ? { active: truthy(text(job, 'active')) } : null
}

function flowActions(): SetupFacts['flowActions'] {
    const rows = new GlideRecord('sys_hub_action_type_definition')
    rows.addQuery('internal_name', 'IN', FLOW_ACTIONS.join(','))
    rows.query()
    const out: SetupFacts['flowActions'] = []
    while (rows.next()) {
        const active = text(rows, 'active')
        out.push({ internalName: text(rows, 'internal_name'), name: text(rows, 'name'), published: text(rows, 'state') === 'published' && active !== 'false' && active !== '0' })
    }
    return out
}

/** Active users who hold the push role themselves (granted, or through a group: the platform writes both as sys_user_has_role). */
function pushAccounts(): string[] {
    const role = new GlideRecord('sys_user_role')
    role.addQuery('name', PUSH_ROLE_NAME)
    role.setLimit(1)
    role.query()
    if (!role.next()) return []
    const grants = new GlideRecord('sys_user_has_role')
    grants.addQuery('role', role.getUniqueValue())
    grants.query()
    const ids = new Set<string>()
    while (grants.next()) ids.add(text(grants, 'user'))
    if (ids.size === 0) return []
    const users = new GlideRecord('sys_user')
    users.addQuery('sys_id', 'IN', [...ids].join(','))
    users.addQuery('active', true)
    users.orderBy('user_name')
    users.query()
    const names: string[] = []
    while (users.next()) names.push(text(users, 'user_name'))
    return names
}

function reportsReceived(serverSysId: string): boolean {
    const row = new GlideRecord('x_opcon_failure')
    row.addQuery('server', serverSysId)
    row.addQuery('source', 'push')
    row.setLimit(1)
    row.query()
    return row.next()
}

/** Everything the checklist judges about one server; null when there is no such server. */
export function gatherFacts(serverSysId: string): SetupFacts | null {
    const row = new GlideRecord('x_opcon_server')
    if (!row.get(serverSysId)) return null
    const found = credentialFor(serverSysId)
    // A base URL that cannot be used is never repeated (a mistyped one may hold a secret): '' stands for it.
    const url = checkBaseUrl(text(row, 'base_url'), truthy(text(row, 'allow_http')))
    const server = {
        name: text(row, 'name'), address: text(row, 'address'), baseUrl: url.ok ? url.url : '',
        midServer: found.ok ? found.value.connection.server.midServer : '', active: truthy(text(row, 'active')), collectFailures: truthy(text(row, 'collect_failures')),
    }
    const connection = found.ok ? found.value.connection : null
    const hasToken = found.ok ? found.value.hasToken : text(row, 'connection_alias') !== ''
    const now = new GlideDateTime()
    const today = now.getValue().slice(0, 10)

    const version = connection ? callServer(connection, versionProbe()) : null
    const failedJobs = connection && hasToken && version?.ok ? callServer(connection, failedJobsProbe(today)) : null
    let tickets: SetupFacts['tickets'] = null
    if (connection && server.collectFailures && failedJobs?.ok) {
        const job = firstJobUid(failedJobs) ?? firstJobUid(callServer(connection, anyJobProbe(today)))
        if (job) tickets = { job: job.job, result: callServer(connection, ticketsProbe(job.uid)) }
    }

    const template = text(row, 'incident_template')
    const ownTemplate = template === '' ? null : templateFacts(template) ?? 'missing'
    return {
        server,
        unusable: found.ok ? null : found.error,
        hasToken,
        today,
        nowMs: now.getNumericValue(),
        version,
        failedJobs,
        tickets,
        jobActions: jobActionHistory(serverSysId),
        lastTicket: lastFailureStep(serverSysId, 'ticket_state', ['written', 'failed'] as const),
        lastJobLog: lastFailureStep(serverSysId, 'log_state', ['attached', 'none', 'failed'] as const),
        collector: { enabled: loadSettings().enabled, job: collectorJob(), recorded: recordedRuns(serverSysId, failedJobs) },
        templates: { server: ownTemplate, default: templateFacts(DEFAULT_TEMPLATE_ID) },
        flowActions: flowActions(),
        push: { accounts: pushAccounts(), reportsReceived: reportsReceived(serverSysId) },
    }
}

/** The checklist for one server; null when there is no such server. */
export function testConnection(serverSysId: string): CheckItem[] | null {
    const facts = gatherFacts(serverSysId)
    return facts ? setupChecklist(facts) : null
}

/** The UI action's entry point: the checklist as one message on the form, in order. */
export function showConnectionTest(current: GlideRecord): void {
    const sysId = current.getUniqueValue()
    const items = testConnection(sysId)
    if (!items) {
        gs.addErrorMessage(messageText(`There is no OpCon server record ${sysId}.`))
        return
    }
    const message = checklistMessage(String(current.getValue('name') ?? ''), items)
    if (message.kind === 'error') gs.addErrorMessage(message.html)
    else gs.addInfoMessage(message.html)
}
