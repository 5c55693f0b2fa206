// Glide shell: looks up registered OpCon servers. The token leaves this
// module only inside a Connection, which opcon-client.ts alone consumes.
import { GlideRecord } from '@servicenow/glide'
import { checkBaseUrl, checkServer, missingToken, tokenProblem } from './server-check.ts'
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

function readInfo(row: GlideRecord): ServerInfo {
    const baseUrl = String(row.getValue('base_url') ?? '')
    const checked = checkBaseUrl(baseUrl, row.getValue('allow_http') === '1')
    return {
        sysId: row.getUniqueValue(),
        name: String(row.getValue('name') ?? ''),
        address: String(row.getValue('address') ?? ''),
        baseUrl: checked.ok ? checked.url : baseUrl,
        midServer: String(row.getValue('mid_server') ?? ''),
    }
}

function findRow(address: string): GlideRecord | null {
    const row = new GlideRecord('x_opcon_server')
    row.addQuery('address', address.trim())
    row.orderByDesc('active')
    row.setLimit(1)
    row.query()
    return row.next() ? row : null
}

/** The secret itself: only openConnection and serverForTest need it. */
function tokenOf(row: GlideRecord): string {
    return String((row.getElement('api_token') as unknown as { getDecryptedValue(): string }).getDecryptedValue() ?? '').trim()
}

/** The server row for `address` if it can be called; the token's presence is judged from the stored (encrypted) value. */
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
        hasToken: String(row.getValue('api_token') ?? '') !== '',
    })
    return problem ? { ok: false, error: problem } : { ok: true, value: row }
}

/** A stored token that cannot go into a header (saved past the form's check, e.g. by an import with business rules off). */
function unsendable(server: { name: string; address: string }, token: string): { code: OpConErrorCode; message: string } | null {
    const problem = tokenProblem(token)
    return problem === null ? null : {
        code: 'missing_token',
        message: `OpCon server ${server.name || '(unnamed)'} (${server.address}) has an API token that cannot be sent, so nothing was sent. ${problem.replace(/^API token: it/, 'It')} An OpCon Connector admin can enter it again in the server record.`,
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
    const server = readInfo(found.value)
    const token = tokenOf(found.value)
    // A stored value that decrypts to nothing is no token either.
    if (token === '') return { ok: false, error: missingToken(server) }
    const bad = unsendable(server, token)
    if (bad) return { ok: false, error: bad }
    return { ok: true, value: { server, token } }
}

/** The registered server for `address`, without decrypting its token, if it can be called. */
export function findServer(address: string): { ok: true; server: ServerInfo } | { ok: false; error: { code: OpConErrorCode; message: string } } {
    const found = usableRow(address)
    return found.ok ? { ok: true, server: readInfo(found.value) } : found
}

/**
 * The server record with this sys_id as "Test connection" needs it: even when
 * inactive or without a token (the test says so), but never with a bad URL.
 */
export function serverForTest(sysId: string): Lookup<{ connection: Connection; active: boolean; hasToken: boolean }> {
    const row = new GlideRecord('x_opcon_server')
    if (!row.get(sysId)) return { ok: false, error: { code: 'unregistered_server', message: `There is no OpCon server record ${sysId}.` } }
    const info = readInfo(row)
    const checked = checkBaseUrl(String(row.getValue('base_url') ?? ''), row.getValue('allow_http') === '1')
    if (!checked.ok) return { ok: false, error: { code: checked.code, message: `OpCon server ${info.name} (${info.address}): ${checked.message}` } }
    const token = tokenOf(row)
    const bad = token === '' ? null : unsendable(info, token)
    if (bad) return { ok: false, error: bad }
    return { ok: true, value: { connection: { server: info, token }, active: row.getValue('active') === '1', hasToken: token !== '' } }
}
