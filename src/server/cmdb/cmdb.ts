// Glide shell of the CMDB capability: finds an agent's CI, and "Sync OpCon agents to
// CMDB" (OpCon's machines → the Identification and Reconciliation Engine). The
// decisions are in agent-ci.ts and machines-request.ts.
import { gs, GlideRecord } from '@servicenow/glide'
import type { GlideRecord as GlideRecordType } from '@servicenow/glide'
import { IdentificationEngine } from '@servicenow/glide/sn_cmdb'
import { callServer } from '../api/opcon-api.ts'
import { serverForTest } from '../opcon/server-registry.ts'
import { log } from '../log/log.ts'
import { messageText } from '../log/journal-text.ts'
import {
    agentPayload, ciClassFrom, count, decideAgentCi, DEFAULT_CI_CLASS, DISCOVERY_SOURCE, CI_SEARCH_LIMIT, emptyCounts,
    interpretIreOutput, parseMachines, syncSummary, type AgentCi, type CiCandidate, type OpConMachine, type SyncCounts,
} from './agent-ci.ts'
import { MACHINE_PAGE, machinesRequest, MAX_MACHINE_PAGES, morePages } from './machines-request.ts'

function configuredClass(): ReturnType<typeof ciClassFrom> {
    return ciClassFrom(String(gs.getProperty('x_opcon.ci_class', DEFAULT_CI_CLASS) ?? ''))
}

/**
 * The configuration item of an OpCon agent machine: the one CI of class
 * x_opcon.ci_class (or a class extending it) named like the machine, ignoring
 * case; none or several give an empty sys_id and a sentence for the work notes.
 */
export function findAgentCi(machineName: string): AgentCi {
    const chosen = configuredClass()
    if (!chosen.ok) return { sysId: '', note: `No configuration item was linked: ${chosen.message}` }
    const name = String(machineName ?? '').trim()
    if (name === '') return decideAgentCi(name, chosen.className, [])
    // The name condition of a database that ignores case is LIKE here; the exact match is decided in agent-ci.ts.
    const ci = new GlideRecord(chosen.className)
    ci.addQuery('name', 'LIKE', name)
    ci.setLimit(CI_SEARCH_LIMIT)
    ci.query()
    const candidates: CiCandidate[] = []
    while (ci.next()) {
        candidates.push({ sysId: ci.getUniqueValue(), name: String(ci.getValue('name') ?? ''), className: String(ci.getValue('sys_class_name') ?? '') })
    }
    return decideAgentCi(name, chosen.className, candidates)
}

/** OpCon's agent machines, page by page; an error sentence when a page could not be read. */
function readMachines(serverSysId: string): { serverName: string; machines: OpConMachine[]; errors: string[] } {
    const found = serverForTest(serverSysId)
    if (!found.ok) return { serverName: serverSysId, machines: [], errors: [found.error.message] }
    const { connection, active } = found.value
    const serverName = connection.server.name
    if (!active) return { serverName, machines: [], errors: [`OpCon server ${serverName} is not active: tick Active before synchronising its agents.`] }
    const machines: OpConMachine[] = []
    const errors: string[] = []
    for (let page = 0; page < MAX_MACHINE_PAGES; page++) {
        const result = callServer(connection, machinesRequest(page * MACHINE_PAGE))
        if (!result.ok) return { serverName, machines: [], errors: [`The agents were not synchronised: ${result.error!.message}`] }
        const parsed = parseMachines(result.data)
        machines.push(...parsed.machines)
        errors.push(...parsed.problems)
        const received = Array.isArray(result.data) ? result.data.length : 0
        if (!morePages(page, received)) {
            if (received >= MACHINE_PAGE) errors.push(`OpCon lists more than ${MAX_MACHINE_PAGES * MACHINE_PAGE} machines: only the first ${MAX_MACHINE_PAGES * MACHINE_PAGE} were synchronised.`)
            break
        }
    }
    return { serverName, machines, errors }
}

function syncWithName(serverSysId: string): { serverName: string; counts: SyncCounts } {
    const chosen = configuredClass()
    if (!chosen.ok) return { serverName: serverSysId, counts: { ...emptyCounts(), errors: [chosen.message] } }
    const { serverName, machines, errors } = readMachines(serverSysId)
    let counts: SyncCounts = { ...emptyCounts(), errors }
    for (const machine of machines) {
        let output: string
        try {
            output = IdentificationEngine.createOrUpdateCI(DISCOVERY_SOURCE, agentPayload(machine, chosen.className))
        } catch (error) {
            // A refusal of the engine itself (a missing privilege) refuses every agent alike: stop at the first.
            counts = { ...counts, errors: [...counts.errors, `The Identification and Reconciliation Engine refused the call: ${error instanceof Error ? error.message : String(error)}`] }
            break
        }
        counts = count(counts, interpretIreOutput(output, machine.name))
    }
    const summary = syncSummary(serverName, counts)
    if (counts.errors.length === 0) log.info(summary)
    else log.warn(`${summary} ${counts.errors.join(' ')}`)
    return { serverName, counts }
}

/**
 * Reads the server's agent machines from OpCon and creates or updates one CI per
 * agent through the Identification and Reconciliation Engine, with the
 * connector's discovery source.
 */
export function syncAgents(serverSysId: string): { created: number; updated: number; unchanged: number; errors: string[] } {
    return syncWithName(serverSysId).counts
}

const SHOWN_ERRORS = 10

/** The UI action "Sync OpCon agents to CMDB": the counts, then each error, on the form. */
export function showAgentSync(current: GlideRecordType): void {
    const { serverName, counts } = syncWithName(current.getUniqueValue())
    const summary = messageText(syncSummary(serverName, counts))
    if (counts.errors.length === 0) gs.addInfoMessage(summary)
    else gs.addErrorMessage(summary)
    for (const error of counts.errors.slice(0, SHOWN_ERRORS)) gs.addErrorMessage(messageText(error))
    if (counts.errors.length > SHOWN_ERRORS) gs.addErrorMessage(messageText(`${counts.errors.length - SHOWN_ERRORS} more errors are in the system log.`))
}
