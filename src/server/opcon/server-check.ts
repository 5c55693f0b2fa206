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
    if (/@/.test(match[2])) return { ok: false, code: 'bad_url', message: 'The base URL contains credentials; put the token in the API token field instead.' }
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
    return { code: 'missing_token', message: `OpCon server ${row.name || '(unnamed)'} (${row.address}) has no API token. Generate an external token in OpCon Solution Manager and enter it in the server record.` }
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

/** Where a server's token goes: the base URL's origin, plain http allowed or not, and the MID server. */
export interface TokenDestination {
    baseUrl: string
    allowHttp: boolean
    midServer: string
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

/** The fields, in the form's words, whose change would send the token somewhere else. */
export function destinationChanges(before: TokenDestination, after: TokenDestination): string[] {
    const changed: string[] = []
    const origin = (url: string) => originOf(url) ?? url.trim()
    if (origin(before.baseUrl) !== origin(after.baseUrl)) changed.push('Base URL (scheme, host or port)')
    if (before.allowHttp !== after.allowHttp) changed.push('Allow plain http')
    if (before.midServer.trim() !== after.midServer.trim()) changed.push('MID server')
    return changed
}

/**
 * A stored token is bound to where it was entered for: a save that changes
 * where it would go must enter the token again (or empty it). Refused rather
 * than cleared, so nothing changes until an x_opcon.admin saves both together.
 */
export function rebindProblem(before: TokenDestination & { hasToken: boolean }, after: TokenDestination, tokenEntered: boolean): string | null {
    if (!before.hasToken || tokenEntered) return null
    const changed = destinationChanges(before, after)
    if (changed.length === 0) return null
    return `API token: this save changes ${changed.join(', ')} but does not enter the API token again. The stored token was entered for where the server pointed before, and the connector sends it nowhere else: enter the API token again in the same save (or empty it, to save the server without a token).`
}
