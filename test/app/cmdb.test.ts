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
    const sync = (serverId: string) => inApp<{ created: number; updated: number; unchanged: number; errors: string[] }>(`syncAgents(${JSON.stringify(serverId)})`)
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
        expect(sync(serverId)).toEqual({ created: 2, updated: 0, unchanged: 0, errors: [] })
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
        expect(sync(serverId)).toEqual({ created: 0, updated: 0, unchanged: 2, errors: [] })
        await sim.reset()
        await sim.addToken(TOKEN, { user: 'snow', privileged: true })
        await sim.addMachine({ name: 'agent-a', osType: 'Windows', tcpIpAddress: '10.0.0.99' })
        expect(sync(serverId)).toEqual({ created: 0, updated: 1, unchanged: 0, errors: [] })
        expect(cis('agent-a')).toHaveLength(1)
        expect(cis('agent-a')[0].ip_address).toBe('10.0.0.99')
        expect(instance.query('cmdb_ci')).toHaveLength(2)
    })

    it('a CI Discovery already created (same name, another case) is updated, not duplicated, and keeps its class (assumed: and its discovery source)', async () => {
        const { instance, sim, serverId } = connector()
        const discovered = instance.insert('cmdb_ci_win_server', { name: 'AGENT-WIN01', discovery_source: 'ServiceNow', serial_number: 'VMW-42', ip_address: '10.0.0.11' })!
        await sim.addMachine({ name: 'agent-win01', osType: 'Windows', osVersion: '10.0.20348', tcpIpAddress: '10.0.0.11' })
        expect(sync(serverId)).toEqual({ created: 0, updated: 1, unchanged: 0, errors: [] })
        const all = instance.query('cmdb_ci')
        expect(all).toHaveLength(1)
        expect(all[0]).toMatchObject({ sys_id: discovered, sys_class_name: 'cmdb_ci_win_server', serial_number: 'VMW-42', os_version: '10.0.20348', discovery_source: 'ServiceNow' })
        expect(find('agent-win01')).toEqual({ sysId: discovered })
    })

    it('an OpCon that cannot be read is reported, and nothing is written', async () => {
        const { instance, sim, serverId } = connector()
        await sim.addMachine({ name: 'agent-x' })
        await sim.setFaults([{ kind: 'status', status: 503, method: 'GET', path: '/api/machines' }])
        const result = sync(serverId)
        expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 0 })
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
