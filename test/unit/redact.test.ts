// The connection's token out of whatever came back: answer bodies and transport error texts.
import { redactBody, redactResponse, redactSecret, TOKEN_REMOVED } from '../../src/server/log/redact'

const TOKEN = 'tok-3f1c9a7e2b5d4c8e9f0a1b2c3d4e5f60'
const ODD = 'a+b/c"d\\e<f>&\'g'

describe('redactSecret', () => {
    test('every occurrence, wherever it stands (no word boundaries: %20 or = may touch it)', () => {
        expect(redactSecret(`Authorization: Token ${TOKEN}; again=${TOKEN}x; Token%20${TOKEN}`, TOKEN))
            .toBe(`Authorization: Token ${TOKEN_REMOVED}; again=${TOKEN_REMOVED}x; Token%20${TOKEN_REMOVED}`)
    })

    test.each([
        ['as is', ODD],
        ['JSON-escaped', 'a+b/c\\"d\\\\e<f>&\'g'],
        ['percent-encoded', encodeURIComponent(ODD)],
        ['percent-encoded, lower-case hex', encodeURIComponent(ODD).replace(/%[0-9A-F]{2}/g, (c) => c.toLowerCase())],
        ['HTML-escaped', 'a+b/c&quot;d\\e&lt;f&gt;&amp;&#39;g'],
        ['HTML-escaped with hex entities', 'a+b/c&#x22;d\\e&#x3c;f&#x3e;&#x26;&#x27;g'],
    ])('a token spelled %s', (_how, spelled) => {
        expect(redactSecret(`before ${spelled} after`, ODD)).toBe(`before ${TOKEN_REMOVED} after`)
    })

    test('an empty token or text changes nothing', () => {
        expect(redactSecret('some text', '')).toBe('some text')
        expect(redactSecret('', TOKEN)).toBe('')
    })
})

describe('redactBody', () => {
    test('a JSON body stays valid JSON, byte for byte when it does not hold the token', () => {
        const body = `{"code":400,"message":"headers: Authorization: Token ${TOKEN}","headers":{"authorization":"Token ${TOKEN}"}}`
        expect(JSON.parse(redactBody(body, TOKEN))).toEqual({ code: 400, message: `headers: Authorization: Token ${TOKEN_REMOVED}`, headers: { authorization: `Token ${TOKEN_REMOVED}` } })
        const clean = '{"id": 12, "result" : "submitted", "note": "a \\u00e9"}'
        expect(redactBody(clean, TOKEN)).toBe(clean)
    })

    test('JSON \\u escapes cannot hide it (a .NET encoder escapes +, <, > and quotes)', () => {
        const escaped = (text: string) => text.replace(/[^a-z]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`)
        const body = `{"message":"${escaped(`Token ${ODD}`)}","${escaped(ODD)}":1}`
        const out = redactBody(body, ODD)
        expect(JSON.parse(out)).toEqual({ message: `Token ${TOKEN_REMOVED}`, [TOKEN_REMOVED]: 1 })
        expect(out).not.toContain('\\u')
    })

    test('a text or HTML body (a proxy page) is cleaned as text', () => {
        expect(redactBody(`<pre>Authorization: Token ${TOKEN}</pre>`, TOKEN)).toBe(`<pre>Authorization: Token ${TOKEN_REMOVED}</pre>`)
        expect(redactBody(`not json \\ ${TOKEN}`, TOKEN)).toBe(`not json \\ ${TOKEN_REMOVED}`)
    })
})

describe('redactResponse', () => {
    test('body and transport error text, status untouched', () => {
        expect(redactResponse({ status: 0, body: '', transportError: `java.io.IOException: header Token ${TOKEN}` }, TOKEN))
            .toEqual({ status: 0, body: '', transportError: `java.io.IOException: header Token ${TOKEN_REMOVED}` })
        expect(redactResponse({ status: 400, body: `{"message":"${TOKEN}"}`, transportError: '' }, TOKEN))
            .toEqual({ status: 400, body: `{"message":"${TOKEN_REMOVED}"}`, transportError: '' })
    })
})
