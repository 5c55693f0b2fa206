// Glide shell for the server form: refuses a record an admin could not use.
import { gs, GlideRecord } from '@servicenow/glide'
import { checkBaseUrl, serverFormProblems } from './server-check.ts'

export function validateServer(current: GlideRecord, _previous: GlideRecord | null): void {
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
    if (problems.length > 0) {
        for (const problem of problems) gs.addErrorMessage(problem)
        current.setAbortAction(true)
        return
    }
    // Stored the way the connector builds URLs and matches correlation ids.
    const url = checkBaseUrl(row.baseUrl, row.allowHttp)
    if (url.ok && url.url !== row.baseUrl) current.setValue('base_url', url.url)
    if (row.address.trim() !== row.address) current.setValue('address', row.address.trim())
}
