// The template Preview dialog in a real browser: the built template form's
// Preview button, the UI page rendered by the harness through UI16's GlideModal
// XML path, every GlideAjax call answered by the real OpConTemplatePreviewAjax
// in the bench, which reads the job from the OpCon simulator over HTTPS.
// Screenshots land in test/artifacts/.
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
import { scopeRefusals, startConnector, TOKEN, type Connector } from '../app/support/connector'

const ARTIFACTS = path.resolve(__dirname, '../artifacts')

let browser: Browser
let c: Connector
let harness: Harness
let page: Page
let pageErrors: string[]
let logsBefore = 0
let template = ''
let job = ''

beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    ;[browser, c] = await Promise.all([launchBrowser(), startConnector({ serverName: 'OpCon prod' })])
    const caller = c.instance.createUser({ userName: 'night.caller', name: 'Night Caller' })
    const group = c.instance.createGroup({ name: 'Payroll on call' })
    template = c.instance.insert('x_opcon_template', {
        name: 'Payroll loads', order: 1, schedule_pattern: 'PAY*', caller, assignment_group: group, impact: '1', urgency: '1',
        short_description: '{job} failed on {machine}: {termination_description}', description: 'Job {job} of {schedule} ended with {termination}.',
    }, { as: 'opcon.admin' })!
    job = `${new Date(c.instance.now()).toISOString().slice(0, 10).replace(/-/g, '')}|42|1|GENP001`
    await c.sim.seedJob({ id: job, status: 'Failed', scheduleName: 'PAYROLL', machine: 'WINAPP01', termination: 2, terminationDescription: 'Exit code 2: input file missing' })
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
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
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

const status = () => page.locator('#x_opcon_tp_status')

/** Opens the template form and clicks the built Preview button; waits until the dialog has its servers. */
async function openPreview(): Promise<void> {
    await page.goto(`${harness.url}/x_opcon_template.do?sys_id=${template}`)
    await page.getByRole('button', { name: 'Preview' }).click()
    await page.getByRole('dialog', { name: 'Preview' }).waitFor()
    await page.locator('#x_opcon_tp_status', { hasText: /^Type a daily job id/ }).waitFor()
}

/** Types the id (or nothing), presses Preview and waits for the preview or the error. */
async function previewJob(id: string): Promise<void> {
    await page.getByLabel('Daily job id').fill(id)
    await page.locator('#x_opcon_tp_go').click()
    await page.waitForFunction(() => document.getElementById('x_opcon_tp_status')?.textContent === 'Preview ready.' || !document.getElementById('x_opcon_tp_error')?.hidden)
}

/** The preview's fields as label → value. */
const fields = (): Promise<Record<string, string>> => page.locator('#x_opcon_tp_fields').evaluate((dl) => {
    const out: Record<string, string> = {}
    dl.querySelectorAll('dt').forEach((dt: Element) => { out[dt.textContent!] = (dt.nextElementSibling as HTMLElement).textContent! })
    return out
})

test('the built page has no empty element but the fixed-up tags, and no > or < in its CSS', () => {
    const record = loadPackage(DEFAULT_APP_DIR).records.find((r) => r.table === 'sys_ui_page' && r.fields.endpoint === 'x_opcon_template_preview.do')!
    const html = renderJelly(record.fields.html, { sysparm_template: template })
    expect(html).toContain('<style>')
    expect(emptyElements(html)).toEqual([])
    expect(xmlEscapedStyles(html)).toEqual([])
})

test('an admin types a daily job id and sees the incident its failure would open, read from OpCon; nothing is written', async () => {
    await c.sim.clearRequests()
    const incidents = c.instance.query('incident', '').length
    await openPreview()
    expect(await page.locator('#x_opcon_tp_server option').allTextContents()).toEqual([`OpCon prod (${c.sim.address})`])
    await previewJob(job)
    await expect(page.locator('#x_opcon_tp_error').isVisible()).resolves.toBe(false)
    await expect(page.locator('#x_opcon_tp_heading').textContent()).resolves.toMatch(/^Template "Payroll loads": the incident a failure of GENP001 \(schedule PAYROLL, \d{4}-\d\d-\d\d\) on OpCon prod would open now$/)
    expect(await fields()).toMatchObject({
        'Short description': 'GENP001 failed on WINAPP01: Exit code 2: input file missing',
        Caller: 'Night Caller',
        'Assignment group': 'Payroll on call',
        Impact: '1 - High',
        Urgency: '1 - High',
        Priority: expect.stringMatching(/^1 - Critical /),
        'Configuration item': expect.stringContaining('WINAPP01'),
    })
    await expect(page.locator('#x_opcon_tp_description').textContent()).resolves.toContain('Job GENP001 of PAYROLL ended with 2.')
    await page.screenshot({ path: path.join(ARTIFACTS, 'template-preview.png'), fullPage: true })
    expect((await c.sim.requests()).map((r) => `${r.method} ${decodeURIComponent(r.path)}`)).toEqual([`GET /api/dailyjobs/${job}`])
    expect(c.instance.query('incident', '').length).toBe(incidents)
    expect(await page.content()).not.toContain(TOKEN)
    // The dialog's markup kept its structure through the XML round trip: the result is not nested in the status line.
    expect(await page.evaluate(() => document.getElementById('x_opcon_tp_result')?.parentElement?.id)).toBe('x_opcon_tp')
})

test('a bad id and an unknown job are said in words in the dialog; the bad id never reaches OpCon', async () => {
    await openPreview()
    await c.sim.clearRequests()
    await previewJob('GENP001')
    await expect(page.getByRole('alert').locator('#x_opcon_tp_error_title').textContent()).resolves.toBe('Not a daily job id')
    await expect(page.locator('#x_opcon_tp_error_message').textContent()).resolves.toMatch(/^Daily job id "GENP001" has 1 part, not 4/)
    expect(await c.sim.requests()).toEqual([])
    await previewJob(job.replace('GENP001', 'NOPE'))
    await expect(page.locator('#x_opcon_tp_error_title').textContent()).resolves.toBe('No such job in OpCon')
    await expect(page.locator('#x_opcon_tp_result').isVisible()).resolves.toBe(false)
    // And a good id afterwards shows its preview again.
    await previewJob(job)
    await expect(page.locator('#x_opcon_tp_error').isVisible()).resolves.toBe(false)
    expect((await fields()).Caller).toBe('Night Caller')
})

test('no id typed: the sample job made from the template\'s patterns, as before', async () => {
    await openPreview()
    await previewJob('')
    await expect(page.locator('#x_opcon_tp_notes li').first().textContent()).resolves.toMatch(/^Sample facts: no daily job id was given/)
    expect((await fields())['Short description']).toBe('SAMPLE-JOB failed on SAMPLE-AGENT: Exit code 1 (sample)')
})

test('a user without x_opcon.admin: no Preview on the form, the page is refused, and no call reaches the bridge', async () => {
    c.instance.createUser({ userName: 'ops.agent', name: 'Ops Agent', roles: ['x_opcon.user', 'itil'] })
    harness.user = 'ops.agent'
    const calls = harness.ajaxLog.length
    const response = await page.goto(`${harness.url}/x_opcon_template_preview.do?sysparm_template=${template}`)
    expect(response?.status()).toBe(403)
    await expect(page.locator('.security-message').textContent()).resolves.toBe('Security constraints prevent access to requested page')
    // Called straight from a page anyway: the execute ACL refuses it, and the dialog would say so.
    const refused = await page.evaluate(() => new Promise<number>((resolve) => {
        const ga = new (window as unknown as { GlideAjax: new (p: string) => { addParam(n: string, v: string): void; setErrorCallback(f: (r: { status: number }) => void): void; getXMLAnswer(f: () => void): void } }).GlideAjax('x_opcon.OpConTemplatePreviewAjax')
        ga.addParam('sysparm_name', 'getPreview')
        ga.setErrorCallback((request) => resolve(request.status))
        ga.getXMLAnswer(() => resolve(200))
    }))
    expect(refused).toBe(403)
    expect(harness.ajaxLog.slice(calls).map((e) => [e.user, e.status, e.answer])).toEqual([['ops.agent', 403, null]])
    expect(c.instance.uiActionVisible('x_opcon_template_preview', 'x_opcon_template', template, 'ops.agent')).toBe(false)
})
