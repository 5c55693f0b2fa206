// The token's characters, and which saves would send it somewhere it was not entered for.
import { destinationChanges, originOf, rebindProblem, tokenProblem, type TokenDestination } from '../../src/server/opcon/server-check'

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

describe('destinationChanges and rebindProblem', () => {
    const home: TokenDestination = { baseUrl: 'https://opcon.example.com:9010', allowHttp: false, midServer: '' }
    const withToken = { ...home, hasToken: true }

    test('the same origin is the same destination: path, case, default port, trailing slash', () => {
        for (const baseUrl of ['https://opcon.example.com:9010/', 'https://OPCON.example.com:9010/api', 'HTTPS://opcon.example.com:9010']) {
            expect(destinationChanges(home, { ...home, baseUrl })).toEqual([])
        }
        expect(destinationChanges({ ...home, baseUrl: 'https://opcon.example.com' }, { ...home, baseUrl: 'https://opcon.example.com:443' })).toEqual([])
    })

    test('scheme, host, port, Allow plain http and MID server each count', () => {
        expect(destinationChanges(home, { ...home, baseUrl: 'http://opcon.example.com:9010' })).toEqual(['Base URL (scheme, host or port)'])
        expect(destinationChanges(home, { ...home, baseUrl: 'https://opcon.example.org:9010' })).toEqual(['Base URL (scheme, host or port)'])
        expect(destinationChanges(home, { ...home, baseUrl: 'https://opcon.example.com:9011' })).toEqual(['Base URL (scheme, host or port)'])
        expect(destinationChanges(home, { ...home, baseUrl: 'https://opcon.example.com:9010@evil.example' })).toEqual(['Base URL (scheme, host or port)'])
        expect(destinationChanges(home, { ...home, allowHttp: true })).toEqual(['Allow plain http'])
        expect(destinationChanges({ ...home, allowHttp: true }, home)).toEqual(['Allow plain http'])
        expect(destinationChanges(home, { ...home, midServer: 'mid-dc1' })).toEqual(['MID server'])
        expect(destinationChanges({ ...home, midServer: 'mid-dc1' }, home)).toEqual(['MID server'])
        expect(destinationChanges(home, { baseUrl: 'http://x.example', allowHttp: true, midServer: 'm' })).toEqual(['Base URL (scheme, host or port)', 'Allow plain http', 'MID server'])
    })

    test('an unparseable base URL counts as changed unless it is the same text', () => {
        expect(destinationChanges({ ...home, baseUrl: 'not a url' }, { ...home, baseUrl: 'not a url' })).toEqual([])
        expect(destinationChanges({ ...home, baseUrl: 'not a url' }, home)).toEqual(['Base URL (scheme, host or port)'])
    })

    test('a save that changes the destination must enter the token again', () => {
        const problem = rebindProblem(withToken, { ...home, baseUrl: 'https://elsewhere.example:9010', midServer: 'mid-dc1' }, false)
        expect(problem).toMatch(/^API token: this save changes Base URL \(scheme, host or port\), MID server but does not enter the API token again/)
        expect(problem).not.toMatch(/example/)
    })

    test('no problem when the token is entered in the same save, when there is no stored token, or when nothing that matters changed', () => {
        const moved = { ...home, baseUrl: 'https://elsewhere.example:9010' }
        expect(rebindProblem(withToken, moved, true)).toBeNull()
        expect(rebindProblem({ ...home, hasToken: false }, moved, false)).toBeNull()
        expect(rebindProblem(withToken, { ...home, baseUrl: 'https://opcon.example.com:9010/other' }, false)).toBeNull()
    })
})
