// Glide shell: looks up registered OpCon servers. The token comes from the
// server's Connection & Credential alias (connection-alias.ts) and leaves this
// module only inside a Connection, which opcon-client.ts alone consumes.
import { GlideRecord } from '@servicenow/glide'
import { aliasProblem, checkBaseUrl, checkServer, midChoice, tokenProblem, type AliasReading } from './server-check.ts'
import { midServerName, readAlias, readAliasMid } from './connection-alias.ts'
import type { OpConErrorCode } from './opcon-result.ts'

/** What may be shown about a server: never its token. */
export interface ServerInfo {
    sysId: string
    name: string
    address: string
    baseUrl: string
    midServer: string
}

export interface Connection {
    server: ServerInfo
    token: string
}

export type Lookup<T> = { ok: true; value: T } | { ok: false; error: { code: OpConErrorCode; message: string } }

type MidOf = { name: string; error: { code: OpConErrorCode; message: string } | null }

function readInfo(row: GlideRecord, mid: MidOf = midOf(row)): ServerInfo {
    return { ...withoutMid(row), midServer: mid.name }
}

function withoutMid(row: GlideRecord): Omit<ServerInfo, 'midServer'> {
    const baseUrl = String(row.getValue('base_url') ?? '')
    const checked = checkBaseUrl(baseUrl, row.getValue('allow_http') === '1')
    return {
        sysId: row.getUniqueValue(),
        name: String(row.getValue('name') ?? ''),
        address: String(row.getValue('address') ?? ''),
        baseUrl: checked.ok ? checked.url : baseUrl,
    }
}

function aliasOf(row: GlideRecord): string {
    return String(row.getValue('connection_alias') ?? '')
}

/**
 * The MID server the alias's HTTP connection names ('' for none), or why it
 * cannot be used; `reading` is the alias's MID choice when the caller has
 * read the alias already (read here, without the credential, otherwise).
 */
function midOf(row: GlideRecord, reading: AliasReading['mid'] = readAliasMid(aliasOf(row))): MidOf {
    const chosen = midChoice(withoutMid(row), reading, midServerName)
    return chosen.ok ? { name: chosen.name, error: null } : { name: '', error: chosen.error }
}

/**
 * The server's alias read once, as openConnection and serverForTest need it:
 * the connection gives both the MID choice and the token, so neither is read
 * twice (each ConnectionInfoProvider read looks up the alias, its connection
 * and its credential, and decrypts the key).
 */
function readConnection(row: GlideRecord): { alias: AliasReading | null; mid: MidOf } {
    const alias = readAlias(aliasOf(row))
    return { alias, mid: midOf(row, alias === null ? null : alias.mid) }
}

function findRow(address: string): GlideRecord | null {
    const row = new GlideRecord('x_opcon_server')
    row.addQuery('address', address.trim())
    row.orderByDesc('active')
    row.setLimit(1)
    row.query()
    return row.next() ? row : null
}

/**
 * The secret itself, only while the alias's connection still points at the
 * registered base URL: only openConnection and serverForTest need it.
 */
function tokenOf(row: GlideRecord, info: ServerInfo, { alias, mid }: { alias: AliasReading | null; mid: MidOf }): Lookup<string> {
    const problem = aliasProblem({ name: info.name, address: info.address, baseUrl: info.baseUrl, allowHttp: row.getValue('allow_http') === '1' }, alias)
    if (problem) return { ok: false, error: problem }
    // A MID the connector cannot pick never turns into a call straight from the instance.
    return mid.error ? { ok: false, error: mid.error } : { ok: true, value: alias!.token }
}

/** The server row for `address` if it can be called; whether it has a token is judged by its alias (without reading the credential). */
function usableRow(address: string): Lookup<GlideRecord> {
    if (typeof address !== 'string' || address.trim() === '') return { ok: false, error: { code: 'invalid_argument', message: 'No OpCon address was given (expected host:port, as in the incident\'s correlation id).' } }
    const row = findRow(address)
    if (!row) return unregistered(address.trim())
    const problem = checkServer({
        name: String(row.getValue('name') ?? ''),
        address: address.trim(),
        baseUrl: String(row.getValue('base_url') ?? ''),
        allowHttp: row.getValue('allow_http') === '1',
        active: row.getValue('active') === '1',
        hasToken: String(row.getValue('connection_alias') ?? '') !== '',
    })
    return problem ? { ok: false, error: problem } : { ok: true, value: row }
}

/** A credential's key that cannot go into a header (Connections & Credentials does not check it for us). */
function unsendable(server: { name: string; address: string }, token: string): { code: OpConErrorCode; message: string } | null {
    const problem = tokenProblem(token)
    return problem === null ? null : {
        code: 'missing_token',
        message: `OpCon server ${server.name || '(unnamed)'} (${server.address}) has an API token that cannot be sent, so nothing was sent. ${problem.replace(/^API token: it/, 'It')} A credential admin can enter it again in the API Key credential of the server's Connection alias (Connections & Credentials).`,
    }
}

function unregistered(address: string): Lookup<never> {
    return {
        ok: false,
        error: {
            code: 'unregistered_server',
            message: `No OpCon server is registered for address "${address}", so nothing was sent. An OpCon Connector admin can register it under OpCon Connector > Servers (Address exactly as in the incident's correlation id).`,
        },
    }
}

/** A usable connection to the active server registered for `address`. */
export function openConnection(address: string): Lookup<Connection> {
    const found = usableRow(address)
    if (!found.ok) return found
    const connection = readConnection(found.value)
    const server = readInfo(found.value, connection.mid)
    const token = tokenOf(found.value, server, connection)
    if (!token.ok) return token
    const bad = unsendable(server, token.value)
    if (bad) return { ok: false, error: bad }
    return { ok: true, value: { server, token: token.value } }
}

/** The registered server for `address`, without reading its credential, if it can be called. */
export function findServer(address: string): { ok: true; server: ServerInfo } | { ok: false; error: { code: OpConErrorCode; message: string } } {
    const found = usableRow(address)
    return found.ok ? { ok: true, server: readInfo(found.value) } : found
}

/**
 * The server record with this sys_id as "Test connection" needs it: even when
 * inactive or without a token (the test says so), but never with a bad URL or
 * an alias whose connection points elsewhere.
 */
export function serverForTest(sysId: string): Lookup<{ connection: Connection; active: boolean; hasToken: boolean }> {
    const row = new GlideRecord('x_opcon_server')
    if (!row.get(sysId)) return { ok: false, error: { code: 'unregistered_server', message: `There is no OpCon server record ${sysId}.` } }
    const info = readInfo(row)
    const checked = checkBaseUrl(String(row.getValue('base_url') ?? ''), row.getValue('allow_http') === '1')
    if (!checked.ok) return { ok: false, error: { code: checked.code, message: `OpCon server ${info.name} (${info.address}): ${checked.message}` } }
    // The credential only once the URL is known to be good.
    const token = tokenOf(row, info, readConnection(row))
    if (!token.ok && token.error.code !== 'missing_token') return token
    const value = token.ok ? token.value : ''
    const bad = value === '' ? null : unsendable(info, value)
    if (bad) return { ok: false, error: bad }
    return { ok: true, value: { connection: { server: info, token: value }, active: row.getValue('active') === '1', hasToken: value !== '' } }
}
