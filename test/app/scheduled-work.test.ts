// The connector's scheduled jobs on an instance: whom they run as, how often
// the collector lists a server, how long one run may hold its scheduler
// worker however slow OpCon is (what is left goes on in the next run, every
// server in turn), and the time zone business hours are read in.
import { mapCallDurations } from '../bench/rest-message'
import type { OpConSim } from '../opcon-sim/client'
import { startTwoServers, useConnector, type Connector } from './support/connector'
import { COLLECT, collectFailures, failureRowsOf, incidentsLinkedTo } from './support/failures'
import { connectorIncident, openOpConIncident, setState, actionsOf } from './support/incidents'

const DELIVER = 'OpCon: retry and follow job actions'
const CONFIRM = 'OpCon: confirm pending job links'
const JOBS = [COLLECT, DELIVER, CONFIRM]
/** RUN_LIMIT_MS in src/server/sync/run-budget.ts, as the README states it. */
const LIMIT_MS = 45_000
const MINUTE = 60_000

let c: Connector
const connector = useConnector()
let sequence = 0

beforeAll(() => {
    c = connector()
})

beforeEach(async () => {
    c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })
    await c.sim.clearRequests()
})

afterEach(() => {
    // Every failure of this test is settled, so the next test starts from a quiet OpCon.
    for (const row of c.instance.query('x_opcon_failure', 'stateINwaiting,confirming,working')) c.instance.store.put('x_opcon_failure', { ...row, state: 'error' })
})

function today(instance = c.instance): string {
    return new Date(instance.now()).toISOString().slice(0, 10).replace(/-/g, '')
}

async function failedJob(sim: OpConSim = c.sim, instance = c.instance): Promise<string> {
    sequence += 1
    const name = `SCHED-${String(sequence).padStart(3, '0')}`
    const id = `${today(instance)}|${600 + sequence}|1|${name}`
    await sim.seedJob({ id, status: 'Failed', scheduleName: 'NIGHTLY', machine: 'winagent01', termination: 2, terminationDescription: 'Exit Code 2', output: { [`${name}.log`]: `ERROR: ${name}\n` } })
    return id
}

function account(): Record<string, string> {
    return c.instance.query('sys_user', 'user_name=x_opcon.scheduler')[0]
}

/** The runs of a job since `from` (an index into scheduledJobRuns). */
function runsOf(name: string, from = 0): Array<{ startedAt: number; endedAt: number; user: string | null }> {
    return c.instance.scheduledJobRuns.slice(from).filter((run) => run.name === name)
}

/** The outbound calls made during a run, on the instance's clock. */
function callsDuring(run: { startedAt: number; endedAt: number }, match: (url: string) => boolean = () => true): number {
    return c.instance.httpLog.filter((entry) => entry.at >= run.startedAt && entry.at < run.endedAt && match(entry.url)).length
}

describe('whom the scheduled jobs run as', () => {
    test('each of the three runs as the connector\'s own account, which holds no role and no password', () => {
        const user = account()
        expect(user).toMatchObject({ user_name: 'x_opcon.scheduler', active: 'true' })
        expect(user.user_password ?? '').toBe('')
        expect(c.instance.query('sys_user_has_role', `user=${user.sys_id}`)).toEqual([])
        const jobs = c.instance.query('sysauto_script', '')
        expect(jobs.map((job) => job.name).sort()).toEqual([...JOBS].sort())
        for (const job of jobs) expect({ job: job.name, runAs: job.run_as }).toEqual({ job: job.name, runAs: user.sys_id })
    })

    test('the collector\'s work is done as that account: the link of the incident it opens names it', async () => {
        const from = c.instance.scheduledJobRuns.length
        const id = await failedJob()
        collectFailures(c)
        expect(runsOf(COLLECT, from).map((run) => run.user)).toEqual(['x_opcon.scheduler'])
        const [link] = c.instance.query('x_opcon_binding', `daily_job_id=${id}`)
        expect(link).toMatchObject({ how: 'app', bound_by: account().sys_id })
    })

    test('with the account deactivated the jobs do not run; active again, they go on (assumed: the platform skips a job whose Run as user is inactive)', async () => {
        const user = account()
        c.instance.update('sys_user', user.sys_id, { active: false })
        try {
            const id = await failedJob()
            collectFailures(c)
            expect(failureRowsOf(c, id)).toEqual([])
            expect(c.instance.warnings[c.instance.warnings.length - 1]).toMatch(/^Scheduled job "OpCon: collect failed jobs" did not run: its Run as user/)
        } finally {
            c.instance.update('sys_user', user.sys_id, { active: true })
        }
        collectFailures(c)
        expect(runsOf(COLLECT).pop()!.user).toBe('x_opcon.scheduler')
    })
})

describe('how often the collector lists a server (x_opcon.collect_interval_minutes)', () => {
    const listings = (from: number) => c.instance.httpLog.slice(from).filter((entry) => entry.url.includes('/api/dailyjobs?'))

    test('by default on every run of its job, every minute', () => {
        const from = c.instance.httpLog.length
        const runs = c.instance.scheduledJobRuns.length
        c.instance.advanceTime(5 * MINUTE)
        expect(runsOf(COLLECT, runs)).toHaveLength(5)
        expect(listings(from)).toHaveLength(5)
    })

    test('set to 5, a server is listed every 5 minutes while its job still runs every minute and works what is due', async () => {
        c.instance.setProperty('x_opcon.collect_interval_minutes', '5')
        c.instance.advanceTime(5 * MINUTE) // whatever the tests before left: the server has been listed
        const from = c.instance.httpLog.length
        const runs = c.instance.scheduledJobRuns.length
        const id = await failedJob()
        c.instance.advanceTime(15 * MINUTE)
        expect(runsOf(COLLECT, runs)).toHaveLength(15)
        const at = listings(from).map((entry) => entry.at)
        expect(at).toHaveLength(3)
        for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBe(5 * MINUTE)
        // The failure found by a listing is worked in that run, its ticket written in OpCon.
        expect(failureRowsOf(c, id)).toMatchObject([{ state: 'done', ticket_state: 'written' }])
        expect(c.instance.get('x_opcon_server', c.serverId)).toMatchObject({ failures_resume: '0' })
        expect(c.instance.get('x_opcon_server', c.serverId)!.failures_listed).not.toBe('')
    })

    test('the property is on the connector\'s properties page, read-only for all but OpCon Connector admins', () => {
        const [property] = c.instance.query('sys_properties', 'name=x_opcon.collect_interval_minutes')
        expect(property).toMatchObject({ type: 'integer', value: '1', write_roles: 'x_opcon.admin' })
        const links = c.instance.query('sys_properties_category_m2m', `property=${property.sys_id}`)
        expect(links).toHaveLength(1)
        const orders = c.instance.query('sys_properties_category_m2m', `category=${links[0].category}`).map((row) => row.order)
        expect(orders.filter((order) => order === links[0].order)).toHaveLength(1)
    })
})

describe('a run never holds its scheduler worker longer than 45 s, however slow OpCon is', () => {
    test('the collector: each call takes OpCon 10 s; every run ends within 45 s, and the next runs finish the work', async () => {
        const ids = [await failedJob(), await failedJob(), await failedJob()]
        const runs = c.instance.scheduledJobRuns.length
        const logs = c.instance.logs.length
        const slow = mapCallDurations([{ urlPrefix: c.sim.url, ms: 10_000 }])
        try {
            c.instance.advanceTime(20 * MINUTE)
        } finally {
            slow()
        }
        const collector = runsOf(COLLECT, runs)
        expect(collector.length).toBeGreaterThanOrEqual(10)
        for (const run of collector) expect(run.endedAt - run.startedAt).toBeLessThanOrEqual(LIMIT_MS)
        // A 10 s call may start only while 30 s (x_opcon.http_timeout_ms) still fit in the 45 s: at most two per run.
        for (const run of collector) expect(callsDuring(run)).toBeLessThanOrEqual(2)
        expect(c.instance.logs.slice(logs).some((log) => log.level === 'warn' && log.message.includes('The collector stopped starting calls to OpCon after'))).toBe(true)
        for (const id of ids) {
            expect(failureRowsOf(c, id)).toMatchObject([{ state: 'done', ticket_state: 'written', log_state: 'attached' }])
            expect(incidentsLinkedTo(c, id)).toHaveLength(1)
        }
    })

    test('delivery: three job actions on a slow OpCon are sent one per run, each run within 45 s', async () => {
        const incidents = [await openOpConIncident(c), await openOpConIncident(c), await openOpConIncident(c)]
        // Each send right after the save meets a busy OpCon: the retries are the scheduled job's.
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'POST', path: '/api/jobactions', times: 3 }])
        for (const incident of incidents) setState(c, incident, 6)
        for (const incident of incidents) expect(actionsOf(c, incident).map((a) => a.state)).toEqual(['queued'])
        const runs = c.instance.scheduledJobRuns.length
        const slow = mapCallDurations([{ urlPrefix: c.sim.url, ms: 20_000 }])
        try {
            c.instance.advanceTime(12 * MINUTE)
        } finally {
            slow()
        }
        const delivery = runsOf(DELIVER, runs)
        for (const run of delivery) expect(run.endedAt - run.startedAt).toBeLessThanOrEqual(LIMIT_MS)
        // A 20 s call leaves no room for a second of up to 30 s: one call per run.
        for (const run of delivery) expect(callsDuring(run)).toBeLessThanOrEqual(1)
        expect(delivery.filter((run) => callsDuring(run) === 1).length).toBeGreaterThanOrEqual(6)
        for (const incident of incidents) expect(actionsOf(c, incident).map((a) => a.state)).toEqual(['succeeded'])
    })

    test('confirming pending job links: one read per run on a slow OpCon, each run within 45 s, all confirmed', async () => {
        c.instance.update('x_opcon_server', c.serverId, { active: false }, { as: 'opcon.admin' })
        const incidents = [await openOpConIncident(c), await openOpConIncident(c), await openOpConIncident(c)]
        for (const incident of incidents) expect(c.instance.query('x_opcon_binding', `incident=${incident.sysId}`).map((l) => l.state)).toEqual(['pending'])
        const runs = c.instance.scheduledJobRuns.length
        const slow = mapCallDurations([{ urlPrefix: c.sim.url, ms: 20_000 }])
        try {
            c.instance.update('x_opcon_server', c.serverId, { active: true }, { as: 'opcon.admin' })
            c.instance.advanceTime(12 * MINUTE)
        } finally {
            slow()
        }
        const confirming = runsOf(CONFIRM, runs)
        for (const run of confirming) expect(run.endedAt - run.startedAt).toBeLessThanOrEqual(LIMIT_MS)
        for (const run of confirming) expect(callsDuring(run)).toBeLessThanOrEqual(1)
        for (const incident of incidents) expect(c.instance.query('x_opcon_binding', `incident=${incident.sysId}`).map((l) => l.state)).toEqual(['confirmed'])
    })
})

describe('a server starved by a slow one gets its turn', () => {
    let two: Connector
    let other: OpConSim
    let otherId: string

    let stop: () => Promise<void>

    beforeAll(async () => {
        ({ two, other, otherId, stop } = await startTwoServers())
    })

    afterAll(async () => {
        await stop()
    })

    test('listing one server takes 25 s; the other is still listed at least every other run', async () => {
        // The slow one is the server a fixed order would always take first.
        const [slowId] = [two.serverId, otherId].sort()
        const slowUrl = slowId === two.serverId ? two.sim.url : other.url
        const fastId = slowId === two.serverId ? otherId : two.serverId
        const fastSim = fastId === two.serverId ? two.sim : other
        const id = await failedJob(fastSim, two.instance)
        const from = two.instance.httpLog.length
        const runs = two.instance.scheduledJobRuns.length
        const slow = mapCallDurations([{ urlPrefix: `${slowUrl}/api/dailyjobs?`, ms: 25_000 }])
        try {
            two.instance.advanceTime(4 * MINUTE)
        } finally {
            slow()
        }
        const collector = two.instance.scheduledJobRuns.slice(runs).filter((run) => run.name === COLLECT)
        expect(collector).toHaveLength(4)
        for (const run of collector) expect(run.endedAt - run.startedAt).toBeLessThanOrEqual(LIMIT_MS)
        const fastListings = two.instance.httpLog.slice(from).filter((entry) => entry.url.startsWith(`${fastSim.url}/api/dailyjobs?`))
        expect(fastListings.length).toBeGreaterThanOrEqual(2)
        expect(two.instance.query('x_opcon_failure', `daily_job_id=${id}`)).toMatchObject([{ state: 'done' }])
    })
})

describe('business hours are read in the schedule\'s time zone, whoever works the failure', () => {
    let group: string
    let night: string

    beforeAll(() => {
        group = c.instance.createGroup({ name: 'Batch day team' })
        night = c.instance.createGroup({ name: 'Batch night team' })
    })

    afterEach(() => {
        c.instance.setProperty('glide.sys.default.tz', '')
        for (const row of c.instance.query('x_opcon_template', 'active=true^name=Hours')) c.instance.update('x_opcon_template', row.sys_id, { active: false }, { as: 'opcon.admin' })
    })

    /** A schedule whose one span, every day, is the hour the bench clock is in, in `zone` (floating when `own` is false). */
    function thisHourIn(zone: string, own: boolean): string {
        const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(new Date(c.instance.now())))
        const hh = String(hour).padStart(2, '0')
        return c.instance.createSchedule({
            name: `${hh}h in ${zone}`, spans: [{ days: [1, 2, 3, 4, 5, 6, 7], start: `${hh}:00:00`, end: hour === 23 ? '23:59:59' : `${String(hour + 1).padStart(2, '0')}:00:00` }],
            ...(own ? { timeZone: zone } : {}),
        })
    }

    function hoursTemplate(schedule: string): void {
        c.instance.insert('x_opcon_template', {
            name: 'Hours', order: 1, job_pattern: 'SCHED-*', assignment_group: group, impact: '3', urgency: '3',
            after_hours_schedule: schedule, after_hours_impact: '1', after_hours_urgency: '1', after_hours_group: night,
        }, { as: 'opcon.admin' })
    }

    test('a schedule in New York time on an instance in Berlin: in its hours, the business-hours values apply (assumed: without a zone given, GlideSchedule uses the session\'s)', async () => {
        c.instance.setProperty('glide.sys.default.tz', 'Europe/Berlin')
        hoursTemplate(thisHourIn('America/New_York', true))
        const id = await failedJob()
        collectFailures(c)
        expect(incidentsLinkedTo(c, id)[0]).toMatchObject({ impact: '3', urgency: '3', assignment_group: group })
    })

    test('a floating schedule is read in the instance\'s time zone, also when the failure is reported by an account in another zone (assumed: the app reads glide.sys.default.tz)', async () => {
        c.instance.setProperty('glide.sys.default.tz', 'Europe/Berlin')
        const reporter = c.instance.query('sys_user', 'user_name=opcon.reporter')[0]
        c.instance.store.put('sys_user', { ...reporter, time_zone: 'Asia/Tokyo' })
        try {
            hoursTemplate(thisHourIn('Europe/Berlin', false))
            const pushed = await connectorIncident(c, { jobName: `SCHED-P${++sequence}` })
            expect(c.instance.get('incident', pushed.sysId)).toMatchObject({ impact: '3', urgency: '3', assignment_group: group })
        } finally {
            c.instance.store.put('sys_user', { ...reporter, time_zone: '' })
        }
    })
})
