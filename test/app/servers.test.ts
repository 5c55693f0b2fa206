// The server registry as admins and agents meet it: who may read what, the
// form's validation, "Test connection", and the properties page.
import { AccessDenied } from '../bench/instance'
import { createOpConAlias, everythingVisible, useConnector, TOKEN, type Connector } from './support/connector'

let c: Connector

const connector = useConnector()

beforeAll(async () => {
    c = connector()
})

describe('who can read a server\'s token', () => {
    test('an agent (x_opcon.user) cannot read server records at all through ACL-enforced GlideRecord', () => {
        const seen = String(c.instance.runScript(`var gr = new GlideRecordSecure('x_opcon_server'); gr.query(); var n = 0; while (gr.next()) n++; n;`, { as: 'agent' }))
        expect(seen).toBe('0')
        expect(() => c.instance.readAsUser('x_opcon_server', c.serverId, 'agent')).toThrow(AccessDenied)
    })

    test('the server row holds no token: it names a Connection & Credential alias whose API Key credential keeps the token encrypted', () => {
        expect(c.instance.schema.column('x_opcon_server', 'api_token')).toBeUndefined()
        const fields = c.instance.readAsUser('x_opcon_server', c.serverId, 'opcon.admin')
        expect(fields.connection_alias).toMatch(/^[0-9a-f]{32}$/)
        expect(JSON.stringify(c.instance.get('x_opcon_server', c.serverId))).not.toContain(TOKEN)
        const credential = c.instance.store.rows('api_key_credentials')[0]
        expect(credential.api_key).toMatch(/^enc1:/)
    })

    test('the app reads the credential only through sn_cc: none of its scripts queries a connection or credential table', () => {
        const { result, queries } = c.instance.captureQueries(() => c.api().getApiVersion(c.sim.address))
        expect((result as { ok: boolean }).ok).toBe(true)
        expect(queries.map((q) => q.table).filter((t) => /alias|connection|credential/.test(t))).toEqual([])
    })

    test('no client-callable script include exposes server records, and OpConApi is not callable from the browser', () => {
        expect(() => c.instance.ajax({ as: 'agent', processor: 'x_opcon.OpConApi', method: 'getApiVersion', params: {} })).toThrow(AccessDenied)
    })

    test('no OpConApi result carries the token', () => {
        const api = c.api()
        const results = [api.getApiVersion(c.sim.address), api.getDailyJob(c.sim.address, '20191220|1|1|X'), api.getDailyScheduleByNameAndDate(c.sim.address, 'X', '2026-01-01')]
        expect(JSON.stringify(results)).not.toContain(TOKEN)
        expect(everythingVisible(c.instance)).not.toContain(TOKEN)
    })
})

describe('the server form', () => {
    test('refuses plain http unless allowed, a malformed address, and an empty name', () => {
        const before = c.instance.query('x_opcon_server').length
        expect(c.instance.insert('x_opcon_server', { name: 'p', address: 'p.example:9010', base_url: 'http://p.example:9010' }, { as: 'opcon.admin' })).toBeNull()
        expect(c.instance.insert('x_opcon_server', { name: 'q', address: 'q.example', base_url: 'https://q.example:9010' }, { as: 'opcon.admin' })).toBeNull()
        expect(c.instance.insert('x_opcon_server', { name: '', address: 'r.example:9010', base_url: 'https://r.example:9010' }, { as: 'opcon.admin' })).toBeNull()
        expect(c.instance.query('x_opcon_server')).toHaveLength(before)
        const errors = c.instance.messages.filter((m) => m.kind === 'error').map((m) => m.message).join('\n')
        expect(errors).toMatch(/plain http.*Allow plain http/)
        // Escaped: the form shows messages as HTML, and they may carry what a person typed.
        expect(errors).toMatch(/Address: OpCon address "q.example" is not &lt;host&gt;:&lt;port&gt;/)
        expect(errors).toMatch(/Give the server a name/)
    })

    test('accepts http when the row allows it, and stores the base URL without a trailing slash', () => {
        const alias = createOpConAlias(c.instance, { name: 'lab', url: 'http://lab.example:9010', token: 't' })
        const id = c.instance.insert('x_opcon_server', { name: 'lab', address: 'lab.example:9010', base_url: 'http://lab.example:9010/', allow_http: true, connection_alias: alias }, { as: 'opcon.admin' })
        expect(id).not.toBeNull()
        expect(c.instance.get('x_opcon_server', id!)!.base_url).toBe('http://lab.example:9010')
    })

    test('refuses a second server with an address already registered', () => {
        const from = c.instance.messages.length
        expect(c.instance.insert('x_opcon_server', { name: 'twin', address: c.sim.address, base_url: c.sim.url }, { as: 'opcon.admin' })).toBeNull()
        expect(c.instance.messages.slice(from).map((m) => m.message)).toContain(`Address: server opcon-test already has address ${c.sim.address}; each OpCon address is registered once.`)
    })

    test('agents cannot create servers', () => {
        const before = c.instance.query('x_opcon_server').length
        const script = `var gr = new GlideRecordSecure('x_opcon_server'); gr.initialize(); gr.setValue('name', 'x'); gr.setValue('address', 'x.example:9010');
            gr.setValue('base_url', 'https://x.example'); String(gr.canCreate()) + ':' + String(gr.insert());`
        expect(c.instance.runScript(script, { as: 'agent' })).toBe('false:null')
        expect(c.instance.query('x_opcon_server')).toHaveLength(before)
        expect(c.instance.runScript(script, { as: 'opcon.admin' })).toMatch(/^true:[0-9a-f]{32}$/)
    })
})

describe('Test connection', () => {
    // What it checks and says: test/app/connection-test.test.ts.
    test('is offered to x_opcon.admin only', () => {
        expect(c.instance.uiActionVisible('x_opcon_test_connection', 'x_opcon_server', c.serverId, 'opcon.admin')).toBe(true)
        expect(c.instance.uiActionVisible('x_opcon_test_connection', 'x_opcon_server', c.serverId, 'agent')).toBe(false)
    })
})

describe('Connection & credential', () => {
    test('opens the server\'s alias in Connections & Credentials, or the shipped OpCon alias when none is chosen; x_opcon.admin only', () => {
        const alias = c.instance.get('x_opcon_server', c.serverId)!.connection_alias
        expect(c.instance.clickUiAction('x_opcon_open_alias', 'x_opcon_server', c.serverId, 'opcon.admin').redirect).toBe(`sys_alias.do?sys_id=${alias}`)
        const parent = c.instance.query('sys_alias', 'id=x_opcon.OpCon')[0].sys_id
        const bare = c.instance.insert('x_opcon_server', { name: 'bare', address: 'bare.example:9010', base_url: 'https://bare.example:9010' }, { as: 'opcon.admin' })!
        expect(c.instance.clickUiAction('x_opcon_open_alias', 'x_opcon_server', bare, 'opcon.admin').redirect).toBe(`sys_alias.do?sys_id=${parent}`)
        expect(c.instance.uiActionVisible('x_opcon_open_alias', 'x_opcon_server', c.serverId, 'agent')).toBe(false)
    })
})

describe('configuration pages', () => {
    test('every connector property is on the "OpCon Connector Properties" page and written only by x_opcon.admin', () => {
        const category = c.instance.query('sys_properties_category', 'name=x_opcon')
        expect(category).toHaveLength(1)
        expect(category[0].title).toBe('OpCon Connector Properties')
        const linked = c.instance.query('sys_properties_category_m2m', `category=${category[0].sys_id}`)
            .map((link) => c.instance.get('sys_properties', link.property)!)
        const all = c.instance.query('sys_properties', 'nameSTARTSWITHx_opcon.')
        expect(linked.map((p) => p.name).sort()).toEqual(all.map((p) => p.name).sort())
        expect(all.map((p) => p.name).sort()).toEqual([
            'x_opcon.action_retention_days', 'x_opcon.always_new_incident', 'x_opcon.api_actions', 'x_opcon.ci_class', 'x_opcon.collect_interval_minutes', 'x_opcon.correlation_display', 'x_opcon.enabled',
            'x_opcon.failure_extra_days', 'x_opcon.failure_grace_minutes', 'x_opcon.failure_retention_days', 'x_opcon.http_timeout_ms', 'x_opcon.job_log_max_kb', 'x_opcon.log_level',
            'x_opcon.max_attempts', 'x_opcon.max_calls_per_second', 'x_opcon.push_max_per_minute', 'x_opcon.reopen_state', 'x_opcon.resolve_action', 'x_opcon.retry_backoff_seconds',
            'x_opcon.storm_grouping', 'x_opcon.storm_threshold', 'x_opcon.storm_window_minutes', 'x_opcon.work_notes',
        ])
        for (const p of all) {
            expect(p.write_roles).toBe('x_opcon.admin')
            expect(p.description.length).toBeGreaterThan(30)
        }
        expect(all.find((p) => p.name === 'x_opcon.resolve_action')).toMatchObject({ type: 'choicelist', choices: 'markFixed,restart', value: 'markFixed' })
        // The package ships a pace of 5 (startConnector sets 0 for the bench, whose clock stands still: see there).
        expect(c.instance.pkg.records.find((r) => r.table === 'sys_properties' && r.fields.name === 'x_opcon.max_calls_per_second')?.fields).toMatchObject({ type: 'integer', value: '5' })
    })

    test('the application menu reaches servers, job actions, job links, failed jobs, outages, incident templates and the properties page', () => {
        const menu = c.instance.query('sys_app_application', 'title=OpCon Connector')
        expect(menu).toHaveLength(1)
        const modules = c.instance.query('sys_app_module', `application=${menu[0].sys_id}`)
        expect(modules.map((m) => m.title).sort()).toEqual(['Failed Jobs', 'Incident Templates', 'Job Actions', 'Job Links', 'New Server', 'Outages', 'Overview', 'Properties', 'Servers'])
        expect(modules.find((m) => m.title === 'Properties')!.query).toBe('system_properties_ui.do?sysparm_category=x_opcon&sysparm_title=OpCon%20Connector%20Properties')
    })
})
