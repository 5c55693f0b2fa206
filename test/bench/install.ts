// Installs a built package into the bench and refuses, loudly, the mistakes
// that build cleanly but break on an instance. Each check names its source
// (mostly ../shared/sdk-notes.md). The platform reports none of these at
// install time: it fails later, at run time, often silently; refusing the
// install is the bench's way of saying so early.
import { compileEncodedQuery } from './encoded-query'
import type { AppPackage, PackageRecord } from './records'
import type { Schema } from './schema'
import type { Store } from './store'

export interface InstallProblem {
    record: string
    message: string
}

export class InstallError extends Error {
    constructor(readonly problems: InstallProblem[]) {
        super(`The package would break on an instance:\n${problems.map((p) => `- ${p.record}: ${p.message}`).join('\n')}`)
    }
}

/** Roles every instance has, which an app may name without defining ("Base system roles" and "Explicit roles", ServiceNow docs). */
export const PLATFORM_ROLES = ['admin', 'itil', 'snc_internal', 'snc_external', 'public']

/** Script fields that run on the server, per table. */
const SERVER_SCRIPT_FIELDS: Record<string, string[]> = {
    sys_script: ['script', 'condition'],
    sys_script_include: ['script'],
    sysevent_script_action: ['script', 'condition_script'],
    sysauto_script: ['script', 'condition'],
    sys_ui_page: ['processing_script'],
    sys_security_acl: ['script'],
    sys_ws_operation: ['operation_script'],
    // A Flow Designer script step's script (flow-actions.ts).
    sys_variable_value: ['value'],
    // Instance Scan checks' scripts (`now-sdk explain instance-scan-guide`; instance-scan.ts).
    scan_table_check: ['script'],
    scan_script_only_check: ['script'],
    scan_linter_check: ['script'],
    scan_column_type_check: ['script'],
}

/** The parameters each kind of generated module call must pass (sdk-notes: BusinessRule, ScriptAction, ScheduledScript). */
const ENTRY_PARAMETERS: Record<string, string> = {
    sys_script: 'current, previous',
    sysevent_script_action: 'event, current',
    sysauto_script: '',
    // The SDK's generated call for a RestApi route module (explain restapi-api).
    sys_ws_operation: 'request, response',
}

export function describeRecord(record: PackageRecord): string {
    const name = record.fields.name || record.fields.title || record.fields.function_name || record.fields.event_name || record.fields.queue || record.fields.path || record.sysId
    return `${record.table} "${name}"`
}

function requiresIn(script: string): string[] {
    return [...script.matchAll(/require\(\s*(['"])([^'"]+)\1\s*\)/g)].map((match) => match[2])
}

function importsIn(moduleSource: string): string[] {
    const specs = [...moduleSource.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*(['"])([^'"]+)\1/g)].map((m) => m[2])
    const bare = [...moduleSource.matchAll(/(?:^|\n)\s*import\s*(['"])([^'"]+)\1/g)].map((m) => m[2])
    return [...specs, ...bare, ...requiresIn(moduleSource)]
}

function resolveRelative(from: string, spec: string): string {
    const parts = from.split('/').slice(0, -1)
    for (const segment of spec.split('/')) {
        if (segment === '.' || segment === '') continue
        if (segment === '..') parts.pop()
        else parts.push(segment)
    }
    return parts.join('/')
}

function variablesIn(text: string | undefined): string[] {
    return [...(text ?? '').matchAll(/\$\{([^}]+)\}/g)].map((match) => match[1])
}

export function checkPackage(pkg: AppPackage, scope: string, schema: Schema): InstallProblem[] {
    const problems: InstallProblem[] = []
    const problem = (record: PackageRecord, message: string) => problems.push({ record: describeRecord(record), message })
    const byTable = (table: string) => pkg.records.filter((record) => record.table === table)
    const modulePaths = new Set(byTable('sys_module').map((record) => record.fields.path))
    const roleNames = new Set([...PLATFORM_ROLES, ...byTable('sys_user_role').map((record) => record.fields.name)])

    // sdk-notes: a Role object inside Record({ data }) is written as [object Object]; a require() path is
    // neither rewritten nor checked by the build.
    for (const record of pkg.records) {
        for (const [field, value] of Object.entries(record.fields)) {
            if (value.includes('[object Object]')) problem(record, `field ${field} holds "[object Object]": a Role object was used where a role name string is needed`)
            // The build reads a record's values without running code: a value it cannot resolve (a property of an
            // imported object, a call) is written as this text, and the build still succeeds (seen with TableCheck
            // conditions read from an object, SDK 4.9.0). The platform would store and use the text.
            if (value.includes('Symbol(Now.UNRESOLVED)')) problem(record, `field ${field} holds "Symbol(Now.UNRESOLVED)": the build could not resolve its value; use a string literal or a constant that holds one`)
        }
        for (const [field, attrs] of Object.entries(record.attributes)) {
            if (Object.values(attrs).some((value) => value.includes('[object Object]'))) {
                problem(record, `field ${field} refers to "[object Object]": a Role object was used where a role name string is needed`)
            }
        }
        for (const field of SERVER_SCRIPT_FIELDS[record.table] ?? []) {
            for (const spec of requiresIn(record.fields[field] ?? '')) {
                if (!modulePaths.has(spec) && !spec.startsWith('@servicenow/glide')) {
                    problem(record, `require('${spec}') names no sys_module in the package (modules: ${[...modulePaths].filter((p) => p.endsWith('.ts') || p.endsWith('.js')).join(', ') || 'none'})`)
                }
            }
        }
        checkEntryCall(record, problem)
    }

    for (const module of byTable('sys_module')) {
        const from = module.fields.path
        if (!/\.(ts|js|mjs|cjs)$/.test(from)) continue
        for (const spec of importsIn(module.fields.content ?? '')) {
            if (spec.startsWith('@servicenow/glide')) continue
            const target = spec.startsWith('.') ? resolveRelative(from, spec) : spec
            if (!modulePaths.has(target)) problem(module, `imports '${spec}', which resolves to ${target}: no such sys_module in the package`)
        }
    }

    // `now-sdk explain property-guide`: property names must start with the application scope.
    for (const property of byTable('sys_properties')) {
        if (!property.fields.name.startsWith(`${scope}.`)) problem(property, `property name is outside the ${scope}. namespace`)
        for (const field of ['read_roles', 'write_roles']) {
            for (const role of (property.fields[field] ?? '').split(',').map((r) => r.trim()).filter(Boolean)) {
                if (!roleNames.has(role)) problem(property, `${field} names unknown role "${role}"`)
            }
        }
    }

    for (const table of ['sys_security_acl_role', 'sys_ui_action_role']) {
        for (const link of byTable(table)) {
            const role = link.attributes.sys_user_role?.name ?? ''
            if (!roleNames.has(role)) problem(link, `names unknown role "${role}"`)
        }
    }
    for (const link of byTable('sys_user_role_contains')) {
        for (const field of ['role', 'contains']) {
            const role = link.attributes[field]?.name ?? ''
            if (!roleNames.has(role)) problem(link, `${field} names unknown role "${role}"`)
        }
    }

    // sdk-notes: name is bare, api_name carries the scope ("Script includes", ServiceNow docs: API Name).
    for (const include of byTable('sys_script_include')) {
        if (include.fields.api_name !== `${scope}.${include.fields.name}`) {
            problem(include, `api_name ${include.fields.api_name} does not match ${scope}.${include.fields.name}`)
        }
    }

    // A scoped app registers its events with both event_name and suffix (event_name = <scope>.<suffix>):
    // without them the platform fails the event silently (`now-sdk explain registering-events-guide`,
    // which also gives the 40-character limit and the <scope>.<suffix> queue names).
    // A registration's queue must be one the package or the platform processes.
    const queues = new Set(byTable('sysevent_queue').map((record) => record.fields.queue))
    for (const registration of byTable('sysevent_register')) {
        const { event_name: name = '', suffix = '', queue = '' } = registration.fields
        if (suffix === '' || name !== `${scope}.${suffix}`) {
            problem(registration, `a scoped event must be registered with suffix and event_name = ${scope}.<suffix> (event_name "${name}", suffix "${suffix}"); otherwise it fails silently`)
        }
        if (name.length > 40) problem(registration, `event_name "${name}" is longer than 40 characters: the platform truncates it`)
        if (queue !== '' && !queues.has(queue)) problem(registration, `queue "${queue}" is no sysevent_queue record of the package: nothing would process the event`)
    }
    for (const record of byTable('sysevent_queue')) {
        const { queue = '', suffix = '' } = record.fields
        if (suffix === '' || queue !== `${scope}.${suffix}`) problem(record, `a scoped queue must be named ${scope}.<suffix> with its suffix set (queue "${queue}", suffix "${suffix}")`)
    }
    const registeredEvents = new Set(byTable('sysevent_register').map((record) => record.fields.event_name))
    for (const action of byTable('sysevent_script_action')) {
        if (!registeredEvents.has(action.fields.event_name)) problem(action, `event ${action.fields.event_name} is not registered (sysevent_register)`)
    }

    // sdk-notes: the SDK stores filterCondition verbatim; the platform would drop an unknown field (encoded-query.ts).
    for (const rule of byTable('sys_script')) {
        const table = rule.fields.collection
        if (!schema.has(table)) {
            problem(rule, `runs on table ${table}, which neither the platform nor the package defines`)
            continue
        }
        if (rule.fields.filter_condition) {
            try {
                compileEncodedQuery(rule.fields.filter_condition, schema.querySchema(table), table)
            } catch (error) {
                problem(rule, `filter condition: ${(error as Error).message}`)
            }
        }
    }

    // A table check's conditions are an encoded query on its table ("Create a table type check"): a field the
    // table lacks would be dropped from the query on an instance, widening what counts as a finding.
    // Metadata tables the package itself writes rows to (sys_script, sys_hub_action_type_definition) are open on
    // the bench (installRecords): any field goes.
    const metadataTables = new Set(pkg.records.map((record) => record.table))
    for (const check of byTable('scan_table_check')) {
        const table = check.fields.table
        if (!schema.has(table) && metadataTables.has(table)) continue
        if (!schema.has(table)) {
            problem(check, `checks table ${table}, which neither the platform nor the package defines`)
            continue
        }
        try {
            compileEncodedQuery(check.fields.conditions ?? '', schema.querySchema(table), table)
        } catch (error) {
            problem(check, `conditions: ${(error as Error).message}`)
        }
    }

    checkRestVariables(pkg, problem)
    return problems
}

function checkEntryCall(record: PackageRecord, problem: (record: PackageRecord, message: string) => void): void {
    const expected = ENTRY_PARAMETERS[record.table]
    const script = record.fields.script ?? record.fields.operation_script ?? ''
    const header = /^\/\/ @fluent-module (\w+);/.exec(script)
    if (expected === undefined || !header) return
    const call = new RegExp(`\\n${header[1]}\\(([^)]*)\\);?\\s*$`).exec(script)
    const actual = call ? call[1].split(',').map((part) => part.trim()).filter(Boolean).join(', ') : '(no call found)'
    if (actual !== expected) {
        problem(record, `calls ${header[1]}(${actual}) but the platform provides (${expected}): name the entry function's parameters exactly ${expected || 'nothing'}`)
    }
}

/** sdk-notes and `now-sdk explain rest-message-guide`: every ${var} must be declared, or it is sent literally. */
function checkRestVariables(pkg: AppPackage, problem: (record: PackageRecord, message: string) => void): void {
    const records = (table: string) => pkg.records.filter((record) => record.table === table)
    const messages = new Map(records('sys_rest_message').map((record) => [record.sysId, record]))
    for (const fn of records('sys_rest_message_fn')) {
        const belongs = (record: PackageRecord) => record.fields.rest_message_function === fn.sysId
        const declared = new Set(records('sys_rest_message_fn_parameters').filter(belongs).map((record) => record.fields.name))
        const message = messages.get(fn.fields.rest_message)
        const messageHeaders = records('sys_rest_message_headers').filter((record) => record.fields.rest_message === fn.fields.rest_message)
        const texts = [
            fn.fields.rest_endpoint || message?.fields.rest_endpoint,
            fn.fields.content,
            ...records('sys_rest_message_fn_headers').filter(belongs).map((record) => record.fields.value),
            ...records('sys_rest_message_fn_param_defs').filter(belongs).map((record) => record.fields.value),
            ...messageHeaders.map((record) => record.fields.value),
        ]
        for (const variable of new Set(texts.flatMap(variablesIn))) {
            if (!declared.has(variable)) problem(fn, `uses \${${variable}} but does not declare it as a variable`)
        }
    }
}

/** Puts the package's records into the bench database; its tables must be defined already. DELETE records are skipped (sdk-notes: records never installed need none). */
export function installRecords(pkg: AppPackage, schema: Schema, store: Store): void {
    for (const record of pkg.records) {
        if (record.action !== 'INSERT_OR_UPDATE') continue
        if (!schema.has(record.table)) schema.define(record.table, record.table, [], { open: true })
        store.put(record.table, { ...record.fields, sys_id: record.sysId || store.newSysId() })
    }
}
