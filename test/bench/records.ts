// Reads the XML the Now SDK writes to dist/app into plain records, exactly as
// an instance would receive them from the installable package (the layout is
// sdk-notes' "What the built XML looks like": dictionary bootstrap files under
// dictionary/, choices as sys_choice_v2 sets, role links by name attribute).
import * as fs from 'node:fs'
import * as path from 'node:path'
import { XMLParser } from 'fast-xml-parser'

/** One record from an update file: every field is text, as in the XML. */
export interface PackageRecord {
    table: string
    action: string
    sysId: string
    fields: Record<string, string>
    /** XML attributes per field, e.g. `{ sys_user_role: { name: 'x_opcon.admin' } }`. */
    attributes: Record<string, Record<string, string>>
    file: string
}

/** A column from a dictionary bootstrap file. */
export interface ColumnDefinition {
    name: string
    type: string
    label: string
    maxLength: number
    defaultValue?: string
    mandatory: boolean
    reference?: string
    /**
     * The dictionary's Choice setting: 0 none (the field is no choice list), 1 dropdown with -- None --,
     * 2 suggestion, 3 dropdown without -- None -- (the Now SDK's mapping, sdk-core db/types/Choice.js).
     */
    choice: number
}

export interface TableDefinition {
    name: string
    label: string
    display?: string
    extends?: string
    columns: ColumnDefinition[]
    file: string
}

export interface AppPackage {
    records: PackageRecord[]
    tables: TableDefinition[]
    dir: string
}

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    cdataPropName: false,
    textNodeName: '#text',
    isArray: (_name, jpathOrMatcher, _leaf, isAttribute) => {
        const jpath = String(jpathOrMatcher)
        return !isAttribute && (jpath.split('.').length === 2 || jpath.endsWith('.element') || jpath.endsWith('.sys_choice'))
    },
})

function listXml(dir: string): string[] {
    if (!fs.existsSync(dir)) return []
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) return listXml(full)
        return entry.name.endsWith('.xml') ? [full] : []
    }).sort()
}

function textOf(node: unknown): string {
    if (node === undefined || node === null) return ''
    if (typeof node === 'string') return node
    if (typeof node === 'object' && '#text' in (node as Record<string, unknown>)) {
        return String((node as Record<string, unknown>)['#text'])
    }
    return ''
}

function attributesOf(node: unknown): Record<string, string> {
    if (!node || typeof node !== 'object') return {}
    const out: Record<string, string> = {}
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (key !== '#text' && typeof value === 'string') out[key] = value
    }
    return out
}

const FIELD_NAMED_ACTION = '__field_action'

function toRecord(table: string, node: Record<string, unknown>, file: string): PackageRecord {
    const fields: Record<string, string> = {}
    const attributes: Record<string, Record<string, string>> = {}
    for (const [key, value] of Object.entries(node)) {
        if (key === 'action' || key === '#text') continue
        if (key === FIELD_NAMED_ACTION) {
            fields.action = textOf(Array.isArray(value) ? value[0] : value)
            continue
        }
        // Repeated children only occur inside choice sets, handled separately.
        const single = Array.isArray(value) ? value[0] : value
        fields[key] = textOf(single)
        const attrs = attributesOf(single)
        if (Object.keys(attrs).length > 0) attributes[key] = attrs
    }
    return {
        table,
        action: typeof node.action === 'string' ? node.action : 'INSERT_OR_UPDATE',
        sysId: fields.sys_id ?? '',
        fields,
        attributes,
        file,
    }
}

function parseUpdateFile(file: string): PackageRecord[] {
    // A field named action (sys_hub_step_instance.action) would be lost under the record's action attribute.
    const xml = fs.readFileSync(file, 'utf8').replace(/<(\/?)action(\s*\/?)>/g, `<$1${FIELD_NAMED_ACTION}$2>`)
    const doc = parser.parse(xml) as Record<string, unknown>
    const update = doc.record_update as Record<string, unknown> | undefined
    if (!update) return []
    const out: PackageRecord[] = []
    for (const [table, nodes] of Object.entries(update)) {
        if (!Array.isArray(nodes)) continue
        for (const node of nodes as Array<Record<string, unknown>>) {
            if (table === 'sys_choice_v2') {
                out.push(...choiceSetRecords(node, file))
                continue
            }
            if (typeof node.action !== 'string') {
                out.push(...documentRecords(node, file))
                continue
            }
            out.push(toRecord(table, node, file))
        }
    }
    return out
}

/**
 * A layout travels as one update holding several records: a form section with
 * its elements (`<sys_ui_section>` holding `sys_ui_element` rows and the
 * section row), a list layout with its columns (`<sys_ui_list>`), a form with
 * its section links (`<sys_ui_form_sections>`). The wrapper carries no action;
 * each record inside does, and is installed as its own row. (The Now SDK writes
 * this shape for Form() and List(), `now-sdk explain form-api`/`list-api`; the
 * platform's update sets keep a section or list layout as one update, "Update
 * sets", ServiceNow docs.)
 */
function documentRecords(wrapper: Record<string, unknown>, file: string): PackageRecord[] {
    const out: PackageRecord[] = []
    for (const [table, value] of Object.entries(wrapper)) {
        const nodes = (Array.isArray(value) ? value : [value]) as unknown[]
        for (const node of nodes) {
            if (node && typeof node === 'object' && typeof (node as Record<string, unknown>).action === 'string') {
                out.push(toRecord(table, node as Record<string, unknown>, file))
            }
        }
    }
    return out
}

function choiceSetRecords(node: Record<string, unknown>, file: string): PackageRecord[] {
    const choices = (node.sys_choice ?? []) as Array<Record<string, unknown>>
    return choices
        .filter((choice) => choice.action === 'INSERT_OR_UPDATE')
        .map((choice) => toRecord('sys_choice', choice, file))
}

function parseDictionaryFile(file: string): TableDefinition[] {
    const doc = parser.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
    const database = doc.database as Record<string, unknown> | undefined
    const tables = (database?.element ?? []) as Array<Record<string, unknown>>
    return tables.map((table) => ({
        name: String(table.name),
        label: String(table.label ?? table.name),
        display: table.display ? String(table.display) : undefined,
        extends: table.super_class ? String(table.super_class) : undefined,
        file,
        columns: ((table.element ?? []) as Array<Record<string, unknown>>).map((column) => ({
            name: String(column.name),
            type: String(column.type),
            label: String(column.label ?? column.name),
            maxLength: Number(column.max_length ?? 255),
            defaultValue: column.default_value === undefined ? undefined : String(column.default_value),
            mandatory: column.mandatory === 'true',
            choice: Number(column.choice ?? 0),
            reference: column.reference_table ? String(column.reference_table) : column.reference ? String(column.reference) : undefined,
        })),
    }))
}

/** Loads every record of a built app (`dist/app`), the way an install reads the package. */
export function loadPackage(dir: string): AppPackage {
    if (!fs.existsSync(dir)) {
        throw new Error(`No built app at ${dir}: run \`npm run build\` first.`)
    }
    const files = listXml(dir)
    const dictionaryDir = path.join(dir, 'dictionary') + path.sep
    const tables = files.filter((file) => file.startsWith(dictionaryDir)).flatMap(parseDictionaryFile)
    const records = files.filter((file) => !file.startsWith(dictionaryDir)).flatMap(parseUpdateFile)
    return { records, tables, dir }
}
