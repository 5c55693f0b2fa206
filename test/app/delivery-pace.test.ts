// Fix once, restart them all, without knocking OpCon over (issue 21): many
// incidents resolved at once with resolve_action restart, all against one
// OpCon server, on the built package. The calls are timed on the instance's
// clock (httpLog `at`), which is what paces them; time moves only when the
// test advances it, and booked rows come back through scheduled events.
import { useConnector, type Connector } from './support/connector'
import { actionsOf, openOpConIncident, type OpConIncident } from './support/incidents'

let c: Connector
const connector = useConnector()
const DELIVER_DUE = 'OpCon: retry and follow job actions'

beforeAll(() => {
    c = connector()
})

beforeEach(async () => {
    await c.sim.setActionBehaviour({ apply: 'onFirstPoll', restartOutcome: 'Finished OK' })
    c.instance.setProperty('x_opcon.resolve_action', 'restart')
    c.instance.setProperty('x_opcon.max_calls_per_second', '5')
    // A second of its own: the calls of the test before (at the same instant, the clock stands still) are out of the window.
    c.instance.advanceTime(2000)
})

/** The calls that reached the simulator since the HTTP log held `from` entries, in order, with their time on the instance's clock. */
function callsSince(from: number): Array<{ at: number; method: string; url: string; status: number }> {
    return c.instance.httpLog.slice(from).filter((entry) => entry.url.startsWith(c.sim.url)).map(({ at, method, url, status }) => ({ at, method, url, status }))
}

/** The most calls that started in any one-second window [t, t + 1000). */
function maxInAnySecond(times: number[]): number {
    return Math.max(0, ...times.map((start) => times.filter((at) => at >= start && at < start + 1000).length))
}

/** Resolves every incident as one save each without letting async work run in between, as a parent's resolve does. */
function resolveAll(incidents: OpConIncident[]): void {
    for (const inc of incidents) c.instance.update('incident', inc.sysId, { state: 6 }, { as: 'agent' })
}

const finalStates = ['succeeded', 'failed', 'rejected', 'superseded', 'skipped']
const allFinal = (incidents: OpConIncident[]): boolean => incidents.every((inc) => actionsOf(c, inc).every((a) => finalStates.includes(a.state)))

/** Moves the clock a second at a time until every action is final (or `limitSeconds` passed); the seconds it took. */
function advanceUntilFinal(incidents: OpConIncident[], limitSeconds: number): number {
    let seconds = 0
    while (!allFinal(incidents) && seconds < limitSeconds) {
        c.instance.advanceTime(1000)
        seconds += 1
    }
    return seconds
}

async function restartsApplied(incident: OpConIncident): Promise<number> {
    return (await c.sim.appliedActions()).filter((a) => a.jobId === incident.jobId && a.action === 'restart').length
}

async function open(n: number): Promise<OpConIncident[]> {
    const incidents: OpConIncident[] = []
    for (let i = 0; i < n; i++) incidents.push(await openOpConIncident(c))
    return incidents
}

describe('x_opcon.max_calls_per_second: one pace per OpCon server, across every worker', () => {
    test('60 incidents resolved at once with restart, pace 5: never more than 5 calls in any second, every job restarted exactly once', async () => {
        const incidents = await open(60)
        const start = c.instance.now()
        const from = c.instance.httpLog.length
        resolveAll(incidents)
        c.instance.drain()
        // The scheduled job runs in the middle of the storm too: it takes its calls from the same pace.
        c.instance.advanceTime(3000)
        c.instance.runScheduledJob(DELIVER_DUE)
        const seconds = advanceUntilFinal(incidents, 120)

        const calls = callsSince(from)
        expect(maxInAnySecond(calls.map((call) => call.at))).toBeLessThanOrEqual(5)
        for (const inc of incidents) {
            expect(actionsOf(c, inc)).toMatchObject([{ action: 'restart', state: 'succeeded', attempts: '1' }])
            expect(await restartsApplied(inc)).toBe(1)
        }
        expect(calls.filter((call) => call.method === 'POST')).toHaveLength(60)
        // The pace is used, not just respected: a job read, the POST and a result read per restart at 5 a second.
        expect(calls.length).toBe(180)
        expect(seconds).toBeLessThanOrEqual(40)
        // Booked rows came back through scheduled events, not only the scheduled job's minute.
        expect(c.instance.scheduledJobRuns.filter((run) => run.startedAt >= start && run.name === DELIVER_DUE).length).toBeLessThanOrEqual(2)
    }, 120_000)

    test('0 switches the pace off: the same storm goes out as fast as the queue works it', async () => {
        c.instance.setProperty('x_opcon.max_calls_per_second', '0')
        const incidents = await open(12)
        const start = c.instance.now()
        const from = c.instance.httpLog.length
        resolveAll(incidents)
        c.instance.drain()
        expect(allFinal(incidents)).toBe(true)
        expect(c.instance.now()).toBe(start)
        expect(callsSince(from)).toHaveLength(36)
    }, 60_000)
})

describe('the pace keeps each job\'s order', () => {
    test('30 incidents taken In Progress then Resolved at once, pace 5: per job, OpCon never gets the restart before the Under Review, and each is restarted once', async () => {
        const incidents = await open(30)
        const from = c.instance.httpLog.length
        for (const inc of incidents) c.instance.update('incident', inc.sysId, { state: 2 }, { as: 'agent' })
        // The pace lets this second's few Under Review go out; the rest wait for their booked second.
        c.instance.drain()
        resolveAll(incidents)
        c.instance.drain()
        advanceUntilFinal(incidents, 180)
        expect(maxInAnySecond(callsSince(from).map((call) => call.at))).toBeLessThanOrEqual(5)
        const applied = await c.sim.appliedActions()
        let sentBoth = 0
        for (const inc of incidents) {
            const rows = actionsOf(c, inc)
            expect(rows.map((a) => a.action)).toEqual(['markUnderReview', 'restart'])
            // The older action went out first or gave way to the newer one before it was sent; the restart always went.
            expect(rows[0].state).toMatch(/^(succeeded|superseded)$/)
            expect(rows[1].state).toBe('succeeded')
            const order = applied.filter((a) => a.jobId === inc.jobId).map((a) => a.action)
            expect(order).toEqual(rows[0].state === 'succeeded' ? ['markUnderReview', 'restart'] : ['restart'])
            if (rows[0].state === 'succeeded') sentBoth++
        }
        // Both paths were taken: some Under Review went out before the restart, some gave way under the pace.
        expect(sentBoth).toBeGreaterThan(0)
        expect(sentBoth).toBeLessThan(30)
    })
})

describe('OpCon answers 429 or 503 under load: nothing sent twice, nothing dropped', () => {
    test('a 429 with Retry-After: no call to that server before the pause ends, the attempt is not counted, and the restart still succeeds', async () => {
        c.instance.setProperty('x_opcon.max_attempts', '1')
        const incidents = await open(3)
        await c.sim.setFaults([{ kind: 'status', status: 429, times: 1, method: 'POST', path: '/api/jobactions', retryAfter: 20 }])
        const from = c.instance.httpLog.length
        resolveAll(incidents)
        c.instance.drain()
        const refusedAt = callsSince(from).findIndex((call) => call.status === 429)
        const refused = callsSince(from)[refusedAt]
        expect(refused).toMatchObject({ method: 'POST' })
        const [first] = incidents
        expect(actionsOf(c, first)).toMatchObject([{ state: 'queued', attempts: '0', http_status: '429', message: expect.stringContaining('pause of 20 s (Retry-After)') }])

        advanceUntilFinal(incidents, 90)
        const after = callsSince(from).slice(refusedAt + 1)
        expect(after.length).toBeGreaterThan(0)
        expect(Math.min(...after.map((call) => call.at)) - refused.at).toBeGreaterThanOrEqual(20_000)
        for (const inc of incidents) {
            expect(actionsOf(c, inc)).toMatchObject([{ action: 'restart', state: 'succeeded' }])
            expect(await restartsApplied(inc)).toBe(1)
        }
        // The calls went on when the pause ended (an event at its end, not the next minute's scheduled job).
        expect(Math.min(...after.map((call) => call.at)) - refused.at).toBeLessThan(22_000)
        expect(actionsOf(c, first)).toMatchObject([{ attempts: '1' }])
    }, 60_000)

    test('a burst of 503s with Retry-After 5: each refused POST waits the pause, costs no attempt, nothing doubled, nothing dropped, the pace kept', async () => {
        c.instance.setProperty('x_opcon.max_attempts', '2')
        const incidents = await open(20)
        await c.sim.setFaults([{ kind: 'status', status: 503, times: 20, method: 'POST', path: '/api/jobactions', retryAfter: 5 }])
        const from = c.instance.httpLog.length
        const requestsBefore = (await c.sim.requests()).length
        resolveAll(incidents)
        c.instance.drain()
        advanceUntilFinal(incidents, 300)
        const calls = callsSince(from)
        expect(calls.filter((call) => call.status === 503)).toHaveLength(20)
        expect(maxInAnySecond(calls.map((call) => call.at))).toBeLessThanOrEqual(5)
        // After each 503 nothing went to the server before its Retry-After was over.
        calls.forEach((refused, i) => {
            if (refused.status === 503) expect(calls.slice(i + 1).filter((call) => call.at < refused.at + 5000)).toEqual([])
        })
        const posts = (await c.sim.requests()).slice(requestsBefore).filter((r) => r.method === 'POST' && r.path === '/api/jobactions')
        // The refusals fell on this storm's restarts (a row refused again goes first when the pause ends).
        expect(posts.filter((r) => r.responseStatus === 503).every((r) => incidents.some((inc) => r.jobIds?.includes(inc.jobId)))).toBe(true)
        for (const inc of incidents) {
            expect(actionsOf(c, inc)).toMatchObject([{ action: 'restart', state: 'succeeded', attempts: '1' }])
            expect(posts.filter((r) => r.jobIds?.includes(inc.jobId) && r.responseStatus === 200)).toHaveLength(1)
            expect(await restartsApplied(inc)).toBe(1)
        }
    }, 180_000)
})
