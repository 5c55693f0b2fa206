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
    agentPayload, checkWrite, ciClassFrom, count, countLeft, decideAgentCi, DEFAULT_CI_CLASS, DISCOVERY_SOURCE, CI_SEARCH_LIMIT, emptyCounts,
    interpretIdentification, interpretIreOutput, parseMachines, syncStep, syncSummary,
    type AgentCi, type CiCandidate, type MatchedCi, type OpConMachine, type SyncCounts,
} from './agent-ci.ts'
import { MACHINE_PAGE, machinesRequest, MAX_MACHINE_PAGES, morePages } from './machines-request.ts'

function configuredClass(): ReturnType<typeof ciClassFrom> {
    return ciClassFrom(String(gs.getProperty('x_opcon.ci_class', DEFAULT_CI_CLASS) ?? ''))
}

/**
 * The configuration item of an OpCon agent machine: the one CI of class
 * x_opcon.ci_class (or a class extending it) named like the machine, ignoring
 * case; none or several give an empty sys_id and a sentence for the work notes.
 * Whichever discovery source owns that CI: referencing it changes nothing of it,
 * and the machine name comes from OpCon's own answer about the run (README,
 * "Configuration item").
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

/** The CI identifyCI matched, read where the Hardware Rule searches (cmdb_ci_hardware); null when it is not there. */
function readMatchedCi(sysId: string): MatchedCi | null {
    const ci = new GlideRecord('cmdb_ci_hardware')
    if (!ci.get(sysId)) return null
    return {
        sysId: ci.getUniqueValue(),
        name: String(ci.getValue('name') ?? ''),
        className: String(ci.getValue('sys_class_name') ?? ''),
        discoverySource: String(ci.getValue('discovery_source') ?? ''),
    }
}

/**
 * One agent: the IRE identifies it without writing, the connector decides
 * (agent-ci.ts syncStep), and only a new CI or one the connector owns is written.
 */
function syncMachine(machine: OpConMachine, className: string, counts: SyncCounts): SyncCounts {
    const identified = interpretIdentification(IdentificationEngine.identifyCI(agentPayload(machine, className)), machine.name)
    if (!identified.ok) return { ...counts, errors: [...counts.errors, identified.message] }
    const step = syncStep(machine, className, identified, identified.sysId === null ? null : readMatchedCi(identified.sysId))
    if (step.kind === 'leave') return countLeft(counts, step.note)
    const output = IdentificationEngine.createOrUpdateCI(DISCOVERY_SOURCE, step.payload)
    return count(counts, checkWrite(step, interpretIreOutput(output, machine.name), machine.name))
}

function syncWithName(serverSysId: string): { serverName: string; counts: SyncCounts } {
    const chosen = configuredClass()
    if (!chosen.ok) return { serverName: serverSysId, counts: { ...emptyCounts(), errors: [chosen.message] } }
    const { serverName, machines, errors } = readMachines(serverSysId)
    let counts: SyncCounts = { ...emptyCounts(), errors }
    for (const machine of machines) {
        try {
            counts = syncMachine(machine, chosen.className, counts)
        } catch (error) {
            // A refusal of the engine itself (a missing privilege) refuses every agent alike: stop at the first.
            counts = { ...counts, errors: [...counts.errors, `The Identification and Reconciliation Engine refused the call: ${error instanceof Error ? error.message : String(error)}`] }
            break
        }
    }
    const summary = syncSummary(serverName, counts)
    const details = [...counts.notes, ...counts.errors].join(' ')
    if (counts.errors.length === 0) log.info(details === '' ? summary : `${summary} ${details}`)
    else log.warn(`${summary} ${details}`)
    return { serverName, counts }
}

/**
 * Reads the server's agent machines from OpCon and, through the Identification
 * and Reconciliation Engine with the connector's discovery source, creates a CI
 * for each agent no CI matches and updates the ones the connector owns; a CI
 * another source owns is left unchanged.
 */
export function syncAgents(serverSysId: string): SyncCounts {
    return syncWithName(serverSysId).counts
}

const SHOWN_ERRORS = 10

/** The UI action "Sync OpCon agents to CMDB": the counts, then each error, then each agent left unchanged, on the form. */
export function showAgentSync(current: GlideRecordType): void {
    const { serverName, counts } = syncWithName(current.getUniqueValue())
    const summary = messageText(syncSummary(serverName, counts))
    if (counts.errors.length === 0) gs.addInfoMessage(summary)
    else gs.addErrorMessage(summary)
    for (const error of counts.errors.slice(0, SHOWN_ERRORS)) gs.addErrorMessage(messageText(error))
    if (counts.errors.length > SHOWN_ERRORS) gs.addErrorMessage(messageText(`${counts.errors.length - SHOWN_ERRORS} more errors are in the system log.`))
    for (const note of counts.notes.slice(0, SHOWN_ERRORS)) gs.addInfoMessage(messageText(note))
    if (counts.notes.length > SHOWN_ERRORS) gs.addInfoMessage(messageText(`${counts.notes.length - SHOWN_ERRORS} more agents left unchanged are in the system log.`))
}
