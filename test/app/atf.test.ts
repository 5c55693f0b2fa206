// The ATF suite shipped with the app, run on the bench: `npm test` fails when
// any of its tests fails, as "Automated Test Framework > Suites > OpCon
// Connector > Run" would on an instance.
import { useConnector } from './support/connector'

const connector = useConnector()

test('every test of the "OpCon Connector" ATF suite passes, and leaves nothing behind', () => {
    const { instance } = connector()
    const counts = () => Object.fromEntries(['incident', 'x_opcon_action', 'x_opcon_binding', 'x_opcon_server', 'sys_user'].map((t) => [t, instance.query(t).length]))
    const before = counts()
    const result = instance.runAtfSuite('OpCon Connector')
    const failed = result.tests.filter((t) => t.status !== 'success').map((t) => ({ test: t.test, steps: t.steps.filter((s) => s.status !== 'success') }))
    expect(failed).toEqual([])
    expect(result.tests.length).toBe(5)
    expect(counts()).toEqual(before)
    expect(instance.getProperty('x_opcon.enabled')).toBe('true')
    expect(instance.getProperty('x_opcon.resolve_action')).toBe('markFixed')
    expect(instance.httpLog).toEqual([])
})
