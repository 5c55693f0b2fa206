import { allowedActions } from '../../src/server/opcon/job-status'
import { checkBaseUrl, checkServer, serverFormProblems } from '../../src/server/opcon/server-check'
import { DEFAULT_SETTINGS, parseSettings } from '../../src/server/settings/settings'

describe('parseSettings', () => {
    test('unset properties give the defaults', () => {
        expect(parseSettings(() => null)).toEqual(DEFAULT_SETTINGS)
    })

    test('values are read and clamped; nonsense falls back to the default', () => {
        const values: Record<string, string> = {
            'x_opcon.enabled': 'false', 'x_opcon.correlation_display': ' CUSTOM ', 'x_opcon.resolve_action': 'restart',
            'x_opcon.http_timeout_ms': '999999', 'x_opcon.max_attempts': '0', 'x_opcon.retry_backoff_seconds': 'soon',
            'x_opcon.work_notes': 'maybe', 'x_opcon.log_level': 'DEBUG', 'x_opcon.max_calls_per_second': '5000',
        }
        expect(parseSettings((name) => values[name] ?? null)).toEqual({
            enabled: false, correlationDisplay: 'CUSTOM', resolveAction: 'restart', httpTimeoutMs: 120000,
            maxAttempts: 1, retryBackoffSeconds: 60, workNotes: true, logLevel: 'debug', midServerWaitMs: 30000, maxCallsPerSecond: 100,
            apiActions: ['markUnderReview', 'markFixed', 'restart', 'cancel', 'hold', 'release'], apiActionsIgnored: [],
        })
        expect(parseSettings((name) => (name === 'x_opcon.resolve_action' ? 'reboot' : null)).resolveAction).toBe('markFixed')
        // x_opcon.max_calls_per_second: 0 is no pace, not "never call"; nonsense is the default 5.
        expect(['0', '-2', 'fast', '7'].map((v) => parseSettings((name) => (name === 'x_opcon.max_calls_per_second' ? v : null)).maxCallsPerSecond)).toEqual([0, 0, 5, 7])
    })

    test('x_opcon.api_actions: OpCon job action names, comma-separated, in OpCon\'s spelling whatever the case; unknown names ignored and kept for the message; empty allows none', () => {
        const read = (value: string | null) => {
            const settings = parseSettings((name) => (name === 'x_opcon.api_actions' ? value : null))
            return [settings.apiActions, settings.apiActionsIgnored]
        }
        expect(read(null)).toEqual([['markUnderReview', 'markFixed', 'restart', 'cancel', 'hold', 'release'], []])
        expect(read(' markfixed , KILL,markFixed, explode ,,explode')).toEqual([['markFixed', 'kill'], ['explode']])
        expect(read('markFinishedOk')).toEqual([['markFinishedOk'], []])
        expect(read('')).toEqual([[], []])
        expect(read(' , ')).toEqual([[], []])
    })

    test('the wait through a MID server is the platform\'s glide.http.outbound.max_timeout (seconds, 30 by default; KB0744311), none when switched off', () => {
        const read = (values: Record<string, string>) => parseSettings((name) => values[name] ?? null).midServerWaitMs
        expect(read({})).toBe(30000)
        expect(read({ 'glide.http.outbound.max_timeout': '45' })).toBe(45000)
        expect(read({ 'glide.http.outbound.max_timeout': 'soon', 'glide.http.outbound.max_timeout.enabled': 'true' })).toBe(30000)
        expect(read({ 'glide.http.outbound.max_timeout': '45', 'glide.http.outbound.max_timeout.enabled': 'false' })).toBeNull()
    })
})

describe('server checks', () => {
    const row = { name: 'prod', address: 'opcon:9010', baseUrl: 'https://opcon:9010/', allowHttp: false, active: true, hasToken: true }

    test('a usable server has no problem, and its URL loses the trailing slash', () => {
        expect(checkServer(row)).toBeNull()
        expect(checkBaseUrl(row.baseUrl, false)).toEqual({ ok: true, url: 'https://opcon:9010' })
    })

    test('each problem in the order an admin fixes them', () => {
        expect(checkServer({ ...row, active: false })!.code).toBe('inactive_server')
        expect(checkServer({ ...row, baseUrl: 'http://opcon:9010' })!.code).toBe('insecure_url')
        expect(checkServer({ ...row, baseUrl: 'http://opcon:9010', allowHttp: true })).toBeNull()
        expect(checkServer({ ...row, baseUrl: 'opcon:9010' })!.code).toBe('bad_url')
        expect(checkServer({ ...row, baseUrl: 'https://user:pw@opcon' })!.message).toMatch(/credentials/)
        expect(checkServer({ ...row, hasToken: false })!.code).toBe('missing_token')
    })

    test('the form names every wrong field', () => {
        expect(serverFormProblems({ name: '', address: 'opcon', baseUrl: 'ftp://x', allowHttp: false })).toEqual([
            'Give the server a name.', expect.stringMatching(/^Address: .*host>:<port>/), expect.stringMatching(/^Base URL: /),
        ])
        expect(serverFormProblems({ name: 'v6', address: '[::1]:9010', baseUrl: 'https://[::1]:9010', allowHttp: false })).toEqual([])
    })
})

describe('allowedActions', () => {
    test.each([
        ['Failed', 'Failed', ['markUnderReview', 'markFixed', 'restart', 'cancel']],
        ['Under Review', 'Under Review', ['markFixed', 'restart', 'cancel']],
        ['Fixed', 'Fixed', ['restart']],
        ['Finished OK', 'Finished OK', ['restart']],
        ['Held', 'Held', ['cancel', 'release']],
        ['Waiting', 'Waiting', ['cancel', 'hold']],
        ['Job Running', 'Running', []],
        ['Failed; Processing Events', 'Failed', []],
        ['Marked Failed', 'Failed', ['markUnderReview', 'markFixed', 'restart', 'cancel']],
    ])('%s', (description, category, expected) => {
        expect(allowedActions(description, category)).toEqual(expected)
    })
})
