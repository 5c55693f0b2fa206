// The OpCon agent as a configuration item, on the built package: the CI an agent
// machine is (findAgentCi), and "Sync OpCon agents to CMDB" through the
// Identification and Reconciliation Engine.
import { AccessDenied } from '../bench/instance'
import { OpenApiValidator } from '../support/openapi'
import { TOKEN, useConnector } from './support/connector'

const MODULE = 'x_opcon/opcon-connector/1.0.0/src/server/cmdb/cmdb.ts'
const SYNC_ACTION = 'x_opcon_sync_agents'

describe('the OpCon agent as a configuration item', () => {
    const connector = useConnector()
    /** Runs in the app's scope as background processing, as the failure handling's scripts do. */
    const inApp = <T>(call: string): T => {
        const text = connector().instance.runScript(`JSON.stringify(require('${MODULE}').${call})`, { interactive: false })
        return JSON.parse(String(text)) as T
    }
    const find = (machine: string) => inApp<{ sysId: string; note?: string }>(`findAgentCi(${JSON.stringify(machine)})`)
    type Counts = { created: number; updated: number; unchanged: number; left: number; errors: string[]; notes: string[] }
    const sync = (serverId: string) => inApp<Counts>(`syncAgents(${JSON.stringify(serverId)})`)
    const counts = (values: Partial<Counts>): Counts => ({ created: 0, updated: 0, unchanged: 0, left: 0, errors: [], notes: [], ...values })
    const cis = (name: string) => connector().instance.query('cmdb_ci', `name=${name}`)

    beforeEach(async () => {
        await connector().sim.reset()
        const { sim } = connector()
        await sim.addToken(TOKEN, { user: 'snow', privileged: true })
        for (const row of connector().instance.store.rows('cmdb_ci')) connector().instance.store.delete(row.sys_class_name, row.sys_id)
    })

    it('finds the one CI named like the agent (Discovery found it), ignoring case, in the class and the classes extending it', () => {
        const { instance } = connector()
        const id = instance.insert('cmdb_ci_win_server', { name: 'AGENT-WIN01', discovery_source: 'ServiceNow', serial_number: 'VMW-1' })!
        instance.insert('cmdb_ci_computer', { name: 'agent-win01.example.com' })
        expect(find('agent-win01')).toEqual({ sysId: id })
    })

    it('links nothing when no CI has the name, and says so in a sentence', () => {
        const { instance } = connector()
        instance.insert('cmdb_ci_computer', { name: 'agent-lin02' })
        const found = find('agent-lin01')
        expect(found.sysId).toBe('')
        expect(found.note).toMatch(/^No configuration item of class cmdb_ci_computer \(or a class extending it\) is named agent-lin01, so none was linked; .+\.$/)
    })

    it('links nothing when two CIs have the name, and says so: never a guess', () => {
        const { instance } = connector()
        instance.insert('cmdb_ci_computer', { name: 'agent-dup' })
        instance.insert('cmdb_ci_linux_server', { name: 'Agent-Dup' })
        const found = find('agent-dup')
        expect(found.sysId).toBe('')
        expect(found.note).toMatch(/^2 configuration items of class cmdb_ci_computer .* are named agent-dup, so none was linked; .+\.$/)
    })

    it('searches only the configured class: a CI of another branch is not the agent', () => {
        const { instance } = connector()
        instance.insert('cmdb_ci_computer', { name: 'agent-pc' })
        instance.setProperty('x_opcon.ci_class', 'cmdb_ci_server')
        expect(find('agent-pc').sysId).toBe('')
        const server = instance.insert('cmdb_ci_linux_server', { name: 'agent-srv' })!
        expect(find('agent-srv')).toEqual({ sysId: server })
    })

    it('sync creates one CI per agent through the IRE, with the connector\'s discovery source, and OpCon\'s request conforms', async () => {
        const { sim, serverId } = connector()
        await sim.addMachine({ name: 'agent-win01', osType: 'Windows', osVersion: '10.0.20348', tcpIpAddress: '10.0.0.11' })
        await sim.addMachine({ name: 'agent-lin01', osType: 'UNIX', tcpIpAddress: '10.0.0.12' })
        await sim.clearRequests()
        expect(sync(serverId)).toEqual(counts({ created: 2 }))
        const win = cis('agent-win01')
        expect(win).toHaveLength(1)
        expect(win[0]).toMatchObject({ sys_class_name: 'cmdb_ci_computer', discovery_source: 'OpConConnector', os: 'Windows', os_version: '10.0.20348', ip_address: '10.0.0.11' })
        expect(win[0].last_discovered).not.toBe('')
        expect(cis('agent-lin01')).toHaveLength(1)
        const requests = await sim.requests()
        expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/machines'])
        const validator = new OpenApiValidator()
        expect(requests.flatMap((r) => validator.validate({ method: r.method, path: r.path, query: r.query, body: r.body }))).toEqual([])
    })

    it('a second sync updates the same CIs: no duplicates', async () => {
        const { instance, sim, serverId } = connector()
        await sim.addMachine({ name: 'agent-a', osType: 'Windows', tcpIpAddress: '10.0.0.21' })
        await sim.addMachine({ name: 'agent-b', osType: 'Windows', tcpIpAddress: '10.0.0.22' })
        expect(sync(serverId)).toMatchObject({ created: 2, errors: [] })
        expect(sync(serverId)).toEqual(counts({ unchanged: 2 }))
        await sim.reset()
        await sim.addToken(TOKEN, { user: 'snow', privileged: true })
        await sim.addMachine({ name: 'agent-a', osType: 'Windows', tcpIpAddress: '10.0.0.99' })
        expect(sync(serverId)).toEqual(counts({ updated: 1 }))
        expect(cis('agent-a')).toHaveLength(1)
        expect(cis('agent-a')[0].ip_address).toBe('10.0.0.99')
        expect(instance.query('cmdb_ci')).toHaveLength(2)
    })

    it('a CI Discovery owns, named like an OpCon machine (another case), keeps its name, IP address and OS: the sync leaves it with a note, and the incident still references it', async () => {
        const { instance, sim, serverId } = connector()
        const discovered = instance.insert('cmdb_ci_win_server', {
            name: 'PROD-DB-01', discovery_source: 'ServiceNow', serial_number: 'VMW-42', ip_address: '10.0.0.11', os: 'Windows 2019 Datacenter', os_version: '10.0.17763', fqdn: 'prod-db-01.corp',
        })!
        const before = instance.get('cmdb_ci_win_server', discovered)!
        await sim.addMachine({ name: 'prod-db-01', osType: 'Windows', osVersion: '10.0.20348', tcpIpAddress: '192.168.7.7' })
        expect(sync(serverId)).toEqual(counts({
            left: 1,
            notes: ['Agent prod-db-01 is configuration item PROD-DB-01 (cmdb_ci_win_server), which discovery source ServiceNow owns: the connector left it unchanged; incidents for jobs on this agent still reference it.'],
        }))
        const all = instance.query('cmdb_ci')
        expect(all).toHaveLength(1)
        expect(all[0]).toEqual(before)
        expect(find('prod-db-01')).toEqual({ sysId: discovered })
    })

    it('a CI with no discovery source (entered by hand) is left unchanged too', async () => {
        const { instance, sim, serverId } = connector()
        const manual = instance.insert('cmdb_ci_computer', { name: 'agent-hand', ip_address: '10.0.0.5' })!
        const before = instance.get('cmdb_ci_computer', manual)!
        await sim.addMachine({ name: 'agent-hand', osType: 'UNIX', tcpIpAddress: '10.0.0.6' })
        const result = sync(serverId)
        expect(result).toMatchObject({ created: 0, updated: 0, left: 1, errors: [] })
        expect(result.notes[0]).toMatch(/^Agent agent-hand is configuration item agent-hand \(cmdb_ci_computer\), which no discovery source owns: /)
        expect(instance.get('cmdb_ci_computer', manual)).toEqual(before)
    })

    it('a CI the connector created is still updated, and keeps its name when OpCon spells the machine in another case (never renamed)', async () => {
        const { instance, sim, serverId } = connector()
        await sim.addMachine({ name: 'agent-a', osType: 'Windows', tcpIpAddress: '10.0.0.21' })
        expect(sync(serverId)).toEqual(counts({ created: 1 }))
        const id = cis('agent-a')[0].sys_id
        await sim.reset()
        await sim.addToken(TOKEN, { user: 'snow', privileged: true })
        await sim.addMachine({ name: 'AGENT-A', osType: 'Windows', osVersion: '10.0.20348', tcpIpAddress: '10.0.0.99' })
        expect(sync(serverId)).toEqual(counts({ updated: 1 }))
        expect(instance.query('cmdb_ci')).toHaveLength(1)
        expect(instance.get('cmdb_ci_computer', id)).toMatchObject({ name: 'agent-a', ip_address: '10.0.0.99', os_version: '10.0.20348', discovery_source: 'OpConConnector' })
    })

    it('a CI the connector created that Discovery has discovered since is Discovery\'s: the next sync leaves it unchanged (assumed: the IRE stamps the writing source on every update)', async () => {
        const { instance, sim, serverId } = connector()
        await sim.addMachine({ name: 'agent-b', osType: 'Windows', tcpIpAddress: '10.0.0.31' })
        expect(sync(serverId)).toEqual(counts({ created: 1 }))
        const id = cis('agent-b')[0].sys_id
        // Discovery writes through the same engine, from the global scope, with its own source.
        instance.runScript(`sn_cmdb.IdentificationEngine.createOrUpdateCI('ServiceNow', ${JSON.stringify(JSON.stringify({ items: [{ className: 'cmdb_ci_computer', values: { name: 'agent-b', ip_address: '10.0.0.32', os: 'Windows 2022' } }] }))})`, { scope: 'global' })
        expect(instance.get('cmdb_ci_computer', id)).toMatchObject({ discovery_source: 'ServiceNow', ip_address: '10.0.0.32' })
        const result = sync(serverId)
        expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 0, left: 1, errors: [] })
        expect(instance.get('cmdb_ci_computer', id)).toMatchObject({ name: 'agent-b', ip_address: '10.0.0.32', os: 'Windows 2022', discovery_source: 'ServiceNow' })
    })

    it('with x_opcon.ci_class cmdb_ci_hardware the OS fields are not sent, only what the class has (assumed: the IRE refuses a field the class lacks)', async () => {
        const { instance, sim, serverId } = connector()
        instance.setProperty('x_opcon.ci_class', 'cmdb_ci_hardware')
        await sim.addMachine({ name: 'agent-hw', osType: 'Windows', osVersion: '10.0.20348', tcpIpAddress: '10.0.0.41' })
        expect(sync(serverId)).toEqual(counts({ created: 1 }))
        const rows = cis('agent-hw')
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ sys_class_name: 'cmdb_ci_hardware', ip_address: '10.0.0.41', discovery_source: 'OpConConnector' })
        expect(rows[0]).not.toHaveProperty('os')
        expect(sync(serverId)).toEqual(counts({ unchanged: 1 }))
    })

    it('an OpCon that cannot be read is reported, and nothing is written', async () => {
        const { instance, sim, serverId } = connector()
        await sim.addMachine({ name: 'agent-x' })
        await sim.setFaults([{ kind: 'status', status: 503, method: 'GET', path: '/api/machines' }])
        const result = sync(serverId)
        expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 0, left: 0 })
        expect(result.errors).toHaveLength(1)
        expect(result.errors[0]).toMatch(/^The agents were not synchronised: .*503/)
        expect(instance.query('cmdb_ci')).toHaveLength(0)
    })

    it('the button shows the counts to an admin, escaped, and is refused to a non-admin', async () => {
        const { instance, sim, serverId } = connector()
        await sim.addMachine({ name: 'agent-<b>1</b>', osType: 'Windows' })
        expect(instance.uiActionVisible(SYNC_ACTION, 'x_opcon_server', serverId, 'agent')).toBe(false)
        expect(() => instance.clickUiAction(SYNC_ACTION, 'x_opcon_server', serverId, 'agent')).toThrow(AccessDenied)
        expect(instance.query('cmdb_ci')).toHaveLength(0)
        const before = instance.messages.length
        instance.clickUiAction(SYNC_ACTION, 'x_opcon_server', serverId, 'opcon.admin')
        expect(instance.messages.slice(before)).toEqual([
            { kind: 'info', user: 'opcon.admin', message: 'OpCon server opcon-test: 1 agent synchronised to the CMDB: 1 created, 0 updated, 0 unchanged.' },
        ])
        expect(cis('agent-<b>1</b>')).toHaveLength(1)
    })

    it('the button shows an agent left unchanged as an escaped sentence after the counts', async () => {
        const { instance, sim, serverId } = connector()
        instance.insert('cmdb_ci_server', { name: 'DB<1>', discovery_source: 'SCCM' })
        await sim.addMachine({ name: 'db<1>', osType: 'Windows' })
        const before = instance.messages.length
        instance.clickUiAction(SYNC_ACTION, 'x_opcon_server', serverId, 'opcon.admin')
        expect(instance.messages.slice(before)).toEqual([
            { kind: 'info', user: 'opcon.admin', message: 'OpCon server opcon-test: 1 agent synchronised to the CMDB: 0 created, 0 updated, 0 unchanged, 1 left unchanged (another discovery source owns its CI).' },
            { kind: 'info', user: 'opcon.admin', message: 'Agent db&lt;1&gt; is configuration item DB&lt;1&gt; (cmdb_ci_server), which discovery source SCCM owns: the connector left it unchanged; incidents for jobs on this agent still reference it.' },
        ])
    })

    it('the button lists the engine\'s refusal as an escaped error', async () => {
        const { instance, sim, serverId } = connector()
        await sim.addMachine({ name: 'agent-<i>' })
        instance.insert('cmdb_ci_computer', { name: 'AGENT-<I>' })
        instance.insert('cmdb_ci_computer', { name: 'agent-<i>' })
        const before = instance.messages.length
        instance.clickUiAction(SYNC_ACTION, 'x_opcon_server', serverId, 'opcon.admin')
        const shown = instance.messages.slice(before)
        expect(shown[0]).toEqual({ kind: 'error', user: 'opcon.admin', message: 'OpCon server opcon-test: 1 agent synchronised to the CMDB: 0 created, 0 updated, 0 unchanged, 1 error.' })
        expect(shown[1].message).toMatch(/^Agent agent-&lt;i&gt; was not synchronised: the Identification and Reconciliation Engine refused it \(MULTIPLE_DUPLICATE_RECORDS: .+\)\.$/)
        expect(shown).toHaveLength(2)
    })
})

describe('the discovery source "OpCon Connector"', () => {
    const connector = useConnector()
    const sources = () => connector().instance.query('sys_choice', 'name=cmdb_ci^element=discovery_source^ORDERBYvalue').map((row) => row.value)

    it('installing adds it once and leaves the platform\'s own sources (Discovery\'s, SCCM…) as they were; running the fix script again adds nothing (assumed: a shipped list record would replace them)', () => {
        expect(sources()).toEqual(['Manual Entry', 'OpConConnector', 'Other', 'SCCM', 'ServiceNow'])
        // The package ships no record standing for the field's whole choice list.
        expect(connector().instance.pkg.records.filter((record) => record.table === 'sys_choice' && /^sys_choice_cmdb_ci_/.test(String(record.fields.sys_update_name ?? '')))).toEqual([])
        connector().instance.runScript("require('x_opcon/opcon-connector/1.0.0/src/server/cmdb/discovery-source.ts').addDiscoverySource()")
        expect(sources()).toEqual(['Manual Entry', 'OpConConnector', 'Other', 'SCCM', 'ServiceNow'])
        expect(connector().instance.query('sys_choice', 'name=cmdb_ci^element=discovery_source^value=OpConConnector')).toMatchObject([{ label: 'OpCon Connector', inactive: 'false' }])
    })
})
