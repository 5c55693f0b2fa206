// Table and column definitions: the platform tables the app touches, plus
// whatever the installed package defines (dictionary files, sys_dictionary).
import type { QuerySchema } from './encoded-query'
import type { TableDefinition } from './records'
import { CMDB_TABLES } from './cmdb'

export interface Column {
    name: string
    type: string
    label: string
    defaultValue?: string
    reference?: string
    maxLength?: number
    mandatory?: boolean
}

export interface TableSchema {
    name: string
    label: string
    display?: string
    extends?: string
    columns: Map<string, Column>
    /** Metadata tables loaded from the package accept any field they were installed with. */
    open: boolean
}

const SYSTEM_COLUMNS: Column[] = [
    { name: 'sys_id', type: 'GUID', label: 'Sys ID' },
    { name: 'sys_created_on', type: 'glide_date_time', label: 'Created' },
    { name: 'sys_created_by', type: 'string', label: 'Created by' },
    { name: 'sys_updated_on', type: 'glide_date_time', label: 'Updated' },
    { name: 'sys_updated_by', type: 'string', label: 'Updated by' },
    { name: 'sys_mod_count', type: 'integer', label: 'Updates' },
    { name: 'sys_class_name', type: 'string', label: 'Class' },
]

function col(name: string, type: string, label: string, extra: Partial<Column> = {}): Column {
    return { name, type, label, ...extra }
}

/**
 * The platform tables (and the columns of them) that the app and the bench use: a
 * subset of the base dictionary, with its defaults (state 1 New, priority 4,
 * active true) as the bench assumes them. incident.correlation_id holds 100
 * characters (sdk-notes); glide-record.ts says what a longer value becomes.
 */
const PLATFORM_TABLES: Array<{ name: string; label: string; display?: string; extends?: string; columns: Column[] }> = [
    {
        name: 'task', label: 'Task', display: 'number', columns: [
            col('number', 'string', 'Number'), col('short_description', 'string', 'Short description'),
            col('description', 'string', 'Description'), col('state', 'integer', 'State', { defaultValue: '1' }),
            col('active', 'boolean', 'Active', { defaultValue: 'true' }), col('priority', 'integer', 'Priority', { defaultValue: '4' }),
            col('assigned_to', 'reference', 'Assigned to', { reference: 'sys_user' }),
            col('opened_by', 'reference', 'Opened by', { reference: 'sys_user' }),
            col('correlation_id', 'string', 'Correlation ID', { maxLength: 100 }), col('correlation_display', 'string', 'Correlation display'),
            col('work_notes', 'journal_input', 'Work notes'), col('comments', 'journal_input', 'Additional comments'),
            col('close_code', 'string', 'Resolution code'), col('close_notes', 'string', 'Resolution notes'),
            // Base dictionary: impact and urgency 1 High .. 3 Low, default 3; the assignment group and the CI.
            col('impact', 'integer', 'Impact', { defaultValue: '3' }), col('urgency', 'integer', 'Urgency', { defaultValue: '3' }),
            col('assignment_group', 'reference', 'Assignment group', { reference: 'sys_user_group' }),
            col('cmdb_ci', 'reference', 'Configuration item', { reference: 'cmdb_ci' }),
        ],
    },
    {
        name: 'incident', label: 'Incident', display: 'number', extends: 'task', columns: [
            col('caller_id', 'reference', 'Caller', { reference: 'sys_user' }),
            col('incident_state', 'integer', 'Incident state', { defaultValue: '1' }),
            col('category', 'string', 'Category'), col('subcategory', 'string', 'Subcategory'),
            col('reopen_count', 'integer', 'Reopen count', { defaultValue: '0' }),
            col('reopened_by', 'reference', 'Last reopened by', { reference: 'sys_user' }),
            col('reopened_time', 'glide_date_time', 'Last reopened at'),
            // Base dictionary: incident.parent_incident, a reference to incident ("Synchronizing parent and child incidents").
            col('parent_incident', 'reference', 'Parent Incident', { reference: 'incident' }),
        ],
    },
    { name: 'cmdb_ci', label: 'Configuration Item', display: 'name', columns: [col('name', 'string', 'Name')] },
    {
        name: 'sys_user_group', label: 'Group', display: 'name', columns: [
            col('name', 'string', 'Name'), col('active', 'boolean', 'Active', { defaultValue: 'true' }), col('description', 'string', 'Description'),
            col('manager', 'reference', 'Manager', { reference: 'sys_user' }),
        ],
    },
    {
        name: 'sys_user_grmember', label: 'Group Member', columns: [
            col('group', 'reference', 'Group', { reference: 'sys_user_group' }), col('user', 'reference', 'User', { reference: 'sys_user' }),
        ],
    },
    {
        // "GlideSysAttachment - Scoped": metadata in sys_attachment, content in sys_attachment_doc.
        name: 'sys_attachment', label: 'Attachment', display: 'file_name', columns: [
            col('table_name', 'string', 'Table name'), col('table_sys_id', 'string', 'Table sys ID'), col('file_name', 'string', 'File name'),
            col('content_type', 'string', 'Content type'), col('size_bytes', 'integer', 'Size bytes'),
        ],
    },
    {
        name: 'sys_attachment_doc', label: 'Attachment Document', columns: [
            col('sys_attachment', 'reference', 'Attachment', { reference: 'sys_attachment' }), col('position', 'integer', 'Position'), col('data', 'string', 'Data'),
        ],
    },
    {
        name: 'cmn_schedule', label: 'Schedule', display: 'name', columns: [
            col('name', 'string', 'Name'), col('time_zone', 'string', 'Time zone'), col('type', 'string', 'Type'), col('description', 'string', 'Description'),
        ],
    },
    {
        name: 'cmn_schedule_span', label: 'Schedule Entry', display: 'name', columns: [
            col('schedule', 'reference', 'Schedule', { reference: 'cmn_schedule' }), col('name', 'string', 'Name'), col('type', 'string', 'Type'),
            col('start_date_time', 'string', 'Start'), col('end_date_time', 'string', 'End'), col('repeat_type', 'string', 'Repeats'),
            col('repeat_count', 'integer', 'Repeat every'), col('days_of_week', 'string', 'Days of week'), col('all_day', 'boolean', 'All day'),
        ],
    },
    {
        name: 'sys_user', label: 'User', display: 'name', columns: [
            col('user_name', 'string', 'User ID'), col('name', 'string', 'Name'), col('first_name', 'string', 'First name'),
            col('last_name', 'string', 'Last name'), col('email', 'string', 'Email'), col('active', 'boolean', 'Active', { defaultValue: 'true' }),
            // "Time zone" (empty: the system time zone, glide.sys.default.tz; "Set a system time zone", ServiceNow docs).
            col('time_zone', 'string', 'Time zone'),
            // "Password (1 Way Encrypted)" (ServiceNow docs, "Field types"): only a hash is stored; the bench's
            // createUser({ password }) writes it, and basic authentication compares against it.
            col('user_password', 'password', 'Password'),
        ],
    },
    {
        // "Create a basic auth profile" (ServiceNow docs): a name, a user name and a password (Password2,
        // stored encrypted); ATF's Send REST Request - Inbound step authenticates with one.
        name: 'sys_auth_profile_basic', label: 'Basic Auth Configuration', display: 'name', columns: [
            col('name', 'string', 'Name'), col('username', 'string', 'Username'), col('password', 'password2', 'Password'),
        ],
    },
    {
        // Connections & Credentials ("Create a Connection & Credential alias", "Create an HTTP(s) connection",
        // "Credentials [discovery_credentials] table", ServiceNow docs; the SDK's alias-template-guide names
        // http_connection.connection_url and api_key_credentials.api_key). Read by scripts only through
        // sn_cc.ConnectionInfoProvider (connections.ts). sys_scope is the record's Application ("Scope
        // protections for Credentials and Connections").
        name: 'sys_alias', label: 'Connection & Credential Alias', display: 'name', columns: [
            col('name', 'string', 'Name'), col('id', 'string', 'ID'), col('type', 'string', 'Type'),
            col('connection_type', 'string', 'Connection type'), col('parent', 'reference', 'Parent', { reference: 'sys_alias' }),
            col('multiple_connections', 'boolean', 'Support multiple active connections'), col('retry_policy', 'string', 'Retry policy'),
            col('description', 'string', 'Description'), col('sys_scope', 'string', 'Application'),
        ],
    },
    {
        name: 'discovery_credentials', label: 'Credentials', display: 'name', columns: [
            col('name', 'string', 'Name'), col('active', 'boolean', 'Active', { defaultValue: 'true' }), col('sys_scope', 'string', 'Application'),
        ],
    },
    {
        name: 'api_key_credentials', label: 'API Key Credentials', display: 'name', extends: 'discovery_credentials', columns: [
            col('api_key', 'password2', 'API Key'),
        ],
    },
    {
        name: 'sys_connection', label: 'Connection', display: 'name', columns: [
            col('name', 'string', 'Name'), col('connection_alias', 'reference', 'Connection alias', { reference: 'sys_alias' }),
            col('credential', 'reference', 'Credential', { reference: 'discovery_credentials' }),
            col('active', 'boolean', 'Active', { defaultValue: 'true' }), col('sys_scope', 'string', 'Application'),
        ],
    },
    {
        name: 'http_connection', label: 'HTTP(s) Connection', display: 'name', extends: 'sys_connection', columns: [
            // "Create an HTTP(s) connection": Use MID Server, then MID Selection (Auto-Select MID Server,
            // Specific MID Server, Specific MID Cluster) and the specific MID Server. Column names and
            // choice values as the SDK's Flow script step names them (custom-action-api: use_mid,
            // mid_selection 'auto_select' | 'specific_mid_server' | 'specific_mid_cluster', mid_server);
            // mid_server a reference to the MID Server record (ecc_agent), so its value is a sys_id.
            col('connection_url', 'string', 'Connection URL'), col('use_mid', 'boolean', 'Use MID server'),
            col('mid_selection', 'string', 'MID Selection'), col('mid_server', 'reference', 'MID Server', { reference: 'ecc_agent' }),
        ],
    },
    {
        // MID Server > Servers ("MIDServer - Global": a MID server has a name and a sys_id;
        // RESTMessageV2.setMIDServer takes the name).
        name: 'ecc_agent', label: 'MID Server', display: 'name', columns: [
            col('name', 'string', 'Name'), col('status', 'string', 'Status'),
        ],
    },
    {
        name: 'sys_user_has_role', label: 'User Role', columns: [
            col('user', 'reference', 'User', { reference: 'sys_user' }), col('role', 'reference', 'Role', { reference: 'sys_user_role' }),
        ],
    },
    {
        // Form related lists per table and view; the Default view's sys_ui_view sys_id is 'Default view'.
        name: 'sys_ui_related_list', label: 'Related Lists', columns: [
            col('name', 'string', 'Table'), col('view', 'string', 'View'), col('calling_table', 'string', 'Calling table'),
        ],
    },
    {
        name: 'sys_ui_related_list_entry', label: 'Related List Entry', columns: [
            col('list_id', 'reference', 'List', { reference: 'sys_ui_related_list' }), col('related_list', 'string', 'Related list'),
            col('position', 'integer', 'Position'),
        ],
    },
    {
        name: 'sysevent', label: 'Event', display: 'name', columns: [
            col('name', 'string', 'Name'), col('table', 'string', 'Table'), col('instance', 'string', 'Instance'),
            col('parm1', 'string', 'Parm1'), col('parm2', 'string', 'Parm2'), col('queue', 'string', 'Queue'),
            col('state', 'string', 'State'), col('user_id', 'string', 'User ID'), col('user_name', 'string', 'User name'),
            col('process_on', 'glide_date_time', 'Process on'),
        ],
    },
    {
        name: 'sys_journal_field', label: 'Journal Entry', columns: [
            col('name', 'string', 'Table'), col('element', 'string', 'Element'), col('element_id', 'string', 'Element ID'),
            col('value', 'string', 'Value'),
        ],
    },
    {
        name: 'syslog', label: 'System Log', columns: [
            col('level', 'string', 'Level'), col('message', 'string', 'Message'), col('source', 'string', 'Source'),
        ],
    },
]

/**
 * Platform tables every instance has whose rows the bench keeps as given (any
 * field, as text): configuration the package installs or a test sets up. Among
 * them sys_auto_flush, whose policies the Table Cleaner applies (table-cleaner.ts).
 */
export const OPEN_PLATFORM_TABLES = ['sys_properties', 'sys_choice', 'sys_user_role', 'sys_user_role_contains', 'sys_ui_message', 'sys_update_xml', 'sys_auto_flush']

export class Schema {
    private readonly tables = new Map<string, TableSchema>()
    /** lineage() is on every field access: cached, and dropped whenever a table is (re)defined. */
    private readonly lineages = new Map<string, readonly string[]>()

    constructor() {
        for (const table of [...PLATFORM_TABLES, ...CMDB_TABLES]) this.define(table.name, table.label, table.columns, { display: table.display, extends: table.extends })
        for (const table of OPEN_PLATFORM_TABLES) this.define(table, table, [], { open: true })
    }

    define(name: string, label: string, columns: Column[], options: { display?: string; extends?: string; open?: boolean } = {}): TableSchema {
        const existing = this.tables.get(name)
        const table: TableSchema = existing ?? { name, label, display: options.display, extends: options.extends, columns: new Map(), open: options.open ?? false }
        if (!existing) for (const column of SYSTEM_COLUMNS) table.columns.set(column.name, column)
        for (const column of columns) table.columns.set(column.name, column)
        this.tables.set(name, table)
        this.lineages.clear()
        return table
    }

    defineFromPackage(definition: TableDefinition): void {
        this.define(definition.name, definition.label, definition.columns.map((column) => ({
            name: column.name,
            type: column.type,
            label: column.label,
            defaultValue: column.defaultValue,
            reference: column.reference,
            maxLength: column.maxLength,
            mandatory: column.mandatory,
        })), { display: definition.display, extends: definition.extends })
    }

    has(table: string): boolean {
        return this.tables.has(table)
    }

    table(name: string): TableSchema {
        const table = this.tables.get(name)
        if (!table) throw new Error(`Table "${name}" does not exist on the bench instance`)
        return table
    }

    /** The table and its ancestors, nearest first (incident → task). */
    lineage(name: string): readonly string[] {
        let out = this.lineages.get(name)
        if (!out) {
            const chain: string[] = []
            for (let current: string | undefined = name; current; current = this.tables.get(current)?.extends) chain.push(current)
            out = Object.freeze(chain)
            this.lineages.set(name, out)
        }
        return out
    }

    column(table: string, field: string): Column | undefined {
        for (const name of this.lineage(table)) {
            const column = this.tables.get(name)?.columns.get(field)
            if (column) return column
        }
        const schema = this.tables.get(table)
        return schema?.open ? { name: field, type: 'string', label: field } : undefined
    }

    columns(table: string): Column[] {
        const seen = new Map<string, Column>()
        for (const name of [...this.lineage(table)].reverse()) {
            for (const column of this.tables.get(name)?.columns.values() ?? []) seen.set(column.name, column)
        }
        return [...seen.values()]
    }

    querySchema(table: string): QuerySchema {
        return {
            hasField: (field) => this.column(table, field.split('.')[0]) !== undefined,
            fieldType: (field) => this.column(table, field)?.type ?? 'string',
        }
    }
}
