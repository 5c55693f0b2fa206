// Failure storms (issue 21) on the built package, against the simulator: many
// failures of one server sharing a termination code or a machine open one
// parent incident, the failures' incidents its children; resolving the parent
// resolves the children through the platform's rule (test/bench/platform-rules.ts)
// and each child moves its own job; canceling it cancels them through ours.
import { useConnector, type Connector } from './support/connector'
import { collectFailures, incidentsLinkedTo } from './support/failures'

let c: Connector
const connector = useConnector()
const minutes = (n: number): number => n * 60_000
let sequence = 0
let code = 40

beforeAll(() => {
    c = connector()
})

beforeEach(async () => {
    c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })
    c.instance.setProperty('x_opcon.storm_grouping', 'true')
    c.instance.setProperty('x_opcon.storm_threshold', '4')
    await c.sim.setActionBehaviour({ apply: 'onFirstPoll', jobOutput: 'normal' })
    await c.sim.clearRequests()
    // Each test's failures share a termination code no other test uses, so outages never carry over.
    code += 1
})

afterEach(() => {
    for (const row of c.instance.query('x_opcon_failure', 'stateINwaiting,confirming,working')) c.instance.store.put('x_opcon_failure', { ...row, state: 'error' })
})

function today(): string {
    return new Date(c.instance.now()).toISOString().slice(0, 10).replace(/-/g, '')
}

interface Job { id: string; name: string }

/** `count` jobs fail in OpCon with this test's termination code (each on its own machine unless told). */
async function failJobs(count: number, options: { machine?: string; termination?: number; schedule?: (i: number) => string } = {}): Promise<Job[]> {
    const jobs: Job[] = []
    for (let i = 0; i < count; i++) {
        sequence += 1
        const name = `STORM-${String(sequence).padStart(4, '0')}`
        const id = `${today()}|${3000 + sequence}|1|${name}`
        await c.sim.seedJob({
            id, status: 'Failed', scheduleName: options.schedule?.(i) ?? (i % 2 === 0 ? 'PAYROLL' : 'BILLING'), machine: options.machine ?? `agent-${sequence}`,
            termination: options.termination ?? code, terminationDescription: 'Database unavailable', output: { [`${name}.log`]: `ERROR: ${name} cannot reach the database\n` },
        })
        jobs.push({ id, name })
    }
    return jobs
}

const collect = (): void => collectFailures(c)
const incidentOf = (job: Job): Record<string, string> => {
    const found = incidentsLinkedTo(c, job.id)
    expect(found).toHaveLength(1)
    return found[0]
}
const parentsOn = (): Array<Record<string, string>> => c.instance.query('x_opcon_storm', `key_value=${code}`).map((o) => c.instance.get('incident', o.parent_incident)!)
const childrenOf = (parentSysId: string): Array<Record<string, string>> => c.instance.query('incident', `parent_incident=${parentSysId}`)
const jobActionsOf = (incidentSysId: string): Array<Record<string, string>> => c.instance.query('x_opcon_action', `incident=${incidentSysId}^kind=job_action^ORDERBYsys_created_on`)

describe('grouping', () => {
    test('off (the default): a storm opens one incident per failure, as before, and no outage', async () => {
        c.instance.setProperty('x_opcon.storm_grouping', 'false')
        const jobs = await failJobs(6)
        collect()
        for (const job of jobs) expect(incidentOf(job).parent_incident ?? '').toBe('')
        expect(c.instance.query('x_opcon_storm', `key_value=${code}`)).toEqual([])
    })

    test('below the threshold nothing changes: each failure its own incident, no parent', async () => {
        const jobs = await failJobs(3)
        collect()
        for (const job of jobs) expect(incidentOf(job).parent_incident ?? '').toBe('')
        expect(c.instance.query('x_opcon_storm', `key_value=${code}`)).toEqual([])
    })

    test('at the threshold: one parent saying what the failures share, how many and which schedules; each failure a child with its usual incident, link, ticket and log', async () => {
        const jobs = await failJobs(5)
        collect()
        const [parent] = parentsOn()
        expect(parentsOn()).toHaveLength(1)
        expect(parent.short_description).toBe(`OpCon outage on opcon-test: 5 failed jobs share termination code ${code}`)
        expect(parent.description).toContain('Schedules: PAYROLL, BILLING.')
        expect(parent).toMatchObject({ impact: '2', urgency: '2' })
        // The parent is linked to no job: no correlation fields, no job link.
        expect(parent.correlation_display ?? '').toBe('')
        expect(parent.correlation_id ?? '').toBe('')
        expect(c.instance.query('x_opcon_binding', `incident=${parent.sys_id}`)).toEqual([])
        const tickets = new Map((await Promise.all(jobs.map(async (j) => [j.id, await c.sim.tickets(j.id)] as const))))
        for (const job of jobs) {
            const child = incidentOf(job)
            expect(child).toMatchObject({ parent_incident: parent.sys_id, correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${job.id}` })
            expect(tickets.get(job.id)!.map((t) => t.ticketId)).toEqual([child.number])
            expect(c.instance.attachments('incident', child.sys_id).map((a) => a.content).join('')).toContain(`ERROR: ${job.name}`)
            expect(c.instance.journal('incident', child.sys_id).join('\n')).toContain(`Part of the outage ${parent.number}`)
        }
        expect(childrenOf(parent.sys_id)).toHaveLength(5)
        expect(c.instance.query('x_opcon_storm', `key_value=${code}`)).toMatchObject([{ key_kind: 'termination', failure_count: '5', server: c.serverId }])
    })

    test('the first failures already have incidents when the threshold is reached: they become children too, each with a note', async () => {
        const early = await failJobs(2)
        collect()
        for (const job of early) expect(incidentOf(job).parent_incident ?? '').toBe('')
        c.instance.advanceTime(minutes(3))
        const later = await failJobs(2)
        collect()
        const [parent] = parentsOn()
        expect(parentsOn()).toHaveLength(1)
        for (const job of [...early, ...later]) expect(incidentOf(job).parent_incident).toBe(parent.sys_id)
        for (const job of early) expect(c.instance.journal('incident', incidentOf(job).sys_id).join('\n')).toContain(`Attached to the outage ${parent.number} when it was opened`)
        expect(parent.short_description).toContain('4 failed jobs')
    })

    test('a failure later in the window joins the same parent; once the window has passed, a new failure stays alone', async () => {
        await failJobs(4)
        collect()
        const [parent] = parentsOn()
        c.instance.advanceTime(minutes(6))
        const [late] = await failJobs(1, { schedule: () => 'LATE-SCHEDULE' })
        collect()
        expect(incidentOf(late).parent_incident).toBe(parent.sys_id)
        expect(parentsOn()).toHaveLength(1)
        expect(c.instance.get('incident', parent.sys_id)!.description).toContain('LATE-SCHEDULE')
        expect(c.instance.get('incident', parent.sys_id)!.short_description).toContain('5 failed jobs')
        c.instance.advanceTime(minutes(11))
        const [after] = await failJobs(1)
        collect()
        expect(incidentOf(after).parent_incident ?? '').toBe('')
    })

    test('a parent closed directly (neither resolved nor canceled) takes no joiners: the next failures open a new outage', async () => {
        await failJobs(4)
        collect()
        const [first] = parentsOn()
        c.instance.update('incident', first.sys_id, { state: 7 }, { as: 'agent' })
        const jobs = await failJobs(4)
        collect()
        const parents = parentsOn()
        expect(parents).toHaveLength(2)
        const second = parents.find((p) => p.sys_id !== first.sys_id)!
        for (const job of jobs) expect(incidentOf(job).parent_incident).toBe(second.sys_id)
    })

    test('another worker opening the same outage in the same second: this one gives way, opens no second parent, and the next failure opens the outage for all', async () => {
        // The rival's row as another worker inserts it, its parent not yet inserted.
        const rival = c.instance.runScript(`var r = new GlideRecord('x_opcon_storm'); r.initialize(); r.server = '${c.serverId}'; r.key_kind = 'termination'; r.key_value = '${code}';
            var end = new GlideDateTime(); end.addSeconds(600); r.window_end = end; r.insert()`) as string
        const jobs = await failJobs(4)
        collect()
        for (const job of jobs) expect(incidentOf(job).parent_incident ?? '').toBe('')
        expect(c.instance.query('x_opcon_storm', `key_value=${code}`).map((o) => o.sys_id)).toEqual([String(rival)])
        // The rival gave way too (a tie): its row is gone, and the next failure opens the outage with everyone in it.
        c.instance.store.delete('x_opcon_storm', String(rival))
        c.instance.advanceTime(minutes(1))
        const [next] = await failJobs(1)
        collect()
        const [parent] = parentsOn()
        expect(parentsOn()).toHaveLength(1)
        for (const job of [...jobs, next]) expect(incidentOf(job).parent_incident).toBe(parent.sys_id)
    })

    test('failures with different codes on one machine make an outage of that machine', async () => {
        const machine = `db-host-${code}`
        const jobs = await failJobs(4, { machine, termination: 0 })
        // Give each its own code: only the machine is shared.
        for (const [i, job] of jobs.entries()) await c.sim.seedJob({ id: job.id, status: 'Failed', scheduleName: 'PAYROLL', machine, termination: 900 + code * 10 + i, terminationDescription: 'x' })
        collect()
        const [outage] = c.instance.query('x_opcon_storm', `key_value=${machine}`)
        expect(outage).toMatchObject({ key_kind: 'machine' })
        const parent = c.instance.get('incident', outage.parent_incident)!
        expect(parent.short_description).toBe(`OpCon outage on opcon-test: 4 failed jobs share machine ${machine}`)
        for (const job of jobs) expect(incidentOf(job).parent_incident).toBe(parent.sys_id)
    })
})

describe('the parent\'s words in a big outage', () => {
    test('its count is rewritten for each child up to twice the threshold, then at each tenth more; once the window has closed, the collector writes the final count once', async () => {
        const jobs = await failJobs(29)
        collect()
        const [parent] = parentsOn()
        expect(childrenOf(parent.sys_id)).toHaveLength(29)
        const outage = () => c.instance.query('x_opcon_storm', `parent_incident=${parent.sys_id}`)[0]
        expect(outage()).toMatchObject({ failure_count: '29', words_final: '0' })
        // Threshold 4: every child up to 8, then 9, 10, 11, 13, 15, 17, 19, 21, 24, 27: 27 is what the parent says for now.
        expect(outage().words_count).toBe('27')
        expect(c.instance.get('incident', parent.sys_id)!.short_description).toContain(': 27 failed jobs share')
        const rewrites = Number(c.instance.get('incident', parent.sys_id)!.sys_mod_count)
        expect(rewrites).toBeLessThan(20)
        // Still inside the window: the collector leaves it alone.
        collect()
        expect(c.instance.get('incident', parent.sys_id)!.short_description).toContain(': 27 failed jobs share')
        c.instance.advanceTime(minutes(11))
        collect()
        expect(outage()).toMatchObject({ words_count: '29', words_final: '1' })
        expect(c.instance.get('incident', parent.sys_id)!.short_description).toContain(': 29 failed jobs share')
        expect(c.instance.get('incident', parent.sys_id)!.description).toMatch(/^29 OpCon jobs on /)
        // Once: a later collector run does not rewrite it again.
        const after = Number(c.instance.get('incident', parent.sys_id)!.sys_mod_count)
        collect()
        expect(Number(c.instance.get('incident', parent.sys_id)!.sys_mod_count)).toBe(after)
        expect(jobs).toHaveLength(29)
    })
})

describe('settings and upkeep', () => {
    test('a threshold that is not a number falls back to 10, and the system log says so in words', async () => {
        c.instance.setProperty('x_opcon.storm_threshold', 'ten')
        const jobs = await failJobs(9)
        collect()
        for (const job of jobs) expect(incidentOf(job).parent_incident ?? '').toBe('')
        expect(c.instance.logs.map((l) => l.message)).toContainEqual(expect.stringContaining('Failure storm properties: x_opcon.storm_threshold is "ten", not a whole number: 10 is used.'))
        const [tenth] = await failJobs(1)
        collect()
        expect(incidentOf(tenth).parent_incident).toBe(parentsOn()[0].sys_id)
    })

    test('an outage row goes a year after its parent was resolved or canceled; an open one stays', async () => {
        await failJobs(4)
        collect()
        const [outage] = c.instance.query('x_opcon_storm', `key_value=${code}`)
        const old = '2024-01-01 00:00:00'
        c.instance.store.put('x_opcon_storm', { ...outage, sys_updated_on: old })
        c.instance.runTableCleaner()
        expect(c.instance.query('x_opcon_storm', `sys_id=${outage.sys_id}`)).toHaveLength(1)
        c.instance.store.put('x_opcon_storm', { ...c.instance.get('x_opcon_storm', outage.sys_id)!, settled_on: old, sys_updated_on: old })
        c.instance.runTableCleaner()
        expect(c.instance.query('x_opcon_storm', `sys_id=${outage.sys_id}`)).toHaveLength(0)
    })
})

describe('the parent', () => {
    test('changing the parent\'s own state queues nothing for any job', async () => {
        await failJobs(4)
        collect()
        const [parent] = parentsOn()
        // In Progress is the state whose rule marks an OpCon incident's job Under Review.
        c.instance.update('incident', parent.sys_id, { state: 2 }, { as: 'agent' })
        c.instance.drain()
        expect(c.instance.query('x_opcon_action', `incident=${parent.sys_id}`)).toEqual([])
    })

    test('resolving it resolves every child through the platform\'s rule; each child\'s job is marked fixed once, audited per child as the resolver, and the parent notes the outcome once', async () => {
        const jobs = await failJobs(5)
        collect()
        const [parent] = parentsOn()
        c.instance.update('incident', parent.sys_id, { state: 6, close_code: 'Solved (Permanently)', close_notes: 'Database restarted.' }, { as: 'agent' })
        // The outage counts its children's open actions once, at the settle; each final one counts down, and
        // only the last runs the full check (every child and action): a storm costs one count per action, not n².
        expect(c.instance.query('x_opcon_storm', `parent_incident=${parent.sys_id}`)[0].actions_open).toBe('5')
        const { queries } = c.instance.captureQueries(() => {
            c.instance.drain()
            c.instance.advanceTime(minutes(2))
            c.instance.advanceTime(minutes(2))
        })
        expect(c.instance.query('x_opcon_storm', `parent_incident=${parent.sys_id}`)[0].actions_open).toBe('0')
        expect(queries.filter((q) => q.table === 'incident' && q.query.startsWith(`parent_incident=${parent.sys_id}`))).toHaveLength(1)
        const agent = c.instance.query('sys_user', 'user_name=agent')[0].sys_id
        for (const job of jobs) {
            const child = incidentOf(job)
            expect(child).toMatchObject({ state: '6', close_code: 'Solved (Permanently)', close_notes: 'Resolution notes copied from Parent Incident: Database restarted.' })
            expect(jobActionsOf(child.sys_id)).toMatchObject([{ action: 'markFixed', state: 'succeeded', requested_by: agent }])
            expect((await c.sim.getJob(job.id))!.status).toBe('Fixed')
        }
        const applied = (await c.sim.appliedActions()).filter((a) => jobs.some((j) => j.id === a.jobId))
        expect(applied.map((a) => a.action).sort()).toEqual(Array(5).fill('markFixed'))
        expect(new Set(applied.map((a) => a.jobId)).size).toBe(5)
        expect(c.instance.query('x_opcon_action', `incident=${parent.sys_id}`)).toEqual([])
        const notes = c.instance.journal('incident', parent.sys_id).filter((n) => n.startsWith('Every OpCon job action'))
        expect(notes).toEqual(['Every OpCon job action of this outage\'s 5 children is final: 5 actions, 5 succeeded.'])
        // Once: a later action of a child (an agent takes it up again) adds no second count.
        c.instance.update('incident', incidentOf(jobs[0]).sys_id, { state: 2 }, { as: 'agent' })
        c.instance.drain()
        c.instance.advanceTime(minutes(5))
        expect(jobActionsOf(incidentOf(jobs[0]).sys_id).map((a) => `${a.action} ${a.state}`)).toEqual(['markFixed succeeded', expect.stringMatching(/^markUnderReview (succeeded|failed|rejected)$/)])
        expect(c.instance.journal('incident', parent.sys_id).filter((n) => n.startsWith('Every OpCon job action'))).toHaveLength(1)
    })

    test('putting it In Progress puts its new children In Progress (the platform\'s rule; assumed: its active New and On Hold children, each through its own rules); each child\'s job is marked Under Review once, as that user', async () => {
        const jobs = await failJobs(4)
        collect()
        const [parent] = parentsOn()
        c.instance.update('incident', parent.sys_id, { state: 2 }, { as: 'agent' })
        c.instance.drain()
        c.instance.advanceTime(minutes(2))
        const agent = c.instance.query('sys_user', 'user_name=agent')[0].sys_id
        for (const job of jobs) {
            const child = incidentOf(job)
            expect(child.state).toBe('2')
            expect(jobActionsOf(child.sys_id)).toMatchObject([{ action: 'markUnderReview', state: 'succeeded', requested_by: agent }])
        }
        const applied = (await c.sim.appliedActions()).filter((a) => jobs.some((j) => j.id === a.jobId))
        expect(applied.map((a) => `${a.jobId}:${a.action}`).sort()).toEqual(jobs.map((j) => `${j.id}:markUnderReview`).sort())
        expect(c.instance.query('x_opcon_action', `incident=${parent.sys_id}`)).toEqual([])
    })

    test('with x_opcon.resolve_action restart, resolving the parent restarts each child\'s job exactly once', async () => {
        c.instance.setProperty('x_opcon.resolve_action', 'restart')
        const jobs = await failJobs(4)
        collect()
        const [parent] = parentsOn()
        c.instance.update('incident', parent.sys_id, { state: 6, close_notes: 'Share is back.' }, { as: 'agent' })
        c.instance.drain()
        c.instance.advanceTime(minutes(2))
        c.instance.advanceTime(minutes(2))
        for (const job of jobs) expect(jobActionsOf(incidentOf(job).sys_id)).toMatchObject([{ action: 'restart', state: 'succeeded' }])
        const applied = (await c.sim.appliedActions()).filter((a) => jobs.some((j) => j.id === a.jobId))
        expect(applied.map((a) => `${a.jobId}:${a.action}`).sort()).toEqual(jobs.map((j) => `${j.id}:restart`).sort())
    })

    test('canceling it cancels its open children as the same user, and each child\'s job is canceled through its own rule', async () => {
        const jobs = await failJobs(4)
        collect()
        const [parent] = parentsOn()
        c.instance.update('incident', parent.sys_id, { state: 8 }, { as: 'agent' })
        c.instance.drain()
        c.instance.advanceTime(minutes(2))
        c.instance.advanceTime(minutes(2))
        const agent = c.instance.query('sys_user', 'user_name=agent')[0].sys_id
        for (const job of jobs) {
            const child = incidentOf(job)
            expect(child.state).toBe('8')
            expect(c.instance.journal('incident', child.sys_id).join('\n')).toContain(`Canceled with its parent ${parent.number}`)
            expect(jobActionsOf(child.sys_id)).toMatchObject([{ action: 'cancel', state: 'succeeded', requested_by: agent }])
            expect((await c.sim.getJob(job.id))!.status).toBe('Cancelled')
        }
        expect(c.instance.query('x_opcon_storm', `key_value=${code}`)).toMatchObject([{ settled_by: agent, progress_noted: '1' }])
        expect(c.instance.journal('incident', parent.sys_id).filter((n) => n.startsWith('Every OpCon job action'))).toEqual(['Every OpCon job action of this outage\'s 4 children is final: 4 actions, 4 succeeded.'])
    })

    test('canceling a parent the connector did not open leaves its children alone (the platform does not cascade a cancel)', async () => {
        const [job] = await failJobs(1)
        collect()
        const child = incidentOf(job)
        const manual = c.instance.insert('incident', { short_description: 'Someone\'s own parent' }, { as: 'agent' })!
        c.instance.update('incident', child.sys_id, { parent_incident: manual }, { as: 'agent' })
        c.instance.update('incident', manual, { state: 8 }, { as: 'agent' })
        c.instance.drain()
        expect(c.instance.get('incident', child.sys_id)!.state).toBe('1')
        expect(jobActionsOf(child.sys_id)).toEqual([])
    })

    test('a child reopened by a new failure of its job leaves the parent as it is, with a note on both', async () => {
        const jobs = await failJobs(4)
        collect()
        const [parent] = parentsOn()
        c.instance.update('incident', parent.sys_id, { state: 6, close_notes: 'Fixed.' }, { as: 'agent' })
        c.instance.drain()
        c.instance.advanceTime(minutes(2))
        await c.sim.failJob(jobs[0].id)
        collect()
        const child = incidentOf(jobs[0])
        expect(child.state).toBe('2')
        expect(c.instance.journal('incident', child.sys_id).filter((n) => n.includes('Reopened'))).toEqual([expect.stringContaining(`The parent ${parent.number} is left as it is.`)])
        expect(c.instance.get('incident', parent.sys_id)!.state).toBe('6')
        expect(c.instance.journal('incident', parent.sys_id).filter((n) => n.includes('reopened'))).toEqual([`Child ${child.number} was reopened: its OpCon job failed again. This incident is left as it is.`])
        for (const other of jobs.slice(1)) expect(incidentOf(other).state).toBe('6')
    })
})
