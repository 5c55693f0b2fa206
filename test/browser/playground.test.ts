// The playground (`npm start`) in a real browser: Debian's Chromium driven by
// playwright-core against the playground's own pages, the built app on the
// bench and two OpCon simulators behind them. Each click is what a person
// does; what the test expects is what the pages then show. Screenshots land
// in test/artifacts/.
/// <reference lib="dom" />
import * as http from 'node:http'
import * as path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { startPlayground, type Playground } from '../playground/server'
import { launchBrowser } from './browser'
import { ARTIFACTS } from './scenario'

let browser: Browser
let playground: Playground
let page: Page
/** Uncaught script errors in the page; every test expects none. */
let pageErrors: string[]
const WAIT = { timeout: 15_000 }

beforeAll(async () => {
    ;[browser, playground] = await Promise.all([launchBrowser(), startPlayground({ port: 0 })])
}, 120_000)

afterAll(async () => {
    await browser?.close()
    await playground?.stop()
})

beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    pageErrors = []
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message))
})

afterEach(async () => {
    await page?.close()
    expect(pageErrors).toEqual([])
    expect(playground.errors).toEqual([])
})

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `playground-${name}.png`) })
/** A job's row in the OpCon panel (re-read from the simulator every 1.5 s). */
const opconJob = (server: string, job: string): Locator => page.locator(`.opcon-server[data-server="${server}"] tr[data-job="${job}"]`)
const incidentRow = (job: string): Locator => page.locator('#incident_list tbody tr', { hasText: `OpCon job ${job} failed` })
const actionRow = (action: string): Locator => page.locator('#opcon_actions tbody tr', { hasText: action })

/** Opens the job's incident from the list, letting the clock run the collector first if it has not opened it yet. */
async function openIncidentOf(job: string): Promise<void> {
    await page.goto(`${playground.url}/incident_list.do`)
    if (await incidentRow(job).count() === 0) await page.getByRole('button', { name: 'Skip ahead 1 minute' }).click()
    await incidentRow(job).locator('a.linked').click()
    await page.locator('#incident\\.state').waitFor()
}

/** A form save of the incident's state, as an agent does it. */
async function saveState(state: string, note: string): Promise<void> {
    await page.locator('#incident\\.state').selectOption({ label: state })
    await page.locator('#incident\\.work_notes').fill(note)
    await page.locator('#sysverb_update_and_stay').click()
    await page.locator('#incident_state_now', { hasText: state }).waitFor(WAIT)
}

test('the first failure becomes an incident; the agent opens the OpCon Job dialog, resolves it, and OpCon shows the job Fixed', async () => {
    await page.goto(`${playground.url}/incident_list.do`)
    // Nothing yet: the collector first runs a minute after the install.
    await expect(page.locator('#incident_list tbody tr.list-empty').count()).resolves.toBe(1)
    await expect(opconJob('OpCon Production', 'GENP001').locator('.job-status').textContent(WAIT)).resolves.toBe('Failed')
    await page.getByRole('button', { name: 'Skip ahead 1 minute' }).click()
    await incidentRow('GENP001').waitFor(WAIT)
    // Every failed job of both servers, and only those, became an incident.
    const opened = (await page.locator('#incident_list tbody tr').allTextContents()).map((row) => /OpCon job (\S+) failed in schedule (\S+)/.exec(row)?.slice(1).join(' in ') ?? row)
    expect(opened.sort()).toEqual(['GENP001 in PAYROLL', 'INVOICE-RUN in BILLING', 'LOAD-SALES in ETL-NIGHTLY'])
    await expect(incidentRow('GENP001').textContent()).resolves.toContain('New')
    await shot('list')

    await incidentRow('GENP001').locator('a.linked').click()
    // The collector's work note and the job log it attached.
    await expect(page.locator('.activity-stream').textContent()).resolves.toContain('Exit Code 2: input file missing')
    await expect(page.locator('.attachments').textContent()).resolves.toMatch(/GENP001_\d{4}-\d{2}-\d{2}_run\d+\.log\.txt/)
    // The package's own "OpCon Job" button and dialog, live from OpCon.
    await page.getByRole('button', { name: 'OpCon Job' }).click()
    const dialog = page.getByRole('dialog', { name: 'OpCon Job' })
    await page.locator('#x_opcon_jd_status', { hasText: 'Loaded from OpCon: GENP001 is Failed.' }).waitFor(WAIT)
    await expect(dialog.locator('#x_opcon_jd_actions button').allTextContents()).resolves.toEqual(['Mark under review', 'Mark fixed', 'Restart job', 'Cancel job'])
    await shot('dialog')
    await page.locator('#x_opcon_jd_close').click()

    await saveState('Resolved', 'Input file restored on the share')
    await expect(page.locator('.activity-stream').textContent()).resolves.toContain('Input file restored on the share')
    // The rule queued markFixed; the clock's next round delivered it and OpCon's outcome came back.
    await actionRow('Mark fixed').filter({ hasText: 'Succeeded' }).waitFor(WAIT)
    await opconJob('OpCon Production', 'GENP001').locator('.job-status', { hasText: 'Fixed' }).waitFor(WAIT)
    await shot('resolved')
}, 60_000)

test('with Resolved set to restart the job, a restarted job that fails again reopens its incident', async () => {
    // The admin changes the connector's property on its properties page.
    await page.goto(`${playground.url}/incident_list.do`)
    await page.getByRole('link', { name: 'Properties' }).click()
    await page.locator('[id="property.x_opcon.resolve_action"]').selectOption('restart')
    await page.locator('#save_properties').click()
    await page.getByRole('status').filter({ hasText: 'Saved 1 property.' }).waitFor(WAIT)
    expect(playground.world.instance.getProperty('x_opcon.resolve_action')).toBe('restart')

    await openIncidentOf('INVOICE-RUN')
    await saveState('Resolved', 'Heap raised to 8 GB')
    await actionRow('Restart').filter({ hasText: 'Succeeded' }).waitFor(WAIT)
    // OpCon ran the job again, and this run finished.
    const job = opconJob('OpCon Production', 'INVOICE-RUN')
    await job.locator('.job-status', { hasText: 'Finished OK' }).waitFor(WAIT)
    await expect(job.locator('td').nth(2).textContent()).resolves.toBe('2')

    // In OpCon, the job fails again.
    await job.getByRole('button', { name: 'Fail this job: INVOICE-RUN' }).click()
    await job.locator('.job-status', { hasText: 'Failed' }).waitFor(WAIT)
    await expect(page.locator('#incident_state_now').textContent()).resolves.toBe('Resolved')
    // The collector's next run reopens the incident, which marks the job Under Review.
    await page.getByRole('button', { name: 'Skip ahead 1 minute' }).click()
    await page.locator('#incident_state_now', { hasText: 'In Progress' }).waitFor(WAIT)
    await expect(page.locator('.activity-stream').textContent()).resolves.toMatch(/failed again/)
    await actionRow('Mark under review').filter({ hasText: 'Succeeded' }).waitFor(WAIT)
    await job.locator('.job-status', { hasText: 'Under Review' }).waitFor(WAIT)
    await shot('reopened')
}, 60_000)

test('a change posted from another origin is refused and changes nothing; the same post from the playground\'s page works', async () => {
    const job = (await playground.world.servers[0].sim.jobs()).find((j) => j.status === 'Finished OK')!
    const post = (origin: string) => fetch(`${playground.url}/playground/opcon/fail`, {
        method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
        body: new URLSearchParams({ server: '0', job: job.id }).toString(),
    })
    const refused = await post('http://evil.example')
    expect(refused.status).toBe(403)
    expect(await refused.text()).toContain('must come from its own pages')
    expect((await playground.world.servers[0].sim.jobs()).find((j) => j.id === job.id)!.status).toBe('Finished OK')
    expect((await post(playground.url)).status).toBe(303)
    expect((await playground.world.servers[0].sim.jobs()).find((j) => j.id === job.id)!.status).toBe('Failed')
})

test('with OpCon answering 503, a Canceled incident\'s job action waits and retries; once OpCon is back the job is Cancelled', async () => {
    await openIncidentOf('LOAD-SALES')
    const europe = page.locator('.opcon-server[data-server="OpCon Europe"]')
    await europe.getByRole('button', { name: 'Make OpCon answer 503 for a minute' }).click()
    await europe.locator('.fault-on').waitFor(WAIT)
    await saveState('Canceled', 'Duplicate of the DBA\'s change')
    // The first attempt got 503: the row waits for its retry, saying what OpCon answered.
    const cancel = actionRow('Cancel')
    await cancel.filter({ hasText: '503' }).waitFor(WAIT)
    await expect(cancel.textContent()).resolves.toContain('Queued')
    await expect(opconJob('OpCon Europe', 'LOAD-SALES').locator('.job-status').textContent()).resolves.toBe('Failed')
    await shot('retrying')
    // A minute later OpCon answers again and the retry goes through.
    await page.getByRole('button', { name: 'Skip ahead 1 minute' }).click()
    await europe.locator('.fault-on').waitFor({ state: 'detached', ...WAIT })
    if (await cancel.filter({ hasText: 'Succeeded' }).count() === 0) await page.getByRole('button', { name: 'Skip ahead 1 minute' }).click()
    await cancel.filter({ hasText: 'Succeeded' }).waitFor(WAIT)
    await opconJob('OpCon Europe', 'LOAD-SALES').locator('.job-status', { hasText: 'Cancelled' }).waitFor(WAIT)
}, 60_000)

test('a session message shows once: the connection test\'s words do not come back with the next save', async () => {
    const production = playground.world.servers[0]
    await page.goto(`${playground.url}/x_opcon_server.do?sys_id=${production.sysId}`)
    await page.getByRole('button', { name: 'Test connection' }).click()
    const tested = page.getByRole('status')
    await tested.first().waitFor(WAIT)
    const testedWords = await tested.allTextContents()
    expect(testedWords.join(' ')).toMatch(/OpCon/)

    await openIncidentOf('GENP001')
    await page.locator('#incident\\.work_notes').fill('Checked the share again')
    await page.locator('#sysverb_update_and_stay').click()
    await page.locator('.activity-stream', { hasText: 'Checked the share again' }).waitFor(WAIT)
    const shown = await page.getByRole('status').allTextContents()
    for (const words of testedWords) expect(shown).not.toContain(words)
}, 60_000)

test('a form save goes through the user\'s ACLs: once the admin role is taken away, saving the server is refused in words and changes nothing, and the record is no longer shown', async () => {
    const { instance, servers } = playground.world
    const user = instance.store.rows('sys_user').find((u) => u.user_name === 'alex.admin')!
    const adminRole = instance.store.rows('sys_user_role').find((r) => r.name === 'x_opcon.admin')!
    const grant = instance.store.rows('sys_user_has_role').find((link) => link.user === user.sys_id && link.role === adminRole.sys_id)!
    await page.goto(`${playground.url}/x_opcon_server.do?sys_id=${servers[0].sysId}`)
    const before = instance.get('x_opcon_server', servers[0].sysId)!.description
    instance.store.delete('sys_user_has_role', grant.sys_id)
    try {
        await page.locator('[id="x_opcon_server.description"]').fill('Renamed by someone who lost the role')
        await page.locator('#sysverb_update_and_stay').click()
        await page.getByRole('status').filter({ hasText: 'This OpCon Server record is gone or you may no longer read it, so nothing was done to it.' }).waitFor(WAIT)
        expect(instance.get('x_opcon_server', servers[0].sysId)!.description).toBe(before)
        // Nor does the form or the list show the record any more.
        await page.reload()
        await page.getByRole('alert').filter({ hasText: 'Security constraints prevent you from reading this OpCon Server record.' }).waitFor(WAIT)
        await expect(page.locator('[id="x_opcon_server.description"]').count()).resolves.toBe(0)
        await page.goto(`${playground.url}/x_opcon_server_list.do`)
        await expect(page.locator('.list_table tbody tr[data-sys-id]').count()).resolves.toBe(0)
    } finally {
        instance.store.put('sys_user_has_role', grant)
    }
}, 60_000)

/** A raw request, so that Host, Origin and Referer are exactly what a test names (fetch sets Host itself). */
function rawRequest(options: { method: string; path: string; headers: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
    const { port } = new URL(playground.url)
    return new Promise((resolve, reject) => {
        // Without a Host of its own the request goes with none at all (setHost false), as an HTTP/1.0 client may send it.
        const request = http.request({ host: '127.0.0.1', port: Number(port), method: options.method, path: options.path, headers: options.headers, setHost: false }, (response) => {
            let body = ''
            response.setEncoding('utf8')
            response.on('data', (chunk: string) => { body += chunk })
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
        })
        request.on('error', reject)
        request.end(options.body)
    })
}

const failPost = (jobId: string, headers: Record<string, string>) => rawRequest({
    method: 'POST', path: '/playground/opcon/fail',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ server: '0', job: jobId }).toString(),
})

test('a request naming another host (DNS rebinding) is refused in words and changes nothing; 127.0.0.1 and localhost are served', async () => {
    const { port } = new URL(playground.url)
    const job = (await playground.world.servers[0].sim.jobs()).find((j) => j.status === 'Finished OK')!
    const read = await rawRequest({ method: 'GET', path: '/incident_list.do', headers: { Host: `evil.example:${port}` } })
    expect(read).toEqual({ status: 421, body: `Refused: this playground answers only http://127.0.0.1:${port}/ and http://localhost:${port}/, not a request for host "evil.example:${port}". Open ${playground.url}/ instead.` })
    // The rebinding page posts as its own origin, which is "same origin" for that host name: refused too.
    const change = await failPost(job.id, { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` })
    expect(change.status).toBe(421)
    expect((await playground.world.servers[0].sim.getJob(job.id))!.status).toBe('Finished OK')
    // No Host at all: Node's own server answers 400 (http.createServer requireHostHeader, default true).
    expect((await rawRequest({ method: 'GET', path: '/incident_list.do', headers: {} })).status).toBe(400)
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
        const shown = await rawRequest({ method: 'GET', path: '/incident_list.do', headers: { Host: host } })
        expect([host, shown.status, shown.body]).toEqual([host, 200, expect.stringContaining('<h1>Incidents</h1>')])
    }
})

test('a POST without Origin is refused in words and changes nothing; with its own Origin it works, whatever its Referer says', async () => {
    const { port } = new URL(playground.url)
    const host = `127.0.0.1:${port}`
    const job = (await playground.world.servers[0].sim.jobs()).find((j) => j.status === 'Finished OK')!
    const bare = await failPost(job.id, { Host: host })
    expect(bare).toEqual({ status: 403, body: `Refused: a change to the playground must come from its own pages (http://${host}), and this POST named no Origin. Nothing was changed.` })
    // A Referer alone (however right) is not taken instead of Origin.
    expect((await failPost(job.id, { Host: host, Referer: `${playground.url}/incident_list.do` })).status).toBe(403)
    // The page's origin must be the host's own: localhost's page does not post to 127.0.0.1.
    expect((await failPost(job.id, { Host: host, Origin: `http://localhost:${port}` })).status).toBe(403)
    expect((await playground.world.servers[0].sim.getJob(job.id))!.status).toBe('Finished OK')
    // Its own origin with a Referer that is no URL: done, and sent back to the list instead of a 500.
    const done = await failPost(job.id, { Host: host, Origin: playground.url, Referer: 'http://[not a url' })
    expect(done.status).toBe(303)
    expect((await playground.world.servers[0].sim.getJob(job.id))!.status).toBe('Failed')
    expect(playground.errors).toEqual([])
})

test('OpCon\'s termination code and text are escaped: the served HTML carries them as text, and the page gets no element or attribute from them', async () => {
    const europe = playground.world.servers[1].sim
    const termination = '7" onmouseover="window.__injected=1'
    const description = '"><script>window.__injected=2</script><img src="x" onerror="window.__injected=3">\' onfocus=\'window.__injected=4'
    // The simulator stores what it is given; a termination that is not a number stands for any text OpCon's side could hold.
    const job = await europe.seedJob({ id: '20260101|9|1|ESCAPE-ME', status: 'Finished OK', scheduleName: 'ESCAPES', termination: termination as unknown as number, terminationDescription: description })
    const panel = await rawRequest({ method: 'GET', path: '/playground/opcon', headers: { Host: new URL(playground.url).host } })
    const row = /<tr data-job="ESCAPE-ME">[\s\S]*?<\/tr>/.exec(panel.body)?.[0] ?? ''
    expect(row).toContain(' title="Termination 7&quot; onmouseover=&quot;window.__injected=1: &quot;&gt;&lt;script&gt;window.__injected=2&lt;/script&gt;' +
        '&lt;img src=&quot;x&quot; onerror=&quot;window.__injected=3&quot;&gt;&#39; onfocus=&#39;window.__injected=4"')
    // The span's only quotes are its attributes' own, and no markup came with the text.
    expect(row).toMatch(/<span class="job-status status-finished-ok" title="[^"'<>]*">Finished OK<\/span>/)
    expect(row).not.toMatch(/<script|<img/)

    await page.goto(`${playground.url}/incident_list.do`)
    const status = page.locator('.opcon-server[data-server="OpCon Europe"] tr[data-job="ESCAPE-ME"] .job-status')
    await status.waitFor(WAIT)
    await status.hover()
    await expect(status.getAttribute('title')).resolves.toBe(`Termination ${termination}: ${description}`)
    const injected = await page.evaluate(() => ({
        flag: (window as unknown as { __injected?: number }).__injected ?? null,
        elements: document.querySelectorAll('.opcon-panel script, .opcon-panel img').length,
        attributes: Array.from(document.querySelectorAll('.opcon-panel *')).flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on'))),
    }))
    expect(injected).toEqual({ flag: null, elements: 0, attributes: [] })
    expect(job.jobName).toBe('ESCAPE-ME')
}, 60_000)

// ---------- the admin's view (issue 20): roles, forms and lists as shipped, the Overview, Test connection ----------

/** Signs the playground's session in as another person with the banner's role switch. */
async function signInAs(userName: string, name: string): Promise<void> {
    await page.locator('#role_switch').selectOption(userName)
    await page.locator('#banner_user', { hasText: name }).waitFor(WAIT)
}

const navLinks = () => page.locator('nav.app-nav a').allTextContents()

/** Lets the collector run once if it has not yet (each test may run alone). */
async function collected(): Promise<void> {
    if (playground.world.instance.query('incident', '').length === 0) await playground.skip(60_000)
}

test('the role switch shows each role\'s view from the package\'s roles: only the admin gets the OpCon menu, the OpCon Job button needs x_opcon.user, and a refused page or action says so', async () => {
    const { servers, instance } = playground.world
    await collected()
    const incident = instance.query('incident', 'ORDERBYnumber')[0]
    await page.goto(`${playground.url}/x_opcon_server.do?sys_id=${servers[0].sysId}`)
    try {
        // The admin: the whole menu, the Overview first, and the server form with its buttons.
        expect(await navLinks()).toEqual(['All incidents', 'Overview', 'Servers', 'New Server', 'Job Actions', 'Job Links', 'Failed Jobs', 'Outages', 'Incident Templates', 'Properties'])
        await page.getByRole('button', { name: 'Test connection' }).waitFor(WAIT)

        // A refused action: the role changes (in another tab) while this form is open; its Test connection is then refused in words.
        await page.evaluate(async () => {
            await fetch('/playground/role', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'user=bob.agent' })
        })
        await page.getByRole('button', { name: 'Test connection' }).click()
        await page.getByRole('status').filter({ hasText: 'This OpCon Server record is gone or you may no longer read it, so nothing was done to it.' }).waitFor(WAIT)
        await page.locator('#banner_user', { hasText: 'Bob Agent' }).waitFor(WAIT)
        await page.getByRole('alert').filter({ hasText: 'Security constraints prevent you from reading this OpCon Server record.' }).waitFor(WAIT)
        // The agent without x_opcon.user: incidents only; the Overview and the servers list refuse.
        expect(await navLinks()).toEqual(['All incidents'])
        await page.goto(`${playground.url}/x_opcon_overview.do`)
        await expect(page.locator('.security-message').textContent()).resolves.toBe('Security constraints prevent access to requested page')
        await expect(page.locator('.x-opcon-ov-server').count()).resolves.toBe(0)
        await page.goto(`${playground.url}/x_opcon_server_list.do`)
        await expect(page.locator('#list_count').textContent()).resolves.toBe('0 records')
        await expect(page.locator('.list-removed').textContent()).resolves.toBe('Number of rows removed from this list by Security constraints: 2')
        await page.goto(`${playground.url}/incident.do?sys_id=${incident.sys_id}`)
        await expect(page.locator('.form-buttons button').allTextContents()).resolves.toEqual(['Save'])
        await shot('role-agent-without')

        // The agent with x_opcon.user gets the OpCon Job button, still no OpCon menu (the package's modules are the admin's).
        await signInAs('ann.agent', 'Ann Agent')
        await page.getByRole('button', { name: 'OpCon Job' }).waitFor(WAIT)
        expect(await navLinks()).toEqual(['All incidents'])
        // The push account reports failures and nothing else: no menu at all.
        await signInAs('opcon.push', 'OpCon Push')
        await expect(page.locator('.nav-empty').textContent()).resolves.toBe('No menu for this role.')
        await expect(page.getByRole('button', { name: 'OpCon Job' }).count()).resolves.toBe(0)
    } finally {
        await signInAs('alex.admin', 'Alex Admin')
    }
    expect(await navLinks()).toContain('Overview')
}, 60_000)

test('the server and failed-job forms are the shipped layouts: the first section holds name, address and base URL; Diagnostics starts collapsed; no field off the layout is on the page', async () => {
    const { servers, instance } = playground.world
    await collected()
    await page.goto(`${playground.url}/x_opcon_server.do?sys_id=${servers[0].sysId}`)
    const sections = page.locator('.form-section')
    expect(await sections.evaluateAll((all) => all.map((s) => s.getAttribute('data-section')))).toEqual(['OpCon server', 'Connection', 'Last collector run', 'Diagnostics'])
    const first = page.locator('.form-section[data-section="OpCon server"]')
    for (const field of ['name', 'address', 'base_url']) await first.locator(`[id="x_opcon_server.${field}"]`).waitFor(WAIT)
    const diagnostics = page.locator('details.form-section[data-section="Diagnostics"]')
    expect(await diagnostics.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    expect(await diagnostics.locator('[id="x_opcon_server.failures_resume"]').isVisible()).toBe(false)
    expect(await diagnostics.locator('[id^="x_opcon_server.name"], [id^="x_opcon_server.address"], [id^="x_opcon_server.base_url"]').count()).toBe(0)
    // The template is a reference: a picker of the templates by name.
    expect(await page.locator('select[id="x_opcon_server.incident_template"] option').allTextContents()).toContain('Default')
    // Related lists as shipped: the server's job actions and failed jobs.
    expect(await page.locator('.related-list').evaluateAll((all) => all.map((s) => s.getAttribute('data-related')))).toEqual(['x_opcon_action.server', 'x_opcon_failure.server'])
    await shot('server-form')
    // A save writes what the person changed, not the app's run facts as the form loaded them.
    const before = instance.get('x_opcon_server', servers[0].sysId)!
    instance.store.put('x_opcon_server', { ...before, collect_found: 'written by the collector after the form loaded' })
    await page.locator('[id="x_opcon_server.description"]').fill('Production scheduling (payroll, billing)')
    await page.locator('#sysverb_update_and_stay').click()
    await page.locator('[id="x_opcon_server.description"][value="Production scheduling (payroll, billing)"]').waitFor(WAIT)
    expect(instance.get('x_opcon_server', servers[0].sysId)).toMatchObject({ description: 'Production scheduling (payroll, billing)', collect_found: 'written by the collector after the form loaded' })

    // A failed job's form: its internal fields (claims, run keys) are in the collapsed Diagnostics, and fields the layout leaves out are not on the page.
    const failure = instance.query('x_opcon_failure', 'ORDERBYsys_created_on')[0]
    await page.goto(`${playground.url}/x_opcon_failure.do?sys_id=${failure.sys_id}`)
    for (const field of ['claim', 'run_key', 'claimed_until', 'calls']) {
        const control = page.locator(`[id="x_opcon_failure.${field}"]`)
        expect([field, await control.count(), await control.isVisible()]).toEqual([field, 1, false])
    }
    await expect(page.locator('.form-section[data-section="Failed job"] [id="x_opcon_failure.job_name"]').isVisible()).resolves.toBe(true)
    const onLayout = new Set(instance.formLayout('x_opcon_failure')!.flatMap((s) => s.fields))
    const off = instance.schema.columns('x_opcon_failure').map((c) => c.name).filter((name) => !onLayout.has(name))
    expect(off.length).toBeGreaterThan(0)
    expect(await page.locator(off.map((name) => `[id="x_opcon_failure.${name}"]`).join(', ')).count()).toBe(0)
}, 60_000)

test('Test connection shows its checklist as a list: each check a ✓, ✗ or – item, the ✗ items with their fix', async () => {
    await page.goto(`${playground.url}/x_opcon_server.do?sys_id=${playground.world.servers[0].sysId}`)
    await page.getByRole('button', { name: 'Test connection' }).click()
    const items = page.getByRole('status').locator('ul > li')
    await items.first().waitFor(WAIT)
    const lines = await items.allTextContents()
    expect(lines.length).toBeGreaterThanOrEqual(10)
    for (const line of lines) expect(line).toMatch(/^[✓✗–] [^:]+: \S/)
    expect(lines.filter((line) => line.startsWith('✓ ')).length).toBeGreaterThan(0)
    const failing = lines.filter((line) => line.startsWith('✗ '))
    expect(failing.find((line) => line.startsWith('✗ Incident templates:'))).toContain('Fix:')
    await shot('test-connection')
}, 60_000)

test('the Overview opens first in the menu and renders each server\'s figures', async () => {
    await page.goto(`${playground.url}/incident_list.do`)
    await page.locator('nav.app-nav').getByRole('link', { name: 'Overview' }).click()
    await page.waitForFunction(() => /^Figures as of|could not|cannot|answered HTTP/.test(document.getElementById('x_opcon_ov_status')?.textContent ?? ''))
    await expect(page.locator('#x_opcon_ov_status').textContent()).resolves.toMatch(/^Figures as of \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\./)
    // In the playground's frame: its menu and role switch stay around the page.
    await expect(page.locator('nav.app-nav').count()).resolves.toBe(1)
    await expect(page.locator('#role_switch').count()).resolves.toBe(1)
    expect(await page.locator('.x-opcon-ov-server h2').allTextContents()).toEqual(playground.world.servers.map((s) => `${s.name} (${s.sim.address})`).sort())
    await shot('overview')
}, 60_000)

test('the Failed Jobs list has the shipped columns, newest first, a count, and a search', async () => {
    const { instance } = playground.world
    await collected()
    await page.goto(`${playground.url}/incident_list.do`)
    await page.locator('nav.app-nav').getByRole('link', { name: 'Failed Jobs' }).click()
    await page.locator('#list_count').waitFor(WAIT)
    const columns = instance.listColumns('x_opcon_failure')!
    expect(await page.locator('.list_table thead th').allTextContents()).toEqual(columns.map((c) => instance.schema.column('x_opcon_failure', c)!.label))
    // Opened without the module's filter, the list still comes newest first: the order the package ships (a failure a minute newer than the rest shows first).
    await playground.skip(60_000)
    instance.insert('x_opcon_failure', { server: playground.world.servers[0].sysId, address: playground.world.servers[0].sim.address, job_name: 'ORDER-CHECK', daily_job_id: '20261207|99|1|ORDER-CHECK', state: 'done', outcome: 'not_failed', source: 'poll' })
    await page.goto(`${playground.url}/x_opcon_failure_list.do`)
    const rows = instance.query('x_opcon_failure', 'ORDERBYDESCsys_created_on')
    expect(rows[0].job_name).toBe('ORDER-CHECK')
    expect(await page.locator('.list_table tbody tr[data-sys-id]').evaluateAll((all) => all.map((r) => r.getAttribute('data-sys-id')))).toEqual(rows.map((r) => r.sys_id))
    await expect(page.locator('#list_count').textContent()).resolves.toBe(`${rows.length} records`)
    await page.locator('#list_search').fill('GENP')
    await page.getByRole('button', { name: 'Go', exact: true }).click()
    await page.locator('#list_count', { hasText: /^1 record$/ }).waitFor(WAIT)
    await expect(page.locator('#list_filter').inputValue()).resolves.toBe('')
    await expect(page.locator('.list_table tbody').textContent()).resolves.toContain('GENP001')
}, 60_000)

test('after Skip ahead 5 minutes, the OpCon panel\'s request times are on the instance\'s clock, not the wall clock', async () => {
    await page.goto(`${playground.url}/incident_list.do`)
    await page.getByRole('button', { name: 'Skip ahead 5 minutes' }).click()
    const clock = await page.locator('.clock-time').textContent()
    const instanceNow = Date.parse(`${clock!.replace(' UTC', '').replace(' ', 'T')}Z`)
    // The collector's call made during the skip is the newest request OpCon received.
    const newest = page.locator('.opcon-requests li').first()
    await newest.waitFor(WAIT)
    // Each request ends with "<server>, HH:MM:SS" (and the fault, if any).
    const hms = [...(await newest.textContent())!.matchAll(/, (\d\d:\d\d:\d\d)/g)].at(-1)![1]
    const at = Date.parse(`${new Date(instanceNow).toISOString().slice(0, 10)}T${hms}Z`)
    // Apart by less than the collector's minute either way (the banner's clock is read once, the tick runs each second).
    const apart = ((instanceNow - at) % 86_400_000 + 86_400_000) % 86_400_000
    expect(Math.min(apart, 86_400_000 - apart)).toBeLessThan(90_000)
}, 60_000)

test('the activity stream shows an incident\'s field changes with who and when, next to its work notes', async () => {
    const { instance, servers } = playground.world
    const europe = servers[1].sim
    const job = (await europe.jobs()).find((j) => j.jobName === 'LOAD-STOCK')!
    await europe.failJob(job.id, { termination: 4, terminationDescription: 'Exit Code 4: disk full' })
    const opened = () => instance.query('incident', 'short_descriptionLIKELOAD-STOCK')[0]
    for (let minute = 0; minute < 6 && !opened(); minute += 1) await playground.skip(60_000)
    await page.goto(`${playground.url}/incident.do?sys_id=${opened().sys_id}`)
    await saveState('In Progress', 'Freeing space on DWHETL01')
    const change = page.locator('.activity-entry.field-changes', { hasText: 'In Progress' }).first()
    await change.waitFor(WAIT)
    await expect(change.locator('.activity-head strong').textContent()).resolves.toBe('Alex Admin')
    await expect(change.locator('dl').textContent()).resolves.toMatch(/^StateIn Progress was New/)
    await expect(change.locator('time').textContent()).resolves.toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC \((just now|\d+ min ago)\)$/)
    await expect(page.locator('.activity-entry.work_notes', { hasText: 'Freeing space on DWHETL01' }).count()).resolves.toBe(1)
    await shot('activity')
}, 90_000)
