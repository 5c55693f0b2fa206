// Runs a Flow Designer action of the package as a flow runs it: the action's
// records as the Now SDK builds them (sys_hub_action_type_definition, its
// sys_hub_action_input/_output, sys_hub_step_instance with the script in a
// sys_variable_value, the step's extended inputs/outputs and the
// sys_element_mapping rows that wire action inputs to step inputs and step
// outputs to action outputs). Only script steps are modelled.
//
// Sources, ServiceNow docs:
// - "Exploring actions": flows pass data to actions as inputs; actions run their
//   steps in sequence and pass data back to the flow as outputs.
// - "Script step": input variables map Flow Designer data into the script, output
//   variables map script values out; scripts run on the instance (Required Runtime
//   shows only with Integration Hub). The action's application scope is the scope
//   the script runs in (assumed from "Create an action": Application field).
// - "Action error evaluation": each step's "If this step fails" option either stops
//   the action and goes to error evaluation (error_handling_type 1) or goes on to the
//   next step (2); a step that throws has Step Status code 1.
// - "Add error condition": with no error condition, the Action Status is the Step
//   Status of the last step run.
// - "Create an action": Accessible From, "accessible from all application scopes
//   or only within the specified application scope": a package_private action
//   is not used by a flow of another scope (the run errors before any step; the
//   platform keeps it out of that flow at design time, and its runtime words are ours).
// Assumed (not documented): a failed step's outputs already set are still mapped to
// the action's outputs; a missing mandatory input fails the action before any step;
// step input variables receive text (the SDK types every extended input string).
import type { PackageRecord } from './records'

export const SCRIPT_STEP_TYPE = '106afb6647032200b4fad7527c9a71e7'
const SCRIPT_VARIABLE = '71aa7f6647032200b4fad7527c9a719b'

export interface FlowActionOptions {
    /** The user the flow runs as (default admin); not interactive, as every flow. */
    as?: string
    /** The flow's name: fills the action's flow_name input when it has one and none is given. */
    flowName?: string
    /** The flow author's "stop on error": fills the action's stop_on_error input when it has one. */
    stopOnError?: boolean
    /** The flow's application scope (default: the action's own). */
    scope?: string
}

export interface FlowActionRun {
    status: 'completed' | 'error'
    outputs: Record<string, unknown>
    error?: string
}

export interface FlowRunHost {
    records: readonly PackageRecord[]
    /** The package's scope: its actions' own scope. */
    scope: string
    /** Runs a step's script as `userName`, not interactive, in the app's scope; throws what the script throws. */
    runScript(userName: string, source: string, script: string, inputs: Record<string, unknown>, outputs: Record<string, unknown>): void
}

function typed(type: string, value: unknown): unknown {
    if (value === undefined || value === null || value === '') {
        return type === 'boolean' ? false : type === 'integer' ? 0 : ''
    }
    if (type === 'boolean') return value === true || String(value) === 'true' || String(value) === '1'
    if (type === 'integer') return Number.parseInt(String(value), 10) || 0
    return String(value)
}

/** `{{action.x}}` or `{{step[cid].x}}` resolved against the values so far. */
function resolve(template: string, action: Record<string, unknown>, steps: Map<string, Record<string, unknown>>): unknown {
    const pill = /^\{\{action\.([\w]+)\}\}$/.exec(template)
    if (pill) return action[pill[1]]
    const stepPill = /^\{\{step\[([\w-]+)\]\.([\w]+)\}\}$/.exec(template)
    if (stepPill) return steps.get(stepPill[1])?.[stepPill[2]]
    if (template.includes('{{')) throw new Error(`The bench resolves only single data pills, not "${template}"`)
    return template
}

export function runFlowAction(host: FlowRunHost, name: string, given: Record<string, unknown>, options: FlowActionOptions = {}): FlowActionRun {
    const of = (table: string) => host.records.filter((record) => record.table === table && record.action !== 'DELETE')
    const definition = of('sys_hub_action_type_definition').find((record) => record.fields.name === name || record.fields.internal_name === name)
    if (!definition) throw new Error(`No Flow Designer action "${name}" in the package (it has: ${of('sys_hub_action_type_definition').map((r) => r.fields.name).join(', ')})`)
    const id = definition.sysId
    const flowScope = options.scope ?? host.scope
    if (definition.fields.access === 'package_private' && flowScope !== host.scope) {
        return { status: 'error', outputs: {}, error: `Action ${definition.fields.name} is accessible only from its own application scope (${host.scope}), not from a flow in ${flowScope}.` }
    }
    const inputDefs = of('sys_hub_action_input').filter((record) => record.fields.model === id)
    const outputDefs = of('sys_hub_action_output').filter((record) => record.fields.model === id && !record.fields.element.startsWith('__'))
    const known = new Set(inputDefs.map((record) => record.fields.element))
    const unknown = Object.keys(given).filter((key) => !known.has(key))
    if (unknown.length > 0) throw new Error(`Action "${name}" has no input ${unknown.join(', ')} (it has: ${[...known].join(', ')})`)

    const inputs: Record<string, unknown> = { ...given }
    if (options.flowName !== undefined && known.has('flow_name') && inputs.flow_name === undefined) inputs.flow_name = options.flowName
    if (options.stopOnError !== undefined && known.has('stop_on_error')) inputs.stop_on_error = options.stopOnError
    const action: Record<string, unknown> = {}
    for (const def of inputDefs) {
        const value = inputs[def.fields.element] ?? (def.fields.default_value === '' ? undefined : def.fields.default_value)
        if (def.fields.mandatory === 'true' && (value === undefined || value === null || value === '')) {
            return { status: 'error', outputs: {}, error: `The mandatory input ${def.fields.label} of action ${definition.fields.name} has no value.` }
        }
        // A reference input holds the record's sys_id.
        action[def.fields.element] = typed(def.fields.internal_type, value)
    }

    const steps = new Map<string, Record<string, unknown>>()
    const mappings = of('sys_element_mapping')
    let status: FlowActionRun['status'] = 'completed'
    let error: string | undefined
    const instances = of('sys_hub_step_instance').filter((record) => record.fields.action === id).sort((a, b) => Number(a.fields.order) - Number(b.fields.order))
    for (const step of instances) {
        if (step.fields.step_type !== SCRIPT_STEP_TYPE) throw new Error(`The bench runs only script steps; step ${step.fields.label} of ${definition.fields.name} is ${step.fields.step_type}`)
        const script = of('sys_variable_value').find((record) => record.fields.document_key === step.sysId && record.fields.variable === SCRIPT_VARIABLE)?.fields.value ?? ''
        const stepInputs: Record<string, unknown> = {}
        for (const ext of of('sys_hub_step_ext_input').filter((record) => record.fields.model === step.sysId)) {
            const mapping = mappings.find((record) => record.fields.id === step.sysId && record.fields.field === ext.fields.element && record.fields.table.startsWith('var__m_sys_hub_step_ext_input_'))
            stepInputs[ext.fields.element] = typed(ext.fields.internal_type, mapping ? resolve(mapping.fields.value, action, steps) : undefined)
        }
        const raw: Record<string, unknown> = {}
        let failed: string | null = null
        try {
            host.runScript(options.as ?? 'admin', `sys_hub_step_instance:${definition.fields.name}/${step.fields.label}`, script, stepInputs, raw)
        } catch (thrown) {
            // An Error from the script's context is not this realm's Error: read its message.
            const message = thrown !== null && typeof thrown === 'object' ? (thrown as { message?: unknown }).message : undefined
            failed = typeof message === 'string' ? message : String(thrown)
        }
        const values: Record<string, unknown> = {}
        for (const ext of of('sys_hub_step_ext_output').filter((record) => record.fields.model === step.sysId)) {
            values[ext.fields.element] = typed(ext.fields.internal_type, raw[ext.fields.element])
        }
        steps.set(step.fields.cid, values)
        if (failed !== null && step.fields.error_handling_type !== '2') {
            status = 'error'
            error = failed
            break
        }
    }

    const outputs: Record<string, unknown> = {}
    for (const def of outputDefs) {
        const mapping = mappings.find((record) => record.fields.id === id && record.fields.field === def.fields.element && record.fields.table.startsWith('var__m_sys_hub_action_output_'))
        outputs[def.fields.element] = typed(def.fields.internal_type, mapping ? resolve(mapping.fields.value, action, steps) : undefined)
    }
    return error === undefined ? { status, outputs } : { status, outputs, error }
}
