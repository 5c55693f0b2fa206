// What a script can learn about the request it runs in: gs.isInteractive()
// (a logged-in user's request, or background processing) and
// gs.getCallerScopeName() (the scope of the script that called into a script
// include). Proved with the fixture app's real rules, events, job and
// includes: a spy on one gs method records what the script would have seen
// at the moment it called that method.
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

let instance: Instance

interface GsLike {
    isInteractive(): boolean
    getCallerScopeName(): string | null
    [method: string]: unknown
}

beforeEach(() => {
    instance = Instance.load({ appDir: BENCH_APP })
    instance.createUser({ userName: 'bench.user', name: 'Bench User', roles: ['x_bench.user'] })
})

/** Records, at each call of gs[method], what `probe` answers then (and the first argument, to tell calls apart). */
function spy(method: string, probe: (gs: GsLike) => unknown): Array<{ arg: string; seen: unknown }> {
    const gs = instance.runScript('gs') as GsLike
    const original = gs[method] as (...args: unknown[]) => unknown
    const calls: Array<{ arg: string; seen: unknown }> = []
    gs[method] = (...args: unknown[]) => {
        calls.push({ arg: String(args[0]), seen: probe(gs) })
        return original(...args)
    }
    return calls
}

const interactive = (gs: GsLike) => gs.isInteractive()
const callerScope = (gs: GsLike) => gs.getCallerScopeName()

describe('gs.isInteractive(): true while a logged-in user\'s request runs', () => {
    test('a form save (its before and after rules), a background script and a GlideAjax call are interactive', () => {
        const seen = spy('info', interactive)
        const id = instance.insert('x_bench_thing', { name: 'a', state: 'new' }, { as: 'bench.user' })!
        instance.update('x_bench_thing', id, { state: 'done' }, { as: 'bench.user' })
        expect(seen).toEqual([{ arg: 'after a finished previous=new', seen: true }])
        expect(instance.runScript('gs.isInteractive()', { as: 'bench.user' })).toBe(true)
        const ajax = spy('getUserID', interactive)
        instance.ajax({ as: 'bench.user', processor: 'BenchAjax', method: 'whoAmI' })
        expect(ajax.map((call) => call.seen)).toEqual([true])
    })

    test('async rules, script actions and scheduled jobs are not (assumed: the docs name only web services and SOAP as non-interactive)', () => {
        const seen = spy('info', interactive)
        const id = instance.insert('x_bench_thing', { name: 'a', state: 'new' }, { as: 'bench.user' })!
        instance.update('x_bench_thing', id, { state: 'done' }, { as: 'bench.user' })
        instance.drain()
        instance.advanceTime(6 * 60_000)
        expect(seen).toEqual([
            { arg: 'after a finished previous=new', seen: true },
            { arg: 'async a previous=null', seen: false },
            { arg: 'event a p2 for a', seen: false },
            { arg: 'sweep found 1', seen: false },
        ])
    })

    test('a scheduled job stays non-interactive even when a test runs it while acting as a user', () => {
        const seen = spy('info', interactive)
        instance.insert('x_bench_thing', { name: 'a', state: 'done' })
        instance.as('bench.user', () => instance.runScheduledJob('Bench sweep'))
        expect(seen).toEqual([{ arg: 'sweep found 1', seen: false }])
    })

    test('a background script can stand for background processing as a user (runScript interactive: false)', () => {
        expect(instance.runScript('gs.isInteractive()', { as: 'bench.user', interactive: false })).toBe(false)
        expect(instance.runScript('gs.getUserName()', { as: 'bench.user', interactive: false })).toBe('bench.user')
    })

    test('outside any request (a test calling a module directly) it is false', () => {
        expect((instance.runScript('gs') as GsLike).isInteractive()).toBe(false)
    })
})

describe('gs.getCallerScopeName(): the scope of the script that called into the running script include', () => {
    const allowGreeter = (scope: string) => instance.store.put('sys_scope_privilege', {
        sys_id: instance.store.newSysId(), source_scope: scope, target_scope: 'x_bench', target_name: 'BenchGreeter',
        target_type: 'sys_script_include', operation: 'execute', status: 'allowed',
    })

    test('an include called from another app, its own app and a global script sees each caller (global read as rhino.global: assumed, as getCurrentScopeName)', () => {
        allowGreeter('x_other')
        const seen = spy('getProperty', callerScope)
        instance.runScript(`new x_bench.BenchGreeter().greet('a')`, { scope: 'x_other' })
        instance.runScript(`new x_bench.BenchGreeter().greet('b')`, { scope: 'x_bench' })
        instance.runScript(`new x_bench.BenchGreeter().greet('c')`, { scope: 'global' })
        expect(seen.map((call) => call.seen)).toEqual(['x_other', 'x_bench', 'rhino.global'])
    })

    test('with no caller it is null: a script nobody called, or an include a test calls directly', () => {
        expect(instance.runScript('gs.getCallerScopeName()', { scope: 'x_other' })).toBeNull()
        const seen = spy('getProperty', callerScope)
        const Greeter = instance.scriptInclude('BenchGreeter') as new () => { greet(name: string): string }
        new Greeter().greet('d')
        expect(seen.map((call) => call.seen)).toEqual([null])
    })
})
