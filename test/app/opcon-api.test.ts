// The OpConApi script include, as another app's script calls it, against the
// OpCon simulator over HTTPS: every method works, every request conforms to
// OpCon's schemas, and every failure is a distinct value that leaks no token.
import * as fs from 'node:fs'
import { OpenApiValidator, OPENAPI_FILE } from '../support/openapi'
import { useConnector, TOKEN, type Connector, type OpConResult } from './support/connector'

let c: Connector

const connector = useConnector()

beforeAll(async () => {
    c = connector()
})

const JOB = '20191220|123|1|GENP001'
// Quotes, a backslash, a slash, a pipe, spaces, a percent sign and unicode: all legal in OpCon job names.
const AWKWARD_JOB = '20191220|123|1|Nightly "load" \\ a/b | 100% Ünïcødé ✓'

function expectOk(result: OpConResult): void {
    if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
    expect(result.error).toBeNull()
}

describe('each OpConApi method against the simulator', () => {
    beforeAll(async () => {
        await c.sim.seedJob({ id: JOB, status: 'Failed', scheduleName: 'DAILY', machine: 'agent-01' })
        await c.sim.seedJob({ id: AWKWARD_JOB, status: 'Failed', scheduleName: 'DAILY' })
        await c.sim.seedSchedule({ name: 'NIGHTLY', id: 77, jobs: [{ name: 'LOAD', frequency: 'Daily' }, 'EXTRACT'] })
    })

    test('getApiVersion reads the version without a token', async () => {
        await c.sim.clearRequests()
        const result = c.api().getApiVersion(c.sim.address)
        expectOk(result)
        expect(result).toMatchObject({ status: 200, data: { version: '21.2.0.0' } })
        const [request] = await c.sim.requests()
        expect(request.authorization).toBeNull()
    })

    test('getDailyJob returns OpCon\'s DailyJob, sending the token', async () => {
        await c.sim.clearRequests()
        const result = c.api().getDailyJob(c.sim.address, JOB)
        expectOk(result)
        expect(result.data).toMatchObject({ id: JOB, jobName: 'GENP001', jobStatus: { description: 'Failed' }, machine: { name: 'agent-01' } })
        const [request] = await c.sim.requests()
        expect(request.token).toBe(TOKEN)
    })

    test('updateJobStatusById posts a job action and, when asked, waits for its result', async () => {
        const result = c.api().updateJobStatusById(c.sim.address, JOB, 'markUnderReview', 'INC0010001 accepted by Jane Agent', { waitForResult: true })
        expectOk(result)
        expect(result.data).toMatchObject({ action: 'markUnderReview', result: 'success' })
        expect((await c.sim.getJob(JOB))?.status).toBe('Under Review')
        const id = (result.data as { id: number }).id
        expect(c.api().getJobActionResult(c.sim.address, id)).toMatchObject({ ok: true, data: { id, result: 'success' } })
    })

    test('without waiting, updateJobStatusById answers with the submitted action, and the call is in the system log', () => {
        const from = c.instance.logs.length
        const result = c.api().updateJobStatusById(c.sim.address, JOB, 'markFixed', 'fixed')
        expectOk(result)
        expect(c.instance.logs.slice(from).map((l) => `${l.level} ${l.message}`)).toContain(
            `info [OpCon Connector] updateJobStatusById: OpCon server opcon-test (${c.sim.address}) answered HTTP 200 to mark fixed job ${JOB}.`)
        expect(result.data).toMatchObject({ action: 'markFixed', result: 'submitted' })
    })

    test('a job name with quotes, backslashes, slashes, pipes and unicode arrives intact', async () => {
        await c.sim.clearRequests()
        const read = c.api().getDailyJob(c.sim.address, AWKWARD_JOB)
        expectOk(read)
        expect((read.data as { id: string }).id).toBe(AWKWARD_JOB)
        const acted = c.api().updateJobStatusById(c.sim.address, AWKWARD_JOB, 'markFixed', 'reason with "quotes" and \\ and ✓', { waitForResult: true })
        expectOk(acted)
        expect((await c.sim.getJob(AWKWARD_JOB))?.status).toBe('Fixed')
        const [get, post] = await c.sim.requests()
        // Percent-encoded once, the '/' twice (OpCon decodes %2F before routing).
        expect(get.path).toContain('a%252Fb')
        expect(decodeURIComponent(get.path).replace(/%2F/g, '/')).toBe(`/api/dailyjobs/${AWKWARD_JOB}`)
        expect(post.body).toEqual({ action: 'markFixed', reason: 'reason with "quotes" and \\ and ✓', jobs: [{ id: AWKWARD_JOB }] })
    })

    test('buildSchedule builds, getDailyScheduleByNameAndDate finds it, addJobToScheduleInDaily adds a job', async () => {
        const build = c.api().buildSchedule(c.sim.address, 'NIGHTLY', ['2026-11-23'], { overwrite: true, hold: false, waitForResult: true })
        expectOk(build)
        expect(build.data).toMatchObject({ result: 'success' })
        const buildId = (build.data as { id: number }).id
        expect(c.api().getScheduleBuildResult(c.sim.address, buildId)).toMatchObject({ ok: true, data: { id: buildId } })

        const found = c.api().getDailyScheduleByNameAndDate(c.sim.address, 'NIGHTLY', '2026-11-23')
        expectOk(found)
        const schedules = found.data as Array<{ id: string; name: string }>
        expect(schedules).toHaveLength(1)
        expect(schedules[0]).toMatchObject({ id: '20261123|77|1', name: 'NIGHTLY' })

        expect((await c.sim.jobs()).map((job) => job.id)).toEqual(expect.arrayContaining(['20261123|77|1|LOAD', '20261123|77|1|EXTRACT']))

        // An ad-hoc daily schedule (no master job list) takes any job.
        await c.sim.seedJob({ id: '20261123|88|1|FIRST', scheduleName: 'ADHOC', status: 'Finished OK' })
        const adhoc = c.api().getDailyScheduleByNameAndDate(c.sim.address, 'ADHOC', '2026-11-23')
        expectOk(adhoc)
        const dailyId = (adhoc.data as Array<{ id: string }>)[0].id
        const added = c.api().addJobToScheduleInDaily(c.sim.address, dailyId, 'SECOND', 'OnRequest', null, { waitForResult: true })
        expectOk(added)
        const actionId = (added.data as { id: number }).id
        expect(c.api().getScheduleActionResult(c.sim.address, actionId)).toMatchObject({ ok: true, data: { id: actionId, result: 'success' } })
        expect((await c.sim.jobs()).map((job) => job.id)).toContain('20261123|88|1|SECOND')
    })

    test('buildSchedule without options does not overwrite the day\'s daily: overwrite is false unless asked for', async () => {
        await c.sim.clearRequests()
        expectOk(c.api().buildSchedule(c.sim.address, 'NIGHTLY', ['2026-11-26']))
        expectOk(c.api().buildSchedule(c.sim.address, 'NIGHTLY', ['2026-11-27'], { overwrite: true }))
        expect((await c.sim.requests()).map((r) => r.body)).toEqual([
            { schedules: [{ name: 'NIGHTLY' }], dates: ['2026-11-26'], overwrite: false, hold: false },
            { schedules: [{ name: 'NIGHTLY' }], dates: ['2026-11-27'], overwrite: true, hold: false },
        ])
    })

    test('every request the connector sent passed the simulator\'s schema validation', async () => {
        const requests = (await c.sim.requests()).filter((r) => r.token === TOKEN || r.path === '/api/version')
        expect(requests.length).toBeGreaterThan(0)
        expect(requests.flatMap((r) => r.validationErrors.map((e) => `${r.method} ${r.path}: ${e}`))).toEqual([])
    })
})

const sharedOpenApi = fs.existsSync(OPENAPI_FILE)

;(sharedOpenApi ? describe : describe.skip)('requests against OpCon\'s own OpenAPI file (../shared/opcon)', () => {
    test('every kind of request the connector sends validates', async () => {
        await c.sim.reset()
        await c.sim.addToken(TOKEN, { user: 'snow', privileged: true })
        await c.sim.seedJob({ id: AWKWARD_JOB, status: 'Failed' })
        await c.sim.seedSchedule({ name: 'NIGHTLY', id: 77, jobs: ['EXTRACT'] })
        const api = c.api()
        api.getApiVersion(c.sim.address)
        api.getDailyJob(c.sim.address, AWKWARD_JOB)
        api.updateJobStatusById(c.sim.address, AWKWARD_JOB, 'markFixed', 'r', { waitForResult: true })
        api.buildSchedule(c.sim.address, 'NIGHTLY', ['2026-11-24', '2026-11-25'], { waitForResult: true, namedInstance: 'extra' })
        api.getDailyScheduleByNameAndDate(c.sim.address, 'NIGHTLY', '2026-11-24')
        api.addJobToScheduleInDaily(c.sim.address, '20261124|77|1', 'EXTRA', 'OnRequest', null, { waitForResult: true })
        const requests = (await c.sim.requests()).filter((r) => r.path.startsWith('/api/') && !r.path.startsWith('/api/tokens'))
        const kinds = new Set(requests.map((r) => `${r.method} ${r.path.replace(/\/api\/(\w+)\/.+/, '/api/$1/{id}')}`))
        expect([...kinds].sort()).toEqual([
            'GET /api/dailyjobs/{id}', 'GET /api/dailyschedules', 'GET /api/jobactions/{id}', 'GET /api/scheduleactions/{id}',
            'GET /api/schedulebuilds/{id}', 'GET /api/version', 'POST /api/jobactions', 'POST /api/scheduleactions', 'POST /api/schedulebuilds',
        ])
        const validator = new OpenApiValidator()
        expect(requests.flatMap((r) => validator.validate(r))).toEqual([])
    })

    test('the validator itself rejects an unknown body field and an undeclared query parameter', () => {
        const validator = new OpenApiValidator()
        expect(validator.validate({ method: 'POST', path: '/api/jobactions', query: '', body: { action: 'markFixed', jobs: [{ id: 'x' }], bogus: 1 } }).join()).toMatch(/bogus|additional/)
        expect(validator.validate({ method: 'GET', path: '/api/dailyschedules', query: 'name=x&dates=2026-01-01', body: null }).join()).toMatch(/"name" is not declared/)
        expect(validator.validate({ method: 'GET', path: '/api/nothing', query: '', body: null })).toEqual(['GET /api/nothing: no such path in OpCon\'s OpenAPI'])
    })

    test('the validator refuses a property OpCon marks readOnly: addJobs cannot carry instance properties in 21.2', () => {
        const validator = new OpenApiValidator()
        const addJobs = (job: object) => ({ method: 'POST', path: '/api/scheduleactions', query: '', body: { action: 'addJobs', scheduleActionItems: [{ id: '20261124|77|1', jobs: [job] }] } })
        expect(validator.validate(addJobs({ id: 'EXTRA', frequency: 'OnRequest' }))).toEqual([])
        expect(validator.validate(addJobs({ id: 'EXTRA', frequency: 'OnRequest', instanceProperties: [{ name: 'A', value: 'b' }] }))).toEqual([
            "POST /api/scheduleactions: body/scheduleActionItems/0/jobs/0/instanceProperties/0/name is readOnly in OpCon's OpenAPI: OpCon sets it, a request may not carry it",
            "POST /api/scheduleactions: body/scheduleActionItems/0/jobs/0/instanceProperties/0/value is readOnly in OpCon's OpenAPI: OpCon sets it, a request may not carry it",
        ])
    })
})
