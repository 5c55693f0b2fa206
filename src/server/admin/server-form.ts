// Glide shell for the server form: refuses a record an admin could not use,
// and a save that points the server at an alias whose connection goes
// somewhere else than the Base URL.
import { gs, GlideRecord } from '@servicenow/glide'
import { checkBaseUrl, sameEndpoint, serverFormProblems } from '../opcon/server-check.ts'
import { readAlias } from '../opcon/connection-alias.ts'
import { messageText } from '../log/journal-text.ts'

/**
 * What is wrong with the alias as this save sets it, or null. Checked only when
 * the alias, the base URL or Allow plain http change (or on insert), so a save
 * that only deactivates a server whose connection has moved is never refused.
 */
function aliasMismatch(current: GlideRecord, existing: GlideRecord | null, baseUrl: string, allowHttp: boolean): string | null {
    const aliasId = String(current.getValue('connection_alias') ?? '')
    if (aliasId === '') return null
    const changed = ['connection_alias', 'base_url', 'allow_http'].some((field) => String(existing?.getValue(field) ?? '') !== String(current.getValue(field) ?? ''))
    if (existing !== null && !changed) return null
    const alias = readAlias(aliasId)
    if (alias === null) return 'Connection alias: it has no active HTTP connection this application can read. In Connections & Credentials, give the alias an active HTTP connection with the Base URL and an API Key credential.'
    const registered = checkBaseUrl(baseUrl, allowHttp)
    const connection = checkBaseUrl(alias.connectionUrl, allowHttp)
    if (registered.ok && (!connection.ok || !sameEndpoint(registered.url, connection.url))) {
        return 'Base URL: it is not the URL of the Connection alias\'s HTTP connection. The API token is sent only where both agree: enter the connection\'s URL here, or correct the connection in Connections & Credentials.'
    }
    return null
}

export function validateServer(current: GlideRecord, previous: GlideRecord | null): void {
    const row = {
        name: String(current.getValue('name') ?? ''),
        address: String(current.getValue('address') ?? ''),
        baseUrl: String(current.getValue('base_url') ?? ''),
        allowHttp: current.getValue('allow_http') === '1',
    }
    const problems = serverFormProblems(row)
    const twin = new GlideRecord('x_opcon_server')
    twin.addQuery('address', row.address.trim())
    twin.addQuery('sys_id', '!=', current.getUniqueValue())
    twin.query()
    if (row.address.trim() !== '' && twin.next()) {
        problems.push(`Address: server ${String(twin.getValue('name') ?? '')} already has address ${row.address.trim()}; each OpCon address is registered once.`)
    }
    const existing = previous !== null && !current.isNewRecord() ? previous : null
    const mismatch = aliasMismatch(current, existing, row.baseUrl, row.allowHttp)
    if (mismatch) problems.push(mismatch)
    if (problems.length > 0) {
        for (const problem of problems) gs.addErrorMessage(messageText(problem))
        current.setAbortAction(true)
        return
    }
    // Stored the way the connector builds URLs and matches correlation ids.
    const url = checkBaseUrl(row.baseUrl, row.allowHttp)
    if (url.ok && url.url !== row.baseUrl) current.setValue('base_url', url.url)
    if (row.address.trim() !== row.address) current.setValue('address', row.address.trim())
}
