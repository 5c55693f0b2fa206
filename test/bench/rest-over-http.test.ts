// REST over real HTTPS: scripts running in the bench call the OpCon simulator
// (a separate process) through RESTMessageV2, and both sides are checked:
// what the script saw, what the bench logged, what the simulator received
// and what it did.
import { BENCH_APP } from './support/fixtures'
import { unusedPort } from './support/ports'
import { startOpConSim, type OpConSim } from '../opcon-sim/client'
import { Instance } from './instance'
import { closeSyncHttp } from './sync-http'

const APP_DIR = BENCH_APP
const ECHO_CLIENT = 'x_bench/bench-fixture/0.1.0/src/server/echo-client.ts'
const TOKEN = 'tok-bench-1'
const FAILED_JOB = '20240305|42|1|GENP001'

interface Outcome {
    status: number
    body: string
    error: string
    haveError: boolean
}

type CallVersion = (baseUrl: string) => { status: number; body: string; error: string }

let sim: OpConSim
let instance: Instance

beforeAll(async () => {
    sim = await startOpConSim()
})

afterAll(async () => {
    closeSyncHttp()
    await sim?.stop()
})

beforeEach(async () => {
    await sim.reset()
    await sim.addToken(TOKEN, { user: 'ops' })
    instance = Instance.load({ appDir: APP_DIR, trustedCa: [sim.ca ?? ''] })
})

function callVersion(on: Instance, baseUrl: string): ReturnType<CallVersion> {
    const module = on.requireModule(ECHO_CLIENT) as { callVersion: CallVersion }
    return module.callVersion(baseUrl)
}

/** Runs `setup` (statements on `m`) and `m.execute()` as a background script; returns what the script saw. */
function runRest(setup: string, fn = "'Bench Echo', 'postAction'"): Outcome {
    const result = instance.runScript(`
        var m = new sn_ws.RESTMessageV2(${fn});
        ${setup}
        var r = m.execute();
        JSON.stringify({ status: r.getStatusCode(), body: r.getBody(), error: r.getErrorMessage(), haveError: r.haveError() });
    `)
    return JSON.parse(String(result)) as Outcome
}

const js = (value: string): string => JSON.stringify(value)

function postAction(body: string): Outcome {
    return runRest(`
        m.setStringParameterNoEscape('base_url', ${js(sim.url)});
        m.setStringParameterNoEscape('token', ${js(TOKEN)});
        m.setStringParameterNoEscape('body', ${js(body)});
        m.setHttpTimeout(5000);
    `)
}

/** A GET with a hand-built request, as a poller or a reconciling caller would send it. */
function getAsScript(urlPath: string): Outcome {
    return runRest(`
        m.setEndpoint(${js(sim.url)} + ${js(urlPath)});
        m.setHttpMethod('get');
        m.setRequestHeader('Authorization', 'Token ' + ${js(TOKEN)});
        m.setHttpTimeout(5000);
    `, '')
}

const markUnderReview = JSON.stringify({ action: 'markUnderReview', reason: 'INC0010001 accepted', jobs: [{ id: FAILED_JOB }] })


it('the echo-client module calls GET /api/version over HTTPS and gets 200', async () => {
    const result = callVersion(instance, sim.url)

    expect(result).toEqual({ status: 200, body: '{"opConRestApiProductVersion":"21.2.0.0"}', error: '' })
    expect(await sim.requests()).toMatchObject([{ method: 'GET', path: '/api/version', query: '', authorization: null, responseStatus: 200, fault: null }])
    expect(instance.httpLog).toHaveLength(1)
    expect(instance.httpLog[0]).toMatchObject({
        message: 'Bench Echo', fn: 'version', method: 'GET', url: `${sim.url}/api/version`,
        status: 200, error: null, timeoutMs: 5000, responseBody: '{"opConRestApiProductVersion":"21.2.0.0"}',
    })
})

it("posts a job action through 'postAction' as exact JSON with the token header, and the job changes once the action is polled", async () => {
    await sim.seedJob({ id: FAILED_JOB, status: 'Failed' })

    const posted = postAction(markUnderReview)
    expect(posted).toMatchObject({ status: 200, haveError: false, error: '' })
    const action = JSON.parse(posted.body) as { id: number; result: string }
    expect(action).toMatchObject({ action: 'markUnderReview', result: 'submitted', jobs: [{ id: FAILED_JOB }] })

    const [received] = await sim.requests()
    expect(received).toMatchObject({
        method: 'POST', path: '/api/jobactions', authorization: `Token ${TOKEN}`, token: TOKEN,
        contentType: 'application/json', validationErrors: [], responseStatus: 200,
    })
    expect(received.body).toEqual(JSON.parse(markUnderReview))
    expect(instance.httpLog[0]).toMatchObject({ method: 'POST', url: `${sim.url}/api/jobactions`, requestBody: markUnderReview, status: 200 })
    expect(instance.httpLog[0].requestHeaders).toMatchObject({ Authorization: `Token ${TOKEN}`, 'Content-Type': 'application/json' })
    // Accepted is not done: OpCon applies the action when it is first polled.
    expect((await sim.getJob(FAILED_JOB))?.status).toBe('Failed')

    const polled = getAsScript(`/api/jobactions/${action.id}`)
    expect(polled.status).toBe(200)
    expect(JSON.parse(polled.body)).toMatchObject({ id: action.id, result: 'success', jobs: [{ id: FAILED_JOB, result: 'success' }] })
    expect((await sim.getJob(FAILED_JOB))?.status).toBe('Under Review')
    expect(await sim.appliedActions()).toMatchObject([{ actionId: action.id, jobId: FAILED_JOB, action: 'markUnderReview', fromStatus: 'Failed', toStatus: 'Under Review' }])
})

it('an instance that does not trust the certificate gets status 0 and a certificate error; nothing reaches OpCon', async () => {
    const untrusting = Instance.load({ appDir: APP_DIR })
    const result = callVersion(untrusting, sim.url)

    expect(result.status).toBe(0)
    expect(result.body).toBe('')
    expect(result.error).toMatch(/^javax\.net\.ssl\.SSLHandshakeException: .*certificat/i)
    expect(untrusting.httpLog[0]).toMatchObject({ status: 0, error: result.error })
    expect(await sim.requests()).toEqual([])
})

it('a closed port gives status 0, haveError and a connection-refused message', async () => {
    const port = await unusedPort()
    const result = runRest(`m.setStringParameterNoEscape('base_url', 'https://127.0.0.1:${port}');`, "'Bench Echo', 'version'")

    expect(result).toEqual({ status: 0, body: '', haveError: true, error: expect.stringMatching(/^java\.net\.ConnectException: Connection refused/) })
    expect(instance.httpLog[0]).toMatchObject({ status: 0, url: `https://127.0.0.1:${port}/api/version` })
})

it('reset-after: the connection drops (status 0) although OpCon applied the action, so the caller must reconcile', async () => {
    await sim.seedJob({ id: FAILED_JOB, status: 'Failed' })
    await sim.setFaults([{ kind: 'reset-after', method: 'POST', path: '/api/jobactions', times: 1 }])

    const posted = postAction(markUnderReview)
    expect(posted).toEqual({ status: 0, body: '', haveError: true, error: 'java.net.SocketException: Connection reset' })

    expect(await sim.requests()).toMatchObject([{ method: 'POST', path: '/api/jobactions', fault: 'reset-after', responseStatus: null, body: JSON.parse(markUnderReview) }])
    expect((await sim.getJob(FAILED_JOB))?.status).toBe('Under Review')
    expect(await sim.appliedActions()).toMatchObject([{ jobId: FAILED_JOB, action: 'markUnderReview', toStatus: 'Under Review' }])

    // Reconciling: reading the job back shows the action took effect.
    const job = getAsScript(`/api/dailyjobs/${encodeURIComponent(FAILED_JOB)}`)
    expect(job.status).toBe(200)
    expect(JSON.parse(job.body)).toMatchObject({ jobStatus: { description: 'Under Review' } })
})

// Last on purpose: the simulator finishes the delayed request after the bench gave up.
it('a delay fault beyond setHttpTimeout(300) gives status 0 and a read timeout', async () => {
    await sim.setFaults([{ kind: 'delay', delayMs: 1500, path: '/api/version', times: 1 }])

    const result = runRest(`
        m.setStringParameterNoEscape('base_url', ${js(sim.url)});
        m.setHttpTimeout(300);
    `, "'Bench Echo', 'version'")

    expect(result).toEqual({ status: 0, body: '', haveError: true, error: 'java.net.SocketTimeoutException: Read timed out' })
    expect(instance.httpLog[0]).toMatchObject({ timeoutMs: 300, status: 0 })
    expect(instance.httpLog[0].durationMs).toBeLessThan(1500)
    expect(await sim.faults()).toMatchObject([{ kind: 'delay', hits: 1, remaining: 0 }])
})
