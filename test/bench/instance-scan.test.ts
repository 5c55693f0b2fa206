// The bench's Instance Scan (instance-scan.ts) and what installing scan checks
// refuses (install.ts): condition-only table checks find every matching row;
// anything the docs do not let the bench model is refused, never skipped.
import { BENCH_APP } from './support/fixtures'
import { Instance } from './instance'
import { InstallError } from './install'
import { runFullScan } from './instance-scan'
import { loadPackage, type PackageRecord } from './records'

const pkg = loadPackage(BENCH_APP)
const appId = pkg.records.find((record) => record.table === 'sys_app')!.sysId
let next = 0

function check(fields: Record<string, string>, table = 'scan_table_check'): PackageRecord {
    next++
    const sysId = `5ca0000000000000000000000000${String(next).padStart(4, '0')}`
    return {
        table, action: 'INSERT_OR_UPDATE', sysId, attributes: {}, file: `${table}_${sysId}.xml`,
        fields: { sys_id: sysId, sys_scope: appId, active: 'true', advanced: 'false', name: `check ${next}`, priority: '3', category: 'manageability', run_condition: '', script: '', use_manifest: 'false', ...fields },
    }
}

const load = (...records: PackageRecord[]): Instance => new Instance({ ...pkg, records: [...pkg.records, ...records] })

function refusal(records: PackageRecord[]): string {
    try {
        load(...records)
    } catch (error) {
        if (error instanceof InstallError) return error.message
        throw error
    }
    throw new Error('expected the install to be refused')
}

test('a condition-only table check finds each matching row, in the check\'s scope; an inactive check finds nothing', () => {
    const instance = load(
        check({ name: 'Unnamed things', table: 'x_bench_thing', conditions: 'nameISEMPTY^active=true' }),
        check({ name: 'Off', table: 'x_bench_thing', conditions: '', active: 'false' }),
    )
    const unnamed = instance.insert('x_bench_thing', { name: '', active: true })!
    instance.insert('x_bench_thing', { name: 'named', active: true })
    instance.insert('x_bench_thing', { name: '', active: false })
    expect(runFullScan(instance).map((f) => `${f.checkName} ${f.table} ${f.sysId}`)).toEqual([`Unnamed things x_bench_thing ${unnamed}`])
})

test('a check on a global table the app has no read privilege for finds nothing, and the refusal is logged (assumed: the scan reads in the check\'s scope)', () => {
    const instance = load(check({ name: 'Incidents', table: 'incident', conditions: 'active=true' }))
    instance.insert('incident', { short_description: 'one' })
    const logs = instance.logs.length
    expect(runFullScan(instance)).toEqual([])
    expect(instance.logs.slice(logs).map((entry) => entry.message).join('\n')).toMatch(/Security restricted: Read operation on table 'incident' from scope 'x_bench'/)
})

test('scripted checks, a run condition and use_manifest are refused by the scan, not skipped', () => {
    expect(() => runFullScan(load(check({ table: 'x_bench_thing', conditions: '', advanced: 'true', script: '(function(engine, current) { engine.finding.increment(); })(engine, current);' })))).toThrow(/advanced \(scripted\) table checks are not modelled/)
    expect(() => runFullScan(load(check({ table: 'x_bench_thing', conditions: '', run_condition: 'active=true' })))).toThrow(/run condition is not modelled/)
    expect(() => runFullScan(load(check({ table: 'x_bench_thing', conditions: '', use_manifest: 'true' })))).toThrow(/use_manifest is not modelled/)
    expect(() => runFullScan(load(check({ script: '(function(finding) { finding.increment(); })(finding);' }, 'scan_script_only_check')))).toThrow(/scan_script_only_check .*does not model/)
})

test('install refuses a check whose value the build could not resolve, a condition on a field the table lacks, and an unknown table', () => {
    expect(refusal([check({ name: 'Unresolved', table: 'x_bench_thing', conditions: 'Symbol(Now.UNRESOLVED)' })])).toMatch(/scan_table_check "Unresolved": field conditions holds "Symbol\(Now\.UNRESOLVED\)"/)
    expect(refusal([check({ name: 'Typo', table: 'x_bench_thing', conditions: 'nmae=x' })])).toMatch(/scan_table_check "Typo": conditions: .*nmae/)
    expect(refusal([check({ name: 'Nowhere', table: 'x_bench_nothing', conditions: '' })])).toMatch(/scan_table_check "Nowhere": checks table x_bench_nothing/)
})

test('a check\'s script is checked like other server scripts: a require() must name a module of the package', () => {
    expect(refusal([check({ name: 'Requires', table: 'x_bench_thing', conditions: '', advanced: 'true', script: "var m = require('x_bench/bench-fixture/0.0.1/src/server/nothing.ts');" })])).toMatch(/scan_table_check "Requires": require\('x_bench\/bench-fixture\/0\.0\.1\/src\/server\/nothing\.ts'\) names no sys_module/)
})
