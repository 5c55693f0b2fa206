import { classifyTransportError, interpretAsyncResult, interpretResponse, opconMessageOf, RETRY_AFTER_MAX_SECONDS, retryAfterSeconds } from '../../src/server/opcon/opcon-responses'

const ctx = { serverName: 'opcon-prod', address: 'opcon.example.com:9010', method: 'GET' as const, purpose: 'read daily job 1|2|3|J' }
const post = { ...ctx, method: 'POST' as const, purpose: 'restart job 1|2|3|J' }
const raw = (status: number, body = '', transportError = '') => ({ status, body, transportError })

describe('interpretResponse', () => {
    test('2xx JSON is data; an empty 2xx body is null data', () => {
        expect(interpretResponse(raw(200, '{"a":1}'), ctx)).toEqual({ ok: true, status: 200, data: { a: 1 }, error: null })
        expect(interpretResponse(raw(204), ctx)).toEqual({ ok: true, status: 204, data: null, error: null })
    })

    test.each([
        [401, 'unauthorized', false], [403, 'forbidden', false], [404, 'not_found', false], [409, 'conflict', false],
        [429, 'rate_limited', true], [500, 'server_error', true], [503, 'server_error', true], [400, 'bad_request', false],
    ])('HTTP %i is %s (retryable %s), naming the server and quoting OpCon', (status, code, retryable) => {
        const result = interpretResponse(raw(status, '{"code":1,"message":"Because."}'), ctx)
        expect(result).toMatchObject({ ok: false, status, data: null, error: { code, retryable, opconMessage: 'Because.' } })
        expect(result.error!.message).toContain('OpCon server opcon-prod (opcon.example.com:9010)')
        expect(result.error!.message).toContain('OpCon said: "Because."')
    })

    test('a POST answered 500/502/504 may have been applied; 503 and 429 were not', () => {
        expect(interpretResponse(raw(500), post).error!.ambiguous).toBe(true)
        expect(interpretResponse(raw(504), post).error!.ambiguous).toBe(true)
        expect(interpretResponse(raw(503), post).error!.ambiguous).toBe(false)
        expect(interpretResponse(raw(429), post).error!.ambiguous).toBe(false)
        expect(interpretResponse(raw(500), ctx).error!.ambiguous).toBe(false)
    })

    // Connect-phase failures: the request never left, so even a POST was not sent.
    // Texts: the JVM (java.net.*, javax.net.ssl.*) and Apache HttpClient 4.5 (org.apache.http.conn.*).
    test.each([
        ['java.net.ConnectException: Connection refused (Connection refused)', 'unreachable'],
        ['org.apache.http.conn.HttpHostConnectException: Connect to opcon.example.com:9010 [opcon.example.com/10.0.0.5] failed: Connection refused (Connection refused)', 'unreachable'],
        ['java.net.SocketTimeoutException: connect timed out', 'unreachable'],
        ['org.apache.http.conn.ConnectTimeoutException: Connect to opcon.example.com:9010 [opcon.example.com/10.0.0.5] failed: connect timed out', 'unreachable'],
        ['java.net.ConnectException: Connection timed out (Connection timed out)', 'unreachable'],
        ['java.net.UnknownHostException: opcon.example.com: Name or service not known', 'unreachable'],
        ['java.net.NoRouteToHostException: No route to host (Host unreachable)', 'unreachable'],
        ['java.net.ConnectException: Network is unreachable (connect failed)', 'unreachable'],
        ['javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path to requested target', 'tls'],
        ['javax.net.ssl.SSLPeerUnverifiedException: Certificate for <opcon.example.com> doesn\'t match any of the subject alternative names', 'tls'],
        ['javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake', 'tls'],
        ['javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?', 'tls'],
        ['java.lang.IllegalArgumentException: Invalid uri \'https://opcon.example.com:9010/api/dailyjobs/a b\': Invalid path', 'bad_url'],
    ])('"%s" proves the request was not sent: %s, not ambiguous even for a POST', (text, code) => {
        expect(classifyTransportError(text)).toMatchObject({ code, mayHaveArrived: false })
        const result = interpretResponse(raw(0, '', text), post)
        expect(result.error).toMatchObject({ code, ambiguous: false, retryable: code === 'unreachable' })
        expect(result.error!.message).toContain('opcon-prod (opcon.example.com:9010)')
    })

    // Everything else may have reached OpCon: a POST is ambiguous and is checked before any resend.
    test.each([
        ['java.net.SocketTimeoutException: Read timed out', 'timeout', /did not answer in time/],
        ['com.glide.ecc.ECCResponseTimeoutException: No response for ECC message request with sysid=0a1b2c3d4e5f60718293a4b5c6d7e8f9 after waiting for 30 seconds in ECC Queue', 'timeout', /did not answer in time/],
        ['java.net.SocketException: Connection reset', 'connection_reset', /dropped the connection/],
        ['java.net.SocketException: Broken pipe (Write failed)', 'connection_reset', /dropped the connection/],
        ['java.net.SocketException: Socket closed', 'connection_reset', /dropped the connection/],
        ['javax.net.ssl.SSLException: Connection reset', 'connection_reset', /dropped the connection/],
        ['org.apache.http.NoHttpResponseException: opcon.example.com:9010 failed to respond', 'connection_reset', /closed the connection without answering/],
        ['org.apache.http.ConnectionClosedException: Premature end of Content-Length delimited message body (expected: 1,024; received: 12)', 'connection_reset', /cut its answer off/],
        ['org.apache.http.TruncatedChunkException: Truncated chunk (expected size: 4,096; actual size: 100)', 'connection_reset', /cut its answer off/],
        ['org.apache.http.MalformedChunkCodingException: CRLF expected at end of chunk', 'connection_reset', /cut its answer off/],
        ['java.io.EOFException: Unexpected end of file from server', 'connection_reset', /cut its answer off/],
        ['java.io.IOException: Something nobody has seen before', 'transport_error', /failed in a way the connector does not recognise/],
        ['', 'transport_error', /failed in a way the connector does not recognise while trying to restart job 1\|2\|3\|J \(no answer\)/],
    ])('"%s" may have reached OpCon: %s, and a POST is ambiguous', (text, code, words) => {
        expect(classifyTransportError(text)).toMatchObject({ code, mayHaveArrived: true })
        const result = interpretResponse(raw(0, '', text), post)
        expect(result.error).toMatchObject({ code, ambiguous: true, retryable: true })
        expect(result.error!.message).toMatch(words)
        expect(result.error!.message).toContain(text)
        expect(result.error!.message).toMatch(/may already have been applied; the connector checks the job before sending it again/)
        // A GET changes nothing in OpCon: never ambiguous.
        expect(interpretResponse(raw(0, '', text), ctx).error).toMatchObject({ code, ambiguous: false })
    })

    test('an unknown failure is named as such, with what to do, not passed off as "unreachable"', () => {
        const { message } = interpretResponse(raw(0, '', 'java.io.IOException: Something nobody has seen before'), post).error!
        expect(message).toBe('OpCon server opcon-prod (opcon.example.com:9010) failed in a way the connector does not recognise while trying to restart job 1|2|3|J '
            + '(java.io.IOException: Something nobody has seen before). Check the instance (or MID server) log for this error and the network path to OpCon; '
            + 'if it keeps happening, report the error text to the connector\'s maintainers. The request may already have been applied; the connector checks the job before sending it again.')
    })

    test('through a MID server a timeout says the wait is capped near 30 s, not "raise x_opcon.http_timeout_ms"', () => {
        const text = 'com.glide.ecc.ECCResponseTimeoutException: No response for ECC message request with sysid=0a1b after waiting for 30 seconds in ECC Queue'
        const viaMid = interpretResponse(raw(0, '', text), { ...post, midServer: 'mid-dc1' }).error!.message
        expect(viaMid).toMatch(/Through MID server mid-dc1 the instance waits at most about 30 s .*glide\.http\.outbound\.max_timeout, ServiceNow KB0744311.*whatever x_opcon\.http_timeout_ms says/)
        expect(viaMid).not.toMatch(/raise x_opcon\.http_timeout_ms/)
        expect(interpretResponse(raw(0, '', text), { ...post, midServer: 'mid-dc1', midServerWaitMs: 45_000 }).error!.message).toMatch(/waits at most about 45 s/)
        // With the platform's cap switched off the timeout governs again; the MID server is still named.
        expect(interpretResponse(raw(0, '', text), { ...post, midServer: 'mid-dc1', midServerWaitMs: null }).error!.message)
            .toMatch(/raise x_opcon\.http_timeout_ms .*Check also that MID server mid-dc1 is up/)
        expect(interpretResponse(raw(0, '', 'java.net.SocketTimeoutException: Read timed out'), post).error!.message).toMatch(/raise x_opcon\.http_timeout_ms/)
    })

    test('a URL in the platform\'s text never reaches the message', () => {
        const text = 'org.apache.http.client.CircularRedirectException: Circular redirect to \'https://opcon.example.com:9010/login?next=/api\''
        const { message } = interpretResponse(raw(0, '', text), ctx).error!
        expect(message).toContain("Circular redirect to '<URL>'")
        expect(message).not.toContain('https://')
    })

    test.each([301, 302, 303, 307, 308])('HTTP %i is a base URL to correct (bad_url), not OpCon refusing, and not retried', (status) => {
        const read = interpretResponse(raw(status, '<html>Sign in</html>'), ctx)
        expect(read).toMatchObject({ ok: false, status, error: { code: 'bad_url', retryable: false, ambiguous: false } })
        expect(read.error!.message).toBe(`OpCon server opcon-prod (opcon.example.com:9010) answered HTTP ${status}, a redirect, instead of OpCon's answer while trying to read daily job 1|2|3|J. `
            + 'The base URL points at a proxy, a login page or an old address rather than OpCon\'s REST API: correct the base URL on the server record (OpCon Connector > Servers). '
            + 'The redirect was not followed, so the API token went nowhere else.')
        // Whatever redirected a POST may have passed it on first (303 See Other is the pattern for that).
        expect(interpretResponse(raw(status, ''), post).error).toMatchObject({ code: 'bad_url', retryable: false, ambiguous: true, message: expect.stringMatching(/check the job in OpCon before sending it again\.$/) })
    })

    test('a non-JSON 200 is a bad response; for a POST it may have been applied', () => {
        expect(interpretResponse(raw(200, '<html>login</html>'), ctx).error).toMatchObject({ code: 'bad_response', ambiguous: false })
        expect(interpretResponse(raw(200, '<html>login</html>'), post).error).toMatchObject({ code: 'bad_response', ambiguous: true })
    })

    test('OpCon\'s words come from {message}, ProblemDetails or plain text', () => {
        expect(opconMessageOf('{"title":"One or more validation errors occurred."}')).toBe('One or more validation errors occurred.')
        expect(opconMessageOf('{"errors":{"jobs":["required"]}}')).toBe('jobs: required')
        expect(opconMessageOf('<h1>Bad   Gateway</h1>')).toBe('Bad Gateway')
        expect(opconMessageOf('')).toBe('')
    })

    test('OpCon\'s words are one line of at most 500 characters, and so is a transport text in a message', () => {
        expect(opconMessageOf(JSON.stringify({ message: 'line one\r\nline two\u0000\u001b[31m' }))).toBe('line one line two [31m')
        const long = opconMessageOf(JSON.stringify({ message: 'y'.repeat(5000) }))
        expect(long).toHaveLength(500)
        expect(long.endsWith('…')).toBe(true)
        const transport = interpretResponse({ status: 0, body: '', transportError: `java.io.IOException: odd\nforged line ${'z'.repeat(3000)}` }, ctx).error!.message
        expect(transport).not.toMatch(/[\r\n]/)
        expect(transport).toContain('java.io.IOException: odd forged line')
        expect(transport).not.toMatch(/z{500}/)
    })
})

describe('interpretAsyncResult', () => {
    test('submitted, success, and failed with the per-job message', () => {
        expect(interpretAsyncResult({ id: 5, result: 'submitted', jobs: [{ id: 'x' }] })).toEqual({ outcome: 'submitted', message: '', id: '5' })
        expect(interpretAsyncResult({ id: 5, result: 'success', jobs: [{ id: 'x', result: 'success' }] })).toMatchObject({ outcome: 'success' })
        expect(interpretAsyncResult({ id: 5, result: 'failed', jobs: [{ id: 'x', result: 'failed', message: 'Job is not in a valid status' }] }))
            .toEqual({ outcome: 'failed', message: 'Job is not in a valid status', id: '5' })
    })

    test('a failed item fails the whole action even when the top result says success', () => {
        expect(interpretAsyncResult({ id: 9, result: 'success', scheduleActionItems: [{ id: 'd', result: 'failed', message: 'no such job' }] }))
            .toMatchObject({ outcome: 'failed', message: 'no such job' })
    })

    test('anything but an object is not a result', () => {
        expect(interpretAsyncResult(null)).toBeNull()
        expect(interpretAsyncResult('success')).toBeNull()
    })
})

describe('Retry-After (issue 21)', () => {
    const now = Date.UTC(2026, 11, 7, 20, 0, 0)
    const ctx = { serverName: 'Prod', address: 'opcon.example.com:9010', method: 'POST' as const, purpose: 'restart job X' }

    test('seconds or an HTTP date in any of its three forms, capped at an hour; unreadable is none', () => {
        expect(retryAfterSeconds('2', now)).toBe(2)
        expect(retryAfterSeconds(' 120 ', now)).toBe(120)
        expect(retryAfterSeconds('999999', now)).toBe(RETRY_AFTER_MAX_SECONDS)
        expect(retryAfterSeconds('Mon, 07 Dec 2026 20:00:30 GMT', now)).toBe(30)
        expect(retryAfterSeconds('Monday, 07-Dec-26 20:01:00 GMT', now)).toBe(60)
        expect(retryAfterSeconds('Mon Dec  7 20:00:05 2026', now)).toBe(5)
        expect(retryAfterSeconds('Mon, 07 Dec 2026 19:00:00 GMT', now)).toBe(0)
        expect(retryAfterSeconds('Mon, 07 Dec 2030 19:00:00 GMT', now)).toBe(RETRY_AFTER_MAX_SECONDS)
        for (const junk of ['', '-1', '1.5', 'soon', 'Mon, 07 Foo 2026 20:00:30 GMT', `${'9'.repeat(20)}`]) expect(retryAfterSeconds(junk, now)).toBeNull()
    })

    test('a long or hostile value is read in linear time', () => {
        const started = performance.now()
        retryAfterSeconds(`Mon, ${' '.repeat(100_000)}07 Dec`, now)
        retryAfterSeconds('a'.repeat(100_000), now)
        expect(performance.now() - started).toBeLessThan(50)
    })

    test('a 429 or 503 carries the pause; other answers do not', () => {
        const at = (status: number) => interpretResponse({ status, body: '', transportError: '', retryAfter: '7', receivedAtMs: now }, ctx).error
        expect(at(429)).toMatchObject({ code: 'rate_limited', retryable: true, ambiguous: false, retryAfterSeconds: 7, message: expect.stringContaining('pause of 7 s (Retry-After)') })
        expect(at(503)).toMatchObject({ code: 'server_error', retryable: true, ambiguous: false, retryAfterSeconds: 7 })
        expect(at(500)?.retryAfterSeconds).toBeUndefined()
        expect(interpretResponse({ status: 429, body: '', transportError: '' }, ctx).error?.retryAfterSeconds).toBeUndefined()
    })
})
