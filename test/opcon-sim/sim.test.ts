// Tests of the OpCon simulator itself, through the real separate process.

import { startOpConSim, type OpConSim, type SimResponse } from './client'
import { createOpenApiAjv, loadSchemaFile } from './validation'

const TOKEN = 'tok-ops-1'
const VIEWER_TOKEN = 'tok-viewer-1'
const DATE = '20240305'
const FAILED_JOB = `${DATE}|42|1|GENP001`

let sim: OpConSim
/** A plain-HTTP simulator, started alongside the main one to overlap the start-up cost. */
let plain: OpConSim

beforeAll(async () => {
    ;[sim, plain] = await Promise.all([startOpConSim(), startOpConSim({ http: true })])
})

afterAll(async () => {
    await Promise.all([sim?.stop(), plain?.stop()])
})

beforeEach(async () => {
    await sim.reset()
    await sim.addToken(TOKEN, { user: 'ops' })
    await sim.addToken(VIEWER_TOKEN, { user: 'viewer', privileged: false })
})

// token null: send no Authorization header.
const get = (path: string, token: string | null = TOKEN): Promise<SimResponse> => sim.request('GET', path, { token: token ?? undefined })
const post = (path: string, body: unknown, token: string | null = TOKEN): Promise<SimResponse> => sim.request('POST', path, { body, token: token ?? undefined })

const jobAction = (action: string, ...ids: string[]) => ({ action, reason: 'INC0010001 accepted', jobs: ids.map((id) => ({ id })) })
const dailyJobPath = (id: string): string => `/api/dailyjobs/${encodeURIComponent(id)}`

function field<T>(res: SimResponse, name: string): T {
    return (res.json as Record<string, T>)[name]
}

async function submitAndPoll(body: unknown): Promise<{ posted: SimResponse; polled: SimResponse }> {
    const posted = await post('/api/jobactions', body)
    const polled = await get(`/api/jobactions/${field<number>(posted, 'id')}`)
    return { posted, polled }
}

const openApi = createOpenApiAjv({ ...loadSchemaFile('schemas.json'), ...loadSchemaFile('response-schemas.json') })
function expectShape(schemaName: string, value: unknown): void {
    const validate = openApi.getSchema(`opcon#/components/schemas/${schemaName}`)
    if (!validate) throw new Error(`no schema ${schemaName}`)
    expect({ schemaName, ok: validate(value), errors: validate.errors ?? null }).toEqual({ schemaName, ok: true, errors: null })
}

describe('version and authentication', () => {
    it('answers the version without a token', async () => {
        const res = await get('/api/version', null)
        expect(res.status).toBe(200)
        expect(res.json).toEqual({ opConRestApiProductVersion: '21.2.0.0' })
    })

    it('rejects a missing token, an unknown token and another scheme with 401', async () => {
        await sim.seedJob({ id: FAILED_JOB })
        expect((await get(dailyJobPath(FAILED_JOB), null)).status).toBe(401)
        const bad = await get(dailyJobPath(FAILED_JOB), 'nope')
        expect(bad.status).toBe(401)
        expect(bad.json).toEqual({ code: 401, message: 'Invalid token' })
        const bearer = await sim.request('GET', dailyJobPath(FAILED_JOB), { headers: { Authorization: `Bearer ${TOKEN}` } })
        expect(bearer.status).toBe(401)
        // The token is compared exactly.
        expect((await get(dailyJobPath(FAILED_JOB), TOKEN.toUpperCase())).status).toBe(401)
        await sim.addToken('tok-expired', { user: 'ops', validUntil: '2020-01-01T00:00:00Z' })
        expect((await get(dailyJobPath(FAILED_JOB), 'tok-expired')).json).toEqual({ code: 401, message: 'Token expired' })
    })

    it('lets an unprivileged token read but answers its job action with 403', async () => {
        await sim.seedJob({ id: FAILED_JOB })
        expect((await get(dailyJobPath(FAILED_JOB), VIEWER_TOKEN)).status).toBe(200)
        const res = await post('/api/jobactions', jobAction('markUnderReview', FAILED_JOB), VIEWER_TOKEN)
        expect(res.status).toBe(403)
        expect(field<string>(res, 'message')).toContain("User 'viewer'")
        expect((await sim.getJob(FAILED_JOB))?.status).toBe('Failed')
    })

    it('issues a user token for a seeded user and refuses a wrong password', async () => {
        await sim.addUser({ loginName: 'svc_now', password: 's3cret' })
        const login = (password: string) => post('/api/tokens', { user: { loginName: 'svc_now', password }, tokenType: { type: 'User' } }, null)
        expect((await login('wrong')).status).toBe(401)
        const res = await login('s3cret')
        expect(res.status).toBe(200)
        expectShape('Token', res.json)
        expect(field<{ type: string }>(res, 'tokenType').type).toBe('User')
        expect((await get('/api/dailyschedules', field<string>(res, 'id'))).status).toBe(200)
    })
})

describe('job actions', () => {
    it('marks a failed job Under Review: submitted, then success when polled', async () => {
        await sim.seedJob({ id: FAILED_JOB })
        const posted = await post('/api/jobactions', jobAction('markUnderReview', FAILED_JOB))
        expect(posted.status).toBe(200)
        expect(posted.json).toMatchObject({ action: 'markUnderReview', result: 'submitted', jobs: [{ id: FAILED_JOB }] })
        expect(typeof field<number>(posted, 'id')).toBe('number')
        expect((await sim.getJob(FAILED_JOB))?.status).toBe('Failed')

        const polled = await get(`/api/jobactions/${field<number>(posted, 'id')}`)
        expect(polled.json).toMatchObject({ result: 'success', jobs: [{ id: FAILED_JOB, result: 'success' }] })
        expectShape('JobAction', polled.json)
        const job = await get(dailyJobPath(FAILED_JOB))
        expect(field<unknown>(job, 'jobStatus')).toEqual({ id: 900, description: 'Under Review', category: 'Under Review' })
        expect(await sim.appliedActions()).toMatchObject([{ jobId: FAILED_JOB, action: 'markUnderReview', fromStatus: 'Failed', toStatus: 'Under Review' }])
    })

    it('fails an action the job status does not allow, naming the status', async () => {
        const processing = `${DATE}|42|1|EVENTS JOB`
        await sim.seedJob({ id: FAILED_JOB, status: 'Fixed' })
        await sim.seedJob({ id: processing, status: 'Failed; Processing Events' })
        const { polled } = await submitAndPoll(jobAction('markUnderReview', FAILED_JOB, processing, `${DATE}|42|1|MISSING`))
        expect(polled.json).toMatchObject({
            result: 'failed',
            jobs: [
                { id: FAILED_JOB, result: 'failed', message: `Action 'markUnderReview' is not allowed for job '${FAILED_JOB}' in status 'Fixed'` },
                { result: 'failed', message: expect.stringContaining("in status 'Failed; Processing Events'") },
                { result: 'failed', message: `Job '${DATE}|42|1|MISSING' not found` },
            ],
        })
        expect(await sim.appliedActions()).toEqual([])
    })

    // OpCon docs, status-change commands (../shared/opcon/README.md), by status, not category.
    it.each([
        ['markUnderReview', ['Failed', 'Marked Failed', 'Initialization Error'], ['Under Review', 'Fixed', 'Finished OK', 'Failed; Processing Events']],
        ['markFixed', ['Failed', 'Marked Failed', 'Initialization Error', 'Under Review'], ['Fixed', 'Finished OK', 'Cancelled', 'Failed; Processing Events']],
    ])('%s is allowed from exactly the statuses OpCon\'s docs name', async (action, allowed, refused) => {
        const id = (status: string) => `${DATE}|42|1|FROM ${status}`
        for (const status of [...allowed, ...refused]) await sim.seedJob({ id: id(status), status })
        const { polled } = await submitAndPoll(jobAction(action, ...allowed.map(id), ...refused.map(id)))
        const results = (polled.json as { jobs: Array<{ id: string; result: string }> }).jobs.map((job) => `${job.id.slice(DATE.length + 11)}: ${job.result}`)
        expect(results).toEqual([...allowed.map((status) => `${status}: success`), ...refused.map((status) => `${status}: failed`)])
    })

    it('runs a job on restart, even from Finished OK, with a configurable outcome', async () => {
        await sim.seedJob({ id: FAILED_JOB })
        await submitAndPoll(jobAction('restart', FAILED_JOB))
        expect(await sim.getJob(FAILED_JOB)).toMatchObject({ status: 'Finished OK', runCount: 1 })
        await sim.setActionBehaviour({ restartOutcome: 'Failed' })
        const { polled } = await submitAndPoll(jobAction('restart', FAILED_JOB))
        expect(field<string>(polled, 'result')).toBe('success')
        expect(await sim.getJob(FAILED_JOB)).toMatchObject({ status: 'Failed', runCount: 2, termination: 1 })
        expect((await sim.appliedActions()).map((a) => a.action)).toEqual(['restart', 'restart'])
    })

    it('can leave an action submitted until a delay passes, or forever', async () => {
        await sim.seedJob({ id: FAILED_JOB })
        await sim.setActionBehaviour({ apply: 'never' })
        const { polled } = await submitAndPoll(jobAction('markFixed', FAILED_JOB))
        expect(field<string>(polled, 'result')).toBe('submitted')
        await sim.setActionBehaviour({ apply: 'afterDelay', applyDelayMs: 150 })
        const { posted, polled: early } = await submitAndPoll(jobAction('cancel', FAILED_JOB))
        expect(field<string>(early, 'result')).toBe('submitted')
        expect(await sim.pending()).toEqual({ applies: 1, delayedRequests: 0 })
        await new Promise((r) => setTimeout(r, 250))
        expect(await sim.pending()).toEqual({ applies: 0, delayedRequests: 0 })
        expect(field<string>(await get(`/api/jobactions/${field<number>(posted, 'id')}`), 'result')).toBe('success')
        expect((await sim.getJob(FAILED_JOB))?.status).toBe('Cancelled')
    })

    it('answers 404 for an unknown job action id', async () => {
        const res = await get('/api/jobactions/999999')
        expect(res.status).toBe(404)
        expect(res.json).toEqual({ code: 404, message: 'Job action 999999 not found' })
    })
})

describe('request validation against the OpenAPI schemas', () => {
    beforeEach(async () => {
        await sim.seedJob({ id: FAILED_JOB })
    })

    async function expectRejected(body: unknown, ...fragments: string[]): Promise<void> {
        const res = await post('/api/jobactions', body)
        expect(res.status).toBe(400)
        expect(field<number>(res, 'code')).toBe(400)
        for (const fragment of fragments) expect(field<string>(res, 'message')).toContain(fragment)
    }

    it('rejects unknown fields, at the top and inside jobs', async () => {
        await expectRejected({ ...jobAction('markUnderReview', FAILED_JOB), comment: 'x', jobs: [{ id: FAILED_JOB, name: 'GENP001' }] }, "body: unknown property 'comment'", "body.jobs[0]: unknown property 'name'")
    })

    it('rejects null in a non-nullable field', async () => {
        await expectRejected({ ...jobAction('markUnderReview', FAILED_JOB), id: null }, 'body.id: null is not allowed')
        await expectRejected({ ...jobAction('markUnderReview', FAILED_JOB), expiryTime: null }, 'body.expiryTime: null is not allowed')
        const res = await post('/api/scheduleactions', { action: 'addJobs', scheduleActionItems: [{ id: `${DATE}|42|1`, status: null, jobs: [{ id: 'X' }] }] })
        expect(res.status).toBe(400)
        expect(field<string>(res, 'message')).toContain('body.scheduleActionItems[0].status: null is not allowed')
        const build = await post('/api/schedulebuilds', { schedules: [{ name: 'S' }], dates: ['2024-03-05'], id: null })
        expect(field<string>(build, 'message')).toContain('body.id: null is not allowed')
    })

    it('rejects a property OpCon\'s OpenAPI marks readOnly: instance properties on addJobs, expires on a job action', async () => {
        await sim.seedSchedule({ name: 'NIGHTLY', id: 42 })
        const res = await post('/api/scheduleactions', {
            action: 'addJobs', scheduleActionItems: [{ id: `${DATE}|42|1`, jobs: [{ id: 'X', frequency: 'OnRequest', instanceProperties: [{ name: 'MODE', value: 'full' }] }] }],
        })
        expect(res.status).toBe(400)
        expect(field<string>(res, 'message')).toContain("body.scheduleActionItems[0].jobs[0].instanceProperties[0].name: is readOnly in OpCon's OpenAPI")
        expect(field<string>(res, 'message')).toContain('body.scheduleActionItems[0].jobs[0].instanceProperties[0].value: is readOnly')
        await expectRejected({ ...jobAction('markUnderReview', FAILED_JOB), expires: '2024-03-06' }, "body.expires: is readOnly in OpCon's OpenAPI: OpCon sets it, a request may not carry it (OpenAPI schema JobAction)")
        expect((await sim.getJob(FAILED_JOB))?.status).toBe('Failed')
    })

    it('rejects an unknown action name, missing jobs, and a non-JSON content type', async () => {
        await expectRejected(jobAction('markReviewed', FAILED_JOB), "body.action: 'markReviewed' is not a valid action", 'markUnderReview')
        await expectRejected({ action: 'markFixed', jobs: [] }, 'body.jobs: is required')
        const res = await sim.request('POST', '/api/jobactions', { token: TOKEN, body: JSON.stringify(jobAction('markFixed', FAILED_JOB)), headers: { 'Content-Type': 'text/plain' } })
        expect(res.status).toBe(415)
        const log = await sim.requests()
        expect(log[0].validationErrors).toEqual([expect.stringContaining("'markReviewed'")])
        expect((await sim.getJob(FAILED_JOB))?.status).toBe('Failed')
    })
})

describe('daily jobs', () => {
    it('decodes a percent-encoded id with spaces, | and unicode', async () => {
        const id = `${DATE}|42|1|Nightly ETL | Zürich ✓`
        await sim.seedJob({ id, scheduleName: 'NIGHTLY', machine: 'agent-7', incidentTicketId: 'INC0010001' })
        const res = await get(dailyJobPath(id))
        expect(res.status).toBe(200)
        expect(res.json).toMatchObject({
            id,
            jobName: 'Nightly ETL | Zürich ✓',
            jobStatus: { description: 'Failed', category: 'Failed' },
            termination: 1,
            terminationDescription: 'Exit Code 1',
            machine: { name: 'agent-7' },
            schedule: { id: `${DATE}|42|1`, name: 'NIGHTLY', date: '2024-03-05T00:00:00' },
            incidentTicketId: 'INC0010001',
        })
        expectShape('DailyJob', res.json)
        const [entry] = await sim.requests()
        expect(entry.path).toBe(`/api/dailyjobs/${DATE}%7C42%7C1%7CNightly%20ETL%20%7C%20Z%C3%BCrich%20%E2%9C%93`)
    })

    it('routes as OpCon does: a \'/\' in a job name must come double-encoded (%252F); a single-encoded %2F is a path separator, so 404', async () => {
        const id = `${DATE}|42|1|Load a/b 100%`
        await sim.seedJob({ id })
        const twice = await get(`/api/dailyjobs/${encodeURIComponent(id).replace(/%2F/g, '%252F')}`)
        expect(twice.status).toBe(200)
        expect(twice.json).toMatchObject({ id, jobName: 'Load a/b 100%' })
        const once = await get(dailyJobPath(id))
        expect(once.status).toBe(404)
        expect(once.json).toEqual({ code: 404, message: `No resource matches GET /api/dailyjobs/${encodeURIComponent(id)}` })
    })

    it('answers 404 with an ApiError for an unknown job', async () => {
        const res = await get(dailyJobPath(`${DATE}|42|1|NOPE`))
        expect(res.status).toBe(404)
        expect(res.json).toEqual({ code: 404, message: `Daily job '${DATE}|42|1|NOPE' not found` })
    })
})

describe('machines', () => {
    it('a machine GET /api/machines lists has the id its daily jobs name it by; a seed giving another id is refused', async () => {
        await sim.seedJob({ id: `${DATE}|42|1|ON7`, machine: 'agent-7' })
        await sim.seedJob({ id: `${DATE}|42|1|ON8`, machine: 'agent-8' })
        const seeded = await sim.addMachine({ name: 'agent-8', osType: 'Windows' })
        const job = await get(dailyJobPath(`${DATE}|42|1|ON8`))
        const listed = await get('/api/machines?name=agent-8')
        expect(listed.json).toEqual([expect.objectContaining({ name: 'agent-8', id: field<{ id: number }>(job, 'machine').id })])
        expect(seeded.id).toBe(field<{ id: number }>(job, 'machine').id)
        await expect(sim.addMachine({ name: 'agent-7', id: 999 })).rejects.toThrow(/agent-7/)
    })

    it('a machine seeded with an id gives its daily jobs that id; reset forgets the machines', async () => {
        await sim.addMachine({ name: 'agent-9', id: 4242 })
        await sim.seedJob({ id: `${DATE}|42|1|ON9`, machine: 'agent-9' })
        expect(field<{ id: number }>(await get(dailyJobPath(`${DATE}|42|1|ON9`)), 'machine').id).toBe(4242)
        await sim.reset()
        await sim.addToken(TOKEN, { user: 'ops' })
        expect((await get('/api/machines')).json).toEqual([])
    })
})

describe('faults', () => {
    beforeEach(async () => {
        await sim.seedJob({ id: FAILED_JOB })
    })

    const markUnderReview = () => post('/api/jobactions', jobAction('markUnderReview', FAILED_JOB))

    it('status: answers the given status for the next N matches without applying', async () => {
        await sim.setFaults([
            { kind: 'status', status: 429, times: 1, method: 'POST', path: '/api/jobactions', retryAfter: 2 },
            { kind: 'status', status: 503, times: 1, path: '^/api/jobactions' },
        ])
        const first = await markUnderReview()
        expect(first.status).toBe(429)
        expect(first.headers['retry-after']).toBe('2')
        expect((await markUnderReview()).status).toBe(503)
        const third = await markUnderReview()
        expect(third.status).toBe(200)
        expect(field<number>(third, 'id')).toBeGreaterThan(0)
        expect((await sim.faults()).map((f) => f.remaining)).toEqual([0, 0])
        expect((await sim.requests()).map((r) => [r.fault, r.responseStatus])).toEqual([
            ['status', 429],
            ['status', 503],
            [null, 200],
        ])
    })

    it('delay: holds the answer so a client times out, but still carries the request out', async () => {
        await sim.setActionBehaviour({ apply: 'immediately' })
        await sim.setFaults([{ kind: 'delay', delayMs: 300, times: 1 }])
        await expect(sim.request('POST', '/api/jobactions', { token: TOKEN, body: jobAction('markUnderReview', FAILED_JOB), timeoutMs: 100 })).rejects.toThrow(/timeout/)
        expect((await sim.getJob(FAILED_JOB))?.status).toBe('Failed')
        expect(await sim.pending()).toEqual({ applies: 0, delayedRequests: 1 })
        await new Promise((r) => setTimeout(r, 350))
        expect(await sim.pending()).toEqual({ applies: 0, delayedRequests: 0 })
        expect((await sim.getJob(FAILED_JOB))?.status).toBe('Under Review')
    })

    it('reset-before: drops the connection and applies nothing', async () => {
        await sim.setFaults([{ kind: 'reset-before', times: 1 }])
        await expect(markUnderReview()).rejects.toThrow(/socket hang up|ECONNRESET/)
        expect((await sim.getJob(FAILED_JOB))?.status).toBe('Failed')
        expect(await sim.requests()).toMatchObject([{ fault: 'reset-before', responseStatus: null }])
    })

    it('reset-after: applies the action, then drops the connection', async () => {
        await sim.setFaults([{ kind: 'reset-after', times: 1 }])
        await expect(markUnderReview()).rejects.toThrow(/socket hang up|ECONNRESET/)
        expect((await sim.getJob(FAILED_JOB))?.status).toBe('Under Review')
        expect(await sim.appliedActions()).toHaveLength(1)
    })

    it('non-json: answers 200 with an HTML page', async () => {
        await sim.setFaults([{ kind: 'non-json', path: '/api/version' }])
        const res = await get('/api/version')
        expect(res.status).toBe(200)
        expect(res.headers['content-type']).toMatch(/^text\/html/)
        expect(res.json).toBeUndefined()
    })

    it('echo-headers: answers 400 with the request\'s headers, Authorization included, and applies nothing', async () => {
        await sim.setFaults([{ kind: 'echo-headers', path: '/api/jobactions', times: 1 }])
        const res = await markUnderReview()
        expect(res.status).toBe(400)
        expect((res.json as { message: string }).message).toContain(`authorization: Token ${TOKEN}`)
        expect(await sim.requests()).toMatchObject([{ fault: 'echo-headers', responseStatus: 400 }])
        expect((await sim.getJob(FAILED_JOB))?.status).toBe('Failed')
        await sim.setFaults([{ kind: 'echo-headers', status: 200, path: '/api/version' }])
        const echoed = await get('/api/version')
        expect(echoed.status).toBe(200)
        const body = echoed.json as { code: number; message: string; headers: Record<string, string> }
        expect(body.headers.authorization).toBe(`Token ${TOKEN}`)
        expect(body.message).toContain(`authorization: Token ${TOKEN}`)
    })

    it('probability: rolls a seeded PRNG, so the same sequence follows every reset', async () => {
        const pattern = async (): Promise<number[]> => {
            await sim.setFaults([{ kind: 'status', status: 503, probability: 0.5 }])
            const statuses: number[] = []
            for (let i = 0; i < 10; i++) statuses.push((await get('/api/version', null)).status)
            return statuses
        }
        const first = await pattern()
        expect(first).toContain(503)
        expect(first).toContain(200)
        await sim.reset()
        expect(await pattern()).toEqual(first)
    })
})

describe('request log', () => {
    it('records method, raw path and query, token, body and outcome, but not control calls', async () => {
        await sim.seedJob({ id: FAILED_JOB })
        await post('/api/jobactions', jobAction('markFixed', FAILED_JOB))
        await get('/api/dailyschedules?Name=SCHED42&Dates=2024-03-05')
        const log = await sim.requests()
        expect(log).toHaveLength(2)
        expect(log[0]).toMatchObject({
            seq: expect.any(Number),
            method: 'POST',
            path: '/api/jobactions',
            authorization: `Token ${TOKEN}`,
            token: TOKEN,
            contentType: 'application/json',
            body: jobAction('markFixed', FAILED_JOB),
            validationErrors: [],
            responseStatus: 200,
            fault: null,
        })
        expect(log[1]).toMatchObject({ method: 'GET', path: '/api/dailyschedules', query: 'Name=SCHED42&Dates=2024-03-05', responseStatus: 200 })
        expect(log[1].seq).toBeGreaterThan(log[0].seq)
    })
})

describe('schedules', () => {
    const buildBody = (name: string) => ({ schedules: [{ name }], dates: ['2024-03-05'], overwrite: true, hold: false })

    it('builds a schedule, then lists it by name and date', async () => {
        await sim.seedSchedule({ name: 'NIGHTLY', id: 42, jobs: ['EXTRACT', { name: 'LOAD', frequency: 'Daily' }] })
        const posted = await post('/api/schedulebuilds', buildBody('NIGHTLY'))
        expect(posted.json).toMatchObject({ result: 'submitted' })
        const polled = await get(`/api/schedulebuilds/${field<number>(posted, 'id')}`)
        expect(field<string>(polled, 'result')).toBe('success')
        expectShape('ScheduleBuildAction', polled.json)

        const list = await get('/api/dailyschedules?name=NIGHTLY&dates=2024-03-05')
        expect(list.json).toMatchObject([{ id: '20240305|42|1', name: 'NIGHTLY', masterId: 42, date: '2024-03-05T00:00:00', status: { description: 'Wait to Start' } }])
        expectShape('DailySchedule', (list.json as unknown[])[0])
        expect(await get('/api/dailyschedules?name=NIGHTLY&dates=2024-03-06').then((r) => r.json)).toEqual([])
        expect(await get(dailyJobPath('20240305|42|1|LOAD')).then((r) => field<{ description: string }>(r, 'jobStatus').description)).toBe('Waiting')
    })

    it('fails the build of an unknown schedule', async () => {
        const posted = await post('/api/schedulebuilds', buildBody('NOPE'))
        const polled = await get(`/api/schedulebuilds/${field<number>(posted, 'id')}`)
        expect(polled.json).toMatchObject({ result: 'failed', message: "Schedule 'NOPE' not found" })
    })

    it('adds a job to a daily schedule with addJobs, and fails for an unknown daily schedule', async () => {
        await sim.seedJob({ id: FAILED_JOB, scheduleName: 'NIGHTLY' })
        const addJobs = (dailyId: string) => post('/api/scheduleactions', { action: 'addJobs', scheduleActionItems: [{ id: dailyId, jobs: [{ id: 'RERUN ME', frequency: 'OnRequest' }] }] })
        const posted = await addJobs(`${DATE}|42|1`)
        expect(posted.json).toMatchObject({ action: 'addJobs', result: 'submitted' })
        const polled = await get(`/api/scheduleactions/${field<number>(posted, 'id')}`)
        expect(polled.json).toMatchObject({ result: 'success', scheduleActionItems: [{ id: `${DATE}|42|1`, result: 'success', jobs: [{ id: 'RERUN ME', result: 'success' }] }] })
        expectShape('ScheduleAction', polled.json)
        expect(await sim.getJob(`${DATE}|42|1|RERUN ME`)).toMatchObject({ status: 'Waiting', frequency: 'OnRequest' })

        const unknown = await addJobs(`${DATE}|43|1`)
        const failed = await get(`/api/scheduleactions/${field<number>(unknown, 'id')}`)
        expect(failed.json).toMatchObject({ result: 'failed', scheduleActionItems: [{ result: 'failed', message: `Daily schedule '${DATE}|43|1' not found` }] })
    })
})

describe('process', () => {
    it('serves plain HTTP with --http and leaves no process behind after stop()', async () => {
        expect(plain.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
        expect(plain.ca).toBeNull()
        expect((await plain.request('GET', '/api/version')).status).toBe(200)
        await plain.stop()
        expect(() => process.kill(plain.pid, 0)).toThrow()
    })

    it('hands out the certificate of an HTTPS server on 127.0.0.1', () => {
        expect(sim.url).toBe(`https://127.0.0.1:${sim.port}`)
        expect(sim.address).toBe(`127.0.0.1:${sim.port}`)
        expect(sim.ca).toMatch(/^-----BEGIN CERTIFICATE-----/)
    })
})
