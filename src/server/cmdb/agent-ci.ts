// The OpCon agent as a configuration item: which CI an agent machine is, what the
// Identification and Reconciliation Engine (IRE) is sent for it, and what its answer
// means. Pure: no Glide here (cmdb.ts is the shell).
import { shown } from '../opcon/correlation.ts'

/** The discovery source the connector registers on cmdb_ci.discovery_source (fluent/cmdb/). */
export const DISCOVERY_SOURCE = 'OpConConnector'

/** The classes x_opcon.ci_class offers: the ones the connector may read (fluent/privileges/cmdb.now.ts). */
export const CI_CLASSES = ['cmdb_ci_computer', 'cmdb_ci_hardware', 'cmdb_ci_server', 'cmdb_ci_win_server', 'cmdb_ci_linux_server'] as const
export const DEFAULT_CI_CLASS = 'cmdb_ci_computer'

/** More rows than this containing the name are not searched through for the exact one. */
export const CI_SEARCH_LIMIT = 200

export type CiClassChoice = { ok: true; className: string } | { ok: false; message: string }

/** The class from x_opcon.ci_class: empty means the default; anything else must be one of CI_CLASSES. */
export function ciClassFrom(value: string | null | undefined): CiClassChoice {
    const text = (value ?? '').trim()
    if (text === '') return { ok: true, className: DEFAULT_CI_CLASS }
    if ((CI_CLASSES as readonly string[]).includes(text)) return { ok: true, className: text }
    return { ok: false, message: `The property x_opcon.ci_class holds "${shown(text, 80)}", which is not one of ${CI_CLASSES.join(', ')}; set it to one of them.` }
}

/** An agent machine as OpCon's GET /api/machines describes it (the fields the CMDB uses). */
export interface OpConMachine {
    id: number | null
    name: string
    osType: string
    osVersion: string
    tcpIpAddress: string
    fqdn: string
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** OpCon's answer to GET /api/machines: the machines with a name, and a sentence per entry that has none. */
export function parseMachines(data: unknown): { machines: OpConMachine[]; problems: string[] } {
    if (!Array.isArray(data)) return { machines: [], problems: ['OpCon answered GET /api/machines with something other than a list of machines; nothing was synchronised.'] }
    const machines: OpConMachine[] = []
    const problems: string[] = []
    data.forEach((entry: unknown, index) => {
        const m = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>
        const name = text(m.name)
        if (name === '') {
            problems.push(`OpCon's machine number ${index + 1} in the list has no name, so it cannot be matched to a configuration item; it was skipped.`)
            return
        }
        machines.push({
            id: typeof m.id === 'number' ? m.id : null,
            name,
            osType: text(m.osType),
            osVersion: text(m.osVersion),
            tcpIpAddress: text(m.tcpIpAddress),
            fqdn: text(m.fullyQualifiedDomainName),
        })
    })
    return { machines, problems }
}

/**
 * The IRE payload for one agent ("IdentificationEngine - Scoped": items with
 * className and values). Only what OpCon knows is sent, never an empty value that
 * would blank what Discovery found. The CI keeps a class Discovery gave it: the
 * settings forbid every reclassification.
 */
export function agentPayload(machine: OpConMachine, className: string): string {
    const values: Record<string, string> = { name: machine.name }
    if (machine.tcpIpAddress !== '') values.ip_address = machine.tcpIpAddress
    if (machine.osType !== '') values.os = machine.osType
    if (machine.osVersion !== '') values.os_version = machine.osVersion
    if (machine.fqdn !== '') values.fqdn = machine.fqdn
    return JSON.stringify({
        items: [{ className, values, settings: { updateWithoutUpgrade: true, updateWithoutDowngrade: true, updateWithoutSwitch: true } }],
        relations: [],
    })
}

export type IreOutcome =
    | { ok: true; operation: 'INSERT' | 'UPDATE' | 'NO_CHANGE'; sysId: string }
    | { ok: false; message: string }

/** What createOrUpdateCI answered for the payload's one item. */
export function interpretIreOutput(output: unknown, machineName: string): IreOutcome {
    let parsed: unknown
    try {
        parsed = JSON.parse(String(output))
    } catch {
        return { ok: false, message: `Agent ${shown(machineName, 80)}: the Identification and Reconciliation Engine gave an answer that is not JSON; the CI may not be up to date.` }
    }
    const item = (parsed as { items?: unknown })?.items
    const first = (Array.isArray(item) ? item[0] : null) as Record<string, unknown> | null
    if (!first) return { ok: false, message: `Agent ${shown(machineName, 80)}: the Identification and Reconciliation Engine answered without a result for it; the CI may not be up to date.` }
    const errors = Array.isArray(first.errors) ? (first.errors as Array<Record<string, unknown>>) : []
    if (errors.length > 0 || Number(first.errorCount ?? 0) > 0) {
        const words = errors.map((e) => `${text(e.error) || 'error'}: ${text(e.message)}`).join('; ')
        return { ok: false, message: `Agent ${shown(machineName, 80)} was not synchronised: the Identification and Reconciliation Engine refused it (${shown(words || 'no details', 300)}).` }
    }
    const operation = first.operation
    const sysId = text(first.sysId)
    if ((operation === 'INSERT' || operation === 'UPDATE' || operation === 'NO_CHANGE') && sysId !== '') return { ok: true, operation, sysId }
    return { ok: false, message: `Agent ${shown(machineName, 80)}: the Identification and Reconciliation Engine answered operation "${shown(operation, 40)}" without a CI; the CI may not be up to date.` }
}

export interface SyncCounts {
    created: number
    updated: number
    unchanged: number
    errors: string[]
}

export function emptyCounts(): SyncCounts {
    return { created: 0, updated: 0, unchanged: 0, errors: [] }
}

/** Adds one agent's outcome to the counts. */
export function count(counts: SyncCounts, outcome: IreOutcome): SyncCounts {
    if (!outcome.ok) return { ...counts, errors: [...counts.errors, outcome.message] }
    if (outcome.operation === 'INSERT') return { ...counts, created: counts.created + 1 }
    if (outcome.operation === 'UPDATE') return { ...counts, updated: counts.updated + 1 }
    return { ...counts, unchanged: counts.unchanged + 1 }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** The sentence the admin reads after a sync. */
export function syncSummary(serverName: string, counts: SyncCounts): string {
    const total = counts.created + counts.updated + counts.unchanged + counts.errors.length
    const head = `OpCon server ${serverName}: ${plural(total, 'agent', 'agents')} synchronised to the CMDB: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`
    return counts.errors.length === 0 ? `${head}.` : `${head}, ${plural(counts.errors.length, 'error', 'errors')}.`
}

/** A CI found by name: its sys_id, name and class. */
export interface CiCandidate {
    sysId: string
    name: string
    className: string
}

export type AgentCi = { sysId: string } | { sysId: ''; note: string }

/**
 * The CI of an agent machine from the CIs whose name contains it: exactly one
 * whose name is the machine's (ignoring case, as the IRE's name rule matches) is
 * that CI; none or several leave it empty with a sentence for the work notes,
 * never a guess.
 */
export function decideAgentCi(machineName: string, className: string, candidates: readonly CiCandidate[]): AgentCi {
    const name = machineName.trim()
    const shownName = shown(name, 80)
    if (name === '') return { sysId: '', note: 'The job\'s agent machine has no name, so no configuration item was linked.' }
    const exact = candidates.filter((ci) => ci.name.trim().toLowerCase() === name.toLowerCase())
    if (exact.length === 1) return { sysId: exact[0].sysId }
    if (exact.length === 0) {
        return { sysId: '', note: `No configuration item of class ${className} (or a class extending it) is named ${shownName}, so none was linked; run "Sync OpCon agents to CMDB" on the OpCon server form, or check x_opcon.ci_class.` }
    }
    return { sysId: '', note: `${exact.length} configuration items of class ${className} (or a class extending it) are named ${shownName}, so none was linked; merge or rename the duplicates, then set the configuration item by hand.` }
}
