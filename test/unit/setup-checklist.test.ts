import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { OpenApiValidator } from '../support/openapi'
import {
    checklistMessage, detailOf, FLOW_ACTIONS, itemLine, refusedIn, setupChecklist, TITLES, unreached, unrecordedRuns, UNRECORDED_AFTER_MS,
    type CheckItem, type SetupFacts,
} from '../../src/server/admin/setup-checklist'
import { anyJobProbe, failedJobsProbe, ticketsProbe, versionProbe } from '../../src/server/admin/setup-probes'
import { interpretResponse } from '../../src/server/opcon/opcon-responses'
import { addIncidentTicketRequest, incidentTicketsRequest, jobOutputRequest, jobOutputResultRequest, updateIncidentTicketRequest } from '../../src/server/opcon/failure-requests'
import type { Built } from '../../src/server/opcon/opcon-requests'
import type { OpConResult } from '../../src/server/opcon/opcon-result'
import { appendCall, callLine } from '../../src/server/failures/failure-words'
import { knownKey } from '../../src/server/failures/collect-plan'

const NOW = Date.parse('2026-03-02T12:00:00Z')
const ok = (data: unknown, status = 200): OpConResult<unknown> => ({ ok: true, status, data, error: null })
const ctx = (purpose: string, method: 'GET' | 'POST' = 'GET') => ({ serverName: 'prod', address: 'opcon.example.com:9010', method, purpose })
/** What callServer gives for one raw answer: the connector's own interpretation, not a made-up error. */
const answer = (status: number, body = '', transportError = '', purpose = 'read the API version', midServer = ''): OpConResult<unknown> =>
    interpretResponse({ status, body, transportError }, { ...ctx(purpose), midServer })

const FAILED = {
    uid: 4711, id: '20260302|42|1|PAYROLL', jobName: 'PAYROLL', jobNumber: 9001, jobStatus: { id: 910, description: 'Failed', category: 'Failed' },
    computedStartTime: { time: '2026-03-02T10:00:00Z' }, computedEndTime: { time: '2026-03-02T10:05:00Z' },
}
const RUN_KEY = knownKey('4711', '9001|2026-03-02T10:00:00Z|2026-03-02T10:05:00Z')
const TEMPLATE = { name: 'Default', active: true, caller: 'Olivia Ops', group: 'OpCon Operations' }

/** A setup with nothing to fix; each test breaks one thing. */
function facts(change: Partial<SetupFacts> = {}): SetupFacts {
    return {
        server: { name: 'prod', address: 'opcon.example.com:9010', baseUrl: 'https://opcon.example.com:9010', midServer: '', active: true, collectFailures: true },
        unusable: null,
        hasToken: true,
        today: '2026-03-02',
        nowMs: NOW,
        version: ok({ opConRestApiProductVersion: '21.2.0.0' }),
        failedJobs: ok([FAILED]),
        tickets: { job: FAILED.id, result: ok([]) },
        jobActions: [{ at: '2026-03-01 08:00:00', what: 'Mark fixed for INC0010001', httpStatus: 200 }],
        lastTicket: { at: '2026-03-01 08:00:00', what: FAILED.id, state: 'written', calls: '' },
        lastJobLog: { at: '2026-03-01 08:00:00', what: FAILED.id, state: 'attached', calls: '' },
        collector: { enabled: true, job: { active: true }, recorded: new Set([RUN_KEY]) },
        templates: { server: null, default: TEMPLATE },
        flowActions: FLOW_ACTIONS.map((internalName) => ({ internalName, name: internalName, published: true })),
        push: { accounts: ['opcon.failure.reporter'], reportsReceived: true },
        ...change,
    }
}

const byId = (items: CheckItem[]) => Object.fromEntries(items.map((i) => [i.id, i]))
const statuses = (f: SetupFacts) => Object.fromEntries(setupChecklist(f).map((i) => [i.id, i.status]))
const check = (f: SetupFacts, id: keyof typeof TITLES): CheckItem => byId(setupChecklist(f))[id]
const ALL_OK = Object.fromEntries(Object.keys(TITLES).map((id) => [id, 'ok']))

describe('the checklist', () => {
    test('a finished setup: every item ✓, in the order an admin sets things up', () => {
        const items = setupChecklist(facts())
        expect(items.map((i) => i.id)).toEqual(Object.keys(TITLES))
        expect(statuses(facts())).toEqual(ALL_OK)
        expect(items.every((i) => i.fix === '')).toBe(true)
    })

    test('an earlier failure never stops the later items: only those that need OpCon say why they were not checked', () => {
        const f = facts({ version: answer(0, '', 'java.net.ConnectException: Connection refused (Connection refused)'), failedJobs: null, tickets: null })
        expect(statuses(f)).toEqual({ ...ALL_OK, reachable: 'fail', token: 'skip', daily_jobs: 'skip' })
        expect(check(f, 'token').words).toBe('Not checked: OpCon was not reached (see OpCon reachable).')
        // The connector's own record of OpCon's answers still speaks.
        expect(check(f, 'job_actions').status).toBe('ok')
        expect(check(f, 'tickets').words).toMatch(/^Reading was not checked: OpCon was not reached.* OpCon took the last ticket written/)
    })

    test('an inactive server is ✗ (and the collector skips it), but it is still tested', () => {
        const f = facts({ server: { ...facts().server, active: false } })
        expect(statuses(f)).toEqual({ ...ALL_OK, server: 'fail', collector: 'fail' })
        expect(check(f, 'server').fix).toBe('Tick Active on this form.')
    })
})

describe('OpCon reachable: which failure, and what to do', () => {
    const server = facts().server
    const mid = { ...server, midServer: 'mid-dc1' }
    test.each([
        ['certificate', 'javax.net.ssl.SSLHandshakeException: PKIX path building failed', server, /^The HTTPS certificate of https:\/\/opcon\.example\.com:9010 was not accepted \(javax\.net\.ssl\.SSLHandshakeException: PKIX path building failed\)\.$/, /^Import the CA that signed OpCon's certificate into the instance/],
        ['certificate, through a MID server', 'javax.net.ssl.SSLHandshakeException: PKIX path building failed', mid, /was not accepted/, /^The MID server's Java trust store must trust the certificate: import the CA .* on MID server mid-dc1/],
        ['refused', 'java.net.ConnectException: Connection refused (Connection refused)', server, /^Nothing accepted the connection at opcon\.example\.com:9010 \(refused, directly from the instance\) \(java\.net\.ConnectException: Connection refused \(Connection refused\)\)\.$/, /^Check the port in the base URL/],
        ['unknown host', 'java.net.UnknownHostException: opcon.example.com: Name or service not known', server, /^The host name of the base URL is not known to the instance/, /MID server/],
        ['unknown host, from the MID server', 'java.net.UnknownHostException: opcon.example.com', mid, /^The host name of the base URL is not known to the MID server mid-dc1/, /MID server/],
        ['connect timeout (a firewall)', 'org.apache.http.conn.ConnectTimeoutException: Connect to opcon.example.com:9010 failed: connect timed out', server, /^No connection could be made to opcon\.example\.com:9010 directly from the instance: it timed out or no route leads there/, /^A firewall drops the connection .* MID server/],
        ['no route, through a MID server', 'java.net.NoRouteToHostException: No route to host', mid, /^No connection could be made to opcon\.example\.com:9010 through MID server mid-dc1/, /^Check that MID server mid-dc1 is Up and validated/],
        ['MID server: no answer in time', 'com.glide.ecc.ECCResponseTimeoutException: No response for ECC message request with sysid=1 after waiting for 30 seconds in ECC Queue', mid, /^The MID server mid-dc1 gave no answer in time \(com\.glide\.ecc\.ECCResponseTimeoutException/, /^Check that the MID server is Up and not backlogged/],
        ['read timeout', 'java.net.SocketTimeoutException: Read timed out', server, /^OpCon accepted the connection but did not answer in time \(java\.net\.SocketTimeoutException: Read timed out\)\.$/, /x_opcon\.http_timeout_ms/],
        ['a proxy drops the connection', 'java.net.SocketException: Connection reset', server, /^The connection was dropped before OpCon answered/, /proxy or load balancer/],
        ['a text nobody has seen', 'java.io.IOException: something new', server, /^The call failed in a way the connector does not recognise \(java\.io\.IOException: something new\)\.$/, /system log/],
    ])('%s', (_, text, where, words, fix) => {
        const result = answer(0, '', text, 'read the API version', where.midServer)
        const said = unreached(result, where)
        expect(said.words).toMatch(words)
        expect(said.fix).toMatch(fix)
        expect(check(facts({ server: where, version: result, failedJobs: null, tickets: null }), 'reachable')).toMatchObject({ status: 'fail', words: said.words, fix: said.fix })
    })

    test.each([
        ['a redirect (a proxy, a login page)', 302, '<html>Sign in</html>', /^Something other than OpCon answered: HTTP 302, a redirect .* It was not followed, so the token went nowhere else\.$/],
        ['a proxy asking for its own login', 407, '', /^A proxy between ServiceNow and OpCon asks for its own login \(HTTP 407\)\.$/],
        ['a page that is not OpCon\'s JSON', 200, '<html>Welcome</html>', /^Something other than OpCon answered \/api\/version \(HTTP 200, not JSON\): a proxy or a login page\.$/],
        ['nothing at /api/version', 404, '', /^Nothing answers \/api\/version there \(HTTP 404\)/],
        ['OpCon unavailable', 503, '{"code":503,"message":"Starting"}', /was unavailable \(HTTP 503\) while trying to read the API version: OpCon did not take the request on\. OpCon said: "Starting"\./],
    ])('%s', (_, status, body, words) => {
        const item = check(facts({ version: answer(status, body), failedJobs: null, tickets: null }), 'reachable')
        expect(item.status).toBe('fail')
        expect(item.words).toMatch(words)
        expect(item.fix).not.toBe('')
        expect(`${item.words} ${item.fix}`).not.toMatch(/retr(y|ied|ies)/i)
    })

    test('a base URL that cannot be used is ✗ without any call; a token that cannot be sent stops every call', () => {
        const badUrl = facts({ unusable: { code: 'insecure_url', message: 'OpCon server prod (opcon.example.com:9010): The base URL uses plain http.' }, version: null, failedJobs: null, tickets: null })
        expect(check(badUrl, 'reachable')).toMatchObject({ status: 'fail', words: 'OpCon server prod (opcon.example.com:9010): The base URL uses plain http.', fix: 'Correct the base URL on this form.' })
        // A base URL that cannot be used reaches the checklist as '' and is never repeated (it may hold a secret).
        expect(check({ ...badUrl, server: { ...badUrl.server, baseUrl: '' } }, 'server').words).toBe('Active.')
        const unsendable = facts({ unusable: { code: 'missing_token', message: 'It contains a line break.' }, version: null, failedJobs: null, tickets: null })
        expect(statuses(unsendable)).toMatchObject({ reachable: 'skip', token: 'fail', daily_jobs: 'skip' })
        expect(check(unsendable, 'token').words).toBe('It contains a line break.')
    })

    test('detailOf finds the platform\'s text in the connector\'s message, parentheses and all', () => {
        const message = answer(0, '', 'java.net.ConnectException: Connection refused (Connection refused)').error!.message
        expect(detailOf(message)).toBe('java.net.ConnectException: Connection refused (Connection refused)')
        expect(detailOf('OpCon server prod answered HTTP 500.')).toBe('')
    })
})

describe('the token and the permissions the features use', () => {
    test('401 to the first authenticated read: the token is ✗ and what needs it is not checked', () => {
        const f = facts({ failedJobs: answer(401, '{"code":401,"message":"Token expired"}', '', 'list the failed jobs'), tickets: null })
        expect(check(f, 'token')).toMatchObject({ status: 'fail', words: 'OpCon refused the API token (HTTP 401): it is wrong, expired or revoked. OpCon said: "Token expired".' })
        expect(check(f, 'daily_jobs').words).toBe('Not checked: OpCon refused the API token (see API token accepted).')
    })

    test('no token: ✗, and only /api/version was asked', () => {
        const f = facts({ hasToken: false, failedJobs: null, tickets: null })
        expect(statuses(f)).toMatchObject({ reachable: 'ok', token: 'fail', daily_jobs: 'skip' })
    })

    test('403 to the list: the token is taken (✓) but reading daily jobs is ✗', () => {
        const f = facts({ failedJobs: answer(403, '{"code":403,"message":"No access"}', '', 'list the failed jobs'), tickets: null })
        expect(statuses(f)).toMatchObject({ token: 'ok', daily_jobs: 'fail' })
        expect(check(f, 'daily_jobs').fix).toMatch(/^In OpCon Solution Manager, give the token's user a role/)
    })

    test('an answer that shows nothing about the token (503) leaves it not checked, never ✓', () => {
        const f = facts({ failedJobs: answer(503, '', '', 'list the failed jobs'), tickets: null })
        expect(check(f, 'token')).toMatchObject({ status: 'skip', words: expect.stringMatching(/^Not checked: OpCon answered the first read with the token with HTTP 503/) })
    })

    test('job actions are judged from OpCon\'s answers to the connector: the newest answer that says something about the privilege', () => {
        const at = '2026-03-01 08:00:00'
        expect(check(facts({ jobActions: [] }), 'job_actions')).toMatchObject({ status: 'skip', words: expect.stringMatching(/^Not checked: no job action sent to this server has had OpCon's answer yet\. Test connection never sends one/) })
        const refused = check(facts({ jobActions: [{ at, what: 'Restart for INC0010009', httpStatus: 403 }, { at, what: 'Mark fixed', httpStatus: 200 }] }), 'job_actions')
        expect(refused).toMatchObject({ status: 'fail', words: expect.stringMatching(/^OpCon refused the last job action for lack of privilege: Restart for INC0010009 at 2026-03-01 08:00:00 UTC \(HTTP 403\)/) })
        // A 503 or 401 says nothing about the privilege: the 409 before it does (OpCon judged the job itself).
        const judged = check(facts({ jobActions: [{ at, what: 'a', httpStatus: 503 }, { at, what: 'b', httpStatus: 401 }, { at, what: 'Cancel', httpStatus: 409 }] }), 'job_actions')
        expect(judged).toMatchObject({ status: 'ok', words: expect.stringMatching(/^OpCon judged on the job's state \(HTTP 409\) the last job action: Cancel/) })
    })

    // The call log's lines as the failure worker writes them (failure-words.ts callLine), for the requests it sends.
    const line = (built: Built, status: number, outcome: string): string => callLine('2026-03-01 08:00:00', built.ok ? built.request.purpose : '', status, outcome)
    const written = line(addIncidentTicketRequest(4711, 'INC0010001', 'https://x.service-now.com/incident.do?sys_id=1'), 403, 'forbidden: no')
    const moved = line(updateIncidentTicketRequest(4711, 3, 'INC0010002', 'https://x.service-now.com/incident.do?sys_id=2'), 403, 'forbidden: no')
    const listed = line(jobOutputRequest('LIST', 9001), 403, 'forbidden: no')
    const polled = line(jobOutputResultRequest(12), 403, 'forbidden: no')

    test('refusedIn reads a 403 on the calls of that kind only', () => {
        expect(refusedIn(written, 'ticket')).toBe(true)
        expect(refusedIn(moved, 'ticket')).toBe(true)
        expect(refusedIn(line(incidentTicketsRequest(4711), 403, 'forbidden'), 'ticket')).toBe(true)
        expect(refusedIn(listed, 'output')).toBe(true)
        expect(refusedIn(polled, 'output')).toBe(true)
        expect(refusedIn(appendCall(listed, line(addIncidentTicketRequest(4711, 'INC1', 'https://x/i'), 503, 'server_error')), 'ticket')).toBe(false)
        expect(refusedIn(written, 'output')).toBe(false)
    })

    test('tickets: read with the token (GET only) and judged by the last write OpCon answered', () => {
        const failedWrite = { at: '2026-03-01 08:00:00', what: FAILED.id, state: 'failed' as const, calls: written }
        expect(check(facts({ lastTicket: failedWrite }), 'tickets')).toMatchObject({ status: 'fail', words: expect.stringMatching(/^The token's user reads incident tickets \(job 20260302\|42\|1\|PAYROLL\)\. OpCon refused to take the last incident ticket for lack of privilege \(HTTP 403;/), fix: expect.stringMatching(/privilege to update the daily jobs/) })
        expect(check(facts({ lastTicket: { ...failedWrite, calls: '' } }), 'tickets')).toMatchObject({ status: 'fail', fix: expect.stringMatching(/Failed Jobs lists each OpCon call/) })
        expect(check(facts({ tickets: { job: FAILED.id, result: answer(403, '', '', 'read the incident tickets') } }), 'tickets')).toMatchObject({ status: 'fail', words: expect.stringMatching(/^OpCon does not let the token's user read a job's incident tickets \(HTTP 403, job 20260302\|42\|1\|PAYROLL\)/) })
        expect(check(facts({ tickets: null, failedJobs: ok([]), lastTicket: null }), 'tickets')).toMatchObject({ status: 'skip', words: 'Reading was not checked: OpCon lists no job of 2026-03-02 to read the tickets of. Writing one is checked by OpCon when the first failure opens an incident; Test connection writes none.' })
    })

    test('job output: judged by the last request OpCon answered; never asked for by the test', () => {
        expect(check(facts({ lastJobLog: null }), 'job_output')).toMatchObject({ status: 'skip', words: expect.stringMatching(/^Not checked: no job log has been asked for on this server yet\. Test connection sends no request that is not a read/) })
        expect(check(facts({ lastJobLog: { at: 'x', what: 'j', state: 'none', calls: '' } }), 'job_output').status).toBe('ok')
        expect(check(facts({ lastJobLog: { at: 'x', what: 'j', state: 'failed', calls: listed } }), 'job_output')).toMatchObject({ status: 'fail', fix: expect.stringMatching(/privilege to view job output/) })
        expect(check(facts({ lastJobLog: { at: 'x', what: 'j', state: 'failed', calls: '' } }), 'job_output')).toMatchObject({ status: 'fail', fix: expect.stringMatching(/check the agent that ran the job/) })
    })
})

describe('the instance\'s side', () => {
    test('the collector: switched off, its job missing or inactive, each ✗ with its fix', () => {
        expect(check(facts({ collector: { ...facts().collector, enabled: false } }), 'collector').words).toMatch(/switched off \(x_opcon\.enabled is false\)/)
        expect(check(facts({ collector: { ...facts().collector, job: null } }), 'collector')).toMatchObject({ status: 'fail', fix: expect.stringMatching(/^Reinstall .* "Security restricted"/) })
        expect(check(facts({ collector: { ...facts().collector, job: { active: false } } }), 'collector')).toMatchObject({ status: 'fail', words: expect.stringMatching(/is inactive, so no server is polled/) })
    })

    test('the collector: a failed run that ended long enough ago and is not recorded shows it is not running; a recent or unplaceable one does not', () => {
        const notRecorded = { ...facts().collector, recorded: new Set<string>() }
        expect(unrecordedRuns(facts({ collector: notRecorded }))).toEqual([{ job: FAILED.id, endedAt: '2026-03-02T10:05:00Z' }])
        expect(check(facts({ collector: notRecorded }), 'collector').status).toBe('fail')
        const recent = { ...FAILED, computedEndTime: { time: new Date(NOW - UNRECORDED_AFTER_MS + 1000).toISOString() } }
        expect(check(facts({ collector: notRecorded, failedJobs: ok([recent]) }), 'collector').status).toBe('ok')
        // OpCon's local time without a zone cannot be placed against the instance's clock: not judged.
        const local = { ...FAILED, computedEndTime: { time: '2026-03-02T01:00:00' } }
        expect(check(facts({ collector: notRecorded, failedJobs: ok([local]) }), 'collector').status).toBe('ok')
        // Runs that are no longer failed are not the collector's business.
        const finished = { ...FAILED, jobStatus: { id: 400, description: 'Finished OK', category: 'Finished OK' } }
        expect(check(facts({ collector: notRecorded, failedJobs: ok([finished]) }), 'collector').status).toBe('ok')
    })

    test('"Open incidents for failed jobs" off: what only failed jobs use is – not used, never ✗', () => {
        const f = facts({ server: { ...facts().server, collectFailures: false }, templates: { server: null, default: null }, push: { accounts: [], reportsReceived: true } })
        expect(statuses(f)).toEqual({ ...ALL_OK, tickets: 'skip', job_output: 'skip', collector: 'skip', templates: 'skip', push_account: 'skip' })
        expect(check(f, 'collector').words).toMatch(/^Not used: "Open incidents for failed jobs" is off for this server/)
    })

    test('templates: the server\'s own and the Default each need a caller and a group', () => {
        expect(check(facts(), 'templates').words).toBe('Incidents for failed jobs have a caller and a group (Default: caller Olivia Ops, group OpCon Operations).')
        expect(check(facts({ templates: { server: null, default: { ...TEMPLATE, caller: '', group: '' } } }), 'templates')).toMatchObject({
            status: 'fail', words: 'The Default template has no caller and no assignment group: incidents it opens reach no one.',
        })
        expect(check(facts({ templates: { server: { ...TEMPLATE, name: 'Payroll', group: '' }, default: TEMPLATE } }), 'templates').words).toBe('This server\'s template "Payroll" has no assignment group: incidents it opens reach no one.')
        expect(check(facts({ templates: { server: 'missing', default: null } }), 'templates').words).toBe('The template named on this server no longer exists (the Default applies); the Default template was deleted (the built-in one applies: no caller, no assignment group): incidents it opens reach no one.')
    })

    test('Flow actions: each draft named; none found is ✗ too', () => {
        const drafts = FLOW_ACTIONS.map((internalName, i) => ({ internalName, name: `Action ${i}`, published: i > 1 }))
        expect(check(facts({ flowActions: drafts }), 'flow_actions').words).toBe('2 of 11 OpCon Flow actions are not published (Action 0, Action 1): no flow or script runs them.')
        expect(check(facts({ flowActions: drafts.slice(1) }), 'flow_actions').words).toBe('1 of 11 OpCon Flow actions are not published (Action 1): no flow or script runs them; 1 of 11 are not on the instance.')
        expect(check(facts({ flowActions: [] }), 'flow_actions').status).toBe('fail')
    })

    test('FLOW_ACTIONS are the internal names the package defines', () => {
        const source = readFileSync(join(__dirname, '../../fluent/flow-actions/opcon-actions.now.ts'), 'utf8')
        expect([...source.matchAll(/internalName: '([^']+)'/g)].map((m) => m[1]).sort()).toEqual([...FLOW_ACTIONS].sort())
    })

    test('push account: ✓ with an account, ✗ when OpCon pushed before and none holds the role now, – when push was never used', () => {
        expect(check(facts(), 'push_account').words).toBe('1 active account holds x_opcon.failure_reporter (opcon.failure.reporter), so OpCon can report failed jobs at once.')
        expect(check(facts({ push: { accounts: [], reportsReceived: true } }), 'push_account').status).toBe('fail')
        expect(check(facts({ push: { accounts: [], reportsReceived: false } }), 'push_account')).toMatchObject({ status: 'skip', words: expect.stringMatching(/^Not used: no active account holds/) })
    })
})

describe('the message', () => {
    test('one message, in order; error when something is to fix, info when not', () => {
        expect(checklistMessage('prod', setupChecklist(facts()))).toMatchObject({ kind: 'info', html: expect.stringMatching(/^<p>Test connection of prod: nothing to fix\.<\/p><ul><li>✓ <strong>Server active<\/strong>: /) })
        const broken = setupChecklist(facts({ hasToken: false, failedJobs: null }))
        const message = checklistMessage('prod', broken)
        expect(message.kind).toBe('error')
        expect(message.html).toMatch(/^<p>Test connection of prod: 1 of 11 checks to fix\.<\/p>/)
        expect(message.html).toContain('<li>✗ <strong>API token accepted</strong>: No API token is set, so the connector can call nothing but /api/version. <em>Fix:</em> Generate an external token')
        expect(message.html).toContain('<li>– <strong>Reading daily jobs</strong>: Not checked: no API token is set (see API token).</li>')
        expect(message.html).not.toMatch(/\n/)
    })

    test('whatever came from outside is escaped: only the list\'s own tags are markup', () => {
        const f = facts({ server: { ...facts().server, midServer: '<b>mid</b>' }, push: { accounts: ['<script>x</script>'], reportsReceived: false } })
        const { html } = checklistMessage('<img src=x>', setupChecklist(f))
        expect(html).not.toMatch(/<(img|b|script)\b/)
        expect(html).toContain('&lt;img src=x&gt;')
        expect(html).toContain('&lt;script&gt;x&lt;/script&gt;')
    })

    test('itemLine gives the plain-text form', () => {
        expect(itemLine({ id: 'token', title: 'API token accepted', status: 'fail', words: 'No token.', fix: 'Enter one.' })).toBe('✗ API token accepted: No token. Fix: Enter one.')
    })
})

describe('the reads it sends conform to OpCon 21.2 and are GETs', () => {
    const validator = new OpenApiValidator()
    const ENDPOINTS: Record<string, string> = { getApiVersion: '/api/version', listDailyJobs: '/api/dailyjobs?${query}', getIncidentTickets: '/api/dailyjobs/${uid}/incidentTickets' }
    test.each([
        ['version', versionProbe()],
        ['failed jobs', failedJobsProbe('2026-03-02')],
        ['any job', anyJobProbe('2026-03-02')],
        ['tickets', ticketsProbe('4711')],
    ])('%s', (_, built) => {
        if (!built.ok) throw new Error(built.message)
        const url = ENDPOINTS[built.request.fn].replace(/\$\{(\w+)\}/g, (__, name: string) => built.request.params[name] ?? '')
        const [path, query = ''] = url.split('?')
        expect(built.request.method).toBe('GET')
        expect(validator.validate({ method: 'GET', path, query, body: undefined })).toEqual([])
    })

    test('a date that is not one is refused before any request', () => {
        expect(anyJobProbe('2026-02-30').ok).toBe(false)
        expect(failedJobsProbe('yesterday').ok).toBe(false)
    })
})
