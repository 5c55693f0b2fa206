// Glide shell for the server form's "Connection & credential" button: opens
// Connections & Credentials at the server's alias, or at the package's OpCon
// alias when none is chosen yet (its Child Aliases list makes a new one, and an
// alias's form offers "Create New Connection & Credential": ServiceNow docs,
// "Create a Connection & Credential alias"). No credential table is read here.
import type { GlideRecord } from '@servicenow/glide'

/** The package's parent alias x_opcon.OpCon (fluent/connections/opcon-alias.now.ts; keys.ts alias_opcon). */
export const OPCON_ALIAS_SYS_ID = '1f980be4be96413c926ec2788b049df6'

export function aliasPage(current: GlideRecord): string {
    const chosen = String(current.getValue('connection_alias') ?? '')
    return `sys_alias.do?sys_id=${/^[0-9a-f]{32}$/.test(chosen) ? chosen : OPCON_ALIAS_SYS_ID}`
}
