// The simulator's side of issue 11 (failed jobs open incidents): runs and job
// numbers, the daily jobs list with its filters and paging, incident tickets,
// job documentation and job output, through the real separate process. Every
// request a test sends is checked against OpCon's own OpenAPI file when it is
// there (../shared/opcon), unless the test marks it as one the checker must
// refuse; response bodies are checked against the copied schemas.

import * as fs from 'node:fs'
import { OpenApiValidator, OPENAPI_FILE } from '../support/openapi'
import { startOpConSim, type OpConSim, type SimResponse } from './client'
import { createOpenApiAjv, loadSchemaFile } from './validation'

const TOKEN = 'tok-ops-1'
const VIEWER_TOKEN = 'tok-viewer-1'
const D1 = '20240305'
const D2 = '20240306'
const JOB = `${D1}|42|1|GENP001`

let sim: OpConSim
const checker = fs.existsSync(OPENAPI_FILE) ? new OpenApiValidator() : null
/** Sequence numbers of requests a test sent on purpose against the OpenAPI. */
let nonConforming: Set<number>

beforeAll(async () => {
    sim = await startOpConSim()
})

afterAll(async () => {
    await sim?.stop()
})

beforeEach(async () => {
    await sim.reset()
    await sim.addToken(TOKEN, { user: 'ops' })
    await sim.addToken(VIEWER_TOKEN, { user: 'viewer', privileged: false })
    nonConforming = new Set()
})

afterEach(async () => {
    if (!checker) return
    const sent = (await sim.requests()).filter((r) => !nonConforming.has(r.seq))
    expect(sent.flatMap((r) => checker.validate(r))).toEqual([])
})

/** A job id in a URL path, as SMA's Java client encodes it: a '/' double-encoded. */
const enc = (id: string): string => encodeURIComponent(id).replace(/%2F/g, '%252F')

const call = (method: string, path: string, body?: unknown, token: string = TOKEN): Promise<SimResponse> => sim.request(method, path, { body, token })
const get = (path: string, token = TOKEN) => call('GET', path, undefined, token)
const post = (path: string, body: unknown, token = TOKEN) => call('POST', path, body, token)

/** Sends a request the OpenAPI refuses and proves the checker refuses it too, naming `fragment`. */
async function sendNonConforming(method: string, path: string, body: unknown, fragment: RegExp): Promise<SimResponse> {
    const res = await call(method, path, body)
    const log = await sim.requests()
    const entry = log[log.length - 1]
    nonConforming.add(entry.seq)
    if (checker) expect(checker.validate(entry).join('\n')).toMatch(fragment)
    return res
}

const shapes = createOpenApiAjv({ ...loadSchemaFile('schemas.json'), ...loadSchemaFile('response-schemas.json') })
function expectShape(schemaName: string, value: unknown): void {
    const validate = shapes.getSchema(`opcon#/components/schemas/${schemaName}`)
    if (!validate) throw new Error(`no schema ${schemaName}`)
    expect({ schemaName, ok: validate(value), errors: validate.errors ?? null }).toEqual({ schemaName, ok: true, errors: null })
}

type Json = Record<string, unknown>
const body = (res: SimResponse): Json => res.json as Json
const dailyJob = async (id: string): Promise<Json> => body(await get(`/api/dailyjobs/${enc(id)}`))

describe('runs: uid, job number and times', () => {
    it('renders a failed job with its uid, the job number and times of its run, machine, schedule and ticket', async () => {
        await sim.seedJob({ id: JOB, scheduleName: 'NIGHTLY', machine: 'agent-7', terminationDescription: 'Exit Code 12', termination: 12, incidentTicketId: 'INC0010001', incidentTicketURL: 'https://x.service-now.com/incident.do?sys_id=1' })
        const job = await dailyJob(JOB)
        expect(job).toMatchObject({
            uid: expect.any(Number),
            jobNumber: expect.any(Number),
            jobStatus: { id: 910, description: 'Failed', category: 'Failed' },
            termination: 12,
            terminationDescription: 'Exit Code 12',
            machine: { id: expect.any(Number), name: 'agent-7' },
            schedule: { id: `${D1}|42|1`, name: 'NIGHTLY' },
            computedStartTime: { isEstimated: false },
            computedEndTime: { isEstimated: false },
            incidentTicketId: 'INC0010001',
            incidentTicketURL: 'https://x.service-now.com/incident.do?sys_id=1',
        })
        expect(job.jobNumber).toBeGreaterThan(0)
        expect((job.computedStartTime as Json).time).toBe((await sim.getJob(JOB))?.lastStart)
        expectShape('DailyJob', job)
    })

    it('gives a job that has not run job number 0 and an estimated start; uids are distinct; one machine keeps its id; reseeding keeps uid, run, tickets and documentation', async () => {
        await sim.seedJob({ id: JOB, machine: 'agent-7' })
        await sim.seedJob({ id: `${D1}|42|1|LATER`, status: 'Waiting', machine: 'agent-7' })
        const [failed, waiting] = [await dailyJob(JOB), await dailyJob(`${D1}|42|1|LATER`)]
        expect(waiting).toMatchObject({ jobNumber: 0, computedStartTime: { isEstimated: true } })
        expect(waiting.computedEndTime).toBeUndefined()
        expect(waiting.uid).not.toBe(failed.uid)
        expect((waiting.machine as Json).id).toBe((failed.machine as Json).id)
        await sim.seedJob({ id: JOB, incidentTicketId: 'INC0010001', documentation: 'notes' })
        // Someone marks the job in OpCon: a status change, not a run.
        await sim.seedJob({ id: JOB, status: 'Under Review' })
        const reseeded = await dailyJob(JOB)
        expect(reseeded).toMatchObject({ uid: failed.uid, jobNumber: failed.jobNumber, computedStartTime: failed.computedStartTime, incidentTicketId: 'INC0010001', jobStatus: { description: 'Under Review' } })
        expect(await sim.documentation(JOB)).toBe('notes')
        await sim.seedJob({ id: JOB, incidentTicketId: null, jobNumber: 7 })
        expect(await dailyJob(JOB)).toMatchObject({ uid: failed.uid, jobNumber: 7, incidentTicketId: null })
    })

    it('a restart that fails again is a new run: new job number, later start, Failed', async () => {
        await sim.seedJob({ id: JOB, restartOutcome: 'Failed' })
        const before = await dailyJob(JOB)
        const posted = await post('/api/jobactions', { action: 'restart', reason: 'rerun', jobs: [{ id: JOB }] })
        expect(body(await get(`/api/jobactions/${body(posted).id as number}`)).result).toBe('success')
        const after = await dailyJob(JOB)
        expect(after).toMatchObject({ uid: before.uid, jobStatus: { description: 'Failed' }, termination: 1 })
        expect(after.jobNumber).not.toBe(before.jobNumber)
        expect(Date.parse((after.computedStartTime as Json).time as string)).toBeGreaterThan(Date.parse((before.computedStartTime as Json).time as string))
        expect((await sim.getJob(JOB))?.runs.map((r) => r.status)).toEqual(['Failed', 'Failed'])
    })

    it('failJob and finishJob run the job again, each run with its own number, times, termination and output', async () => {
        await sim.seedJob({ id: JOB, status: 'Finished OK', output: { 'run1.log': 'first' } })
        const first = await dailyJob(JOB)
        const failed = await sim.failJob(JOB, { termination: 4, terminationDescription: 'Exit Code 4: disk full', output: { 'run2.log': 'second' } })
        expect(failed).toMatchObject({ status: 'Failed', termination: 4, terminationDescription: 'Exit Code 4: disk full', runCount: 1 })
        const second = await dailyJob(JOB)
        expect(second).toMatchObject({ jobStatus: { category: 'Failed' }, terminationDescription: 'Exit Code 4: disk full' })
        const finished = await sim.finishJob(JOB)
        expect(finished).toMatchObject({ status: 'Finished OK', termination: 0, runCount: 2 })
        const numbers = [first.jobNumber, second.jobNumber, finished.jobNumber]
        expect(new Set(numbers).size).toBe(3)
        expect(finished.runs.map((r) => [r.jobNumber, r.status, r.files])).toEqual([
            [first.jobNumber, 'Finished OK', ['run1.log']],
            [second.jobNumber, 'Failed', ['run2.log']],
            [finished.jobNumber, 'Finished OK', []],
        ])
        await expect(sim.failJob(JOB, { status: 'Finished OK' })).rejects.toThrow(/not in the Failed category/)
    })
})

describe('GET /api/dailyjobs', () => {
    const ids = (res: SimResponse): string[] => (res.json as Json[]).map((j) => j.id as string)

    async function seedMix(): Promise<void> {
        for (const job of [
            { id: `${D1}|42|1|A FAILED` },
            { id: `${D1}|42|1|B OK`, status: 'Finished OK' },
            { id: `${D1}|42|1|C MARKED`, status: 'Marked Failed' },
            { id: `${D2}|42|1|D INIT`, status: 'Initialization Error' },
            { id: `${D2}|42|1|E EVENTS`, status: 'Failed; Processing Events' },
            { id: `${D2}|42|1|F REVIEW`, status: 'Under Review' },
            { id: '20240307|42|1|G FAILED LATER' },
        ]) await sim.seedJob(job)
    }

    it('filters by schedule dates and the Failed category (Failed, Marked Failed, Initialization Error, Processing Events), ordered by uid', async () => {
        await seedMix()
        const res = await get('/api/dailyjobs?Dates=2024-03-05,2024-03-06&Categories=Failed')
        expect(res.status).toBe(200)
        expect(ids(res)).toEqual([`${D1}|42|1|A FAILED`, `${D1}|42|1|C MARKED`, `${D2}|42|1|D INIT`, `${D2}|42|1|E EVENTS`])
        const uids = (res.json as Json[]).map((j) => j.uid as number)
        expect(uids).toEqual([...uids].sort((a, b) => a - b))
        ;(res.json as Json[]).forEach((job) => expectShape('DailyJob', job))
        expect(res.headers.totalresourcecount).toBeUndefined()
        expect(ids(await get('/api/dailyjobs?Categories=Finished OK,Under Review'))).toEqual([`${D1}|42|1|B OK`, `${D2}|42|1|F REVIEW`])
        expect(ids(await get('/api/dailyjobs'))).toHaveLength(7)
    })

    it('pages with Limit and Offset in uid order, and IncludeCount=true gives the total in TotalResourceCount', async () => {
        // Seeded in reverse name order: the order is the uid's, not the name's.
        for (let i = 5; i >= 1; i--) await sim.seedJob({ id: `${D1}|42|1|JOB ${i}` })
        await sim.seedJob({ id: `${D1}|42|1|DONE`, status: 'Finished OK' })
        const page = (offset: number) => get(`/api/dailyjobs?Dates=2024-03-05&Categories=Failed&Limit=2&Offset=${offset}&IncludeCount=true`)
        const pages = [await page(0), await page(2), await page(4), await page(6)]
        expect(pages.map(ids)).toEqual([[`${D1}|42|1|JOB 5`, `${D1}|42|1|JOB 4`], [`${D1}|42|1|JOB 3`, `${D1}|42|1|JOB 2`], [`${D1}|42|1|JOB 1`], []])
        expect(pages.map((r) => r.headers.totalresourcecount)).toEqual(['5', '5', '5', '5'])
        // Offset paging over a changing set: a job leaving the category between pages shifts the
        // rest, so a poller reading page 2 after that misses JOB 3 until its next poll.
        await sim.finishJob(`${D1}|42|1|JOB 5`)
        const shifted = await page(2)
        expect(ids(shifted)).toEqual([`${D1}|42|1|JOB 2`, `${D1}|42|1|JOB 1`])
        expect(shifted.headers.totalresourcecount).toBe('4')
    })

    it.each([
        ['Dates=2024-02-30', "The value '2024-02-30' is not valid for Dates"],
        ['Dates=20240305', "The value '20240305' is not valid for Dates"],
        ['Limit=abc', "The value 'abc' is not valid for Limit"],
        ['Limit=0', "The value '0' is not valid for Limit"],
        ['Offset=-1', "The value '-1' is not valid for Offset"],
        ['Categories=Broken', "The value 'Broken' is not a job status category"],
        ['JobStatusCategories=Failed', "'JobStatusCategories' is declared by OpCon but not modelled by the simulator"],
    ])('refuses %s with 400 (assumed: OpCon cannot bind the value)', async (query, message) => {
        await sim.seedJob({ id: JOB })
        const res = await get(`/api/dailyjobs?${query}`)
        expect(res.status).toBe(400)
        expect(body(res)).toEqual({ code: 400, message: expect.stringContaining(message) })
    })

    it('refuses IncludeCount=yes with 400 (assumed); the checker refuses it too, OpenAPI declaring a boolean', async () => {
        const res = await sendNonConforming('GET', '/api/dailyjobs?IncludeCount=yes', undefined, /IncludeCount="yes" is not a boolean/)
        expect(res.status).toBe(400)
    })

    it('binds query names case-insensitively as ASP.NET does (SMA\'s Java client sends dates=&categories=), though the checker wants OpenAPI\'s spelling', async () => {
        await seedMix()
        const res = await sendNonConforming('GET', '/api/dailyjobs?dates=2024-03-06&categories=failed&includeCount=true', undefined, /"dates" is not declared/)
        expect(ids(res)).toEqual([`${D2}|42|1|D INIT`, `${D2}|42|1|E EVENTS`])
        expect(res.headers.totalresourcecount).toBe('2')
    })

    it('IncludeDocumentation=true adds each job\'s documentation', async () => {
        await sim.seedJob({ id: JOB, documentation: 'Call the DBA.' })
        const [job] = (await get('/api/dailyjobs?IncludeDocumentation=true')).json as Json[]
        expect(job.documentation).toEqual({ id: job.uid, frequency: 'OnRequest', job: 'Call the DBA.' })
        expectShape('DailyJob', job)
    })
})

describe('incident tickets', () => {
    const tickets = (uid: unknown) => `/api/dailyjobs/${String(uid)}/incidentTickets`

    it('creates, lists, updates and deletes tickets; the job shows the latest', async () => {
        await sim.seedJob({ id: JOB })
        const uid = (await dailyJob(JOB)).uid
        expect((await get(tickets(uid))).json).toEqual([])
        const first = await post(tickets(uid), { id: 0, ticketId: 'INC0010001', ticketUrl: 'https://i/1' })
        expect(first.status).toBe(200)
        expect(first.json).toEqual({ id: expect.any(Number), ticketId: 'INC0010001', ticketUrl: 'https://i/1' })
        expectShape('DailyJobIncidentTicket', first.json)
        const second = body(await post(tickets(uid), { id: 0, ticketId: 'INC0010002', ticketUrl: 'https://i/2' }))
        expect(await dailyJob(JOB)).toMatchObject({ incidentTicketId: 'INC0010002', incidentTicketURL: 'https://i/2' })

        const put = await call('PUT', `${tickets(uid)}/${body(first).id as number}`, { id: body(first).id, ticketId: 'INC0010001', ticketUrl: 'https://i/1b' })
        expect(put.json).toEqual({ id: body(first).id, ticketId: 'INC0010001', ticketUrl: 'https://i/1b' })
        expect((await dailyJob(JOB)).incidentTicketId).toBe('INC0010002')
        await call('PUT', `${tickets(uid)}/${second.id as number}`, { ticketId: 'INC0010003', ticketUrl: 'https://i/3' })
        expect(await dailyJob(JOB)).toMatchObject({ incidentTicketId: 'INC0010003', incidentTicketURL: 'https://i/3' })

        const del = await call('DELETE', `${tickets(uid)}/${second.id as number}`)
        expect(del.status).toBe(200)
        expect(await dailyJob(JOB)).toMatchObject({ incidentTicketId: 'INC0010001', incidentTicketURL: 'https://i/1b' })
        const listed = (await get(tickets(uid))).json as unknown[]
        expect(listed).toEqual([{ id: body(first).id, ticketId: 'INC0010001', ticketUrl: 'https://i/1b' }])
        expect(await sim.tickets(JOB)).toEqual(listed)
        await call('DELETE', `${tickets(uid)}/${body(first).id as number}`)
        expect(await dailyJob(JOB)).toMatchObject({ incidentTicketId: null, incidentTicketURL: null })
    })

    it('answers 404 for an unknown uid or ticket, 400 for a uid that is not an integer', async () => {
        await sim.seedJob({ id: JOB })
        const uid = (await dailyJob(JOB)).uid as number
        expect(body(await get(tickets(uid + 1000)))).toEqual({ code: 404, message: `Daily job with uid ${uid + 1000} not found` })
        expect((await post(tickets(uid + 1000), { id: 0, ticketId: 'INC1' })).status).toBe(404)
        expect((await call('PUT', `${tickets(uid)}/777`, { ticketId: 'INC1' })).status).toBe(404)
        expect((await call('DELETE', `${tickets(uid)}/777`)).status).toBe(404)
        const byId = await sendNonConforming('GET', tickets(enc(JOB)), undefined, /path parameter uid=".*" is not an integer/)
        expect(byId.status).toBe(400)
        expect(await sim.tickets(JOB)).toEqual([])
    })

    it('refuses a body that is not a DailyJobIncidentTicket, an id other than 0 on create, no ticketId, and an unprivileged token', async () => {
        await sim.seedJob({ id: JOB })
        const uid = (await dailyJob(JOB)).uid
        const unknown = await sendNonConforming('POST', tickets(uid), { id: 0, ticketId: 'INC1', number: 'INC1' }, /additional/)
        expect(body(unknown).message).toContain("body: unknown property 'number'")
        expect(body(await post(tickets(uid), { id: 5, ticketId: 'INC1' })).message).toContain('body.id: must be 0 to create a ticket')
        expect(body(await post(tickets(uid), { id: 0, ticketUrl: 'https://i' })).message).toContain('body.ticketId: is required')
        expect((await post(tickets(uid), { id: 0, ticketId: 'INC1' }, VIEWER_TOKEN)).status).toBe(403)
        expect(await sim.tickets(JOB)).toEqual([])
    })
})

describe('job documentation', () => {
    const docPath = (id: string) => `/api/dailyjobs/${enc(id)}/documentation`

    it('reads and writes the documentation of a job, a \'/\' in its name double-encoded', async () => {
        const id = `${D1}|42|1|Load a/b`
        await sim.seedJob({ id, frequency: 'Daily', documentation: 'Operators: call the DBA.' })
        const read = await get(docPath(id))
        expect(read.json).toEqual({ id: expect.any(Number), frequency: 'Daily', job: 'Operators: call the DBA.' })
        expectShape('DailyJobDocumentation', read.json)
        const text = 'Operators: call the DBA.\nPrevious Ticket Number (INC0010001)'
        const written = await post(docPath(id), { ...body(read), job: text })
        expect(written.status).toBe(200)
        expect(written.json).toEqual({ ...body(read), job: text })
        expect(await sim.documentation(id)).toBe(text)
        expect(body(await get(docPath(id))).job).toBe(text)
    })

    it('refuses a missing text, another frequency, an unknown field and an unprivileged token; 404 for an unknown job', async () => {
        await sim.seedJob({ id: JOB, documentation: 'keep me' })
        expect(body(await post(docPath(JOB), { frequency: 'OnRequest' })).message).toContain('body.job: is required')
        expect(body(await post(docPath(JOB), { frequency: 'Weekly', job: 'x' })).message).toContain("body.frequency: 'Weekly' is not the frequency")
        expect((await sendNonConforming('POST', docPath(JOB), { job: 'x', text: 'x' }, /additional/)).status).toBe(400)
        expect((await post(docPath(JOB), { job: 'x' }, VIEWER_TOKEN)).status).toBe(403)
        expect(await sim.documentation(JOB)).toBe('keep me')
        expect((await get(docPath(`${D1}|42|1|NOPE`))).status).toBe(404)
    })
})

describe('job output: job instance actions', () => {
    async function runAction(request: Json): Promise<{ posted: SimResponse; polled: SimResponse }> {
        const posted = await post('/api/jobinstanceactions', request)
        const polled = await get(`/api/jobinstanceactions/${body(posted).id as number}`)
        return { posted, polled }
    }

    it('LIST names the files of a run, FILE answers a file\'s text; submitted until polled', async () => {
        await sim.seedJob({ id: JOB, output: { 'job.log': 'line 1\nERROR: disk full\n', 'stderr.txt': 'oops' } })
        const jobNumber = (await dailyJob(JOB)).jobNumber as number
        const list = await runAction({ action: 'LIST', jobInstanceActionItems: [{ id: jobNumber }] })
        expect(list.posted.json).toMatchObject({ id: expect.any(Number), action: 'LIST', result: 'submitted', jobInstanceActionItems: [{ id: jobNumber, result: 'submitted' }] })
        expect(list.polled.json).toMatchObject({ result: 'success', jobInstanceActionItems: [{ id: jobNumber, result: 'success', files: ['job.log', 'stderr.txt'] }] })
        expectShape('JobInstanceAction', list.posted.json)
        expectShape('JobInstanceAction', list.polled.json)
        const file = await runAction({ action: 'FILE', jobInstanceActionItems: [{ id: jobNumber, jorsRequestParameters: 'job.log' }] })
        expect(file.polled.json).toMatchObject({ result: 'success', jobInstanceActionItems: [{ id: jobNumber, jorsRequestParameters: 'job.log', result: 'success', data: 'line 1\nERROR: disk full\n' }] })
        expectShape('JobInstanceAction', file.polled.json)
    })

    it('keeps the output of earlier runs under their own job numbers', async () => {
        await sim.seedJob({ id: JOB, output: { 'job.log': 'run 1' } })
        const old = (await dailyJob(JOB)).jobNumber as number
        const rerun = await sim.failJob(JOB, { output: { 'job.log': 'run 2' } })
        const data = async (n: number) => (body((await runAction({ action: 'FILE', jobInstanceActionItems: [{ id: n, jorsRequestParameters: 'job.log' }] })).polled).jobInstanceActionItems as Json[])[0].data
        expect([await data(old), await data(rerun.jobNumber)]).toEqual(['run 1', 'run 2'])
    })

    it('truncates a file to the agent\'s limit, 64 KB by default, keeping the first bytes (assumed) on a whole character; a larger limit can be seeded', async () => {
        const big = 'é'.repeat(40_000) + 'THE END' // 80,007 bytes
        await sim.seedJob({ id: JOB, output: { 'job.log': big } })
        await sim.seedJob({ id: `${D1}|42|1|BIG LIMIT`, output: { 'job.log': big }, outputLimitBytes: 1024 * 1024 })
        await sim.seedJob({ id: `${D1}|42|1|ODD LIMIT`, output: { 'job.log': big }, outputLimitBytes: 5 })
        const fetch = async (id: string) => {
            const n = (await dailyJob(id)).jobNumber as number
            return (body((await runAction({ action: 'FILE', jobInstanceActionItems: [{ id: n, jorsRequestParameters: 'job.log' }] })).polled).jobInstanceActionItems as Json[])[0].data as string
        }
        const cut = await fetch(JOB)
        expect(Buffer.byteLength(cut)).toBe(64 * 1024)
        expect(big.startsWith(cut)).toBe(true)
        expect(await fetch(`${D1}|42|1|BIG LIMIT`)).toBe(big)
        expect(await fetch(`${D1}|42|1|ODD LIMIT`)).toBe('éé')
    })

    it('fails an item for an unknown job number or file, with a message', async () => {
        await sim.seedJob({ id: JOB, output: { 'job.log': 'x' } })
        const n = (await dailyJob(JOB)).jobNumber as number
        const { polled } = await runAction({ action: 'FILE', jobInstanceActionItems: [{ id: 999_999, jorsRequestParameters: 'job.log' }, { id: n, jorsRequestParameters: 'other.log' }] })
        expect(polled.json).toMatchObject({
            result: 'failed',
            jobInstanceActionItems: [
                { id: 999_999, result: 'failed', message: 'Job number 999999 not found' },
                { id: n, result: 'failed', message: `File 'other.log' not found in the output of job number ${n}` },
            ],
        })
        expectShape('JobInstanceAction', polled.json)
    })

    it('a behaviour fails every item or never finishes', async () => {
        await sim.seedJob({ id: JOB, output: { 'job.log': 'x' } })
        const n = (await dailyJob(JOB)).jobNumber as number
        await sim.setActionBehaviour({ jobOutput: 'failed' })
        expect((await runAction({ action: 'LIST', jobInstanceActionItems: [{ id: n }] })).polled.json).toMatchObject({ result: 'failed', jobInstanceActionItems: [{ result: 'failed', message: `The agent did not return the output of job number ${n}` }] })
        await sim.setActionBehaviour({ jobOutput: 'never' })
        const { posted, polled } = await runAction({ action: 'LIST', jobInstanceActionItems: [{ id: n }] })
        const again = await get(`/api/jobinstanceactions/${body(posted).id as number}`)
        expect([body(polled).result, body(again).result]).toEqual(['submitted', 'submitted'])
    })

    it('refuses readOnly expires, an unknown action, FILE without a file name and an unprivileged token', async () => {
        await sim.seedJob({ id: JOB, output: { 'job.log': 'x' } })
        const n = (await dailyJob(JOB)).jobNumber as number
        const readOnly = await sendNonConforming('POST', '/api/jobinstanceactions', { action: 'LIST', expires: '2024-03-06', jobInstanceActionItems: [{ id: n }] }, /expires is readOnly/)
        expect(body(readOnly)).toEqual({ code: 400, message: expect.stringContaining("body.expires: is readOnly in OpCon's OpenAPI") })
        expect(body(await post('/api/jobinstanceactions', { action: 'TAIL', jobInstanceActionItems: [{ id: n }] })).message).toContain("body.action: 'TAIL' is not a valid action (one of LIST, FILE)")
        expect(body(await post('/api/jobinstanceactions', { action: 'FILE', jobInstanceActionItems: [{ id: n }] })).message).toContain('jorsRequestParameters: is required for FILE')
        expect((await post('/api/jobinstanceactions', { action: 'LIST', jobInstanceActionItems: [{ id: n }] }, VIEWER_TOKEN)).status).toBe(403)
        expect((await get('/api/jobinstanceactions/424242')).status).toBe(404)
    })
})

;(checker ? describe : describe.skip)('the conformance checker (test/support/openapi.ts) on these routes', () => {
    it('checks response bodies against OpCon\'s schemas, readOnly allowed there', async () => {
        await sim.seedJob({ id: JOB, output: { 'job.log': 'x' } })
        const job = await dailyJob(JOB)
        expect(checker!.validateShape('DailyJob', job)).toEqual([])
        expect(checker!.validateShape('JobInstanceAction', { id: 1, action: 'LIST', expires: 'soon', jobInstanceActionItems: [{ id: 2, files: ['a'] }] })).toEqual([])
        expect(checker!.validateShape('DailyJobIncidentTicket', { id: 'one', ticketId: 'INC1', url: 'x' })).toEqual([
            'DailyJobIncidentTicket must NOT have additional properties',
            'DailyJobIncidentTicket/id must be integer',
        ])
    })

    it('refuses a non-integer uid or job instance action id in the path, and accepts the requests the app sends', () => {
        const ok = (method: string, path: string, body: unknown = null, query = '') => checker!.validate({ method, path, query, body })
        expect(ok('GET', '/api/dailyjobs', null, 'Dates=2024-03-05,2024-03-06&Categories=Failed&Limit=100&Offset=0&IncludeCount=true')).toEqual([])
        expect(ok('POST', '/api/dailyjobs/17/incidentTickets', { id: 0, ticketId: 'INC1', ticketUrl: 'https://i' })).toEqual([])
        expect(ok('PUT', '/api/dailyjobs/17/incidentTickets/3', { id: 3, ticketId: 'INC1', ticketUrl: 'https://i' })).toEqual([])
        expect(ok('DELETE', '/api/dailyjobs/17/incidentTickets/3')).toEqual([])
        expect(ok('POST', `/api/dailyjobs/${enc(JOB)}/documentation`, { id: 1, frequency: 'OnRequest', job: 'text' })).toEqual([])
        expect(ok('POST', '/api/jobinstanceactions', { action: 'FILE', jobInstanceActionItems: [{ id: 5001, jorsRequestParameters: 'job.log' }] })).toEqual([])
        expect(ok('GET', '/api/dailyjobs/uid-17/incidentTickets')).toEqual(['GET /api/dailyjobs/uid-17/incidentTickets: path parameter uid="uid-17" is not an integer'])
        expect(ok('GET', '/api/jobinstanceactions/abc')).toEqual(['GET /api/jobinstanceactions/abc: path parameter id="abc" is not an integer'])
    })
})

describe('faults and request counts', () => {
    it('a fault can fail the list alone, or the job output actions; counts name routes and jobs, faulted requests included', async () => {
        await sim.seedJob({ id: JOB, output: { 'job.log': 'x' } })
        await sim.seedJob({ id: `${D1}|42|1|OTHER` })
        const { uid, jobNumber } = await dailyJob(JOB)
        await sim.clearRequests()
        await sim.setFaults([{ kind: 'status', status: 503, path: '^/api/dailyjobs$', times: 1 }, { kind: 'status', status: 503, path: '/api/jobinstanceactions' }])
        expect((await get('/api/dailyjobs?Categories=Failed')).status).toBe(503)
        expect((await get('/api/dailyjobs?Categories=Failed')).status).toBe(200)
        expect((await get(`/api/dailyjobs/${enc(JOB)}`)).status).toBe(200)
        expect((await post('/api/jobinstanceactions', { action: 'LIST', jobInstanceActionItems: [{ id: jobNumber }] })).status).toBe(503)
        await post(`/api/dailyjobs/${String(uid)}/incidentTickets`, { id: 0, ticketId: 'INC1' })
        await get(`/api/dailyjobs/${enc(`${D1}|42|1|OTHER`)}/documentation`)

        const counts = await sim.requestCounts()
        expect(counts).toEqual({
            total: 6,
            byRoute: {
                'GET /api/dailyjobs': 2,
                'GET /api/dailyjobs/{rawId}': 1,
                'POST /api/jobinstanceactions': 1,
                'POST /api/dailyjobs/{uid}/incidentTickets': 1,
                'GET /api/dailyjobs/{rawId}/documentation': 1,
            },
            byJob: { [JOB]: 3, [`${D1}|42|1|OTHER`]: 1 },
        })
        expect((await sim.requests()).map((r) => [r.route, r.jobIds, r.responseStatus])).toEqual([
            ['GET /api/dailyjobs', [], 503],
            ['GET /api/dailyjobs', [], 200],
            ['GET /api/dailyjobs/{rawId}', [JOB], 200],
            ['POST /api/jobinstanceactions', [JOB], 503],
            ['POST /api/dailyjobs/{uid}/incidentTickets', [JOB], 200],
            ['GET /api/dailyjobs/{rawId}/documentation', [`${D1}|42|1|OTHER`], 200],
        ])
        await sim.clearRequests()
        expect(await sim.requestCounts()).toEqual({ total: 0, byRoute: {}, byJob: {} })
    })
})
