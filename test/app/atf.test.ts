// The ATF suite shipped with the app, run on the bench: `npm test` fails when
// any of its tests fails, as "Automated Test Framework > Suites > OpCon
// Connector > Run" would on an instance, after the one-time setup the README's
// "Prove it on your instance" asks of an admin (publish the Flow actions; two
// test users and their basic auth profiles for the failure endpoint's test).
import { Instance } from '../bench/instance'
import { useConnector } from './support/connector'

const connector = useConnector()

/** The README's setup, as an admin does it in the UI. */
function prepareAsTheReadmeSays(instance: Instance): void {
    instance.publishFlowActions()
    instance.createUser({ userName: 'atf.opcon.endpoint', roles: ['x_opcon.failure_reporter'], password: 'Atf-Integration-Pw-1' })
    instance.createUser({ userName: 'atf.opcon.norole', roles: [], password: 'Atf-NoRole-Pw-1' })
    instance.insert('sys_auth_profile_basic', { name: 'OpCon ATF: integration user', username: 'atf.opcon.endpoint', password: 'Atf-Integration-Pw-1' })
    instance.insert('sys_auth_profile_basic', { name: 'OpCon ATF: user without OpCon roles', username: 'atf.opcon.norole', password: 'Atf-NoRole-Pw-1' })
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
    expect(failed[1].steps[0].message).toBe('No sys_auth_profile_basic record matches "name=OpCon ATF: integration user".')
})

test('a profile whose password is wrong gets 401, and the endpoint test fails at its status assert', () => {
    const instance = Instance.load()
    prepareAsTheReadmeSays(instance)
    const profile = instance.query('sys_auth_profile_basic', 'name=OpCon ATF: integration user')[0]
    instance.update('sys_auth_profile_basic', profile.sys_id, { password: 'not-the-password' })
    const result = instance.runAtfTest('OpCon Connector: the failure endpoint answers 400 to bad input and 403 to a user without x_opcon.failure_reporter')
    expect(result.steps.filter((s) => s.status === 'failure')).toEqual([
        expect.objectContaining({ stepConfig: 'Assert Status Code', message: 'The status code is 401 (expected equals 400).' }),
    ])
})
