import { classifyTransportError, interpretAsyncResult, interpretResponse, opconMessageOf } from '../../src/server/opcon-responses'

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

    test.each([
        ['java.net.SocketTimeoutException: Read timed out', 'timeout', true],
        ['java.net.SocketTimeoutException: connect timed out', 'unreachable', false],
        ['java.net.ConnectException: Connection refused (Connection refused)', 'unreachable', false],
        ['java.net.UnknownHostException: x: Name or service not known', 'unreachable', false],
        ['java.net.SocketException: Connection reset', 'connection_reset', true],
        ['javax.net.ssl.SSLHandshakeException: PKIX path building failed', 'tls', false],
    ])('status 0 "%s" is %s; a POST is ambiguous: %s', (text, code, mayHaveArrived) => {
        expect(classifyTransportError(text).code).toBe(code)
        const result = interpretResponse(raw(0, '', text), post)
        expect(result.error).toMatchObject({ code, ambiguous: mayHaveArrived, retryable: code !== 'tls' })
        expect(result.error!.message).toContain(text)
        expect(interpretResponse(raw(0, '', text), ctx).error!.ambiguous).toBe(false)
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
