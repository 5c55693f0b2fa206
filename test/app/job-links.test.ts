// Which OpCon job an incident controls is decided by a trusted source, never
// by an agent's edit: the connector's job links (x_opcon_binding), on the
// built package against the OpCon simulator.
import { useConnector, type Connector } from './support/connector'
import { actionsOf, connectorIncident, openOpConIncident, setState, type OpConIncident } from './support/incidents'

let c: Connector
const connector = useConnector()

const PAYROLL = '20191220|999|1|PAYROLL-RUN'

beforeAll(async () => {
    c = connector()
    c.instance.createUser({ userName: 'bob', name: 'Bob Itil', roles: ['itil'] })
    c.instance.createUser({ userName: 'root', name: 'Plain Admin', roles: ['admin'] })
})

beforeEach(async () => {
    await c.sim.seedSchedule({ name: 'PAYROLL', id: 999, jobs: ['PAYROLL-RUN'] })
    await c.sim.seedJob({ id: PAYROLL, status: 'Failed' })
})

let appliedBefore = 0
beforeEach(async () => {
    appliedBefore = (await c.sim.appliedActions()).length
})

/** What OpCon applied to a job during this test. */
async function appliedTo(jobId: string): Promise<string[]> {
    return (await c.sim.appliedActions()).slice(appliedBefore).filter((a) => a.jobId === jobId).map((a) => a.action)
}

const linksOf = (incident: string) => c.instance.query('x_opcon_binding', `incident=${incident}^ORDERBYsys_created_on`)
const warnings = (from: number) => c.instance.logs.slice(from).filter((entry) => entry.level === 'warn').map((entry) => entry.message)

function agentIncident(values: Record<string, unknown>, as = 'bob'): OpConIncident {
    const sysId = c.instance.insert('incident', { short_description: 'my incident', state: 1, ...values }, { as })!
    return { sysId, jobId: '', jobName: '', number: c.instance.get('incident', sysId)!.number }
}

describe('an agent cannot aim an incident at a job', () => {
    test('probe: an itil user makes an "OpCon incident" aimed at PAYROLL-RUN and cancels it: OpCon cancels nothing', async () => {
        const from = c.instance.logs.length
        const inc = agentIncident({ correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${PAYROLL}` })
        expect(linksOf(inc.sysId)).toEqual([])
        expect(warnings(from)).toEqual([expect.stringContaining(`The OpCon link of ${inc.number} is unchanged. Bob Itil (bob) changed its correlation fields`)])
        setState(c, inc, 8, { as: 'bob' })
        expect(await appliedTo(PAYROLL)).toEqual([])
        expect((await c.sim.getJob(PAYROLL))!.status).toBe('Failed')
        const [row] = actionsOf(c, inc)
        expect(row).toMatchObject({ action: 'cancel', state: 'rejected' })
        expect([row.address ?? '', row.daily_job_id ?? '']).toEqual(['', ''])
        expect(row.message).toBe(`${inc.number} says it is an OpCon incident, but it is not linked to an OpCon job: its correlation fields were not set by the OpCon integration account or an OpCon Connector admin. ` +
            'Nothing was sent to OpCon. An OpCon Connector admin can check the job in OpCon and link it with "Link to OpCon job" on the incident ' +
            '(or, for a daily job id longer than the incident\'s Correlation ID field holds, under OpCon Connector > Job Links).')
        // The agent reads, on the incident, that the fields they typed link nothing, and later why the cancel went nowhere.
        const [cancelNote, linkNote] = c.instance.journal('incident', inc.sysId)
        expect(linkNote).toMatch(/^The OpCon link of INC\d+ is unchanged\. Bob Itil \(bob\) changed its correlation fields, but only the OpCon integration account or an OpCon Connector admin may link an incident to an OpCon job\. It is not linked to an OpCon job, so its state changes send nothing to OpCon\./)
        expect(cancelNote).toMatch(/^The OpCon job was not cancelled: .*not linked to an OpCon job/)
    })

    test('re-aiming a real OpCon incident moves nothing: the action goes to the linked job, the edit is noted and logged', async () => {
        const inc = await openOpConIncident(c)
        const from = c.instance.logs.length
        c.instance.update('incident', inc.sysId, { correlation_id: `${c.sim.address},${PAYROLL}` }, { as: 'bob' })
        expect(warnings(from)).toEqual([expect.stringMatching(new RegExp(`^\\[OpCon Connector\\] The OpCon link of ${inc.number} is unchanged\\. Bob Itil \\(bob\\) changed its correlation fields.*It stays linked to OpCon job ${escape(inc.jobId)} on ${escape(c.sim.address)}\\..*set by bob\\)$`))])
        expect(c.instance.journal('incident', inc.sysId)[0]).toMatch(/^The OpCon link of INC\d+ is unchanged\. Bob Itil \(bob\) changed its correlation fields/)
        setState(c, inc, 6, { as: 'bob' })
        expect(await appliedTo(PAYROLL)).toEqual([])
        expect(await appliedTo(inc.jobId)).toEqual(['markFixed'])
        expect(actionsOf(c, inc)).toMatchObject([{ action: 'markFixed', state: 'succeeded', daily_job_id: inc.jobId }])
    })

    test('blanking the correlation display does not unlink: the incident stays OpCon\'s', async () => {
        const inc = await openOpConIncident(c)
        c.instance.update('incident', inc.sysId, { correlation_display: '' }, { as: 'bob' })
        setState(c, inc, 2, { as: 'bob' })
        expect(await appliedTo(inc.jobId)).toEqual(['markUnderReview'])
        expect(linksOf(inc.sysId)).toMatchObject([{ active: '1', daily_job_id: inc.jobId }])
    })

    test('the OpCon Job dialog shows and acts on the linked job, not the edited fields', async () => {
        c.instance.createUser({ userName: 'dana', name: 'Dana Agent', roles: ['x_opcon.user'] })
        const inc = await openOpConIncident(c)
        c.instance.update('incident', inc.sysId, { correlation_id: `${c.sim.address},${PAYROLL}` }, { as: 'bob' })
        const answer = JSON.parse(String(c.instance.ajax({ as: 'dana', processor: 'x_opcon.OpConJobAjax', method: 'getJob', params: { sysparm_incident: inc.sysId } })))
        expect(answer.view.dailyJobId).toBe(inc.jobId)
    })
})

describe('trusted sources link', () => {
    test('OpCon\'s integration account links on insert (once OpCon confirms the job failed), and re-links when it changes the job; the old link stays as history', async () => {
        const inc = await openOpConIncident(c)
        const [first] = linksOf(inc.sysId)
        expect(first).toMatchObject({ active: '1', state: 'confirmed', address: c.sim.address, daily_job_id: inc.jobId, job_name: inc.jobName, how: 'integration', server: c.serverId })
        expect(first.check_note).toMatch(/^Linked to OpCon job .*: OpCon server opcon-test reports the job failed \("Failed"\)\./)
        expect(c.instance.get('sys_user', first.bound_by)!.user_name).toBe('opcon.integration')
        const calls = c.instance.httpLog.length
        c.instance.update('incident', inc.sysId, { correlation_id: `${c.sim.address},${PAYROLL}` }, { as: 'opcon.integration' })
        // The save asks OpCon nothing; the new link moves nothing yet and the old one stays.
        expect(c.instance.httpLog.slice(calls)).toEqual([])
        expect(linksOf(inc.sysId)).toMatchObject([
            { daily_job_id: inc.jobId, active: '1' },
            { daily_job_id: PAYROLL, active: '0', state: 'pending', how: 'integration' },
        ])
        c.instance.drain()
        expect(linksOf(inc.sysId)).toMatchObject([
            { daily_job_id: inc.jobId, active: '0', replaced_on: expect.stringMatching(/^\d{4}-/) },
            { daily_job_id: PAYROLL, active: '1', state: 'confirmed', how: 'integration' },
        ])
        setState(c, inc, 8, { as: 'bob' })
        expect(await appliedTo(PAYROLL)).toEqual(['cancel'])
    })

    test('a job answers to one incident: a newer confirmed link of the integration account ends the older integration link, whose state changes then send nothing', async () => {
        const older = await openOpConIncident(c)
        const newer = c.instance.insert('incident', { short_description: 'again', correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${older.jobId}` }, { as: 'opcon.integration' })!
        // Until OpCon confirms, the older incident keeps the job.
        expect(linksOf(older.sysId)).toMatchObject([{ daily_job_id: older.jobId, active: '1' }])
        c.instance.drain()
        expect(linksOf(older.sysId)).toMatchObject([{ daily_job_id: older.jobId, active: '0', replaced_on: expect.stringMatching(/^\d{4}-/) }])
        expect(linksOf(newer)).toMatchObject([{ daily_job_id: older.jobId, active: '1', state: 'confirmed' }])
        setState(c, older, 8, { as: 'bob' })
        expect(await appliedTo(older.jobId)).toEqual([])
        expect(c.instance.query('x_opcon_action', `incident=${older.sysId}`)).toMatchObject([{ state: 'rejected', message: expect.stringContaining('not linked') }])
        c.instance.update('incident', newer, { state: 8 }, { as: 'bob' })
        c.instance.drain()
        expect(await appliedTo(older.jobId)).toEqual(['cancel'])
    })

    test('a plain admin (admin passes role checks, but holds no OpCon role) does not link through the fields', async () => {
        const inc = agentIncident({ correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${PAYROLL}` }, 'root')
        expect(linksOf(inc.sysId)).toEqual([])
    })

    test('an x_opcon.admin links through the fields', async () => {
        const inc = agentIncident({ correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${PAYROLL}` }, 'opcon.admin')
        expect(linksOf(inc.sysId)).toMatchObject([{ how: 'admin', active: '1', daily_job_id: PAYROLL }])
    })
})

const minutes = (n: number) => n * 60_000
const notes = (incident: string) => c.instance.journal('incident', incident)

describe('a link the connector or an admin made holds its job while its incident is open', () => {
    test('the integration account\'s decoy naming a job the connector linked is refused at the save, in words; OpCon is not asked; the connector\'s incident keeps acting on the job', async () => {
        const conn = await connectorIncident(c)
        const from = c.instance.logs.length
        const calls = c.instance.httpLog.length
        const decoy = c.instance.insert('incident', { short_description: 'decoy', correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${conn.jobId}` }, { as: 'opcon.integration' })!
        expect(linksOf(decoy)).toEqual([])
        const refusal = new RegExp(`^The OpCon link of INC\\d+ is unchanged\\. OpCon Integration \\(opcon\\.integration\\) changed its correlation id to name OpCon job ${escape(conn.jobId)} on ${escape(c.sim.address)}, ` +
            `but that job is linked to ${conn.number} by the connector itself, and such a link stands until that incident is closed or canceled\\.`)
        expect(notes(decoy)[0]).toMatch(refusal)
        expect(warnings(from)).toEqual([expect.stringContaining(`changed its correlation id to name OpCon job ${conn.jobId}`)])
        c.instance.drain()
        expect(c.instance.httpLog.slice(calls)).toEqual([])
        expect(linksOf(conn.sysId)).toMatchObject([{ how: 'app', active: '1' }])
        c.instance.update('incident', decoy, { state: 8 }, { as: 'bob' })
        c.instance.drain()
        expect(await appliedTo(conn.jobId)).toEqual([])
        setState(c, conn, 2, { as: 'bob' })
        expect(await appliedTo(conn.jobId)).toEqual(['markUnderReview'])
    })

    test('nor does it re-aim the connector\'s own incident at another job', async () => {
        const conn = await connectorIncident(c)
        c.instance.update('incident', conn.sysId, { correlation_id: `${c.sim.address},${PAYROLL}` }, { as: 'opcon.integration' })
        c.instance.drain()
        expect(linksOf(conn.sysId)).toMatchObject([{ how: 'app', active: '1', daily_job_id: conn.jobId }])
        expect(notes(conn.sysId)[0]).toMatch(new RegExp(`^The OpCon link of ${conn.number} is unchanged\\. .* but ${conn.number} was linked by the connector itself, and such a link stands until the incident is closed or canceled\\. It stays linked to OpCon job ${escape(conn.jobId)}`))
        setState(c, conn, 8, { as: 'bob' })
        expect(await appliedTo(PAYROLL)).toEqual([])
        expect(await appliedTo(conn.jobId)).toEqual(['cancel'])
    })

    test('an admin\'s correlation edit is refused too; an admin\'s "Link to OpCon job" moves the job', async () => {
        const conn = await connectorIncident(c)
        const other = agentIncident({ correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${conn.jobId}` }, 'opcon.admin')
        expect(linksOf(other.sysId)).toEqual([])
        expect(notes(other.sysId)[0]).toMatch(new RegExp(`but that job is linked to ${conn.number} by the connector itself.*"Link to OpCon job"`))
        c.instance.clickUiAction('x_opcon_link_job', 'incident', other.sysId, 'opcon.admin')
        expect(linksOf(other.sysId)).toMatchObject([{ how: 'admin', active: '1', daily_job_id: conn.jobId }])
        expect(linksOf(conn.sysId)).toMatchObject([{ how: 'app', active: '0' }])
        setState(c, conn, 8, { as: 'bob' })
        expect(await appliedTo(conn.jobId)).toEqual([])
        setState(c, other, 2, { as: 'bob' })
        expect(await appliedTo(conn.jobId)).toEqual(['markUnderReview'])
    })

    test('a job an admin linked by hand is held the same way', async () => {
        const job = '20191220|999|1|HELD-BY-HAND'
        await c.sim.seedJob({ id: job, status: 'Failed' })
        const held = agentIncident({ correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${job}` })
        c.instance.clickUiAction('x_opcon_link_job', 'incident', held.sysId, 'opcon.admin')
        const decoy = c.instance.insert('incident', { short_description: 'decoy', correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${job}` }, { as: 'opcon.integration' })!
        c.instance.drain()
        expect(linksOf(decoy)).toEqual([])
        expect(notes(decoy)[0]).toMatch(new RegExp(`but that job is linked to ${held.number} by an OpCon Connector admin`))
        expect(linksOf(held.sysId)).toMatchObject([{ how: 'admin', active: '1' }])
    })

    test('once the connector\'s incident is closed, a confirmed link of the integration account may take the job', async () => {
        const conn = await connectorIncident(c)
        c.instance.update('incident', conn.sysId, { state: 7 }, { as: 'bob' })
        c.instance.drain()
        const newer = c.instance.insert('incident', { short_description: 'again', correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${conn.jobId}` }, { as: 'opcon.integration' })!
        expect(linksOf(newer)).toMatchObject([{ state: 'pending', active: '0' }])
        c.instance.drain()
        expect(linksOf(newer)).toMatchObject([{ state: 'confirmed', active: '1' }])
        expect(linksOf(conn.sysId)).toMatchObject([{ how: 'app', active: '0' }])
    })

    test('a link that awaits OpCon while an admin links the job elsewhere is refused when OpCon answers', async () => {
        const job = '20191220|999|1|RACED'
        await c.sim.seedJob({ id: job, status: 'Failed' })
        const pending = c.instance.insert('incident', { short_description: 'first', correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${job}` }, { as: 'opcon.integration' })!
        const held = agentIncident({ correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${job}` })
        c.instance.clickUiAction('x_opcon_link_job', 'incident', held.sysId, 'opcon.admin')
        c.instance.drain()
        expect(linksOf(pending)).toMatchObject([{ state: 'refused', active: '0', check_note: expect.stringContaining(`that job is linked to ${held.number} by an OpCon Connector admin`) }])
        expect(linksOf(held.sysId)).toMatchObject([{ how: 'admin', active: '1' }])
        expect(notes(pending)[0]).toMatch(/^The link of INC\d+ to OpCon job .* was refused: that job is linked to/)
    })
})

describe('a link of the integration account awaits OpCon\'s word that the job failed', () => {
    test('a job OpCon does not report failed is never linked: refused in words after the read, and its state changes send nothing', async () => {
        const healthy = '20191220|999|1|HEALTHY'
        await c.sim.seedJob({ id: healthy, status: 'Finished OK' })
        await c.sim.clearRequests()
        const from = c.instance.logs.length
        const calls = c.instance.httpLog.length
        const decoy = c.instance.insert('incident', { short_description: 'decoy', correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${healthy}` }, { as: 'opcon.integration' })!
        c.instance.update('incident', decoy, { state: 8 }, { as: 'opcon.integration' })
        // Nothing during the saves: the read waits for the connector's queue.
        expect(c.instance.httpLog.slice(calls)).toEqual([])
        expect(linksOf(decoy)).toMatchObject([{ state: 'pending', active: '0', how: 'integration' }])
        const [row] = c.instance.query('x_opcon_action', `incident=${decoy}`)
        expect(row).toMatchObject({ action: 'cancel', state: 'rejected' })
        expect(row.message).toMatch(new RegExp(`^INC\\d+'s link to OpCon job ${escape(healthy)} on ${escape(c.sim.address)} awaits OpCon's confirmation that the job failed, so nothing was sent to OpCon\\.`))
        c.instance.drain()
        const [link] = linksOf(decoy)
        expect(link).toMatchObject({ state: 'refused', active: '0' })
        expect(link.check_note).toMatch(new RegExp(`^The link of INC\\d+ to OpCon job ${escape(healthy)} on ${escape(c.sim.address)} was refused: OpCon server opcon-test reports the job as "Finished OK", not failed, and the OpCon integration account may only link an incident to a failed job\\.`))
        expect(notes(decoy)).toContainEqual(link.check_note)
        expect(warnings(from)).toContainEqual(expect.stringContaining('reports the job as "Finished OK", not failed'))
        // OpCon was read once, and asked to do nothing.
        expect((await c.sim.requests()).map((r) => `${r.method} ${decodeURIComponent(r.path)}`)).toEqual([`GET /api/dailyjobs/${healthy}`])
        expect(await appliedTo(healthy)).toEqual([])
        expect((await c.sim.getJob(healthy))!.status).toBe('Finished OK')
        // Later state changes say why.
        c.instance.update('incident', decoy, { state: 2 }, { as: 'bob' })
        c.instance.drain()
        expect(c.instance.query('x_opcon_action', `incident=${decoy}^ORDERBYsys_created_on`)[1].message).toContain('not linked to an OpCon job: OpCon did not confirm the OpCon integration account\'s link: The link of')
    })

    test('an OpCon that cannot be reached is asked again with the job actions\' backoff, then the link is refused: never confirmed by default', async () => {
        c.instance.setProperty('x_opcon.max_attempts', '3')
        c.instance.setProperty('x_opcon.retry_backoff_seconds', '60')
        const job = '20191220|999|1|UNREACHED'
        await c.sim.seedJob({ id: job, status: 'Failed' })
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'GET', path: '^/api/dailyjobs/' }])
        await c.sim.clearRequests()
        const inc = c.instance.insert('incident', { short_description: 'x', correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${job}` }, { as: 'opcon.integration' })!
        c.instance.drain()
        expect(linksOf(inc)).toMatchObject([{ state: 'pending', active: '0', attempts: '1', check_note: expect.stringMatching(/^OpCon could not be asked whether OpCon job .* failed \(attempt 1 of 3\): .* Asking again in 60 seconds/) }])
        c.instance.advanceTime(minutes(1))
        expect(linksOf(inc)).toMatchObject([{ state: 'pending', attempts: '2', check_note: expect.stringContaining('Asking again in 120 seconds') }])
        c.instance.advanceTime(minutes(1))
        expect(linksOf(inc)[0].attempts).toBe('2')
        c.instance.advanceTime(minutes(1))
        expect(linksOf(inc)).toMatchObject([{ state: 'refused', active: '0', attempts: '3', check_note: expect.stringMatching(/was refused: OpCon could not confirm that the job failed after 3 attempts: .* A link is never confirmed without OpCon's answer\./) }])
        await c.sim.clearFaults()
        c.instance.advanceTime(minutes(10))
        expect(linksOf(inc)).toMatchObject([{ state: 'refused', active: '0' }])
        const reads = (await c.sim.requests()).filter((r) => r.path.startsWith('/api/dailyjobs/'))
        expect(reads).toHaveLength(3)
        expect(notes(inc)[0]).toContain('OpCon could not confirm that the job failed after 3 attempts')
    })

    test('a link typed by an admin and the connector\'s own links are in force at once', async () => {
        const conn = await connectorIncident(c)
        expect(linksOf(conn.sysId)).toMatchObject([{ how: 'app', state: 'confirmed', active: '1' }])
        const inc = agentIncident({}, 'bob')
        c.instance.insert('x_opcon_binding', { incident: inc.sysId, address: c.sim.address, daily_job_id: PAYROLL, state: 'pending' }, { as: 'opcon.admin', form: true })
        expect(linksOf(inc.sysId)).toMatchObject([{ how: 'admin', state: 'confirmed', active: '1' }])
    })
})

describe('incidents without a link (opened before the connector, or by someone else)', () => {
    test('"Link to OpCon job" is an x_opcon.admin\'s, audited on the incident and in the link; then state changes act', async () => {
        const inc = agentIncident({ correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${PAYROLL}` })
        expect(c.instance.uiActionVisible('x_opcon_link_job', 'incident', inc.sysId, 'bob')).toBe(false)
        expect(c.instance.uiActionVisible('x_opcon_link_job', 'incident', inc.sysId, 'opcon.admin')).toBe(true)
        // A plain admin sees the button (admin passes role checks) but may not link.
        const messages = c.instance.messages.length
        c.instance.clickUiAction('x_opcon_link_job', 'incident', inc.sysId, 'root')
        expect(c.instance.messages.slice(messages)).toEqual([{ kind: 'error', message: `Only a user who holds the x_opcon.admin role may link ${inc.number} to an OpCon job by hand.`, user: 'root' }])
        expect(linksOf(inc.sysId)).toEqual([])

        c.instance.clickUiAction('x_opcon_link_job', 'incident', inc.sysId, 'opcon.admin')
        expect(linksOf(inc.sysId)).toMatchObject([{ how: 'admin', active: '1', daily_job_id: PAYROLL, note: 'Linked by hand with "Link to OpCon job".' }])
        expect(c.instance.journal('incident', inc.sysId)[0]).toBe(`Linked to OpCon job ${PAYROLL} on ${c.sim.address} by Olivia Admin (opcon.admin). State changes of this incident now act on that job.`)
        setState(c, inc, 2, { as: 'bob' })
        expect(await appliedTo(PAYROLL)).toEqual(['markUnderReview'])
    })

    test('a daily job id too long for the Correlation ID field is not linked from it; an admin links the whole id under Job links', async () => {
        const jobName = `NIGHTLY-${'X'.repeat(120)}`
        const longId = `20191220|999|1|${jobName}`
        await c.sim.seedJob({ id: longId, status: 'Failed' })
        const inc = agentIncident({ correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${longId}` }, 'opcon.integration')
        // incident.correlation_id holds 100 characters: what was saved is cut short, so it may name another job.
        expect(c.instance.get('incident', inc.sysId)!.correlation_id).toHaveLength(100)
        expect(linksOf(inc.sysId)).toEqual([])
        expect(c.instance.journal('incident', inc.sysId)[0]).toMatch(/^The OpCon link of INC\d+ is unchanged\. Its correlation id is 100 characters long, the Correlation ID field's limit/)

        // Agents may not type links; an x_opcon.admin may, with the whole id.
        expect(c.instance.insert('x_opcon_binding', { incident: inc.sysId, address: c.sim.address, daily_job_id: longId }, { as: 'bob', form: true })).toBeNull()
        const linkId = c.instance.insert('x_opcon_binding', { incident: inc.sysId, address: c.sim.address, daily_job_id: longId }, { as: 'opcon.admin', form: true })
        expect(linkId).toMatch(/^[0-9a-f]{32}$/)
        expect(linksOf(inc.sysId)).toMatchObject([{ how: 'admin', daily_job_id: longId, job_name: jobName }])
        expect(c.instance.get('sys_user', linksOf(inc.sysId)[0].bound_by)!.user_name).toBe('opcon.admin')
        setState(c, inc, 2, { as: 'bob' })
        expect(await appliedTo(longId)).toEqual(['markUnderReview'])
    })
})

describe('links are an audit trail', () => {
    test('nobody edits a link into another job, or says who made it; an x_opcon.admin may only deactivate one', async () => {
        const inc = await openOpConIncident(c)
        const [link] = linksOf(inc.sysId)
        c.instance.update('x_opcon_binding', link.sys_id, { daily_job_id: PAYROLL, how: 'admin', bound_by: '' }, { as: 'opcon.admin', form: true })
        expect(c.instance.get('x_opcon_binding', link.sys_id)).toMatchObject({ daily_job_id: inc.jobId, how: 'integration', bound_by: link.bound_by })
        c.instance.update('x_opcon_binding', link.sys_id, { active: false }, { as: 'agent', form: true })
        expect(c.instance.get('x_opcon_binding', link.sys_id)!.active).toBe('1')
        c.instance.update('x_opcon_binding', link.sys_id, { active: false }, { as: 'opcon.admin', form: true })
        expect(c.instance.get('x_opcon_binding', link.sys_id)!.active).toBe('0')
    })

    test('a typed link with a malformed daily job id is refused in words', () => {
        const inc = agentIncident({})
        const messages = c.instance.messages.length
        expect(c.instance.insert('x_opcon_binding', { incident: inc.sysId, address: c.sim.address, daily_job_id: '20191220|999|PAYROLL' }, { as: 'opcon.admin', form: true })).toBeNull()
        expect(c.instance.messages.slice(messages).map((m) => m.message)).toContainEqual(expect.stringMatching(/^Daily job id: Daily job id "20191220\|999\|PAYROLL" has 3 parts, not 4/))
    })

    test('agents read links', async () => {
        const inc = await openOpConIncident(c)
        const [link] = linksOf(inc.sysId)
        expect(c.instance.readAsUser('x_opcon_binding', link.sys_id, 'agent')).toMatchObject({ daily_job_id: inc.jobId })
    })
})

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
