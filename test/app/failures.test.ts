// Failed OpCon jobs open incidents inside ServiceNow: the collector (pull)
// and the endpoint (push) on the built package, against the simulator.
import { OpenApiValidator } from '../support/openapi'
import type { OpConSim } from '../opcon-sim/client'
import { startTwoServers, SERVER_NAME, TOKEN, useConnector, type Connector } from './support/connector'
import { COLLECT, collectFailures, failureRowsOf, incidentsLinkedTo } from './support/failures'
import { actionsOf, openOpConIncident, setState } from './support/incidents'

let c: Connector
const connector = useConnector()
const minutes = (n: number): number => n * 60_000
let sequence = 0

beforeAll(() => {
    c = connector()
})

beforeEach(async () => {
    c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })
    await c.sim.setActionBehaviour({ apply: 'onFirstPoll', jobOutput: 'normal' })
    await c.sim.clearRequests()
})

afterEach(() => {
    // Every failure of this test is settled, so the next test starts from a quiet OpCon.
    for (const row of c.instance.query('x_opcon_failure', 'stateINwaiting,confirming,working')) c.instance.store.put('x_opcon_failure', { ...row, state: 'error' })
})

/** Today's schedule date by the bench clock, as the collector sees it. */
function today(): string {
    return new Date(c.instance.now()).toISOString().slice(0, 10).replace(/-/g, '')
}

async function failedJob(options: { name?: string; schedule?: string; machine?: string; output?: Record<string, string>; documentation?: string } = {}): Promise<{ id: string; name: string }> {
    sequence += 1
    const name = options.name ?? `NIGHTLY-${String(sequence).padStart(3, '0')}`
    const id = `${today()}|${700 + sequence}|1|${name}`
    await c.sim.seedJob({
        id, status: 'Failed', scheduleName: options.schedule ?? 'PAYROLL', machine: options.machine ?? 'winagent01',
        termination: 2, terminationDescription: 'Exit Code 2', output: options.output ?? { [`${name}.log`]: `starting\nstep 1\nERROR: ${name} disk full\n` },
        documentation: options.documentation,
    })
    return { id, name }
}

const collect = (): void => collectFailures(c)
const failuresOf = (jobId: string): Array<Record<string, string>> => failureRowsOf(c, jobId)
const incidentsOf = (jobId: string): Array<Record<string, string>> => incidentsLinkedTo(c, jobId)

describe('collecting failed jobs (pull)', () => {
    test('the first failure becomes one incident with every field, linked by the connector, the ticket shown in OpCon and the job log attached', async () => {
        const job = await failedJob({ schedule: 'PAYROLL', machine: 'winagent01' })
        collect()
        const incidents = incidentsOf(job.id)
        expect(incidents).toHaveLength(1)
        const [inc] = incidents
        expect(inc).toMatchObject({ correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${job.id}`, state: '1', impact: '2', urgency: '2' })
        expect(inc.short_description).toBe(`OpCon job ${job.name} failed in schedule PAYROLL on ${job.id.slice(0, 4)}-${job.id.slice(4, 6)}-${job.id.slice(6, 8)}`)
        for (const fact of ['PAYROLL', job.name, 'winagent01', 'Exit Code 2', job.id]) expect(inc.description).toContain(fact)
        const [link] = c.instance.query('x_opcon_binding', `incident=${inc.sys_id}`)
        expect(link).toMatchObject({ how: 'app', active: '1', address: c.sim.address, daily_job_id: job.id, server: c.serverId })
        const [row] = failuresOf(job.id)
        expect(row).toMatchObject({ state: 'done', outcome: 'opened', source: 'poll', incident: inc.sys_id, ticket_state: 'written', log_state: 'attached', template: 'Default' })
        const tickets = await c.sim.tickets(job.id)
        expect(tickets).toEqual([{ id: expect.any(Number), ticketId: inc.number, ticketUrl: `https://bench.service-now.com/incident.do?sys_id=${inc.sys_id}` }])
        // What Solution Manager shows: the job's own ticket fields.
        const shown = await c.sim.request('GET', `/api/dailyjobs/${encodeURIComponent(job.id)}`, { token: TOKEN })
        expect(shown.json).toMatchObject({ incidentTicketId: inc.number, incidentTicketURL: tickets[0].ticketUrl })
        const [log] = c.instance.attachments('incident', inc.sys_id)
        expect(log).toMatchObject({ file_name: expect.stringMatching(new RegExp(`^${job.name}_\\d{4}-\\d{2}-\\d{2}_run\\d+\\.log\\.txt$`)), content_type: 'text/plain' })
        expect(log.content).toContain(`ERROR: ${job.name} disk full`)
        // No note on the new incident says its link was refused.
        expect(c.instance.journal('incident', inc.sys_id).join('\n')).not.toMatch(/link .* is unchanged/)
    })

    test('a daily job id too long for the Correlation ID field leaves it empty; the link holds the whole id and the rules act on it', async () => {
        const job = await failedJob({ name: `MONTH-END-RECONCILIATION-${'X'.repeat(80)}` })
        collect()
        const [inc] = incidentsOf(job.id)
        expect(inc.correlation_id ?? '').toBe('')
        expect(c.instance.query('x_opcon_binding', `incident=${inc.sys_id}`)).toMatchObject([{ daily_job_id: job.id, how: 'app' }])
        c.instance.update('incident', inc.sys_id, { state: 2 }, { as: 'agent' })
        c.instance.advanceTime(minutes(2))
        expect((await c.sim.getJob(job.id))!.status).toBe('Under Review')
    })

    test('every request the collector made conforms to OpCon\'s OpenAPI', async () => {
        await failedJob()
        collect()
        const validator = new OpenApiValidator()
        const requests = (await c.sim.requests()).filter((r) => r.path.startsWith('/api/'))
        expect(requests.length).toBeGreaterThan(3)
        for (const r of requests) expect(validator.validate({ method: r.method, path: r.path, query: r.query ?? '', body: r.body })).toEqual([])
    })

    test('a second poll with nothing new makes only the list calls', async () => {
        await failedJob()
        collect()
        await c.sim.clearRequests()
        const before = c.instance.query('incident').length
        collect()
        const counts = await c.sim.requestCounts()
        expect(counts.byRoute).toEqual({ 'GET /api/dailyjobs': 1 })
        expect(c.instance.query('incident').length).toBe(before)
    })

    test('the same job failing again while its incident is open adds a work note and leaves the fields alone', async () => {
        const job = await failedJob()
        collect()
        const [inc] = incidentsOf(job.id)
        c.instance.update('incident', inc.sys_id, { short_description: 'Payroll down, on it', state: 2 }, { as: 'agent' })
        c.instance.drain()
        await c.sim.failJob(job.id, { termination: 9, terminationDescription: 'Exit Code 9', output: { 'rerun.log': 'ERROR: second run' } })
        collect()
        expect(incidentsOf(job.id)).toHaveLength(1)
        const after = c.instance.get('incident', inc.sys_id)!
        expect(after).toMatchObject({ short_description: 'Payroll down, on it', state: '2' })
        expect(c.instance.journal('incident', inc.sys_id).join('\n')).toMatch(/failed again.*Exit Code 9/)
        // The new run's log is attached too.
        expect(c.instance.attachments('incident', inc.sys_id).map((a) => a.content)).toContain('ERROR: second run')
        expect(failuresOf(job.id).map((r) => r.outcome)).toEqual(['opened', 'noted'])
    })

    test('a Resolved incident is reopened to In Progress when the restarted job fails again, and the job is marked Under Review', async () => {
        const job = await failedJob()
        collect()
        const [inc] = incidentsOf(job.id)
        c.instance.update('incident', inc.sys_id, { state: 6 }, { as: 'agent' })
        c.instance.advanceTime(minutes(2))
        expect((await c.sim.getJob(job.id))!.status).toBe('Fixed')
        await c.sim.failJob(job.id)
        collect()
        c.instance.advanceTime(minutes(2))
        expect(incidentsOf(job.id)).toHaveLength(1)
        // Counted by the platform ("Reopening an incident"), once: the connector does not count reopens itself.
        expect(c.instance.get('incident', inc.sys_id)).toMatchObject({ state: '2', reopen_count: '1', reopened_time: expect.stringMatching(/^\d{4}-/) })
        expect(c.instance.journal('incident', inc.sys_id).join('\n')).toMatch(/Reopened: the restarted OpCon job failed again/)
        expect((await c.sim.getJob(job.id))!.status).toBe('Under Review')
        expect(failuresOf(job.id).map((r) => [r.outcome, r.ticket_state])).toEqual([['opened', 'written'], ['reopened', 'kept']])
    })

    test('a Closed incident is replaced: a new incident names the previous one, OpCon\'s documentation and ticket follow', async () => {
        const job = await failedJob({ documentation: 'Call the payroll team first.' })
        collect()
        const [first] = incidentsOf(job.id)
        c.instance.store.put('incident', { ...c.instance.get('incident', first.sys_id)!, state: '7' })
        await c.sim.failJob(job.id)
        collect()
        const incidents = incidentsOf(job.id)
        expect(incidents).toHaveLength(2)
        const second = incidents[1]
        expect(second.description).toContain(`Previous incident ${first.number}`)
        expect(await c.sim.documentation(job.id)).toBe(`Call the payroll team first.\nPrevious Ticket Number (${first.number})`)
        const tickets = await c.sim.tickets(job.id)
        expect(tickets.map((t) => t.ticketId)).toEqual([second.number])
        expect(c.instance.query('x_opcon_binding', `daily_job_id=${job.id}^active=true`).map((l) => l.incident)).toEqual([second.sys_id])
        expect(failuresOf(job.id)[1]).toMatchObject({ outcome: 'replaced', previous_incident: first.sys_id, documentation_state: 'written', ticket_state: 'written' })
    })

    test('x_opcon.always_new_incident opens a new incident for every failure', async () => {
        c.instance.setProperty('x_opcon.always_new_incident', 'true')
        const job = await failedJob()
        collect()
        await c.sim.failJob(job.id)
        collect()
        expect(incidentsOf(job.id)).toHaveLength(2)
        expect(failuresOf(job.id).map((r) => r.outcome)).toEqual(['opened', 'replaced'])
    })

    test('a job OpCon recovers within the grace period opens nothing', async () => {
        c.instance.setProperty('x_opcon.failure_grace_minutes', '5')
        const job = await failedJob()
        collect()
        expect(failuresOf(job.id)).toMatchObject([{ state: 'waiting' }])
        await c.sim.finishJob(job.id)
        c.instance.advanceTime(minutes(6))
        expect(incidentsOf(job.id)).toEqual([])
        expect(failuresOf(job.id)).toMatchObject([{ state: 'recovered', note: expect.stringContaining('recovered') }])
    })

    test('a job still failed after the grace period opens its incident', async () => {
        c.instance.setProperty('x_opcon.failure_grace_minutes', '5')
        const job = await failedJob()
        collect()
        c.instance.advanceTime(minutes(3))
        expect(incidentsOf(job.id)).toEqual([])
        c.instance.advanceTime(minutes(3))
        expect(incidentsOf(job.id)).toHaveLength(1)
    })

    test('a long job log is capped to its end (x_opcon.job_log_max_kb)', async () => {
        c.instance.setProperty('x_opcon.job_log_max_kb', '2')
        const body = Array.from({ length: 400 }, (_, i) => `line ${i} of the payroll run`).join('\n') + '\nFATAL: the last line'
        const job = await failedJob({ output: { 'big.log': body } })
        collect()
        const [inc] = incidentsOf(job.id)
        const [log] = c.instance.attachments('incident', inc.sys_id)
        expect(Buffer.byteLength(log.content, 'utf8')).toBeLessThanOrEqual(2048)
        expect(log.content.endsWith('FATAL: the last line')).toBe(true)
        expect(log.content).toMatch(/^\[The start of this job log was left out/)
    })

    test('a job log that cannot be fetched does not hold up the incident: a work note says so', async () => {
        await c.sim.setActionBehaviour({ jobOutput: 'failed' })
        const job = await failedJob()
        collect()
        const [inc] = incidentsOf(job.id)
        expect(inc).toBeDefined()
        expect(c.instance.attachments('incident', inc.sys_id)).toEqual([])
        expect(c.instance.journal('incident', inc.sys_id).join('\n')).toMatch(/job log is not attached/)
        expect(failuresOf(job.id)[0]).toMatchObject({ state: 'done', log_state: 'failed' })
    })

    test('OpCon down while writing the ticket: retried, and the ticket is written once', async () => {
        const job = await failedJob()
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'POST', path: '^/api/dailyjobs/\\d+/incidentTickets$', times: 1 }])
        collect()
        expect(failuresOf(job.id)[0]).toMatchObject({ state: 'working', ticket_state: 'pending' })
        c.instance.advanceTime(minutes(3))
        expect(failuresOf(job.id)[0]).toMatchObject({ state: 'done', ticket_state: 'written' })
        expect(await c.sim.tickets(job.id)).toHaveLength(1)
    })

    test('the ticket POST applied but its answer lost: the tickets are read before trying again, so it is written once', async () => {
        const job = await failedJob()
        await c.sim.setFaults([{ kind: 'reset-after', method: 'POST', path: '^/api/dailyjobs/\\d+/incidentTickets$', times: 1 }])
        collect()
        c.instance.advanceTime(minutes(3))
        expect(failuresOf(job.id)[0]).toMatchObject({ state: 'done', ticket_state: 'written' })
        expect(await c.sim.tickets(job.id)).toHaveLength(1)
        expect((await c.sim.requestCounts()).byRoute['POST /api/dailyjobs/{uid}/incidentTickets']).toBe(1)
        expect(failuresOf(job.id)[0].calls).toMatch(/connection_reset[\s\S]*read the incident tickets[\s\S]*ok$/)
    })

    test('switched off after a failure was recorded: it waits, nothing is opened or sent, and it is worked once switched on', async () => {
        c.instance.setProperty('x_opcon.failure_grace_minutes', '1')
        const job = await failedJob()
        collect()
        expect(failuresOf(job.id)).toMatchObject([{ state: 'waiting' }])
        c.instance.setProperty('x_opcon.enabled', 'false')
        await c.sim.clearRequests()
        c.instance.advanceTime(minutes(3))
        expect((await c.sim.requestCounts()).total).toBe(0)
        expect(failuresOf(job.id)).toMatchObject([{ state: 'waiting' }])
        expect(incidentsOf(job.id)).toEqual([])
        c.instance.setProperty('x_opcon.enabled', 'true')
        c.instance.advanceTime(minutes(1))
        expect(incidentsOf(job.id)).toHaveLength(1)
    })

    test('a failure whose server is switched off waits for it, and is worked once it is active again', async () => {
        c.instance.setProperty('x_opcon.failure_grace_minutes', '1')
        const job = await failedJob()
        collect()
        c.instance.update('x_opcon_server', c.serverId, { active: false }, { as: 'opcon.admin' })
        try {
            c.instance.advanceTime(minutes(3))
            expect(failuresOf(job.id)).toMatchObject([{ state: 'waiting', note: expect.stringContaining('waits until the server is active again') }])
            expect(incidentsOf(job.id)).toEqual([])
        } finally {
            c.instance.update('x_opcon_server', c.serverId, { active: true }, { as: 'opcon.admin' })
        }
        c.instance.advanceTime(minutes(6))
        expect(incidentsOf(job.id)).toHaveLength(1)
    })

    test('a server without "Open incidents for failed jobs" is not asked', async () => {
        c.instance.update('x_opcon_server', c.serverId, { collect_failures: false }, { as: 'opcon.admin' })
        const job = await failedJob()
        collect()
        expect((await c.sim.requestCounts()).total).toBe(0)
        expect(failuresOf(job.id)).toEqual([])
    })
})

describe('what the new incident holds: templates and the agent\'s CI', () => {
    let night: string
    let payroll: string
    let caller: string

    beforeAll(() => {
        caller = c.instance.createUser({ userName: 'opcon.caller', name: 'OpCon Monitor', roles: [] })
        payroll = c.instance.createGroup({ name: 'Payroll Ops' })
        night = c.instance.createGroup({ name: 'Night Operators' })
    })

    test('a template chosen by job-name pattern fills caller, group, category, impact and urgency; other jobs get the Default', async () => {
        const id = c.instance.insert('x_opcon_template', {
            name: 'Payroll jobs', order: 10, job_pattern: 'PAY*', caller, assignment_group: payroll, category: 'software', subcategory: 'batch',
            impact: '1', urgency: '2', short_description: 'Payroll job {job} failed ({termination_description})',
        }, { as: 'opcon.admin' })
        expect(id).toBeTruthy()
        try {
            const pay = await failedJob({ name: `PAY-${sequence}` })
            const other = await failedJob()
            collect()
            const [inc] = incidentsOf(pay.id)
            expect(inc).toMatchObject({ caller_id: caller, assignment_group: payroll, category: 'software', subcategory: 'batch', impact: '1', urgency: '2', short_description: `Payroll job ${pay.name} failed (Exit Code 2)` })
            // The pattern adds text; the facts are still all there.
            for (const fact of ['PAYROLL', 'winagent01', pay.id]) expect(inc.description).toContain(fact)
            expect(failuresOf(pay.id)[0].template).toBe('Payroll jobs')
            const plain = incidentsOf(other.id)[0]
            expect(plain).toMatchObject({ impact: '2', urgency: '2' })
            expect(plain.assignment_group ?? '').toBe('')
            expect(failuresOf(other.id)[0].template).toBe('Default')
        } finally {
            c.instance.update('x_opcon_template', id!, { active: false }, { as: 'opcon.admin' })
        }
    })

    test('outside the template\'s business hours the after-hours impact, urgency and group apply', async () => {
        // Business hours that exclude the bench clock's time of day, every day.
        const hour = new Date(c.instance.now()).getUTCHours()
        const start = `${String((hour + 2) % 24).padStart(2, '0')}:00:00`
        const end = `${String((hour + 3) % 24).padStart(2, '0')}:00:00`
        const schedule = c.instance.createSchedule({ name: 'Office hours', spans: [{ days: [1, 2, 3, 4, 5, 6, 7], start, end }], timeZone: 'UTC' })
        const id = c.instance.insert('x_opcon_template', {
            name: 'Nights', order: 5, schedule_pattern: 'NIGHT*', assignment_group: payroll, impact: '3', urgency: '3',
            after_hours_schedule: schedule, after_hours_impact: '1', after_hours_urgency: '1', after_hours_group: night,
        }, { as: 'opcon.admin' })
        expect(id).toBeTruthy()
        try {
            const late = await failedJob({ schedule: 'NIGHTLY-BATCH' })
            collect()
            expect(incidentsOf(late.id)[0]).toMatchObject({ impact: '1', urgency: '1', assignment_group: night })
        } finally {
            c.instance.update('x_opcon_template', id!, { active: false }, { as: 'opcon.admin' })
        }
    })

    test('the agent machine\'s CI is linked when exactly one is found; none or two leave it empty with a work note', async () => {
        c.instance.insert('cmdb_ci_win_server', { name: 'winagent77' })
        c.instance.insert('cmdb_ci_computer', { name: 'twin01' })
        c.instance.insert('cmdb_ci_linux_server', { name: 'TWIN01' })
        const found = await failedJob({ machine: 'WinAgent77' })
        const none = await failedJob({ machine: 'ghost01' })
        const two = await failedJob({ machine: 'twin01' })
        collect()
        const ci = c.instance.query('cmdb_ci_win_server', 'name=winagent77')[0]
        expect(incidentsOf(found.id)[0].cmdb_ci).toBe(ci.sys_id)
        for (const job of [none, two]) {
            const [inc] = incidentsOf(job.id)
            expect(inc.cmdb_ci ?? '').toBe('')
            expect(c.instance.journal('incident', inc.sys_id).join('\n')).toMatch(/configuration item/i)
        }
    })
})

describe('two servers with the same job name', () => {
    let other: OpConSim
    let two: Connector
    let otherId: string

    let stop: () => Promise<void>

    beforeAll(async () => {
        ({ two, other, otherId, stop } = await startTwoServers())
    })

    afterAll(async () => {
        await stop()
    })

    test('do not mix: one incident per server, each linked to its own server', async () => {
        const id = `${today()}|900|1|SAME-NAME`
        await two.sim.seedJob({ id, status: 'Failed', scheduleName: 'PAYROLL', machine: 'winagent01', termination: 2, terminationDescription: 'Exit Code 2', output: { 'a.log': 'first' } })
        await other.seedJob({ id, status: 'Failed', scheduleName: 'PAYROLL', machine: 'linagent02', termination: 3, terminationDescription: 'Exit Code 3', output: { 'b.log': 'second' } })
        two.instance.runScheduledJob(COLLECT)
        two.instance.drain()
        const links = two.instance.query('x_opcon_binding', `daily_job_id=${id}`)
        expect(links.map((l) => l.address).sort()).toEqual([two.sim.address, other.address].sort())
        expect(links.find((l) => l.address === other.address)!.server).toBe(otherId)
        const mine = two.instance.get('incident', links.find((l) => l.address === two.sim.address)!.incident)!
        const theirs = two.instance.get('incident', links.find((l) => l.address === other.address)!.incident)!
        expect(mine.description).toContain('winagent01')
        expect(theirs.description).toContain('linagent02')
        expect((await two.sim.tickets(id)).map((t) => t.ticketId)).toEqual([mine.number])
        expect((await other.tickets(id)).map((t) => t.ticketId)).toEqual([theirs.number])
        expect(two.instance.attachments('incident', theirs.sys_id)[0].content).toBe('second')
    })
})

describe('OpCon reports a failure (push)', () => {
    const PATH = '/api/x_opcon/v1/opcon/failures'

    test('accepted with 202 and a link; the job is read from OpCon and follows the collector\'s path', async () => {
        const job = await failedJob()
        const answer = c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter', body: { address: c.sim.address, daily_job_id: job.id, text: 'Sent by OpCon notification' } })
        expect(answer.status).toBe(202)
        const result = (answer.body as { result: { failure: string; link: string } }).result
        expect(result.link).toBe(`https://bench.service-now.com/x_opcon_failure.do?sys_id=${result.failure}`)
        c.instance.drain()
        const [row] = failuresOf(job.id)
        expect(row).toMatchObject({ sys_id: result.failure, source: 'push', state: 'done', outcome: 'opened' })
        const [inc] = incidentsOf(job.id)
        expect(inc.description).toContain('Sent by OpCon notification')
        // The collector later finds the same run: nothing new.
        collect()
        expect(incidentsOf(job.id)).toHaveLength(1)
    })

    test('a repeated call for the same failure is harmless', async () => {
        const job = await failedJob()
        const body = { address: c.sim.address, daily_job_id: job.id }
        expect(c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter', body }).status).toBe(202)
        c.instance.drain()
        expect(c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter', body }).status).toBe(202)
        c.instance.drain()
        expect(incidentsOf(job.id)).toHaveLength(1)
        expect(await c.sim.tickets(job.id)).toHaveLength(1)
    })

    test('a job that is not failed opens nothing and the row says why', async () => {
        const job = await failedJob()
        await c.sim.finishJob(job.id)
        expect(c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter', body: { address: c.sim.address, daily_job_id: job.id } }).status).toBe(202)
        c.instance.drain()
        expect(incidentsOf(job.id)).toEqual([])
        expect(failuresOf(job.id)).toMatchObject([{ state: 'not_failed', note: expect.stringContaining('not failed') }])
    })

    test('an OpCon that cannot be reached is recorded with words and opens nothing', async () => {
        c.instance.setProperty('x_opcon.max_attempts', '2')
        const job = await failedJob()
        // Every read of the daily fails, the collector's list too.
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'GET', path: '^/api/dailyjobs' }])
        c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter', body: { address: c.sim.address, daily_job_id: job.id } })
        c.instance.drain()
        c.instance.advanceTime(minutes(10))
        expect(incidentsOf(job.id)).toEqual([])
        // Not given up (issue 18): it stays due and is asked about again.
        expect(failuresOf(job.id).find((r) => r.source === 'push')).toMatchObject({ state: 'confirming', note: expect.stringContaining('could not be asked') })
    })

    test.each([
        ['a malformed daily job id', { address: 'SIM', daily_job_id: '20261126|1|J' }, /not 4/],
        ['a missing field', { address: 'SIM' }, /"daily_job_id" is missing/],
        ['a field the app does not take', { address: 'SIM', daily_job_id: '20261126|1|1|J', correlation_id: 'x' }, /Unknown field "correlation_id"/],
    ])('%s gets a 400 with words and creates nothing', (_, body, words) => {
        const before = c.instance.query('x_opcon_failure').length
        const fixed = JSON.parse(JSON.stringify(body).replace('"SIM"', JSON.stringify(c.sim.address)))
        const answer = c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter', body: fixed })
        expect(answer.status).toBe(400)
        expect(answer.body).toMatchObject({ status: 'failure', error: { message: expect.stringMatching(words) } })
        expect(c.instance.query('x_opcon_failure').length).toBe(before)
    })

    test('an unregistered address, an inactive server and one that does not collect get one identical 400; only the system log names the server', () => {
        const before = c.instance.query('x_opcon_failure').length
        const logsBefore = c.instance.logs.length
        const push = (address: string) => c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter', body: { address, daily_job_id: '20261126|1|1|J' } })
        const unregistered = push('nowhere.example.com:9010')
        c.instance.update('x_opcon_server', c.serverId, { collect_failures: false }, { as: 'opcon.admin' })
        const notCollecting = push(c.sim.address)
        c.instance.update('x_opcon_server', c.serverId, { collect_failures: true, active: false }, { as: 'opcon.admin' })
        // One line per server a minute (refusal-log.ts): the next refusal, a minute on, is logged too.
        c.instance.advanceTime(61_000)
        let inactive
        try {
            inactive = push(c.sim.address)
        } finally {
            c.instance.update('x_opcon_server', c.serverId, { active: true }, { as: 'opcon.admin' })
        }
        expect(unregistered).toMatchObject({ status: 400, body: { status: 'failure', error: { message: expect.stringContaining('nothing was recorded') } } })
        expect(notCollecting).toEqual(unregistered)
        expect(inactive).toEqual(unregistered)
        expect(JSON.stringify(unregistered.body)).not.toContain(SERVER_NAME)
        expect(c.instance.query('x_opcon_failure').length).toBe(before)
        // The admins' detail: which server, and why.
        const warned = c.instance.logs.slice(logsBefore).filter((entry) => entry.message.includes('A failure report')).map((entry) => entry.message)
        expect(warned).toEqual([
            expect.stringMatching(new RegExp(`^\\[OpCon Connector\\] A failure report from opcon\\.reporter for job 20261126\\|1\\|1\\|J on .*${SERVER_NAME}.*"Open incidents for failed jobs" on`)),
            expect.stringMatching(new RegExp(`A failure report from opcon\\.reporter .*${SERVER_NAME}.* registered but not active`)),
        ])
    })

    test('a caller that keeps sending refused reports writes one log line per server a minute, and the next line counts the others', () => {
        const logsBefore = c.instance.logs.length
        const push = () => c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter', body: { address: c.sim.address, daily_job_id: '20261126|1|1|J' } })
        c.instance.update('x_opcon_server', c.serverId, { collect_failures: false }, { as: 'opcon.admin' })
        c.instance.advanceTime(61_000)
        const before = c.instance.query('x_opcon_server', `sys_id=${c.serverId}`)[0]
        const countedBefore = before.push_refused_day === new Date(c.instance.now()).toISOString().slice(0, 10) ? Number(before.push_refused_today) : 0
        try {
            for (let i = 0; i < 100; i++) expect(push().status).toBe(400)
            c.instance.advanceTime(61_000)
            expect(push().status).toBe(400)
        } finally {
            c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })
        }
        const warned = c.instance.logs.slice(logsBefore).filter((entry) => entry.message.includes('A failure report')).map((entry) => entry.message)
        expect(warned).toHaveLength(2)
        expect(warned[1]).toContain('(99 more report(s) for this server were refused since the last line, not logged one by one.)')
        // The server's "Updated" still means the admin's last edit.
        const row = c.instance.query('x_opcon_server', `sys_id=${c.serverId}`)[0]
        expect(row.push_refused_unlogged).toBe('0')
        // All 101 refusals are counted for the Overview, on the instance's UTC day.
        expect(Number(row.push_refused_today) - countedBefore).toBe(101)
        expect(row.push_refused_day).toBe(new Date(c.instance.now()).toISOString().slice(0, 10))
    })

    test.each([
        ['a daily job id of 200,000 characters', () => ({ address: c.sim.address, daily_job_id: `${today()}|1|1|${'J'.repeat(200_000)}` }), '"daily_job_id" is 200013 characters long'],
        ['a job name of "[" and 40,000 spaces', () => ({ address: c.sim.address, daily_job_id: `${today()}|1|1|[${' '.repeat(40_000)}X` }), '"daily_job_id" is 40015 characters long'],
        ['an address of 100,000 characters', () => ({ address: `${'a'.repeat(100_000)}:9010`, daily_job_id: `${today()}|1|1|J` }), '"address" is 100005 characters long'],
        ['a text of "[" and 40,000 spaces', () => ({ address: c.sim.address, daily_job_id: `${today()}|1|1|J`, text: `[${' '.repeat(40_000)}` }), '"text" is 40001 characters long'],
    ])('%s gets a 400 in words before anything is looked up; nothing is recorded', (_, body, words) => {
        const before = c.instance.query('x_opcon_failure').length
        const { result: answer, queries } = c.instance.captureQueries(() => c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter', body: body() }))
        expect(answer).toMatchObject({ status: 400, body: { status: 'failure', error: { message: expect.stringContaining(words) } } })
        expect(queries.filter((q) => q.table === 'x_opcon_server' || q.table === 'x_opcon_failure')).toEqual([])
        c.instance.drain()
        expect(c.instance.query('x_opcon_failure').length).toBe(before)
    })

    test('more new failures than x_opcon.push_max_per_minute in a minute: 429 with Retry-After, nothing more recorded; a repeat of a pending one is still answered', () => {
        // A minute after the earlier tests' reports, so only this test's count.
        c.instance.advanceTime(minutes(1) + 1000)
        c.instance.setProperty('x_opcon.push_max_per_minute', '3')
        try {
            const push = (id: string) => c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter', body: { address: c.sim.address, daily_job_id: `${today()}|9${id}|1|MADE-UP-${id}` } })
            const before = c.instance.query('x_opcon_failure').length
            for (const id of ['1', '2']) expect(push(id).status).toBe(202)
            c.instance.advanceTime(20_000)
            expect(push('3').status).toBe(202)
            const { result: refused, queries } = c.instance.captureQueries(() => push('4'))
            expect(refused.status).toBe(429)
            // The two oldest of the minute are 20 s old: one place is free in 40 s.
            expect(refused.headers['Retry-After']).toBe('40')
            expect(JSON.parse(String(refused.body))).toEqual({ status: 'failure', error: { message: expect.stringContaining('Send it again in 40 s'), detail: 'Nothing was recorded.' } })
            // Counted with one query, bounded by the limit.
            expect(queries.filter((q) => q.table === 'x_opcon_failure' && q.query.includes('reported_by'))).toMatchObject([{ limit: 3 }])
            for (let i = 5; i < 15; i++) expect(push(String(i)).status).toBe(429)
            expect(c.instance.query('x_opcon_failure').length).toBe(before + 3)
            // A repeat of a failure still pending is no new work: answered as before.
            expect(push('3')).toMatchObject({ status: 202, body: { result: { state: 'already reported' } } })
            // Another account has its own minute.
            c.instance.createUser({ userName: 'opcon.reporter2', name: 'Second reporter', roles: ['x_opcon.failure_reporter'] })
            expect(c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter2', body: { address: c.sim.address, daily_job_id: `${today()}|95|1|OTHER` } }).status).toBe(202)
            c.instance.advanceTime(41_000)
            expect(push('4').status).toBe(202)
            expect(c.instance.query('x_opcon_failure').length).toBe(before + 5)
        } finally {
            c.instance.setProperty('x_opcon.push_max_per_minute', '60')
            c.instance.drain()
        }
    })

    test('pushed failures are worked on their own queue: a flood of them does not delay a job action', async () => {
        c.instance.advanceTime(minutes(1) + 1000)
        // Each read of a pushed job takes a while.
        await c.sim.setFaults([{ kind: 'delay', delayMs: 40, method: 'GET', path: '^/api/dailyjobs' }])
        try {
            // A linked incident, opened (and its link confirmed) before the flood.
            const inc = await openOpConIncident(c)
            const before = c.instance.eventRuns.length
            for (let i = 0; i < 6; i++) {
                const job = await failedJob()
                expect(c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter', body: { address: c.sim.address, daily_job_id: job.id } }).status).toBe(202)
            }
            // A job action queued after the flood.
            setState(c, inc, 2, { drain: false })
            c.instance.drain()
            const runs = c.instance.eventRuns.slice(before)
            const pushed = runs.filter((run) => run.name === 'x_opcon.failure.reported')
            expect(pushed).toHaveLength(6)
            // The flood waited behind itself...
            expect(pushed[5].waitedMs).toBeGreaterThan(0)
            // ...and the job action behind nothing.
            expect(runs.filter((run) => run.name === 'x_opcon.action.queued')).toMatchObject([{ queue: 'x_opcon.delivery', waitedMs: 0 }])
            expect(actionsOf(c, inc)[0].state).toBe('succeeded')
            expect(pushed.map((run) => run.queue)).toEqual(Array(6).fill('x_opcon.failures'))
            const [registration] = c.instance.query('sysevent_register', 'event_name=x_opcon.failure.reported')
            expect(registration).toMatchObject({ queue: 'x_opcon.failures' })
            expect(c.instance.query('sysevent_queue', 'queue=x_opcon.failures')).toMatchObject([{ automatic_processing: 'true' }])
        } finally {
            await c.sim.clearFaults()
        }
    })

    test('switched off (x_opcon.enabled false): a report is refused with 503 and words, nothing is recorded or opened', async () => {
        const job = await failedJob()
        c.instance.setProperty('x_opcon.enabled', 'false')
        const answer = c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter', body: { address: c.sim.address, daily_job_id: job.id } })
        expect(answer.status).toBe(503)
        expect(answer.body).toMatchObject({ status: 'failure', error: { message: expect.stringContaining('x_opcon.enabled') } })
        c.instance.drain()
        expect(failuresOf(job.id)).toEqual([])
        expect(incidentsOf(job.id)).toEqual([])
    })

    test('reported, then switched off before the queue ran: nothing is opened until it is switched on', async () => {
        const job = await failedJob()
        expect(c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.reporter', body: { address: c.sim.address, daily_job_id: job.id } }).status).toBe(202)
        c.instance.setProperty('x_opcon.enabled', 'false')
        c.instance.drain()
        expect(incidentsOf(job.id)).toEqual([])
        expect(failuresOf(job.id)).toMatchObject([{ state: 'confirming' }])
        c.instance.setProperty('x_opcon.enabled', 'true')
        c.instance.advanceTime(minutes(1))
        expect(incidentsOf(job.id)).toHaveLength(1)
    })

    test('no credentials get a 401, an agent, the integration account or a plain admin a 403; nothing is created', () => {
        const before = c.instance.query('x_opcon_failure').length
        const body = { address: c.sim.address, daily_job_id: '20261126|1|1|J' }
        expect(c.instance.rest({ method: 'POST', path: PATH, as: null, body }).status).toBe(401)
        expect(c.instance.rest({ method: 'POST', path: PATH, as: 'agent', body }).status).toBe(403)
        // The integration account links incidents; reporting failures is the failure reporter's one power, and only its.
        expect(c.instance.rest({ method: 'POST', path: PATH, as: 'opcon.integration', body }).status).toBe(403)
        expect(c.instance.rest({ method: 'POST', path: PATH, as: 'sysadmin', body }).status).toBe(403)
        expect(c.instance.query('x_opcon_failure').length).toBe(before)
    })
})
