// The bench's Identification and Reconciliation Engine (cmdb.ts), called from the
// global scope as Discovery and other sources do.
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

let instance: Instance

beforeEach(() => {
    instance = Instance.load({ appDir: BENCH_APP })
})

type Item = { className: string; values: Record<string, string> }
const write = (source: string, item: Item) => JSON.parse(String(instance.runScript(
    `sn_cmdb.IdentificationEngine.createOrUpdateCI(${JSON.stringify(source)}, ${JSON.stringify(JSON.stringify({ items: [item], relations: [] }))})`,
    { scope: 'global' },
))).items[0]
const identify = (item: Item) => JSON.parse(String(instance.runScript(
    `sn_cmdb.IdentificationEngine.identifyCI(${JSON.stringify(JSON.stringify({ items: [item], relations: [] }))})`,
    { scope: 'global' },
))).items[0]

describe('the IRE without reconciliation rules', () => {
    test('any source identifies a CI by its name (ignoring case) and overwrites its attributes, the name included', () => {
        const made = write('SCCM', { className: 'cmdb_ci_computer', values: { name: 'PROD-DB-01', ip_address: '10.0.0.1', os: 'Windows' } })
        expect(made).toMatchObject({ operation: 'INSERT', errorCount: 0 })
        const updated = write('ServiceNow', { className: 'cmdb_ci_computer', values: { name: 'prod-db-01', ip_address: '10.0.0.2' } })
        expect(updated).toMatchObject({ operation: 'UPDATE', sysId: made.sysId })
        expect(instance.get('cmdb_ci_computer', made.sysId)).toMatchObject({ name: 'prod-db-01', ip_address: '10.0.0.2', os: 'Windows' })
    })

    test('discovery_source names the source of the last write, INSERT or UPDATE (assumed: the IRE stamps the writing source on every update)', () => {
        const made = write('SCCM', { className: 'cmdb_ci_computer', values: { name: 'web01' } })
        expect(instance.get('cmdb_ci_computer', made.sysId)).toMatchObject({ discovery_source: 'SCCM' })
        write('ServiceNow', { className: 'cmdb_ci_computer', values: { name: 'web01', ip_address: '10.0.0.3' } })
        expect(instance.get('cmdb_ci_computer', made.sysId)).toMatchObject({ discovery_source: 'ServiceNow' })
    })

    test('identifyCI names the CI a write would update, or INSERT without a CI, and writes nothing', () => {
        expect(identify({ className: 'cmdb_ci_computer', values: { name: 'web02' } })).toMatchObject({ operation: 'INSERT', sysId: '' })
        expect(instance.query('cmdb_ci')).toHaveLength(0)
        const made = write('SCCM', { className: 'cmdb_ci_computer', values: { name: 'web02' } })
        expect(identify({ className: 'cmdb_ci_computer', values: { name: 'WEB02', ip_address: '10.0.0.4' } })).toMatchObject({ operation: 'UPDATE', sysId: made.sysId })
        expect(instance.get('cmdb_ci_computer', made.sysId)).toMatchObject({ name: 'web02', ip_address: '' })
    })

    test('a field the class lacks refuses the item and writes nothing (assumed: the IRE refuses a field the class lacks)', () => {
        const refused = write('SCCM', { className: 'cmdb_ci_hardware', values: { name: 'hw01', os: 'Windows' } })
        expect(refused).toMatchObject({ errorCount: 1, errors: [{ error: 'INVALID_INPUT_DATA', message: 'In payload item 0, table [cmdb_ci_hardware] has no field [os]' }] })
        expect(instance.query('cmdb_ci')).toHaveLength(0)
    })
})
