// The business-rule engine, events and scheduled jobs, proved with the fixture
// app's real rules (test/fixtures/bench-app/fluent/records/rules.now.ts).
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

let instance: Instance

beforeEach(() => {
    instance = Instance.load({ appDir: BENCH_APP })
    instance.createUser({ userName: 'jane', name: 'Jane Admin', roles: ['x_bench.admin'] })
})

const messagesFrom = (source: string) => instance.logs.filter((log) => log.source === source).map((log) => log.message)

describe('before and after rules', () => {
    test('a before rule changes the row that is written, seeing previous', () => {
        const id = instance.insert('x_bench_thing', { name: 'a', state: 'new' })!
        expect(instance.get('x_bench_thing', id)!.note).toBe('state (new) -> new')
        instance.update('x_bench_thing', id, { state: 'done' })
        expect(instance.get('x_bench_thing', id)!.note).toBe('state new -> done')
    })

    test('a filter condition with VALCHANGES keeps a rule quiet when the field did not change', () => {
        const id = instance.insert('x_bench_thing', { name: 'a', state: 'new' })!
        instance.update('x_bench_thing', id, { count: 5 })
        expect(instance.get('x_bench_thing', id)!.note).toBe('state (new) -> new')
    })

    test('after rules run once the row is written, only when the state changes to done', () => {
        const id = instance.insert('x_bench_thing', { name: 'a', state: 'new' })!
        instance.update('x_bench_thing', id, { count: 1 })
        expect(messagesFrom('sys_script:Log after')).toEqual([])
        instance.update('x_bench_thing', id, { state: 'done' })
        instance.update('x_bench_thing', id, { count: 2 })
        expect(messagesFrom('sys_script:Log after')).toEqual(['after a finished previous=new'])
    })

    test('a before rule aborts the insert: nothing is written and the user is told', () => {
        expect(instance.insert('x_bench_thing', { name: 'forbidden' })).toBeNull()
        expect(instance.query('x_bench_thing', 'name=forbidden')).toHaveLength(0)
        expect(instance.messages.map((m) => m.message)).toEqual(['forbidden name', 'Invalid insert'])
    })

    test('inactive rules never run', () => {
        // The inactive rule would abort every write.
        expect(instance.insert('x_bench_thing', { name: 'ok' })).not.toBeNull()
    })

    test('setWorkflow(false) skips business rules', () => {
        const id = String(instance.runScript(`var gr = new GlideRecord('x_bench_thing'); gr.initialize(); gr.name = 'forbidden'; gr.setWorkflow(false); gr.insert()`))
        const row = instance.get('x_bench_thing', id)!
        expect(row.name).toBe('forbidden')
        expect(row.note ?? '').toBe('')
    })
})

describe('async rules and events', () => {
    test('async rules wait for drain(), see previous as null, and run as the user who saved', () => {
        const id = instance.insert('x_bench_thing', { name: 'a', state: 'new' }, { as: 'jane' })!
        instance.update('x_bench_thing', id, { state: 'done' }, { as: 'jane' })
        expect(messagesFrom('sys_script:Queue done event')).toEqual([])
        expect(instance.pendingJobs()).toBe(1)
        expect(instance.drain()).toBe(2) // the async rule, then the event it queued
        expect(messagesFrom('sys_script:Queue done event')).toEqual(['async a previous=null'])
        const event = instance.query('sysevent', 'name=x_bench.thing.done')[0]
        expect(event).toMatchObject({ state: 'processed', parm1: 'a', parm2: 'p2', user_name: 'jane', instance: id })
    })

    test('script actions get (event, current) for the queued event', () => {
        const id = instance.insert('x_bench_thing', { name: 'b', state: 'new' })!
        instance.update('x_bench_thing', id, { state: 'done' })
        instance.drain()
        expect(messagesFrom('sysevent_script_action:On thing done')).toEqual(['event b p2 for b'])
        expect(instance.errors).toEqual([])
    })

    test('an event queued by a script reaches its script action only on drain', () => {
        const id = instance.insert('x_bench_thing', { name: 'c' })!
        instance.runScript(`var gr = new GlideRecord('x_bench_thing'); gr.get('${id}'); gs.eventQueue('x_bench.thing.done', gr, 'one', 'two')`)
        expect(messagesFrom('sysevent_script_action:On thing done')).toEqual([])
        instance.drain()
        expect(messagesFrom('sysevent_script_action:On thing done')).toEqual(['event one two for c'])
    })

    test('a script that throws is logged with its source and the save still completes', () => {
        instance.runScript(`gs.eventQueue('x_bench.thing.done', null, 'x', 'y')`)
        instance.drain()
        expect(instance.errors.map((e) => e.source)).toEqual(['sysevent_script_action:On thing done'])
        expect(instance.logs.some((log) => log.level === 'error' && log.source === 'sysevent_script_action:On thing done')).toBe(true)
    })
})

describe('scheduled jobs and the clock', () => {
    test('a periodic job runs each time it comes due as time advances', () => {
        instance.insert('x_bench_thing', { name: 'a', state: 'done' })
        const start = instance.now()
        instance.advanceTime(12 * 60 * 1000)
        const runs = instance.logs.filter((log) => log.source === 'sysauto_script:Bench sweep')
        expect(runs.map((log) => log.message)).toEqual(['sweep found 1', 'sweep found 1'])
        expect(runs.map((log) => log.at - start)).toEqual([5 * 60 * 1000, 10 * 60 * 1000])
        expect(instance.now() - start).toBe(12 * 60 * 1000)
    })

    test('gs.nowDateTime and GlideDateTime follow the bench clock', () => {
        const before = instance.runScript(`gs.nowDateTime()`)
        instance.advanceTime(90 * 1000)
        expect(before).toBe('2026-01-05 09:00:00')
        expect(instance.runScript(`var d = new GlideDateTime(); d.addSeconds(30); d.getValue()`)).toBe('2026-01-05 09:02:00')
        expect(instance.runScript(`new GlideDateTime('2026-01-05 09:00:00').before(new GlideDateTime())`)).toBe(true)
    })
})
