// How scripts are run: module requires by exact path, script includes by name
// and scope, Class.create / Object.extendsObject / AbstractAjaxProcessor, gs.
import { Instance } from './instance'
import { BENCH_APP, BENCH_MODULE } from './support/fixtures'

let instance: Instance

beforeEach(() => {
    instance = Instance.load({ appDir: BENCH_APP })
})

describe('modules', () => {
    test('require() resolves exactly the path the build emitted, and relative imports inside modules', () => {
        const rules = instance.requireModule(BENCH_MODULE('thing-rules.ts')) as Record<string, unknown>
        expect(typeof rules.stampNote).toBe('function')
        expect(instance.runScript(`require('${BENCH_MODULE('state-words.ts')}').describeState('done')`)).toBe('finished')
    })

    test('a path with another version or without the package name is not found', () => {
        expect(() => instance.runScript(`require('x_bench/bench-fixture/0.0.9/src/server/thing-rules.ts')`)).toThrow(/no sys_module with path/)
        expect(() => instance.runScript(`require('src/server/thing-rules.ts')`)).toThrow(/no sys_module with path/)
    })

    test('@servicenow/glide maps to the bench; unemulated platform modules fail clearly', () => {
        expect(instance.runScript(`typeof require('@servicenow/glide').GlideRecord`)).toBe('function')
        expect(instance.runScript(`typeof require('@servicenow/glide/sn_ws').RESTMessageV2`)).toBe('function')
        expect(() => instance.runScript(`require('@servicenow/glide/sn_ml')`)).toThrow(/not emulated/)
    })
})

describe('script includes', () => {
    test('reachable by bare name in scope and through the scope namespace', () => {
        expect(instance.runScript(`new BenchGreeter().greet('bob')`)).toBe('hello bob')
        expect(instance.runScript(`new x_bench.BenchGreeter().greet('ann')`)).toBe('hello ann')
    })

    test('client-callable processors extend global.AbstractAjaxProcessor', () => {
        const result = instance.runScript(`
            var request = { getParameter: function (n) { return n === 'sysparm_name_to_greet' ? 'zoe' : null; } };
            var p = new x_bench.BenchAjax(request, null, null);
            JSON.stringify([p instanceof global.AbstractAjaxProcessor, JSON.parse(p.whoAmI()).name, p.type])`)
        expect(JSON.parse(String(result))).toEqual([true, 'zoe', 'BenchAjax'])
    })
})

describe('gs', () => {
    test('getProperty reads installed values, gives the default only for unknown names, setProperty writes', () => {
        expect(instance.runScript(`gs.getProperty('x_bench.greeting', 'x')`)).toBe('hello')
        expect(instance.runScript(`gs.getProperty('x_bench.flag')`)).toBe('false')
        expect(instance.runScript(`gs.getProperty('x_bench.missing', 'fallback')`)).toBe('fallback')
        instance.setProperty('x_bench.greeting', 'hi')
        expect(instance.runScript(`gs.getProperty('x_bench.greeting')`)).toBe('hi')
        expect(() => instance.setProperty('x_bench.typo', 'x')).toThrow(/not installed/)
    })

    test('logs are captured with level and source; messages substitute {0}', () => {
        instance.runScript(`gs.info('job {0} on {1}', 'GENP001', 'opcon-prod'); gs.warn('w'); gs.error('e'); gs.debug('d')`)
        expect(instance.logs.map((log) => [log.level, log.message, log.source])).toEqual([
            ['info', 'job GENP001 on opcon-prod', 'background-script'],
            ['warn', 'w', 'background-script'],
            ['error', 'e', 'background-script'],
            ['debug', 'd', 'background-script'],
        ])
        expect(instance.runScript(`gs.getMessage('Job {0} failed', ['X'])`)).toBe('Job X failed')
    })

    test('hasRole, getUserID and getUserName follow the session user; admin has every role', () => {
        const id = instance.createUser({ userName: 'ua', name: 'User A', roles: ['x_bench.user'] })
        expect(instance.runScript(`[gs.hasRole('x_bench.user'), gs.hasRole('x_bench.admin'), gs.getUserID(), gs.getUserName(), gs.getUserDisplayName()].join('|')`, { as: 'ua' }))
            .toBe(`true|false|${id}|ua|User A`)
        expect(instance.runScript(`gs.hasRole('x_bench.admin')`)).toBe(true)
    })
})

describe('UI actions', () => {
    test('a form button shows only with its role and when its condition holds for the record', () => {
        instance.createUser({ userName: 'ua', roles: ['x_bench.user'] })
        instance.createUser({ userName: 'nobody' })
        const fresh = instance.insert('x_bench_thing', { name: 'a', state: 'new' })!
        const done = instance.insert('x_bench_thing', { name: 'b', state: 'done' })!
        expect(instance.uiActionVisible('bench_open_panel', 'x_bench_thing', fresh, 'ua')).toBe(true)
        expect(instance.uiActionVisible('bench_open_panel', 'x_bench_thing', done, 'ua')).toBe(false)
        expect(instance.uiActionVisible('bench_open_panel', 'x_bench_thing', fresh, 'nobody')).toBe(false)
        expect(instance.uiActionVisible('bench_open_panel', 'incident', fresh, 'ua')).toBe(false)
    })
})
