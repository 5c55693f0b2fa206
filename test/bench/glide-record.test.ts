// GlideRecord and GlideElement semantics that decide whether app code is right
// on an instance, proved through scripts running in the bench.
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

let instance: Instance

beforeEach(() => {
    instance = Instance.load({ appDir: BENCH_APP })
})

const run = (code: string) => instance.runScript(code)
// incident belongs to global: these Glide semantics are shown from a global script.
const runGlobal = (code: string) => instance.runScript(code, { scope: 'global' })

describe('GlideRecord queries', () => {
    beforeEach(() => {
        instance.insert('x_bench_thing', { name: 'alpha', state: 'new', count: 3 })
        instance.insert('x_bench_thing', { name: 'beta', state: 'done', count: 10 })
        instance.insert('x_bench_thing', { name: 'gamma', state: 'done', count: 2, active: false })
    })

    test('addQuery returns only matching rows (a bench returning every row fails here)', () => {
        expect(run(`var gr = new GlideRecord('x_bench_thing'); gr.addQuery('state', 'done'); gr.query(); gr.getRowCount()`)).toBe(2)
        expect(run(`var gr = new GlideRecord('x_bench_thing'); gr.addQuery('name', 'nobody'); gr.query(); gr.next()`)).toBe(false)
    })

    test('operators, addOrCondition, encoded queries and ordering', () => {
        const names = (setup: string) => run(`var gr = new GlideRecord('x_bench_thing'); ${setup}; gr.query(); var out = []; while (gr.next()) out.push(gr.getValue('name')); out.join(',')`)
        expect(names(`gr.addQuery('count', '>', 2); gr.orderBy('name')`)).toBe('alpha,beta')
        expect(names(`gr.addQuery('name', 'alpha').addOrCondition('name', 'gamma'); gr.orderByDesc('name')`)).toBe('gamma,alpha')
        expect(names(`gr.addEncodedQuery('active=true^state=done')`)).toBe('beta')
        expect(names(`gr.addEncodedQuery('state=new^NQcount<3'); gr.orderBy('name')`)).toBe('alpha,gamma')
        expect(names(`gr.addQuery('state', 'IN', 'new,done'); gr.addQuery('active', true); gr.orderBy('count')`)).toBe('alpha,beta')
        expect(names(`gr.addEncodedQuery('nameSTARTSWITHb^ORnameCONTAINSmm')`)).toBe('beta,gamma')
        expect(names(`gr.addNullQuery('secret'); gr.setLimit(1); gr.orderBy('name')`)).toBe('alpha')
    })

    test('a condition on a field the table does not have fails loudly', () => {
        expect(() => run(`var gr = new GlideRecord('x_bench_thing'); gr.addQuery('stat', 'done'); gr.query()`)).toThrow(/has no field "stat"/)
    })

    test('get by sys_id and by field', () => {
        const id = instance.query('x_bench_thing', 'name=beta')[0].sys_id
        expect(run(`var gr = new GlideRecord('x_bench_thing'); gr.get('${id}') ? gr.getValue('name') : 'missing'`)).toBe('beta')
        expect(run(`var gr = new GlideRecord('x_bench_thing'); gr.get('name', 'gamma') ? gr.getValue('count') : 'missing'`)).toBe('2')
        expect(run(`var gr = new GlideRecord('x_bench_thing'); gr.get('nope')`)).toBe(false)
    })
})

describe('GlideElement', () => {
    test('fields are objects: === against a string fails, == and getValue work', () => {
        instance.insert('x_bench_thing', { name: 'alpha', state: 'done' })
        const result = run(`var gr = new GlideRecord('x_bench_thing'); gr.get('name', 'alpha');
            [gr.state === 'done', gr.state == 'done', gr.getValue('state') === 'done', typeof gr.state, gr.state.toString()].join('|')`)
        expect(result).toBe('false|true|true|object|done')
    })

    test('getValue returns strings, or null for an empty field; booleans read 1/0 but print true/false', () => {
        instance.insert('x_bench_thing', { name: 'alpha', count: 7, active: false })
        const result = run(`var gr = new GlideRecord('x_bench_thing'); gr.get('name', 'alpha');
            JSON.stringify([gr.getValue('count'), gr.getValue('secret'), gr.getValue('active'), gr.active.toString(), gr.getDisplayValue('state')])`)
        expect(JSON.parse(String(result))).toEqual(['7', null, '0', 'false', 'New'])
    })

    test('password2 values are stored encrypted; only getDecryptedValue gives the secret', () => {
        const id = instance.insert('x_bench_thing', { name: 'alpha', secret: 's3cr3t-token' })!
        expect(JSON.stringify(instance.get('x_bench_thing', id))).not.toContain('s3cr3t-token')
        const result = run(`var gr = new GlideRecord('x_bench_thing'); gr.get('${id}');
            JSON.stringify([gr.getValue('secret').indexOf('s3cr3t') < 0, gr.secret.getDecryptedValue(), gr.getDisplayValue('secret')])`)
        expect(JSON.parse(String(result))).toEqual([true, 's3cr3t-token', '********'])
    })

    test('changes(), changesFrom() and changesTo() compare with the loaded values', () => {
        instance.insert('x_bench_thing', { name: 'alpha', state: 'new' })
        const result = run(`var gr = new GlideRecord('x_bench_thing'); gr.get('name', 'alpha');
            var before = gr.state.changes(); gr.state = 'done';
            [before, gr.state.changes(), gr.state.changesFrom('new'), gr.state.changesTo('done'), gr.state.changesTo('new'), gr.name.changes()].join('|')`)
        expect(result).toBe('false|true|true|true|false|false')
    })

    test('journal fields append entries instead of overwriting', () => {
        const id = instance.insert('incident', { short_description: 'job failed', work_notes: 'first note' })!
        instance.update('incident', id, { work_notes: 'second note' })
        expect(instance.journal('incident', id)).toEqual(['second note', 'first note'])
        expect(instance.get('incident', id)!.work_notes ?? '').toBe('')
        const entry = String(runGlobal(`var gr = new GlideRecord('incident'); gr.get('${id}'); gr.work_notes.getJournalEntry(1)`))
        expect(entry).toContain('second note')
        expect(entry).not.toContain('first note')
    })

    test('incident numbers are generated, and reference fields dot-walk', () => {
        const id = instance.insert('incident', { short_description: 'x', assigned_to: instance.createUser({ userName: 'jane', name: 'Jane Agent' }) })!
        expect(instance.get('incident', id)!.number).toMatch(/^INC\d{7}$/)
        expect(runGlobal(`var gr = new GlideRecord('incident'); gr.get('${id}'); gr.assigned_to.name.toString() + '/' + gr.getDisplayValue('assigned_to')`)).toBe('Jane Agent/Jane Agent')
    })
})

describe('writes', () => {
    test('insert, update and deleteRecord change the store', () => {
        const id = String(run(`var gr = new GlideRecord('x_bench_thing'); gr.initialize(); gr.name = 'alpha'; gr.insert()`))
        expect(instance.get('x_bench_thing', id)).toMatchObject({ name: 'alpha', state: 'new', active: '1' })
        run(`var gr = new GlideRecord('x_bench_thing'); gr.get('${id}'); gr.setValue('count', 4); gr.update()`)
        expect(instance.get('x_bench_thing', id)).toMatchObject({ count: '4', sys_mod_count: '1' })
        expect(run(`var gr = new GlideRecord('x_bench_thing'); gr.get('${id}'); gr.deleteRecord()`)).toBe(true)
        expect(instance.get('x_bench_thing', id)).toBeUndefined()
    })

    test('an update that changes nothing writes nothing (assumed)', () => {
        const id = instance.insert('x_bench_thing', { name: 'alpha' })!
        instance.update('x_bench_thing', id, { name: 'alpha' })
        expect(instance.get('x_bench_thing', id)!.sys_mod_count).toBe('0')
    })

    test('an unknown table or field is refused', () => {
        expect(() => run(`new GlideRecord('x_bench_nothing')`)).toThrow(/Invalid table/)
        expect(() => run(`var gr = new GlideRecord('x_bench_thing'); gr.setValue('colour', 'red')`)).toThrow(/does not exist/)
    })
})
