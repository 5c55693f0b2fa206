// The token's characters, and which saves would send it somewhere it was not entered for.
import { aliasProblem, midChoice, originOf, sameEndpoint, tokenProblem } from '../../src/server/opcon/server-check'

describe('tokenProblem', () => {
    test('visible ASCII passes: letters, digits, punctuation', () => {
        expect(tokenProblem('tok-3f1c9a7e2b5d4c8e9f0a1b2c3d4e5f60')).toBeNull()
        expect(tokenProblem('Ab9-._~+/=!#$%&*()[]{}<>?@^`|\\"\'')).toBeNull()
    })

    test.each([
        ['a line break', 'abc\ndef', /space or a line break/],
        ['a trailing line break', 'abcdef\r\n', /space or a line break/],
        ['a space', 'abc def', /space or a line break/],
        ['a leading tab', '\tabcdef', /space or a line break/],
        ['a no-break space', 'abc\u00a0def', /space or a line break/],
        ['a line separator', 'abc\u2028def', /space or a line break/],
        ['NUL', 'abc\u0000def', /control character/],
        ['DEL', 'abc\u007fdef', /control character/],
        ['a C1 control', 'abc\u0085def', /control character/],
        ['a letter outside ASCII', 'abcédef', /visible ASCII/],
        ['a zero-width space', 'abc\u200bdef', /visible ASCII/],
    ])('refuses %s, without repeating the token', (_what, token, words) => {
        const problem = tokenProblem(token)
        expect(problem).toMatch(/^API token: /)
        expect(problem).toMatch(words)
        expect(problem).not.toContain('abc')
    })
})

describe('originOf', () => {
    test.each([
        ['https://opcon.example.com:9010', 'https://opcon.example.com:9010'],
        ['HTTPS://OpCon.Example.com:9010/api/', 'https://opcon.example.com:9010'],
        ['https://opcon.example.com', 'https://opcon.example.com:443'],
        ['https://opcon.example.com:443/x', 'https://opcon.example.com:443'],
        ['http://opcon.example.com', 'http://opcon.example.com:80'],
        ['https://[::1]:9010', 'https://[::1]:9010'],
        ['https://[::1]', 'https://[::1]:443'],
        ['https://opcon.example.com:09010', 'https://opcon.example.com:9010'],
        ['https://opcon.example.com?x=1', 'https://opcon.example.com:443'],
    ])('%s is %s', (url, origin) => {
        expect(originOf(url)).toBe(origin)
    })

    test.each(['', 'opcon.example.com:9010', 'ftp://opcon.example.com', 'https://'])('%j is not a URL', (url) => {
        expect(originOf(url)).toBeNull()
    })
})

describe('sameEndpoint and aliasProblem: the alias\'s token goes only to the registered base URL', () => {
    const server = { name: 'opcon-prod', address: 'opcon.example.com:9010', baseUrl: 'https://opcon.example.com:9010', allowHttp: false }
    const alias = (connectionUrl: string, token = 'tok') => ({ connectionUrl, token })

    test('the same endpoint: case of scheme and host, default port, trailing slash', () => {
        expect(sameEndpoint('https://opcon.example.com:9010', 'HTTPS://OPCON.example.com:9010/')).toBe(true)
        expect(sameEndpoint('https://opcon.example.com', 'https://opcon.example.com:443')).toBe(true)
        expect(sameEndpoint('https://opcon.example.com:9010/api', 'https://opcon.example.com:9010/api/')).toBe(true)
    })

    test('scheme, host, port, path and userinfo tricks each make another endpoint', () => {
        for (const other of ['http://opcon.example.com:9010', 'https://opcon.example.org:9010', 'https://opcon.example.com:9011',
            'https://opcon.example.com:9010/other', 'https://opcon.example.com:9010@evil.example', 'not a url']) {
            expect(sameEndpoint('https://opcon.example.com:9010', other)).toBe(false)
        }
    })

    test('a connection that moved keeps its token home, and the words repeat neither URL', () => {
        const problem = aliasProblem(server, alias('https://elsewhere.example:9010'))
        expect(problem?.code).toBe('bad_url')
        expect(problem?.message).toMatch(/not the server's registered Base URL, so its API token was not sent/)
        expect(problem?.message).not.toMatch(/elsewhere|opcon\.example\.com:9010\b.*https/)
        expect(aliasProblem(server, alias('http://opcon.example.com:9010'))?.code).toBe('bad_url')
    })

    test('no alias, no connection or an empty key is no token', () => {
        expect(aliasProblem(server, null)?.code).toBe('missing_token')
        expect(aliasProblem(server, alias('https://opcon.example.com:9010', ''))?.code).toBe('missing_token')
    })

    test('a connection at the registered base URL may carry its token', () => {
        expect(aliasProblem(server, alias('https://opcon.example.com:9010/'))).toBeNull()
        expect(aliasProblem({ ...server, baseUrl: 'http://lab.example:9010', allowHttp: true }, alias('http://lab.example:9010'))).toBeNull()
    })
})

describe('midChoice: the MID server the alias\'s HTTP connection asks for', () => {
    const server = { name: 'OpCon production', address: 'opcon.example.com:9010' }
    const AGENT = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
    const names = (sysId: string) => (sysId === AGENT ? 'mid-dc1' : '')

    test('no MID: the instance calls directly', () => {
        expect(midChoice(server, null, names)).toEqual({ ok: true, name: '' })
    })

    test('a Specific MID Server: its record\'s name, as setMIDServer takes it', () => {
        expect(midChoice(server, { selection: 'specific_mid_server', agentSysId: AGENT }, names)).toEqual({ ok: true, name: 'mid-dc1' })
    })

    test.each([
        ['auto-selection', { selection: 'auto_select', agentSysId: '' }, /cannot pick/],
        ['a MID cluster', { selection: 'specific_mid_cluster', agentSysId: AGENT }, /cannot pick/],
        ['no MID server chosen', { selection: 'specific_mid_server', agentSysId: '' }, /names no MID server the connector can find/],
        ['a MID server record that is gone', { selection: 'specific_mid_server', agentSysId: 'ffffffffffffffffffffffffffffffff' }, /names no MID server the connector can find/],
    ])('%s is refused in words, never turned into a direct call', (_what, mid, words) => {
        const chosen = midChoice(server, mid, names)
        expect(chosen).toMatchObject({ ok: false, error: { code: 'bad_url', message: expect.stringMatching(words) } })
        expect(chosen.ok ? '' : chosen.error.message).toMatch(/^OpCon server OpCon production \(opcon\.example\.com:9010\): .*so nothing was sent\./)
    })
})
