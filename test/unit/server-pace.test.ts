import { formatPace, holdCalls, MAX_CALLS_PER_SECOND_CAP, pacePerSecond, parsePace, PACE_TEXT_MAX, takeCall, withToken, type PaceState } from '../../src/server/sync/server-pace'

const T0 = 1_800_000_000_000
const empty = parsePace('')

/** Runs `attempts` calls at the given times through one state, as workers sharing the server row would. */
function run(times: number[], maxPerSecond: number, waited = false): { allowed: number[]; booked: number[]; state: PaceState } {
    let state = empty
    const allowed: number[] = []
    const booked: number[] = []
    for (const at of times) {
        const decision = takeCall(state, at, maxPerSecond, waited)
        state = decision.state
        if (decision.ok) allowed.push(at)
        else booked.push(decision.wakeAt)
    }
    return { allowed, booked, state }
}

/** The most calls that started in any one-second window [t, t + 1000). */
function maxInAnySecond(times: number[]): number {
    return Math.max(0, ...times.map((start) => times.filter((at) => at >= start && at < start + 1000).length))
}

describe('takeCall: at most maxPerSecond calls start in any one second', () => {
    test('a burst at one instant: the first five go, the rest are booked five per second after it', () => {
        const { allowed, booked } = run(Array(17).fill(T0), 5)
        expect(allowed).toHaveLength(5)
        expect(booked).toEqual([...Array(5).fill(T0 + 1000), ...Array(5).fill(T0 + 2000), T0 + 3000, T0 + 3000])
    })

    test('calls spread over time never put more than the pace into a one-second window, whatever their spacing', () => {
        for (const step of [1, 50, 199, 200, 201, 333, 999]) {
            const times = Array.from({ length: 200 }, (_, i) => T0 + i * step)
            const { allowed } = run(times, 5, true)
            expect(maxInAnySecond(allowed)).toBeLessThanOrEqual(5)
            // And the pace is used: arrivals at least five a second get at least four calls a second (one that comes just
            // before a window frees is refused, and would come back booked).
            const spanSeconds = (times[times.length - 1] - T0) / 1000
            if (step <= 200) expect(allowed.length).toBeGreaterThanOrEqual(Math.floor(spanSeconds) * 4)
        }
    })

    test('booked rows come back at their second and all get their call; a row that has not waited queues behind them', () => {
        const first = run(Array(10).fill(T0), 5)
        let state = first.state
        // A new row a moment later finds rows booked for T0+1000: it is booked too, after them.
        const late = takeCall(state, T0 + 10, 5, false)
        expect(late).toMatchObject({ ok: false, wakeAt: T0 + 2000 })
        state = late.state
        // The five booked for T0+1000 come back then: each gets its call.
        for (let i = 0; i < 5; i++) {
            const decision = takeCall(state, T0 + 1000, 5, true)
            expect(decision.ok).toBe(true)
            state = decision.state
        }
        expect(takeCall(state, T0 + 1000, 5, true).ok).toBe(false)
    })

    test('rows that come back when booked: every one gets its call, at most five a second, in about n / 5 seconds', () => {
        // 60 rows at once, then each booked row comes back at its second (booked ones first, as a queue of events would).
        let state = empty
        const calls: number[] = []
        let waiting: Array<{ at: number; waited: boolean }> = Array.from({ length: 60 }, () => ({ at: T0, waited: false }))
        for (let round = 0; waiting.length > 0 && round < 100; round++) {
            const next: typeof waiting = []
            for (const row of waiting.sort((a, b) => a.at - b.at)) {
                const decision = takeCall(state, row.at, 5, row.waited)
                state = decision.state
                if (decision.ok) calls.push(row.at)
                else next.push({ at: decision.wakeAt, waited: true })
            }
            waiting = next
        }
        expect(calls).toHaveLength(60)
        expect(maxInAnySecond(calls)).toBe(5)
        expect(Math.max(...calls) - T0).toBe(11_000)
    })

    test('the state stays small: only the last second\'s starts are kept', () => {
        const { state } = run(Array.from({ length: 1000 }, (_, i) => T0 + i * 10), 5)
        expect(state.starts.length).toBeLessThanOrEqual(5)
        expect(formatPace(state).length).toBeLessThan(120)
    })
})

describe('holdCalls: OpCon\'s Retry-After pauses every call to the server', () => {
    test('no call before the pause ends; the booked rows come back then, at the pace', () => {
        const state = holdCalls(empty, T0 + 2500)
        const refused = takeCall(state, T0, 5, true)
        expect(refused).toMatchObject({ ok: false, wakeAt: T0 + 3000 })
        expect(takeCall(state, T0 + 2500, 5, true).ok).toBe(true)
    })

    test('a shorter pause never shortens a longer one', () => {
        expect(holdCalls(holdCalls(empty, T0 + 5000), T0 + 1000).holdUntil).toBe(T0 + 5000)
    })
})

describe('parsePace / formatPace', () => {
    test('round trip', () => {
        const state: PaceState = { holdUntil: T0 + 5, wakeSecond: T0 + 1000, wakeCount: 3, starts: [T0, T0 + 1, T0 + 2] }
        expect(parsePace(formatPace(state))).toEqual(state)
    })

    test('the swap\'s token is kept apart from the state: two swaps of the same state are two different texts, read as the same state', () => {
        const state: PaceState = { holdUntil: 0, wakeSecond: 0, wakeCount: 0, starts: [T0] }
        const mine = withToken(formatPace(state), 'a'.repeat(32))
        const theirs = withToken(formatPace(state), 'b'.repeat(32))
        expect(mine).not.toBe(theirs)
        expect(parsePace(mine)).toEqual(state)
        expect(parsePace(theirs)).toEqual(state)
        // The fullest state with its token still fits the column (x_opcon_server.pace, 2,000 characters).
        const full: PaceState = { holdUntil: T0, wakeSecond: T0, wakeCount: 100, starts: Array.from({ length: MAX_CALLS_PER_SECOND_CAP }, (_, i) => T0 + i) }
        expect(withToken(formatPace(full), 'c'.repeat(32)).length).toBeLessThanOrEqual(PACE_TEXT_MAX)
    })

    test('anything unreadable or overlong is an empty state, read in linear time', () => {
        for (const text of ['x', '1|2|3', '1|2|3|4|5', 'a|b|c|d', '9'.repeat(3000), `1|2|3|${'1,'.repeat(5000)}`]) {
            const started = performance.now()
            const state = parsePace(text)
            expect(performance.now() - started).toBeLessThan(50)
            expect(state.starts.length).toBeLessThanOrEqual(MAX_CALLS_PER_SECOND_CAP + 1)
            if (text.length > 2000 || !text.includes('|')) expect(state).toEqual(empty)
        }
    })
})

describe('pacePerSecond', () => {
    test('0 or less (or junk) is no pace; above the cap is the cap', () => {
        expect([0, -3, Number.NaN].map(pacePerSecond)).toEqual([0, 0, 0])
        expect(pacePerSecond(5)).toBe(5)
        expect(pacePerSecond(10_000)).toBe(MAX_CALLS_PER_SECOND_CAP)
    })
})
