// Forms and lists as an instance assembles them from layout records
// (layouts.ts names the sources), and the package reader that installs those
// records from the Now SDK's layout updates (records.ts).
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { formLayout, listColumns, listOrder, relatedLists } from './layouts'
import { loadPackage } from './records'
import { Schema } from './schema'
import { Store } from './store'

// The shape the Now SDK 4.9.0 writes for one Form() section (dist/app/update/sys_ui_section_*.xml, trimmed).
const SECTION_UPDATE = `<?xml version="1.0"?>
<record_update>
  <sys_ui_section caption="Details" section_id="s1" sys_domain="global" table="x_t" view="">
    <sys_ui_element action="INSERT_OR_UPDATE">
      <element>.begin_split</element><position>0</position><sys_id>e0</sys_id>
      <sys_ui_section caption="Details" display_value="Details" name="x_t" sys_domain="global" view="Default view">s1</sys_ui_section>
      <type>.begin_split</type>
    </sys_ui_element>
    <sys_ui_element action="INSERT_OR_UPDATE">
      <element>name</element><position>1</position><sys_id>e1</sys_id>
      <sys_ui_section caption="Details" display_value="Details" name="x_t" sys_domain="global" view="Default view">s1</sys_ui_section>
      <type/>
    </sys_ui_element>
    <sys_ui_section action="INSERT_OR_UPDATE">
      <caption>Details</caption><name>x_t</name><sys_id>s1</sys_id>
      <view name="NULL" display_value="Default view">Default view</view>
    </sys_ui_section>
  </sys_ui_section>
</record_update>`

describe('reading layout updates from a package', () => {
    test('a section update holding its elements installs as the section row and one row per element', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layout-pkg-'))
        try {
            fs.writeFileSync(path.join(dir, 'sys_ui_section_s1.xml'), SECTION_UPDATE)
            const records = loadPackage(dir).records.map((r) => [r.table, r.sysId, r.fields.element ?? r.fields.caption, r.fields.sys_ui_section ?? ''])
            expect(records).toEqual([
                ['sys_ui_element', 'e0', '.begin_split', 's1'],
                ['sys_ui_element', 'e1', 'name', 's1'],
                ['sys_ui_section', 's1', 'Details', ''],
            ])
        } finally {
            fs.rmSync(dir, { recursive: true, force: true })
        }
    })
})

describe('a form, its related lists and its list columns', () => {
    let schema: Schema
    let store: Store
    beforeEach(() => {
        schema = new Schema()
        schema.define('x_t', 'Thing', [{ name: 'name', type: 'string', label: 'Name' }, { name: 'state', type: 'string', label: 'State' }], { display: 'name' })
        store = new Store(schema)
        for (const table of ['sys_ui_form', 'sys_ui_form_section', 'sys_ui_section', 'sys_ui_element', 'sys_ui_list', 'sys_ui_list_element', 'sys_user_preference', 'sys_dictionary']) {
            schema.define(table, table, [], { open: true })
        }
    })
    const put = (table: string, row: Record<string, string>) => store.put(table, row)

    test('sections by their link\'s position, fields by position, split markers and formatters left out; a personal form is not the form', () => {
        put('sys_ui_form', { sys_id: 'f', name: 'x_t', view: 'Default view', sys_user: '' })
        put('sys_ui_form', { sys_id: 'mine', name: 'x_t', view: 'Default view', sys_user: 'u1' })
        put('sys_ui_section', { sys_id: 'a', caption: 'Second' })
        put('sys_ui_section', { sys_id: 'b', caption: 'First' })
        put('sys_ui_form_section', { sys_id: 'l1', sys_ui_form: 'f', sys_ui_section: 'a', position: '1' })
        put('sys_ui_form_section', { sys_id: 'l2', sys_ui_form: 'f', sys_ui_section: 'b', position: '0' })
        put('sys_ui_form_section', { sys_id: 'l3', sys_ui_form: 'mine', sys_ui_section: 'a', position: '0' })
        put('sys_ui_element', { sys_id: 'e1', sys_ui_section: 'b', element: 'state', position: '3', type: '' })
        put('sys_ui_element', { sys_id: 'e2', sys_ui_section: 'b', element: '.split', position: '2', type: '.split' })
        put('sys_ui_element', { sys_id: 'e3', sys_ui_section: 'b', element: 'name', position: '1', type: '' })
        put('sys_ui_element', { sys_id: 'e4', sys_ui_section: 'a', element: 'activity.xml', position: '0', type: 'formatter' })
        expect(formLayout(store, 'x_t')).toEqual([{ caption: 'First', fields: ['name', 'state'] }, { caption: 'Second', fields: [] }])
        expect(formLayout(store, 'x_t', 'other')).toBeNull()
    })

    test('related lists and list columns by position; a related list\'s columns are the ones shipped for its parent', () => {
        put('sys_ui_related_list', { sys_id: 'r', name: 'x_t', view: 'Default view' })
        put('sys_ui_related_list_entry', { sys_id: 'r2', list_id: 'r', related_list: 'x_c.thing', position: '1' })
        put('sys_ui_related_list_entry', { sys_id: 'r1', list_id: 'r', related_list: 'x_b.thing', position: '0' })
        put('sys_ui_list', { sys_id: 'own', name: 'x_t', view: 'Default view', parent: '' })
        put('sys_ui_list', { sys_id: 'below', name: 'x_t', view: 'Default view', parent: 'incident' })
        put('sys_ui_list_element', { sys_id: 'c1', list_id: 'own', element: 'state', position: '1' })
        put('sys_ui_list_element', { sys_id: 'c2', list_id: 'own', element: 'name', position: '0' })
        put('sys_ui_list_element', { sys_id: 'c3', list_id: 'below', element: 'state', position: '0' })
        expect(relatedLists(store, 'x_t')).toEqual(['x_b.thing', 'x_c.thing'])
        expect(listColumns(store, 'x_t')).toEqual(['name', 'state'])
        expect(listColumns(store, 'x_t', { parent: 'incident' })).toEqual(['state'])
        expect(listColumns(store, 'x_t', { parent: 'problem' })).toBeNull()
    })

    describe('the sort a list opens with (the docs\' sequence)', () => {
        const pref = (name: string, value: string, extra: Record<string, string> = {}) => put('sys_user_preference', { sys_id: `${name}${extra.user ?? ''}`, name, value, user: '', system: 'true', ...extra })

        test('with nothing set: the Name field, else the display field; an Order field before both', () => {
            expect(listOrder(store, schema, 'x_t')).toEqual({ field: 'name', direction: 'ASC', from: 'name field' })
            schema.define('x_d', 'D', [{ name: 'label', type: 'string', label: 'Label' }], { display: 'label' })
            expect(listOrder(store, schema, 'x_d')).toEqual({ field: 'label', direction: 'ASC', from: 'display field' })
            schema.define('x_o', 'O', [{ name: 'name', type: 'string', label: 'Name' }, { name: 'order', type: 'integer', label: 'Order' }])
            expect(listOrder(store, schema, 'x_o')).toMatchObject({ field: 'order', from: 'order field' })
        })

        test('a system preference (no user, System checked) sorts everyone; one without System does not', () => {
            pref('x_t.db.order', 'sys_created_on', { system: 'false' })
            expect(listOrder(store, schema, 'x_t').from).toBe('name field')
            pref('x_t.db.order', 'sys_created_on')
            pref('x_t.db.order.direction', 'DESC')
            expect(listOrder(store, schema, 'x_t')).toEqual({ field: 'sys_created_on', direction: 'DESC', from: 'system preference' })
        })

        test('the user\'s own preference beats the system one, and the URL\'s ORDERBY beats both', () => {
            pref('x_t.db.order', 'sys_created_on')
            pref('x_t.db.order', 'state', { user: 'u1', system: 'false' })
            expect(listOrder(store, schema, 'x_t', { userSysId: 'u1' })).toEqual({ field: 'state', direction: 'ASC', from: 'user preference' })
            expect(listOrder(store, schema, 'x_t', { userSysId: 'u2' }).from).toBe('system preference')
            expect(listOrder(store, schema, 'x_t', { userSysId: 'u1', query: 'active=true^ORDERBYDESCsys_updated_on' })).toEqual({ field: 'sys_updated_on', direction: 'DESC', from: 'url' })
        })

        test('isOrder on a field\'s dictionary entry, when no preference sorts', () => {
            put('sys_dictionary', { sys_id: 'd', name: 'x_t', element: 'state', attributes: 'edge_encryption_enabled=true,isOrder=true' })
            expect(listOrder(store, schema, 'x_t')).toEqual({ field: 'state', direction: 'ASC', from: 'isOrder' })
        })

        test('task and its children sort by Number', () => {
            expect(listOrder(store, schema, 'incident')).toEqual({ field: 'number', direction: 'ASC', from: 'number field' })
        })
    })
})
