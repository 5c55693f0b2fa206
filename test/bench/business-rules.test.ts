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

    test('a before rule aborts the insert: nothing is written and the user is told ("Invalid insert": wording assumed)', () => {
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

describe('display rules', () => {
    test('run when a form opens, with current and no previous, and their messages show there; never on a write', () => {
        instance.insert('sys_script', {
            name: 'Say hello', collection: 'x_bench_thing', when: 'before_display', active: 'true', order: '100',
            script: "gs.addInfoMessage('opened ' + current.getValue('name') + ' previous=' + previous)",
        })
        const id = instance.insert('x_bench_thing', { name: 'a', state: 'new' }, { as: 'jane' })!
        instance.update('x_bench_thing', id, { state: 'done' }, { as: 'jane' })
        expect(instance.messages.map((m) => m.message)).toEqual([])
        instance.openForm('x_bench_thing', id, 'jane')
        expect(instance.messages).toEqual([{ kind: 'info', message: 'opened a previous=null', user: 'jane' }])
    })
})

describe('async rules and events', () => {
    test('async rules wait for drain(), see previous as null, and run as the user who saved (assumed)', () => {
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

    test('a script that throws is logged with its source and the save still completes (assumed)', () => {
        instance.runScript(`gs.eventQueue('x_bench.thing.done', null, 'x', 'y')`)
        instance.drain()
        expect(instance.errors.map((e) => e.source)).toEqual(['sysevent_script_action:On thing done'])
        expect(instance.logs.some((log) => log.level === 'error' && log.source === 'sysevent_script_action:On thing done')).toBe(true)
    })
})

describe('event queues (registering-events-guide)', () => {
    const queueSlow = (id: string, ms: number, tag: string) =>
        instance.runScript(`var gr = new GlideRecord('x_bench_thing'); gr.get('${id}'); gs.eventQueue('x_bench.thing.slow', gr, '${ms}', '${tag}')`)
    const queueDone = (id: string, tag: string) =>
        instance.runScript(`var gr = new GlideRecord('x_bench_thing'); gr.get('${id}'); gs.eventQueue('x_bench.thing.done', gr, '${tag}', 'p2')`)

    test('an event goes to its registration\'s queue, which its own worker processes', () => {
        const id = instance.insert('x_bench_thing', { name: 'q' })!
        queueSlow(id, 1, 'a')
        expect(instance.query('sysevent', 'name=x_bench.thing.slow')).toMatchObject([{ queue: 'x_bench.slow', state: 'ready' }])
        instance.drain()
        expect(instance.query('sysevent', 'name=x_bench.thing.slow')).toMatchObject([{ state: 'processed' }])
        expect(instance.eventRuns.map((run) => [run.name, run.queue])).toEqual([['x_bench.thing.slow', 'x_bench.slow']])
    })

    test('an event on a queue nobody processes never runs', () => {
        const id = instance.insert('x_bench_thing', { name: 'p' })!
        instance.runScript(`var gr = new GlideRecord('x_bench_thing'); gr.get('${id}'); gs.eventQueue('x_bench.thing.parked', gr, 'x', 'y')`)
        expect(instance.drain()).toBe(0)
        expect(instance.query('sysevent', 'name=x_bench.thing.parked')).toMatchObject([{ queue: 'x_bench.parked', state: 'ready' }])
        expect(messagesFrom('sysevent_script_action:On thing parked')).toEqual([])
    })

    test('gs.eventQueueScheduled: the event waits in its registration\'s queue until its time comes, then runs as time advances ("GlideSystem - Scoped")', () => {
        const id = instance.insert('x_bench_thing', { name: 's' })!
        const start = instance.now()
        instance.runScript(`var gr = new GlideRecord('x_bench_thing'); gr.get('${id}'); var at = new GlideDateTime(); at.add(2500); gs.eventQueueScheduled('x_bench.thing.done', gr, 'later', 'p2', at)`)
        instance.runScript(`var gr = new GlideRecord('x_bench_thing'); gr.get('${id}'); var at = new GlideDateTime(); at.add(1000); gs.eventQueueScheduled('x_bench.thing.done', gr, 'sooner', 'p2', at)`)
        expect(instance.drain()).toBe(0)
        expect(instance.query('sysevent', 'name=x_bench.thing.done')).toMatchObject([{ state: 'ready' }, { state: 'ready' }])
        instance.advanceTime(999)
        expect(messagesFrom('sysevent_script_action:On thing done')).toEqual([])
        instance.advanceTime(1)
        expect(messagesFrom('sysevent_script_action:On thing done')).toEqual(['event sooner p2 for s'])
        instance.advanceTime(5000)
        expect(messagesFrom('sysevent_script_action:On thing done')).toEqual(['event sooner p2 for s', 'event later p2 for s'])
        expect(instance.now() - start).toBe(6000)
    })

    test('an unregistered event is dropped (a bench warning says so)', () => {
        instance.runScript(`gs.eventQueue('x_bench.not.registered', null, 'x', 'y')`)
        expect(instance.query('sysevent', 'name=x_bench.not.registered')).toEqual([])
        expect(instance.warnings).toEqual([expect.stringContaining("gs.eventQueue('x_bench.not.registered'): the event is not registered")])
    })

    test('slow events on their own queue do not delay the default queue; on the default queue they would (assumed: one worker per queue)', () => {
        const id = instance.insert('x_bench_thing', { name: 's' })!
        queueSlow(id, 150, 'first')
        queueSlow(id, 150, 'second')
        queueDone(id, 'after-slow')
        instance.drain()
        const runs = Object.fromEntries(instance.eventRuns.map((run) => [`${run.name}:${run.queue}`, run]))
        expect(runs['x_bench.thing.done:'].waitedMs).toBeLessThan(50)
        // The second slow event waited behind the first on their shared queue.
        expect(instance.eventRuns.filter((run) => run.queue === 'x_bench.slow')[1].waitedMs).toBeGreaterThanOrEqual(100)
        // Named onto the default queue (gs.eventQueue's fifth argument '' keeps the registration's), the same work delays what follows.
        instance.store.rows('sysevent_register').filter((row) => row.event_name === 'x_bench.thing.slow')
            .forEach((row) => instance.store.put('sysevent_register', { ...row, queue: '' }))
        queueSlow(id, 150, 'default')
        queueDone(id, 'behind-slow')
        instance.drain()
        expect(instance.eventRuns[instance.eventRuns.length - 1]).toMatchObject({ name: 'x_bench.thing.done', queue: '' })
        expect(instance.eventRuns[instance.eventRuns.length - 1].waitedMs).toBeGreaterThanOrEqual(100)
    })
})

describe('scheduled jobs and the clock', () => {
    test('a periodic job runs each time it comes due as time advances (assumed: first one period after install)', () => {
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

describe('scheduled jobs: whom they run as', () => {
    // 2026-01-05 09:00 UTC, the bench clock's start, is a Monday: 18:00 in Tokyo, 10:00 in Berlin, 01:00 in Los Angeles.
    const sweep = () => instance.store.rows('sysauto_script').find((row) => row.name === 'Bench sweep')!
    const setJob = (values: Record<string, string>) => instance.store.put('sysauto_script', { ...sweep(), ...values })
    const evenings = () => instance.createSchedule({ name: 'Monday evening', spans: [{ days: [1], start: '17:30:00', end: '18:30:00' }] })
    const whoAndWhen = (schedule: string) => `gs.info(gs.getUserName() + ' ' + new GlideSchedule('${schedule}').isInSchedule(new GlideDateTime()))`
    const ran = () => messagesFrom('sysauto_script:Bench sweep')

    test('its Run as user, in the job\'s Run as time zone, else the user\'s, else the system\'s ("Scheduled Script Execution Form"; scheduledscript-api runAs, userTimeZone; "Set a system time zone")', () => {
        const schedule = evenings()
        const tokyo = instance.createUser({ userName: 'svc.tokyo', timeZone: 'Asia/Tokyo' })
        const plain = instance.createUser({ userName: 'svc.plain' })
        setJob({ run_as: tokyo, script: whoAndWhen(schedule) })
        instance.runScheduledJob('Bench sweep')
        setJob({ run_as: tokyo, run_as_tz: 'Europe/Berlin' })
        instance.runScheduledJob('Bench sweep')
        setJob({ run_as: plain, run_as_tz: '' })
        instance.runScheduledJob('Bench sweep')
        instance.setProperty('glide.sys.default.tz', 'Asia/Tokyo')
        instance.runScheduledJob('Bench sweep')
        expect(ran()).toEqual(['svc.tokyo true', 'svc.tokyo false', 'svc.plain false', 'svc.plain true'])
    })

    test('an empty Run as runs as the platform\'s system session (assumed: ServiceNow Community answers, no docs page)', () => {
        setJob({ run_as: '', script: `gs.info(gs.getUserName() + ' ' + gs.hasRole('x_bench.admin'))` })
        instance.runScheduledJob('Bench sweep')
        expect(ran()).toEqual(['system true'])
    })

    test('a Run as user that is inactive or missing: the job does not run, and the bench says so (assumed: the platform skips it)', () => {
        const gone = instance.createUser({ userName: 'svc.gone' })
        setJob({ run_as: gone, script: `gs.info('ran')` })
        instance.update('sys_user', gone, { active: false })
        instance.advanceTime(6 * 60_000)
        instance.runScheduledJob('Bench sweep')
        setJob({ run_as: 'feedfacefeedfacefeedfacefeedface' })
        instance.runScheduledJob('Bench sweep')
        expect(ran()).toEqual([])
        expect(instance.warnings.filter((w) => w.startsWith('Scheduled job "Bench sweep" did not run'))).toHaveLength(3)
        instance.update('sys_user', gone, { active: true })
        setJob({ run_as: gone })
        instance.runScheduledJob('Bench sweep')
        expect(ran()).toEqual(['ran'])
    })
})
