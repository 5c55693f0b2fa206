// Every way a call to OpCon can go wrong gives its own actionable error
// value: nothing throws, nothing is sent where it must not be, and the token
// appears in no log, message, error or stored record.
import { mapTransportFailures } from '../bench/rest-message'
import { unusedPort } from '../bench/support/ports'
import { createOpConAlias, everythingVisible, SERVER_NAME, useConnector, TOKEN, type Connector, type OpConResult } from './support/connector'

let c: Connector
const JOB = '20191220|123|1|GENP001'
const outcomes = new Map<string, OpConResult>()

const connector = useConnector()

beforeAll(async () => {
    c = connector()
    await c.sim.seedJob({ id: JOB, status: 'Failed' })
})

beforeEach(async () => {
    await c.sim.clearRequests()
})

/** Registers a server row as an import with business rules off would (so the form's validation does not stop it). */
/** A server row as an import would write it; api_token and mid_server go on its alias's connection. */
function importServer(withToken: Record<string, unknown>): string {
    const { api_token: token, mid_server: midServer, ...values } = withToken
    if (typeof token === 'string') {
        values.connection_alias = createOpConAlias(c.instance, { name: String(values.name), url: String(values.base_url), token, midServer: midServer === undefined ? undefined : String(midServer) })
    }
    const id = c.instance.runScript(`
        var gr = new GlideRecord('x_opcon_server');
        gr.initialize();
        gr.setWorkflow(false);
        var values = ${JSON.stringify(values)};
        for (var key in values) gr.setValue(key, values[key]);
        gr.insert();
    `)
    return String(id)
}

function call(fn: () => OpConResult): OpConResult {
    let result: OpConResult | undefined
    expect(() => { result = fn() }).not.toThrow()
    expect(result!.ok).toBe(false)
    expect(result!.error!.message.length).toBeGreaterThan(40)
    return result!
}

describe('refused before any request', () => {
    test('an unregistered address', async () => {
        const result = call(() => c.api().getDailyJob('opcon.elsewhere.example:9010', JOB))
        expect(result.error).toMatchObject({ code: 'unregistered_server', retryable: false })
        expect(result.error!.message).toContain('opcon.elsewhere.example:9010')
        expect(result.error!.message).toMatch(/OpCon Connector > Servers/)
        outcomes.set('unregistered', result)
        expect(await c.sim.requests()).toHaveLength(0)
    })

    test('an inactive server', async () => {
        importServer({ name: 'opcon-retired', address: 'retired.example:9010', base_url: c.sim.url, api_token: TOKEN, active: false })
        const result = call(() => c.api().updateJobStatusById('retired.example:9010', JOB, 'markFixed', 'r'))
        expect(result.error!.code).toBe('inactive_server')
        expect(result.error!.message).toContain('opcon-retired')
        outcomes.set('inactive', result)
        expect(await c.sim.requests()).toHaveLength(0)
    })

    test('a plain http base URL that the row does not allow', async () => {
        importServer({ name: 'opcon-plain', address: 'plain.example:9010', base_url: c.sim.url.replace('https:', 'http:'), api_token: TOKEN, active: true, allow_http: false })
        const result = call(() => c.api().getDailyJob('plain.example:9010', JOB))
        expect(result.error!.code).toBe('insecure_url')
        expect(result.error!.message).toMatch(/unencrypted/)
        outcomes.set('http', result)
        expect(await c.sim.requests()).toHaveLength(0)
    })

    test('a server without a token', async () => {
        importServer({ name: 'opcon-notoken', address: 'notoken.example:9010', base_url: c.sim.url, active: true })
        const result = call(() => c.api().getDailyJob('notoken.example:9010', JOB))
        expect(result.error!.code).toBe('missing_token')
        expect(result.error!.message).toMatch(/Solution Manager/)
        outcomes.set('no token', result)
        expect(await c.sim.requests()).toHaveLength(0)
    })

    test('bad arguments: unknown action, empty job id, impossible date, non-numeric result id', async () => {
        const api = c.api()
        expect(call(() => api.updateJobStatusById(c.sim.address, JOB, 'explode', 'r')).error!.message).toMatch(/"explode" is not an OpCon job action/)
        expect(call(() => api.getDailyJob(c.sim.address, '  ')).error!.code).toBe('invalid_argument')
        expect(call(() => api.buildSchedule(c.sim.address, 'NIGHTLY', ['2026-02-30'])).error!.message).toMatch(/2026-02-30/)
        expect(call(() => api.getJobActionResult(c.sim.address, '12/../3')).error!.code).toBe('invalid_argument')
        expect(call(() => api.addJobToScheduleInDaily(c.sim.address, '20261123|77', 'JOB', 'Daily')).error!.message).toMatch(/daily schedule id/)
        expect(call(() => api.addJobToScheduleInDaily(c.sim.address, '20261123|77|1', 'JOB', 'Daily', { MODE: 'full' })).error)
            .toMatchObject({ code: 'invalid_argument', retryable: false, message: expect.stringMatching(/OpCon 21\.2 cannot take instance properties .*job JOB was not added with MODE\. Add it without them/) })
        outcomes.set('bad argument', call(() => api.getDailyJob(c.sim.address, '')))
        expect(await c.sim.requests()).toHaveLength(0)
    })

    // Issue 10: every argument is checked as the rule path checks a correlation id, before any lookup or request.
    const invalid = (result: OpConResult, words: RegExp) => {
        expect(result.error).toMatchObject({ code: 'invalid_argument', retryable: false, ambiguous: false })
        expect(result.error!.message).toMatch(words)
        // Echoed values show control characters escaped, never raw.
        expect(result.error!.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
    }

    test.each([
        ['no port', 'opcon.example.com'],
        ['a URL instead of host:port', 'https://opcon.example.com:9010'],
        ['a space before it', ' opcon.example.com:9010'],
        ['a port out of range', 'opcon.example.com:99999'],
        ['a control character', 'opcon.example\u0000.com:9010'],
        ['a number instead of text', 9010],
        ['nothing', null],
    ])('an address with %s is an invalid argument for reads and actions alike, and nothing is sent', async (_, address) => {
        invalid(call(() => c.api().getDailyJob(address, JOB)), /OpCon address .*host.*port/)
        invalid(call(() => c.api().updateJobStatusById(address, JOB, 'markFixed', 'r')), /OpCon address .*host.*port/)
        invalid(call(() => c.api().buildSchedule(address, 'NIGHTLY', ['2026-11-23'])), /OpCon address .*host.*port/)
        expect(await c.sim.requests()).toHaveLength(0)
    })

    test.each([
        ['"." as the job name', '20191220|123|1|.'],
        ['".." as the job name', '20191220|123|1|..'],
        ['".." as a part of the job name', '20191220|123|1|A|..|B'],
        ['an empty part in the job name', '20191220|123|1|A||B'],
        ['an empty schedule id', '20191220||1|GENP001'],
        ['a control character', '20191220|123|1|GENP\u0007001'],
        ['a line break', '20191220|123|1|GENP001\nX'],
        ['no schedule parts', 'GENP001'],
        ['an impossible date', '20191320|123|1|GENP001'],
        ['a space before the job name', '20191220|123|1| GENP001'],
    ])('a daily job id with %s is an invalid argument before any request', async (_, id) => {
        invalid(call(() => c.api().getDailyJob(c.sim.address, id)), /^Daily job id ".*"[^;]*; give the job as yyyyMMdd\|schedule id\|instance\|job name/)
        invalid(call(() => c.api().updateJobStatusById(c.sim.address, id, 'markFixed', 'r')), /^Daily job id /)
        expect(await c.sim.requests()).toHaveLength(0)
    })

    test('schedule names, dates, daily schedule ids, job names, frequencies, reasons and options are checked too', async () => {
        const api = c.api()
        const address = c.sim.address
        for (const name of [' NIGHTLY', 'NIGHT\u0000LY', '', null]) {
            invalid(call(() => api.buildSchedule(address, name, ['2026-11-23'])), /schedule name/)
            invalid(call(() => api.getDailyScheduleByNameAndDate(address, name, '2026-11-23')), /schedule name/)
        }
        for (const dates of [['2026-11-23', 'tomorrow'], '26-11-23', [], [20261123], null]) {
            invalid(call(() => api.buildSchedule(address, 'NIGHTLY', dates)), /date/)
        }
        invalid(call(() => api.getDailyScheduleByNameAndDate(address, 'NIGHTLY', '2026-02-30')), /2026-02-30/)
        for (const dailyId of ['20261399|88|1', '20261123|88', '20261123|88|1|JOB', ' 20261123|88|1']) {
            invalid(call(() => api.addJobToScheduleInDaily(address, dailyId, 'JOB', 'OnRequest', null)), /daily schedule id/)
        }
        for (const jobName of ['..', ' LOAD', 'LO\u0000AD', '']) {
            invalid(call(() => api.addJobToScheduleInDaily(address, '20261123|88|1', jobName, 'OnRequest', null)), /job name/)
        }
        invalid(call(() => api.addJobToScheduleInDaily(address, '20261123|88|1', 'LOAD', 'On\u0007Request', null)), /frequency/)
        invalid(call(() => api.updateJobStatusById(address, JOB, 'markFixed', 'why\u0000not')), /reason/)
        invalid(call(() => api.buildSchedule(address, 'NIGHTLY', ['2026-11-23'], { overwrite: 'yes' })), /overwrite/)
        invalid(call(() => api.buildSchedule(address, 'NIGHTLY', ['2026-11-23'], { hold: 1 })), /hold/)
        invalid(call(() => api.buildSchedule(address, 'NIGHTLY', ['2026-11-23'], { namedInstance: ' x' })), /named instance/)
        invalid(call(() => api.updateJobStatusById(address, JOB, 'markFixed', 'r', { waitForResult: 'yes' })), /waitForResult/)
        for (const id of ['12/../3', '-1', '1e3', '', 1.5]) invalid(call(() => api.getJobActionResult(address, id)), /job action id/)
        expect(await c.sim.requests()).toHaveLength(0)
    })
})

describe('what OpCon or the network answers', () => {
    test('401: the token is refused', async () => {
        importServer({ name: 'opcon-badtoken', address: 'badtoken.example:9010', base_url: c.sim.url, api_token: 'not-a-valid-token', active: true })
        const result = call(() => c.api().getDailyJob('badtoken.example:9010', JOB))
        expect(result).toMatchObject({ status: 401, error: { code: 'unauthorized', retryable: false } })
        expect(result.error!.message).toMatch(/opcon-badtoken.*refused the API token.*new external token/)
        outcomes.set('401', result)
    })

    test('404: the job is not in the daily tables', () => {
        const result = call(() => c.api().getDailyJob(c.sim.address, '20191220|123|1|NOPE'))
        expect(result).toMatchObject({ status: 404, error: { code: 'not_found', retryable: false } })
        expect(result.error!.message).toContain(SERVER_NAME)
        outcomes.set('404', result)
    })

    test('500: retryable, with OpCon\'s words', async () => {
        await c.sim.setFaults([{ kind: 'status', status: 500, path: '/api/dailyjobs', body: { code: 500, message: 'Database deadlock' } }])
        const result = call(() => c.api().getDailyJob(c.sim.address, JOB))
        expect(result).toMatchObject({ status: 500, error: { code: 'server_error', retryable: true, ambiguous: false, opconMessage: 'Database deadlock' } })
        outcomes.set('500', result)
    })

    test('a POST that fails with 500 may have been applied: ambiguous', async () => {
        await c.sim.setFaults([{ kind: 'status', status: 500, method: 'POST', path: '/api/jobactions' }])
        const result = call(() => c.api().updateJobStatusById(c.sim.address, JOB, 'markUnderReview', 'r'))
        expect(result.error).toMatchObject({ code: 'server_error', retryable: true, ambiguous: true })
    })

    test('timeout', async () => {
        c.instance.setProperty('x_opcon.http_timeout_ms', '1000')
        await c.sim.setFaults([{ kind: 'delay', delayMs: 2500, path: '/api/dailyjobs' }])
        const result = call(() => c.api().getDailyJob(c.sim.address, JOB))
        expect(result).toMatchObject({ status: 0, error: { code: 'timeout', retryable: true } })
        expect(result.error!.message).toMatch(/did not answer in time.*x_opcon.http_timeout_ms/)
        outcomes.set('timeout', result)
    })

    test('a timeout through a MID server says the instance waits about 30 s there, whatever x_opcon.http_timeout_ms says', async () => {
        importServer({ name: 'opcon-via-mid', address: 'via-mid.example:9010', base_url: c.sim.url, api_token: TOKEN, active: true, mid_server: 'mid-dc1' })
        c.instance.setProperty('x_opcon.http_timeout_ms', '1000')
        await c.sim.setFaults([{ kind: 'delay', delayMs: 2500, path: '/api/' }])
        // The platform's words when the ECC queue wait runs out (ServiceNow KB0744311).
        const undo = mapTransportFailures([{ kind: 'timeout', urlPrefix: c.sim.url, text: 'com.glide.ecc.ECCResponseTimeoutException: No response for ECC message request with sysid=6f2a0c3e1b7d4e5f8a9b0c1d2e3f4a5b after waiting for 30 seconds in ECC Queue' }])
        try {
            const posted = call(() => c.api().updateJobStatusById('via-mid.example:9010', JOB, 'markUnderReview', 'r'))
            expect(posted).toMatchObject({ status: 0, error: { code: 'timeout', retryable: true, ambiguous: true } })
            expect(posted.error!.message).toMatch(/opcon-via-mid .*did not answer in time .*ECCResponseTimeoutException.*Through MID server mid-dc1 the instance waits at most about 30 s .*KB0744311.*may still deliver the request later/)
            expect(c.instance.httpLog.at(-1)).toMatchObject({ midServer: 'mid-dc1', timeoutMs: 1000 })
        } finally {
            undo()
        }
    })

    test('connection reset', async () => {
        await c.sim.setFaults([{ kind: 'reset-before', path: '/api/dailyjobs' }])
        const result = call(() => c.api().getDailyJob(c.sim.address, JOB))
        expect(result).toMatchObject({ status: 0, error: { code: 'connection_reset', retryable: true, ambiguous: false } })
        outcomes.set('reset', result)
    })

    test('a reset after OpCon applied a POST is ambiguous', async () => {
        await c.sim.setFaults([{ kind: 'reset-after', method: 'POST', path: '/api/jobactions' }])
        const result = call(() => c.api().updateJobStatusById(c.sim.address, JOB, 'markUnderReview', 'r'))
        expect(result.error).toMatchObject({ code: 'connection_reset', ambiguous: true })
        expect(result.error!.message).toMatch(/may already have been applied/)
    })

    test('a redirect (the base URL leads to a proxy or login page) is not followed: the token goes nowhere else', async () => {
        // Another host name for the same simulator, so anything sent there shows in its request log.
        const target = `${c.sim.url.replace('127.0.0.1', 'localhost')}/login?next=%2Fapi`
        await c.sim.setFaults([{ kind: 'status', status: 302, path: '/api/', headers: { Location: target }, body: '<html>Sign in</html>' }])
        const read = call(() => c.api().getDailyJob(c.sim.address, JOB))
        expect(read).toMatchObject({ status: 302, error: { code: 'bad_url', retryable: false, ambiguous: false } })
        expect(read.error!.message).toMatch(/opcon-test .*answered HTTP 302, a redirect, .*proxy, a login page or an old address.*correct the base URL/)
        const posted = call(() => c.api().updateJobStatusById(c.sim.address, JOB, 'markUnderReview', 'r'))
        expect(posted.error).toMatchObject({ code: 'bad_url', retryable: false, ambiguous: true })
        expect(JSON.stringify([read, posted])).not.toContain('localhost')
        expect((await c.sim.requests()).map((r) => `${r.method} ${r.path.split('/')[2]} ${r.responseStatus}`)).toEqual(['GET dailyjobs 302', 'POST jobactions 302'])
        outcomes.set('redirect', read)
    })

    test('a transport failure the connector does not recognise is named so; for a POST it may have arrived', async () => {
        await c.sim.setFaults([{ kind: 'reset-before', path: '/api/' }])
        // An invented text: no rule of the connector knows it.
        const undo = mapTransportFailures([{ kind: 'reset', urlPrefix: c.sim.url, text: 'java.io.IOException: a failure nobody has seen yet' }])
        try {
            const read = call(() => c.api().getDailyJob(c.sim.address, JOB))
            expect(read).toMatchObject({ status: 0, error: { code: 'transport_error', retryable: true, ambiguous: false } })
            expect(read.error!.message).toMatch(/opcon-test .*failed in a way the connector does not recognise .*\(java\.io\.IOException: a failure nobody has seen yet\)/)
            const posted = call(() => c.api().updateJobStatusById(c.sim.address, JOB, 'markUnderReview', 'r'))
            expect(posted.error).toMatchObject({ code: 'transport_error', retryable: true, ambiguous: true })
            outcomes.set('unknown transport failure', read)
        } finally {
            undo()
        }
    })

    test('a body that is not JSON', async () => {
        await c.sim.setFaults([{ kind: 'non-json', path: '/api/dailyjobs', body: '<html><body>Proxy login</body></html>' }])
        const result = call(() => c.api().getDailyJob(c.sim.address, JOB))
        expect(result.error!.code).toBe('bad_response')
        expect(result.error!.message).toMatch(/not JSON.*Proxy login.*base URL/)
        outcomes.set('non-JSON', result)
    })

    test('nothing listening at the address', async () => {
        const port = await unusedPort()
        importServer({ name: 'opcon-down', address: `127.0.0.1:${port}`, base_url: `https://127.0.0.1:${port}`, api_token: TOKEN, active: true })
        const result = call(() => c.api().getApiVersion(`127.0.0.1:${port}`))
        expect(result.error).toMatchObject({ code: 'unreachable', retryable: true })
        outcomes.set('unreachable', result)
    })

    test('an action OpCon refuses, when waiting for the result', async () => {
        await c.sim.seedJob({ id: '20191220|123|1|DONE', status: 'Finished OK' })
        const result = call(() => c.api().updateJobStatusById(c.sim.address, '20191220|123|1|DONE', 'markUnderReview', 'r', { waitForResult: true }))
        expect(result.error!.code).toBe('action_failed')
        expect(result.error!.opconMessage).toBeTruthy()
        expect(result.error!.message).toContain(result.error!.opconMessage!)
        outcomes.set('refused action', result)
    })
})

describe('after OpCon accepted an action', () => {
    test('a result read that fails says "still pending" and never invites sending it again', async () => {
        await c.sim.seedJob({ id: '20191220|123|1|PENDING', status: 'Failed' })
        await c.sim.setFaults([{ kind: 'status', status: 500, method: 'GET', path: '/api/jobactions/' }])
        const result = call(() => c.api().updateJobStatusById(c.sim.address, '20191220|123|1|PENDING', 'markFixed', 'r', { waitForResult: true }))
        expect(result.error).toMatchObject({ code: 'still_pending', retryable: false, ambiguous: false })
        expect(result.error!.message).toMatch(/accepted action \d+, but its result could not be read .*HTTP 500.*Do not send it again/)
        expect(result.data).toMatchObject({ action: 'markFixed', result: 'submitted' })
        outcomes.set('result unreadable', result)
    })
})

describe('across all of them', () => {
    test('each failure has its own code', () => {
        const codes = [...outcomes.values()].map((r) => r.error!.code)
        expect(outcomes.size).toBe(16)
        expect(new Set(codes).size).toBe(codes.length)
    })

    test('the token appears in no log, error, message, warning or stored record', () => {
        expect(c.instance.logs.length).toBeGreaterThan(5)
        const visible = everythingVisible(c.instance)
        expect(visible).toContain('opcon-badtoken')
        expect(visible).not.toContain(TOKEN)
        expect(visible).not.toContain('not-a-valid-token')
        expect(JSON.stringify([...outcomes.values()])).not.toContain(TOKEN)
    })
})
