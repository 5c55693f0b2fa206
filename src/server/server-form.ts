// Glide shell for the server form: refuses a record an admin could not use.
import { gs } from '@servicenow/glide'
import type { GlideRecord } from '@servicenow/glide'
import { checkBaseUrl, serverFormProblems } from './server-check.ts'

export function validateServer(current: GlideRecord, _previous: GlideRecord | null): void {
    const row = {
        name: String(current.getValue('name') ?? ''),
        address: String(current.getValue('address') ?? ''),
        baseUrl: String(current.getValue('base_url') ?? ''),
        allowHttp: current.getValue('allow_http') === '1',
    }
    const problems = serverFormProblems(row)
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
