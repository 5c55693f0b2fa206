import { REFUSAL_LOG_WINDOW_MS, refusalLog } from '../../src/server/failures/refusal-log'

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
