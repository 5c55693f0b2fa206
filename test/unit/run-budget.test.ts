import { fairOrder, runCall, runTurn, startRun, RUN_CALL_MAX_MS, RUN_LIMIT_MS } from '../../src/server/sync/run-budget'
import { listingDue, listingOrder, JOB_PERIOD_MS, type ServerListing } from '../../src/server/failures/collect-plan'

function clock(start = 1_000_000): { now: () => number; pass: (ms: number) => void } {
    let t = start
    return { now: () => t, pass: (ms) => { t += ms } }
}

describe('a run\'s time (run-budget.ts)', () => {
    test('a call starts only when its whole wait still ends within the limit', () => {
        const c = clock()
        const run = startRun(c.now)
        expect(run.mayCall(30_000)).toBe(true)
        c.pass(RUN_LIMIT_MS - 30_000)
        expect(run.mayCall(30_000)).toBe(true) // ends exactly at the limit
        c.pass(1)
        expect(run.mayCall(30_000)).toBe(false)
        expect(run.mayCall(1_000)).toBe(true)
        expect(run.refused).toBe(1)
        expect(run.hasTime()).toBe(true)
        c.pass(RUN_LIMIT_MS)
        expect(run.hasTime()).toBe(false)
    })

    test('whatever the calls take, a run that asks before each call ends within the limit', () => {
        for (const took of [0, 1, 999, 10_000, 29_999, 30_000]) {
            const c = clock()
            const run = startRun(c.now)
            let calls = 0
            while (run.mayCall(30_000) && calls < 10_000) {
                run.called()
                calls++
                c.pass(took + 5) // the call, and some work of the instance's own
            }
            expect(c.now() - 1_000_000).toBeLessThanOrEqual(RUN_LIMIT_MS + 5)
            expect(run.calls).toBe(calls)
        }
    })

    test('a share keeps a first phase to the first part of the time in which calls may start', () => {
        const c = clock()
        const run = startRun(c.now)
        // Calls of 30 s may start during the first 15 s; half of that is 7.5 s.
        c.pass(7_500)
        expect(run.mayCall(30_000, 0.5)).toBe(true)
        c.pass(1)
        expect(run.mayCall(30_000, 0.5)).toBe(false)
        expect(run.mayCall(30_000)).toBe(true)
    })

    test('a wait longer than the limit never starts', () => {
        const run = startRun(clock().now)
        expect(run.mayCall(RUN_LIMIT_MS + 1)).toBe(false)
    })

    test('scheduled calls wait at most RUN_CALL_MAX_MS; a MID server waits the platform\'s cap whatever the timeout', () => {
        expect(runCall(30_000, false, 30_000)).toEqual({ timeoutMs: 30_000, waitMs: 30_000 })
        expect(runCall(120_000, false, 30_000)).toEqual({ timeoutMs: RUN_CALL_MAX_MS, waitMs: RUN_CALL_MAX_MS })
        expect(runCall(5_000, true, 30_000)).toEqual({ timeoutMs: 5_000, waitMs: 30_000 })
        expect(runCall(5_000, true, null)).toEqual({ timeoutMs: 5_000, waitMs: 5_000 })
        expect(runCall(5_000, true, 600_000).waitMs).toBeGreaterThan(RUN_LIMIT_MS)
        expect(RUN_CALL_MAX_MS).toBeLessThan(RUN_LIMIT_MS)
    })
})

describe('fair order of a run\'s work', () => {
    const items = ['a1', 'a2', 'a3', 'b1', 'c1', 'c2']
    const group = (item: string): string => item[0]

    test('servers take turns; each server\'s items keep their order', () => {
        expect(fairOrder(items, group, 0)).toEqual(['a1', 'b1', 'c1', 'a2', 'c2', 'a3'])
    })

    test('the first server rotates from run to run, so each is first in turn', () => {
        expect(fairOrder(items, group, 1)).toEqual(['b1', 'c1', 'a1', 'c2', 'a2', 'a3'])
        expect(fairOrder(items, group, 2)).toEqual(['c1', 'a1', 'b1', 'c2', 'a2', 'a3'])
        expect(fairOrder(items, group, 3)).toEqual(fairOrder(items, group, 0))
        const firsts = new Set([0, 1, 2].map((turn) => group(fairOrder(items, group, runTurn(turn * 60_000 + 59_999))[0])))
        expect(firsts).toEqual(new Set(['a', 'b', 'c']))
        expect(fairOrder([], group, 5)).toEqual([])
    })
})

describe('when the collector lists a server (collect-plan.ts)', () => {
    const now = Date.parse('2026-01-05T09:00:00Z')
    const server = (sysId: string, listedAt: number | null, resumeAt = 0): ServerListing => ({ sysId, listedAt, resumeAt })

    test('every run with an interval of one minute; never listed or unfinished: at once', () => {
        expect(listingDue(server('s', now), now, 1)).toBe(true)
        expect(listingDue(server('s', null), now, 60)).toBe(true)
        expect(listingDue(server('s', now, 200), now, 60)).toBe(true)
    })

    test('with a longer interval, once it has passed since the last complete listing (half a run early is on time)', () => {
        const minutes = (n: number): number => n * 60_000
        expect(listingDue(server('s', now - minutes(4)), now, 5)).toBe(false)
        expect(listingDue(server('s', now - minutes(5) + JOB_PERIOD_MS / 2), now, 5)).toBe(true)
        expect(listingDue(server('s', now - minutes(5) + JOB_PERIOD_MS / 2 + 1), now, 5)).toBe(false)
        // A listing stamped in the future (the clock was set back) does not hold the server off.
        expect(listingDue(server('s', now + minutes(10)), now, 5)).toBe(true)
    })

    test('due servers in turn, the first one rotating with the run\'s minute; servers not due are left out', () => {
        const servers = [server('b', null), server('a', now), server('c', now - 10 * 60_000)]
        expect(listingOrder(servers, now, 5, 0).map((s) => s.sysId)).toEqual(['b', 'c'])
        expect(listingOrder(servers, now, 5, 1).map((s) => s.sysId)).toEqual(['c', 'b'])
        expect(listingOrder(servers, now, 1, 1).map((s) => s.sysId)).toEqual(['b', 'c', 'a'])
    })
})
