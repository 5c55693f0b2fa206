import {
    addJobRequest, dailyJobRequest, dailySchedulesRequest, isIsoDate, jobActionRequest, jobActionResultRequest, nameProblem, scheduleBuildRequest, versionRequest,
} from '../../src/server/opcon/opcon-requests'

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
        expect(JSON.parse(request(jobActionRequest('20191220|2|3|J', 'markFixed', undefined)).body!).reason).toBe('')
        expect(JSON.parse(request(jobActionRequest('20191220|2|3|J', 'markFixed', 'x'.repeat(5000))).body!).reason).toHaveLength(1000)
    })

    test('job action arguments are checked', () => {
        expect(jobActionRequest('', 'markFixed', '')).toMatchObject({ ok: false, message: expect.stringMatching(/daily job id is empty/) })
        expect(jobActionRequest('20191220|2|3|J', 'markfixed', '')).toMatchObject({ ok: false, message: expect.stringMatching(/"markfixed" is not an OpCon job action/) })
        expect(jobActionRequest('20191220|2|3|J', 'cancel', 42)).toMatchObject({ ok: false })
    })

    test('a daily job id is checked as the rule path checks it (issue 10), for actions and reads alike', () => {
        for (const id of ['1|2|3|J', '20191220|123|1|..', '20191220|123|1|A||B', '20191220|123|1|J\u0000', 'GENP001']) {
            expect(jobActionRequest(id, 'markFixed', 'r')).toMatchObject({ ok: false, message: expect.stringMatching(/^Daily job id ".*"[^;]*; give the job as yyyyMMdd\|schedule id\|instance\|job name/) })
            expect(dailyJobRequest(id).ok).toBe(false)
        }
        expect(dailyJobRequest('20191220|123|1|J\u0000')).toEqual({ ok: false, message: expect.stringContaining('"20191220|123|1|J\\u0000" holds a control character') })
    })

    test('a reason may run over lines but holds no other control character', () => {
        expect(request(jobActionRequest('20191220|2|3|J', 'markFixed', 'line 1\r\nline 2\tend')).body).toContain('line 2\\tend')
        expect(jobActionRequest('20191220|2|3|J', 'markFixed', 'bell\u0007')).toMatchObject({ ok: false, message: expect.stringMatching(/reason .*control character/) })
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
        expect(JSON.parse(r.body!)).toEqual({ schedules: [{ name: 'NIGHTLY' }], dates: ['2024-02-29'], overwrite: false, hold: false })
        expect(JSON.parse(request(scheduleBuildRequest('N', '2026-01-01', { overwrite: false, hold: true, namedInstance: 'x' })).body!))
            .toEqual({ schedules: [{ name: 'N' }], dates: ['2026-01-01'], overwrite: false, hold: true, namedInstance: 'x' })
        expect(scheduleBuildRequest('N', ['2023-02-29'])).toMatchObject({ ok: false, message: expect.stringMatching(/2023-02-29/) })
        expect(scheduleBuildRequest('N', [])).toMatchObject({ ok: false })
        expect(scheduleBuildRequest('', ['2026-01-01'])).toMatchObject({ ok: false })
        expect([isIsoDate('2026-13-01'), isIsoDate('2026-1-01'), isIsoDate('2026-12-31')]).toEqual([false, false, true])
    })

    test('a build without options never overwrites the day\'s daily (issue 10): overwrite only when asked, as a boolean', () => {
        expect(JSON.parse(request(scheduleBuildRequest('NIGHTLY', ['2026-01-01'])).body!)).toMatchObject({ overwrite: false, hold: false })
        expect(JSON.parse(request(scheduleBuildRequest('NIGHTLY', ['2026-01-01'], null)).body!)).toMatchObject({ overwrite: false })
        expect(JSON.parse(request(scheduleBuildRequest('NIGHTLY', ['2026-01-01'], { overwrite: true })).body!)).toMatchObject({ overwrite: true })
        const options = (value: object) => scheduleBuildRequest('NIGHTLY', ['2026-01-01'], value as never)
        expect(options({ overwrite: 'yes' })).toMatchObject({ ok: false, message: 'The build option overwrite must be true or false, not "yes".' })
        expect(options({ hold: 1 })).toMatchObject({ ok: false, message: expect.stringMatching(/option hold/) })
        expect(options({ namedInstance: 'x\ny' })).toMatchObject({ ok: false, message: expect.stringMatching(/named instance .*control character/) })
        expect(options(['x'])).toMatchObject({ ok: false, message: expect.stringMatching(/must be an object/) })
    })

    test('names a caller gives are text without spaces around them or control characters; a job name is not "." or ".."', () => {
        expect(nameProblem('NIGHTLY', 'schedule name')).toBeNull()
        expect(nameProblem('Nightly "EU" | part 2', 'schedule name')).toBeNull()
        expect(nameProblem(' NIGHTLY', 'schedule name')).toBe('The schedule name " NIGHTLY" has spaces around it.')
        expect(nameProblem('NIGHT\u0000LY', 'schedule name')).toBe('The schedule name "NIGHT\\u0000LY" holds a control character (a line break, tab or similar).')
        expect(nameProblem(42, 'job name')).toBe('The job name is empty or not text; give the job\'s name as its master schedule has it.')
        expect(nameProblem('..', 'job name')).toMatch(/^The job name "\.\." is not a job name /)
        expect(nameProblem('..', 'schedule name')).toBeNull()
        expect(scheduleBuildRequest('NIGHT\tLY', ['2026-01-01']).ok).toBe(false)
        expect(dailySchedulesRequest(' A', '2026-11-22').ok).toBe(false)
        expect(addJobRequest('20261123|77|1', '..', 'Daily', null).ok).toBe(false)
        expect(addJobRequest('20261123|77|1', 'J', 'Dai\u0007ly', null)).toMatchObject({ ok: false, message: expect.stringMatching(/frequency/) })
    })

    test('a daily schedule id must name a real date', () => {
        expect(addJobRequest('20261399|77|1', 'J', 'Daily', null)).toMatchObject({ ok: false, message: expect.stringMatching(/^"20261399\|77\|1" is not a daily schedule id/) })
        expect(addJobRequest('20240229|77|1', 'J', 'Daily', null).ok).toBe(true)
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
