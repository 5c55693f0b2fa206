import {
    addJobRequest, dailyJobRequest, dailySchedulesRequest, isIsoDate, jobActionRequest, jobActionResultRequest, scheduleBuildRequest, versionRequest,
} from '../../src/server/opcon-requests'

function request(built: ReturnType<typeof versionRequest>) {
    if (!built.ok) throw new Error(built.message)
    return built.request
}

describe('request builders', () => {
    test('a job action body is JSON that round-trips any job name and reason', () => {
        const id = '20191220|123|1|a "quoted" \\ job/with | pipes ✓'
        const r = request(jobActionRequest(id, 'restart', 'line1\nline2 "q" </script>'))
        expect(r).toMatchObject({ fn: 'updateJobStatusById', method: 'POST', authenticated: true, params: {} })
        expect(JSON.parse(r.body!)).toEqual({ action: 'restart', reason: 'line1\nline2 "q" </script>', jobs: [{ id }] })
    })

    test('a missing reason is sent as empty text, and a long one is cut at 1000 characters', () => {
        expect(JSON.parse(request(jobActionRequest('1|2|3|J', 'markFixed', undefined)).body!).reason).toBe('')
        expect(JSON.parse(request(jobActionRequest('1|2|3|J', 'markFixed', 'x'.repeat(5000))).body!).reason).toHaveLength(1000)
    })

    test('job action arguments are checked', () => {
        expect(jobActionRequest('', 'markFixed', '')).toMatchObject({ ok: false, message: expect.stringMatching(/daily job id is empty/) })
        expect(jobActionRequest('1|2|3|J', 'markfixed', '')).toMatchObject({ ok: false, message: expect.stringMatching(/"markfixed" is not an OpCon job action/) })
        expect(jobActionRequest('1|2|3|J', 'cancel', 42)).toMatchObject({ ok: false })
    })

    test('ids in paths are percent-encoded, a \'/\' twice (%252F: OpCon decodes %2F before routing); result ids must be numbers', () => {
        expect(request(dailyJobRequest('20191220|123|1|A B/C?D#E%')).params.id).toBe('20191220%7C123%7C1%7CA%20B%252FC%3FD%23E%25')
        expect(request(dailyJobRequest('20191220|123|1|a//b')).params.id).toBe('20191220%7C123%7C1%7Ca%252F%252Fb')
        expect(request(jobActionResultRequest(17)).params.id).toBe('17')
        expect(jobActionResultRequest('17/../x').ok).toBe(false)
        expect(jobActionResultRequest(undefined).ok).toBe(false)
    })

    test('schedule builds take real yyyy-MM-dd dates and leave out fields OpCon forbids as null', () => {
        const r = request(scheduleBuildRequest('NIGHTLY', ['2024-02-29'], {}))
        expect(JSON.parse(r.body!)).toEqual({ schedules: [{ name: 'NIGHTLY' }], dates: ['2024-02-29'], overwrite: true, hold: false })
        expect(JSON.parse(request(scheduleBuildRequest('N', '2026-01-01', { overwrite: false, hold: true, namedInstance: 'x' })).body!))
            .toEqual({ schedules: [{ name: 'N' }], dates: ['2026-01-01'], overwrite: false, hold: true, namedInstance: 'x' })
        expect(scheduleBuildRequest('N', ['2023-02-29'])).toMatchObject({ ok: false, message: expect.stringMatching(/2023-02-29/) })
        expect(scheduleBuildRequest('N', [])).toMatchObject({ ok: false })
        expect(scheduleBuildRequest('', ['2026-01-01'])).toMatchObject({ ok: false })
        expect([isIsoDate('2026-13-01'), isIsoDate('2026-1-01'), isIsoDate('2026-12-31')]).toEqual([false, false, true])
    })

    test('daily schedules are found by the exact parameter names OpCon declares', () => {
        expect(request(dailySchedulesRequest('A & B', '2026-11-22')).params.query).toBe('Name=A%20%26%20B&Dates=2026-11-22')
        expect(request(dailySchedulesRequest('', '2026-11-22')).params.query).toBe('Dates=2026-11-22')
        expect(dailySchedulesRequest('A', '22/11/2026').ok).toBe(false)
    })

    test('adding a job names the daily schedule and frequency', () => {
        const r = request(addJobRequest('20261123|77|1', 'LOAD "x"', 'Daily', null))
        expect(JSON.parse(r.body!)).toEqual({ action: 'addJobs', scheduleActionItems: [{ id: '20261123|77|1', jobs: [{ id: 'LOAD "x"', frequency: 'Daily' }] }] })
        expect(request(addJobRequest('20261123|77|1', 'J', 'Daily', undefined)).body).toBe(request(addJobRequest('20261123|77|1', 'J', 'Daily', {})).body)
        expect(addJobRequest('20261123|77|1|JOB', 'J', 'Daily', null).ok).toBe(false)
        expect(addJobRequest('20261123|77|1', 'J', '', null).ok).toBe(false)
    })

    test('instance properties are refused: OpCon 21.2 marks them readOnly in addJobs, so nothing is sent', () => {
        expect(addJobRequest('20261123|77|1', 'LOAD', 'Daily', { MODE: 'full', N: 3 })).toEqual({
            ok: false,
            message: 'OpCon 21.2 cannot take instance properties when adding a job (its REST API marks them read-only in this call), so job LOAD was not added with MODE, N. '
                + 'Add it without them (pass null), then set them on the daily job in OpCon Solution Manager, or define them on the job in the master schedule.',
        })
        expect(addJobRequest('20261123|77|1', 'J', 'Daily', ['x'])).toMatchObject({ ok: false, message: expect.stringMatching(/^OpCon 21\.2 cannot take instance properties/) })
        expect(addJobRequest('20261123|77|1', 'J', 'Daily', 'MODE=full')).toMatchObject({ ok: false, message: expect.stringMatching(/^OpCon 21\.2 cannot take instance properties/) })
    })

    test('only the version call goes without a token', () => {
        expect(request(versionRequest())).toMatchObject({ fn: 'getApiVersion', authenticated: false, body: null })
    })
})
