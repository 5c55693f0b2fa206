// The OpCon Job dialog in a real browser: Debian's Chromium driven by
// playwright-core, the built UI page and UI action served by the harness, every
// GlideAjax call answered by the real OpConJobAjax in the bench, which talks to
// the OpCon simulator over HTTPS. A screenshot of each state lands in
// test/artifacts/. Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import * as path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { unusedPort } from '../bench/support/ports'
import { launchBrowser } from './browser'
import { startHarness, type AjaxFault, type Harness } from './harness'
import { ARTIFACTS, JOB_ID, startScenario, TOKEN, type Scenario } from './scenario'
import { createOpConAlias, scopeRefusals, setServerToken } from '../app/support/connector'

let browser: Browser
let world: Scenario
let harness: Harness
let page: Page
/** Uncaught script errors in the page (the dialog's or the shims'); every test expects none. */
let pageErrors: string[]
let logsBefore = 0

beforeAll(async () => {
    ;[browser, world] = await Promise.all([launchBrowser(), startScenario()])
    harness = await startHarness(world.instance, { user: 'jane' })
}, 120_000)

afterAll(async () => {
    await browser?.close()
    await harness?.close()
    await world?.stop()
})

beforeEach(async () => {
    harness.user = 'jane'
    harness.latencyMs = 0
    harness.ajaxFault = null
    harness.errors.length = 0
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
    pageErrors = []
    logsBefore = world.instance.logs.length
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message))
    // Short polls so "still pending" is reached quickly; the default is 2 s x 15.
    await page.addInitScript(() => { (window as unknown as Record<string, unknown>).x_opconJobDialogSettings = { pollMs: 150, pollLimit: 8 } })
})

afterEach(async () => {
    await page?.close()
    expect(pageErrors).toEqual([])
    expect(harness.errors).toEqual([])
    // Scopes are enforced as on a published install: nothing the browser did was refused across scopes.
    expect(scopeRefusals(world.instance, logsBefore)).toEqual([])
})

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `job-dialog-${name}.png`), fullPage: true })
const status = () => page.locator('#x_opcon_jd_status')
const outcome = () => page.locator('#x_opcon_jd_outcome')
const actionButtons = () => page.locator('#x_opcon_jd_actions button').allTextContents()

/** Opens the incident form as the harness user and clicks the built "OpCon Job" form button. */
async function openFromForm(incident: string): Promise<void> {
    await page.goto(`${harness.url}/incident.do?sys_id=${incident}`)
    await page.getByRole('button', { name: 'OpCon Job' }).click()
    await page.getByRole('dialog', { name: 'OpCon Job' }).waitFor()
}

/** Opens the page on its own, the way the workspace's g_modal frame loads it. */
async function openFrame(incident: string): Promise<void> {
    await page.goto(`${harness.url}/x_opcon_job_dialog.do?sysparm_incident=${incident}`)
}

async function waitLoaded(): Promise<void> {
    // The dialog may not be in the page yet right after its button is clicked (GlideModal renders it from an AJAX answer).
    await page.waitForFunction(() => {
        const status = document.getElementById('x_opcon_jd_status')
        return status !== null && !status.classList.contains('is-loading')
    })
}

test('an agent opens the dialog from a failed OpCon incident and sees the job live from OpCon', async () => {
    await world.sim.clearRequests()
    // A slow network first, to see the loading state.
    harness.latencyMs = 1500
    await openFromForm(world.incident)
    await expect(status().textContent()).resolves.toBe('Loading the job from OpCon…')
    await expect(status().getAttribute('aria-live')).resolves.toBe('polite')
    await expect(page.locator('#x_opcon_jd_details').isVisible()).resolves.toBe(false)
    await expect(page.locator('#x_opcon_jd_actions button').count()).resolves.toBe(0)
    await shot('loading')
    await waitLoaded()

    await expect(status().textContent()).resolves.toBe('Loaded from OpCon: GENP001 is Failed.')
    await expect(page.locator('#x_opcon_jd_title').textContent()).resolves.toBe('OpCon job GENP001')
    const facts = await page.locator('.x-opcon-jd-facts').evaluate((dl) => {
        const out: Record<string, string> = {}
        const terms = dl.querySelectorAll('dt')
        terms.forEach((dt: Element) => { out[dt.textContent!] = (dt.nextElementSibling as HTMLElement).innerText })
        return out
    })
    expect(facts).toMatchObject({
        'OpCon server': `OpCon Production (${world.sim.address})`,
        Job: `GENP001 (daily job id ${JOB_ID})`,
        Schedule: 'PAYROLL',
        'Schedule date': '2026-01-05',
        Termination: 'code 2: Exit code 2: input file missing',
        Machine: 'WINAPP01',
    })
    expect(facts.Status).toContain('Failed')
    // OpCon's allowed actions from Failed, nothing else.
    expect(await actionButtons()).toEqual(['Mark under review', 'Mark fixed', 'Restart job', 'Cancel job'])
    await expect(page.locator('#x_opcon_jd_history_empty').isVisible()).resolves.toBe(true)
    // Keyboard users land on the dialog's heading once it has loaded.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('x_opcon_jd_title')
    // Fetched live: one GET of the daily job, with the registered server's token.
    const requests = await world.sim.requests()
    expect(requests.map((r) => `${r.method} ${decodeURIComponent(r.path)} ${r.token}`)).toEqual([`GET /api/dailyjobs/${JOB_ID} ${TOKEN}`])
    // No token reached the browser.
    expect(await page.content()).not.toContain(TOKEN)
    expect(harness.ajaxLog.every((entry) => !String(entry.answer).includes(TOKEN))).toBe(true)
    await shot('failed-job')
})

test('Close in the modal closes it and gives the focus back to the form button', async () => {
    await openFromForm(world.incident)
    await waitLoaded()
    // The page found its GlideModal through GlideModal.get() as UI16 rewrites it, so it offers Close.
    await expect(page.locator('#x_opcon_jd_close').isVisible()).resolves.toBe(true)
    await page.locator('#x_opcon_jd_close').click()
    await expect(page.getByRole('dialog').count()).resolves.toBe(0)
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('x_opcon_open_job_dialog')
})

test('Restart asks for confirmation (No sends nothing), then shows OpCon\'s outcome and the history', async () => {
    await world.sim.seedJob({ id: JOB_ID, status: 'Failed', machine: 'WINAPP01', termination: 2, terminationDescription: 'Exit code 2: input file missing' })
    await world.sim.clearRequests()
    await openFromForm(world.incident)
    await waitLoaded()

    await page.getByLabel('Reason for restart (optional, sent to OpCon)').fill('Input file restored by Jane')
    await page.getByRole('button', { name: 'Restart job' }).click()
    const confirm = page.getByRole('alertdialog')
    await expect(confirm.textContent()).resolves.toContain('Restart GENP001 in OpCon now? OpCon runs the job again.')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Yes, restart')
    await shot('confirm-restart')

    // Escape backs out: nothing is queued or sent, focus returns to Restart.
    await page.keyboard.press('Escape')
    await expect(confirm.count()).resolves.toBe(0)
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('x_opcon_jd_do_restart')
    expect(world.instance.query('x_opcon_action', `incident=${world.incident}`)).toHaveLength(0)

    // Enter on the restart button, then Enter on "Yes, restart": keyboard only.
    await page.keyboard.press('Enter')
    await page.getByRole('alertdialog').waitFor()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => /was restarted in OpCon/.test(document.getElementById('x_opcon_jd_outcome')!.textContent || ''))
    await waitLoaded()
    const text = await outcome().textContent()
    expect(text).toMatch(/^GENP001 was restarted in OpCon[.:]/)

    // OpCon really restarted it, with the agent's reason.
    const applied = await world.sim.appliedActions()
    expect(applied.map((a) => [a.action, a.jobId, a.fromStatus])).toEqual([['restart', JOB_ID, 'Failed']])
    const posted = (await world.sim.requests()).filter((r) => r.method === 'POST')
    expect(posted.map((r) => (r.body as { reason: string }).reason)).toEqual([
        expect.stringMatching(/^INC\d+: Jane Agent asked to restart the job in ServiceNow: Input file restored by Jane$/),
    ])
    // The dialog reloaded: the job is Finished OK now, so only restart is offered.
    await expect(page.locator('#x_opcon_jd_job_status').innerText()).resolves.toContain('Finished OK')
    expect(await actionButtons()).toEqual(['Restart job'])
    // The history shows the audited action, newest first.
    const rows = await page.locator('#x_opcon_jd_history_rows tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((td) => (td as HTMLElement).innerText)))
    expect(rows).toHaveLength(1)
    expect(rows[0][0]).toBe('Restart\nOpCon Job dialog')
    expect(rows[0][1]).toBe('Succeeded')
    expect(rows[0][3]).toBe('Jane Agent')
    const stored = world.instance.query('x_opcon_action', `incident=${world.incident}`)
    expect(stored.map((row) => [row.action, row.state, row.source, row.requested_by])).toEqual([['restart', 'succeeded', 'dialog', world.instance.query('sys_user', 'user_name=jane')[0].sys_id]])
    expect(stored[0].reason).toContain('Input file restored by Jane')
    await shot('restart-outcome')
    // The dialog alone, for docs/job-dialog.png.
    await page.locator('.modal-dialog').screenshot({ path: path.join(ARTIFACTS, 'job-dialog-modal.png') })
})

test('an action OpCon refuses shows OpCon\'s own message', async () => {
    await world.sim.seedJob({ id: JOB_ID, status: 'Failed', machine: 'WINAPP01' })
    await openFromForm(world.incident)
    await waitLoaded()
    // Someone fixes the job in OpCon while the dialog is open.
    await world.sim.seedJob({ id: JOB_ID, status: 'Fixed', machine: 'WINAPP01' })
    await page.getByRole('button', { name: 'Mark under review' }).click()
    await page.waitForFunction(() => /refused/.test(document.getElementById('x_opcon_jd_outcome')!.textContent || ''))
    await waitLoaded()
    const text = await outcome().textContent()
    expect(text).toContain('OpCon refused to mark under review GENP001')
    expect(text).toContain(`Action 'markUnderReview' is not allowed for job '${JOB_ID}' in status 'Fixed'`)
    await expect(outcome().getAttribute('class')).resolves.toContain('is-bad')
    // The reloaded view shows the job as OpCon has it now.
    await expect(page.locator('#x_opcon_jd_job_status').innerText()).resolves.toContain('Fixed')
    expect(await actionButtons()).toEqual(['Restart job'])
    await shot('refused')
})

test('an action OpCon has not finished shows that it is still pending', async () => {
    await world.sim.seedJob({ id: JOB_ID, status: 'Failed', machine: 'WINAPP01' })
    await world.sim.setActionBehaviour({ apply: 'never' })
    try {
        await openFromForm(world.incident)
        await waitLoaded()
        await page.getByRole('button', { name: 'Mark fixed' }).click()
        await page.waitForFunction(() => /^Still pending/.test(document.getElementById('x_opcon_jd_outcome')!.textContent || ''), undefined, { timeout: 20_000 })
        await waitLoaded()
        await expect(outcome().textContent()).resolves.toMatch(/^Still pending: Mark fixed request for GENP001 was sent to OpCon; waiting for OpCon's answer\. The connector keeps trying/)
        await expect(outcome().getAttribute('class')).resolves.toContain('is-pending')
        await shot('pending')
        // Opened again later, the dialog still says the request is waiting for OpCon.
        await page.reload()
        await page.getByRole('button', { name: 'OpCon Job' }).click()
        await waitLoaded()
        await expect(outcome().textContent()).resolves.toBe('Still pending: Mark fixed request for GENP001 was sent to OpCon; waiting for OpCon\'s answer. Press Refresh to check again.')
        const history = await page.locator('#x_opcon_jd_history_rows tr td:nth-child(2)').allTextContents()
        expect(history[0]).toBe('Sent, awaiting OpCon')
    } finally {
        await world.sim.setActionBehaviour({ apply: 'onFirstPoll' })
    }
})

test('OpCon down, an unregistered server, a bad token and a job missing from the daily each show what went wrong and what to do', async () => {
    const deadPort = await unusedPort()
    const deadAddress = `127.0.0.1:${deadPort}`
    world.instance.insert('x_opcon_server', { name: 'OpCon DR', address: deadAddress, base_url: `https://127.0.0.1:${deadPort}`, connection_alias: createOpConAlias(world.instance, { name: 'OpCon DR', url: `https://127.0.0.1:${deadPort}`, token: 'dr-token' }), active: true })
    const cases: Array<{ name: string; correlation: string; title: string; message: RegExp; hint: RegExp }> = [
        {
            name: 'unreachable', correlation: `${deadAddress},${JOB_ID}`, title: 'OpCon is unreachable',
            message: /OpCon DR/, hint: /Check that the OpCon REST API on OpCon DR \(127\.0\.0\.1:\d+\) is running and reachable/,
        },
        {
            name: 'unregistered', correlation: `opcon-unknown.example.com:9010,${JOB_ID}`, title: 'OpCon server not registered',
            message: /opcon-unknown\.example\.com:9010/, hint: /register opcon-unknown\.example\.com:9010 under OpCon Connector > Servers/,
        },
        {
            name: 'not-found', correlation: `${world.sim.address},20260105|42|1|NOSUCHJOB`, title: 'Job not found in OpCon\'s daily tables',
            message: /OpCon Production/, hint: /Job 20260105\|42\|1\|NOSUCHJOB is not \(or no longer\) in OpCon's daily tables on OpCon Production/,
        },
    ]
    for (const c of cases) {
        // Linked by an admin: OpCon cannot confirm these jobs as failed, so the integration account's link would not be in force.
        const incident = world.newIncident(c.correlation, {}, 'opcon.admin')
        await openFrame(incident)
        await waitLoaded()
        await expect(page.locator('#x_opcon_jd_error_title').textContent()).resolves.toBe(c.title)
        await expect(page.locator('#x_opcon_jd_error_message').textContent()).resolves.toMatch(c.message)
        await expect(page.locator('#x_opcon_jd_error_message').textContent()).resolves.toContain(world.instance.get('incident', incident)!.number)
        await expect(page.locator('#x_opcon_jd_error_hint').textContent()).resolves.toMatch(c.hint)
        await expect(page.locator('#x_opcon_jd_details').isVisible()).resolves.toBe(false)
        await expect(page.locator('#x_opcon_jd_error').getAttribute('role')).resolves.toBe('alert')
        await shot(`error-${c.name}`)
    }

    // A wrong token: OpCon answers 401.
    setServerToken(world.instance, world.serverSysId, 'not-the-token')
    try {
        await openFrame(world.incident)
        await waitLoaded()
        await expect(page.locator('#x_opcon_jd_error_title').textContent()).resolves.toBe('OpCon rejected the API token')
        await expect(page.locator('#x_opcon_jd_error_hint').textContent()).resolves.toMatch(/generate a new token in OpCon Solution Manager/)
        await shot('error-bad-token')
    } finally {
        setServerToken(world.instance, world.serverSysId, TOKEN)
    }

    // OpCon stops answering while the dialog is open: Refresh shows the error state.
    await world.sim.setFaults([{ kind: 'reset-before', path: '/api/dailyjobs' }])
    try {
        await page.getByRole('button', { name: 'Refresh' }).click()
        await waitLoaded()
        await expect(page.locator('#x_opcon_jd_error_title').textContent()).resolves.toBe('OpCon dropped the connection')
        await shot('error-opcon-down')
    } finally {
        await world.sim.clearFaults()
    }
})

// GlideAjax calls back only on HTTP 200; anything else reaches only the error callback, and a call
// that is never answered reaches nothing (shims.js names the source). Each must end in the error
// state with words, never in an endless spinner, and leave the action buttons usable.
const AJAX_FAILURES: Array<{ name: string; fault: AjaxFault; title: string; message: RegExp; hint: RegExp }> = [
    {
        name: 'refused (HTTP 403)', fault: { status: 403, body: 'Forbidden' }, title: 'ServiceNow refused the request',
        message: /^ServiceNow refused the OpCon Job dialog \(HTTP 403\) while .+: your account may not have the x_opcon\.user role, or your session has ended\.$/,
        hint: /ask your ServiceNow administrator for the x_opcon\.user role/,
    },
    {
        name: 'a server error (HTTP 500)', fault: { status: 500, body: 'Internal Server Error' }, title: 'ServiceNow failed to answer',
        message: /^ServiceNow answered HTTP 500 while /, hint: /give this message to your ServiceNow administrator \(system log, source x_opcon\)/,
    },
    {
        name: 'a lost session (the login page instead of an answer)', fault: { status: 200, body: '<html><body><form id="login">User name</form></body></html>' },
        title: 'ServiceNow refused the request', message: /^ServiceNow gave no answer while .+ your session has ended\.$/, hint: /log in again if ServiceNow asks/,
    },
    {
        name: 'no answer at all', fault: { hang: true }, title: 'ServiceNow did not answer',
        message: /^ServiceNow gave no answer within 1\.5 seconds while /, hint: /^What to do: Press Refresh/,
    },
]

describe.each(AJAX_FAILURES)('a GlideAjax call that gets $name', ({ name, fault, title, message, hint }) => {
    const slug = name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')

    beforeEach(async () => {
        // A short client-side timeout for the hung calls (the default is 30 s).
        await page.addInitScript(() => { (window as unknown as Record<string, unknown>).x_opconJobDialogSettings = { pollMs: 150, pollLimit: 8, timeoutMs: 1500 } })
        await world.sim.seedJob({ id: JOB_ID, status: 'Failed', machine: 'WINAPP01' })
    })

    async function expectErrorState(doing: RegExp): Promise<void> {
        await waitLoaded()
        await expect(page.locator('#x_opcon_jd_error').isVisible()).resolves.toBe(true)
        await expect(page.locator('#x_opcon_jd_error').getAttribute('role')).resolves.toBe('alert')
        await expect(page.locator('#x_opcon_jd_error_title').textContent()).resolves.toBe(title)
        const text = await page.locator('#x_opcon_jd_error_message').textContent()
        expect(text).toMatch(message)
        expect(text).toMatch(doing)
        await expect(page.locator('#x_opcon_jd_error_hint').textContent()).resolves.toMatch(hint)
        await expect(status().getAttribute('class')).resolves.toBe('x-opcon-jd-status')
    }

    const buttonsEnabled = () => page.locator('#x_opcon_jd_actions button').evaluateAll((buttons) => buttons.map((b) => !(b as HTMLButtonElement).disabled))

    test('while loading the job: the error state, and Refresh loads it once ServiceNow answers', async () => {
        harness.ajaxFault = fault
        await openFromForm(world.incident)
        await expectErrorState(/loading the OpCon job/)
        await expect(page.locator('#x_opcon_jd_details').isVisible()).resolves.toBe(false)
        await shot(`ajax-${slug}-load`)
        harness.ajaxFault = null
        await page.getByRole('button', { name: 'Refresh' }).click()
        await waitLoaded()
        await expect(status().textContent()).resolves.toBe('Loaded from OpCon: GENP001 is Failed.')
        await expect(page.locator('#x_opcon_jd_error').isVisible()).resolves.toBe(false)
    })

    test('while sending an action: the error state, nothing queued, the action buttons work again', async () => {
        await openFromForm(world.incident)
        await waitLoaded()
        const before = world.instance.query('x_opcon_action', `incident=${world.incident}`).length
        harness.ajaxFault = { ...fault, method: 'performAction' }
        await page.getByRole('button', { name: 'Mark under review' }).click()
        await expectErrorState(/sending your request/)
        expect(world.instance.query('x_opcon_action', `incident=${world.incident}`)).toHaveLength(before)
        expect(await buttonsEnabled()).toEqual([true, true, true, true])
        await shot(`ajax-${slug}-send`)
        harness.ajaxFault = null
        await page.getByRole('button', { name: 'Mark under review' }).click()
        await page.waitForFunction(() => /marked under review|Under Review/i.test(document.getElementById('x_opcon_jd_outcome')!.textContent || ''))
        expect(world.instance.query('x_opcon_action', `incident=${world.incident}`)).toHaveLength(before + 1)
    })

    test('while checking the outcome: the error state, the action buttons work again', async () => {
        await world.sim.setActionBehaviour({ apply: 'never' })
        try {
            await openFromForm(world.incident)
            await waitLoaded()
            harness.ajaxFault = { ...fault, method: 'getOutcome' }
            await page.getByRole('button', { name: 'Mark fixed' }).click()
            await expectErrorState(/checking the outcome of your request/)
            await expect(status().textContent()).resolves.toBe('Could not check the outcome of the mark fixed request; it is in the action history once OpCon has answered.')
            expect((await buttonsEnabled()).every(Boolean)).toBe(true)
            await shot(`ajax-${slug}-outcome`)
        } finally {
            await world.sim.setActionBehaviour({ apply: 'onFirstPoll' })
        }
    })
})

test('a user without x_opcon.user gets a clear refusal: no button, no page, no answers (assumed: refusals answer HTTP 403)', async () => {
    harness.user = 'bob'
    await page.goto(`${harness.url}/incident.do?sys_id=${world.incident}`)
    await expect(page.getByRole('button', { name: 'OpCon Job' }).count()).resolves.toBe(0)
    // Opening the page directly fails on its ACL.
    const response = await page.goto(`${harness.url}/x_opcon_job_dialog.do?sysparm_incident=${world.incident}`)
    expect(response!.status()).toBe(403)
    await expect(page.locator('body').innerText()).resolves.toContain('Security constraints prevent access to requested page')

    // Jane loses the role while her dialog is open: the next call is refused and she is told why.
    world.instance.createUser({ userName: 'kim', name: 'Kim Agent', roles: ['x_opcon.user'] })
    harness.user = 'kim'
    await openFromForm(world.incident)
    await waitLoaded()
    await expect(status().textContent()).resolves.toContain('Loaded from OpCon')
    const kim = world.instance.query('sys_user', 'user_name=kim')[0].sys_id
    for (const link of world.instance.query('sys_user_has_role', `user=${kim}`)) world.instance.store.delete('sys_user_has_role', link.sys_id)
    await page.getByRole('button', { name: 'Refresh' }).click()
    await waitLoaded()
    await expect(page.locator('#x_opcon_jd_error_title').textContent()).resolves.toBe('ServiceNow refused the request')
    await expect(page.locator('#x_opcon_jd_error_hint').textContent()).resolves.toContain('ask your ServiceNow administrator for the x_opcon.user role')
    expect(harness.ajaxLog[harness.ajaxLog.length - 1].denied).toMatch(/kim may not call x_opcon\.OpConJobAjax/)
    await shot('refused-no-role')
})

test('the workspace button opens the same page in a g_modal frame', async () => {
    const action = world.instance.pkg.records.find((record) => record.table === 'sys_ui_action' && record.fields.action_name === 'x_opcon_open_job_dialog')!
    expect(action.fields.form_button_v2).toBe('true')
    // Run the built workspace client script with a recording g_modal.
    await page.goto(`${harness.url}/incident.do?sys_id=${world.incident}`)
    type FrameOptions = { url: string; title: string; size: string; height: string }
    const frame = await page.evaluate(({ script, id }) => {
        let shown: FrameOptions | null = null
        const g_modal = { showFrame: (options: FrameOptions) => { shown = options } }
        const g_form = { getUniqueValue: () => id }
        new Function('g_modal', `${script}; return onClick;`)(g_modal)(g_form)
        return shown as unknown as FrameOptions
    }, { script: action.fields.client_script_v2, id: world.incident })
    expect(frame.title).toBe('OpCon Job')
    // As ServiceNow's own showFrame example opens a UI page (docs: "g_modal (Next Experience) - Client", showFrame).
    expect(frame.url).toBe(`/x_opcon_job_dialog.do?sysparm_stack=no&sysparm_workspace=true&sysparm_incident=${world.incident}`)
    expect(frame.size).toBe('lg')
    // showFrame documents heights in %, em, px or vh (not rem).
    expect(frame.height).toMatch(/^\d+(\.\d+)?(%|em|px|vh)$/)
    await page.goto(`${harness.url}${frame.url}`)
    await waitLoaded()
    await expect(page.locator('#x_opcon_jd_title').textContent()).resolves.toBe('OpCon job GENP001')
    // No GlideModal to close in a frame: the page hides its own Close button.
    await expect(page.locator('#x_opcon_jd_close').isVisible()).resolves.toBe(false)
})
