// Application scopes as a published install enforces them (scopes.ts), shown
// on the bench's fixture app (scope x_bench).
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

let instance: Instance

beforeEach(() => {
    instance = Instance.load({ appDir: BENCH_APP })
})

const refusals = () => instance.logs.filter((entry) => entry.level === 'error' && entry.message.startsWith('Security restricted:')).map((entry) => entry.message)

describe('a platform table needs a shipped privilege', () => {
    test('an app script reading incident without a privilege finds nothing, and the platform\'s reason is logged', () => {
        const id = instance.insert('incident', { short_description: 'x' })!
        expect(instance.runScript(`var gr = new GlideRecord('incident'); gr.get('${id}')`)).toBe(false)
        expect(instance.runScript(`var gr = new GlideRecord('incident'); gr.query(); gr.hasNext()`)).toBe(false)
        expect(instance.runScript(`var gr = new GlideRecord('incident'); gr.initialize(); gr.insert()`)).toBeNull()
        expect(refusals()).toEqual([
            "Security restricted: Read operation on table 'incident' from scope 'x_bench' was denied. The application 'x_bench' must declare a cross scope access privilege. Please contact the application admin to update their access requests.",
            "Security restricted: Read operation on table 'incident' from scope 'x_bench' was denied. The application 'x_bench' must declare a cross scope access privilege. Please contact the application admin to update their access requests.",
            "Security restricted: Create operation on table 'incident' from scope 'x_bench' was denied. The application 'x_bench' must declare a cross scope access privilege. Please contact the application admin to update their access requests.",
        ])
    })

    test('the same script in the global scope, or the UI (no script), is not restricted', () => {
        const id = instance.insert('incident', { short_description: 'x' })!
        expect(instance.runScript(`var gr = new GlideRecord('incident'); gr.get('${id}')`, { scope: 'global' })).toBe(true)
        expect(refusals()).toEqual([])
    })

    test('a shipped privilege allows exactly its operation', () => {
        // The fixture ships create on sys_ui_related_list_entry, not read.
        expect(instance.runScript(`var e = new GlideRecord('sys_ui_related_list_entry'); e.initialize(); e.setValue('position', '1'); e.insert() !== null`)).toBe(true)
        expect(instance.runScript(`var e = new GlideRecord('sys_ui_related_list_entry'); e.query(); e.hasNext()`)).toBe(false)
        expect(refusals()).toEqual([expect.stringMatching(/^Security restricted: Read operation on table 'sys_ui_related_list_entry' from scope 'x_bench' was denied/)])
    })

    test('global.AbstractAjaxProcessor needs its execute privilege (the fixture ships it)', () => {
        expect(instance.runScript(`typeof global.AbstractAjaxProcessor`)).toBe('function')
        instance.store.rows('sys_scope_privilege').forEach((row) => instance.store.delete('sys_scope_privilege', row.sys_id))
        expect(() => instance.runScript(`global.AbstractAjaxProcessor`)).toThrow("Security restricted: Execute operation on API 'AbstractAjaxProcessor' from scope 'x_bench' was denied.")
    })
})

describe('an app table answers other scopes as its Application Access says', () => {
    test('x_bench_thing is public and readable, not creatable, from another scope', () => {
        instance.insert('x_bench_thing', { name: 'alpha' })
        expect(instance.runScript(`var gr = new GlideRecord('x_bench_thing'); gr.query(); gr.next() ? gr.getValue('name') : 'none'`, { scope: 'x_other' })).toBe('alpha')
        expect(instance.runScript(`var gr = new GlideRecord('x_bench_thing'); gr.initialize(); gr.insert()`, { scope: 'x_other' })).toBeNull()
        expect(refusals()).toEqual(["Security restricted: Create operation against 'x_bench_thing' from scope 'x_other' has been refused due to the table's cross-scope access policy"])
    })
})

describe('script includes from another scope', () => {
    test('a public include needs the calling app\'s privilege, then runs in its own scope', () => {
        expect(() => instance.runScript(`new x_bench.BenchGreeter().greet('ann')`, { scope: 'x_other' }))
            .toThrow("Security restricted: Execute operation on API 'x_bench.BenchGreeter' from scope 'x_other' was denied.")
        instance.store.put('sys_scope_privilege', {
            sys_id: instance.store.newSysId(), source_scope: 'x_other', target_scope: 'x_bench', target_name: 'BenchGreeter',
            target_type: 'sys_script_include', operation: 'execute', status: 'allowed',
        })
        expect(instance.runScript(`new x_bench.BenchGreeter().greet('ann')`, { scope: 'x_other' })).toBe('hello ann')
    })

    test('a private include is not (its error wording assumed); nor is any include by its bare name', () => {
        expect(() => instance.runScript(`new x_bench.BenchAjax()`, { scope: 'x_other' }))
            .toThrow('Illegal access to private script include BenchAjax in scope x_bench being called from scope x_other')
        expect(() => instance.runScript(`new BenchGreeter()`, { scope: 'x_other' })).toThrow('"BenchGreeter" is not defined.')
    })
})

test('an Unloadable fix script leaves customer updates for the layout rows it writes ("Create a fix script", ServiceNow docs)', () => {
    const updates = instance.store.rows('sys_update_xml')
    expect(updates).toHaveLength(1)
    const entry = instance.store.rows('sys_ui_related_list_entry').find((row) => row.related_list === 'x_bench_thing.parent')!
    expect(updates[0]).toMatchObject({ type: 'sys_ui_related_list_entry', action: 'INSERT_OR_UPDATE', name: `sys_ui_related_list_entry_${entry.sys_id}` })
})

describe('a global scriptable API needs a shipped scriptable privilege (scopes.ts refuseScriptable, assumed: naming the method or the class)', () => {
    const IDENTIFY = `sn_cmdb.IdentificationEngine.identifyCI(JSON.stringify({ items: [{ className: 'cmdb_ci_server', values: { name: 'web01' } }] }))`
    const allow = (targetName: string) => instance.store.put('sys_scope_privilege', {
        sys_id: instance.store.newSysId(), source_scope: 'x_bench', target_type: 'scriptable',
        target_name: targetName, target_scope: 'global', operation: 'execute', status: 'allowed',
    })

    test('an app script calling IdentificationEngine without a privilege is refused and the reason logged; from global it runs', () => {
        expect(() => instance.runScript(IDENTIFY)).toThrow("Security restricted: Execute operation on API 'IdentificationEngine.identifyCI' from scope 'x_bench' was denied.")
        expect(refusals()).toHaveLength(1)
        expect(JSON.parse(instance.runScript(IDENTIFY, { scope: 'global' }) as string).items[0].operation).toBe('INSERT')
    })

    test('a privilege for another method does not do; one for the method does', () => {
        allow('IdentificationEngine.createOrUpdateCI')
        expect(() => instance.runScript(IDENTIFY)).toThrow(/Security restricted/)
        allow('IdentificationEngine.identifyCI')
        expect(JSON.parse(instance.runScript(IDENTIFY) as string).items[0].operation).toBe('INSERT')
    })

    test('a privilege naming the class allows all its methods', () => {
        allow('IdentificationEngine')
        expect(JSON.parse(instance.runScript(IDENTIFY) as string).items[0].operation).toBe('INSERT')
    })
})
