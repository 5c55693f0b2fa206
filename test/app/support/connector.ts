// The built connector installed on a bench instance, with an OpCon simulator
// registered as a server: what every app-level test starts from.
import { Instance } from '../../bench/instance'
import type { PackageRecord } from '../../bench/records'
import { startOpConSim, type OpConSim } from '../../opcon-sim/client'

export const TOKEN = 'tok-3f1c9a7e2b5d4c8e9f0a1b2c3d4e5f60'
export const SERVER_NAME = 'opcon-test'

export interface Connector {
    sim: OpConSim
    instance: Instance
    /** sys_id of the registered server for the simulator's address. */
    serverId: string
    /** A new OpConApi, as a script in another scope would get it. */
    api(): OpConApiLike
    stop(): Promise<void>
}

export interface OpConError { code: string; message: string; retryable: boolean; ambiguous: boolean; opconMessage?: string }
export interface OpConResult { ok: boolean; status: number; data: unknown; error: OpConError | null }

export interface OpConApiLike {
    updateJobStatusById(address: unknown, jobId: unknown, action: unknown, reason: unknown, options?: unknown): OpConResult
    getJobActionResult(address: unknown, id: unknown): OpConResult
    getDailyJob(address: unknown, jobId: unknown): OpConResult
    buildSchedule(address: unknown, name: unknown, dates: unknown, options?: unknown): OpConResult
    getScheduleBuildResult(address: unknown, id: unknown): OpConResult
    getDailyScheduleByNameAndDate(address: unknown, name: unknown, date: unknown): OpConResult
    addJobToScheduleInDaily(address: unknown, dailyScheduleId: unknown, jobName: unknown, frequency: unknown, properties?: unknown, options?: unknown): OpConResult
    getScheduleActionResult(address: unknown, id: unknown): OpConResult
    getApiVersion(address: unknown): OpConResult
}

/**
 * `maxCallsPerSecond` sets x_opcon.max_calls_per_second; 0 (the default here, not the package's) is no
 * pace: the bench clock stands still while a test drains, so every delivery call of a test (and of the
 * tests before it on the same instance) falls into one bench second, and a pace of 5 would book the
 * sixth call a second later. The pace is tested where time moves (test/app/delivery-pace.test.ts).
 */
export async function startConnector(options: { sim?: OpConSim; serverName?: string; exclude?: (record: PackageRecord) => boolean; extraCa?: string[]; maxCallsPerSecond?: number } = {}): Promise<Connector> {
    const sim = options.sim ?? (await startOpConSim())
    await sim.addToken(TOKEN, { user: 'snow', privileged: true })
    const instance = Instance.load({ trustedCa: [...(sim.ca ? [sim.ca] : []), ...(options.extraCa ?? [])], exclude: options.exclude })
    instance.setProperty('x_opcon.max_calls_per_second', String(options.maxCallsPerSecond ?? 0))
    instance.createUser({ userName: 'opcon.admin', name: 'Olivia Admin', roles: ['x_opcon.admin'] })
    instance.createUser({ userName: 'agent', name: 'Jane Agent', roles: ['x_opcon.user', 'itil'] })
    instance.createUser({ userName: 'sysadmin', name: 'System Administrator', roles: ['admin'] })
    instance.createUser({ userName: 'opcon.integration', name: 'OpCon Integration', roles: ['itil', 'x_opcon.integration'] })
    instance.createUser({ userName: 'opcon.reporter', name: 'OpCon Failure Reporter', roles: ['x_opcon.failure_reporter'] })
    const serverId = instance.insert('x_opcon_server', {
        name: options.serverName ?? SERVER_NAME, address: sim.address, base_url: sim.url, active: true,
        connection_alias: createOpConAlias(instance, { name: options.serverName ?? SERVER_NAME, url: sim.url, token: TOKEN }),
    }, { as: 'opcon.admin' })
    if (!serverId) throw new Error(`registering the simulator failed: ${JSON.stringify(instance.messages)}`)
    const Api = instance.scriptInclude('OpConApi') as new () => OpConApiLike
    return {
        sim, instance, serverId,
        api: () => new Api(),
        stop: () => (options.sim ? Promise.resolve() : sim.stop()),
    }
}

/**
 * The connector with a second OpCon simulator registered as another collecting server ("opcon-dr"), as an
 * OpCon Connector admin adds it: both servers collect failed jobs.
 */
export async function startTwoServers(): Promise<{ two: Connector; other: OpConSim; otherId: string; stop: () => Promise<void> }> {
    const other = await startOpConSim()
    await other.addToken(TOKEN, { user: 'snow', privileged: true })
    const two = await startConnector({ extraCa: [other.ca!] })
    two.instance.update('x_opcon_server', two.serverId, { collect_failures: true }, { as: 'opcon.admin' })
    const otherId = two.instance.insert('x_opcon_server', { name: 'opcon-dr', address: other.address, base_url: other.url, connection_alias: createOpConAlias(two.instance, { name: 'opcon-dr', url: other.url, token: TOKEN }), active: true, collect_failures: true }, { as: 'opcon.admin' })
    if (!otherId) throw new Error(`registering the second simulator failed: ${JSON.stringify(two.instance.messages.slice(-2))}`)
    return { two, other, otherId, stop: async () => { await two.stop(); await other.stop() } }
}

/**
 * What an admin sets up in Connections & Credentials for one OpCon server ("Create a
 * Connection & Credential alias", "Create an HTTP(s) connection"): a child alias of the
 * package's OpCon alias, its HTTP connection at `url` and an API Key credential holding
 * `token`, created in the global application as the platform's UI does by default. The
 * alias's sys_id, for the server's connection_alias. With `midServer`, the connection
 * uses that Specific MID Server.
 */
export function createOpConAlias(instance: Instance, options: { name: string; url: string; token: string; active?: boolean; midServer?: string }): string {
    const parent = instance.query('sys_alias', 'id=x_opcon.OpCon')[0]
    if (!parent) throw new Error('the package did not install its OpCon alias')
    const slug = options.name.replace(/[^A-Za-z0-9_]/g, '_')
    const alias = instance.insert('sys_alias', {
        name: slug, id: slug, type: 'connection', connection_type: 'http_connection', parent: parent.sys_id, multiple_connections: false, sys_scope: 'global',
    })!
    const credential = instance.insert('api_key_credentials', { name: `${options.name} token`, api_key: options.token, active: true, sys_scope: 'global' })!
    instance.insert('http_connection', {
        name: `${options.name} connection`, connection_alias: alias, connection_url: options.url, credential, active: options.active ?? true, sys_scope: 'global',
        ...connectionMid(instance, options.midServer === undefined ? null : { selection: 'specific_mid_server', name: options.midServer }),
    })
    return alias
}

/**
 * What a connection_admin sets on an alias's HTTP connection ("Create an HTTP(s) connection"):
 * Use MID Server, MID Selection and, by name, the MID server record it references (created
 * when the instance has none of that name); null clears Use MID Server.
 */
export function setConnectionMid(instance: Instance, aliasSysId: string, mid: { selection: string; name?: string } | null): void {
    const connection = instance.query('http_connection', `connection_alias=${aliasSysId}`)[0]
    instance.update('http_connection', connection.sys_id, connectionMid(instance, mid))
}

function connectionMid(instance: Instance, mid: { selection: string; name?: string } | null): Record<string, string | boolean> {
    if (mid === null) return { use_mid: false, mid_selection: '', mid_server: '' }
    if (mid.name === undefined) return { use_mid: true, mid_selection: mid.selection, mid_server: '' }
    const agent = instance.query('ecc_agent', `name=${mid.name}`)[0]?.sys_id ?? instance.insert('ecc_agent', { name: mid.name, status: 'Up' })!
    return { use_mid: true, mid_selection: mid.selection, mid_server: agent }
}

/** What a credential admin does to rotate a server's token: the API key of its alias's credential changes. */
export function setServerToken(instance: Instance, serverSysId: string, token: string): void {
    const alias = instance.get('x_opcon_server', serverSysId)!.connection_alias
    const connection = instance.query('http_connection', `connection_alias=${alias}`)[0]
    instance.update('api_key_credentials', connection.credential, { api_key: token })
}

/** Every place a token could leak to: logs, errors, messages, journals, stored rows (but the credential's encrypted key). */
export function everythingVisible(instance: Instance): string {
    const rows = instance.tables().flatMap((table) => instance.store.rows(table).map((row) => {
        const copy: Record<string, string> = { ...row }
        // The credential's own field holds the token, encrypted: where it belongs.
        if (table === 'api_key_credentials') delete copy.api_key
        return JSON.stringify(copy)
    }))
    return JSON.stringify({ logs: instance.logs, errors: instance.errors, messages: instance.messages, warnings: instance.warnings, rows })
}

/** The platform's cross-scope refusals logged since `from` (scopes.ts writes them as errors). */
export function scopeRefusals(instance: Instance, from = 0): string[] {
    return instance.logs.slice(from).map((entry) => entry.message)
        .filter((message) => /^Security restricted: \w+ operation (on|against) /.test(message) || message.startsWith('Illegal access to private script include'))
}

/**
 * The connector for one test file: started before its tests, stopped after,
 * with the tunable properties back to their defaults before each test. The
 * bench enforces application scopes as a published install does, and no test
 * may leave a cross-scope refusal behind: a feature that forgets its
 * privilege record fails whichever scenario uses it.
 */
export function useConnector(): () => Connector {
    let c: Connector | undefined
    // The values the package installs, so a test that tunes a property cannot leak it into the next.
    let installed: Array<{ name: string; value: string }> = []
    beforeAll(async () => {
        c = await startConnector()
        installed = c.instance.query('sys_properties', 'nameSTARTSWITHx_opcon.').map((p) => ({ name: p.name, value: p.value }))
    })
    afterAll(async () => {
        await c?.stop()
    })
    let logsBefore = 0
    beforeEach(async () => {
        await c!.sim.clearFaults()
        for (const p of installed) c!.instance.setProperty(p.name, p.value)
        logsBefore = c!.instance.logs.length
    })
    afterEach(() => {
        expect(scopeRefusals(c!.instance, logsBefore)).toEqual([])
    })
    return () => c!
}
