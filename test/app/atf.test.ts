// The ATF suite shipped with the app, run on the bench: `npm test` fails when
// any of its tests fails, as "Automated Test Framework > Suites > OpCon
// Connector > Run" would on an instance, after the one-time setup the README's
// "Prove it on your instance" asks of an admin (publish the Flow actions; two
// test users, their basic auth profiles, each selected on its request step of
// the failure endpoint's test). The bench's runner is strict (test/bench/atf.ts):
// a step passes only on what it asserts, as the documented scoped step form.
import { Instance } from '../bench/instance'
import type { PackageRecord } from '../bench/records'
import { useConnector } from './support/connector'

const connector = useConnector()

const ENDPOINT_TEST = 'OpCon Connector: the failure endpoint answers 400 to bad input and 403 to a user without x_opcon.failure_reporter'
// The step's "Basic authentication" input (Send REST Request - Inbound; SDK 4.9.0 step-configs.ts).
const BASIC_AUTH_INPUT = '020a6af09fd32200ef4afa7dc67fcfec'
// Run Server Side Script's "script" input (same source).
const SCRIPT_INPUT = '989d9e235324220002c6435723dc3484'

/**
 * "Create a basic auth profile using the Automated Test Framework" (ServiceNow docs): open the test, open a
 * Send REST Request - Inbound step, and in its Basic authentication field pick (or create) the profile; the
 * form saves the step's input value. The step whose Notes name the user gets that user's profile.
 */
function selectProfileOnStep(instance: Instance, userInNotes: string, profile: string): void {
    const test = instance.query('sys_atf_test', `name=${ENDPOINT_TEST}`)[0]
    const steps = instance.query('sys_atf_step', `test=${test.sys_id}`).filter((step) => (step.notes ?? '').includes(`the profile of ${userInNotes} `))
    expect(steps).toHaveLength(1)
    const value = instance.query('sys_variable_value', `document=sys_atf_step^document_key=${steps[0].sys_id}^variable=${BASIC_AUTH_INPUT}`)[0]
    if (value) instance.update('sys_variable_value', value.sys_id, { value: profile })
    else instance.insert('sys_variable_value', { document: 'sys_atf_step', document_key: steps[0].sys_id, variable: BASIC_AUTH_INPUT, value: profile })
}

/** The README's setup, as an admin does it in the UI. */
function prepareAsTheReadmeSays(instance: Instance): { integrationProfile: string } {
    instance.publishFlowActions()
    instance.createUser({ userName: 'atf.opcon.endpoint', roles: ['x_opcon.failure_reporter'], password: 'Atf-Integration-Pw-1' })
    instance.createUser({ userName: 'atf.opcon.norole', roles: [], password: 'Atf-NoRole-Pw-1' })
    const integrationProfile = instance.insert('sys_auth_profile_basic', { name: 'OpCon ATF: integration user', username: 'atf.opcon.endpoint', password: 'Atf-Integration-Pw-1' })!
    const noRoleProfile = instance.insert('sys_auth_profile_basic', { name: 'OpCon ATF: user without OpCon roles', username: 'atf.opcon.norole', password: 'Atf-NoRole-Pw-1' })!
    selectProfileOnStep(instance, 'atf.opcon.endpoint', integrationProfile)
    selectProfileOnStep(instance, 'atf.opcon.norole', noRoleProfile)
    return { integrationProfile }
}

const failedSteps = (result: ReturnType<Instance['runAtfSuite']>) =>
    result.tests.filter((t) => t.status !== 'success').map((t) => ({ test: t.test, steps: t.steps.filter((s) => s.status !== 'success' && s.status !== 'skipped') }))

const RULES_TEST = 'OpCon Connector: the four incident rules ask for the right job action, nothing is sent to an inactive server'
const SWITCH_TEST = 'OpCon Connector: a state change follows x_opcon.enabled as set: skipped while it is false, rejected for an inactive server while it is true, never sent'
const LINK_TEST = 'OpCon Connector: a correlation edit by a user without an OpCon role does not move the job link'
const FLOW_TEST = 'OpCon Connector: the Flow actions refuse an unlinked incident and an inactive OpCon server in words'
const PRODUCTION_WORDS = 'This instance is marked production (glide.installation.production); run the OpCon Connector suite on a sub-production clone'

/** glide.installation.production as the platform keeps it: a global system property (absent on the bench until set). */
function markProduction(instance: Instance, value: 'true' | 'false'): void {
    const row = instance.query('sys_properties', 'name=glide.installation.production')[0]
    if (row) instance.update('sys_properties', row.sys_id, { value })
    else instance.insert('sys_properties', { name: 'glide.installation.production', value, type: 'boolean' })
}

test('every test of the "OpCon Connector" ATF suite passes, and leaves nothing behind', () => {
    const { instance } = connector()
    prepareAsTheReadmeSays(instance)
    const counts = () => Object.fromEntries(['incident', 'x_opcon_action', 'x_opcon_binding', 'x_opcon_server', 'x_opcon_failure', 'sys_user'].map((t) => [t, instance.query(t).length]))
    const before = counts()
    const result = instance.runAtfSuite('OpCon Connector')
    expect(failedSteps(result)).toEqual([])
    expect(result.tests.map((t) => t.test)).toHaveLength(7)
    expect(counts()).toEqual(before)
    expect(instance.getProperty('x_opcon.enabled')).toBe('true')
    expect(instance.getProperty('x_opcon.resolve_action')).toBe('markFixed')
    expect(instance.httpLog).toEqual([])
})

/** The passing report of a test's last step: the names of the assertions that held (test/bench/atf.ts). */
const lastStepReport = (result: ReturnType<Instance['runAtfSuite']>, test: string) => result.tests.find((t) => t.test === test)!.steps.at(-1)!.message

test('the suite follows the connector\'s settings as an admin left them and changes none: with x_opcon.resolve_action restart, Resolved asks for restart', () => {
    const instance = Instance.load()
    prepareAsTheReadmeSays(instance)
    expect(lastStepReport(instance.runAtfSuite('OpCon Connector'), RULES_TEST)).toContain('then Resolved for the action x_opcon.resolve_action names (markFixed)')
    instance.setProperty('x_opcon.resolve_action', 'restart')
    const result = instance.runAtfSuite('OpCon Connector')
    expect(failedSteps(result)).toEqual([])
    expect(lastStepReport(result, RULES_TEST)).toContain('then Resolved for the action x_opcon.resolve_action names (restart)')
    expect(instance.getProperty('x_opcon.resolve_action')).toBe('restart')
    expect(instance.getProperty('x_opcon.enabled')).toBe('true')
})

test('with x_opcon.enabled false the switch test sees requests skipped, every test but the endpoint\'s passes, and the endpoint test says in words why it cannot run; the switch stays off', () => {
    const instance = Instance.load()
    prepareAsTheReadmeSays(instance)
    expect(lastStepReport(instance.runAtfSuite('OpCon Connector'), SWITCH_TEST)).toContain('with x_opcon.enabled true the request is handled and rejected')
    instance.setProperty('x_opcon.enabled', 'false')
    const result = instance.runAtfSuite('OpCon Connector')
    expect(lastStepReport(result, SWITCH_TEST)).toContain('with x_opcon.enabled false the request is recorded as skipped, never sent; the skipped request names the switch')
    expect(lastStepReport(result, RULES_TEST)).toContain('request is skipped, never sent (x_opcon.enabled is false)')
    expect(failedSteps(result)).toEqual([{
        test: ENDPOINT_TEST,
        steps: [expect.objectContaining({ order: 1, status: 'failure', message: 'x_opcon.enabled is false on this instance: switched off, the endpoint answers every report 503 and this test cannot see its 400; run the suite where the connector is on: expected true, got false' })],
    }])
    expect(instance.getProperty('x_opcon.enabled')).toBe('false')
})

test('on an instance marked production (glide.installation.production true) every test stops at its first step with words; marked false, the suite passes', () => {
    const instance = Instance.load()
    prepareAsTheReadmeSays(instance)
    markProduction(instance, 'true')
    const refused = instance.runAtfSuite('OpCon Connector')
    expect(refused.status).toBe('failure')
    expect(refused.tests).toHaveLength(7)
    for (const t of refused.tests) {
        expect(t.steps[0]).toMatchObject({ order: 1, stepConfig: 'Run Server Side Script', status: 'failure', message: `${PRODUCTION_WORDS}: expected false, got true` })
        expect(t.steps.slice(1).every((s) => s.status === 'skipped')).toBe(true)
    }
    markProduction(instance, 'false')
    expect(failedSteps(instance.runAtfSuite('OpCon Connector'))).toEqual([])
})

test('without the one-time setup, the two tests that need it fail at their first step and say what is missing; the other five pass', () => {
    const instance = Instance.load()
    const result = instance.runAtfSuite('OpCon Connector')
    expect(result.status).toBe('failure')
    const failed = failedSteps(result)
    expect(failed.map((t) => t.test)).toEqual([FLOW_TEST, ENDPOINT_TEST])
    expect(failed[0].steps).toEqual([expect.objectContaining({ order: 1, stepConfig: 'Run Server Side Script' })])
    expect(failed[0].steps[0].message).toBe(
        'Flow action "Mark job Fixed" (x_opcon.opcon_mark_job_fixed) is not published (draft): open it in Flow Designer and publish it, or install with now-sdk install, which publishes the actions; ' +
        'Flow action "Restart job" (x_opcon.opcon_restart_job) is not published (draft): open it in Flow Designer and publish it, or install with now-sdk install, which publishes the actions: expected 0, got 2')
    expect(failed[1].steps[0]).toMatchObject({ order: 1, stepConfig: 'Run Server Side Script' })
    expect(failed[1].steps[0].message).toBe('the one-time setup (README, "Prove it on your instance", step 2) has the two test users: no active user atf.opcon.endpoint or atf.opcon.norole. ' +
        'Create the users atf.opcon.endpoint (role x_opcon.failure_reporter) and atf.opcon.norole (no role), a basic auth profile for each, and in this test select ' +
        'each profile in the Basic authentication field of the Send REST Request - Inbound step whose Notes name it: expected "", got "atf.opcon.endpoint or atf.opcon.norole"')
})

test('with the Flow actions published but one of them deactivated, the Flow test names that action at its first step', () => {
    const instance = Instance.load()
    prepareAsTheReadmeSays(instance)
    const restart = instance.query('sys_hub_action_type_definition', 'internal_name=opcon_restart_job')[0]
    instance.store.put('sys_hub_action_type_definition', { ...instance.store.get('sys_hub_action_type_definition', restart.sys_id)!, active: 'false' })
    const result = instance.runAtfTest(FLOW_TEST)
    expect(result.steps[0]).toMatchObject({ order: 1, status: 'failure', message: expect.stringMatching(/^Flow action "Restart job" \(x_opcon\.opcon_restart_job\) is not published \(inactive\): open it in Flow Designer/) })
})

test('the Flow test reads the actions\' state through the shipped read privilege on sys_hub_action_type_definition: without it, even published actions read as not found', () => {
    const instance = Instance.load({ exclude: (record) => record.table === 'sys_scope_privilege' && record.fields.target_name === 'sys_hub_action_type_definition' })
    prepareAsTheReadmeSays(instance)
    const result = instance.runAtfTest(FLOW_TEST)
    expect(result.steps[0]).toMatchObject({ order: 1, status: 'failure', message: expect.stringMatching(/^Flow action "opcon_mark_job_fixed" \(x_opcon\.opcon_mark_job_fixed\) is not published \(not found\)/) })
    expect(instance.logs.some((l) => l.message.includes("Read operation on table 'sys_hub_action_type_definition' from scope 'x_opcon' was denied"))).toBe(true)
})

test('the suite fails, in words, when the app is wrong: without the Resolved rule the rules test fails; without the rule that records job links the link test fails', () => {
    const rule = (name: string) => (record: PackageRecord) => record.table === 'sys_script' && record.fields.name === name
    const noResolved = Instance.load({ exclude: rule('OpConTicketResolved') })
    prepareAsTheReadmeSays(noResolved)
    expect(failedSteps(noResolved.runAtfSuite('OpCon Connector'))).toEqual([{
        test: RULES_TEST,
        steps: [expect.objectContaining({ order: 3, status: 'failure', message: 'In Progress asks for markUnderReview, then Resolved for the action x_opcon.resolve_action names (markFixed): expected "markUnderReview,markFixed", got "markUnderReview"' })],
    }])
    const noLinks = Instance.load({ exclude: rule('OpCon: record the job link') })
    prepareAsTheReadmeSays(noLinks)
    const failed = failedSteps(noLinks.runAtfSuite('OpCon Connector'))
    expect(failed.map((t) => t.test)).toContain(LINK_TEST)
    expect(failed.find((t) => t.test === LINK_TEST)!.steps).toEqual([expect.objectContaining({ order: 3, status: 'failure', message: 'the incident the integration user created is linked to job 201: expected "20250101|201|1|ATFJOB", got null' })])
})

test('no step of the suite sets a property: neither a step script nor the module the scripts share calls setProperty', () => {
    const instance = Instance.load()
    const records = instance.pkg.records.filter((r) => r.action !== 'DELETE')
    const steps = new Set(records.filter((r) => r.table === 'sys_atf_step').map((r) => r.sysId))
    const scripts = records.filter((r) => r.table === 'sys_variable_value' && steps.has(String(r.fields.document_key)) && r.fields.variable === SCRIPT_INPUT).map((r) => String(r.fields.value ?? ''))
    expect(scripts.length).toBeGreaterThanOrEqual(10)
    const required = new Set(scripts.flatMap((script) => [...script.matchAll(/require\('x_opcon\/opcon-connector\/1\.0\.0\/([^']+)'\)/g)].map((m) => m[1])))
    expect([...required]).toEqual(['src/server/atf/atf-fixtures.ts'])
    const modules = records.filter((r) => r.table === 'sys_module' && required.has(String(r.fields.path ?? '').replace(/^x_opcon\/opcon-connector\/1\.0\.0\//, ''))).map((r) => String(r.fields.content ?? ''))
    expect(modules).toHaveLength(1)
    for (const text of [...scripts, ...modules]) expect(text).not.toMatch(/setProperty/)
})

test('the endpoint test reads no credential table from the app\'s scope: ATF sends the profile selected on each step', () => {
    const instance = Instance.load()
    prepareAsTheReadmeSays(instance)
    const from = instance.logs.length
    const result = instance.runAtfTest(ENDPOINT_TEST)
    expect(result.status).toBe('success')
    expect(result.steps.filter((s) => s.stepConfig === 'Send REST Request - Inbound').map((s) => s.message)).toEqual([
        'POST /api/x_opcon/v1/opcon/failures as profile "OpCon ATF: integration user": HTTP 400.',
        'POST /api/x_opcon/v1/opcon/failures as profile "OpCon ATF: user without OpCon roles": HTTP 403.',
    ])
    expect(instance.logs.slice(from).filter((l) => /sys_auth_profile/.test(l.message))).toEqual([])
})

test('with the users but no profile selected on the steps, the request goes as the runner (an admin without the role) and the test fails at its first status assert', () => {
    const instance = Instance.load()
    instance.createUser({ userName: 'atf.opcon.endpoint', roles: ['x_opcon.failure_reporter'], password: 'Atf-Integration-Pw-1' })
    instance.createUser({ userName: 'atf.opcon.norole', roles: [], password: 'Atf-NoRole-Pw-1' })
    const result = instance.runAtfTest(ENDPOINT_TEST)
    expect(result.status).toBe('failure')
    expect(result.steps.filter((s) => s.status === 'failure')).toEqual([
        expect.objectContaining({ stepConfig: 'Assert Status Code', message: 'The status code is 403 (expected equals 400).' }),
    ])
    expect(result.steps.find((s) => s.stepConfig === 'Send REST Request - Inbound')?.message).toBe('POST /api/x_opcon/v1/opcon/failures as the test runner (admin): HTTP 403.')
})

test('a profile whose password is wrong gets 401, and the endpoint test fails at its status assert', () => {
    const instance = Instance.load()
    const { integrationProfile } = prepareAsTheReadmeSays(instance)
    instance.update('sys_auth_profile_basic', integrationProfile, { password: 'not-the-password' })
    const result = instance.runAtfTest(ENDPOINT_TEST)
    expect(result.steps.filter((s) => s.status === 'failure')).toEqual([
        expect.objectContaining({ stepConfig: 'Assert Status Code', message: 'The status code is 401 (expected equals 400).' }),
    ])
})

test('with the setup done but a test user deactivated between runs, the endpoint test stops at its first step and names the user', () => {
    const instance = Instance.load()
    prepareAsTheReadmeSays(instance)
    const user = instance.query('sys_user', 'user_name=atf.opcon.norole')[0]
    instance.update('sys_user', user.sys_id, { active: false })
    const result = instance.runAtfTest(ENDPOINT_TEST)
    expect(result.steps.map((s) => s.status)).toEqual(['failure', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped'])
    expect(result.steps[0].message).toMatch(/^the one-time setup \(README, "Prove it on your instance", step 2\) has the two test users: no active user atf\.opcon\.norole\. Create the users/)
})
