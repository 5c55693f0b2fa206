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
 * The classes of x_opcon.ci_class that have the computer fields (os, os_version,
 * fqdn): cmdb_ci_computer and the classes extending it ("CMDB tables
 * descriptions", ServiceNow docs). cmdb_ci_hardware is their parent and has none.
 */
export const COMPUTER_CLASSES = ['cmdb_ci_computer', 'cmdb_ci_server', 'cmdb_ci_win_server', 'cmdb_ci_linux_server'] as const

export function hasComputerFields(className: string): boolean {
    return (COMPUTER_CLASSES as readonly string[]).includes(className)
}

/**
 * The IRE payload for one agent ("IdentificationEngine - Scoped": items with
 * className and values). Only what OpCon knows is sent, never an empty value that
 * would blank what Discovery found; the OS fields only for a class that has them
 * (`withComputerFields`). `name` is the name sent: the machine's for a new CI, the
 * CI's own for one the connector updates (the name identifies it, ignoring case:
 * sending OpCon's spelling would rename it). The CI keeps its class: the settings
 * forbid every reclassification.
 */
export function agentPayload(machine: OpConMachine, className: string, name: string = machine.name, withComputerFields: boolean = hasComputerFields(className)): string {
    const values: Record<string, string> = { name }
    if (machine.tcpIpAddress !== '') values.ip_address = machine.tcpIpAddress
    if (withComputerFields) {
        if (machine.osType !== '') values.os = machine.osType
        if (machine.osVersion !== '') values.os_version = machine.osVersion
        if (machine.fqdn !== '') values.fqdn = machine.fqdn
    }
    return JSON.stringify({
        items: [{ className, values, settings: { updateWithoutUpgrade: true, updateWithoutDowngrade: true, updateWithoutSwitch: true } }],
        relations: [],
    })
}

/** What identifyCI decided for the payload's one item: no CI (a new one would be made), the CI it is, or why neither. */
export type Identification = { ok: true; sysId: string | null } | { ok: false; message: string }

function firstItem(output: unknown): Record<string, unknown> | 'not json' | null {
    let parsed: unknown
    try {
        parsed = JSON.parse(String(output))
    } catch {
        return 'not json'
    }
    const items = (parsed as { items?: unknown })?.items
    const first = Array.isArray(items) ? items[0] : null
    return typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : null
}

function refusal(first: Record<string, unknown>): string | null {
    const errors = Array.isArray(first.errors) ? (first.errors as Array<Record<string, unknown>>) : []
    if (errors.length === 0 && Number(first.errorCount ?? 0) === 0) return null
    return errors.map((e) => `${text(e.error) || 'error'}: ${text(e.message)}`).join('; ') || 'no details'
}

/**
 * identifyCI's answer ("IdentificationEngine - Scoped": the operation it would
 * perform, without committing): INSERT means no CI matched; UPDATE or NO_CHANGE
 * name the CI that did (sysId). "Unknown" is the docs' sys_id of an item not identified.
 */
export function interpretIdentification(output: unknown, machineName: string): Identification {
    const who = `Agent ${shown(machineName, 80)}`
    const first = firstItem(output)
    if (first === 'not json') return { ok: false, message: `${who} was not synchronised: the Identification and Reconciliation Engine's identification gave an answer that is not JSON.` }
    if (!first) return { ok: false, message: `${who} was not synchronised: the Identification and Reconciliation Engine's identification answered without a result for it.` }
    const refused = refusal(first)
    if (refused !== null) return { ok: false, message: `${who} was not synchronised: the Identification and Reconciliation Engine refused it (${shown(refused, 300)}).` }
    const sysId = text(first.sysId)
    if (first.operation === 'INSERT') return { ok: true, sysId: null }
    if ((first.operation === 'UPDATE' || first.operation === 'NO_CHANGE') && sysId !== '' && sysId !== 'Unknown') return { ok: true, sysId }
    return { ok: false, message: `${who} was not synchronised: the Identification and Reconciliation Engine's identification answered operation "${shown(first.operation, 40)}" without a CI.` }
}

/** The CI identifyCI matched, as the connector reads it (cmdb_ci_hardware); null when it cannot be read there. */
export interface MatchedCi {
    sysId: string
    name: string
    className: string
    discoverySource: string
}

/** What the sync does with one agent: create its CI, update the connector's own CI, or leave another source's CI as it is. */
export type SyncStep =
    | { kind: 'create'; payload: string }
    | { kind: 'update'; sysId: string; payload: string }
    | { kind: 'leave'; note: string }

/**
 * The connector creates CIs and updates only the ones it owns: a CI whose
 * discovery source is still the connector's (the IRE sets discovery_source to the
 * source of each write, so another source that has discovered it since owns it).
 * A CI another source owns is left as it is, with a sentence: never renamed,
 * never given OpCon's IP address or OS.
 */
export function syncStep(machine: OpConMachine, className: string, identification: { sysId: string | null }, matched: MatchedCi | null): SyncStep {
    if (identification.sysId === null) return { kind: 'create', payload: agentPayload(machine, className) }
    const who = `Agent ${shown(machine.name, 80)}`
    if (!matched || matched.sysId !== identification.sysId) {
        return { kind: 'leave', note: `${who} is identified with a configuration item the connector cannot read as hardware, so it was left unchanged.` }
    }
    const ci = `configuration item ${shown(matched.name, 80)} (${shown(matched.className, 80)})`
    if (matched.discoverySource !== DISCOVERY_SOURCE) {
        const owner = matched.discoverySource === '' ? 'no discovery source' : `discovery source ${shown(matched.discoverySource, 80)}`
        return { kind: 'leave', note: `${who} is ${ci}, which ${owner} owns: the connector left it unchanged; incidents for jobs on this agent still reference it.` }
    }
    const computer = hasComputerFields(className) && hasComputerFields(matched.className)
    return { kind: 'update', sysId: matched.sysId, payload: agentPayload(machine, className, matched.name, computer) }
}

export type IreOutcome =
    | { ok: true; operation: 'INSERT' | 'UPDATE' | 'NO_CHANGE'; sysId: string }
    | { ok: false; message: string }

/** What createOrUpdateCI answered for the payload's one item. */
export function interpretIreOutput(output: unknown, machineName: string): IreOutcome {
    const first = firstItem(output)
    if (first === 'not json') {
        return { ok: false, message: `Agent ${shown(machineName, 80)}: the Identification and Reconciliation Engine gave an answer that is not JSON; the CI may not be up to date.` }
    }
    if (!first) return { ok: false, message: `Agent ${shown(machineName, 80)}: the Identification and Reconciliation Engine answered without a result for it; the CI may not be up to date.` }
    const refused = refusal(first)
    if (refused !== null) {
        return { ok: false, message: `Agent ${shown(machineName, 80)} was not synchronised: the Identification and Reconciliation Engine refused it (${shown(refused, 300)}).` }
    }
    const operation = first.operation
    const sysId = text(first.sysId)
    if ((operation === 'INSERT' || operation === 'UPDATE' || operation === 'NO_CHANGE') && sysId !== '') return { ok: true, operation, sysId }
    return { ok: false, message: `Agent ${shown(machineName, 80)}: the Identification and Reconciliation Engine answered operation "${shown(operation, 40)}" without a CI; the CI may not be up to date.` }
}

/**
 * The write's answer against the step it was sent for: a create must insert, an
 * update must touch the CI identified. Anything else means the CMDB changed between
 * identification and write (another source created or merged the CI): an error
 * that names the CI, for a person to check.
 */
export function checkWrite(step: { kind: 'create' } | { kind: 'update'; sysId: string }, outcome: IreOutcome, machineName: string): IreOutcome {
    if (!outcome.ok) return outcome
    const expected = step.kind === 'create' ? outcome.operation === 'INSERT' : outcome.operation !== 'INSERT' && outcome.sysId === step.sysId
    if (expected) return outcome
    return {
        ok: false,
        message: `Agent ${shown(machineName, 80)}: the Identification and Reconciliation Engine ${outcome.operation === 'INSERT' ? 'created' : 'wrote to'} configuration item ${shown(outcome.sysId, 40)}, not the one identified a moment before (the CMDB changed meanwhile); check that CI's name, IP address and OS.`,
    }
}

export interface SyncCounts {
    created: number
    updated: number
    unchanged: number
    /** Agents whose CI another discovery source owns: left unchanged. */
    left: number
    errors: string[]
    /** A sentence per agent left unchanged. */
    notes: string[]
}

export function emptyCounts(): SyncCounts {
    return { created: 0, updated: 0, unchanged: 0, left: 0, errors: [], notes: [] }
}

/** Adds one agent left unchanged to the counts. */
export function countLeft(counts: SyncCounts, note: string): SyncCounts {
    return { ...counts, left: counts.left + 1, notes: [...counts.notes, note] }
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
    const total = counts.created + counts.updated + counts.unchanged + counts.left + counts.errors.length
    const left = counts.left === 0 ? '' : `, ${counts.left} left unchanged (another discovery source owns ${counts.left === 1 ? 'its CI' : 'their CIs'})`
    const head = `OpCon server ${serverName}: ${plural(total, 'agent', 'agents')} synchronised to the CMDB: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged${left}`
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
