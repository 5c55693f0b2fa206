import { parseCorrelationId } from '../../src/server/correlation.ts'

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
