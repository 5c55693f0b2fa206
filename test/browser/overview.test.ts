// The Overview in a real browser: Debian's Chromium driven by playwright-core,
// the built UI page served by the harness as a module opens it (the page on
// its own, x_opcon_overview.do) and, to prove its markup survives UI16's XML
// round trip too, in a GlideModal; every figure comes from the real
// OpConOverviewAjax in the bench. A screenshot lands in test/artifacts/.
/// <reference lib="dom" />
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from './browser'
import { startHarness, type Harness } from './harness'
import { renderJelly } from './jelly'
import { emptyElements, xmlEscapedStyles } from './markup'
import { loadPackage } from '../bench/records'
import { DEFAULT_APP_DIR } from '../bench/instance'
import { startConnector, scopeRefusals, type Connector } from '../app/support/connector'

const ARTIFACTS = path.resolve(__dirname, '../artifacts')
const NASTY = 'Lab <b>&"x</b>'

let browser: Browser
let c: Connector
let harness: Harness
let page: Page
let pageErrors: string[]
let logsBefore = 0

beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    ;[browser, c] = await Promise.all([launchBrowser(), startConnector({ serverName: 'OpCon prod' })])
    const lab = c.instance.insert('x_opcon_server', { name: NASTY, address: 'lab.example.com:9010', base_url: 'https://lab.example.com:9010', active: true }, { as: 'opcon.admin' })!
    c.instance.insert('x_opcon_failure', { server: c.serverId, address: c.sim.address, daily_job_id: '20261207|1|1|PAY', state: 'done', outcome: 'opened', source: 'push' })
    c.instance.insert('x_opcon_failure', { server: lab, address: 'lab.example.com:9010', daily_job_id: '20261207|2|1|LAB', state: 'error', source: 'poll' })
    c.instance.insert('x_opcon_action', { server: c.serverId, address: c.sim.address, daily_job_id: '20261207|1|1|PAY', action: 'restart', state: 'held' })
    harness = await startHarness(c.instance, { user: 'opcon.admin' })
}, 120_000)

afterAll(async () => {
    await browser?.close()
    await harness?.close()
    await c?.stop()
})

beforeEach(async () => {
    harness.user = 'opcon.admin'
    harness.errors.length = 0
    page = await browser.newPage({ viewport: { width: 1100, height: 1000 } })
    pageErrors = []
    logsBefore = c.instance.logs.length
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message))
})

afterEach(async () => {
    await page?.close()
    expect(pageErrors).toEqual([])
    expect(harness.errors).toEqual([])
    expect(scopeRefusals(c.instance, logsBefore)).toEqual([])
})

const waitLoaded = () => page.waitForFunction(() => /^Figures as of|could not|cannot|answered HTTP/.test(document.getElementById('x_opcon_ov_status')?.textContent ?? ''))

test('the built page has no empty element but the fixed-up tags, and no > or < in its CSS', () => {
    const record = loadPackage(DEFAULT_APP_DIR).records.find((r) => r.table === 'sys_ui_page' && r.fields.endpoint === 'x_opcon_overview.do')!
    const html = renderJelly(record.fields.html, {})
    expect(html).toContain('<style>')
    expect(emptyElements(html)).toEqual([])
    expect(xmlEscapedStyles(html)).toEqual([])
})

test('an admin opens the Overview from the menu and sees each server\'s figures, names as text, each figure a link to its list', async () => {
    await page.goto(`${harness.url}/x_opcon_overview.do`)
    await waitLoaded()
    await expect(page.locator('#x_opcon_ov_status').textContent()).resolves.toMatch(/^Figures as of \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\./)
    const headings = await page.locator('.x-opcon-ov-server h2').allTextContents()
    expect(headings).toEqual([`${NASTY} (lab.example.com:9010)`, `OpCon prod (${c.sim.address})`])
    // The name is text: no element came from it.
    expect(await page.locator('.x-opcon-ov-server h2 b').count()).toBe(0)
    const prod = page.locator('.x-opcon-ov-server', { hasText: 'OpCon prod' })
    const opened = prod.locator('tr', { hasText: 'Incident opened' }).locator('a')
    expect(await opened.textContent()).toBe('1')
    const href = await opened.getAttribute('href')
    expect(decodeURIComponent(href!)).toBe(`x_opcon_failure_list.do?sysparm_query=server=${c.serverId}^sys_created_on>=${new Date(c.instance.now()).toISOString().slice(0, 10)} 00:00:00^outcome=opened^ORDERBYDESCsys_created_on`)
    expect(await prod.locator('tr', { hasText: 'Held: server not active' }).locator('a').textContent()).toMatch(/^1, the oldest saved /)
    expect(await prod.locator('tr', { hasText: 'Reported by OpCon (push)' }).locator('a').textContent()).toBe('1')
    const lab = page.locator('.x-opcon-ov-server', { hasText: NASTY })
    expect(await lab.locator('tr', { hasText: 'In error (no incident)' }).locator('td.is-alert a').textContent()).toBe('1')
    // The Default template as shipped has no caller and no group: said in words, first thing on the page.
    const warning = page.getByRole('alert').first()
    expect(await warning.textContent()).toMatch(/^The Default incident template has no caller and no assignment group: /)
    expect(await warning.locator('a').getAttribute('href')).toMatch(/^x_opcon_template\.do\?sys_id=[0-9a-f]{32}$/)
    const logLinks = await page.locator('#x_opcon_ov_links a').evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href') ?? '')))
    expect(logLinks[0]).toBe('syslog_list.do?sysparm_query=source=x_opcon^ORDERBYDESCsys_created_on')
    expect(logLinks).toContain(`sys_outbound_http_log_list.do?sysparm_query=urlSTARTSWITH${c.sim.url}^ORDERBYDESCsys_created_on`)
    await page.screenshot({ path: path.join(ARTIFACTS, 'overview.png'), fullPage: true })
})

test('shown through UI16\'s GlideModal XML round trip the same page keeps its structure (nothing nests in the status line)', async () => {
    await page.goto(`${harness.url}/blank.do`)
    await page.evaluate(() => {
        const modal = new (window as unknown as { GlideModal: new (id: string) => { setTitle(t: string): void; render(): void } }).GlideModal('x_opcon_overview')
        modal.setTitle('Overview')
        modal.render()
    })
    await waitLoaded()
    expect(await page.evaluate(() => ['x_opcon_ov_warnings', 'x_opcon_ov_servers', 'x_opcon_ov_links'].map((id) => document.getElementById(id)?.parentElement?.id)))
        .toEqual(['x_opcon_ov', 'x_opcon_ov', 'x_opcon_ov'])
    expect(await page.locator('.x-opcon-ov-server').count()).toBe(2)
})

test('a user without x_opcon.admin gets the platform\'s refusal and no figures; no call reaches the overview', async () => {
    harness.user = 'agent'
    const calls = harness.ajaxLog.length
    const response = await page.goto(`${harness.url}/x_opcon_overview.do`)
    expect(response?.status()).toBe(403)
    expect(await page.locator('.security-message').textContent()).toBe('Security constraints prevent access to requested page')
    expect(await page.locator('.x-opcon-ov-server').count()).toBe(0)
    expect(harness.ajaxLog.slice(calls)).toEqual([])
})
