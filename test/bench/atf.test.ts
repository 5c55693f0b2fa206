// The ATF runner: steps in order, a failing step stops the test, a server
// script step passes only on what it asserts (assertEqual, or Jasmine specs it
// runs itself), and the test's data changes are rolled back.
import { STEP_CONFIG } from './atf'
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

const SCRIPT = '989d9e235324220002c6435723dc3484'

let instance: Instance
let order = 0

/** A test of the app's scope (the bench fixture app, x_bench) unless `scope` says 'global'. */
function addTest(name: string, scope?: 'global'): string {
    const sysId = instance.store.newSysId()
    instance.store.put('sys_atf_test', { sys_id: sysId, name, active: 'true', ...(scope ? { sys_scope: scope } : {}) })
    return sysId
}

/** A step script in the documented function form (the step's default script). */
function stepScript(body: string, after = ''): string {
    return `(function(outputs, steps, params, stepResult, assertEqual) {\n${body}\n})(outputs, steps, params, stepResult, assertEqual);\n${after}`
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

test('assertEqual passes a step; a failing one fails it with its name, and the test stops there', () => {
    const test = addTest('two steps')
    const first = addScriptStep(test, stepScript(`outputs.answer = 42; assertEqual({ name: 'one and one make two', shouldbe: 2, value: 1 + 1 });`))
    addScriptStep(test, stepScript(`assertEqual({ name: 'the earlier step said 41', shouldbe: 41, value: steps('${first}').answer });`))
    addScriptStep(test, stepScript(`assertEqual({ name: 'never reached', shouldbe: 1, value: 1 });`))
    const result = instance.runAtfTest('two steps')
    expect(result.status).toBe('failure')
    expect(result.steps.map((s) => s.status)).toEqual(['success', 'failure', 'skipped'])
    expect(result.steps[1].message).toBe('the earlier step said 41: expected 41, got 42')
    expect(result.steps[0].message).toBe('1 assertion(s) held: one and one make two.')
})

describe('strict Run Server Side Script (sdk-notes: ATF server steps in a scoped app do not run Jasmine specs by themselves)', () => {
    test('in a test of an application scope describe is not defined: the step fails with a ReferenceError', () => {
        addScriptStep(addTest('scoped describe'), stepScript(`describe('a suite', function () { it('holds', function () { expect(1).toBe(1) }) });`, 'jasmine.getEnv().execute();'))
        expect(instance.runAtfTest('scoped describe').steps[0]).toMatchObject({ status: 'failure', message: expect.stringMatching(/^The script threw: ReferenceError: describe is not defined/) })
    })

    test('in a test of the global scope describe registers its specs, and they run when the script calls jasmine.getEnv().execute()', () => {
        addScriptStep(addTest('global suite', 'global'), stepScript(`describe('math', function () { it('adds', function () { expect(1 + 1).toBe(3) }) });`, 'jasmine.getEnv().execute();'))
        expect(instance.runAtfTest('global suite').steps[0]).toMatchObject({ status: 'failure', message: 'math adds: Expected 2 to be 3.' })
    })

    test('specs registered with it() never run unless the script calls jasmine.getEnv().execute(): the step fails and says so', () => {
        addScriptStep(addTest('unexecuted'), stepScript(`it('is wrong', function () { expect(1).toBe(2) });`))
        expect(instance.runAtfTest('unexecuted').steps[0]).toMatchObject({
            status: 'failure',
            message: '1 Jasmine spec(s) were registered with it() and never run ("is wrong"): ATF runs them only when the script calls jasmine.getEnv().execute().',
        })
        addScriptStep(addTest('executed, failing'), stepScript(`it('is wrong', function () { expect(1).toBe(2) });`, 'jasmine.getEnv().execute();'))
        expect(instance.runAtfTest('executed, failing').steps[0]).toMatchObject({ status: 'failure', message: 'is wrong: Expected 1 to be 2.' })
        addScriptStep(addTest('executed, holding'), stepScript(`it('is right', function () { expect(1).toBe(1) });`, 'jasmine.getEnv().execute();'))
        expect(instance.runAtfTest('executed, holding').steps[0].status).toBe('success')
    })

    test('expect outside a running spec throws Jasmine\'s own error', () => {
        addScriptStep(addTest('bare expect'), stepScript(`expect(1).toBe(1);`))
        expect(instance.runAtfTest('bare expect').steps[0]).toMatchObject({ status: 'failure', message: expect.stringContaining("'expect' was used when there was no current spec") })
    })

    test('return false from the step function fails the step, with the message set last', () => {
        addScriptStep(addTest('false'), stepScript(`assertEqual({ name: 'holds', shouldbe: 1, value: 1 }); stepResult.setOutputMessage('first'); stepResult.setOutputMessage('the record is missing'); return false;`))
        expect(instance.runAtfTest('false').steps[0]).toMatchObject({ status: 'failure', message: 'the record is missing' })
    })

    test('a failed assertEqual fails the step even when the script catches its Error (assumed)', () => {
        addScriptStep(addTest('caught'), stepScript(`try { assertEqual({ name: 'the state is rejected', shouldbe: 'rejected', value: 'queued' }); } catch (e) { } assertEqual({ name: 'after', shouldbe: 1, value: 1 });`))
        expect(instance.runAtfTest('caught').steps[0]).toMatchObject({ status: 'failure', message: 'the state is rejected: expected "rejected", got "queued"' })
    })

    test('stepResult.setFailed(message) fails the step with its message', () => {
        addScriptStep(addTest('set failed'), stepScript(`assertEqual({ name: 'holds', shouldbe: 1, value: 1 }); stepResult.setFailed('the server is missing');`))
        expect(instance.runAtfTest('set failed').steps[0]).toMatchObject({ status: 'failure', message: 'the server is missing' })
    })

    test('a step that asserts nothing fails in words, even one that calls stepResult.setSuccess() (a bench rule, stricter than ATF)', () => {
        addScriptStep(addTest('plain'), stepScript('var x = 1;'))
        addScriptStep(addTest('says success'), stepScript('stepResult.setSuccess();'))
        for (const name of ['plain', 'says success']) {
            expect(instance.runAtfTest(name).steps[0]).toMatchObject({ status: 'failure', message: expect.stringContaining('The step asserted nothing: it never called assertEqual and ran no Jasmine expectation') })
        }
    })

    test('a top-level return outside the step function is a syntax error (assumed: the script is evaluated as a program)', () => {
        addScriptStep(addTest('top-level return'), `assertEqual({ name: 'holds', shouldbe: 1, value: 1 });\nreturn true;`)
        expect(instance.runAtfTest('top-level return').steps[0]).toMatchObject({ status: 'failure', message: expect.stringMatching(/^The script threw: SyntaxError: Illegal return statement/) })
    })

    test('assertEqual compares with === (the platform documents ==: what passes here passes there)', () => {
        addScriptStep(addTest('loose'), stepScript(`assertEqual({ name: 'one', shouldbe: 1, value: '1' });`))
        expect(instance.runAtfTest('loose').steps[0]).toMatchObject({ status: 'failure', message: 'one: expected 1, got "1"' })
    })
})

test('toEqual compares as Jasmine does, deeply and whatever the key order', () => {
    addScriptStep(addTest('deep'), stepScript(`it('ignores key order', function () { expect({ a: 1, b: [1, { c: 2, d: 3 }] }).toEqual({ b: [1, { d: 3, c: 2 }], a: 1 }) });`, 'jasmine.getEnv().execute();'))
    addScriptStep(addTest('unequal'), stepScript(`it('sees a nested difference', function () { expect({ a: 1, b: [1, { c: 2 }] }).toEqual({ a: 1, b: [1, { c: 3 }] }) });`, 'jasmine.getEnv().execute();'))
    expect(instance.runAtfTest('deep').status).toBe('success')
    expect(instance.runAtfTest('unequal').status).toBe('failure')
})

test('a script that throws fails its step', () => {
    addScriptStep(addTest('throws'), stepScript('throw new Error("boom");'))
    expect(instance.runAtfTest('throws').steps[0]).toMatchObject({ status: 'failure', message: 'The script threw: boom' })
})

test('a step runs as the user Create a User made, who is gone after the test (rollback)', () => {
    const test = addTest('as user')
    const step = instance.store.newSysId()
    instance.store.put('sys_atf_step', { sys_id: step, test, order: '1', step_config: STEP_CONFIG.createUser, display_name: 'Create a User', active: 'true' })
    instance.store.put('sys_variable_value', { sys_id: instance.store.newSysId(), document: 'sys_atf_step', document_key: step, variable: '1778a7480f20101091d0f00c97767e03', value: 'user_name=atf.jane^EQ' })
    addScriptStep(test, stepScript(`assertEqual({ name: 'the session user', shouldbe: 'atf.jane', value: String(gs.getUserName()) });`))
    expect(instance.runAtfTest('as user').status).toBe('success')
    expect(instance.query('sys_user', 'user_name=atf.jane')).toHaveLength(0)
})

test('rows a test inserted, changed or deleted are back as they were after it, pass or fail', () => {
    const kept = instance.insert('x_bench_thing', { name: 'kept' })!
    const gone = instance.insert('x_bench_thing', { name: 'deleted by the test' })!
    const test = addTest('writes')
    addScriptStep(test, stepScript(`
        var g = new GlideRecord('x_bench_thing'); g.initialize(); g.setValue('name', 'new'); g.insert();
        var k = new GlideRecord('x_bench_thing'); k.get('${kept}'); k.setValue('name', 'changed'); k.update();
        var d = new GlideRecord('x_bench_thing'); d.get('${gone}'); d.deleteRecord();
        assertEqual({ name: 'wrote', shouldbe: true, value: true });
        return false;`))
    const before = instance.query('x_bench_thing').map((row) => [row.sys_id, row.name]).sort()
    expect(instance.runAtfTest('writes').status).toBe('failure')
    expect(instance.query('x_bench_thing').map((row) => [row.sys_id, row.name]).sort()).toEqual(before)
})

test('a suite runs its tests in order and fails when one fails; an unsupported step type is an error', () => {
    const ok = addTest('ok')
    addScriptStep(ok, stepScript(`assertEqual({ name: 'holds', shouldbe: 1, value: 1 });`))
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

describe('Record Query, Send REST Request - Inbound and the REST asserts', () => {
    function addStep(test: string, config: string, name: string, values: Record<string, string>): string {
        const sysId = instance.store.newSysId()
        instance.store.put('sys_atf_step', { sys_id: sysId, test, order: String(++order), step_config: config, display_name: name, active: 'true' })
        for (const [variable, value] of Object.entries(values)) {
            instance.store.put('sys_variable_value', { sys_id: instance.store.newSysId(), document: 'sys_atf_step', document_key: sysId, variable, value })
        }
        return sysId
    }
    const QUERY_TABLE = '78b8d86b531000109e02ddeeff7b12f3'
    const QUERY_CONDITIONS = '915990ab531000109e02ddeeff7b12f8'
    const STATUS_CODE = '9f5f67709f132200ef4afa7dc67fcf94'

    test('a query\'s first record is an output later steps read; no match fails the step; the query is held to the app\'s scope (assumed)', () => {
        const thing = instance.insert('x_bench_thing', { name: 'found' })!
        const test = addTest('query')
        const query = addStep(test, STEP_CONFIG.recordQuery, 'Record Query', { [QUERY_TABLE]: 'x_bench_thing', [QUERY_CONDITIONS]: 'name=found' })
        addScriptStep(test, stepScript(`assertEqual({ name: 'the first record', shouldbe: '${thing}', value: steps('${query}').first_record });`))
        expect(instance.runAtfTest('query').steps.map((s) => s.status)).toEqual(['success', 'success'])

        const none = addTest('none')
        addStep(none, STEP_CONFIG.recordQuery, 'Record Query', { [QUERY_TABLE]: 'x_bench_thing', [QUERY_CONDITIONS]: 'name=nobody' })
        expect(instance.runAtfTest('none').steps[0]).toMatchObject({ status: 'failure', message: 'No x_bench_thing record matches "name=nobody".' })

        // sys_user is another scope's table and the fixture app declares no read privilege for it.
        instance.createUser({ userName: 'atf.found' })
        const other = addTest('other scope')
        addStep(other, STEP_CONFIG.recordQuery, 'Record Query', { [QUERY_TABLE]: 'sys_user', [QUERY_CONDITIONS]: 'user_name=atf.found' })
        expect(instance.runAtfTest('other scope').steps[0].status).toBe('failure')
        expect(instance.logs.some((l) => l.message.includes("Read operation on table 'sys_user' from scope 'x_bench' was denied"))).toBe(true)
    })

    test('a step input that is a data pill gets the earlier step\'s output (Create a User, then Impersonate that user)', () => {
        const test = addTest('pill')
        const created = addStep(test, STEP_CONFIG.createUser, 'Create a User', { '1778a7480f20101091d0f00c97767e03': 'user_name=atf.pill^EQ', '98c44875ffa033008d3f5d9ad53bf1fa': 'false' })
        addStep(test, STEP_CONFIG.impersonate, 'Impersonate', { '586e2c4253e0220002c6435723dc3415': `{{step['${created}'].user}}` })
        addScriptStep(test, stepScript(`assertEqual({ name: 'the session user', shouldbe: 'atf.pill', value: String(gs.getUserName()) });`))
        expect(instance.runAtfTest('pill').steps.map((s) => s.status)).toEqual(['success', 'success', 'success'])
    })

    test('a pill naming an output no earlier step gave is an error', () => {
        const test = addTest('bad pill')
        addStep(test, STEP_CONFIG.impersonate, 'Impersonate', { '586e2c4253e0220002c6435723dc3415': "{{step['0123456789abcdef0123456789abcdef'].first_record}}" })
        expect(instance.runAtfTest('bad pill').steps[0]).toMatchObject({ status: 'error', message: expect.stringContaining('names an output no earlier step gave') })
    })

    test('Send REST Request - Inbound sends the basic auth profile set on the step (ATF reads it, not the app: no privilege needed); without one, the runner\'s credentials', () => {
        const REST_PATH = '50bff9250b3222000b7da95e93673a9b'
        const REST_BASIC_AUTH = '020a6af09fd32200ef4afa7dc67fcfec'
        instance.createUser({ userName: 'atf.caller', password: 'Caller-Pw-1' })
        const profile = instance.insert('sys_auth_profile_basic', { name: 'ATF caller', username: 'atf.caller', password: 'Caller-Pw-1' })!
        const wrong = instance.insert('sys_auth_profile_basic', { name: 'ATF caller, old password', username: 'atf.caller', password: 'not-it' })!
        const run = (basicAuth: string | null) => {
            const test = addTest(`rest ${basicAuth ?? 'runner'}`)
            addStep(test, STEP_CONFIG.sendRestRequest, 'Send REST Request - Inbound', { [REST_PATH]: '/api/x_bench/bench_api/things/1', ...(basicAuth === null ? {} : { [REST_BASIC_AUTH]: basicAuth }) })
            addStep(test, STEP_CONFIG.assertStatusCode, 'Assert Status Code', { [STATUS_CODE]: '200' })
            return instance.runAtfTest(`rest ${basicAuth ?? 'runner'}`).steps.map((s) => [s.status, s.message])
        }
        const from = instance.logs.length
        expect(run(profile)).toEqual([['success', 'GET /api/x_bench/bench_api/things/1 as profile "ATF caller": HTTP 200.'], ['success', 'The status code is 200 (expected equals 200).']])
        expect(run(null)).toEqual([['success', 'GET /api/x_bench/bench_api/things/1 as the test runner (admin): HTTP 200.'], ['success', 'The status code is 200 (expected equals 200).']])
        expect(run(wrong)).toEqual([['success', 'GET /api/x_bench/bench_api/things/1 as profile "ATF caller, old password": HTTP 401.'], ['failure', 'The status code is 401 (expected equals 200).']])
        expect(instance.logs.slice(from).filter((l) => l.message.includes('sys_auth_profile_basic'))).toEqual([])

        // The same table from a step that runs as the app's script (Record Query) is refused: the fixture app has no privilege on it.
        const query = addTest('profiles from the app')
        addStep(query, STEP_CONFIG.recordQuery, 'Record Query', { [QUERY_TABLE]: 'sys_auth_profile_basic', [QUERY_CONDITIONS]: 'name=ATF caller' })
        expect(instance.runAtfTest('profiles from the app').steps[0].status).toBe('failure')
        expect(instance.logs.some((l) => l.message.includes("Read operation on table 'sys_auth_profile_basic' from scope 'x_bench' was denied"))).toBe(true)
    })

    test('a REST assert that does not immediately follow a Send REST Request step is an error', () => {
        const test = addTest('lonely assert')
        addScriptStep(test, stepScript(`assertEqual({ name: 'holds', shouldbe: 1, value: 1 });`))
        addStep(test, STEP_CONFIG.assertStatusCode, 'Assert Status Code', { [STATUS_CODE]: '200' })
        expect(instance.runAtfTest('lonely assert').steps[1]).toMatchObject({ status: 'error', message: expect.stringContaining('must immediately follow a Send REST Request') })
    })
})
