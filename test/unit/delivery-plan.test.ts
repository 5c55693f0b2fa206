import { afterCheck, afterPoll, afterRefusedRead, afterSend, backoffSeconds, callWaitMs, MAX_RESULT_POLLS, pauseAsked, pickNext, POLL_INTERVAL_SECONDS, RATE_LIMITED_DEFAULT_SECONDS, RATE_LIMITED_GIVE_UP_SECONDS, RECONCILE_DELAY_SECONDS, reconcile, staleSendingMs, SUPERSEDABLE } from '../../src/server/sync/delivery-plan'
import type { OpConError } from '../../src/server/opcon/opcon-result'

const err = (code: OpConError['code'], retryable: boolean, ambiguous = false): OpConError => ({ code, message: `${code} happened.`, retryable, ambiguous })

describe('backoffSeconds', () => {
    test('doubles from the base and stops at an hour', () => {
        expect([1, 2, 3, 4, 5].map((n) => backoffSeconds(n, 60))).toEqual([60, 120, 240, 480, 960])
        expect(backoffSeconds(12, 60)).toBe(3600)
        expect(backoffSeconds(1000, 60)).toBe(3600)
    })
})

describe('afterSend', () => {
    test('accepted with an id is sent; without one it cannot be followed', () => {
        expect(afterSend({ ok: true, jobActionId: '17' }, 1, 5, 60)).toEqual({ state: 'sent', jobActionId: '17' })
        expect(afterSend({ ok: true, jobActionId: null }, 1, 5, 60).state).toBe('failed')
    })

    test('transient failures are retried with backoff; ambiguous ones are reconciled first', () => {
        expect(afterSend({ ok: false, error: err('unreachable', true) }, 2, 5, 60)).toMatchObject({ state: 'queued', retryInSeconds: 120, reconcile: false })
        // An unchanged job right after a lost answer proves nothing: reconciling waits for OpCon to have acted.
        expect(afterSend({ ok: false, error: err('timeout', true, true) }, 1, 5, 60)).toMatchObject({ state: 'queued', retryInSeconds: RECONCILE_DELAY_SECONDS, reconcile: true })
        expect(afterSend({ ok: false, error: err('timeout', true, true) }, 4, 5, 60)).toMatchObject({ retryInSeconds: 480 })
    })

    test('the last allowed attempt fails for good, saying so', () => {
        const decision = afterSend({ ok: false, error: err('server_error', true) }, 5, 5, 60)
        expect(decision).toMatchObject({ state: 'failed', message: expect.stringMatching(/^Gave up after 5 attempts: server_error happened\./) })
    })

    test('an ambiguous failure on the last attempt is checked once more, never sent again', () => {
        const decision = afterSend({ ok: false, error: err('server_error', true, true) }, 5, 5, 60)
        expect(decision).toMatchObject({ state: 'queued', reconcile: true, retryInSeconds: RECONCILE_DELAY_SECONDS })
        expect('message' in decision && decision.message).toMatch(/That was the last of 5 attempts: the connector reads the job once more .* and sends nothing again\.$/)
    })

    test('giving up while an earlier send\'s fate is unknown says to check the job first, and is never "OpCon refused"', () => {
        expect(afterSend({ ok: false, error: err('unreachable', true) }, 5, 5, 60, true)).toMatchObject({
            state: 'failed', message: expect.stringMatching(/An earlier attempt may have reached OpCon: check the job in OpCon before acting again\.$/),
        })
        expect(afterSend({ ok: false, error: err('not_found', false) }, 2, 5, 60, true).state).toBe('failed')
    })

    test('OpCon saying no is a rejection; a setup problem on our side is a failure', () => {
        expect(afterSend({ ok: false, error: err('conflict', false) }, 1, 5, 60).state).toBe('rejected')
        expect(afterSend({ ok: false, error: err('not_found', false) }, 1, 5, 60).state).toBe('rejected')
        expect(afterSend({ ok: false, error: err('unauthorized', false) }, 1, 5, 60).state).toBe('failed')
        expect(afterSend({ ok: false, error: err('tls', false) }, 1, 5, 60).state).toBe('failed')
    })
})

describe('reconcile', () => {
    const failed = { status: 'Failed', category: 'Failed', lastStart: '2019-12-20T01:00:00' }

    test('status actions: target reached is applied; still allowed is not applied; anything else is unknown', () => {
        expect(reconcile('markUnderReview', null, { ...failed, status: 'Under Review', category: 'Under Review' }, false).kind).toBe('applied')
        expect(reconcile('markUnderReview', null, failed, true).kind).toBe('not_applied')
        expect(reconcile('markUnderReview', null, { ...failed, status: 'Job Running', category: 'Running' }, false).kind).toBe('unknown')
        expect(reconcile('cancel', null, { status: 'Cancelled', category: 'Cancelled', lastStart: '' }, false).kind).toBe('applied')
    })

    test('restart: only a new run proves it ran; a status that moved without one, or no snapshot, means we cannot tell', () => {
        expect(reconcile('restart', failed, { ...failed, lastStart: '2019-12-20T02:00:00' }, true).kind).toBe('applied')
        expect(reconcile('restart', failed, { status: 'Job Running', category: 'Running', lastStart: failed.lastStart }, false).kind).toBe('applied')
        expect(reconcile('restart', failed, failed, true).kind).toBe('not_applied')
        expect(reconcile('restart', failed, { status: 'Failed; Processing Events', category: 'Failed', lastStart: failed.lastStart }, false))
            .toMatchObject({ kind: 'unknown', message: expect.stringMatching(/from Failed to Failed; Processing Events without a new run/) })
        expect(reconcile('restart', null, failed, true)).toMatchObject({ kind: 'unknown', message: expect.stringMatching(/avoid running the job twice/) })
    })

    test('a send is given up as interrupted only after all its calls could have timed out', () => {
        expect(staleSendingMs(30_000)).toBe(150_000)
    })

    test('through a MID server a call waits the platform\'s cap (KB0744311), whatever the timeout says; direct, or with the cap off, the timeout', () => {
        expect(callWaitMs(120_000, true, 30_000)).toBe(30_000)
        expect(callWaitMs(5_000, true, 30_000)).toBe(30_000)
        expect(callWaitMs(120_000, true, null)).toBe(120_000)
        expect(callWaitMs(120_000, false, 30_000)).toBe(120_000)
        expect(staleSendingMs(callWaitMs(120_000, true, 30_000))).toBe(150_000)
    })
})

describe('afterPoll', () => {
    test('results: success, refusal with OpCon\'s words, wait, and give up after the last poll', () => {
        expect(afterPoll({ outcome: 'success', message: '' }, 1)).toEqual({ state: 'succeeded', message: '' })
        expect(afterPoll({ outcome: 'failed', message: 'Invalid status' }, 1)).toEqual({ state: 'rejected', message: 'Invalid status' })
        expect(afterPoll({ outcome: 'submitted', message: '' }, 2)).toEqual({ state: 'sent', pollInSeconds: 30 })
        expect(afterPoll(null, MAX_RESULT_POLLS).state).toBe('failed')
    })
})

describe('pickNext', () => {
    test('what may be at OpCon first, then what must be settled, then the oldest waiting', () => {
        const queued = { sysId: 'q', state: 'queued', reconcile: false }
        const settle = { sysId: 'r', state: 'queued', reconcile: true }
        const sent = { sysId: 's', state: 'sent', reconcile: false }
        expect(pickNext([queued, settle, sent])).toBe('s')
        expect(pickNext([queued, settle])).toBe('r')
        expect(pickNext([queued, { ...queued, sysId: 'q2' }])).toBe('q')
        expect(pickNext([])).toBeNull()
    })
})

describe('afterCheck (the job read that settles an earlier send)', () => {
    test('applied succeeds, unknown fails with what to do, not applied is sent again while attempts remain', () => {
        expect(afterCheck({ kind: 'applied', message: 'done.' }, 'Fixed', 2, 5)).toEqual({ kind: 'finish', state: 'succeeded', message: 'done.' })
        expect(afterCheck({ kind: 'unknown', message: 'It moved.' }, 'Held', 2, 5)).toEqual({ kind: 'finish', state: 'failed', message: 'It moved. Check the job in OpCon before acting again.' })
        expect(afterCheck({ kind: 'not_applied' }, 'Failed', 2, 5)).toEqual({ kind: 'send' })
    })

    test('after the last attempt, "not applied" is the truth told, not a reason to send', () => {
        expect(afterCheck({ kind: 'not_applied' }, 'Failed', 6, 5)).toEqual({
            kind: 'finish', state: 'failed',
            message: 'OpCon did not apply it (the job is still Failed), and the connector has made its 5 attempts; nothing more was sent. Act on the job from the OpCon Job button or in OpCon.',
        })
    })
})

test('a held action keeps its place; one held before it was sent may still give way', () => {
    expect(pickNext([{ sysId: 'held', state: 'held', reconcile: false }, { sysId: 'new', state: 'queued', reconcile: false }])).toBe('held')
    expect(SUPERSEDABLE).toEqual(['state=queued^reconcile=false', 'state=held^held_from=queued^reconcile=false'])
})

describe('OpCon under load: 429 and Retry-After (issue 21)', () => {
    const limited = (retryAfterSeconds?: number): OpConError => ({ ...err('rate_limited', true), ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) })

    test('a 429 costs no attempt, even past max_attempts, and waits what OpCon asked (else the default)', () => {
        expect(afterSend({ ok: false, error: limited(7) }, 5, 5, 60)).toEqual({ state: 'queued', retryInSeconds: 7, reconcile: false, message: 'rate_limited happened.', notAnAttempt: true })
        expect(afterSend({ ok: false, error: limited() }, 1, 5, 60)).toMatchObject({ state: 'queued', retryInSeconds: RATE_LIMITED_DEFAULT_SECONDS, notAnAttempt: true })
        expect(afterSend({ ok: false, error: limited(0) }, 1, 5, 60)).toMatchObject({ retryInSeconds: 1 })
    })

    test('what bounds 429s is time: refused that long after it was queued, the action fails saying it was not applied', () => {
        expect(afterSend({ ok: false, error: limited(60) }, 1, 5, 60, false, RATE_LIMITED_GIVE_UP_SECONDS - 61)).toMatchObject({ state: 'queued' })
        expect(afterSend({ ok: false, error: limited(60) }, 1, 5, 60, false, RATE_LIMITED_GIVE_UP_SECONDS - 59)).toMatchObject({
            state: 'failed', message: expect.stringMatching(/^Gave up: OpCon kept asking the connector to slow down \(HTTP 429\) for 119 minutes .* not applied .*x_opcon\.max_calls_per_second/),
        })
    })

    test('a 503 with Retry-After is OpCon overloaded: no attempt counted, it waits the pause; without Retry-After it counts, with backoff', () => {
        const unavailable: OpConError = { ...err('server_error', true), retryAfterSeconds: 600 }
        expect(afterSend({ ok: false, error: unavailable }, 5, 5, 60)).toEqual({ state: 'queued', retryInSeconds: 600, reconcile: false, message: 'server_error happened.', notAnAttempt: true })
        expect(afterSend({ ok: false, error: unavailable }, 1, 5, 60, false, RATE_LIMITED_GIVE_UP_SECONDS)).toMatchObject({ state: 'failed', message: expect.stringContaining('to come back later (HTTP 503 with Retry-After)') })
        expect(afterSend({ ok: false, error: err('server_error', true) }, 3, 5, 60)).toEqual({ state: 'queued', retryInSeconds: 240, reconcile: false, message: 'server_error happened.' })
        expect(afterSend({ ok: false, error: err('server_error', true) }, 5, 5, 60).state).toBe('failed')
    })

    test('pauseAsked and afterRefusedRead: a refused result read waits the pause and, for a 429, costs no read', () => {
        expect(pauseAsked(null)).toBeNull()
        expect(pauseAsked(err('server_error', true))).toBeNull()
        expect(pauseAsked(limited())).toBe(RATE_LIMITED_DEFAULT_SECONDS)
        expect(afterRefusedRead(limited(120))).toEqual({ readInSeconds: 120, countsAsRead: false })
        expect(afterRefusedRead(limited(2))).toEqual({ readInSeconds: POLL_INTERVAL_SECONDS, countsAsRead: false })
        expect(afterRefusedRead({ ...err('server_error', true), retryAfterSeconds: 90 })).toEqual({ readInSeconds: 90, countsAsRead: false })
        expect(afterRefusedRead(err('timeout', true))).toBeNull()
    })
})
