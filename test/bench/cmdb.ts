// The CMDB tables the connector uses and the platform's Identification and
// Reconciliation Engine (IRE) as scripts reach it: sn_cmdb.IdentificationEngine.
//
// Tables: the base hierarchy cmdb_ci → cmdb_ci_hardware → cmdb_ci_computer →
// cmdb_ci_server → cmdb_ci_win_server / cmdb_ci_linux_server, with the fields the
// connector and Discovery write ("CMDB tables descriptions" / "Configuration item
// [cmdb_ci]", ServiceNow docs: name, serial_number, ip_address, discovery_source,
// last_discovered on cmdb_ci; os, os_version, fqdn on cmdb_ci_computer). A subset.
//
// IdentificationEngine ("IdentificationEngine - Scoped", ServiceNow docs):
//  - createOrUpdateCI(source, input): `source` "must be one of the choice values
//    defined for the discovery_source field of the cmdb_ci table"; `input` is the
//    JSON payload {items: [{className, values, settings}], relations}; the answer is
//    a JSON string {items: [{className, operation INSERT / UPDATE / NO_CHANGE, sysId,
//    identificationAttempts, errorCount, errors: [{error, message}], info,
//    inputIndices}], relations}.
//  - identifyCI(input): the same decision without writing anything.
//  - Identification: the base "Hardware Rule" for cmdb_ci_hardware and the classes
//    extending it, tried in order, serial_number then name, each searched on
//    cmdb_ci_hardware (the docs' example output lists exactly these attempts: SKIPPED
//    when the payload lacks the attribute, MATCHED, MULTI_MATCH, NO_MATCH). A class
//    outside hardware has no rule here: IDENTIFICATION_RULE_MISSING.
//  - Errors ("IRE error messages", ServiceNow docs): INVALID_INPUT_DATA for an invalid
//    data source, MISSING_MATCHING_ATTRIBUTES, MULTIPLE_DUPLICATE_RECORDS when a rule
//    finds several CIs, IDENTIFICATION_RULE_MISSING. An item with an error writes
//    nothing. The message wordings are assumed.
//  - Reclassification (the docs' items.settings): a matched CI of another class is
//    moved to the payload's class unless updateWithoutUpgrade / updateWithoutDowngrade /
//    updateWithoutSwitch forbids that kind of change; then it keeps its class and the
//    item's info says SKIPPED_CLASS_UPGRADE / _DOWNGRADE / _SWITCH (as in the docs' example).
//  - discovery_source and last_discovered: set on INSERT and on UPDATE to the calling
//    source and now ("IdentificationEngine - Scoped", createOrUpdateCIEnhanced's option
//    skip_updating_source_last_discovered_to_now: "false: Update the discovery_source
//    and last_discovered fields", the default being the property
//    glide.identification_engine.skip_updating_source_last_discovered_to_now, assumed
//    false as shipped). So a CI's discovery_source names the last source that wrote it.
//  - No reconciliation rules (cmdb_reconciliation_definition): "Without reconciliation
//    rules, discovery sources can overwrite each other's updates to attribute values"
//    ("Reconciliation rules", ServiceNow docs): every source writes every attribute of
//    a CI it identifies, the name included.
// Assumed: names and serial numbers match ignoring case (the instance database's
// collation); NO_CHANGE writes nothing; the IRE's
// own writes run no business rules and are not subject to the caller's scope (the
// platform writes, not the calling script); a payload field the class lacks is refused
// (INVALID_INPUT_DATA). Not modelled: reconciliation rules themselves (authoritative
// sources, priorities, maskedAttributes), sys_object_source identification,
// lookup/related items, relations, identifier entries (identifierEntrySysId is empty),
// the CMDB's own ACLs and business rules, a malformed payload's exact exception text.
//
// Cross-scope: scriptable APIs are reached from another scope only with an execute
// privilege of target type `scriptable` (`now-sdk explain cross-scope-privilege-guide`;
// "Cross-scope privilege record", ServiceNow docs); ScopePolicy.refuseScriptable decides.
// A refusal logs the platform's "Security restricted" error and throws.
import { formatDateTime } from './glide-record'
import type { Column, Schema } from './schema'
import type { Row, Store } from './store'

const col = (name: string, type: string, label: string): Column => ({ name, type, label })

export const CMDB_TABLES: Array<{ name: string; label: string; display?: string; extends?: string; columns: Column[] }> = [
    {
        name: 'cmdb_ci', label: 'Configuration Item', display: 'name', columns: [
            col('name', 'string', 'Name'), col('serial_number', 'string', 'Serial number'), col('ip_address', 'string', 'IP Address'),
            col('discovery_source', 'string', 'Discovery source'), col('last_discovered', 'glide_date_time', 'Most recent discovery'),
            col('short_description', 'string', 'Description'),
        ],
    },
    { name: 'cmdb_ci_hardware', label: 'Hardware', display: 'name', extends: 'cmdb_ci', columns: [] },
    {
        name: 'cmdb_ci_computer', label: 'Computer', display: 'name', extends: 'cmdb_ci_hardware', columns: [
            col('os', 'string', 'Operating System'), col('os_version', 'string', 'OS Version'), col('fqdn', 'string', 'Fully qualified domain name'),
        ],
    },
    { name: 'cmdb_ci_server', label: 'Server', display: 'name', extends: 'cmdb_ci_computer', columns: [] },
    { name: 'cmdb_ci_win_server', label: 'Windows Server', display: 'name', extends: 'cmdb_ci_server', columns: [] },
    { name: 'cmdb_ci_linux_server', label: 'Linux Server', display: 'name', extends: 'cmdb_ci_server', columns: [] },
]

/**
 * Base discovery sources of cmdb_ci.discovery_source: a sample of the base list
 * (ServiceNow is Discovery's own; "Discovery source", ServiceNow docs). Assumed: these four.
 */
export const BASE_DISCOVERY_SOURCES: Array<[string, string]> = [['ServiceNow', 'ServiceNow'], ['SCCM', 'SCCM'], ['Manual Entry', 'Manual Entry'], ['Other', 'Other']]

export function seedCmdb(store: Store): void {
    for (const [value, label] of BASE_DISCOVERY_SOURCES) {
        store.put('sys_choice', { sys_id: store.newSysId(), name: 'cmdb_ci', element: 'discovery_source', value, label, language: 'en', inactive: 'false' })
    }
}

export interface CmdbDeps {
    schema: Schema
    store: Store
    now: () => number
    userName: () => string
    /** Why the running script may not call IdentificationEngine.<method>, or null (ScopePolicy.refuseScriptable). */
    refuse: (method: string) => string | null
    logError: (message: string) => void
}

interface IreItemInput {
    className?: unknown
    values?: unknown
    settings?: Record<string, unknown>
}

interface IreItemOutput {
    className: string
    operation: 'INSERT' | 'UPDATE' | 'NO_CHANGE'
    sysId: string
    identifierEntrySysId: string
    identificationAttempts: Array<{ attributes: string[]; identifierName: string; attemptResult: string; searchOnTable: string }>
    info: Array<{ code: string; message: string; ruleSysId: string }>
    errorCount: number
    warningCount: number
    errors: Array<{ error: string; message: string }>
    inputIndices: number[]
    markers: string[]
}

const HARDWARE_RULE = { name: 'Hardware Rule', table: 'cmdb_ci_hardware', attributes: ['serial_number', 'name'] }

export function createCmdbApi(deps: CmdbDeps): { IdentificationEngine: { createOrUpdateCI(source?: string, input?: string): string; identifyCI(input?: string): string } } {
    const { schema, store } = deps

    const guard = (method: string): void => {
        const message = deps.refuse(method)
        if (message === null) return
        deps.logError(message)
        throw new Error(message)
    }

    const isCmdbClass = (table: string): boolean => schema.has(table) && schema.lineage(table).includes('cmdb_ci')
    const sameText = (a: string | undefined, b: string): boolean => (a ?? '').toLowerCase() === b.toLowerCase()

    const validSource = (source: string): boolean => store.rows('sys_choice').some((row) =>
        row.name === 'cmdb_ci' && row.element === 'discovery_source' && row.value === source && row.inactive !== 'true')

    function error(output: IreItemOutput, code: string, message: string): IreItemOutput {
        output.errors.push({ error: code, message })
        output.errorCount = output.errors.length
        return output
    }

    /** The identification decision for one item; `match` the CI to update, if any. */
    function identify(item: IreItemInput, index: number, source: string | null): { output: IreItemOutput; match: Row | null; values: Record<string, string> } {
        const className = typeof item.className === 'string' ? item.className : ''
        const output: IreItemOutput = {
            className, operation: 'NO_CHANGE', sysId: '', identifierEntrySysId: '', identificationAttempts: [], info: [],
            errorCount: 0, warningCount: 0, errors: [], inputIndices: [index], markers: [],
        }
        const values: Record<string, string> = {}
        if (source !== null && !validSource(source)) return { output: error(output, 'INVALID_INPUT_DATA', `Invalid data source [${source}]: it is not a choice of cmdb_ci.discovery_source`), match: null, values }
        if (!isCmdbClass(className)) return { output: error(output, 'INVALID_INPUT_DATA', `In payload item ${index}, class [${className}] is not a CMDB class`), match: null, values }
        const raw = (typeof item.values === 'object' && item.values !== null ? item.values : {}) as Record<string, unknown>
        for (const [field, value] of Object.entries(raw)) {
            if (!schema.column(className, field)) return { output: error(output, 'INVALID_INPUT_DATA', `In payload item ${index}, table [${className}] has no field [${field}]`), match: null, values }
            values[field] = value === null || value === undefined ? '' : String(value)
        }
        if (!schema.lineage(className).includes(HARDWARE_RULE.table)) {
            return { output: error(output, 'IDENTIFICATION_RULE_MISSING', `Identity Rule Missing for table [${className}]`), match: null, values }
        }
        let match: Row | null = null
        for (const attribute of HARDWARE_RULE.attributes) {
            const attempt = { attributes: [attribute], identifierName: HARDWARE_RULE.name, attemptResult: 'SKIPPED', searchOnTable: HARDWARE_RULE.table }
            output.identificationAttempts.push(attempt)
            const wanted = values[attribute] ?? ''
            if (wanted === '') continue
            const found = store.rows(HARDWARE_RULE.table).filter((row) => sameText(row[attribute], wanted))
            if (found.length > 1) {
                attempt.attemptResult = 'MULTI_MATCH'
                return { output: error(output, 'MULTIPLE_DUPLICATE_RECORDS', `Found duplicate records in table [${HARDWARE_RULE.table}] using fields [${attribute}]`), match: null, values }
            }
            if (found.length === 1) {
                attempt.attemptResult = 'MATCHED'
                match = found[0]
                break
            }
            attempt.attemptResult = 'NO_MATCH'
        }
        if (!match && output.identificationAttempts.every((a) => a.attemptResult === 'SKIPPED')) {
            return { output: error(output, 'MISSING_MATCHING_ATTRIBUTES', `In payload missing minimum set of input values for criterion (matching) attributes from identify rule for table [${className}]. Add these input values in payload item '${index}'`), match: null, values }
        }
        if (!match) {
            output.operation = 'INSERT'
            return { output, match, values }
        }
        output.sysId = match.sys_id
        const current = match.sys_class_name || className
        let target = className
        if (current !== className) {
            const upgrade = schema.lineage(className).includes(current)
            const downgrade = schema.lineage(current).includes(className)
            const [code, flag] = upgrade ? ['SKIPPED_CLASS_UPGRADE', 'updateWithoutUpgrade'] : downgrade ? ['SKIPPED_CLASS_DOWNGRADE', 'updateWithoutDowngrade'] : ['SKIPPED_CLASS_SWITCH', 'updateWithoutSwitch']
            if (item.settings?.[flag] === true) {
                target = current
                output.info.push({ code, message: `CI Reclassification not allowed from class: [${current}] to [${className}] by the payload's ${flag} setting`, ruleSysId: '' })
            }
        }
        output.className = target
        const changed = target !== current || Object.entries(values).some(([field, value]) => (match![field] ?? '') !== value)
        output.operation = changed ? 'UPDATE' : 'NO_CHANGE'
        return { output, match, values }
    }

    function write(output: IreItemOutput, match: Row | null, values: Record<string, string>, source: string): void {
        const now = formatDateTime(deps.now())
        const user = deps.userName()
        if (output.operation === 'INSERT') {
            const sysId = store.newSysId()
            const row: Row = {}
            for (const column of schema.columns(output.className)) row[column.name] = column.defaultValue ?? ''
            Object.assign(row, values, {
                sys_id: sysId, sys_class_name: output.className, discovery_source: source, last_discovered: now,
                sys_created_on: now, sys_created_by: user, sys_updated_on: now, sys_updated_by: user, sys_mod_count: '0',
            })
            store.put(output.className, row)
            output.sysId = sysId
            return
        }
        if (output.operation !== 'UPDATE' || !match) return
        const previousClass = match.sys_class_name
        const row: Row = {
            ...match, ...values, sys_class_name: output.className, discovery_source: source, last_discovered: now,
            sys_updated_on: now, sys_updated_by: user, sys_mod_count: String(Number(match.sys_mod_count ?? '0') + 1),
        }
        if (previousClass !== output.className) store.delete(previousClass, match.sys_id)
        store.put(output.className, row)
    }

    function run(source: string | null, input: string | undefined, commit: boolean): string {
        let payload: { items?: unknown }
        try {
            payload = JSON.parse(String(input ?? '')) as { items?: unknown }
        } catch {
            // Assumed: the engine refuses a payload that is not JSON by throwing (its exact text is not documented).
            throw new Error('IdentificationEngine: the input is not a JSON payload')
        }
        const items = Array.isArray(payload?.items) ? (payload.items as IreItemInput[]) : []
        const outputs = items.map((item, index) => {
            const { output, match, values } = identify(item, index, source)
            if (commit && output.errorCount === 0) write(output, match, values, source ?? '')
            return output
        })
        return JSON.stringify({ items: outputs, relations: [], additionalCommittedItems: [], additionalCommittedRelations: [] })
    }

    return {
        IdentificationEngine: {
            createOrUpdateCI(source?: string, input?: string): string {
                guard('createOrUpdateCI')
                return run(String(source ?? ''), input, true)
            },
            identifyCI(input?: string): string {
                guard('identifyCI')
                return run(null, input, false)
            },
        },
    }
}
