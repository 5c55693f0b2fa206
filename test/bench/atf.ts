// The Automated Test Framework, for the server-side step types the app's
// suite uses. A test's steps run in order; the first step that does not pass
// stops the test and the rest are skipped; then everything the test changed
// in the database is rolled back.
//
// Sources: `npx now-sdk explain test-api` and `atf-guide` (step types, the
// Run Server Side Script context: outputs, steps(), params, stepResult,
// assertEqual; Jasmine 3.1 only where the script runs it: runServerScript); the step_config and input variable sys_ids, and each
// input's default when the step leaves it unset (get, basic auth, equals, contains,
// records_match_query, impersonate true), are the ones SDK 4.9.0 writes
// (@servicenow/sdk-build-plugins src/atf/step-configs.ts).
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
    recordQuery: '2d82e3c7531400109e02ddeeff7b12a7',
    sendRestRequest: 'e00571a10b3222000b7da95e93673a8f',
    assertStatusCode: '2f4fa7309f132200ef4afa7dc67fcf0f',
    assertResponsePayload: 'd53e40d59f132200ef4afa7dc67fcfc7',
} as const

const INPUT = {
    script: '989d9e235324220002c6435723dc3484',
    impersonateUser: '586e2c4253e0220002c6435723dc3415',
    firstName: '1985e0ceff2433008d3f5d9ad53bf1ba',
    lastName: '6f69fc4aff6433008d3f5d9ad53bf18c',
    fieldValues: '1778a7480f20101091d0f00c97767e03',
    roles: '8c07aba5ff6033008d3f5d9ad53bf13b',
    impersonate: '98c44875ffa033008d3f5d9ad53bf1fa',
    queryTable: '78b8d86b531000109e02ddeeff7b12f3',
    queryConditions: '915990ab531000109e02ddeeff7b12f8',
    queryAssert: 'b86c0427531000109e02ddeeff7b1227',
    queryEnforceSecurity: '02fb0027531000109e02ddeeff7b120b',
    restBasicAuth: '020a6af09fd32200ef4afa7dc67fcfec',
    restPath: '50bff9250b3222000b7da95e93673a9b',
    restQuery: '58408e250b3222000b7da95e93673a5c',
    restMethod: '59877da10b3222000b7da95e93673a56',
    restAuth: '6cdd0ab543010210b6f9a0246bb8f2f2',
    restBody: '81e042650b3222000b7da95e93673aa2',
    restMutualAuth: '89ad06b543010210b6f9a0246bb8f2d7',
    restHeaders: 'cec002650b3222000b7da95e93673aae',
    statusOperation: '1d94cb1f3b8032000774229c93efc419',
    statusCode: '9f5f67709f132200ef4afa7dc67fcf94',
    payloadOperation: 'ccae44d59f132200ef4afa7dc67fcf1e',
    payloadBody: 'f0eec4d59f132200ef4afa7dc67fcf6d',
} as const

export type AtfStatus = 'success' | 'failure' | 'error'

export interface AtfStepResult {
    order: number
    /** The step type's name, e.g. "Run Server Side Script". */
    stepConfig: string
    /** skipped after a step that did not pass. */
    status: AtfStatus | 'skipped'
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
    status: AtfStatus
    message: string
    outputs: Record<string, unknown>
}

interface RunState {
    user: string
    /** The test's application scope: its scripts run there ('global' for a test of the global scope). */
    scope: string
    outputs: Map<string, Record<string, unknown>>
    /** The answer of the last Send REST Request - Inbound step, while REST assert steps follow it. */
    response: { status: number; body: string } | null
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
    const state: RunState = { user: 'admin', scope: test.sys_scope === 'global' ? 'global' : instance.scope, outputs: new Map(), response: null }
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

/**
 * The step's input values; a value that is an earlier step's output ("{{step['<sys_id>'].<name>}}", as the
 * SDK writes it and ATF resolves it when the step runs: "Values of steps with output variables can be used
 * for inputs", sdk-core Test.d.ts) becomes that output.
 */
function inputsOf(instance: Instance, step: Row, state: RunState): Map<string, string> {
    const values = instance.store.rows('sys_variable_value').filter((row) => row.document === 'sys_atf_step' && row.document_key === step.sys_id)
    return new Map(values.map((row) => {
        const pill = /^\{\{step\['([0-9a-f]{32})'\]\.(\w+)\}\}$/.exec(row.value ?? '')
        if (!pill) return [row.variable, row.value ?? '']
        const output = state.outputs.get(pill[1])?.[pill[2]]
        if (output === undefined) throw new Error(`The input ${row.value} names an output no earlier step gave.`)
        return [row.variable, String(output)]
    }))
}

const REST_ASSERTS: ReadonlySet<string> = new Set([STEP_CONFIG.assertStatusCode, STEP_CONFIG.assertResponsePayload])

function runStep(instance: Instance, step: Row, state: RunState): StepRun {
    // "REST test steps" (ServiceNow docs): assert steps must immediately follow a Send REST Request - Inbound step.
    const response = state.response
    if (!REST_ASSERTS.has(step.step_config) && step.step_config !== STEP_CONFIG.sendRestRequest) state.response = null
    try {
        const inputs = inputsOf(instance, step, state)
        switch (step.step_config) {
            case STEP_CONFIG.runServerSideScript: return runServerScript(instance, inputs.get(INPUT.script) ?? '', state)
            case STEP_CONFIG.impersonate: return impersonate(instance, inputs.get(INPUT.impersonateUser) ?? '', state)
            case STEP_CONFIG.createUser: return createUser(instance, inputs, state)
            case STEP_CONFIG.recordQuery: return recordQuery(instance, inputs, state)
            case STEP_CONFIG.sendRestRequest: return sendRestRequest(instance, inputs, state)
            case STEP_CONFIG.assertStatusCode: return assertStatusCode(inputs, response)
            case STEP_CONFIG.assertResponsePayload: return assertResponsePayload(inputs, response)
            default:
                return { status: 'error', message: `The bench does not run the step type "${step.display_name || step.step_config}"; only Run Server Side Script, Impersonate, Create a User, Record Query, Send REST Request - Inbound, Assert Status Code and Assert Response Payload.`, outputs: {} }
        }
    } catch (error) {
        return { status: 'error', message: error instanceof Error ? error.message : String(error), outputs: {} }
    }
}

/**
 * "Record Query" (ServiceNow docs, "Record Query step"): finds the records matching the conditions and
 * passes when some do (records_match_query) or none do (no_records_match_query); outputs the table and the
 * first record's sys_id. The query runs as a script of the test's application would (assumed: the step is
 * held to the app's cross-scope access like the app's own scripts, the strict choice), as the impersonated
 * user; with enforce security, through the user's ACLs (GlideRecordSecure).
 */
function recordQuery(instance: Instance, inputs: Map<string, string>, state: RunState): StepRun {
    const table = inputs.get(INPUT.queryTable) ?? ''
    const conditions = inputs.get(INPUT.queryConditions) ?? ''
    const secure = inputs.get(INPUT.queryEnforceSecurity) === '1' || inputs.get(INPUT.queryEnforceSecurity) === 'true'
    const wanted = inputs.get(INPUT.queryAssert) || 'records_match_query'
    const first = instance.runScript(
        `(function () { var gr = new ${secure ? 'GlideRecordSecure' : 'GlideRecord'}(${JSON.stringify(table)}); gr.addEncodedQuery(${JSON.stringify(conditions)}); gr.setLimit(1); gr.query(); return gr.next() ? String(gr.getUniqueValue()) : ''; })()`,
        { as: state.user, interactive: false },
    ) as string
    const found = first !== ''
    const pass = wanted === 'no_records_match_query' ? !found : found
    const message = found ? `Found a ${table} record matching "${conditions}": ${first}.` : `No ${table} record matches "${conditions}".`
    return { status: pass ? 'success' : 'failure', message, outputs: { table, first_record: first } }
}

/**
 * "Send REST Request - Inbound" (ServiceNow docs, "REST test step: Send REST Request - Inbound" and
 * "REST test steps"): a request to this instance only; with a basic auth profile it carries that
 * profile's user name and password; with none, the credentials of the user running the test (the
 * runner, not an impersonated user: "uses the credentials of the user who scheduled the test"). No
 * response check here: the assert steps that follow it do that. Mutual authentication is not modelled.
 * The profile is the step's own input, a reference an admin sets on the step form ("Create a basic auth
 * profile using the Automated Test Framework": open the step, Basic authentication field) or the test
 * sets by sys_id; ATF reads it to send the request, so no script of the test's application reads
 * sys_auth_profile_basic and the application needs no privilege on it (read straight from the store here,
 * never through the app's scope).
 */
function sendRestRequest(instance: Instance, inputs: Map<string, string>, state: RunState): StepRun {
    const auth = inputs.get(INPUT.restAuth) ?? 'basic'
    if (auth === 'mutual' || (inputs.get(INPUT.restMutualAuth) ?? '') !== '') throw new Error('The bench does not model mutual authentication.')
    const profileId = auth === 'basic' ? inputs.get(INPUT.restBasicAuth) ?? '' : ''
    let user: string | null = 'admin'
    let who = 'the test runner (admin)'
    if (profileId !== '') {
        const profile = instance.store.get('sys_auth_profile_basic', profileId)
        if (!profile) return { status: 'failure', message: `The basic auth profile ${profileId} does not exist.`, outputs: {} }
        user = instance.basicAuthUser(profile.username ?? '', profile.password ? instance.store.decrypt(profile.password) : '')
        who = `profile "${profile.name}"`
    }
    const method = (inputs.get(INPUT.restMethod) || 'get').toUpperCase()
    const path = inputs.get(INPUT.restPath) ?? ''
    const parse = (text: string | undefined): Record<string, string> => (text ? JSON.parse(text) as Record<string, string> : {})
    const body = inputs.get(INPUT.restBody)
    const answer = instance.rest({ method, path, as: user, body: body === undefined || body === '' ? undefined : body, headers: parse(inputs.get(INPUT.restHeaders)), query: parse(inputs.get(INPUT.restQuery)) })
    state.response = { status: answer.status, body: answer.body === null || answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body) }
    return { status: 'success', message: `${method} ${path} as ${who}: HTTP ${answer.status}.`, outputs: {} }
}

function compare(operation: string, actual: number, expected: number): boolean {
    switch (operation) {
        case 'equals': return actual === expected
        case 'not_equals': return actual !== expected
        case 'less_than': return actual < expected
        case 'greater_than': return actual > expected
        default: throw new Error(`The bench does not model the status code comparison "${operation}".`)
    }
}

function noResponse(): StepRun {
    return { status: 'error', message: 'A REST assert step must immediately follow a Send REST Request - Inbound step.', outputs: {} }
}

/** "Assert Status Code": compares the last response's HTTP status. */
function assertStatusCode(inputs: Map<string, string>, response: RunState['response']): StepRun {
    if (!response) return noResponse()
    const expected = Number(inputs.get(INPUT.statusCode))
    const operation = inputs.get(INPUT.statusOperation) || 'equals'
    const pass = compare(operation, response.status, expected)
    return { status: pass ? 'success' : 'failure', message: `The status code is ${response.status} (expected ${operation} ${expected}).`, outputs: {} }
}

/** "Assert Response Payload": the last response's body equals or contains the text. */
function assertResponsePayload(inputs: Map<string, string>, response: RunState['response']): StepRun {
    if (!response) return noResponse()
    const expected = inputs.get(INPUT.payloadBody) ?? ''
    const operation = inputs.get(INPUT.payloadOperation) || 'contains'
    let pass: boolean
    if (operation === 'contains') pass = response.body.includes(expected)
    else if (operation === 'does_not_contain') pass = !response.body.includes(expected)
    else if (operation === 'equals') pass = response.body === expected
    else throw new Error(`The bench does not model the payload comparison "${operation}".`)
    return { status: pass ? 'success' : 'failure', message: `The response payload ${pass ? 'matches' : 'does not match'}: ${operation} "${expected}" (payload: ${response.body.slice(0, 300)}).`, outputs: {} }
}

function impersonate(instance: Instance, user: string, state: RunState): StepRun {
    const row = instance.store.rows('sys_user').find((r) => r.sys_id === user || r.user_name === user)
    if (!row) return { status: 'failure', message: `Cannot impersonate "${user}": no such user.`, outputs: {} }
    state.user = row.user_name
    return { status: 'success', message: `Impersonating ${row.user_name}.`, outputs: { user: row.sys_id } }
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

interface Spec { name: string; fn: () => void; ran: boolean }

/** Jasmine 3.1's words for an expectation outside a running spec (jasmine-core Env.js, `expect`). */
const NO_CURRENT_SPEC = "'expect' was used when there was no current spec, this could be because an asynchronous test timed out"

/**
 * "Run Server Side Script", held to what ATF documents and no more. Sources: the step's default script as
 * the platform ships it and SDK 4.9.0 copies it (@servicenow/sdk-build-plugins dist/atf/step-configs.js,
 * runServerSideScript.script.default; sdk-notes, "ATF server steps in a scoped app do not run Jasmine specs
 * by themselves"); `npx now-sdk explain test-api` / `atf-guide` (the context: outputs, steps(sys_id),
 * params, stepResult, assertEqual); ServiceNow docs, "Step execution scripts" (stepResult.setSuccess(),
 * setFailed(), setOutputMessage(): "the most recent value set overwrites any previous value").
 * - The script is the function form `(function(outputs, steps, params, stepResult, assertEqual) {...})(outputs,
 *   steps, params, stepResult, assertEqual);` and "return false from the main function body" fails the step:
 *   the bench evaluates the script as a program and reads its completion value, the function's answer
 *   (assumed, ASSUMPTIONS.md: a top-level `return` is then a syntax error).
 * - assertEqual "compare[s] that assertion.shouldbe == assertion.value; in case of failure it throws an Error
 *   and logs that the assertion by name has failed". The bench compares with === (stricter than ==: what
 *   passes here passes there) and a failed assertion fails the step even when the script catches the Error
 *   (assumed, ASSUMPTIONS.md).
 * - "describe is only supported in Global scope": in a test of an application scope `describe` is not
 *   defined (a ReferenceError, as any undefined name). `it` registers a spec; registered specs run only
 *   when the script calls `jasmine.getEnv().execute()` ("uncomment the next line to execute this script as
 *   a jasmine test"); their expectations then decide the step. `expect` outside a running spec throws
 *   Jasmine's own error. A spec registered and never run fails the step on the bench (it could not fail).
 * - stepResult.setFailed(message?) fails the step; setSuccess() passes nothing by itself (see below).
 * - Stricter than ATF on purpose (a bench rule, not the platform's): a step that asserts nothing, that is
 *   calls assertEqual never and runs no Jasmine expectation, fails with words. On an instance it would
 *   pass, and a step that cannot fail proves nothing.
 * The step runs as the impersonated user, as background processing (assumed: gs.isInteractive() false).
 */
function runServerScript(instance: Instance, script: string, state: RunState): StepRun {
    const outputs: Record<string, unknown> = {}
    const specs: Spec[] = []
    const failures: string[] = []
    let outputMessage: string | null = null
    let failedByScript: string | null = null
    let assertions = 0
    const held: string[] = []
    let running: Spec | null = null
    const prefix: string[] = []
    const fail = (text: string) => failures.push(`${running ? running.name : 'the script'}: ${text}`)
    const matchers = (actual: unknown, negate: boolean) => {
        const check = (pass: boolean, words: string) => {
            assertions++
            if (pass === negate) fail(`Expected ${show(actual)} ${negate ? 'not ' : ''}${words}.`)
        }
        return {
            toBe: (expected: unknown) => check(Object.is(actual, expected), `to be ${show(expected)}`),
            // Jasmine 3.1 docs (matchers, toEqual): "deep equality comparison", so key order does not count.
            toEqual: (expected: unknown) => check(canonical(actual) === canonical(expected), `to equal ${show(expected)}`),
            toBeTruthy: () => check(Boolean(actual), 'to be truthy'),
            toBeFalsy: () => check(!actual, 'to be falsy'),
            toBeNull: () => check(actual === null, 'to be null'),
            toContain: (expected: unknown) => check(typeof actual === 'string' ? actual.includes(String(expected)) : Array.isArray(actual) && actual.includes(expected), `to contain ${show(expected)}`),
            toMatch: (pattern: RegExp | string) => check(new RegExp(pattern).test(String(actual)), `to match ${String(pattern)}`),
            toBeGreaterThan: (expected: number) => check(Number(actual) > expected, `to be greater than ${expected}`),
        }
    }
    const execute = () => {
        for (const spec of specs) {
            if (spec.ran) continue
            spec.ran = true
            running = spec
            try { spec.fn() } catch (error) { fail(`threw ${errorText(error)}`) } finally { running = null }
        }
    }
    const globals: Record<string, unknown> = {
        outputs,
        steps: (sysId: string) => state.outputs.get(sysId) ?? {},
        params: {},
        stepResult: {
            setOutputMessage: (text: unknown) => { outputMessage = String(text) },
            setSuccess: () => undefined,
            setFailed: (text?: unknown) => { failedByScript = text === undefined ? '' : String(text) },
        },
        assertEqual: (assertion: { name?: unknown; shouldbe?: unknown; value?: unknown }) => {
            assertions++
            if (assertion === null || typeof assertion !== 'object' || !('shouldbe' in assertion) || !('value' in assertion)) {
                const words = 'assertEqual needs { name, shouldbe, value }.'
                failures.push(words)
                throw new Error(words)
            }
            const name = assertion.name === undefined ? 'assertion' : String(assertion.name)
            if (assertion.shouldbe !== assertion.value) {
                const words = `${name}: expected ${show(assertion.shouldbe)}, got ${show(assertion.value)}`
                failures.push(words)
                throw new Error(words)
            }
            held.push(name)
        },
        it: (name: string, fn: () => void) => { specs.push({ name: [...prefix, String(name)].join(' '), fn, ran: false }) },
        expect: (actual: unknown) => {
            if (!running) throw new Error(NO_CURRENT_SPEC)
            return { ...matchers(actual, false), not: matchers(actual, true) }
        },
        fail: (text: string) => { if (!running) throw new Error(NO_CURRENT_SPEC); fail(String(text)) },
        jasmine: { getEnv: () => ({ execute }) },
    }
    if (state.scope === 'global') {
        globals.describe = (name: string, fn: () => void) => { prefix.push(String(name)); try { fn() } finally { prefix.pop() } }
    }
    const context = instance.scriptGlobals()
    const names = [...new Set([...Object.keys(globals), 'describe'])]
    const saved = new Map(names.map((key) => [key, context[key]]))
    for (const key of names) delete context[key]
    Object.assign(context, globals)
    let completion: unknown
    let thrown: string | null = null
    try {
        completion = instance.runScript(script, { as: state.user, scope: state.scope, interactive: false })
    } catch (error) {
        thrown = errorText(error)
    } finally {
        for (const [key, value] of saved) {
            if (value === undefined) delete context[key]
            else context[key] = value
        }
    }
    const said = outputMessage === null ? '' : `\n${outputMessage as string}`
    if (failures.length > 0) return { status: 'failure', message: failures.join('\n') + said, outputs }
    if (thrown !== null) return { status: 'failure', message: `The script threw: ${thrown}${said}`, outputs }
    if (failedByScript !== null) return { status: 'failure', message: (failedByScript as string) || outputMessage || 'The script called stepResult.setFailed().', outputs }
    if (completion === false) return { status: 'failure', message: outputMessage ?? 'The script returned false.', outputs }
    const neverRun = specs.filter((spec) => !spec.ran)
    if (neverRun.length > 0) {
        return { status: 'failure', message: `${neverRun.length} Jasmine spec(s) were registered with it() and never run (${neverRun.map((spec) => `"${spec.name}"`).join(', ')}): ATF runs them only when the script calls jasmine.getEnv().execute().`, outputs }
    }
    if (assertions === 0) {
        return { status: 'failure', message: 'The step asserted nothing: it never called assertEqual and ran no Jasmine expectation, so it could not fail (a bench rule, stricter than ATF, which would pass it).', outputs }
    }
    // The bench's own report of a passing step: what held, by name (ATF shows the output message).
    const report = `${assertions} assertion(s) held${held.length > 0 ? `: ${held.join('; ')}` : ''}.`
    return { status: 'success', message: outputMessage === null ? report : `${outputMessage as string}\n${report}`, outputs }
}

/** An error's words with its kind unless plain Error (a script's errors come from another realm: no instanceof). */
function errorText(error: unknown): string {
    const e = error as { name?: unknown; message?: unknown } | null
    if (e === null || typeof e !== 'object' || typeof e.message !== 'string') return String(error)
    return typeof e.name === 'string' && e.name !== 'Error' ? `${e.name}: ${e.message}` : e.message
}

/** JSON with object keys sorted: equal text means deeply equal values (for the values a script compares). */
function canonical(value: unknown): string | undefined {
    return JSON.stringify(value, (_key, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v))
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
