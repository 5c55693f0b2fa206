import * as path from 'node:path'
import { Worker } from 'node:worker_threads'
import * as selfsigned from 'selfsigned'
import { loadPackage, type PackageRecord } from './records'
import type { RESTMessageV2 as DeclaredRESTMessageV2 } from '@servicenow/glide/sn_ws'
import { createRestClasses, mapCallDurations, mapTransportFailures, type BenchRESTMessageV2, type HttpLogEntry, type RestDeps } from './rest-message'
import { closeSyncHttp, requestSync } from './sync-http'
import { BENCH_APP } from './support/fixtures'
import { unusedPort } from './support/ports'


interface Echo {
    method: string
    url: string
    headers: Record<string, string>
    rawHeaders: string[]
    body: string
    bodyBase64: string
}

interface Harness {
    deps: RestDeps
    log: HttpLogEntry[]
    warnings: string[]
}

let echoWorker: Worker
let httpBase: string
let httpsBase: string
let closedPortBase: string
let certPem: string
let records: PackageRecord[]

/** A message-level header, which the fixture app does not define, to prove that layer. */
function messageHeader(installed: PackageRecord[]): PackageRecord {
    const message = installed.find((record) => record.table === 'sys_rest_message' && record.fields.name === 'Bench Echo')!
    return {
        table: 'sys_rest_message_headers',
        action: 'INSERT_OR_UPDATE',
        sysId: 'feedfacefeedfacefeedfacefeedface',
        fields: { sys_id: 'feedfacefeedfacefeedfacefeedface', rest_message: message.sysId, name: 'Accept', value: 'application/json' },
        attributes: {},
        file: 'synthetic',
    }
}

function harness(overrides: Partial<RestDeps> = {}): Harness {
    const log: HttpLogEntry[] = []
    const warnings: string[] = []
    const deps: RestDeps = {
        records: (table) => records.filter((record) => record.table === table),
        trustedCa: () => [certPem],
        onRequest: (entry) => log.push(entry),
        warn: (message) => warnings.push(message),
        defaultTimeoutMs: 5000,
        ...overrides,
    }
    return { deps, log, warnings }
}

function echoOf(body: string): Echo {
    return JSON.parse(body) as Echo
}

async function startEcho(cert: { private: string; cert: string }): Promise<Worker> {
    const worker = new Worker(path.join(__dirname, 'support', 'echo-server.cjs'), { workerData: { key: cert.private, cert: cert.cert } })
    const ports = await new Promise<{ httpPort: number; httpsPort: number }>((resolve, reject) => {
        worker.once('message', (msg: { type: string; httpPort: number; httpsPort: number; message?: string }) =>
            msg.type === 'listening' ? resolve(msg) : reject(new Error(msg.message)))
        worker.once('error', reject)
    })
    httpBase = `http://127.0.0.1:${ports.httpPort}`
    httpsBase = `https://127.0.0.1:${ports.httpsPort}`
    return worker
}

beforeAll(async () => {
    const installed = loadPackage(BENCH_APP).records
    records = [...installed, messageHeader(installed)]
    const cert = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
        keyType: 'ec',
        algorithm: 'sha256',
        extensions: [
            { name: 'basicConstraints', cA: false },
            { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
        ],
    })
    certPem = cert.cert
    echoWorker = await startEcho(cert)
    closedPortBase = `http://127.0.0.1:${await unusedPort()}`
})

afterAll(async () => {
    closeSyncHttp()
    await echoWorker?.terminate()
})

describe('request building from the installed records', () => {
    it('substitutes variables into the endpoint and layers message, function and override headers', () => {
        const { deps, log } = harness()
        const { RESTMessageV2 } = createRestClasses(deps)
        const m = new RESTMessageV2('Bench Echo', 'getSchedules')
        m.setStringParameterNoEscape('base_url', httpBase)
        m.setStringParameterNoEscape('token', 'abc&123')
        m.setStringParameterNoEscape('name', 'x')
        m.setStringParameterNoEscape('date', 'y')
        m.setMIDServer('mid01')
        const r = m.execute()
        const echo = echoOf(r.getBody())

        expect(r.getStatusCode()).toBe(200)
        expect(r.haveError()).toBe(false)
        expect(r.getErrorCode()).toBe(0)
        expect(echo.method).toBe('GET')
        expect(echo.url).toBe('/api/dailyschedules?name=x&dates=y')
        expect(echo.headers.authorization).toBe('Token abc&123')
        expect(echo.headers.accept).toBe('application/json')
        expect(log).toHaveLength(1)
        expect(log[0]).toMatchObject({
            seq: 1, message: 'Bench Echo', fn: 'getSchedules', method: 'GET', midServer: 'mid01',
            url: `${httpBase}/api/dailyschedules?name=x&dates=y`, status: 200, error: null, timeoutMs: 5000,
        })
    })

    it('encodes query parameters from param_defs and setQueryParameter', () => {
        const { deps } = harness()
        const { RESTMessageV2 } = createRestClasses(deps)
        const m = new RESTMessageV2('Bench Echo', 'getSchedules')
        m.setStringParameterNoEscape('base_url', httpBase)
        m.setStringParameterNoEscape('token', 't')
        m.setStringParameterNoEscape('name', 'Daily Job|Ünïcode ✓')
        m.setStringParameterNoEscape('date', '2024-01-31')
        m.setQueryParameter('extra key', 'a=b&c')
        const echo = echoOf(m.execute().getBody())
        const query = echo.url.slice(echo.url.indexOf('?') + 1)

        expect(query).toBe('name=Daily%20Job%7C%C3%9Cn%C3%AFcode%20%E2%9C%93&dates=2024-01-31&extra%20key=a%3Db%26c')
        expect([...new URLSearchParams(query)]).toEqual([
            ['name', 'Daily Job|Ünïcode ✓'], ['dates', '2024-01-31'], ['extra key', 'a=b&c'],
        ])
    })

    it('XML-escapes setStringParameter values but passes NoEscape values byte-exact', () => {
        const json = JSON.stringify({ note: 'a & b <c> "q" \'s\' back\\slash', emoji: 'Zürich ✓ 😀' })
        const send = (escape: boolean): Echo => {
            const { RESTMessageV2 } = createRestClasses(harness().deps)
            const m = new RESTMessageV2('Bench Echo', 'postAction')
            m.setStringParameterNoEscape('base_url', httpBase)
            m.setStringParameterNoEscape('token', 't')
            if (escape) m.setStringParameter('body', json)
            else m.setStringParameterNoEscape('body', json)
            return echoOf(m.execute().getBody())
        }

        const intact = send(false)
        expect(intact.method).toBe('POST')
        expect(intact.headers['content-type']).toBe('application/json')
        expect(Buffer.from(intact.bodyBase64, 'base64').equals(Buffer.from(json, 'utf8'))).toBe(true)
        expect(JSON.parse(intact.body)).toEqual(JSON.parse(json))

        const escaped = send(true).body
        expect(escaped).toBe(json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'))
        expect(escaped).toContain('a &amp; b &lt;c&gt; \\&quot;q\\&quot; &apos;s&apos;')
        expect(() => JSON.parse(escaped)).toThrow()
    })

    it('lets setRequestBody, setRequestHeader (any case), setEndpoint and setHttpMethod override the records', () => {
        const { deps } = harness()
        const { RESTMessageV2 } = createRestClasses(deps)
        const m = new RESTMessageV2('x_bench.Bench Echo', 'postAction')
        m.setStringParameterNoEscape('base_url', httpBase)
        m.setStringParameterNoEscape('token', 't')
        m.setEndpoint('${base_url}/api/other')
        m.setHttpMethod('PUT')
        m.setRequestBody('plain ${body} text')
        m.setRequestHeader('content-TYPE', 'text/plain')
        m.setBasicAuth('user', 'pä ss')

        expect(m.getRequestBody()).toBe('plain ${body} text')
        expect(m.getRequestHeader('Content-Type')).toBe('text/plain')
        expect(m.getEndpoint()).toBe(`${httpBase}/api/other`)
        const echo = echoOf(m.execute().getBody())
        expect(echo.method).toBe('PUT')
        expect(echo.url).toBe('/api/other')
        expect(echo.body).toBe('plain ${body} text')
        expect(echo.rawHeaders.filter((h) => h.toLowerCase() === 'content-type')).toHaveLength(1)
        expect(echo.headers['content-type']).toBe('text/plain')
        expect(echo.headers.authorization).toBe(`Basic ${Buffer.from('user:pä ss').toString('base64')}`)
    })

    it('warns about a ${var} that was never set, naming it but not any values', () => {
        const { deps, warnings } = harness()
        const { RESTMessageV2 } = createRestClasses(deps)
        const m = new RESTMessageV2('Bench Echo', 'getSchedules')
        m.setStringParameterNoEscape('base_url', httpBase)
        m.setStringParameterNoEscape('token', 'secret-token')
        m.setStringParameterNoEscape('name', 'n')
        const echo = echoOf(m.execute().getBody())

        expect(echo.url).toBe('/api/dailyschedules?name=n&dates=%24%7Bdate%7D')
        expect(warnings).toHaveLength(1)
        expect(warnings[0]).toMatch(/Bench Echo/)
        expect(warnings[0]).toMatch(/getSchedules/)
        expect(warnings[0]).toMatch(/\$\{date\}/)
        expect(warnings[0]).not.toMatch(/secret-token/)
    })

    it('throws for an unknown message or function, naming it', () => {
        const { RESTMessageV2 } = createRestClasses(harness().deps)
        expect(() => new RESTMessageV2('No Such Message', 'version')).toThrow(/No Such Message/)
        expect(() => new RESTMessageV2('Bench Echo', 'noSuchFn')).toThrow(/noSuchFn/)
    })
})

describe('responses', () => {
    it('exposes headers case-insensitively, all header lines and cookies', () => {
        const { RESTMessageV2 } = createRestClasses(harness().deps)
        const m = new RESTMessageV2('Bench Echo', 'version')
        m.setStringParameterNoEscape('base_url', httpBase)
        const r = m.execute()

        expect(r.getHeader('x-ECHO')).toBe('yes')
        expect(r.getHeader('missing')).toBeNull()
        expect(r.getAllHeaders()).toEqual(expect.arrayContaining([{ name: 'X-Echo', value: 'yes' }]))
        expect(r.getCookies()).toEqual(['a=1; Path=/', 'b=2; Path=/'])
        expect(r.getErrorMessage()).toBe('')
    })

    it('reports HTTP 404 as an error with the platform message (KB2572231; the error code being the status is assumed)', () => {
        const { RESTMessageV2 } = createRestClasses(harness().deps)
        const m = new RESTMessageV2('Bench Echo', 'version')
        m.setEndpoint(`${httpBase}/status/404`)
        const r = m.execute()

        expect(r.getStatusCode()).toBe(404)
        expect(r.haveError()).toBe(true)
        expect(r.getErrorMessage()).toBe('Method failed: (/status/404) with code: 404')
        expect(r.getErrorCode()).toBe(404)
    })

    it('speaks HTTPS to a server whose certificate the bench trusts', () => {
        const { RESTMessageV2 } = createRestClasses(harness().deps)
        const m = new RESTMessageV2('Bench Echo', 'version')
        m.setStringParameterNoEscape('base_url', httpsBase)
        const r = m.execute()
        expect(r.getStatusCode()).toBe(200)
        expect(echoOf(r.getBody()).url).toBe('/api/version')
    })
})

describe('transport failures give status 0 and a platform-style error', () => {
    const failWith = (base: string, deps: RestDeps, timeoutMs?: number) => {
        const { RESTMessageV2 } = createRestClasses(deps)
        const m = new RESTMessageV2('Bench Echo', 'version')
        m.setEndpoint(base)
        if (timeoutMs) m.setHttpTimeout(timeoutMs)
        return m.execute()
    }

    it.each([
        ['refused connection (the JDK text, assumed unwrapped)', () => closedPortBase, /^java\.net\.ConnectException: Connection refused/],
        ['reset connection', () => `${httpBase}/reset`, /^java\.net\.SocketException: Connection reset/],
    ])('%s', (_label, base, error) => {
        const { deps, log } = harness()
        const r = failWith(base(), deps)
        expect(r.getStatusCode()).toBe(0)
        expect(r.haveError()).toBe(true)
        expect(r.getErrorCode()).toBe(1)
        expect(r.getErrorMessage()).toMatch(error)
        expect(log[0]).toMatchObject({ status: 0, error: r.getErrorMessage() })
    })

    it('read timeout after setHttpTimeout', () => {
        const { deps, log } = harness()
        const r = failWith(`${httpBase}/slow?ms=3000`, deps, 300)
        expect(r.getStatusCode()).toBe(0)
        expect(r.getErrorMessage()).toBe('java.net.SocketTimeoutException: Read timed out')
        expect(log[0].timeoutMs).toBe(300)
        expect(log[0].durationMs).toBeLessThan(2000)
    })

    it('untrusted TLS certificate: the JVM\'s handshake text (assumed; the instance says "Session contains no certificates", KB3067060)', () => {
        const { deps } = harness({ trustedCa: () => [] })
        const r = failWith(`${httpsBase}/api/version`, deps)
        expect(r.getStatusCode()).toBe(0)
        expect(r.getErrorMessage()).toMatch(/^javax\.net\.ssl\.SSLHandshakeException: /)
    })
})

// Compile-time (npm run typecheck): setFollowRedirect takes what the platform's declaration allows.
const _followRedirectConforms: Parameters<DeclaredRESTMessageV2['setFollowRedirect']> extends Parameters<BenchRESTMessageV2['setFollowRedirect']> ? true : never = true

describe('redirects', () => {
    const redirectTo = (target: string, status = 302): string => `${httpBase}/redirect?status=${status}&to=${encodeURIComponent(target)}`
    const message = (fn: string, endpoint: string, deps: RestDeps) => {
        const { RESTMessageV2 } = createRestClasses(deps)
        const m = new RESTMessageV2('Bench Echo', fn)
        m.setStringParameterNoEscape('base_url', httpBase)
        m.setStringParameterNoEscape('token', 'secret-token')
        m.setStringParameterNoEscape('body', '{"a":1}')
        m.setStringParameterNoEscape('name', 'n')
        m.setStringParameterNoEscape('date', 'd')
        m.setEndpoint(endpoint)
        return m
    }
    const QUERY = '&name=n&dates=d'

    it('are followed by default (assumed: RESTMessageV2\'s page does not say), every header going along, the Authorization header included (as Apache HttpClient 4.5\'s RedirectExec)', () => {
        const { deps, log } = harness()
        const r = message('getSchedules', redirectTo(`${httpsBase}/elsewhere?x=1`), deps).execute()
        expect(r.getStatusCode()).toBe(200)
        const echo = echoOf(r.getBody())
        expect(echo).toMatchObject({ method: 'GET', url: '/elsewhere?x=1' })
        expect(echo.headers.authorization).toBe('Token secret-token')
        expect(log.map((entry) => [entry.status, entry.url])).toEqual([[302, redirectTo(`${httpsBase}/elsewhere?x=1`) + QUERY], [200, `${httpsBase}/elsewhere?x=1`]])
    })

    it.each([
        [302, 'GET', ''], [303, 'GET', ''], [301, 'GET', ''], [307, 'POST', '{"a":1}'], [308, 'POST', '{"a":1}'],
    ])('a POST answered %i goes on as %s (assumed: every method is followed, as LaxRedirectStrategy does)', (status, method, body) => {
        const r = message('postAction', redirectTo('/target', status), harness().deps).execute()
        expect(echoOf(r.getBody())).toMatchObject({ method, url: '/target', body })
        expect(echoOf(r.getBody()).headers.authorization).toBe('Token secret-token')
    })

    it('setFollowRedirect(false) answers the 3xx itself: nothing is sent to the target', () => {
        const { deps, log } = harness()
        const m = message('getSchedules', redirectTo(`${httpsBase}/elsewhere`), deps)
        m.setFollowRedirect(false)
        const r = m.execute()
        expect([r.getStatusCode(), r.haveError(), r.getErrorMessage()]).toEqual([302, false, ''])
        expect(r.getHeader('location')).toBe(`${httpsBase}/elsewhere`)
        expect(log.map((entry) => entry.url)).toEqual([redirectTo(`${httpsBase}/elsewhere`) + QUERY])
    })

    it('setFollowRedirect(true) follows again; a redirect loop ends after 50 hops with HttpClient\'s RedirectException', () => {
        const { deps, log } = harness()
        const m = message('version', `${httpBase}/redirect`, deps)
        m.setFollowRedirect(false)
        m.setFollowRedirect(true)
        const r = m.execute()
        expect([r.getStatusCode(), r.getErrorMessage()]).toEqual([0, 'org.apache.http.client.RedirectException: Maximum redirects (50) exceeded'])
        expect(log).toHaveLength(51)
    })
})

describe('bench option: mapTransportFailures (texts a local socket cannot provoke)', () => {
    const call = (base: string, method = 'GET') => {
        const { RESTMessageV2 } = createRestClasses(harness().deps)
        const m = new RESTMessageV2('Bench Echo', 'version')
        m.setEndpoint(base)
        m.setHttpMethod(method)
        return m.execute()
    }
    // Apache HttpClient 4.5 RetryExec: NoHttpResponseException("<host:port> failed to respond").
    const APACHE = 'org.apache.http.NoHttpResponseException: 127.0.0.1 failed to respond'

    it('leaves the bench\'s own Java text alone when no rule matches, and only changes the text', () => {
        const undo = mapTransportFailures([{ kind: 'reset', method: 'POST', text: APACHE }, { kind: 'refused', text: 'never used' }])
        try {
            expect(call(`${httpBase}/reset`).getErrorMessage()).toBe('java.net.SocketException: Connection reset')
            const mapped = call(`${httpBase}/reset`, 'POST')
            expect(mapped.getErrorMessage()).toBe(APACHE)
            expect([mapped.getStatusCode(), mapped.haveError(), mapped.getErrorCode()]).toEqual([0, true, 1])
        } finally {
            undo()
        }
        expect(call(`${httpBase}/reset`, 'POST').getErrorMessage()).toBe('java.net.SocketException: Connection reset')
    })

    it('honours times and urlPrefix; the newest rules come first', () => {
        const undo = mapTransportFailures([
            { kind: 'reset', urlPrefix: `${httpBase}/reset`, text: 'first', times: 1 },
            { kind: 'reset', urlPrefix: 'http://elsewhere.example', text: 'other host' },
        ])
        const later = mapTransportFailures([{ kind: 'reset', text: 'second' }])
        try {
            expect(call(`${httpBase}/reset`).getErrorMessage()).toBe('second')
            later()
            expect(call(`${httpBase}/reset`).getErrorMessage()).toBe('first')
            expect(call(`${httpBase}/reset`).getErrorMessage()).toBe('java.net.SocketException: Connection reset')
        } finally {
            undo()
        }
    })
})

describe('bench option: mapCallDurations (a slow server on the instance\'s clock)', () => {
    let clock = 0
    const call = (base: string, timeoutMs: number) => {
        const { RESTMessageV2 } = createRestClasses(harness({ now: () => clock, advance: (ms) => { clock += ms } }).deps)
        const m = new RESTMessageV2('Bench Echo', 'version')
        m.setEndpoint(base)
        m.setHttpTimeout(timeoutMs)
        return m.execute()
    }

    it('a call shorter than its timeout answers as the server did, the clock moved by its duration; otherwise a read timeout after the timeout', () => {
        clock = 0
        const undo = mapCallDurations([{ urlPrefix: `${httpBase}/slow`, ms: 20_000 }])
        try {
            const slow = call(`${httpBase}/slow`, 30_000)
            expect([slow.getStatusCode(), echoOf(slow.getBody()).url, clock]).toEqual([200, '/slow', 20_000])
            const late = call(`${httpBase}/slow`, 10_000)
            expect([late.getStatusCode(), late.haveError(), late.getErrorMessage(), clock]).toEqual([0, true, 'java.net.SocketTimeoutException: Read timed out', 30_000])
            call(`${httpBase}/fast`, 10_000)
            expect(clock).toBe(30_000)
        } finally {
            undo()
        }
        call(`${httpBase}/slow`, 30_000)
        expect(clock).toBe(30_000)
    })

    it('honours times; a negative duration is refused', () => {
        clock = 0
        const undo = mapCallDurations([{ ms: 5_000, times: 1 }])
        try {
            call(`${httpBase}/a`, 30_000)
            call(`${httpBase}/b`, 30_000)
            expect(clock).toBe(5_000)
        } finally {
            undo()
        }
        expect(() => mapCallDurations([{ ms: -1 }])).toThrow(/non-negative/)
    })
})

describe('sync-http worker', () => {
    it('starts a fresh worker after closeSyncHttp', () => {
        closeSyncHttp()
        const res = requestSync({ method: 'GET', url: `${httpBase}/again`, headers: {}, timeoutMs: 2000 })
        expect(res.status).toBe(200)
        expect(echoOf(res.body).url).toBe('/again')
    })
})
