// The Automated Test Framework, for the server-side step types the app's
// suite uses. A test's steps run in order; the first step that does not pass
// stops the test and the rest are skipped; then everything the test changed
// in the database is rolled back.
//
// Sources: `npx now-sdk explain test-api` and `atf-guide` (step types, the
// Run Server Side Script context: outputs, steps(), params, stepResult,
// assertEqual, Jasmine 3.1); the step_config and input variable sys_ids are the
// ones SDK 4.9.0 writes (@servicenow/sdk-build-plugins dist/atf/step-configs.js).
// ServiceNow docs, "Automated Test Framework (ATF)" / "ATF test and test step
// results": a failing step fails the test and the steps after it do not run.
// ServiceNow docs, "ATF rollback" ("Rollback of data changes made by ATF
// tests"): after a test, ATF rolls back the records the test inserted, updated
// or deleted. Not modelled: rollback's exclusions (e.g. tables marked
// not-rollbackable), client steps, parameterized tests, step timeouts.
import type { Instance } from './instance'
import type { Row } from './store'

export const STEP_CONFIG = {
    runServerSideScript: '41de4a935332120028bc29cac2dc349a',
    impersonate: '071ee5b253331200040729cac2dc348d',
    createUser: 'd9bc5f21ff6033008d3f5d9ad53bf12d',
} as const

const INPUT = {
    script: '989d9e235324220002c6435723dc3484',
    impersonateUser: '586e2c4253e0220002c6435723dc3415',
    firstName: '1985e0ceff2433008d3f5d9ad53bf1ba',
    lastName: '6f69fc4aff6433008d3f5d9ad53bf18c',
    fieldValues: '1778a7480f20101091d0f00c97767e03',
    roles: '8c07aba5ff6033008d3f5d9ad53bf13b',
    impersonate: '98c44875ffa033008d3f5d9ad53bf1fa',
} as const

export type AtfStatus = 'success' | 'failure' | 'error'

export interface AtfStepResult {
    order: number
    /** The step type's name, e.g. "Run Server Side Script". */
    stepConfig: string
    /** success, failure, error, or skipped (after a step that did not pass). */
    status: string
    message: string
}

export interface AtfTestResult {
    test: string
    status: AtfStatus
    steps: AtfStepResult[]
    /** Wall-clock time of the run on the bench. */
    ms: number
}

export interface AtfSuiteResult {
    suite: string
    status: AtfStatus
    tests: AtfTestResult[]
    ms: number
}

interface StepRun {
    status: 'success' | 'failure' | 'error'
    message: string
    outputs: Record<string, unknown>
}

interface RunState {
    user: string
    outputs: Map<string, Record<string, unknown>>
}

/** Runs one ATF test (by name or sys_id) as ATF does, then rolls its data back. */
export function runAtfTest(instance: Instance, nameOrSysId: string): AtfTestResult {
    const started = Date.now()
    const test = instance.store.rows('sys_atf_test').find((row) => row.sys_id === nameOrSysId || row.name === nameOrSysId)
    if (!test) throw new Error(`No ATF test "${nameOrSysId}" is installed.`)
    const steps = instance.store.rows('sys_atf_step')
        .filter((row) => row.test === test.sys_id && row.active !== 'false')
        .sort((a, b) => Number(a.order) - Number(b.order))
    const snapshot = snapshotStore(instance)
    // ATF runs a test as the user who started it until a step impersonates another (docs, "Impersonate step"); assumed admin here.
    const state: RunState = { user: 'admin', outputs: new Map() }
    const results: AtfStepResult[] = []
    let status: AtfStatus = 'success'
    try {
        for (const step of steps) {
            const stepConfig = step.display_name || step.step_config
            if (status !== 'success') {
                results.push({ order: Number(step.order), stepConfig, status: 'skipped', message: 'Not run: an earlier step did not pass.' })
                continue
            }
            const run = runStep(instance, step, state)
            state.outputs.set(step.sys_id, run.outputs)
            results.push({ order: Number(step.order), stepConfig, status: run.status, message: run.message })
            if (run.status !== 'success') status = run.status
        }
    } finally {
        restoreStore(instance, snapshot)
    }
    return { test: test.name, status, steps: results, ms: Date.now() - started }
}

/** Runs every test of a suite in its order (sys_atf_test_suite_test.order); the suite fails when any test does. */
export function runAtfSuite(instance: Instance, name: string): AtfSuiteResult {
    const started = Date.now()
    const suite = instance.store.rows('sys_atf_test_suite').find((row) => row.name === name || row.sys_id === name)
    if (!suite) throw new Error(`No ATF test suite "${name}" is installed.`)
    const members = instance.store.rows('sys_atf_test_suite_test')
        .filter((row) => row.test_suite === suite.sys_id)
        .sort((a, b) => Number(a.order) - Number(b.order))
    const tests = members.map((member) => runAtfTest(instance, member.test))
    const status: AtfStatus = tests.some((t) => t.status === 'error') ? 'error' : tests.some((t) => t.status === 'failure') ? 'failure' : 'success'
    return { suite: suite.name, status, tests, ms: Date.now() - started }
}

function inputsOf(instance: Instance, step: Row): Map<string, string> {
    const values = instance.store.rows('sys_variable_value').filter((row) => row.document === 'sys_atf_step' && row.document_key === step.sys_id)
    return new Map(values.map((row) => [row.variable, row.value ?? '']))
}

function runStep(instance: Instance, step: Row, state: RunState): StepRun {
    const inputs = inputsOf(instance, step)
    try {
        switch (step.step_config) {
            case STEP_CONFIG.runServerSideScript: return runServerScript(instance, inputs.get(INPUT.script) ?? '', state)
            case STEP_CONFIG.impersonate: return impersonate(instance, inputs.get(INPUT.impersonateUser) ?? '', state)
            case STEP_CONFIG.createUser: return createUser(instance, inputs, state)
            default:
                return { status: 'error', message: `The bench does not run the step type "${step.display_name || step.step_config}"; only Run Server Side Script, Impersonate and Create a User.`, outputs: {} }
        }
    } catch (error) {
        return { status: 'error', message: error instanceof Error ? error.message : String(error), outputs: {} }
    }
}

function userName(instance: Instance, userIdOrName: string): string | undefined {
    return instance.store.rows('sys_user').find((row) => row.sys_id === userIdOrName || row.user_name === userIdOrName)?.user_name
}

function impersonate(instance: Instance, user: string, state: RunState): StepRun {
    const name = userName(instance, user)
    if (!name) return { status: 'failure', message: `Cannot impersonate "${user}": no such user.`, outputs: {} }
    state.user = name
    return { status: 'success', message: `Impersonating ${name}.`, outputs: { user: instance.store.rows('sys_user').find((row) => row.user_name === name)!.sys_id } }
}

/** "Create a User" step: a sys_user with the given roles (role sys_ids), impersonated when asked (the default). */
function createUser(instance: Instance, inputs: Map<string, string>, state: RunState): StepRun {
    const first = inputs.get(INPUT.firstName) ?? ''
    const last = inputs.get(INPUT.lastName) ?? ''
    // fieldValues is an encoded "field=value^...^EQ" template; only user_name is used here.
    const template = inputs.get(INPUT.fieldValues) ?? ''
    const fields = new Map(template.replace(/\^EQ$/, '').split('^').filter(Boolean).map((pair) => {
        const at = pair.indexOf('=')
        return [pair.slice(0, at), pair.slice(at + 1)] as [string, string]
    }))
    // Assumed: without a user_name ATF makes one from the names; the platform's exact form is not documented.
    const name = fields.get('user_name') || `${first}.${last}`.toLowerCase()
    const roles = (inputs.get(INPUT.roles) ?? '').split(',').filter(Boolean).map((id) => {
        const role = instance.store.rows('sys_user_role').find((row) => row.sys_id === id)
        if (!role) throw new Error(`Create a User: role ${id} is not a sys_user_role sys_id.`)
        return role.name
    })
    const sysId = instance.createUser({ userName: name, name: `${first} ${last}`.trim() || name, roles })
    if (inputs.get(INPUT.impersonate) !== '0' && inputs.get(INPUT.impersonate) !== 'false') state.user = name
    return { status: 'success', message: `Created user ${name}.`, outputs: { user: sysId } }
}

interface Spec { name: string; fn: () => void }

/**
 * "Run Server Side Script": runs as the impersonated user, with outputs,
 * steps(sys_id), params, stepResult and assertEqual; with Jasmine 3.1 specs
 * (describe/it/expect) the step passes when every expectation holds, else a
 * script passes unless it throws or returns false (explain test-api).
 * Assumed: the script is background processing (gs.isInteractive() false).
 */
function runServerScript(instance: Instance, script: string, state: RunState): StepRun {
    const outputs: Record<string, unknown> = {}
    const specs: Spec[] = []
    const failures: string[] = []
    const messages: string[] = []
    const prefix: string[] = []
    let current = ''
    const fail = (text: string) => failures.push(`${current}: ${text}`)
    const matchers = (actual: unknown, negate: boolean) => {
        const check = (pass: boolean, words: string) => { if (pass === negate) fail(`Expected ${show(actual)} ${negate ? 'not ' : ''}${words}.`) }
        return {
            toBe: (expected: unknown) => check(Object.is(actual, expected), `to be ${show(expected)}`),
            toEqual: (expected: unknown) => check(JSON.stringify(actual) === JSON.stringify(expected), `to equal ${show(expected)}`),
            toBeTruthy: () => check(Boolean(actual), 'to be truthy'),
            toBeFalsy: () => check(!actual, 'to be falsy'),
            toBeNull: () => check(actual === null, 'to be null'),
            toContain: (expected: unknown) => check(typeof actual === 'string' ? actual.includes(String(expected)) : Array.isArray(actual) && actual.includes(expected), `to contain ${show(expected)}`),
            toMatch: (pattern: RegExp | string) => check(new RegExp(pattern).test(String(actual)), `to match ${String(pattern)}`),
            toBeGreaterThan: (expected: number) => check(Number(actual) > expected, `to be greater than ${expected}`),
        }
    }
    const globals: Record<string, unknown> = {
        outputs,
        steps: (sysId: string) => state.outputs.get(sysId) ?? {},
        params: {},
        stepResult: { setOutputMessage: (text: string) => messages.push(String(text)) },
        assertEqual: (a: { name?: string; shouldbe: unknown; value: unknown }) => {
            if (a.shouldbe !== a.value) throw new Error(`${a.name ?? 'assertion'}: expected ${show(a.shouldbe)}, got ${show(a.value)}`)
        },
        describe: (name: string, fn: () => void) => { prefix.push(name); try { fn() } finally { prefix.pop() } },
        it: (name: string, fn: () => void) => specs.push({ name: [...prefix, name].join(' '), fn }),
        expect: (actual: unknown) => ({ ...matchers(actual, false), not: matchers(actual, true) }),
        fail: (text: string) => fail(String(text)),
        jasmine: { getEnv: () => ({ execute: () => undefined }) },
    }
    const context = instance.scriptGlobals()
    const saved = new Map(Object.keys(globals).map((key) => [key, context[key]]))
    Object.assign(context, globals)
    try {
        // The step's script is a function body on the platform ("Run Server Side Script": return true/false).
        const completion = instance.runScript(`(function () {\n${script}\n})()`, { as: state.user, interactive: false })
        for (const spec of specs) {
            current = spec.name
            try { instance.runInSession(state.user, spec.fn) } catch (error) { fail(`threw ${error instanceof Error ? error.message : String(error)}`) }
        }
        if (failures.length > 0) return { status: 'failure', message: failures.join('\n'), outputs }
        if (specs.length === 0 && completion === false) return { status: 'failure', message: messages.join('\n') || 'The script returned false.', outputs }
        return { status: 'success', message: messages.join('\n') || `${specs.length} spec(s) passed.`, outputs }
    } catch (error) {
        return { status: 'failure', message: `The script threw: ${error instanceof Error ? error.message : String(error)}`, outputs }
    } finally {
        for (const [key, value] of saved) {
            if (value === undefined) delete context[key]
            else context[key] = value
        }
    }
}

function show(value: unknown): string {
    try { return JSON.stringify(value) ?? String(value) } catch { return String(value) }
}

type Snapshot = Map<string, Map<string, Row>>

/** Each row under its own (most derived) table, copied. */
function snapshotStore(instance: Instance): Snapshot {
    const depth = (table: string) => instance.schema.lineage(table).length
    const owner = new Map<string, string>()
    for (const table of instance.store.tableNames()) {
        for (const row of instance.store.rows(table)) {
            const known = owner.get(row.sys_id)
            if (known === undefined || depth(table) > depth(known)) owner.set(row.sys_id, table)
        }
    }
    const out: Snapshot = new Map()
    for (const table of instance.store.tableNames()) {
        const rows = new Map<string, Row>()
        for (const row of instance.store.rows(table)) if (owner.get(row.sys_id) === table) rows.set(row.sys_id, { ...row })
        out.set(table, rows)
    }
    return out
}

/** ATF rollback: rows the test inserted are deleted, rows it changed or deleted are put back. */
function restoreStore(instance: Instance, before: Snapshot): void {
    const after = snapshotStore(instance)
    for (const [table, rows] of after) {
        const old = before.get(table)
        for (const [sysId, row] of rows) {
            const was = old?.get(sysId)
            if (!was) instance.store.delete(table, sysId)
            else if (JSON.stringify(was) !== JSON.stringify(row)) instance.store.put(table, was)
        }
    }
    for (const [table, rows] of before) {
        const now = after.get(table)
        for (const [sysId, row] of rows) if (!now?.has(sysId)) instance.store.put(table, row)
    }
}
