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
