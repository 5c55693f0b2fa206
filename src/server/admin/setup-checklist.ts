// "Test connection" as a checklist: what the facts about one OpCon server say
// about the whole setup, item by item, each with a ✓ or ✗ and the fix in
// words. Pure: connection-test.ts gathers the facts (OpCon's answers to a few
// reads, the connector's own rows, the instance's configuration). Every item
// is decided; one that cannot be decided says why ("not checked: ..."), and an
// item is only left unchecked when what it needs could not be had.
import type { OpConResult } from '../opcon/opcon-result.ts'
import { CAPS, capped, messageText, singleLine } from '../log/journal-text.ts'
import { isFailedCategory, readRun, runKey } from '../failures/failed-run.ts'
import { knownKey } from '../failures/collect-plan.ts'

export type CheckId =
    | 'server' | 'reachable' | 'token' | 'daily_jobs' | 'job_actions' | 'tickets' | 'job_output'
    | 'collector' | 'templates' | 'flow_actions' | 'push_account'

/** ok ✓, fail ✗, skip –: not checked or not used, and why. */
export type CheckStatus = 'ok' | 'fail' | 'skip'

export interface CheckItem {
    id: CheckId
    title: string
    status: CheckStatus
    /** What was found, in words. */
    words: string
    /** What to do about it ('' when nothing is to be done). */
    fix: string
}

export const TITLES: Record<CheckId, string> = {
    server: 'Server active',
    reachable: 'OpCon reachable',
    token: 'API token accepted',
    daily_jobs: 'Reading daily jobs',
    job_actions: 'Job actions',
    tickets: 'Incident tickets in OpCon',
    job_output: 'Job output (job log)',
    collector: 'Collector',
    templates: 'Incident templates',
    flow_actions: 'Flow actions published',
    push_account: 'Push account',
}

/** The internal names of the app's Flow Designer actions (fluent/flow-actions/opcon-actions.now.ts). */
export const FLOW_ACTIONS = [
    'opcon_mark_job_under_review', 'opcon_mark_job_fixed', 'opcon_restart_job', 'opcon_cancel_job', 'opcon_hold_job', 'opcon_release_job',
    'opcon_get_daily_job', 'opcon_find_daily_schedule', 'opcon_build_schedule', 'opcon_add_job_to_daily_schedule', 'opcon_wait_for_result',
] as const

export const PUSH_ROLE_NAME = 'x_opcon.failure_reporter'
export const COLLECTOR_NAME = 'OpCon: collect failed jobs'
/** A failed run OpCon lists this long after it ended, and the collector has not recorded, shows the collector is not running. */
export const UNRECORDED_AFTER_MS = 5 * 60_000

export interface TemplateFacts {
    name: string
    active: boolean
    /** Display values; '' when not set. */
    caller: string
    group: string
}

export interface HistoryEntry {
    /** When, as the row stores it (UTC). */
    at: string
    /** The daily job, or the action and incident, in words. */
    what: string
}

export interface SetupFacts {
    /** baseUrl: '' when it cannot be used (it is then never repeated: a mistyped one may hold a secret). */
    server: { name: string; address: string; baseUrl: string; midServer: string; active: boolean; collectFailures: boolean }
    /** Why no call may be made with this server's credential (a base URL that cannot be used, a token that cannot be sent); null: calls may go. */
    unusable: { code: string; message: string } | null
    hasToken: boolean
    /** The schedule date the reads asked for (yyyy-MM-dd). */
    today: string
    nowMs: number
    /** null: not asked (see unusable, or an earlier answer that made it pointless). */
    version: OpConResult<unknown> | null
    /** GET /api/dailyjobs: today's Failed jobs, a few (the collector's own call). */
    failedJobs: OpConResult<unknown> | null
    /** GET /api/incidentTickets of one listed job, read only. */
    tickets: { job: string; result: OpConResult<unknown> } | null
    /** The newest job-action rows of this server that got an HTTP answer, newest first. */
    jobActions: Array<HistoryEntry & { httpStatus: number }>
    /** The newest failure of this server whose ticket was written or given up. */
    lastTicket: (HistoryEntry & { state: 'written' | 'failed'; calls: string }) | null
    /** The newest failure of this server whose job log was fetched, found empty or given up. */
    lastJobLog: (HistoryEntry & { state: 'attached' | 'none' | 'failed'; calls: string }) | null
    collector: {
        enabled: boolean
        /** The scheduled job: null when it is not on the instance. */
        job: { active: boolean } | null
        /** Keys (knownKey) of the listed runs the collector has recorded for this server. */
        recorded: ReadonlySet<string>
    }
    templates: {
        /** The template named on the server form: null when none is named, 'missing' when it names a deleted one. */
        server: TemplateFacts | 'missing' | null
        /** The shipped Default: null when it was deleted. */
        default: TemplateFacts | null
    }
    /** The app's Flow actions found on the instance. */
    flowActions: Array<{ internalName: string; name: string; published: boolean }>
    push: { accounts: string[]; reportsReceived: boolean }
}

// ---------- small words ----------

function short(value: string, cap: number = CAPS.name): string {
    return capped(singleLine(value), cap)
}

function item(id: CheckId, status: CheckStatus, words: string, fix = ''): CheckItem {
    return { id, title: TITLES[id], status, words, fix }
}

const notChecked = (id: CheckId, why: string): CheckItem => item(id, 'skip', `Not checked: ${why}`)

function route(server: SetupFacts['server']): string {
    return server.midServer === '' ? 'directly from the instance' : `through MID server ${short(server.midServer)}`
}

/**
 * The platform's own text inside an OpCon error ("... while trying to read the API version
 * (java.net.ConnectException: Connection refused). Check ..."): what an admin hands on to whoever
 * runs the network. '' when the message has none.
 */
export function detailOf(message: string): string {
    const start = message.indexOf(' while trying to ')
    if (start < 0) return ''
    const open = message.indexOf(' (', start)
    if (open < 0) return ''
    const close = message.indexOf('). ', open)
    return close < 0 ? '' : message.slice(open + 2, close)
}

function transportText(result: OpConResult<unknown>): string {
    const detail = detailOf(result.error?.message ?? '')
    return detail === '' ? '' : ` (${short(detail, CAPS.opconMessage)})`
}

function opconSaid(result: OpConResult<unknown>): string {
    const said = result.error?.opconMessage ?? ''
    return said === '' ? '' : ` OpCon said: "${short(said, CAPS.opconMessage)}".`
}

// ---------- reachable ----------

/** Why OpCon was not reached, as the kind of failure an admin fixes: certificate, proxy, MID server, refused, timeout. */
export function unreached(result: OpConResult<unknown>, server: SetupFacts['server']): { words: string; fix: string } {
    const error = result.error
    const message = (error?.message ?? '').toLowerCase()
    const text = transportText(result)
    const via = route(server)
    const mid = server.midServer !== ''
    const from = mid ? `the MID server ${short(server.midServer)}` : 'the instance'
    if (result.status === 0) {
        switch (error?.code) {
            case 'tls':
                return {
                    words: `The HTTPS certificate of ${short(server.baseUrl, 255)} was not accepted${text}.`,
                    fix: mid
                        ? `The MID server's Java trust store must trust the certificate: import the CA that signed it on MID server ${short(server.midServer)}, and use a base URL whose host name the certificate names.`
                        : 'Import the CA that signed OpCon\'s certificate into the instance (System Definition > Certificates) or use a certificate a public CA signed, and a base URL whose host name the certificate names.',
                }
            case 'unreachable':
                if (/refused/.test(message)) {
                    return { words: `Nothing accepted the connection at ${short(server.address)} (refused, ${via})${text}.`, fix: 'Check the port in the base URL and that OpCon\'s REST API service is running on that host.' }
                }
                if (/unknownhost|name or service not known|nodename nor servname/.test(message)) {
                    return { words: `The host name of the base URL is not known to ${from}${text}.`, fix: `Check the host name in the base URL. An OpCon inside your network needs a MID server there: choose it on the HTTP connection of the server's Connection alias: Use MID Server, Specific MID Server.` }
                }
                return {
                    words: `No connection could be made to ${short(server.address)} ${via}: it timed out or no route leads there${text}.`,
                    fix: mid
                        ? `Check that MID server ${short(server.midServer)} is Up and validated (MID Server > Servers) and that a firewall lets it reach OpCon's host and port.`
                        : 'A firewall drops the connection or the host is down. An OpCon inside your network needs a MID server (choose it on the HTTP connection of the server\'s Connection alias: Use MID Server, Specific MID Server), or a firewall rule that lets the instance\'s addresses in.',
                }
            case 'timeout':
                if (/ecc/.test(message) || mid) {
                    return {
                        words: `The MID server${mid ? ` ${short(server.midServer)}` : ''} gave no answer in time${text}.`,
                        fix: `Check that the MID server is Up and not backlogged (MID Server > Servers, its ECC queue), and that it reaches OpCon's host and port.`,
                    }
                }
                return { words: `OpCon accepted the connection but did not answer in time${text}.`, fix: 'Check OpCon\'s REST API service and its load; raise x_opcon.http_timeout_ms if OpCon is only slow.' }
            case 'connection_reset':
                return { words: `The connection was dropped before OpCon answered${text}.`, fix: 'A proxy or load balancer between ServiceNow and OpCon closes it: check it, and that the base URL names OpCon\'s REST API port.' }
            case 'bad_url':
                return { words: `The base URL cannot be called${text}.`, fix: 'Correct the base URL (https://host:port) on this form.' }
            default:
                return { words: `The call failed in a way the connector does not recognise${text}.`, fix: `Look for this error in ${mid ? 'the MID server\'s log' : 'the system log'} and check the network path to OpCon.` }
        }
    }
    if (result.status >= 300 && result.status < 400) {
        return { words: `Something other than OpCon answered: HTTP ${result.status}, a redirect (a proxy, a login page or an old address). It was not followed, so the token went nowhere else.`, fix: 'Correct the base URL so it names OpCon\'s REST API itself (https://host:port, the port OpCon\'s REST API listens on).' }
    }
    if (result.status === 407) {
        return { words: 'A proxy between ServiceNow and OpCon asks for its own login (HTTP 407).', fix: 'Let the instance (or the MID server) reach OpCon without that proxy, or configure the proxy\'s credentials for it.' }
    }
    if (error?.code === 'bad_response') {
        return { words: `Something other than OpCon answered /api/version (HTTP ${result.status}, not JSON): a proxy or a login page.`, fix: 'Correct the base URL so it names OpCon\'s REST API itself (https://host:port).' }
    }
    if (result.status === 404) {
        return { words: `Nothing answers /api/version there (HTTP 404): the base URL does not lead to OpCon's REST API.${opconSaid(result)}`, fix: 'Correct the base URL: OpCon\'s REST API host and port, without a path (the connector adds /api/...).' }
    }
    if (result.status >= 500) {
        return { words: short(error?.message ?? `OpCon answered HTTP ${result.status}.`, CAPS.text), fix: 'Check OpCon\'s REST API service and its log, then test again.' }
    }
    return { words: short(error?.message ?? `OpCon answered HTTP ${result.status}.`, CAPS.text), fix: 'Check the base URL and OpCon\'s REST API.' }
}

function reachable(f: SetupFacts): CheckItem {
    if (f.unusable && (f.unusable.code === 'bad_url' || f.unusable.code === 'insecure_url')) {
        return item('reachable', 'fail', short(f.unusable.message, CAPS.text), 'Correct the base URL on this form.')
    }
    if (f.unusable) return notChecked('reachable', 'nothing is sent for this server until its connection alias is put right (see API token accepted).')
    if (!f.version) return notChecked('reachable', 'OpCon was not asked.')
    if (!f.version.ok) {
        const { words, fix } = unreached(f.version, f.server)
        return item('reachable', 'fail', words, fix)
    }
    const v = (f.version.data as Record<string, unknown> | null)?.opConRestApiProductVersion
    const version = typeof v === 'string' ? `OpCon REST API ${short(v, 40)}` : 'OpCon\'s REST API (it did not say its version)'
    return item('reachable', 'ok', `${version} answered at ${short(f.server.baseUrl, 255)}, ${route(f.server)}.`)
}

// ---------- the token and OpCon's permissions ----------

type TokenState = { proven: true } | { proven: false; why: string }

/** Whether OpCon took the token: any answer but 401 to an authenticated read shows it (403 is the token's user lacking a privilege). */
function tokenState(f: SetupFacts): TokenState {
    if (f.unusable) return { proven: false, why: 'the API token cannot be sent (see API token).' }
    if (!f.hasToken) return { proven: false, why: 'no API token is set (see API token).' }
    if (!f.version?.ok) return { proven: false, why: 'OpCon was not reached (see OpCon reachable).' }
    const read = f.failedJobs
    if (!read) return { proven: false, why: 'OpCon was not asked.' }
    if (read.status === 401) return { proven: false, why: 'OpCon refused the API token (see API token accepted).' }
    if (read.ok || read.status === 403) return { proven: true }
    if (read.status === 0) return { proven: false, why: `OpCon did not answer the first read with the token${transportText(read)}.` }
    return { proven: false, why: `OpCon answered the first read with the token with HTTP ${read.status}, which does not show whether it took the token.${opconSaid(read)}` }
}

function token(f: SetupFacts, state: TokenState): CheckItem {
    const enter = 'Generate an external token in OpCon Solution Manager for the OpCon user the connector acts as, and put it in the API Key credential of this server\'s Connection alias (the Connection & credential button on this form opens it).'
    if (f.unusable && f.unusable.code === 'missing_token') return item('token', 'fail', short(f.unusable.message, CAPS.text), enter)
    if (!f.hasToken) return item('token', 'fail', 'No API token is set, so the connector can call nothing but /api/version.', enter)
    if (state.proven) return item('token', 'ok', 'OpCon took the API token.')
    if (f.failedJobs?.status === 401) {
        return item('token', 'fail', `OpCon refused the API token (HTTP 401): it is wrong, expired or revoked.${opconSaid(f.failedJobs)}`, enter)
    }
    return notChecked('token', state.why)
}

function dailyJobs(f: SetupFacts, state: TokenState): CheckItem {
    if (!state.proven) return notChecked('daily_jobs', state.why)
    const read = f.failedJobs!
    if (read.status === 403) {
        return item('daily_jobs', 'fail', `OpCon does not let the token's user list daily jobs (HTTP 403).${opconSaid(read)} The collector, the job dialog and every job action read jobs first.`,
            'In OpCon Solution Manager, give the token\'s user a role that sees the departments of the jobs ServiceNow follows.')
    }
    if (!Array.isArray(read.data)) {
        return item('daily_jobs', 'fail', 'OpCon answered the daily jobs list with something that is not a list.', 'Check that the base URL names OpCon\'s REST API itself, not a proxy.')
    }
    const n = read.data.length
    return item('daily_jobs', 'ok', `The token's user lists daily jobs: OpCon answered the collector's call (failed jobs of ${f.today}) with ${n} job${n === 1 ? '' : 's'}.`)
}

/** Job-action rows whose answer says something about the token user's privilege: 2xx (taken), 404/409 (judged on the job), 403 (refused). */
function decisiveAction(entries: SetupFacts['jobActions']): (HistoryEntry & { httpStatus: number }) | null {
    return entries.find((e) => (e.httpStatus >= 200 && e.httpStatus < 300) || e.httpStatus === 403 || e.httpStatus === 404 || e.httpStatus === 409) ?? null
}

function jobActions(f: SetupFacts): CheckItem {
    const never = 'Test connection never sends one: OpCon checks the privilege for each action on each job only when the action is sent.'
    const last = decisiveAction(f.jobActions)
    if (!last) {
        return notChecked('job_actions', `no job action sent to this server has had OpCon's answer yet. ${never} The first action's row (OpCon Connector > Job Actions) shows OpCon's answer.`)
    }
    if (last.httpStatus === 403) {
        return item('job_actions', 'fail', `OpCon refused the last job action for lack of privilege: ${short(last.what, 255)} at ${last.at} UTC (HTTP 403). ${never}`,
            'In OpCon Solution Manager, give the token\'s user the job-action privileges (Mark Under Review, Mark Fixed, Restart, Cancel, Hold, Release) in the departments of the jobs.')
    }
    const taken = last.httpStatus < 300 ? 'took' : `judged on the job's state (HTTP ${last.httpStatus})`
    return item('job_actions', 'ok', `OpCon ${taken} the last job action: ${short(last.what, 255)} at ${last.at} UTC. ${never}`)
}

const TICKET_CALL = /incident ticket|record incident /
const OUTPUT_CALL = /output file|job instance action/

/** Whether one of the calls of this kind in a failure row's call log was answered 403 (lines from failure-words.ts callLine). */
export function refusedIn(calls: string, kind: 'ticket' | 'output'): boolean {
    const call = kind === 'ticket' ? TICKET_CALL : OUTPUT_CALL
    return calls.slice(-8000).split('\n').some((line) => call.test(line) && line.includes(': HTTP 403,'))
}

const notUsed = (id: CheckId, what: string): CheckItem =>
    item(id, 'skip', `Not used: "Open incidents for failed jobs" is off for this server, so ${what}.`, '')

function tickets(f: SetupFacts, state: TokenState): CheckItem {
    if (!f.server.collectFailures) return notUsed('tickets', 'the connector writes no incident ticket into OpCon for it')
    const privilege = 'In OpCon Solution Manager, give the token\'s user the privilege to update the daily jobs (their incident tickets) in the departments of the jobs.'
    const parts: string[] = []
    let status: CheckStatus = 'skip'
    if (!state.proven) parts.push(`Reading was not checked: ${state.why}`)
    else if (!f.failedJobs?.ok) parts.push('Reading was not checked: OpCon\'s daily jobs could not be listed (see Reading daily jobs).')
    else if (!f.tickets) parts.push(`Reading was not checked: OpCon lists no job of ${f.today} to read the tickets of.`)
    else if (f.tickets.result.ok) {
        parts.push(`The token's user reads incident tickets (job ${short(f.tickets.job, 255)}).`)
        status = 'ok'
    } else {
        const refused = f.tickets.result.status === 403
        return item('tickets', 'fail', refused
            ? `OpCon does not let the token's user read a job's incident tickets (HTTP 403, job ${short(f.tickets.job, 255)}).${opconSaid(f.tickets.result)}`
            : `Reading a job's incident tickets failed: ${short(f.tickets.result.error?.message ?? '', CAPS.text)}`, refused ? privilege : 'Check OpCon\'s REST API log.')
    }
    const last = f.lastTicket
    if (!last) {
        parts.push('Writing one is checked by OpCon when the first failure opens an incident; Test connection writes none.')
        return item('tickets', status, parts.join(' '))
    }
    if (last.state === 'written') {
        parts.push(`OpCon took the last ticket written (job ${short(last.what, 255)}, ${last.at} UTC).`)
        return item('tickets', 'ok', parts.join(' '))
    }
    if (refusedIn(last.calls, 'ticket')) {
        parts.push(`OpCon refused to take the last incident ticket for lack of privilege (HTTP 403; job ${short(last.what, 255)}, ${last.at} UTC).`)
        return item('tickets', 'fail', parts.join(' '), privilege)
    }
    parts.push(`The last incident ticket could not be written (job ${short(last.what, 255)}, ${last.at} UTC).`)
    return item('tickets', 'fail', parts.join(' '), 'Its row under OpCon Connector > Failed Jobs lists each OpCon call and its answer: fix what it names.')
}

function jobOutput(f: SetupFacts): CheckItem {
    if (!f.server.collectFailures) return notUsed('job_output', 'the connector fetches no job log from it')
    const never = 'Test connection sends no request that is not a read: OpCon checks the privilege when the collector asks for a job\'s output.'
    const last = f.lastJobLog
    if (!last) return notChecked('job_output', `no job log has been asked for on this server yet. ${never}`)
    if (last.state !== 'failed') {
        return item('job_output', 'ok', `OpCon answered the last job output request (job ${short(last.what, 255)}, ${last.at} UTC: ${last.state === 'attached' ? 'log attached' : 'no output'}).`)
    }
    if (refusedIn(last.calls, 'output')) {
        return item('job_output', 'fail', `OpCon refused the last job output request for lack of privilege (HTTP 403; job ${short(last.what, 255)}, ${last.at} UTC).`,
            'In OpCon Solution Manager, give the token\'s user the privilege to view job output in the departments of the jobs.')
    }
    return item('job_output', 'fail', `The last job log could not be fetched (job ${short(last.what, 255)}, ${last.at} UTC).`,
        'Its row under OpCon Connector > Failed Jobs lists each OpCon call and its answer: check the agent that ran the job and what the row names.')
}

// ---------- the instance's side ----------

/** OpCon's time with its zone, in ms; null when it has none (an OpCon clock we cannot place). */
function zonedTime(value: string): number | null {
    if (!/(Z|[+-]\d\d:?\d\d)$/.test(value.trim())) return null
    const ms = Date.parse(value.trim())
    return Number.isFinite(ms) ? ms : null
}

/** Failed runs OpCon lists that ended long enough ago to be recorded, and are not: their daily job ids and end times. */
export function unrecordedRuns(f: SetupFacts): Array<{ job: string; endedAt: string }> {
    const data = f.failedJobs?.ok && Array.isArray(f.failedJobs.data) ? f.failedJobs.data : []
    const missing: Array<{ job: string; endedAt: string }> = []
    for (const entry of data) {
        const read = readRun(entry)
        if (!read.ok || !isFailedCategory(read.run.category)) continue
        if (f.collector.recorded.has(knownKey(read.run.uid, runKey(read.run)))) continue
        const ended = zonedTime(read.run.endedAt)
        if (ended !== null && f.nowMs - ended >= UNRECORDED_AFTER_MS) missing.push({ job: read.run.dailyJobId, endedAt: read.run.endedAt })
    }
    return missing
}

function collector(f: SetupFacts): CheckItem {
    if (!f.server.collectFailures) return notUsed('collector', 'failed OpCon jobs open no incident for it (tick it to have the collector poll this server every minute)')
    const job = `The scheduled job "${COLLECTOR_NAME}"`
    if (!f.collector.enabled) return item('collector', 'fail', 'The connector is switched off (x_opcon.enabled is false): the collector polls no server.', 'Set x_opcon.enabled to true on OpCon Connector > Properties.')
    if (!f.collector.job) return item('collector', 'fail', `${job} was not found on the instance.`, 'Reinstall the OpCon Connector application (the job comes with it). A "Security restricted" line in the system log instead means its cross-scope privilege to read scheduled jobs is missing.')
    if (!f.collector.job.active) return item('collector', 'fail', `${job} is inactive, so no server is polled.`, `Activate it: System Definition > Scheduled Jobs, "${COLLECTOR_NAME}", Active.`)
    if (!f.server.active) return item('collector', 'fail', 'The collector skips this server: it is not active.', 'Tick Active on this form.')
    const missing = unrecordedRuns(f)
    if (missing.length > 0) {
        const first = missing[0]
        return item('collector', 'fail',
            `OpCon lists ${missing.length} failed run${missing.length === 1 ? '' : 's'} of ${f.today} that the collector has not recorded, the first job ${short(first.job, 255)} (ended ${short(first.endedAt, 40)}): it does not run for this server.`,
            `Check the scheduled job's Run as user and last run (System Definition > Scheduled Jobs, "${COLLECTOR_NAME}"), and the system log (source x_opcon) for why. If you ticked "Open incidents for failed jobs" just now, test again in a minute.`)
    }
    const checked = f.failedJobs?.ok && Array.isArray(f.failedJobs.data)
        ? `it has recorded every failed run OpCon lists for ${f.today} that ended more than ${UNRECORDED_AFTER_MS / 60_000} minutes ago`
        : 'whether it records this server\'s failures was not checked (OpCon\'s list was not read)'
    return item('collector', 'ok', `On: "${COLLECTOR_NAME}" polls this server every minute; ${checked}.`)
}

function templateProblems(label: string, t: TemplateFacts): string[] {
    const missing = [t.caller === '' ? 'no caller' : '', t.group === '' ? 'no assignment group' : ''].filter(Boolean)
    return missing.length === 0 ? [] : [`${label} has ${missing.join(' and ')}`]
}

function describeTemplate(label: string, t: TemplateFacts): string {
    return `${label}: caller ${short(t.caller)}, group ${short(t.group)}`
}

function templates(f: SetupFacts): CheckItem {
    if (!f.server.collectFailures) return notUsed('templates', 'no incident is opened from a template for it')
    const problems: string[] = []
    const fine: string[] = []
    const own = f.templates.server
    if (own === 'missing') problems.push('the template named on this server no longer exists (the Default applies)')
    else if (own && !own.active) problems.push(`this server's template "${short(own.name)}" is inactive (the Default applies)`)
    else if (own) {
        const found = templateProblems(`this server's template "${short(own.name)}"`, own)
        if (found.length > 0) problems.push(...found)
        else fine.push(describeTemplate(`this server's template "${short(own.name)}"`, own))
    }
    const shipped = f.templates.default
    if (!shipped) problems.push('the Default template was deleted (the built-in one applies: no caller, no assignment group)')
    else {
        const found = templateProblems('the Default template', shipped)
        if (found.length > 0) problems.push(...found)
        else fine.push(describeTemplate('Default', shipped))
    }
    if (problems.length > 0) {
        const sentence = problems.join('; ')
        return item('templates', 'fail', `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}: incidents it opens reach no one.`,
            'Set a caller and an assignment group on OpCon Connector > Incident Templates (the Default, and the template named on this server).')
    }
    return item('templates', 'ok', `Incidents for failed jobs have a caller and a group (${fine.join('; ')}).`)
}

function flowActions(f: SetupFacts): CheckItem {
    const total = FLOW_ACTIONS.length
    const found = f.flowActions.filter((a) => (FLOW_ACTIONS as readonly string[]).includes(a.internalName))
    const publish = 'Flow Designer > Actions, category OpCon: open each draft and select Publish (README, "Are they published?"). npm run deploy publishes them at install.'
    if (found.length === 0) return item('flow_actions', 'fail', `None of the connector's ${total} Flow actions was found on the instance.`, 'Reinstall the OpCon Connector application. A "Security restricted" line in the system log instead means its cross-scope privilege to read Flow actions is missing.')
    const drafts = found.filter((a) => !a.published).map((a) => short(a.name))
    const absent = FLOW_ACTIONS.length - found.length
    if (drafts.length === 0 && absent === 0) return item('flow_actions', 'ok', `All ${total} OpCon Flow actions are published.`)
    const words = [
        drafts.length > 0 ? `${drafts.length} of ${total} OpCon Flow actions are not published (${drafts.join(', ')}): no flow or script runs them` : '',
        absent > 0 ? `${absent} of ${total} are not on the instance` : '',
    ].filter(Boolean).join('; ')
    return item('flow_actions', 'fail', `${words}.`, publish)
}

function pushAccount(f: SetupFacts): CheckItem {
    const { accounts, reportsReceived } = f.push
    const setUp = `Give a dedicated account ${PUSH_ROLE_NAME} and nothing else (README, "Set up: push").`
    if (!f.server.collectFailures) {
        return notUsed('push_account', `OpCon's failure reports for it are refused${accounts.length > 0 ? ` (${accounts.length} account${accounts.length === 1 ? '' : 's'} hold ${PUSH_ROLE_NAME})` : ''}`)
    }
    if (accounts.length > 0) {
        const names = accounts.slice(0, 5).map((a) => short(a)).join(', ') + (accounts.length > 5 ? ', ...' : '')
        return item('push_account', 'ok', `${accounts.length} active account${accounts.length === 1 ? '' : 's'} hold${accounts.length === 1 ? 's' : ''} ${PUSH_ROLE_NAME} (${names}), so OpCon can report failed jobs at once.`)
    }
    if (reportsReceived) {
        return item('push_account', 'fail', `OpCon has reported failed jobs of this server before, but no active account holds ${PUSH_ROLE_NAME} now: its reports are refused (HTTP 403) and failures wait for the collector.`, setUp)
    }
    return item('push_account', 'skip', `Not used: no active account holds ${PUSH_ROLE_NAME} and OpCon has reported no failure of this server. It is needed only if OpCon's Run Command reports failed jobs (push).`, setUp)
}

function serverItem(f: SetupFacts): CheckItem {
    if (!f.server.active) {
        return item('server', 'fail', 'The server is not active: the incident rules, the job dialog, OpConApi and the collector do not call it (Test connection still does).', 'Tick Active on this form.')
    }
    if (f.server.baseUrl === '') return item('server', 'ok', 'Active.')
    return item('server', 'ok', `Active: the connector calls ${short(f.server.baseUrl, 255)} ${route(f.server)}.`)
}

/** Every item, in the order an admin sets things up. */
export function setupChecklist(f: SetupFacts): CheckItem[] {
    const state = tokenState(f)
    return [
        serverItem(f),
        reachable(f),
        token(f, state),
        dailyJobs(f, state),
        jobActions(f),
        tickets(f, state),
        jobOutput(f),
        collector(f),
        templates(f),
        flowActions(f),
        pushAccount(f),
    ]
}

const MARK: Record<CheckStatus, string> = { ok: '✓', fail: '✗', skip: '–' }

/** One line of the checklist as plain text (the log, a test). */
export function itemLine(i: CheckItem): string {
    return `${MARK[i.status]} ${i.title}: ${i.words}${i.fix === '' ? '' : ` Fix: ${i.fix}`}`
}

/**
 * The whole checklist as one form message, in order: a heading that counts
 * what to fix, then one list item per check. The platform shows a form
 * message as HTML, so every text is escaped (messageText) and only the
 * list's own tags are markup.
 */
export function checklistMessage(serverName: string, items: CheckItem[]): { kind: 'info' | 'error'; html: string } {
    const failed = items.filter((i) => i.status === 'fail').length
    const heading = failed === 0
        ? `Test connection of ${serverName}: nothing to fix.`
        : `Test connection of ${serverName}: ${failed} of ${items.length} checks to fix.`
    const lines = items.map((i) => {
        const fix = i.fix === '' ? '' : ` <em>Fix:</em> ${messageText(i.fix)}`
        return `<li>${MARK[i.status]} <strong>${messageText(i.title)}</strong>: ${messageText(i.words)}${fix}</li>`
    })
    return { kind: failed === 0 ? 'info' : 'error', html: `<p>${messageText(heading)}</p><ul>${lines.join('')}</ul>` }
}
