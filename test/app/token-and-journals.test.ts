// Issue 10 and 20: the API token (an alias's credential) goes only to the registered host, and what
// OpCon or anyone else can put in a value never reaches a journal or the log
// as markup, control characters or unbounded text.
//
// Three HTTP servers play the parts: `opcon` is the registered OpCon, `elsewhere`
// another HTTPS host the instance trusts (someone else's), `plain` a plain-http
// one. Each logs every request with its Authorization header, so each test
// asserts where the next call went and what it carried.
import { Instance } from '../bench/instance'
import { renderJournalEntry } from '../bench/journal-html'
import { mapTransportFailures } from '../bench/rest-message'
import { startOpConSim, type OpConSim } from '../opcon-sim/client'
import { createOpConAlias, everythingVisible, setConnectionMid, SERVER_NAME, TOKEN, scopeRefusals, type Connector, type OpConApiLike, type OpConResult } from './support/connector'
import { actionsOf, openOpConIncident, setState, type OpConIncident } from './support/incidents'

const JOB = '20191220|123|1|GENP001'
const NEW_TOKEN = 'tok-7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90'

let opcon: OpConSim
let elsewhere: OpConSim
let plain: OpConSim
let instance: Instance
let serverId: string
let aliasId: string
let logsBefore = 0

beforeAll(async () => {
    ;[opcon, elsewhere, plain] = await Promise.all([startOpConSim(), startOpConSim(), startOpConSim({ http: true })])
    await opcon.addToken(TOKEN, { user: 'snow', privileged: true })
    await opcon.addToken(NEW_TOKEN, { user: 'snow2', privileged: true })
    await opcon.seedJob({ id: JOB, status: 'Failed' })
})

afterAll(async () => {
    await Promise.all([opcon?.stop(), elsewhere?.stop(), plain?.stop()])
})

beforeEach(async () => {
    await Promise.all([opcon.clearRequests(), elsewhere.clearRequests(), plain.clearRequests(), opcon.clearFaults()])
    instance = Instance.load({ trustedCa: [opcon.ca!, elsewhere.ca!] })
    instance.createUser({ userName: 'opcon.admin', name: 'Olivia Admin', roles: ['x_opcon.admin'] })
    instance.createUser({ userName: 'sysadmin', name: 'System Administrator', roles: ['admin'] })
    instance.createUser({ userName: 'agent', name: 'Jane Agent', roles: ['x_opcon.user', 'itil'] })
    instance.createUser({ userName: 'opcon.integration', name: 'OpCon Integration', roles: ['itil', 'x_opcon.integration'] })
    aliasId = createOpConAlias(instance, { name: SERVER_NAME, url: opcon.url, token: TOKEN })
    serverId = instance.insert('x_opcon_server', { name: SERVER_NAME, address: opcon.address, base_url: opcon.url, connection_alias: aliasId, active: true }, { as: 'opcon.admin' })!
    expect(serverId).toBeTruthy()
    logsBefore = instance.logs.length
})

afterEach(() => {
    expect(scopeRefusals(instance, logsBefore)).toEqual([])
})

const api = (): OpConApiLike => new (instance.scriptInclude('OpConApi') as new () => OpConApiLike)()
/** This file's instance and OpCon, as the incident helpers take them. */
const connector = (): Connector => ({ sim: opcon, instance, serverId, api, stop: () => Promise.resolve() })

/** The Authorization headers each server received for the next authenticated call to the registered address. */
async function nextCall(): Promise<{ opcon: Array<string | null>; elsewhere: Array<string | null>; plain: Array<string | null>; midServer: string | null }> {
    await Promise.all([opcon.clearRequests(), elsewhere.clearRequests(), plain.clearRequests()])
    api().getDailyJob(opcon.address, JOB)
    const [a, b, p] = await Promise.all([opcon.requests(), elsewhere.requests(), plain.requests()])
    return {
        opcon: a.map((r) => r.authorization), elsewhere: b.map((r) => r.authorization), plain: p.map((r) => r.authorization),
        midServer: instance.httpLog.at(-1)?.midServer ?? null,
    }
}

const STAYS_HOME = { opcon: [`Token ${TOKEN}`], elsewhere: [], plain: [], midServer: null }

/** The session's error messages since `from`, but the platform's own "Invalid update" after an abort. */
const errorsSince = (from: number): string[] => instance.messages.slice(from)
    .filter((m) => m.kind === 'error' && !/^Invalid (insert|update)$/.test(m.message)).map((m) => m.message)

/**
 * A save through the form as `as`: the platform applies field write ACLs to what a user submits
 * (GlideRecordSecure on the bench). Returns the update's result and the session's error messages.
 */
function formSave(as: string, values: Record<string, unknown>): { result: unknown; errors: string[] } {
    const from = instance.messages.length
    const result = instance.runScript(`var gr = new GlideRecordSecure('x_opcon_server'); gr.get('${serverId}');
        var values = ${JSON.stringify(values)}; for (var key in values) gr.setValue(key, values[key]); gr.update();`, { as })
    return { result, errors: errorsSince(from) }
}

const stored = () => instance.get('x_opcon_server', serverId)!
/** Where the stored row sends the token. */
const destination = () => ({ base_url: stored().base_url, allow_http: stored().allow_http, connection_alias: stored().connection_alias })

/** What a connection_admin does in Connections & Credentials: the server's HTTP connection or its API key changes. */
function editConnection(values: { connection_url?: string; api_key?: string }): void {
    const connection = instance.query('http_connection', `connection_alias=${aliasId}`)[0]
    if (values.connection_url !== undefined) instance.update('http_connection', connection.sys_id, { connection_url: values.connection_url })
    if (values.api_key !== undefined) instance.update('api_key_credentials', connection.credential, { api_key: values.api_key })
}

describe('the token stays with the host it was registered for', () => {
    describe('a plain admin (admin without x_opcon.admin)', () => {
        test.each([
            ['base_url', () => ({ base_url: elsewhere.url })],
            ['allow_http and base_url', () => ({ allow_http: true, base_url: plain.url })],
            ['connection_alias', () => ({ connection_alias: createOpConAlias(instance, { name: 'other', url: opcon.url, token: NEW_TOKEN }) })],
        ])('cannot change %s on the form: the field is not writable, and the next call still goes to OpCon', async (_what, values) => {
            const before = destination()
            formSave('sysadmin', values())
            expect(destination()).toEqual(before)
            expect(await nextCall()).toEqual(STAYS_HOME)
        })

        test('sees the destination fields as not writable, and the others (name, active) as writable', () => {
            const canWrite = String(instance.runScript(`var gr = new GlideRecordSecure('x_opcon_server'); gr.get('${serverId}');
                ['base_url', 'allow_http', 'connection_alias', 'name', 'active'].map(function (f) { return f + '=' + gr.getElement(f).canWrite(); }).join(',')`, { as: 'sysadmin' }))
            expect(canWrite).toBe('base_url=false,allow_http=false,connection_alias=false,name=true,active=true')
        })
    })

    describe('the platform lets a connection\'s URL change while its credential stays: the connector does not follow it', () => {
        test.each([
            ['another host', () => elsewhere.url],
            ['plain http', () => plain.url],
            ['another path on the same host', () => `${opcon.url}/other`],
        ])('a connection moved to %s: the token is sent nowhere, and the call says why in words', async (_what, url) => {
            editConnection({ connection_url: url() })
            const calls = await nextCall()
            expect(calls).toEqual({ opcon: [], elsewhere: [], plain: [], midServer: null })
            const result = api().getDailyJob(opcon.address, JOB)
            expect(result.error).toMatchObject({ code: 'bad_url', message: expect.stringMatching(/not the server's registered Base URL, so its API token was not sent/) })
            expect(result.error!.message).not.toMatch(/https?:\/\//)
        })

        test('Test connection says so too, and sends nothing', async () => {
            editConnection({ connection_url: elsewhere.url })
            const from = instance.messages.length
            instance.clickUiAction('x_opcon_test_connection', 'x_opcon_server', serverId, 'opcon.admin')
            expect(instance.messages.slice(from).map((m) => `${m.kind}: ${m.message}`)).toEqual([expect.stringMatching(/^error: .*not the server's registered Base URL/)])
            expect([...(await opcon.requests()), ...(await elsewhere.requests())]).toEqual([])
        })

        test('x_opcon.admin confirms the move by entering the connection\'s URL as the Base URL: then the token goes there', async () => {
            editConnection({ connection_url: elsewhere.url })
            await elsewhere.addToken(TOKEN, { user: 'snow', privileged: true })
            expect(formSave('opcon.admin', { base_url: elsewhere.url }).errors).toEqual([])
            expect(await nextCall()).toEqual({ opcon: [], elsewhere: [`Token ${TOKEN}`], plain: [], midServer: null })
        })

        test('x_opcon.admin cannot point the Base URL where the alias\'s connection does not go: the save is refused in words', async () => {
            const before = stored()
            const { result, errors } = formSave('opcon.admin', { base_url: elsewhere.url })
            expect(result).toBeNull()
            expect(errors).toEqual([expect.stringMatching(/^Base URL: it is not the URL of the Connection alias's HTTP connection/)])
            expect(errors[0]).not.toMatch(/https?:\/\//)
            expect(stored()).toEqual(before)
            expect(await nextCall()).toEqual(STAYS_HOME)
        })

        test('a save that changes neither the alias nor the URL is not refused (deactivating a server whose connection moved)', () => {
            editConnection({ connection_url: elsewhere.url })
            expect(formSave('opcon.admin', { active: false }).errors).toEqual([])
        })

        test('a rotated key in the credential is used on the next call, with no change to the server', async () => {
            editConnection({ api_key: NEW_TOKEN })
            expect(await nextCall()).toEqual({ opcon: [`Token ${NEW_TOKEN}`], elsewhere: [], plain: [], midServer: null })
        })

        test('the server row has no MID server of its own: the one on the alias\'s HTTP connection carries the call, by its name', async () => {
            expect(instance.runScript(`new GlideRecord('x_opcon_server').isValidField('mid_server')`)).toBe(false)
            setConnectionMid(instance, aliasId, { selection: 'specific_mid_server', name: 'mid-dc1' })
            expect(await nextCall()).toEqual({ opcon: [`Token ${TOKEN}`], elsewhere: [], plain: [], midServer: 'mid-dc1' })
            setConnectionMid(instance, aliasId, null)
            expect(await nextCall()).toEqual(STAYS_HOME)
        })

        test.each([
            ['Auto-Select MID Server', { selection: 'auto_select' }, /uses a MID server the connector cannot pick \(only a Specific MID Server is supported/],
            ['Specific MID Cluster', { selection: 'specific_mid_cluster' }, /uses a MID server the connector cannot pick/],
            ['Specific MID Server with none chosen', { selection: 'specific_mid_server' }, /names no MID server the connector can find/],
        ])('a connection that uses a MID by %s: nothing is sent, not even straight from the instance, and the call says why', async (_what, mid, words) => {
            setConnectionMid(instance, aliasId, mid)
            expect(await nextCall()).toEqual({ opcon: [], elsewhere: [], plain: [], midServer: null })
            const result = api().getDailyJob(opcon.address, JOB)
            expect(result.error).toMatchObject({ code: 'bad_url', message: expect.stringMatching(words) })
            expect(result.error!.message).toMatch(/so nothing was sent\. In Connections & Credentials, set its MID Selection to Specific MID Server/)
        })

        test('a connection whose MID server record is gone: nothing is sent, and the call says why', async () => {
            setConnectionMid(instance, aliasId, { selection: 'specific_mid_server', name: 'mid-dc1' })
            instance.store.delete('ecc_agent', instance.query('ecc_agent', 'name=mid-dc1')[0].sys_id)
            expect(await nextCall()).toEqual({ opcon: [], elsewhere: [], plain: [], midServer: null })
            expect(api().getDailyJob(opcon.address, JOB).error).toMatchObject({ code: 'bad_url', message: expect.stringMatching(/names no MID server the connector can find \(MID Server > Servers\)/) })
        })
    })
})

describe('the credential\'s key is checked before it is sent', () => {
    test.each([
        ['a line break', `${NEW_TOKEN}\nX-Injected: 1`],
        ['a space', 'tok 123456'],
        ['a tab', 'tok\t123456'],
        ['a control character', 'tok\u0000123456'],
        ['a non-ASCII character', 'tok-é-123456'],
    ])('a key with %s is never sent: calls and Test connection say why, without the key', async (_what, token) => {
        editConnection({ api_key: token })
        await opcon.clearRequests()
        const result = api().getDailyJob(opcon.address, JOB)
        expect(result.error).toMatchObject({ code: 'missing_token', message: expect.stringMatching(/API token that cannot be sent, so nothing was sent\. It contains/) })
        expect(result.error!.message).not.toContain(token.trim())
        const from = instance.messages.length
        instance.clickUiAction('x_opcon_test_connection', 'x_opcon_server', serverId, 'opcon.admin')
        expect(instance.messages.slice(from).map((m) => `${m.kind}: ${m.message}`)).toEqual([expect.stringMatching(/^error: .*API token that cannot be sent/)])
        expect(await opcon.requests()).toEqual([])
        expect(everythingVisible(instance)).not.toContain(TOKEN)
    })

    test('a key of visible ASCII characters (letters, digits, punctuation) is sent as it is', async () => {
        await opcon.addToken('Ab9-._~+/=!#$%&*', { user: 'snow3', privileged: true })
        editConnection({ api_key: 'Ab9-._~+/=!#$%&*' })
        expect((await nextCall()).opcon).toEqual(['Token Ab9-._~+/=!#$%&*'])
    })
})

describe('the token is removed from whatever comes back', () => {
    const REMOVED = 'Token [token removed]'

    /** The simulator really received the token, so an echo of it is what the test is about. */
    async function tokenWasSent(): Promise<void> {
        expect((await opcon.requests()).map((r) => r.authorization)).toContain(`Token ${TOKEN}`)
    }

    test('a 400 whose body echoes the request headers: the result, the log and every row hold no token', async () => {
        await opcon.setFaults([{ kind: 'echo-headers', path: '/api/dailyjobs', times: 1 }])
        const result = api().getDailyJob(opcon.address, JOB)
        await tokenWasSent()
        expect(result.error).toMatchObject({ code: 'bad_request', opconMessage: expect.stringContaining(`authorization: ${REMOVED}`) })
        expect(result.error!.message).toContain(`authorization: ${REMOVED}`)
        expect(JSON.stringify(result)).not.toContain(TOKEN)
        expect(instance.logs.slice(logsBefore).map((l) => l.message).join('\n')).toContain(REMOVED)
        expect(everythingVisible(instance)).not.toContain(TOKEN)
    })

    test('a 200 that echoes them: the data handed to the caller holds no token', async () => {
        await opcon.setFaults([{ kind: 'echo-headers', status: 200, path: '/api/dailyjobs', times: 1 }])
        const result = api().getDailyJob(opcon.address, JOB)
        await tokenWasSent()
        expect(result.ok).toBe(true)
        expect((result.data as { headers: Record<string, string> }).headers.authorization).toBe(REMOVED)
        expect(JSON.stringify(result)).not.toContain(TOKEN)
        expect(everythingVisible(instance)).not.toContain(TOKEN)
    })

    test('a job action answered by the echo: the action row, its work note and the log hold no token', async () => {
        const inc = await openOpConIncident(connector())
        await opcon.setFaults([{ kind: 'echo-headers', method: 'POST', path: '/api/jobactions', times: 1 }])
        setState(connector(), inc, 2)
        await tokenWasSent()
        expect(actionsOf(connector(), inc)).toMatchObject([{ state: 'rejected', http_status: '400', message: expect.stringContaining(REMOVED) }])
        expect(instance.journal('incident', inc.sysId)).toEqual([expect.stringContaining(REMOVED)])
        expect(everythingVisible(instance)).not.toContain(TOKEN)
    })

    test('a transport error whose text quotes the request: the result and the log hold no token (a made-up text: none known quotes a header, whatever comes back is cleaned)', async () => {
        await opcon.setFaults([{ kind: 'reset-before', path: '/api/dailyjobs', times: 1 }])
        const undo = mapTransportFailures([{ kind: 'reset', urlPrefix: opcon.url, times: 1,
            text: `org.apache.http.client.ClientProtocolException: gateway refused request headers [Accept: application/json, Authorization: Token ${TOKEN}]` }])
        let result: OpConResult
        try {
            result = api().getDailyJob(opcon.address, JOB)
        } finally {
            undo()
        }
        expect(result.error).toMatchObject({ code: 'transport_error', message: expect.stringContaining(REMOVED) })
        expect(JSON.stringify(result)).not.toContain(TOKEN)
        expect(everythingVisible(instance)).not.toContain(TOKEN)
    })
})

describe('values pasted into work notes and the log are neutralised', () => {
    const XSS = '[code]<img src=x onerror=alert(document.cookie)>[/code]'

    /** What an agent's browser gets for each work note (glide.ui.security.allow_codetag on, its default). */
    const rendered = (inc: OpConIncident): string[] => instance.journal('incident', inc.sysId).map((note) => renderJournalEntry(note))
    const logSince = (): string[] => instance.logs.slice(logsBefore).map((l) => l.message)

    test('a job name from the correlation id: the work note renders no HTML', async () => {
        const jobId = `20191220|123|1|${XSS}`
        await opcon.seedJob({ id: jobId, status: 'Failed' })
        const inc = await openOpConIncident(connector(), { correlationId: `${opcon.address},${jobId}` })
        setState(connector(), inc, 2)
        expect(actionsOf(connector(), inc)).toMatchObject([{ state: 'succeeded' }])
        const notes = instance.journal('incident', inc.sysId)
        expect(notes).toEqual([expect.stringMatching(/^OpCon job \(code\)<img src=x onerror=alert\(document.cookie\)>\(\/code\) \(schedule 123, 2019-12-20\) marked Under Review on opcon-test\.$/)])
        expect(rendered(inc).join('')).not.toMatch(/<img/i)
        // The log names the job too (queued, sent): as plain text.
        expect(logSince().filter((line) => line.includes('onerror'))).not.toEqual([])
        for (const line of logSince()) expect(line).not.toMatch(/\[\s*\/?\s*code\s*\]/i)
    })

    test.each([
        ['upper case', XSS.toUpperCase()],
        ['mixed case and spaces', '[ Code ]<img src=x onerror=alert(1)>[ / CoDe ]'],
        ['a line break inside the tag', '[co\nde]<img src=x onerror=alert(1)>[/code]'],
        ['nested tags', '[co[code]de]<img src=x onerror=alert(1)>[/co[/code]de]'],
    ])('OpCon\'s 400 message with the tag in %s: neither the work note nor the log carries a tag', async (_what, message) => {
        const inc = await openOpConIncident(connector())
        await opcon.setFaults([{ kind: 'status', status: 400, method: 'POST', path: '/api/jobactions', times: 1, body: { code: 400, message } }])
        setState(connector(), inc, 2)
        expect(actionsOf(connector(), inc)).toMatchObject([{ state: 'rejected', http_status: '400' }])
        const notes = instance.journal('incident', inc.sysId)
        expect(notes).toHaveLength(1)
        expect(notes[0]).toMatch(/OpCon refused/)
        for (const text of [...notes, ...logSince()]) {
            expect(text).not.toMatch(/\[\s*\/?\s*code\s*\]/i)
            expect(text).not.toMatch(/[\u0000-\u001f]/)
        }
        expect(rendered(inc).join('')).not.toMatch(/<img/i)
    })

    test('a job name with a line break (a forged log line) links nothing and stays on one line, escaped, in the work note and the log', async () => {
        const jobId = '20191220|123|1|GEN\r\n[OpCon Connector] forged\u0007'
        await opcon.seedJob({ id: jobId, status: 'Failed' })
        const inc = await openOpConIncident(connector(), { correlationId: `${opcon.address},${jobId}` })
        setState(connector(), inc, 2)
        // A daily job id with a control character links nothing (correlation.ts); the words that say so
        // show the characters escaped, on one line, in the work note and the log.
        expect(actionsOf(connector(), inc)).toMatchObject([{ state: 'rejected' }])
        const named = [...instance.journal('incident', inc.sysId), ...logSince()].filter((text) => text.includes('forged'))
        expect(named.length).toBeGreaterThanOrEqual(2)
        for (const text of named) {
            expect(text).toContain('GEN\\u000d\\u000a[OpCon Connector] forged\\u0007')
            expect(text).not.toMatch(/[\u0000-\u001f]/)
        }
    })

    test('line breaks and control characters from OpCon become spaces, and OpCon\'s message is cut at 500 characters', async () => {
        const inc = await openOpConIncident(connector())
        const forged = 'refused\r\n2026-01-05 09:00:00 [OpCon Connector] markFixed for INC0000001 succeeded\u0000\u001b[31m'
        const message = `${forged} ${'x'.repeat(5000)}`
        await opcon.setFaults([{ kind: 'status', status: 400, method: 'POST', path: '/api/jobactions', times: 1, body: { code: 400, message } }])
        setState(connector(), inc, 2)
        const [row] = actionsOf(connector(), inc)
        const [note] = instance.journal('incident', inc.sysId)
        for (const text of [note, row.message, ...logSince()]) {
            expect(text).not.toMatch(/[\u0000-\u001f\u007f]/)
            expect(text.length).toBeLessThan(4000)
        }
        expect(note).toContain('refused 2026-01-05 09:00:00 [OpCon Connector] markFixed')
        expect(note).toMatch(/x{400}/)
        expect(note).not.toMatch(/x{500}/)
    })
})
