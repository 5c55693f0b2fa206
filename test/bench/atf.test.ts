// The ATF runner: steps in order, a failing step stops the test, Jasmine specs
// decide a server script step, and the test's data changes are rolled back.
import { STEP_CONFIG } from './atf'
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

const SCRIPT = '989d9e235324220002c6435723dc3484'

let instance: Instance
let order = 0

function addTest(name: string): string {
    const sysId = instance.store.newSysId()
    instance.store.put('sys_atf_test', { sys_id: sysId, name, active: 'true' })
    return sysId
}

function addScriptStep(test: string, script: string): string {
    const sysId = instance.store.newSysId()
    instance.store.put('sys_atf_step', { sys_id: sysId, test, order: String(++order), step_config: STEP_CONFIG.runServerSideScript, display_name: 'Run Server Side Script', active: 'true' })
    instance.store.put('sys_variable_value', { sys_id: instance.store.newSysId(), document: 'sys_atf_step', document_key: sysId, variable: SCRIPT, value: script })
    return sysId
}

beforeEach(() => {
    instance = Instance.load({ appDir: BENCH_APP })
    for (const table of ['sys_atf_test', 'sys_atf_step', 'sys_variable_value', 'sys_atf_test_suite', 'sys_atf_test_suite_test']) {
        if (!instance.schema.has(table)) instance.schema.define(table, table, [], { open: true })
    }
})

test('a passing Jasmine step, then a failing one: the test fails at the second step and the third is skipped', () => {
    const test = addTest('two steps')
    const first = addScriptStep(test, `outputs.answer = 42; describe('math', function () { it('adds', function () { expect(1 + 1).toBe(2) }) })`)
    addScriptStep(test, `var earlier = steps('${first}').answer; describe('outputs', function () { it('reads the earlier step', function () { expect(earlier).toBe(41) }) })`)
    addScriptStep(test, `return true`)
    const result = instance.runAtfTest('two steps')
    expect(result.status).toBe('failure')
    expect(result.steps.map((s) => s.status)).toEqual(['success', 'failure', 'skipped'])
    expect(result.steps[1].message).toBe('outputs reads the earlier step: Expected 42 to be 41.')
})

test('a script that returns false or throws fails its step; one that returns nothing passes', () => {
    addScriptStep(addTest('false'), 'return false')
    addScriptStep(addTest('throws'), 'throw new Error("boom")')
    addScriptStep(addTest('plain'), 'var x = 1')
    expect(instance.runAtfTest('false').status).toBe('failure')
    expect(instance.runAtfTest('throws').steps[0].message).toMatch(/^The script threw: (Error: )?boom$/)
    expect(instance.runAtfTest('plain').status).toBe('success')
})

test('a step runs as the user Create a User made, who is gone after the test (rollback)', () => {
    const test = addTest('as user')
    const step = instance.store.newSysId()
    instance.store.put('sys_atf_step', { sys_id: step, test, order: '1', step_config: STEP_CONFIG.createUser, display_name: 'Create a User', active: 'true' })
    instance.store.put('sys_variable_value', { sys_id: instance.store.newSysId(), document: 'sys_atf_step', document_key: step, variable: '1778a7480f20101091d0f00c97767e03', value: 'user_name=atf.jane^EQ' })
    addScriptStep(test, `describe('session', function () { it('is the new user', function () { expect(gs.getUserName()).toBe('atf.jane') }) })`)
    expect(instance.runAtfTest('as user').status).toBe('success')
    expect(instance.query('sys_user', 'user_name=atf.jane')).toHaveLength(0)
})

test('rows a test inserted, changed or deleted are back as they were after it, pass or fail', () => {
    const kept = instance.insert('x_bench_thing', { name: 'kept' })!
    const gone = instance.insert('x_bench_thing', { name: 'deleted by the test' })!
    const test = addTest('writes')
    addScriptStep(test, `
        var g = new GlideRecord('x_bench_thing'); g.initialize(); g.setValue('name', 'new'); g.insert();
        var k = new GlideRecord('x_bench_thing'); k.get('${kept}'); k.setValue('name', 'changed'); k.update();
        var d = new GlideRecord('x_bench_thing'); d.get('${gone}'); d.deleteRecord();
        return false`)
    const before = instance.query('x_bench_thing').map((row) => [row.sys_id, row.name]).sort()
    expect(instance.runAtfTest('writes').status).toBe('failure')
    expect(instance.query('x_bench_thing').map((row) => [row.sys_id, row.name]).sort()).toEqual(before)
})

test('a suite runs its tests in order and fails when one fails; an unsupported step type is an error', () => {
    const ok = addTest('ok')
    addScriptStep(ok, 'return true')
    const client = addTest('client')
    instance.store.put('sys_atf_step', { sys_id: instance.store.newSysId(), test: client, order: '1', step_config: 'unknown-config', display_name: 'Open a New Form', active: 'true' })
    const suite = instance.store.newSysId()
    instance.store.put('sys_atf_test_suite', { sys_id: suite, name: 'S' })
    instance.store.put('sys_atf_test_suite_test', { sys_id: instance.store.newSysId(), test_suite: suite, test: client, order: '200' })
    instance.store.put('sys_atf_test_suite_test', { sys_id: instance.store.newSysId(), test_suite: suite, test: ok, order: '100' })
    const result = instance.runAtfSuite('S')
    expect(result.tests.map((t) => [t.test, t.status])).toEqual([['ok', 'success'], ['client', 'error']])
    expect(result.status).toBe('error')
    expect(result.tests[1].steps[0].message).toMatch(/does not run the step type "Open a New Form"/)
})
