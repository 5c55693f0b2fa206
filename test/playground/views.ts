// How the playground shows what the bench holds: UI16-style lists, forms and
// the activity stream, read from the instance's rows. A viewer only: values
// are shown as the platform displays them (choice labels, reference display
// values) and nothing here decides what the app does.
import type { Instance } from '../bench/instance'
import { renderJournalEntry } from '../bench/journal-html'
import { escapeHtml } from '../browser/jelly'

export type Row = Record<string, string>

/**
 * The one escaping function of the playground's pages, for text and for attribute values alike (every
 * attribute is written in double quotes): & < > " ' become entities ("Escaping", HTML standard:
 * in an attribute value, & and the quote that delimits it; in text, & < >; escaping all five
 * everywhere leaves no context-dependent choice). Numbers and absent values are shown as text.
 */
export const esc = (value: string | number | null | undefined): string => escapeHtml(value === null || value === undefined ? '' : String(value))

/** A field's label from the dictionary (the schema the package installed). */
export function label(instance: Instance, table: string, field: string): string {
    return instance.schema.column(table, field)?.label ?? field
}

/** The part of the bench's GlideRecord that display() asks. */
interface DisplayRecord {
    initialize(): void
    setValue(field: string, value: unknown): void
    getDisplayValue(field: string): string
}

/**
 * A field's display value, as lists and forms show it instead of the stored value: the bench's own
 * GlideRecord.getDisplayValue (glide-record.ts names its sources: choice labels, reference display
 * fields, booleans, password masks), so the playground keeps no second copy of those rules.
 */
export function display(instance: Instance, table: string, field: string, value: string | undefined): string {
    if (value === undefined || value === '') return ''
    if (!instance.schema.column(table, field)) return value
    const GlideRecord = instance.scriptGlobals().GlideRecord as new (table: string) => DisplayRecord
    const record = new GlideRecord(table)
    record.initialize()
    record.setValue(field, value)
    return record.getDisplayValue(field)
}

/** The choices of a choice field, in order. */
export function choices(instance: Instance, table: string, field: string): Array<{ value: string; label: string }> {
    const tables = instance.schema.lineage(table)
    return instance.store.rows('sys_choice').filter((c) => tables.includes(c.name) && c.element === field)
        .sort((a, b) => Number(a.sequence ?? 0) - Number(b.sequence ?? 0))
        .map((c) => ({ value: c.value, label: c.label }))
}

/** The tables whose forms the playground serves, so references to them link. */
export const FORMS = new Set(['incident', 'x_opcon_server', 'x_opcon_failure', 'x_opcon_template', 'x_opcon_action', 'x_opcon_binding'])

/** A record's link in a list: the form of that table. */
export function recordLink(table: string, sysId: string, text: string): string {
    return `<a class="linked" href="${esc(`/${table}.do?sys_id=${encodeURIComponent(sysId)}`)}">${esc(text)}</a>`
}

/** A UI16 list: the title bar, then the rows with the given columns; the first column links to the form. */
export function listTable(instance: Instance, table: string, rows: Row[], fields: string[], options: { id?: string; empty?: string } = {}): string {
    const head = fields.map((field) => `<th scope="col">${esc(label(instance, table, field))}</th>`).join('')
    const body = rows.map((row) => `<tr data-sys-id="${esc(row.sys_id)}">${fields.map((field, i) => {
        const shown = display(instance, table, field, row[field])
        const reference = instance.schema.column(table, field)?.reference
        if (i === 0) return `<td>${recordLink(table, row.sys_id, shown || '(empty)')}</td>`
        return `<td>${reference && row[field] && FORMS.has(reference) ? recordLink(reference, row[field], shown) : esc(shown)}</td>`
    }).join('')}</tr>`).join('')
    const empty = rows.length === 0 ? `<tr class="list-empty"><td colspan="${esc(fields.length)}">${esc(options.empty ?? 'No records to display')}</td></tr>` : ''
    return `<table class="list_table"${options.id ? ` id="${esc(options.id)}"` : ''}><thead><tr>${head}</tr></thead><tbody>${body}${empty}</tbody></table>`
}

/**
 * The activity stream of a record: its journal entries (work notes, comments), newest first, each
 * with who and when ("Activity formatter", "Journal fields", ServiceNow docs), the text rendered as
 * the platform renders journal HTML. Field changes and emails, which it also shows, are not modelled.
 */
export function activityStream(instance: Instance, table: string, sysId: string): string {
    const entries = instance.store.rows('sys_journal_field')
        .filter((row) => row.name === table && row.element_id === sysId)
        .sort((a, b) => Number(b.sys_mod_count) - Number(a.sys_mod_count))
    if (entries.length === 0) return '<p class="activity-empty">No activity yet.</p>'
    return `<ul class="activity-stream">${entries.map((entry) => {
        const user = instance.store.rows('sys_user').find((u) => u.user_name === entry.sys_created_by)
        const kind = entry.element === 'work_notes' ? 'Work notes' : entry.element === 'comments' ? 'Additional comments' : label(instance, table, entry.element)
        return `<li class="activity-entry ${esc(entry.element)}"><div class="activity-head"><strong>${esc(user?.name ?? entry.sys_created_by ?? 'system')}</strong>` +
            ` <span class="activity-kind">${esc(kind)}</span> <time>${esc(entry.sys_created_on)}</time></div>` +
            `<div class="activity-body">${renderJournalEntry(entry.value ?? '')}</div></li>`
    }).join('')}</ul>`
}

/** The fields of a generic form: editable inputs for what an admin edits, read-only text otherwise. */
export function formFields(instance: Instance, table: string, row: Row, editable: boolean): string {
    const system = new Set(['sys_id', 'sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by', 'sys_mod_count', 'sys_class_name', 'sys_domain'])
    return instance.schema.columns(table).filter((column) => !system.has(column.name) && instance.schema.lineage(table).length > 0).map((column) => {
        const id = `${table}.${column.name}`
        const value = row[column.name] ?? ''
        let control: string
        if (!editable || column.reference || column.type === 'journal_input') {
            control = `<span class="form-readonly" id="${esc(id)}">${esc(display(instance, table, column.name, value))}</span>`
        } else if (column.type === 'boolean') {
            control = `<input type="hidden" name="${esc(column.name)}" value="false"><input type="checkbox" id="${esc(id)}" name="${esc(column.name)}" value="true"${value === '1' || value === 'true' ? ' checked' : ''}>`
        } else if (column.type === 'password2') {
            control = `<input type="password" id="${esc(id)}" name="${esc(column.name)}" value="" placeholder="(unchanged)" autocomplete="off">`
        } else if (choices(instance, table, column.name).length > 0) {
            const options = choices(instance, table, column.name).map((c) => `<option value="${esc(c.value)}"${c.value === value ? ' selected' : ''}>${esc(c.label)}</option>`).join('')
            control = `<select id="${esc(id)}" name="${esc(column.name)}"><option value="">-- None --</option>${options}</select>`
        } else if ((column.maxLength ?? 0) >= 2000) {
            control = `<textarea id="${esc(id)}" name="${esc(column.name)}" rows="3">${esc(value)}</textarea>`
        } else {
            control = `<input type="text" id="${esc(id)}" name="${esc(column.name)}" value="${esc(value)}">`
        }
        return `<label for="${esc(id)}">${esc(column.label)}</label><div>${control}</div>`
    }).join('')
}
