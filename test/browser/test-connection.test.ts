// Test connection's checklist in a real browser: the built server form served by
// the harness, its "Test connection" button submitting the form, the real UI
// action running in the bench against the OpCon simulator, and the checklist
// read from the form message the page shows. For each check, one scenario sets
// up the one failure that check detects and the page shows ✗ with the fix on
// that item and ✓ on the others (– on the checks that depend on the failed one,
// which say why they were not checked). One browser page for the whole file.
// test/app/connection-test.test.ts holds the wording in detail; this file
// proves what reaches the admin's screen.
/// <reference lib="dom" />
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { Instance } from '../bench/instance'
import { launchBrowser } from './browser'
import { startHarness, type Harness } from './harness'
import { createOpConAlias, scopeRefusals, startConnector, TOKEN, type Connector } from '../app/support/connector'
import { collectFailures } from '../app/support/failures'
import { connectorIncident, openOpConIncident, setState } from '../app/support/incidents'

const ARTIFACTS = path.resolve(__dirname, '../artifacts')
const DEFAULT_TEMPLATE = '62ff21c69ec14baea181cc6371426ec1'
const TITLES = [
    'Server active', 'OpCon reachable', 'API token accepted', 'Reading daily jobs', 'Job actions', 'Incident tickets in OpCon',
    'Job output (job log)', 'Collector', 'Incident templates', 'Flow actions published', 'Push account',
]
const allOk = Object.fromEntries(TITLES.map((t) => [t, '✓']))

let browser: Browser
let c: Connector
let harness: Harness
let page: Page
let pageErrors: string[] = []
let logsBefore = 0
let installed: Array<{ name: string; value: string }> = []
let sequence = 0

const today = (): string => new Date(c.instance.now()).toISOString().slice(0, 10).replace(/-/g, '')

/** A failed job of today in the simulator. */
async function failedJob(): Promise<string> {
    sequence += 1
    const id = `${today()}|${700 + sequence}|1|BROWSER${String(sequence).padStart(3, '0')}`
    await c.sim.seedJob({ id, status: 'Failed', scheduleName: 'CHECKS', output: { 'check.log': 'ERROR: disk full' } })
    return id
}

/** Another server row on the same simulator (its own address), as an OpCon admin registers it; no alias at all when token is ''. */
function register(name: string, values: Record<string, unknown> = {}, token = TOKEN): string {
    const alias = token === '' ? '' : createOpConAlias(c.instance, { name, url: String(values.base_url ?? c.sim.url), token })
    const id = c.instance.insert('x_opcon_server', { name, address: `${name}.example:9010`, base_url: c.sim.url, connection_alias: alias, active: true, ...values }, { as: 'opcon.admin' })
    if (!id) throw new Error(`registering ${name} failed: ${JSON.stringify(c.instance.messages.slice(-2))}`)
    return id
}

const setServer = (id: string, values: Record<string, unknown>): void => {
    c.instance.update('x_opcon_server', id, values, { as: 'opcon.admin' })
}

beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    ;[browser, c] = await Promise.all([launchBrowser(), startConnector()])
    installed = c.instance.query('sys_properties', 'nameSTARTSWITHx_opcon.').map((p) => ({ name: p.name, value: p.value }))
    // A finished setup (as in test/app/connection-test.test.ts): the collector on, the Flow actions published,
    // the Default template assigned, a push account, and this server's history: a failure whose ticket and job
    // log OpCon took, and a job action OpCon took.
    setServer(c.serverId, { collect_failures: true })
    c.instance.publishFlowActions()
    const group = c.instance.createGroup({ name: 'OpCon Operations', members: ['agent'] })
    const caller = c.instance.query('sys_user', 'user_name=opcon.integration')[0].sys_id
    c.instance.update('x_opcon_template', DEFAULT_TEMPLATE, { caller, assignment_group: group }, { as: 'opcon.admin' })
    await failedJob()
    collectFailures(c)
    setState(c, await openOpConIncident(c), 2)
    harness = await startHarness(c.instance, { user: 'opcon.admin' })
    page = await browser.newPage({ viewport: { width: 1100, height: 1000 } })
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message))
}, 120_000)

afterAll(async () => {
    await browser?.close()
    await harness?.close()
    await c?.stop()
})

beforeEach(async () => {
    await c.sim.clearFaults()
    for (const p of installed) c.instance.setProperty(p.name, p.value)
    harness.errors.length = 0
    pageErrors = []
    logsBefore = c.instance.logs.length
})

afterEach(() => {
    expect(pageErrors).toEqual([])
    expect(harness.errors).toEqual([])
    expect(scopeRefusals(c.instance, logsBefore)).toEqual([])
})

interface Item { mark: string; title: string; text: string; fix: string }
interface Checklist { kind: string; heading: string; items: Item[]; marks: Record<string, string>; of(title: string): Item }

/**
 * Opens the server's form in the browser, clicks Test connection and reads the checklist off the page:
 * the one form message holding a list, each item's mark, title and words, and the words after its
 * emphasised "Fix:".
 */
async function testConnection(serverId = c.serverId, on: Harness = harness): Promise<Checklist> {
    await page.goto(`${on.url}/x_opcon_server.do?sys_id=${serverId}`)
    await page.getByRole('button', { name: 'Test connection' }).click()
    const message = page.locator('.outputmsg', { has: page.locator('ul > li') })
    await message.waitFor()
    expect(await message.count()).toBe(1)
    const items = await message.locator('ul > li').evaluateAll((lis) => lis.map((li) => {
        const em = Array.from(li.querySelectorAll('em')).find((e) => e.textContent === 'Fix:')
        let fix = ''
        for (let node = em?.nextSibling ?? null; node; node = node.nextSibling) fix += node.textContent ?? ''
        return { whole: li.textContent ?? '', title: li.querySelector('strong')?.textContent ?? '', fix: fix.trim() }
    }))
    const parsed = items.map(({ whole, title, fix }) => {
        const match = /^([✓✗–]) ([^:]+): ([\s\S]*)$/.exec(whole)
        expect(match?.[2]).toBe(title)
        return { mark: match?.[1] ?? '?', title, text: match?.[3] ?? whole, fix }
    })
    expect(parsed.map((i) => i.title)).toEqual(TITLES)
    const kind = (await message.getAttribute('class'))!.includes('outputmsg_error') ? 'error' : 'info'
    return {
        kind, heading: (await message.locator('p').first().textContent()) ?? '', items: parsed,
        marks: Object.fromEntries(parsed.map((i) => [i.title, i.mark])),
        of: (title) => parsed.find((i) => i.title === title)!,
    }
}

/** The one failing item's mark and fix: ✗, and a fix in words that starts as expected. */
function expectFailing(list: Checklist, title: string, fix: RegExp): void {
    expect(list.of(title)).toMatchObject({ mark: '✗', fix: expect.stringMatching(fix) })
    expect(list.kind).toBe('error')
}

test('a setup with nothing to fix: every item ✓ in one info message, and the token nowhere on the page', async () => {
    const list = await testConnection()
    expect(list.marks).toEqual(allOk)
    expect(list.kind).toBe('info')
    expect(list.heading).toBe('Test connection of opcon-test: nothing to fix.')
    expect(list.items.every((i) => i.fix === '')).toBe(true)
    expect(await page.content()).not.toContain(TOKEN)
    await page.screenshot({ path: path.join(ARTIFACTS, 'test-connection-ok.png'), fullPage: true })
})

test('Server active: an inactive server (the collector then skips it too)', async () => {
    const standby = register('standby', { active: false, collect_failures: true })
    try {
        const list = await testConnection(standby)
        expect(list.marks).toEqual({ ...allOk, 'Server active': '✗', 'Job actions': '–', 'Job output (job log)': '–', Collector: '✗' })
        expectFailing(list, 'Server active', /^Tick Active on this form\.$/)
        expect(list.heading).toBe('Test connection of standby: 2 of 11 checks to fix.')
    } finally {
        setServer(standby, { collect_failures: false })
    }
})

test('OpCon reachable: nothing listens on the port (refused); what needs OpCon is not checked, the rest still is', async () => {
    const closed = register('closed', { base_url: 'https://127.0.0.1:1', collect_failures: true })
    try {
        const list = await testConnection(closed)
        expect(list.marks).toEqual({ ...allOk, 'OpCon reachable': '✗', 'API token accepted': '–', 'Reading daily jobs': '–', 'Job actions': '–', 'Incident tickets in OpCon': '–', 'Job output (job log)': '–' })
        expectFailing(list, 'OpCon reachable', /^Check the port in the base URL and that OpCon's REST API service is running/)
        expect(list.of('OpCon reachable').text).toMatch(/^Nothing accepted the connection at closed\.example:9010 \(refused, directly from the instance\)/)
    } finally {
        setServer(closed, { collect_failures: false, active: false })
    }
})

test('OpCon reachable: the instance does not trust OpCon\'s certificate', async () => {
    // An instance without the simulator's CA among its trusted ones, with its own harness.
    const untrusting = Instance.load()
    untrusting.createUser({ userName: 'olivia', name: 'Olivia Admin', roles: ['x_opcon.admin'] })
    const id = untrusting.insert('x_opcon_server', {
        name: 'self-signed', address: c.sim.address, base_url: c.sim.url, active: true,
        connection_alias: createOpConAlias(untrusting, { name: 'self-signed', url: c.sim.url, token: TOKEN }),
    }, { as: 'olivia' })!
    const other = await startHarness(untrusting, { user: 'olivia' })
    try {
        const list = await testConnection(id, other)
        expect(list.of('OpCon reachable')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^The HTTPS certificate of .* was not accepted \(javax\.net\.ssl\.SSLHandshakeException/) })
        expect(list.of('OpCon reachable').fix).toMatch(/^Import the CA that signed OpCon's certificate into the instance/)
        expect(list.marks).toMatchObject({ 'Server active': '✓', 'API token accepted': '–', 'Reading daily jobs': '–' })
        expect(other.errors).toEqual([])
    } finally {
        await other.close()
    }
})

test('API token accepted: OpCon refuses the token (401), and none set at all', async () => {
    const wrong = register('wrong-token', {}, 'not-the-token')
    const none = register('no-token', {}, '')
    try {
        const refused = await testConnection(wrong)
        expect(refused.marks).toEqual({ ...allOk, 'API token accepted': '✗', 'Reading daily jobs': '–', 'Job actions': '–', 'Incident tickets in OpCon': '–', 'Job output (job log)': '–', Collector: '–', 'Incident templates': '–', 'Push account': '–' })
        expectFailing(refused, 'API token accepted', /^Generate an external token in OpCon Solution Manager/)
        expect(refused.of('API token accepted').text).toMatch(/^OpCon refused the API token \(HTTP 401\)/)
        const missing = await testConnection(none)
        expect(missing.of('API token accepted')).toMatchObject({ mark: '✗', text: expect.stringMatching(/^No API token is set/) })
        expect(missing.of('API token accepted').fix).not.toBe('')
    } finally {
        setServer(wrong, { active: false })
        setServer(none, { active: false })
    }
})

test('Reading daily jobs: OpCon refuses the list (403)', async () => {
    await c.sim.setFaults([{ kind: 'status', status: 403, path: '^/api/dailyjobs$', body: { code: 403, message: 'No access to department PAYROLL' } }])
    const list = await testConnection()
    // Tickets and the collector are still judged from the connector's own history with this server.
    expect(list.marks).toEqual({ ...allOk, 'Reading daily jobs': '✗' })
    expectFailing(list, 'Reading daily jobs', /^In OpCon Solution Manager, give the token's user a role that sees the departments/)
})

test('Incident tickets in OpCon: OpCon refuses to show a job\'s tickets (403)', async () => {
    await c.sim.setFaults([{ kind: 'status', status: 403, path: '^/api/dailyjobs/\\d+/incidentTickets$', body: { code: 403, message: 'No access' } }])
    const list = await testConnection()
    expect(list.marks).toEqual({ ...allOk, 'Incident tickets in OpCon': '✗' })
    expectFailing(list, 'Incident tickets in OpCon', /^In OpCon Solution Manager, give the token's user the privilege to update the daily jobs/)
})

test('Job actions and Job output: a token whose OpCon user may read but not act, seen in what OpCon answered the connector', async () => {
    await c.sim.addToken('tok-viewer-7a2f', { user: 'viewer', privileged: false })
    const viewer = register('viewer', { collect_failures: true }, 'tok-viewer-7a2f')
    try {
        setState(c, await openOpConIncident(c, { address: 'viewer.example:9010' }), 2)
        await failedJob()
        collectFailures(c)
        await c.sim.clearRequests()
        const list = await testConnection(viewer)
        // The same user also may not write incident tickets: that item fails with them (its own scenario is above).
        expect(list.marks).toEqual({ ...allOk, 'Job actions': '✗', 'Incident tickets in OpCon': '✗', 'Job output (job log)': '✗' })
        expectFailing(list, 'Job actions', /^In OpCon Solution Manager, give the token's user the job-action privileges/)
        expectFailing(list, 'Job output (job log)', /^In OpCon Solution Manager, give the token's user the privilege to view job output/)
        // Test connection itself acted on nothing.
        expect((await c.sim.requests()).filter((r) => r.method !== 'GET')).toEqual([])
    } finally {
        setServer(viewer, { collect_failures: false, active: false })
    }
})

test('Collector: the connector switched off', async () => {
    c.instance.setProperty('x_opcon.enabled', 'false')
    const list = await testConnection()
    expect(list.marks).toEqual({ ...allOk, Collector: '✗' })
    expectFailing(list, 'Collector', /^Set x_opcon\.enabled to true/)
})

test('Incident templates: the Default without caller and group', async () => {
    const before = c.instance.get('x_opcon_template', DEFAULT_TEMPLATE)!
    c.instance.update('x_opcon_template', DEFAULT_TEMPLATE, { caller: '', assignment_group: '' }, { as: 'opcon.admin' })
    try {
        const list = await testConnection()
        expect(list.marks).toEqual({ ...allOk, 'Incident templates': '✗' })
        expectFailing(list, 'Incident templates', /^Set a caller and an assignment group on OpCon Connector > Incident Templates/)
        expect(list.of('Incident templates').text).toMatch(/^The Default template has no caller and no assignment group: incidents it opens reach no one\./)
        // The form itself said so as it opened, in a message of its own.
        expect(await page.getByRole('status').filter({ hasText: /^Incidents this server opens for failed jobs that no template's patterns match use the Default template/ }).count()).toBe(1)
        await page.screenshot({ path: path.join(ARTIFACTS, 'test-connection-templates.png'), fullPage: true })
    } finally {
        c.instance.update('x_opcon_template', DEFAULT_TEMPLATE, { caller: before.caller, assignment_group: before.assignment_group }, { as: 'opcon.admin' })
    }
})

test('Flow actions published: one left a draft, named', async () => {
    const [cancel] = c.instance.query('sys_hub_action_type_definition', 'internal_name=opcon_cancel_job')
    c.instance.store.put('sys_hub_action_type_definition', { ...cancel, state: 'draft' })
    try {
        const list = await testConnection()
        expect(list.marks).toEqual({ ...allOk, 'Flow actions published': '✗' })
        expectFailing(list, 'Flow actions published', /^Flow Designer > Actions, category OpCon: open each draft and select Publish/)
        expect(list.of('Flow actions published').text).toMatch(/^1 of 11 OpCon Flow actions are not published \(Cancel job\)/)
    } finally {
        c.instance.store.put('sys_hub_action_type_definition', cancel)
    }
})

test('Push account: OpCon has pushed failures of this server, but no active account holds the push role any more', async () => {
    await connectorIncident(c)
    const reporter = c.instance.query('sys_user', 'user_name=opcon.reporter')[0]
    c.instance.store.put('sys_user', { ...reporter, active: '0' })
    try {
        const list = await testConnection()
        expect(list.marks).toEqual({ ...allOk, 'Push account': '✗' })
        expectFailing(list, 'Push account', /^Give a dedicated account x_opcon\.failure_reporter and nothing else/)
    } finally {
        c.instance.store.put('sys_user', reporter)
    }
})
