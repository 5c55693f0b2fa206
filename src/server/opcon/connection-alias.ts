// Glide shell: a server's Connection & Credential alias as the platform gives it
// to a script, through sn_cc.ConnectionInfoProvider only ("ConnectionInfoProvider
// - Scoped", "ConnectionInfo - Scoped", ServiceNow docs). The app never queries a
// connection or credential table (test/app/scopes.test.ts forbids privileges on them).
import * as snCc from '@servicenow/glide/sn_cc'
import type { AliasReading } from './server-check.ts'

interface ConnectionInfo {
    getAttribute(name: string): string | null
    getCredentialAttribute(name: string): string | null
}

type Provider = new () => { getConnectionInfo(aliasId: string): ConnectionInfo | null }

/**
 * The alias's active connection URL and its API Key credential's key, or null
 * when the alias gives no connection (none active, none in this domain, or
 * hidden from this scope). The docs name the class ConnectionInfoProvider; the
 * @servicenow/glide typings call it ConnectionProvider, so it is looked up by
 * the docs' name and a platform without it reads as no connection.
 */
export function readAlias(aliasSysId: string): AliasReading | null {
    if (aliasSysId === '') return null
    const ConnectionInfoProvider = (snCc as unknown as { ConnectionInfoProvider?: Provider }).ConnectionInfoProvider
    if (typeof ConnectionInfoProvider !== 'function') return null
    const info = new ConnectionInfoProvider().getConnectionInfo(aliasSysId)
    if (info === null || info === undefined) return null
    // api_key_credentials.api_key: the field an API Key credential keeps its key in (SDK alias-template-guide).
    return {
        connectionUrl: String(info.getAttribute('connection_url') ?? '').trim(),
        token: String(info.getCredentialAttribute('api_key') ?? '').trim(),
    }
}
