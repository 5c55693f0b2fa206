// What an instance's forms and lists show, assembled from the installed
// layout records the way the platform reads them. Observations for tests and
// the playground (no script API). Sources:
// - Forms: `now-sdk explain form-api` / `form-layout-guide` ("Record
//   Hierarchy"): sys_ui_form (table, view) -> sys_ui_form_section (position)
//   -> sys_ui_section (caption) -> sys_ui_element (position); `.begin_split`,
//   `.split` and `.end_split` elements only lay the fields out in columns.
// - Related lists: `now-sdk explain relationship-guide`: one
//   sys_ui_related_list per table and view, its sys_ui_related_list_entry rows
//   by position, each `<table>.<reference field>` or `REL:<sys_id>`.
// - List columns: `now-sdk explain list-api`: sys_ui_list (table, view,
//   parent for a related list's columns) -> sys_ui_list_element (position).
// - Sort order: "Controlling the sort sequence used to display lists"
//   (ServiceNow docs): the ORDERBY of the URL, then the user's
//   `<table>.db.order` / `.db.order.direction` preferences, else a system
//   preference (no user, System checked), then the isOrder dictionary
//   attribute, then an Order, Number or Name field, then the display field;
//   task and its children use Number when neither URL nor preference sorts.
// Not modelled: how a related list is sorted (the docs' page speaks of lists;
// whether a related list reads the same preferences is not said), personal
// layouts (sys_user set), roles on sections, a missing view falling back to
// Default, formatters and annotations (left out of the fields).
import type { Schema } from './schema'
import type { Row, Store } from './store'

/** The Default view's sys_ui_view sys_id, as the SDK writes it and as every instance has it. */
export const DEFAULT_VIEW = 'Default view'

const SPLITS = new Set(['.begin_split', '.split', '.end_split'])
const NOT_FIELDS = new Set(['annotation', 'formatter', 'list', ...SPLITS])

export interface FormSection {
    caption: string
    /** The table fields in the order the form shows them (left column before right). */
    fields: string[]
}

const byPosition = (a: Row, b: Row) => Number(a.position ?? 0) - Number(b.position ?? 0)
const everyone = (row: Row) => (row.sys_user ?? '') === ''

/** The form's sections in order, or null when the package ships no form for that table and view (the platform then builds one). */
export function formLayout(store: Store, table: string, view = DEFAULT_VIEW): FormSection[] | null {
    const form = store.rows('sys_ui_form').find((row) => row.name === table && row.view === view && everyone(row))
    if (!form) return null
    return store.rows('sys_ui_form_section')
        .filter((link) => link.sys_ui_form === form.sys_id)
        .sort(byPosition)
        .map((link) => {
            const section = store.get('sys_ui_section', link.sys_ui_section)
            if (!section) throw new Error(`form ${table} (${view}) links a section ${link.sys_ui_section} that is not installed`)
            const fields = store.rows('sys_ui_element')
                .filter((element) => element.sys_ui_section === section.sys_id)
                .sort(byPosition)
                .filter((element) => !NOT_FIELDS.has(element.type ?? '') && !SPLITS.has(element.element ?? ''))
                .map((element) => element.element)
            return { caption: section.caption ?? '', fields }
        })
}

/** The related lists below a form, in order (`<table>.<reference field>` or `REL:<sys_id>`); null when the table has no layout for that view. */
export function relatedLists(store: Store, table: string, view = DEFAULT_VIEW): string[] | null {
    const list = store.rows('sys_ui_related_list').find((row) => row.name === table && row.view === view && everyone(row))
    if (!list) return null
    return store.rows('sys_ui_related_list_entry').filter((entry) => entry.list_id === list.sys_id).sort(byPosition).map((entry) => entry.related_list)
}

/** A list's columns in order: the table's own list, or (with `parent`) its columns as a related list on that table's form; null when none is shipped. */
export function listColumns(store: Store, table: string, options: { view?: string; parent?: string } = {}): string[] | null {
    const view = options.view ?? DEFAULT_VIEW
    const list = store.rows('sys_ui_list').find((row) => row.name === table && row.view === view && (row.parent ?? '') === (options.parent ?? '') && everyone(row))
    if (!list) return null
    return store.rows('sys_ui_list_element').filter((element) => element.list_id === list.sys_id).sort(byPosition).map((element) => element.element)
}

export interface ListOrder {
    field: string
    direction: 'ASC' | 'DESC'
    /** Which step of the docs' sequence decided. */
    from: 'url' | 'user preference' | 'system preference' | 'isOrder' | 'order field' | 'number field' | 'name field' | 'display field' | 'none'
}

/** How a list of `table` is sorted when it opens: `query` is the URL's sysparm_query (a module's filter), `userSysId` the user opening it. */
export function listOrder(store: Store, schema: Schema, table: string, options: { query?: string; userSysId?: string } = {}): ListOrder {
    const fromUrl = /(?:^|\^)ORDERBY(DESC)?([A-Za-z0-9_.]+)/.exec(options.query ?? '')
    if (fromUrl) return { field: fromUrl[2], direction: fromUrl[1] ? 'DESC' : 'ASC', from: 'url' }
    const preferences = store.rows('sys_user_preference')
    const preference = (name: string, user: string) => preferences.find((row) => row.name === name && (row.user ?? '') === user && (user !== '' || row.system === 'true'))
    for (const [user, from] of [[options.userSysId ?? '', 'user preference'], ['', 'system preference']] as const) {
        if (from === 'user preference' && user === '') continue
        const field = preference(`${table}.db.order`, user)
        if (field?.value) {
            const direction = preference(`${table}.db.order.direction`, user)?.value === 'DESC' ? 'DESC' : 'ASC'
            return { field: field.value, direction, from }
        }
    }
    const has = (field: string) => schema.columns(table).some((column) => column.name === field)
    if (schema.lineage(table).includes('task')) return { field: 'number', direction: 'ASC', from: 'number field' }
    const isOrder = store.rows('sys_dictionary').find((row) => row.name === table && /(?:^|,)isOrder(?:=true)?(?:,|$)/.test(row.attributes ?? ''))
    if (isOrder) return { field: isOrder.element, direction: 'ASC', from: 'isOrder' }
    if (has('order')) return { field: 'order', direction: 'ASC', from: 'order field' }
    if (has('number')) return { field: 'number', direction: 'ASC', from: 'number field' }
    if (has('name')) return { field: 'name', direction: 'ASC', from: 'name field' }
    const display = schema.table(table).display
    return display ? { field: display, direction: 'ASC', from: 'display field' } : { field: '', direction: 'ASC', from: 'none' }
}
