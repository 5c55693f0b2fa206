import { checkAddress, checkDailyJobId, parseCorrelationId, shown } from '../../src/server/opcon/correlation.ts'
import { regexInputs } from '../support/regex-shape'

const errorCode = (raw: string | null | undefined) => {
    const result = parseCorrelationId(raw)
    return result.ok ? 'ok' : result.error.code
}

describe('parseCorrelationId', () => {
    test('reads the address and the four parts of the daily job id', () => {
        expect(parseCorrelationId('opcon.example.com:9010,20191220|123|1|GENP001')).toEqual({
            ok: true,
            value: {
                address: 'opcon.example.com:9010', host: 'opcon.example.com', port: 9010,
                dailyJobId: '20191220|123|1|GENP001', dailyScheduleId: '20191220|123|1', scheduleDate: '2019-12-20',
                scheduleId: '123', scheduleInstance: '1', jobName: 'GENP001',
            },
        })
    })

    test('splits on the first comma only: job names keep commas, spaces and pipes', () => {
        const result = parseCorrelationId('10.0.0.5:443,20240229|7|2|Nightly, EU | part 2')
        expect(result.ok && result.value).toMatchObject({ address: '10.0.0.5:443', jobName: 'Nightly, EU | part 2', dailyJobId: '20240229|7|2|Nightly, EU | part 2' })
    })

    test('accepts an IPv6 address in brackets', () => {
        const result = parseCorrelationId('[::1]:9010,20191220|123|1|GENP001')
        expect(result.ok && result.value).toMatchObject({ host: '[::1]', port: 9010 })
    })

    test.each([
        ['', 'empty'],
        [null, 'empty'],
        [undefined, 'empty'],
        ['   ', 'empty'],
        ['opcon.example.com:9010 20191220|123|1|GENP001', 'missing_comma'],
        ['opcon.example.com:9010,20191220|123|1', 'bad_job_id'],
        ['opcon.example.com:9010,20191220|123|1|', 'bad_job_id'],
        ['opcon.example.com:9010,GENP001', 'bad_job_id'],
        [' opcon.example.com:9010,20191220|123|1|GENP001', 'whitespace'],
        ['opcon.example.com:9010 ,20191220|123|1|GENP001', 'whitespace'],
        ['opcon.example.com:9010, 20191220|123|1|GENP001', 'whitespace'],
        ['opcon.example.com:9010,20191220|123|1|GENP001 ', 'whitespace'],
        ['opcon.example.com,20191220|123|1|GENP001', 'bad_address'],
        [':9010,20191220|123|1|GENP001', 'bad_address'],
        ['::1:9010,20191220|123|1|GENP001', 'bad_address'],
        ['https://opcon.example.com:9010,20191220|123|1|GENP001', 'bad_address'],
        ['opcon.example.com:0,20191220|123|1|GENP001', 'bad_port'],
        ['opcon.example.com:70000,20191220|123|1|GENP001', 'bad_port'],
        ['opcon.example.com:http,20191220|123|1|GENP001', 'bad_port'],
        ['opcon.example.com:9010,20191320|123|1|GENP001', 'bad_date'],
        ['opcon.example.com:9010,2019122|123|1|GENP001', 'bad_date'],
        ['opcon.example.com:9010,20191220|abc|1|GENP001', 'bad_job_id'],
        // Issue 10: no "." or ".." part, no empty part, no control character.
        ['opcon.example.com:9010,20191220|123|1|.', 'bad_job_id'],
        ['opcon.example.com:9010,20191220|123|1|..', 'bad_job_id'],
        ['opcon.example.com:9010,20191220|123|1|A|..|B', 'bad_job_id'],
        ['opcon.example.com:9010,20191220|123|1|A||B', 'bad_job_id'],
        ['opcon.example.com:9010,20191220||1|GENP001', 'bad_job_id'],
        ['opcon.example.com:9010,20191220|123|1|GEN\u0007P001', 'bad_job_id'],
        ['opcon.example.com:9010,20191220|123|1|GEN\nP001', 'bad_job_id'],
        ['opcon.example.com:9010,20191220|123|1|GEN\u0085P001', 'bad_job_id'],
    ])('%j is refused as %s', (raw, code) => {
        expect(errorCode(raw)).toBe(code)
    })

    test('an error says what was wrong and what a correlation id should look like', () => {
        const result = parseCorrelationId('opcon.example.com:9010,20191220|123|1')
        expect(result.ok).toBe(false)
        if (!result.ok) {
            expect(result.error.message).toContain('has 3 parts, not 4')
            expect(result.error.message).toContain('<host:port>,<yyyyMMdd>|<schedule id>|<instance>|<job name>')
        }
    })
})

describe('arguments a script passes (OpConApi)', () => {
    test('a daily job id is checked as in a correlation id, in words for the caller', () => {
        expect(checkDailyJobId('20191220|123|1|Nightly, EU | part 2 ./..x')).toBeNull()
        expect(checkDailyJobId('20191220|123|1|..')).toBe('Daily job id "20191220|123|1|.." has "." or ".." as a part; give the job as yyyyMMdd|schedule id|instance|job name, e.g. 20191220|123|1|GENP001.')
        expect(checkDailyJobId('20191220|123|1|A||B')).toMatch(/has an empty part between two "\|"/)
        expect(checkDailyJobId('20191220|123|1|J\r\n')).toMatch(/^Daily job id "20191220\|123\|1\|J\\u000d\\u000a" holds a control character/)
        expect(checkDailyJobId(42)).toMatch(/^The daily job id is empty; give the job as/)
        expect(checkDailyJobId('')).toMatch(/^The daily job id is empty/)
    })

    test('an address is <host>:<port> as registered, or refused in words', () => {
        expect(checkAddress('opcon.example.com:9010')).toBeNull()
        expect(checkAddress('[::1]:9010')).toBeNull()
        expect(checkAddress('https://opcon.example.com:9010')).toMatch(/^OpCon address "https:\/\/opcon.example.com:9010" is not <host>:<port> .*; give the OpCon address exactly as registered under OpCon Connector > Servers/)
        expect(checkAddress('opcon.example.com:0')).toMatch(/has no valid port/)
        expect(checkAddress('opcon\u0000.example.com:9010')).toMatch(/"opcon\\u0000\.example\.com:9010"/)
        expect(checkAddress(null)).toMatch(/^The OpCon address is missing or not text/)
        expect(checkAddress(9010)).toMatch(/^The OpCon address is missing or not text/)
    })

    test('values quoted in messages show control characters escaped and are cut short', () => {
        expect(shown('a\u0000b\u001b[31m\u009b')).toBe('a\\u0000b\\u001b[31m\\u009b')
        expect(shown('x'.repeat(300))).toBe(`${'x'.repeat(200)}...`)
    })
})

describe('lengths before any regex', () => {
    test('an address, a daily job id or a correlation id longer than a record holds is refused without a regex reading it whole', () => {
        const seen = regexInputs(() => {
            expect(checkAddress(`${'a'.repeat(300)}:9010`)).toContain('is 305 characters long; an address has at most 255')
            expect(checkDailyJobId(`20261126|1|1|[${' '.repeat(40_000)}X`)).toContain('is 40015 characters long; a record holds at most 4000')
            expect(parseCorrelationId(`opcon:9010,20261126|1|1|${'J'.repeat(100_000)}`)).toMatchObject({ ok: false, error: { code: 'bad_job_id', message: expect.stringContaining('100024 characters long') } })
        })
        expect(Math.max(...seen)).toBeLessThanOrEqual(200)
    })

    test('shown() cuts before it escapes', () => {
        const seen = regexInputs(() => expect(shown(`\u0007${'x'.repeat(50_000)}`, 10)).toBe('\\u0007xxxxxxxxx...'))
        expect(Math.max(...seen)).toBe(10)
    })
})
