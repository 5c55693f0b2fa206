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
        if (instance.schema.column(table, field)?.type === 'glide_date_time') return `<td>${readableTime(row[field], instance.now())}</td>`
        return `<td>${reference && row[field] && FORMS.has(reference) ? recordLink(reference, row[field], shown) : esc(shown)}</td>`
    }).join('')}</tr>`).join('')
    const empty = rows.length === 0 ? `<tr class="list-empty"><td colspan="${esc(fields.length)}">${esc(options.empty ?? 'No records to display')}</td></tr>` : ''
    return `<table class="list_table"${options.id ? ` id="${esc(options.id)}"` : ''}><thead><tr>${head}</tr></thead><tbody>${body}${empty}</tbody></table>`
}

/** One field change of an audited record, as the platform's audit keeps it (sys_audit: fieldname, oldvalue, newvalue, user, sys_created_on). */
export interface FieldChange {
    sysId: string
    field: string
    oldValue: string
    newValue: string
    user: string
    at: string
}

/**
 * The activity stream of a record: its journal entries (work notes, comments) and its audited field
 * changes, newest first, each with who and when ("Activity formatter", "Journal fields", ServiceNow
 * docs: the stream shows journal entries and field changes, the changes of one update together), the
 * text rendered as the platform renders journal HTML. Emails, which it also shows, are not modelled.
 */
export function activityStream(instance: Instance, table: string, sysId: string, changes: FieldChange[] = []): string {
    const name = (userName: string | undefined) => instance.store.rows('sys_user').find((u) => u.user_name === userName)?.name ?? userName ?? 'system'
    const journal = instance.store.rows('sys_journal_field')
        .filter((row) => row.name === table && row.element_id === sysId)
        .map((entry) => ({ at: entry.sys_created_on ?? '', order: Number(entry.sys_mod_count), html: `<li class="activity-entry ${esc(entry.element)}"><div class="activity-head"><strong>${esc(name(entry.sys_created_by))}</strong>` +
            ` <span class="activity-kind">${esc(entry.element === 'work_notes' ? 'Work notes' : entry.element === 'comments' ? 'Additional comments' : label(instance, table, entry.element))}</span> ${readableTime(entry.sys_created_on, instance.now())}</div>` +
            `<div class="activity-body">${renderJournalEntry(entry.value ?? '')}</div></li>` }))
    // One update's changes (same user, same time) are one entry.
    const updates = new Map<string, FieldChange[]>()
    for (const change of changes.filter((c) => c.sysId === sysId)) {
        const key = `${change.at}|${change.user}`
        updates.set(key, [...(updates.get(key) ?? []), change])
    }
    const fieldChanges = [...updates.values()].map((group, i) => ({ at: group[0].at, order: -1 - i, html: `<li class="activity-entry field-changes"><div class="activity-head"><strong>${esc(name(group[0].user))}</strong>` +
        ` <span class="activity-kind">Field changes</span> ${readableTime(group[0].at, instance.now())}</div><dl class="activity-changes">${group.map((c) =>
            `<dt>${esc(label(instance, table, c.field))}</dt><dd>${esc(display(instance, table, c.field, c.newValue))}${c.oldValue ? ` <small>was ${esc(display(instance, table, c.field, c.oldValue))}</small>` : ''}</dd>`).join('')}</dl></li>` }))
    const entries = [...journal, ...fieldChanges].sort((x, y) => y.at.localeCompare(x.at) || y.order - x.order)
    if (entries.length === 0) return '<p class="activity-empty">No activity yet.</p>'
    return `<ul class="activity-stream">${entries.map((entry) => entry.html).join('')}</ul>`
}

/**
 * A date-time as a person reads it: the stored value (UTC, "yyyy-MM-dd HH:mm:ss", as the bench keeps
 * glide_date_time) to the minute with its zone, and how long ago by the instance's clock. The
 * playground's person sits in UTC; the platform shows each user's own time zone.
 */
export function readableTime(value: string | undefined, now: number): string {
    const match = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d)(:\d\d)?$/.exec(value ?? '')
    if (!match) return esc(value)
    const at = Date.parse(`${match[1]}T${match[2]}${match[3] ?? ':00'}Z`)
    const seconds = Math.round((now - at) / 1000)
    const ago = Math.abs(seconds) < 60 ? 'just now'
        : Math.abs(seconds) < 3600 ? `${Math.round(Math.abs(seconds) / 60)} min ${seconds < 0 ? 'from now' : 'ago'}`
            : Math.abs(seconds) < 86_400 ? `${Math.round(Math.abs(seconds) / 3600)} h ${seconds < 0 ? 'from now' : 'ago'}`
                : `${Math.round(Math.abs(seconds) / 86_400)} d ${seconds < 0 ? 'from now' : 'ago'}`
    return `<time datetime="${esc(`${match[1]}T${match[2]}${match[3] ?? ':00'}Z`)}" title="${esc(value)} UTC">${esc(`${match[1]} ${match[2]} UTC`)} <small class="ago">(${esc(ago)})</small></time>`
}

/** A field's value shown read-only: date-times readable, everything else its display value. */
export function shownValue(instance: Instance, table: string, field: string, value: string | undefined): string {
    return instance.schema.column(table, field)?.type === 'glide_date_time' ? readableTime(value, instance.now()) : esc(display(instance, table, field, value))
}

/** The rows a reference picker offers for a referenced table: sys_id and display value (the caller passes only rows the user may read). */
export type Picker = (table: string) => Array<{ value: string; label: string }>

const SYSTEM_FIELDS = new Set(['sys_id', 'sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by', 'sys_mod_count', 'sys_class_name', 'sys_domain'])

/**
 * One field of a form, label and control: an editable input for what an admin edits, a select of the
 * referenced table's records for a reference (the platform's reference field looks them up by display
 * value), read-only text otherwise; a mandatory field's label carries the platform's marker.
 */
export function formField(instance: Instance, table: string, name: string, row: Row, editable: boolean, picker?: Picker): string {
    const column = instance.schema.column(table, name)
    const id = `${table}.${name}`
    const value = row[name] ?? ''
    const mark = column?.mandatory ? '<span class="mandatory" title="Mandatory" aria-label="Mandatory">*</span> ' : ''
    let control: string
    if (!column) {
        control = `<span class="form-readonly" id="${esc(id)}">${esc(value)}</span>`
    } else if (editable && column.reference && picker) {
        const offered = picker(column.reference)
        // A value the picker does not offer (a record the user may not read) stays chosen, so a save does not clear it.
        if (value && !offered.some((o) => o.value === value)) offered.unshift({ value, label: display(instance, table, name, value) || value })
        const options = offered.map((o) => `<option value="${esc(o.value)}"${o.value === value ? ' selected' : ''}>${esc(o.label)}</option>`).join('')
        control = `<select id="${esc(id)}" name="${esc(name)}" class="reference-picker" data-table="${esc(column.reference)}"><option value="">-- None --</option>${options}</select>`
    } else if (!editable || column.reference || column.type === 'journal_input' || column.type === 'glide_date_time') {
        control = `<span class="form-readonly" id="${esc(id)}">${shownValue(instance, table, name, value)}</span>`
    } else if (column.type === 'boolean') {
        control = `<input type="hidden" name="${esc(name)}" value="false"><input type="checkbox" id="${esc(id)}" name="${esc(name)}" value="true"${value === '1' || value === 'true' ? ' checked' : ''}>`
    } else if (column.type === 'password2') {
        control = `<input type="password" id="${esc(id)}" name="${esc(name)}" value="" placeholder="(unchanged)" autocomplete="off">`
    } else if (choices(instance, table, name).length > 0) {
        const options = choices(instance, table, name).map((c) => `<option value="${esc(c.value)}"${c.value === value ? ' selected' : ''}>${esc(c.label)}</option>`).join('')
        control = `<select id="${esc(id)}" name="${esc(name)}"><option value="">-- None --</option>${options}</select>`
    } else if ((column.maxLength ?? 0) >= 2000) {
        control = `<textarea id="${esc(id)}" name="${esc(name)}" rows="3">${esc(value)}</textarea>`
    } else {
        control = `<input type="text" id="${esc(id)}" name="${esc(name)}" value="${esc(value)}">`
    }
    return `<label for="${esc(id)}">${mark}${esc(column?.label ?? name)}</label><div>${control}</div>`
}

/** The fields of a form the package ships no layout for: every field but the system ones. */
export function formFields(instance: Instance, table: string, row: Row, editable: boolean, picker?: Picker): string {
    return instance.schema.columns(table).filter((column) => !SYSTEM_FIELDS.has(column.name))
        .map((column) => formField(instance, table, column.name, row, editable, picker)).join('')
}

/**
 * A form as the package ships it (its sys_ui_form for the Default view, read by the bench's
 * layouts.ts): each section captioned, its fields in order. A section captioned Diagnostics holds the
 * app's bookkeeping, so it starts collapsed (the platform shows sections as tabs or one below another,
 * "Configure form layout", ServiceNow docs; collapsing is the playground's stand-in for a tab not opened).
 */
export function formSections(instance: Instance, table: string, row: Row, editable: boolean, picker?: Picker): string {
    const sections = instance.formLayout(table)
    if (!sections) return `<div class="form-grid form-generic">${formFields(instance, table, row, editable, picker)}</div>`
    return sections.map((section) => {
        const diagnostics = /^diagnostics$/i.test(section.caption.trim())
        // The app's bookkeeping is written by the app alone: shown, never posted back.
        const body = `<div class="form-grid form-generic">${section.fields.map((field) => formField(instance, table, field, row, editable && !diagnostics, picker)).join('')}</div>`
        return diagnostics
            ? `<details class="form-section diagnostics" data-section="${esc(section.caption)}"><summary>${esc(section.caption)}</summary>${body}</details>`
            : `<section class="form-section" data-section="${esc(section.caption)}"><h2>${esc(section.caption)}</h2>${body}</section>`
    }).join('')
}
