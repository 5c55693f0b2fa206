// Glide shell for the server form: refuses a record an admin could not use,
// a token that cannot go into a header, and a save that would send the stored
// token somewhere it was not entered for.
import { gs, GlideRecord } from '@servicenow/glide'
import { checkBaseUrl, rebindProblem, serverFormProblems, tokenProblem, type TokenDestination } from '../opcon/server-check.ts'
import { messageText } from '../log/journal-text.ts'

interface TokenElement {
    changes(): boolean
    getDecryptedValue(): string
}

function destinationOf(row: GlideRecord): TokenDestination {
    return {
        baseUrl: String(row.getValue('base_url') ?? ''),
        allowHttp: row.getValue('allow_http') === '1',
        midServer: String(row.getValue('mid_server') ?? ''),
    }
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
    // password2: the value set in this save decrypts to what was typed; an unchanged one is not looked at.
    const token = current.getElement('api_token') as unknown as TokenElement
    const existing = previous !== null && !current.isNewRecord() ? previous : null
    const tokenEntered = existing === null || token.changes()
    const typed = tokenEntered ? String(token.getDecryptedValue() ?? '') : ''
    const badToken = typed === '' ? null : tokenProblem(typed)
    if (badToken) problems.push(badToken)
    if (existing) {
        const rebind = rebindProblem({ ...destinationOf(existing), hasToken: String(existing.getValue('api_token') ?? '') !== '' }, destinationOf(current), tokenEntered)
        if (rebind) problems.push(rebind)
    }
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
