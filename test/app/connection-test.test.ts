// "Test connection" on the built package, against the OpCon simulator: one
// click, one form message listing every check of the setup in order, each ✓
// or ✗ with the fix in words. Each check is shown failing by a scenario of
// its own, and a setup with nothing to fix shows every check ✓.
import { Instance } from '../bench/instance'
import { mapTransportFailures } from '../bench/rest-message'
import { everythingVisible, scopeRefusals, createOpConAlias, startConnector, TOKEN, useConnector, type Connector } from './support/connector'
import { collectFailures } from './support/failures'
import { connectorIncident, openOpConIncident, setState } from './support/incidents'

let c: Connector
const connector = useConnector()

const DEFAULT_TEMPLATE = '62ff21c69ec14baea181cc6371426ec1'
const COLLECTOR_JOB = 'bf1d05ef2bc34830923fabc91325fd7c'
const TITLES = [
    'Server active', 'OpCon reachable', 'API token accepted', 'Reading daily jobs', 'Job actions', 'Incident tickets in OpCon',
    'Job output (job log)', 'Collector', 'Incident templates', 'Flow actions published', 'Push account',
]

interface Line { mark: string; title: string; text: string }
interface Shown { kind: string; message: string; heading: string; lines: Line[]; of(title: string): Line }

/** Clicks Test connection as an OpCon admin; the one message it leaves, read back item by item. */
function testConnection(serverId = c.serverId, instance: Instance = c.instance, as = 'opcon.admin'): Shown {
    const from = instance.messages.length
    instance.clickUiAction('x_opcon_test_connection', 'x_opcon_server', serverId, as)
    const messages = instance.messages.slice(from)
    expect(messages).toHaveLength(1)
    const [{ kind, message }] = messages
    const heading = /^<p>(.*?)<\/p><ul>/.exec(message)?.[1] ?? ''
    const lines = [...message.matchAll(/<li>(✓|✗|–) <strong>([^<]*)<\/strong>: (.*?)<\/li>/g)].map(([, mark, title, text]) => ({ mark, title, text }))
    expect(lines.map((l) => l.title)).toEqual(TITLES)
    return { kind, message, heading, lines, of: (title) => lines.find((l) => l.title === title)! }
}

const marks = (shown: Shown): Record<string, string> => Object.fromEntries(shown.lines.map((l) => [l.title, l.mark]))
const allOk = Object.fromEntries(TITLES.map((t) => [t, '✓']))

const today = (): string => new Date(c.instance.now()).toISOString().slice(0, 10).replace(/-/g, '')
let sequence = 0

/** A failed job of today in the simulator. */
async function failedJob(options: { end?: string } = {}): Promise<string> {
    sequence += 1
    const id = `${today()}|${600 + sequence}|1|CHECK${String(sequence).padStart(3, '0')}`
    const times = options.end ? { start: new Date(Date.parse(options.end) - 60_000).toISOString(), end: options.end } : {}
    await c.sim.seedJob({ id, status: 'Failed', scheduleName: 'CHECKS', output: { 'check.log': 'ERROR: disk full' }, ...times })
    return id
}

/** Another server row on the same simulator (its own address), as an OpCon admin registers it. */
function register(name: string, values: Record<string, unknown> = {}, token = TOKEN, midServer?: string): string {
    // The token (and the MID server) live in the server's Connection & Credential alias; none at all when token is ''.
    const alias = token === '' ? '' : createOpConAlias(c.instance, { name, url: String(values.base_url ?? c.sim.url), token, midServer })
    const id = c.instance.insert('x_opcon_server', { name, address: `${name}.example:9010`, base_url: c.sim.url, connection_alias: alias, active: true, ...values }, { as: 'opcon.admin' })
    if (!id) throw new Error(`registering ${name} failed: ${JSON.stringify(c.instance.messages.slice(-2))}`)
    return id
}

const setServer = (id: string, values: Record<string, unknown>): void => {
    c.instance.update('x_opcon_server', id, values, { as: 'opcon.admin' })
}

beforeAll(async () => {
    c = connector()
    // What a finished setup looks like: the collector on, the Flow actions published, the Default template
    // assigned, a push account (the connector's opcon.reporter), and the connector's own history with this
    // server: a failure whose ticket and job log OpCon took, and a job action OpCon took.
    setServer(c.serverId, { collect_failures: true })
    c.instance.publishFlowActions()
    const group = c.instance.createGroup({ name: 'OpCon Operations', members: ['agent'] })
    const caller = c.instance.query('sys_user', 'user_name=opcon.integration')[0].sys_id
    c.instance.update('x_opcon_template', DEFAULT_TEMPLATE, { caller, assignment_group: group }, { as: 'opcon.admin' })
    await failedJob()
    collectFailures(c)
    setState(c, await openOpConIncident(c), 2)
})

describe('a setup with nothing to fix', () => {
    test('every check is ✓, in the order an admin sets things up, in one info message', async () => {
        await c.sim.clearRequests()
        const shown = testConnection()
        expect(marks(shown)).toEqual(allOk)
        expect(shown.kind).toBe('info')
        expect(shown.heading).toBe('Test connection of opcon-test: nothing to fix.')
        expect(shown.of('OpCon reachable').text).toBe(`OpCon REST API 21.2.0.0 answered at ${c.sim.url}, directly from the instance.`)
        expect(shown.of('Job actions').text).toMatch(/^OpCon took the last job action: Mark under review for INC\d+ at .* UTC\. Test connection never sends one/)
        expect(shown.of('Incident tickets in OpCon').text).toMatch(/^The token's user reads incident tickets \(job \d{8}\|601\|1\|CHECK001\)\. OpCon took the last ticket written/)
        expect(shown.of('Push account').text).toContain('1 active account holds x_opcon.failure_reporter (opcon.reporter)')
    })

    test('it sends OpCon only reads, few of them, and never shows the token', async () => {
        await c.sim.clearRequests()
        const shown = testConnection()
        const requests = await c.sim.requests()
        expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
            'GET /api/version',
            'GET /api/dailyjobs',
            expect.stringMatching(/^GET \/api\/dailyjobs\/\d+\/incidentTickets$/),
        ])
        // The collector's own call, for today and a few jobs.
        expect(requests[1].query).toBe(`Dates=${new Date(c.instance.now()).toISOString().slice(0, 10)}&Categories=Failed&Limit=25&Offset=0`)
        expect(shown.message).not.toContain(TOKEN)
        expect(everythingVisible(c.instance)).not.toContain(TOKEN)
    })

    test('the collector\'s scheduled job is the one the checklist reads', () => {
        expect(c.instance.get('sysauto_script', COLLECTOR_JOB)?.name).toBe('OpCon: collect failed jobs')
    })
})

describe('each check, failing', () => {
    test('an inactive server: ✗ Server active and the collector skips it; everything else is still checked', () => {
        const standby = register('standby', { active: false, collect_failures: true })
        try {
            const shown = testConnection(standby)
            expect(marks(shown)).toEqual({ ...allOk, 'Server active': '✗', 'Job actions': '–', 'Job output (job log)': '–', Collector: '✗' })
            expect(shown.kind).toBe('error')
            expect(shown.heading).toBe('Test connection of standby: 2 of 11 checks to fix.')
            expect(shown.of('Server active').text).toMatch(/^The server is not active: the incident rules, the job dialog, OpConApi and the collector do not call it.* <em>Fix:<\/em> Tick Active on this form\.$/)
            expect(shown.of('Collector').text).toMatch(/^The collector skips this server: it is not active\./)
            expect(shown.of('Job actions').text).toMatch(/^Not checked: no job action sent to this server has had OpCon's answer yet\. Test connection never sends one/)
        } finally {
            setServer(standby, { collect_failures: false })
        }
    })

    describe('OpCon not reached: which failure, and what to do; the checks that need no OpCon still run', () => {
        test('refused: nothing listens on that port', () => {
            const closed = register('closed', { base_url: 'https://127.0.0.1:1', collect_failures: true })
            try {
                const shown = testConnection(closed)
                expect(shown.of('OpCon reachable')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^Nothing accepted the connection at closed\.example:9010 \(refused, directly from the instance\) \(java\.net\.ConnectException: Connection refused.*\)\. <em>Fix:<\/em> Check the port in the base URL and that OpCon's REST API service is running/) })
                for (const title of ['API token accepted', 'Reading daily jobs']) expect(shown.of(title)).toEqual({ mark: '–', title, text: 'Not checked: OpCon was not reached (see OpCon reachable).' })
                expect(marks(shown)).toMatchObject({ 'Incident templates': '✓', 'Flow actions published': '✓', 'Push account': '✓', Collector: '✓' })
                expect(shown.of('Collector').text).toContain('whether it records this server\'s failures was not checked')
            } finally {
                setServer(closed, { collect_failures: false, active: false })
            }
        })

        test('certificate: the instance does not trust OpCon\'s', () => {
            const untrusting = Instance.load()
            untrusting.createUser({ userName: 'a', roles: ['x_opcon.admin'] })
            const id = untrusting.insert('x_opcon_server', { name: 'self-signed', address: c.sim.address, base_url: c.sim.url, connection_alias: createOpConAlias(untrusting, { name: 'self-signed', url: c.sim.url, token: TOKEN }) }, { as: 'a' })!
            const shown = testConnection(id, untrusting, 'a')
            expect(shown.of('OpCon reachable')).toMatchObject({ mark: '✗', text: expect.stringMatching(new RegExp(`^The HTTPS certificate of ${c.sim.url.replace(/[.]/g, '\\.')} was not accepted \\(javax\\.net\\.ssl\\.SSLHandshakeException.*\\)\\. <em>Fix:</em> Import the CA that signed OpCon's certificate into the instance`)) })
            expect(shown.of('API token accepted').mark).toBe('–')
        })

        test('proxy: something else answers with a redirect, which is not followed', async () => {
            await c.sim.setFaults([{ kind: 'status', status: 302, path: '/api/version', headers: { Location: 'https://login.example/sso' }, body: '<html>Sign in</html>' }])
            const shown = testConnection()
            expect(shown.of('OpCon reachable')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^Something other than OpCon answered: HTTP 302, a redirect \(a proxy, a login page or an old address\)\. It was not followed.*<em>Fix:<\/em> Correct the base URL/) })
            expect(shown.message).not.toContain('login.example')
        })

        test('MID server: no answer through it in time', async () => {
            const viaMid = register('via-mid', {}, TOKEN, 'mid-dc1')
            c.instance.setProperty('x_opcon.http_timeout_ms', '1000')
            await c.sim.setFaults([{ kind: 'delay', delayMs: 2500, path: '/api/version' }])
            // The platform's words when the ECC queue wait runs out (ServiceNow KB0744311).
            const undo = mapTransportFailures([{ kind: 'timeout', urlPrefix: c.sim.url, text: 'com.glide.ecc.ECCResponseTimeoutException: No response for ECC message request with sysid=6f2a0c3e1b7d4e5f8a9b0c1d2e3f4a5b after waiting for 30 seconds in ECC Queue' }])
            try {
                const shown = testConnection(viaMid)
                expect(shown.of('Server active').text).toContain('through MID server mid-dc1')
                expect(shown.of('OpCon reachable')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^The MID server mid-dc1 gave no answer in time \(com\.glide\.ecc\.ECCResponseTimeoutException: No response for ECC message request .*\)\. <em>Fix:<\/em> Check that the MID server is Up and not backlogged \(MID Server &gt; Servers, its ECC queue\)/) })
            } finally {
                undo()
                setServer(viaMid, { active: false })
            }
        })

        test('timeout: OpCon takes the connection but does not answer in time', async () => {
            c.instance.setProperty('x_opcon.http_timeout_ms', '1000')
            await c.sim.setFaults([{ kind: 'delay', delayMs: 2500, path: '/api/version' }])
            const shown = testConnection()
            expect(shown.of('OpCon reachable')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^OpCon accepted the connection but did not answer in time \(.*[Tt]imed out.*\)\. <em>Fix:<\/em> Check OpCon's REST API service and its load; raise x_opcon\.http_timeout_ms/) })
        })

        test('503: says OpCon was unavailable and what to check, never that anything is retried', async () => {
            await c.sim.setFaults([{ kind: 'status', status: 503, path: '/api/version', body: { code: 503, message: 'Service Unavailable' } }])
            const shown = testConnection()
            expect(shown.of('OpCon reachable')).toMatchObject({ mark: '✗', text: expect.stringContaining('was unavailable (HTTP 503) while trying to read the API version: OpCon did not take the request on. OpCon said: "Service Unavailable". If it stays unavailable, check that OpCon\'s REST API service is running, and its log.') })
            expect(shown.message).not.toMatch(/retr(y|ied|ies)/i)
        })
    })

    test('a base URL that cannot be used (saved past the form): ✗ OpCon reachable, nothing sent, and the URL, which may hold a secret, never repeated', async () => {
        const id = register('mistyped')
        const write = (field: string, value: string) => c.instance.runScript(`var gr = new GlideRecord('x_opcon_server'); gr.get('${id}'); gr.setWorkflow(false); gr.setValue('${field}', ${JSON.stringify(value)}); gr.update();`)
        write('base_url', 'https://admin:s3cret-pw@opcon.example.com:9010')
        await c.sim.clearRequests()
        try {
            const shown = testConnection(id)
            expect(shown.of('Server active').text).toBe('Active.')
            expect(shown.of('OpCon reachable')).toMatchObject({ mark: '✗', text: expect.stringMatching(/The base URL contains credentials; the token belongs in the API Key credential of the server's Connection alias instead\. <em>Fix:<\/em> Correct the base URL on this form\.$/) })
            expect(shown.message).not.toContain('s3cret-pw')
            expect(await c.sim.requests()).toEqual([])
        } finally {
            write('active', 'false')
        }
    })

    test('the token: ✗ when OpCon refuses it (401) or none is set; what needs it is not checked', () => {
        const wrong = register('wrong-token', {}, 'not-the-token')
        const none = register('no-token', {}, '')
        try {
            const refused = testConnection(wrong)
            expect(refused.of('OpCon reachable').mark).toBe('✓')
            expect(refused.of('API token accepted')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^OpCon refused the API token \(HTTP 401\): it is wrong, expired or revoked\. OpCon said: "Invalid token"\. <em>Fix:<\/em> Generate an external token in OpCon Solution Manager/) })
            expect(refused.of('Reading daily jobs').text).toBe('Not checked: OpCon refused the API token (see API token accepted).')
            const missing = testConnection(none)
            expect(missing.of('OpCon reachable').mark).toBe('✓')
            expect(missing.of('API token accepted')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^No API token is set, so the connector can call nothing but \/api\/version\./) })
            expect(missing.of('Reading daily jobs').text).toBe('Not checked: no API token is set (see API token).')
        } finally {
            setServer(wrong, { active: false })
            setServer(none, { active: false })
        }
    })

    test('reading daily jobs: ✗ when OpCon refuses the list (403); the token is still shown accepted', async () => {
        await c.sim.setFaults([{ kind: 'status', status: 403, path: '^/api/dailyjobs$', body: { code: 403, message: 'No access to department PAYROLL' } }])
        const shown = testConnection()
        expect(shown.of('API token accepted').mark).toBe('✓')
        expect(shown.of('Reading daily jobs')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^OpCon does not let the token's user list daily jobs \(HTTP 403\)\. OpCon said: "No access to department PAYROLL"\..*<em>Fix:<\/em> In OpCon Solution Manager, give the token's user a role that sees the departments/) })
        expect(shown.of('Incident tickets in OpCon').text).toMatch(/^Reading was not checked: OpCon's daily jobs could not be listed/)
    })

    test('incident tickets: ✗ when OpCon refuses to show a job\'s tickets (403)', async () => {
        await c.sim.setFaults([{ kind: 'status', status: 403, path: '^/api/dailyjobs/\\d+/incidentTickets$', body: { code: 403, message: 'No access' } }])
        const shown = testConnection()
        expect(shown.of('Incident tickets in OpCon')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^OpCon does not let the token's user read a job's incident tickets \(HTTP 403, job \d{8}\|\d+\|1\|\w+\)\. OpCon said: "No access"\. <em>Fix:<\/em> In OpCon Solution Manager, give the token's user the privilege to update the daily jobs/) })
    })

    test('a token whose OpCon user may read but not act: ✗ job actions, tickets and job output, from what OpCon answered the connector (Test connection itself acts on nothing)', async () => {
        await c.sim.addToken('tok-viewer-5d1e', { user: 'viewer', privileged: false })
        const viewer = register('viewer', { collect_failures: true }, 'tok-viewer-5d1e')
        try {
            const incident = await openOpConIncident(c, { address: 'viewer.example:9010' })
            setState(c, incident, 2)
            await failedJob()
            collectFailures(c)
            await c.sim.clearRequests()
            const shown = testConnection(viewer)
            expect(marks(shown)).toMatchObject({ 'API token accepted': '✓', 'Reading daily jobs': '✓', 'Job actions': '✗', 'Incident tickets in OpCon': '✗', 'Job output (job log)': '✗' })
            expect(shown.of('Job actions').text).toMatch(/^OpCon refused the last job action for lack of privilege: Mark under review for INC\d+ at .* UTC \(HTTP 403\)\..*<em>Fix:<\/em> In OpCon Solution Manager, give the token's user the job-action privileges/)
            expect(shown.of('Incident tickets in OpCon').text).toMatch(/^The token's user reads incident tickets .* OpCon refused to take the last incident ticket for lack of privilege \(HTTP 403; job \d{8}\|\d+\|1\|CHECK\d+, .* UTC\)\. <em>Fix:<\/em>/)
            expect(shown.of('Job output (job log)').text).toMatch(/^OpCon refused the last job output request for lack of privilege \(HTTP 403; job .*<em>Fix:<\/em> In OpCon Solution Manager, give the token's user the privilege to view job output/)
            expect((await c.sim.requests()).filter((r) => r.method !== 'GET')).toEqual([])
        } finally {
            setServer(viewer, { collect_failures: false, active: false })
        }
    })

    describe('the collector', () => {
        test('✗ while the connector is switched off', () => {
            c.instance.setProperty('x_opcon.enabled', 'false')
            expect(testConnection().of('Collector')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^The connector is switched off \(x_opcon\.enabled is false\): the collector polls no server\. <em>Fix:<\/em> Set x_opcon\.enabled to true/) })
        })

        test('✗ while its scheduled job is inactive', () => {
            const job = c.instance.store.get('sysauto_script', COLLECTOR_JOB)!
            c.instance.store.put('sysauto_script', { ...job, active: 'false' })
            try {
                expect(testConnection().of('Collector')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^The scheduled job "OpCon: collect failed jobs" is inactive, so no server is polled\. <em>Fix:<\/em> Activate it/) })
            } finally {
                c.instance.store.put('sysauto_script', job)
            }
        })

        test('✗ when OpCon lists a failed run that ended minutes ago and the collector has not recorded it: it is not running', async () => {
            const ended = new Date(c.instance.now() - 30 * 60_000).toISOString()
            const job = await failedJob({ end: ended })
            const shown = testConnection()
            expect(shown.of('Collector')).toMatchObject({ mark: '✗', text: `OpCon lists 1 failed run of ${new Date(c.instance.now()).toISOString().slice(0, 10)} that the collector has not recorded, the first job ${job} (ended ${ended}): it does not run for this server. <em>Fix:</em> Check the scheduled job's Run as user and last run (System Definition &gt; Scheduled Jobs, "OpCon: collect failed jobs"), and the system log (source x_opcon) for why. If you ticked "Open incidents for failed jobs" just now, test again in a minute.` })
            collectFailures(c)
            expect(testConnection().of('Collector').mark).toBe('✓')
        })

        test('– not used while "Open incidents for failed jobs" is off, and so are the templates, tickets, job output and push account', () => {
            setServer(c.serverId, { collect_failures: false })
            try {
                const shown = testConnection()
                expect(marks(shown)).toMatchObject({ Collector: '–', 'Incident templates': '–', 'Incident tickets in OpCon': '–', 'Job output (job log)': '–', 'Push account': '–' })
                expect(shown.of('Collector').text).toMatch(/^Not used: "Open incidents for failed jobs" is off for this server, so failed OpCon jobs open no incident for it/)
                expect(shown.kind).toBe('info')
            } finally {
                setServer(c.serverId, { collect_failures: true })
            }
        })
    })

    test('templates: ✗ while the Default has no caller or no group, or the server\'s own template is inactive', () => {
        const before = c.instance.get('x_opcon_template', DEFAULT_TEMPLATE)!
        c.instance.update('x_opcon_template', DEFAULT_TEMPLATE, { caller: '', assignment_group: '' }, { as: 'opcon.admin' })
        const own = c.instance.insert('x_opcon_template', { name: 'Payroll nights', active: false, caller: before.caller, assignment_group: before.assignment_group }, { as: 'opcon.admin' })!
        setServer(c.serverId, { incident_template: own })
        try {
            expect(testConnection().of('Incident templates')).toMatchObject({
                mark: '✗',
                text: 'This server\'s template "Payroll nights" is inactive (the Default applies); the Default template has no caller and no assignment group: incidents it opens reach no one. <em>Fix:</em> Set a caller and an assignment group on OpCon Connector &gt; Incident Templates (the Default, and the template named on this server).',
            })
        } finally {
            setServer(c.serverId, { incident_template: '' })
            c.instance.update('x_opcon_template', DEFAULT_TEMPLATE, { caller: before.caller, assignment_group: before.assignment_group }, { as: 'opcon.admin' })
        }
        expect(testConnection().of('Incident templates').mark).toBe('✓')
    })

    test('Flow actions: ✗ while one is a draft, naming it', () => {
        const [cancel] = c.instance.query('sys_hub_action_type_definition', 'internal_name=opcon_cancel_job')
        c.instance.store.put('sys_hub_action_type_definition', { ...cancel, state: 'draft' })
        try {
            expect(testConnection().of('Flow actions published')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^1 of 11 OpCon Flow actions are not published \(Cancel job\): no flow or script runs them\. <em>Fix:<\/em> Flow Designer &gt; Actions, category OpCon: open each draft and select Publish/) })
        } finally {
            c.instance.store.put('sys_hub_action_type_definition', cancel)
        }
    })

    test('push account: ✗ when OpCon has pushed failures of this server but no active account holds the role any more; – when push was never used', async () => {
        await connectorIncident(c)
        const reporter = c.instance.query('sys_user', 'user_name=opcon.reporter')[0]
        c.instance.store.put('sys_user', { ...reporter, active: '0' })
        const quiet = register('quiet', { collect_failures: true })
        try {
            expect(testConnection().of('Push account')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^OpCon has reported failed jobs of this server before, but no active account holds x_opcon\.failure_reporter now: its reports are refused \(HTTP 403\).*<em>Fix:<\/em> Give a dedicated account x_opcon\.failure_reporter and nothing else/) })
            expect(testConnection(quiet).of('Push account')).toMatchObject({ mark: '–', text: expect.stringMatching(/^Not used: no active account holds x_opcon\.failure_reporter and OpCon has reported no failure of this server\./) })
        } finally {
            c.instance.store.put('sys_user', reporter)
            setServer(quiet, { collect_failures: false, active: false })
        }
    })
})

test('the form message is escaped: a server name cannot add markup', () => {
    const odd = register('odd', { name: 'odd <img src=x onerror=alert(1)> & co' })
    try {
        const shown = testConnection(odd)
        expect(shown.heading).toMatch(/^Test connection of odd &lt;img src=x onerror=alert\(1\)&gt; &amp; co: /)
        expect(shown.message).not.toContain('<img')
    } finally {
        setServer(odd, { active: false })
    }
})

describe('what it reads outside the app needs the privileges it ships', () => {
    const READS = ['sysauto_script', 'sys_hub_action_type_definition', 'sys_user_role', 'sys_user_has_role']
    let bare: Connector | undefined
    afterAll(async () => {
        await bare?.stop()
    })

    test('without its read privileges the platform refuses each read, and the checklist says where to look instead of guessing', async () => {
        bare = await startConnector({ exclude: (record) => record.table === 'sys_scope_privilege' && record.fields.operation === 'read' && READS.includes(record.fields.target_name ?? '') })
        bare.instance.publishFlowActions()
        const from = bare.instance.logs.length
        const shown = testConnection(bare.serverId, bare.instance)
        expect(scopeRefusals(bare.instance, from)).toEqual([
            expect.stringMatching(/^Security restricted: Read operation on table 'sysauto_script' from scope 'x_opcon' was denied/),
            expect.stringMatching(/^Security restricted: Read operation on table 'sys_hub_action_type_definition' from scope 'x_opcon' was denied/),
            expect.stringMatching(/^Security restricted: Read operation on table 'sys_user_role' from scope 'x_opcon' was denied/),
        ])
        expect(shown.of('Flow actions published')).toMatchObject({ mark: '✗', text: expect.stringMatching(/was found on the instance\..*A "Security restricted" line in the system log instead means its cross-scope privilege to read Flow actions is missing\.$/) })
        // The push role's grants are read only once the role is found: the role's own read is refused first.
        const role = bare.instance.store.rows('sys_user_role').find((row) => row.name === 'x_opcon.failure_reporter')!
        expect(bare.instance.runScript(`var g = new GlideRecord('sys_user_has_role'); g.addQuery('role', '${role.sys_id}'); g.query(); g.hasNext();`)).toBe(false)
        expect(scopeRefusals(bare.instance, from).at(-1)).toMatch(/^Security restricted: Read operation on table 'sys_user_has_role' from scope 'x_opcon' was denied/)
    })
})
