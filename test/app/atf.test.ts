// The ATF suite shipped with the app, run on the bench: `npm test` fails when
// any of its tests fails, as "Automated Test Framework > Suites > OpCon
// Connector > Run" would on an instance, after the one-time setup the README's
// "Prove it on your instance" asks of an admin (publish the Flow actions; two
// test users, their basic auth profiles, each selected on its request step of
// the failure endpoint's test).
import { Instance } from '../bench/instance'
import { useConnector } from './support/connector'

const connector = useConnector()

const ENDPOINT_TEST = 'OpCon Connector: the failure endpoint answers 400 to bad input and 403 to a user without x_opcon.failure_reporter'
// The step's "Basic authentication" input (Send REST Request - Inbound; SDK 4.9.0 step-configs.ts).
const BASIC_AUTH_INPUT = '020a6af09fd32200ef4afa7dc67fcfec'

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

test('without the one-time setup, the two tests that need it fail and say what is missing; the other five pass', () => {
    const instance = Instance.load()
    const result = instance.runAtfSuite('OpCon Connector')
    expect(result.status).toBe('failure')
    const failed = failedSteps(result)
    expect(failed.map((t) => t.test)).toEqual([
        'OpCon Connector: the Flow actions refuse an unlinked incident and an inactive OpCon server in words',
        'OpCon Connector: the failure endpoint answers 400 to bad input and 403 to a user without x_opcon.failure_reporter',
    ])
    expect(failed[0].steps[0].message).toContain('is not published: open it in Flow Designer and publish it')
    expect(failed[1].steps[0]).toMatchObject({ order: 1, stepConfig: 'Run Server Side Script' })
    expect(failed[1].steps[0].message).toBe('the one-time setup (README, "Prove it on your instance", step 2) has the two test users: no active user atf.opcon.endpoint or atf.opcon.norole. ' +
        'Create the users atf.opcon.endpoint (role x_opcon.failure_reporter) and atf.opcon.norole (no role), a basic auth profile for each, and in this test select ' +
        'each profile in the Basic authentication field of the Send REST Request - Inbound step whose Notes name it.')
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
