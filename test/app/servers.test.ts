// The server registry as admins and agents meet it: who may read what, the
// form's validation, "Test connection", and the properties page.
import { AccessDenied } from '../bench/instance'
import { everythingVisible, useConnector, TOKEN, type Connector } from './support/connector'

let c: Connector

const connector = useConnector()

beforeAll(async () => {
    c = connector()
})

const readTokenScript = `
    var gr = new GlideRecordSecure('x_opcon_server');
    gr.query();
    var seen = [];
    while (gr.next()) seen.push(String(gr.getValue('api_token')) + '|' + String(gr.api_token.getDecryptedValue()) + '|' + String(gr.getDisplayValue('api_token')));
    seen.join(',');
`

describe('who can read a server\'s token', () => {
    test('an agent (x_opcon.user) cannot read server records at all through ACL-enforced GlideRecord', () => {
        const seen = String(c.instance.runScript(readTokenScript, { as: 'agent' }))
        expect(seen).toBe('')
        expect(() => c.instance.readAsUser('x_opcon_server', c.serverId, 'agent')).toThrow(AccessDenied)
    })

    test('a plain admin (without x_opcon.admin) sees the server but not its token', () => {
        const fields = c.instance.readAsUser('x_opcon_server', c.serverId, 'sysadmin')
        expect(fields.name).toBe('opcon-test')
        expect(fields).not.toHaveProperty('api_token')
        expect(String(c.instance.runScript(readTokenScript, { as: 'sysadmin' }))).not.toContain(TOKEN)
    })

    test('x_opcon.admin may set it; the stored value is encrypted', () => {
        const fields = c.instance.readAsUser('x_opcon_server', c.serverId, 'opcon.admin')
        expect(fields.api_token).toBeDefined()
        expect(fields.api_token).not.toContain(TOKEN)
        expect(c.instance.get('x_opcon_server', c.serverId)!.api_token).not.toContain(TOKEN)
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
        expect(c.instance.insert('x_opcon_server', { name: 'p', address: 'p.example:9010', base_url: 'http://p.example:9010', api_token: 't' }, { as: 'opcon.admin' })).toBeNull()
        expect(c.instance.insert('x_opcon_server', { name: 'q', address: 'q.example', base_url: 'https://q.example:9010', api_token: 't' }, { as: 'opcon.admin' })).toBeNull()
        expect(c.instance.insert('x_opcon_server', { name: '', address: 'r.example:9010', base_url: 'https://r.example:9010', api_token: 't' }, { as: 'opcon.admin' })).toBeNull()
        expect(c.instance.query('x_opcon_server')).toHaveLength(before)
        const errors = c.instance.messages.filter((m) => m.kind === 'error').map((m) => m.message).join('\n')
        expect(errors).toMatch(/plain http.*Allow plain http/)
        // Escaped: the form shows messages as HTML, and they may carry what a person typed.
        expect(errors).toMatch(/Address: OpCon address "q.example" is not &lt;host&gt;:&lt;port&gt;/)
        expect(errors).toMatch(/Give the server a name/)
    })

    test('accepts http when the row allows it, and stores the base URL without a trailing slash', () => {
        const id = c.instance.insert('x_opcon_server', { name: 'lab', address: 'lab.example:9010', base_url: 'http://lab.example:9010/', allow_http: true, api_token: 't' }, { as: 'opcon.admin' })
        expect(id).not.toBeNull()
        expect(c.instance.get('x_opcon_server', id!)!.base_url).toBe('http://lab.example:9010')
    })

    test('refuses a second server with an address already registered', () => {
        const from = c.instance.messages.length
        expect(c.instance.insert('x_opcon_server', { name: 'twin', address: c.sim.address, base_url: c.sim.url, api_token: 't' }, { as: 'opcon.admin' })).toBeNull()
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
            'x_opcon.max_attempts', 'x_opcon.push_max_per_minute', 'x_opcon.reopen_state', 'x_opcon.resolve_action', 'x_opcon.retry_backoff_seconds', 'x_opcon.work_notes',
        ])
        for (const p of all) {
            expect(p.write_roles).toBe('x_opcon.admin')
            expect(p.description.length).toBeGreaterThan(30)
        }
        expect(all.find((p) => p.name === 'x_opcon.resolve_action')).toMatchObject({ type: 'choicelist', choices: 'markFixed,restart', value: 'markFixed' })
    })

    test('the application menu reaches servers, job actions, job links, failed jobs, incident templates and the properties page', () => {
        const menu = c.instance.query('sys_app_application', 'title=OpCon Connector')
        expect(menu).toHaveLength(1)
        const modules = c.instance.query('sys_app_module', `application=${menu[0].sys_id}`)
        expect(modules.map((m) => m.title).sort()).toEqual(['Failed Jobs', 'Incident Templates', 'Job Actions', 'Job Links', 'New Server', 'Overview', 'Properties', 'Servers'])
        expect(modules.find((m) => m.title === 'Properties')!.query).toBe('system_properties_ui.do?sysparm_category=x_opcon&sysparm_title=OpCon%20Connector%20Properties')
    })
})
