import { countRefusal, REFUSAL_LOG_WINDOW_MS, refusalLog, refusedToday } from '../../src/server/failures/refusal-log'

describe('refused failure reports in the system log (refusal-log.ts)', () => {
    const T = 1_800_000_000_000

    test('the first refusal for a server is logged', () => {
        expect(refusalLog({ loggedAt: null, unlogged: 0 }, T)).toEqual({ log: true, suffix: '', next: { loggedAt: T, unlogged: 0 } })
    })

    test('within a minute of the last line the refusal is counted, not logged', () => {
        expect(refusalLog({ loggedAt: T, unlogged: 0 }, T + 1)).toEqual({ log: false, next: { loggedAt: T, unlogged: 1 } })
        expect(refusalLog({ loggedAt: T, unlogged: 41 }, T + REFUSAL_LOG_WINDOW_MS - 1)).toEqual({ log: false, next: { loggedAt: T, unlogged: 42 } })
    })

    test('a minute later one line is logged, saying how many were not', () => {
        const decision = refusalLog({ loggedAt: T, unlogged: 42 }, T + REFUSAL_LOG_WINDOW_MS)
        expect(decision).toEqual({ log: true, suffix: ' (42 more report(s) for this server were refused since the last line, not logged one by one.)', next: { loggedAt: T + REFUSAL_LOG_WINDOW_MS, unlogged: 0 } })
    })

    test('a last line stamped in the future (a clock moved back) does not silence the log', () => {
        expect(refusalLog({ loggedAt: T + 5_000, unlogged: 0 }, T).log).toBe(true)
    })
})

describe('refused failure reports counted per UTC day for the Overview (refusal-log.ts)', () => {
    // 2027-01-15T08:00:00Z
    const T = Date.UTC(2027, 0, 15, 8)

    test('the first refusal of a day counts 1, the next ones add up', () => {
        const first = countRefusal({ day: '', count: 0 }, T)
        expect(first).toEqual({ day: '2027-01-15', count: 1 })
        expect(countRefusal(first, T + 60_000)).toEqual({ day: '2027-01-15', count: 2 })
    })

    test('a refusal on a new UTC day starts again at 1', () => {
        expect(countRefusal({ day: '2027-01-14', count: 40 }, T)).toEqual({ day: '2027-01-15', count: 1 })
    })

    test('the Overview shows the count only on its own day', () => {
        expect(refusedToday({ day: '2027-01-15', count: 7 }, T)).toBe(7)
        expect(refusedToday({ day: '2027-01-14', count: 7 }, T)).toBe(0)
        expect(refusedToday({ day: '', count: 0 }, T)).toBe(0)
    })
})
