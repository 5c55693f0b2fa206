// "Test connection" on the OpCon server form: the version (no token needed),
// then one authenticated read, reported to the admin in words.
import { gs } from '@servicenow/glide'
import type { GlideRecord } from '@servicenow/glide'
import { callServer } from '../api/opcon-api.ts'
import { dailySchedulesRequest, versionRequest } from '../opcon/opcon-requests.ts'
import { serverForTest } from '../opcon/server-registry.ts'
import { missingToken } from '../opcon/server-check.ts'
import { messageText } from '../log/journal-text.ts'

export interface ConnectionReport {
    ok: boolean
    version: string | null
    /** Sentences for the admin, in order; `ok` false means at least one is an error. */
    findings: Array<{ level: 'info' | 'error'; text: string }>
}

export function testConnection(serverSysId: string, today: string): ConnectionReport {
    const findings: ConnectionReport['findings'] = []
    const found = serverForTest(serverSysId)
    if (!found.ok) return { ok: false, version: null, findings: [{ level: 'error', text: found.error.message }] }
    const { connection, active, hasToken } = found.value
    const name = `${connection.server.name} (${connection.server.baseUrl})`
    if (!active) findings.push({ level: 'error', text: `The server is not active: the connector will not call it until you tick Active.` })

    const version = callServer(connection, versionRequest())
    if (!version.ok) {
        findings.push({ level: 'error', text: version.error!.message })
        return { ok: false, version: null, findings }
    }
    const v = (version.data as Record<string, unknown> | null)?.opConRestApiProductVersion
    const versionText = typeof v === 'string' ? v : null
    findings.push({ level: 'info', text: `Reached OpCon REST API ${versionText ?? '(version not reported)'} at ${name}.` })

    if (!hasToken) {
        findings.push({ level: 'error', text: missingToken(connection.server).message })
        return { ok: false, version: versionText, findings }
    }
    const read = callServer(connection, dailySchedulesRequest('', today))
    if (!read.ok) {
        findings.push({ level: 'error', text: read.error!.message })
        return { ok: false, version: versionText, findings }
    }
    const count = Array.isArray(read.data) ? read.data.length : 0
    findings.push({ level: 'info', text: `The API token works: its user can read the daily schedules (${count} on ${today}).` })
    return { ok: findings.every((f) => f.level === 'info'), version: versionText, findings }
}

/** The UI action's entry point: runs the test and shows each finding on the form. */
export function showConnectionTest(current: GlideRecord): void {
    const today = new Date().toISOString().slice(0, 10)
    const report = testConnection(current.getUniqueValue(), today)
    for (const finding of report.findings) {
        if (finding.level === 'error') gs.addErrorMessage(messageText(finding.text))
        else gs.addInfoMessage(messageText(finding.text))
    }
}
