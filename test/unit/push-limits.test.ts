// What a pushed failure may carry (lengths before anything else), and how many one account may push a minute.
import { PUSH_ADDRESS_MAX, PUSH_DAILY_JOB_ID_MAX, PUSH_TEXT_MAX, readPush } from '../../src/server/failures/push-request'
import { PUSH_LIMIT_DEFAULT, pushAllowance, pushLimit } from '../../src/server/failures/push-limit'

import { regexInputs } from '../support/regex-shape'

describe('a pushed failure: lengths first', () => {
    const ok = { address: 'opcon.example.com:9010', daily_job_id: '20261126|42|1|PAYROLL' }

    test.each([
        ['a daily job id of 200,000 characters', { ...ok, daily_job_id: `20261126|42|1|${'J'.repeat(200_000)}` }, `"daily_job_id" is 200014 characters long; a daily job id has at most ${PUSH_DAILY_JOB_ID_MAX}`],
        ['a job name of "[" and 40,000 spaces', { ...ok, daily_job_id: `20261126|42|1|[${' '.repeat(40_000)}X` }, '"daily_job_id" is 40016 characters long'],
        ['an address of 100,000 characters', { ...ok, address: `${'a'.repeat(100_000)}:9010` }, `"address" is 100005 characters long; an OpCon address (host:port) has at most ${PUSH_ADDRESS_MAX}`],
        ['a text of 50,000 characters', { ...ok, text: `[${' '.repeat(50_000)}` }, `"text" is 50001 characters long; the text has at most ${PUSH_TEXT_MAX}`],
    ])('%s is refused in words, and no regex reads it', (_, body, words) => {
        let read: ReturnType<typeof readPush> | undefined
        const seen = regexInputs(() => { read = readPush(body) })
        expect(read).toMatchObject({ ok: false, message: expect.stringContaining(words) })
        expect(Math.max(0, ...seen)).toBeLessThanOrEqual(PUSH_ADDRESS_MAX)
    })

    test('the longest values a record holds are still taken', () => {
        const id = `20261126|42|1|${'J'.repeat(PUSH_DAILY_JOB_ID_MAX - 14)}`
        expect(id).toHaveLength(PUSH_DAILY_JOB_ID_MAX)
        expect(readPush({ ...ok, daily_job_id: id, text: 'x'.repeat(PUSH_TEXT_MAX) })).toMatchObject({ ok: true, dailyJobId: id })
        expect(readPush({ ...ok, daily_job_id: `${id}J` }).ok).toBe(false)
    })

    test('a body of many long unknown fields names five of them, each cut, before any regex reads them whole', () => {
        const body: Record<string, string> = { ...ok }
        for (let i = 0; i < 1000; i++) body[`${'k'.repeat(10_000)}${i}`] = 'x'
        let read: ReturnType<typeof readPush> | undefined
        const seen = regexInputs(() => { read = readPush(body) })
        expect(read).toMatchObject({ ok: false, message: expect.stringContaining('and 995 more: only address, daily_job_id and text are accepted') })
        expect(read!.ok === false && read!.message.length).toBeLessThan(400)
        expect(Math.max(0, ...seen)).toBeLessThanOrEqual(40)
    })
})

describe('pushes per minute (x_opcon.push_max_per_minute)', () => {
    test('the property is a whole number from 1 to 1000; anything else is the default', () => {
        expect(pushLimit('5')).toBe(5)
        expect(pushLimit(' 20 ')).toBe(20)
        expect(pushLimit('0')).toBe(1)
        expect(pushLimit('99999')).toBe(1000)
        // A negative number is clamped like every connector property (settings.ts int).
        expect(pushLimit('-3')).toBe(1)
        for (const bad of ['', null, undefined, 'x', '2.5', '1e3']) expect(pushLimit(bad)).toBe(PUSH_LIMIT_DEFAULT)
    })

    test('below the limit a push is taken; at it, the answer says when one place is free again', () => {
        const now = 1_000_000
        expect(pushAllowance([now - 1000, now - 2000], now, 3)).toEqual({ ok: true })
        // The third newest (20 s old) leaves the minute in 40 s.
        const full = pushAllowance([now - 1000, now - 5000, now - 20_000], now, 3)
        expect(full).toMatchObject({ ok: false, retryAfterSeconds: 40, message: expect.stringContaining('x_opcon.push_max_per_minute') })
        expect(full.ok === false && full.message).toContain('Send it again in 40 s')
        // Never less than a second, never more than the window.
        expect(pushAllowance([now - 59_999], now, 1)).toMatchObject({ retryAfterSeconds: 1 })
        expect(pushAllowance([now + 5000], now, 1)).toMatchObject({ retryAfterSeconds: 60 })
    })
})
