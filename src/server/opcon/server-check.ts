// Whether a registered OpCon server row can be called, decided before any
// request is made: nothing goes to a host an admin has not registered and
// activated, over http unless the row allows it, or without a token.
import { parseAddress } from './correlation.ts'

export interface ServerRow {
    name: string
    address: string
    baseUrl: string
    allowHttp: boolean
    active: boolean
    hasToken: boolean
}

export type ServerProblem = { code: 'inactive_server' | 'insecure_url' | 'bad_url' | 'missing_token'; message: string }

/** The base URL without trailing slashes, or a reason it is not usable. */
export function checkBaseUrl(baseUrl: string, allowHttp: boolean): { ok: true; url: string } | { ok: false; code: 'insecure_url' | 'bad_url'; message: string } {
    const url = baseUrl.trim().replace(/\/+$/, '')
    const match = /^(https?):\/\/([^/?#\s]+)(\/[^?#\s]*)?$/i.exec(url)
    // The URL itself is never repeated in a message: a mistyped one may hold a secret.
    if (!match) return { ok: false, code: 'bad_url', message: 'The base URL is not a URL like https://opcon.example.com:9010 (no query string, no spaces).' }
    if (/@/.test(match[2])) return { ok: false, code: 'bad_url', message: 'The base URL contains credentials; the token belongs in the API Key credential of the server\'s Connection alias instead.' }
    if (match[1].toLowerCase() === 'http' && !allowHttp) {
        return { ok: false, code: 'insecure_url', message: 'The base URL uses plain http, which would send the API token unencrypted. Use https (OpCon 20+ serves its API only over TLS), or tick "Allow plain http" on the server record if you accept the risk.' }
    }
    return { ok: true, url }
}

/** Problems that stop a call to this server, in the order an admin should fix them. */
export function checkServer(row: ServerRow): ServerProblem | null {
    const who = `OpCon server ${row.name || '(unnamed)'} (${row.address})`
    if (!row.active) return { code: 'inactive_server', message: `${who} is registered but not active, so the connector does not call it. An OpCon Connector admin can activate it under OpCon Connector > Servers.` }
    const url = checkBaseUrl(row.baseUrl, row.allowHttp)
    if (!url.ok) return { code: url.code, message: `${who}: ${url.message}` }
    if (!row.hasToken) return missingToken(row)
    return null
}

export function missingToken(row: { name: string; address: string }): ServerProblem {
    return {
        code: 'missing_token',
        message: `OpCon server ${row.name || '(unnamed)'} (${row.address}) has no API token. An OpCon Connector admin picks the server's Connection alias in the server record; in Connections & Credentials that alias needs an active HTTP connection with the server's Base URL and an API Key credential holding an external token from OpCon Solution Manager.`,
    }
}

/** What the server's Connection & Credential alias gave: its connection's URL and the credential's API key. */
export interface AliasReading {
    connectionUrl: string
    token: string
    /** The HTTP connection's MID server choice; null when Use MID Server is off. */
    mid: { selection: string; agentSysId: string } | null
}

/**
 * The MID server the connection asks for, as a name for setMIDServer ('' for
 * none), or words when it asks for a MID the connector cannot pick: it never
 * sends directly instead (OpCon may be reachable only from inside the network,
 * and the admin chose the MID for that). `agentName` resolves a MID server
 * record's sys_id to its name ('' when there is none).
 */
export function midChoice(server: { name: string; address: string }, mid: AliasReading['mid'], agentName: (sysId: string) => string): { ok: true; name: string } | { ok: false; error: ServerProblem } {
    if (mid === null) return { ok: true, name: '' }
    const who = `OpCon server ${server.name || '(unnamed)'} (${server.address})`
    const fix = 'so nothing was sent. In Connections & Credentials, set its MID Selection to Specific MID Server and choose the MID server, or clear Use MID Server.'
    if (mid.selection !== 'specific_mid_server') {
        return { ok: false, error: { code: 'bad_url', message: `${who}: its Connection alias's HTTP connection uses a MID server the connector cannot pick (only a Specific MID Server is supported, not auto-selection or a MID cluster), ${fix}` } }
    }
    const name = mid.agentSysId === '' ? '' : agentName(mid.agentSysId)
    if (name === '') {
        return { ok: false, error: { code: 'bad_url', message: `${who}: its Connection alias's HTTP connection names no MID server the connector can find (MID Server > Servers), ${fix}` } }
    }
    return { ok: true, name }
}

/**
 * Whether the alias's token may go to this server. The platform lets a
 * connection's URL change while its credential stays (the credential is only a
 * reference on the connection), so the token goes only where the server record
 * still points: the connection's URL must be the registered base URL (scheme,
 * host, port and path), and an x_opcon.admin confirms a move by changing the
 * base URL to match. Null when it may go; neither URL is repeated in words.
 */
export function aliasProblem(server: { name: string; address: string; baseUrl: string; allowHttp: boolean }, alias: Pick<AliasReading, 'connectionUrl' | 'token'> | null): ServerProblem | null {
    if (alias === null || alias.token === '') return missingToken(server)
    const registered = checkBaseUrl(server.baseUrl, server.allowHttp)
    const connection = checkBaseUrl(alias.connectionUrl, server.allowHttp)
    if (!registered.ok || !connection.ok || !sameEndpoint(registered.url, connection.url)) {
        return {
            code: 'bad_url',
            message: `OpCon server ${server.name || '(unnamed)'} (${server.address}): the URL of its Connection alias's HTTP connection is not the server's registered Base URL, so its API token was not sent. If OpCon has moved, an OpCon Connector admin confirms it by entering the connection's URL as the server's Base URL; otherwise correct the connection in Connections & Credentials.`,
        }
    }
    return null
}

/** Same scheme, host and port (default ports spelled out, case ignored) and the same path. */
export function sameEndpoint(a: string, b: string): boolean {
    const origin = originOf(a)
    if (origin === null || origin !== originOf(b)) return false
    const path = (url: string) => url.trim().replace(/^[a-z]+:\/\/[^/?#]*/i, '').replace(/\/+$/, '')
    return path(a) === path(b)
}

/** Validation for the server form: what is wrong with the fields an admin typed. */
export function serverFormProblems(row: { name: string; address: string; baseUrl: string; allowHttp: boolean }): string[] {
    const problems: string[] = []
    if (row.name.trim() === '') problems.push('Give the server a name.')
    const address = parseAddress(row.address.trim())
    if ('code' in address) problems.push(`Address: ${address.message}.`)
    const url = checkBaseUrl(row.baseUrl, row.allowHttp)
    if (!url.ok) problems.push(`Base URL: ${url.message}`)
    return problems
}

/**
 * What is wrong with an API token as typed, or null. It goes into an HTTP
 * header (`Authorization: Token <token>`), so only visible ASCII is accepted:
 * a space or line break (often left by copying) would break the header or
 * smuggle another one into the request. The token itself is never repeated.
 */
export function tokenProblem(token: string): string | null {
    const again = 'enter the token exactly as OpCon Solution Manager shows it.'
    if (/[ \t\r\n\u00a0\u2028\u2029]/.test(token)) return `API token: it contains a space or a line break (often left by copying); ${again}`
    if (/[\u0000-\u001f\u007f-\u009f]/.test(token)) return `API token: it contains a control character; ${again}`
    if (/[^\u0021-\u007e]/.test(token)) return `API token: it contains a character other than letters, digits and punctuation (visible ASCII); ${again}`
    return null
}

const DEFAULT_PORT: Record<string, string> = { http: '80', https: '443' }

/** `scheme://host:port` of a base URL, lower case and with the default port spelled out; null when it is not a URL. */
export function originOf(baseUrl: string): string | null {
    const match = /^(https?):\/\/([^/?#\s]+)(?:[/?#]|$)/i.exec(baseUrl.trim())
    if (!match) return null
    const scheme = match[1].toLowerCase()
    const authority = match[2].toLowerCase()
    const hostPort = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(authority)
    if (!hostPort) return null
    const port = hostPort[2] ? String(Number(hostPort[2])) : DEFAULT_PORT[scheme]
    return `${scheme}://${hostPort[1]}:${port}`
}
