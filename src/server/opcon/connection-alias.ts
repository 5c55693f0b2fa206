// Glide shell: a server's Connection & Credential alias as the platform gives it
// to a script, through sn_cc.ConnectionInfoProvider only ("ConnectionInfoProvider
// - Scoped", "ConnectionInfo - Scoped", ServiceNow docs). The app never queries a
// connection or credential table (test/app/scopes.test.ts forbids privileges on them);
// it reads only the MID server record the connection names, for its name.
import { GlideRecord } from '@servicenow/glide'
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
    const info = connectionInfo(aliasSysId)
    if (info === null) return null
    // api_key_credentials.api_key: the field an API Key credential keeps its key in (SDK alias-template-guide).
    return {
        connectionUrl: String(info.getAttribute('connection_url') ?? '').trim(),
        token: String(info.getCredentialAttribute('api_key') ?? '').trim(),
        mid: midOf(info),
    }
}

/** The alias's connection's MID server choice alone, without reading its credential; null when it gives no connection or no MID. */
export function readAliasMid(aliasSysId: string): AliasReading['mid'] {
    const info = connectionInfo(aliasSysId)
    return info === null ? null : midOf(info)
}

function connectionInfo(aliasSysId: string): ConnectionInfo | null {
    if (aliasSysId === '') return null
    const ConnectionInfoProvider = (snCc as unknown as { ConnectionInfoProvider?: Provider }).ConnectionInfoProvider
    if (typeof ConnectionInfoProvider !== 'function') return null
    return new ConnectionInfoProvider().getConnectionInfo(aliasSysId) ?? null
}

/**
 * The connection's MID server choice ("Create an HTTP(s) connection": Use MID
 * Server, MID Selection, MID Server). The MID Server field is a reference, so
 * getAttribute gives its sys_id, never a name (test/bench/ASSUMPTIONS.md).
 */
function midOf(info: ConnectionInfo): AliasReading['mid'] {
    const use = String(info.getAttribute('use_mid') ?? '')
    if (use !== 'true' && use !== '1') return null
    return {
        selection: String(info.getAttribute('mid_selection') ?? '').trim(),
        agentSysId: String(info.getAttribute('mid_server') ?? '').trim(),
    }
}

/**
 * The name RESTMessageV2.setMIDServer takes, for the MID server record the
 * connection names; '' when there is no such record (deleted, or unreadable).
 */
export function midServerName(agentSysId: string): string {
    if (!/^[0-9a-f]{32}$/.test(agentSysId)) return ''
    const agent = new GlideRecord('ecc_agent')
    return agent.get(agentSysId) ? String(agent.getValue('name') ?? '').trim() : ''
}
