// The forms and lists a person meets, as the built package installs them
// (fluent/forms, fluent/lists, the incident form's fix script): each table's
// Default form starts with what a person sets or reads first, keeps the
// connector's bookkeeping under Diagnostics, labels say what a field is (the
// how goes in its hint), choice fields are dropdowns of words, related lists
// sit below servers and incidents, and lists show what an admin scans, newest
// first. Each check is a function of an installed instance; the last block
// breaks one shipped record per check and sees it fail.
import { DEFAULT_APP_DIR, Instance } from '../bench/instance'
import { loadPackage, type AppPackage, type PackageRecord } from '../bench/records'

const TABLES = ['x_opcon_server', 'x_opcon_template', 'x_opcon_binding', 'x_opcon_action', 'x_opcon_failure', 'x_opcon_storm'] as const
type AppTable = typeof TABLES[number]

/** What a person sets (server, template, link) or reads (action, failure) first: the form's first section holds all of it. */
const FIRST: Record<AppTable, string[]> = {
    x_opcon_server: ['name', 'address', 'base_url', 'active', 'collect_failures', 'incident_template'],
    x_opcon_template: ['name', 'caller', 'assignment_group', 'impact', 'urgency', 'active'],
    x_opcon_binding: ['incident', 'address', 'daily_job_id', 'note'],
    x_opcon_action: ['job_name', 'action', 'state', 'incident', 'message'],
    x_opcon_failure: ['job_name', 'state', 'outcome', 'incident', 'note'],
    x_opcon_storm: ['key_kind', 'key_value', 'server', 'parent_incident', 'failure_count'],
}
/** Tables people write through the form: every mandatory field is in the first section. */
const WRITTEN_BY_PEOPLE: AppTable[] = ['x_opcon_server', 'x_opcon_template', 'x_opcon_binding']
/** The connector's bookkeeping (claims, run keys, resend checks, raw call logs): only under Diagnostics, the last section. */
const INTERNAL: Record<AppTable, string[]> = {
    x_opcon_server: [],
    x_opcon_template: [],
    x_opcon_binding: ['attempts', 'next_check'],
    x_opcon_action: ['claim', 'stale_after', 'reconcile', 'job_before', 'held_from', 'polls', 'noted'],
    x_opcon_failure: ['run_key', 'job_uid', 'claim', 'claimed_until', 'log_action', 'calls', 'attempts', 'next_attempt'],
    x_opcon_storm: ['claim'],
}
/** The columns an admin scans: where it stands, which job, which incident, the last word, when. */
const SCANNED: Partial<Record<AppTable, string[]>> = {
    x_opcon_action: ['state', 'job_name', 'incident', 'message', 'sys_updated_on'],
    x_opcon_failure: ['state', 'job_name', 'incident', 'outcome', 'sys_updated_on'],
    x_opcon_binding: ['state', 'job_name', 'incident', 'sys_updated_on'],
}
const NEWEST_FIRST = { field: 'sys_created_on', direction: 'DESC' }
/** How each list opens (for anyone who has not sorted it): logs newest first, templates in the order they are tried, servers by name. */
const ORDER: Record<AppTable, { field: string; direction: string }> = {
    x_opcon_action: NEWEST_FIRST, x_opcon_failure: NEWEST_FIRST, x_opcon_binding: NEWEST_FIRST, x_opcon_storm: NEWEST_FIRST,
    x_opcon_template: { field: 'order', direction: 'ASC' }, x_opcon_server: { field: 'name', direction: 'ASC' },
}
/** The incident form's lists the bench seeds as the platform's (instance.ts seedPlatform). */
const PLATFORM_INCIDENT_LISTS = ['task_sla.task', 'incident_task.incident', 'task_ci.task']
const INCIDENT_LISTS = ['x_opcon_action.incident', 'x_opcon_failure.incident', 'x_opcon_binding.incident']
/** Below a server: its job actions and failed jobs. */
const SERVER_LISTS = ['x_opcon_action.server', 'x_opcon_failure.server']

const columnsOf = (instance: Instance, table: string) => instance.pkg.tables.find((t) => t.name === table)!.columns

// ---------- the checks: each returns what is wrong, in words ----------

function formProblems(instance: Instance): string[] {
    const problems: string[] = []
    for (const table of TABLES) {
        const form = instance.formLayout(table)
        if (!form) {
            problems.push(`${table}: no Default form`)
            continue
        }
        const first = form[0].fields
        for (const field of FIRST[table]) if (!first.includes(field)) problems.push(`${table}: ${field} is not in the first section "${form[0].caption}"`)
        const all = form.flatMap((section) => section.fields)
        for (const field of new Set(all.filter((f, i) => all.indexOf(f) !== i))) problems.push(`${table}: ${field} is on the form twice`)
        for (const column of columnsOf(instance, table)) {
            if (!all.includes(column.name)) problems.push(`${table}: ${column.name} is on no section of the form`)
            if (column.mandatory && WRITTEN_BY_PEOPLE.includes(table) && !first.includes(column.name)) problems.push(`${table}: mandatory ${column.name} is not in the first section`)
        }
        for (const field of all) if (!columnsOf(instance, table).some((c) => c.name === field)) problems.push(`${table}: the form names ${field}, which the table lacks`)
    }
    return problems
}

function internalFieldProblems(instance: Instance): string[] {
    const problems: string[] = []
    for (const table of TABLES) {
        const form = instance.formLayout(table) ?? []
        for (const [index, section] of form.entries()) {
            const internal = section.fields.filter((field) => INTERNAL[table].includes(field))
            if (section.caption === 'Diagnostics' && index !== form.length - 1) problems.push(`${table}: Diagnostics is not the last section`)
            if (section.caption !== 'Diagnostics' && internal.length > 0) problems.push(`${table}: ${internal.join(', ')} on section "${section.caption}"`)
        }
    }
    return problems
}

const HINT_IN_LABEL = /[()]|\be\.?g\.|\bempty:|\bi\.e\./i

function labelProblems(instance: Instance): string[] {
    const problems: string[] = []
    for (const table of TABLES) {
        for (const column of columnsOf(instance, table)) {
            if (HINT_IN_LABEL.test(column.label)) problems.push(`${table}.${column.name}: label "${column.label}" holds a hint`)
        }
        for (const doc of instance.store.rows('sys_documentation').filter((row) => row.name === table)) {
            if (HINT_IN_LABEL.test(doc.label ?? '')) problems.push(`${table}.${doc.element}: label "${doc.label}" holds a hint`)
        }
    }
    return problems
}

function choiceProblems(instance: Instance): string[] {
    const problems: string[] = []
    for (const table of TABLES) {
        for (const column of columnsOf(instance, table).filter((c) => c.type === 'choice')) {
            // 0 (none) shows the stored value in a text box; 1 and 3 are dropdowns of the choices' labels (sdk-core Choice.js).
            if (column.choice !== 1 && column.choice !== 3) problems.push(`${table}.${column.name}: no dropdown (dictionary choice ${column.choice})`)
            const choices = instance.store.rows('sys_choice').filter((row) => row.name === table && row.element === column.name)
            if (choices.length === 0) problems.push(`${table}.${column.name}: no choices`)
            for (const choice of choices) {
                if (!/[A-Za-z]{2}/.test(choice.label ?? '') || choice.label === choice.value) problems.push(`${table}.${column.name}: choice ${choice.value} shows "${choice.label}"`)
            }
        }
    }
    return problems
}

function relatedListProblems(instance: Instance): string[] {
    const problems: string[] = []
    const server = instance.relatedLists('x_opcon_server') ?? []
    for (const list of SERVER_LISTS) if (!server.includes(list)) problems.push(`x_opcon_server: no related list ${list}`)
    const incident = instance.relatedLists('incident') ?? []
    const expected = [...PLATFORM_INCIDENT_LISTS, ...INCIDENT_LISTS]
    if (JSON.stringify(incident) !== JSON.stringify(expected)) problems.push(`incident: related lists ${incident.join(', ')}; expected ${expected.join(', ')}`)
    for (const [parent, lists] of [['incident', INCIDENT_LISTS], ['x_opcon_server', SERVER_LISTS]] as const) {
        for (const list of lists) {
            const table = list.split('.')[0]
            const columns = instance.listColumns(table, { parent })
            if (!columns?.includes('state')) problems.push(`${table} below ${parent}: columns ${columns?.join(', ') ?? 'none shipped'}`)
        }
    }
    return problems
}

function listProblems(instance: Instance): string[] {
    const problems: string[] = []
    for (const table of TABLES) {
        const columns = instance.listColumns(table)
        if (!columns) {
            problems.push(`${table}: no list layout`)
            continue
        }
        for (const field of SCANNED[table] ?? []) if (!columns.includes(field)) problems.push(`${table}: the list lacks ${field}`)
        const order = instance.listOrder(table, { userName: 'agent' })
        if (order.field !== ORDER[table].field || order.direction !== ORDER[table].direction) {
            problems.push(`${table}: the list opens by ${order.field} ${order.direction} (${order.from})`)
        }
    }
    // Each module of the menu opens a table that has a form and a list, sorted as above.
    for (const module of instance.store.rows('sys_app_module').filter((row) => row.link_type === 'LIST' || row.link_type === 'NEW')) {
        const table = module.name as AppTable
        if (!instance.formLayout(table) || !instance.listColumns(table)) problems.push(`module ${module.title}: ${table} has no form or list layout`)
        if (module.link_type !== 'LIST') continue
        const order = instance.listOrder(table, { query: module.filter ?? '', userName: 'agent' })
        if (order.field !== ORDER[table].field || order.direction !== ORDER[table].direction) problems.push(`module ${module.title}: opens by ${order.field} ${order.direction}`)
    }
    return problems
}

/** Layouts are shipped only for the app's tables: one for a platform table (incident) would replace the instance's own. */
function foreignLayoutProblems(instance: Instance): string[] {
    const own = new Set<string>(TABLES)
    return instance.pkg.records
        .filter((record) => ['sys_ui_form', 'sys_ui_section', 'sys_ui_related_list', 'sys_ui_list'].includes(record.table) && record.action !== 'DELETE')
        .filter((record) => !own.has(record.fields.name))
        .map((record) => `${record.table} ships a layout for ${record.fields.name}`)
}

// ---------- the shipped package passes every check ----------

const CHECKS = { formProblems, internalFieldProblems, labelProblems, choiceProblems, relatedListProblems, listProblems, foreignLayoutProblems }

describe('the shipped forms and lists', () => {
    let instance: Instance
    beforeAll(() => {
        instance = Instance.load()
        instance.createUser({ userName: 'agent', name: 'Agent', roles: ['x_opcon.user'] })
    })

    test('every table has a Default form whose first section holds what a person sets or reads first; every field is on it once, mandatory ones first where people write', () => {
        expect(formProblems(instance)).toEqual([])
        expect(instance.formLayout('x_opcon_server')![0].fields.slice(0, 3)).toEqual(['name', 'address', 'base_url'])
    })

    test('claims, run keys, resend checks and raw call logs are only under Diagnostics, the last section', () => {
        expect(internalFieldProblems(instance)).toEqual([])
        expect(instance.formLayout('x_opcon_failure')!.at(-1)).toMatchObject({ caption: 'Diagnostics', fields: expect.arrayContaining(['run_key', 'calls']) })
    })

    test('no label holds a hint; the hints are the fields\' help', () => {
        expect(labelProblems(instance)).toEqual([])
        const doc = (table: string, element: string) => instance.store.rows('sys_documentation').find((row) => row.name === table && row.element === element)
        expect(doc('x_opcon_server', 'address')).toMatchObject({ label: 'Address', hint: expect.stringContaining('host:port') })
        expect(doc('x_opcon_template', 'schedule_pattern')).toMatchObject({ label: 'Schedule name pattern', hint: expect.stringContaining('empty: any schedule') })
    })

    test('every choice field is a dropdown of words (assumed: with the dictionary\'s Choice at none a form shows the stored value)', () => {
        expect(choiceProblems(instance)).toEqual([])
        const id = instance.insert('x_opcon_action', { action: 'markFixed', state: 'sent' })!
        const shown = instance.runScript(`var gr = new GlideRecord('x_opcon_action'); gr.get('${id}'); gr.getDisplayValue('state') + '|' + gr.getDisplayValue('action')`)
        expect(shown).toBe('Sent, awaiting OpCon|Mark fixed')
    })

    test('a server lists its job actions and failed jobs; an incident gets its failed jobs and job links next to OpCon Actions, after the platform\'s lists', () => {
        expect(relatedListProblems(instance)).toEqual([])
    })

    test('lists show what an admin scans and open newest first (templates in the order tried, servers by name), from the menu too', () => {
        expect(listProblems(instance)).toEqual([])
        expect(instance.listColumns('x_opcon_action')).toEqual(['job_name', 'action', 'state', 'incident', 'message', 'requested_by', 'sys_updated_on'])
    })

    test('no layout is shipped for a table the app does not own', () => {
        expect(foreignLayoutProblems(instance)).toEqual([])
    })
})

// ---------- each check fails when one shipped record is broken ----------

describe('each check fails on a package with one record broken', () => {
    let pristine: AppPackage
    beforeAll(() => {
        pristine = loadPackage(DEFAULT_APP_DIR)
    })

    function brokenInstance(mutate: (pkg: AppPackage) => void): Instance {
        const pkg = structuredClone(pristine)
        mutate(pkg)
        const instance = new Instance(pkg)
        instance.createUser({ userName: 'agent', name: 'Agent', roles: ['x_opcon.user'] })
        return instance
    }
    const one = (pkg: AppPackage, table: string, where: (record: PackageRecord) => boolean): PackageRecord => {
        const found = pkg.records.filter((record) => record.table === table && where(record))
        if (found.length !== 1) throw new Error(`expected one ${table} record to break, found ${found.length}`)
        return found[0]
    }
    const sectionOf = (pkg: AppPackage, table: string, caption: string) => one(pkg, 'sys_ui_section', (r) => r.fields.name === table && r.fields.caption === caption)
    const elementOf = (pkg: AppPackage, section: PackageRecord, field: string) => one(pkg, 'sys_ui_element', (r) => r.fields.sys_ui_section === section.sysId && r.fields.element === field)

    test.each<[string, keyof typeof CHECKS, (pkg: AppPackage) => void, RegExp]>([
        ['the server\'s base URL moved to the Connection section', 'formProblems', (pkg) => {
            elementOf(pkg, sectionOf(pkg, 'x_opcon_server', 'OpCon server'), 'base_url').fields.sys_ui_section = sectionOf(pkg, 'x_opcon_server', 'Connection').sysId
        }, /x_opcon_server: base_url is not in the first section/],
        ['the template form left out', 'formProblems', (pkg) => {
            pkg.records = pkg.records.filter((r) => !(r.table === 'sys_ui_form' && r.fields.name === 'x_opcon_template'))
        }, /x_opcon_template: no Default form/],
        ['the link\'s note dropped from the form', 'formProblems', (pkg) => {
            const note = elementOf(pkg, sectionOf(pkg, 'x_opcon_binding', 'Job link'), 'note')
            pkg.records = pkg.records.filter((r) => r !== note)
        }, /x_opcon_binding: note is not in the first section/],
        ['a delivery claim on the job action\'s first section', 'internalFieldProblems', (pkg) => {
            elementOf(pkg, sectionOf(pkg, 'x_opcon_action', 'Diagnostics'), 'claim').fields.sys_ui_section = sectionOf(pkg, 'x_opcon_action', 'Job action').sysId
        }, /x_opcon_action: claim on section "Job action"/],
        ['a hint back in the address label', 'labelProblems', (pkg) => {
            pkg.tables.find((t) => t.name === 'x_opcon_server')!.columns.find((c) => c.name === 'address')!.label = 'Address (host:port)'
        }, /x_opcon_server.address: label "Address \(host:port\)" holds a hint/],
        ['a hint back in a field label\'s documentation', 'labelProblems', (pkg) => {
            one(pkg, 'sys_documentation', (r) => r.fields.name === 'x_opcon_template' && r.fields.element === 'order').fields.label = 'Order (lower first)'
        }, /x_opcon_template.order: label "Order \(lower first\)" holds a hint/],
        ['the failure state without its dropdown', 'choiceProblems', (pkg) => {
            pkg.tables.find((t) => t.name === 'x_opcon_failure')!.columns.find((c) => c.name === 'state')!.choice = 0
        }, /x_opcon_failure.state: no dropdown \(dictionary choice 0\)/],
        ['a choice that shows a number', 'choiceProblems', (pkg) => {
            one(pkg, 'sys_choice', (r) => r.fields.name === 'x_opcon_template' && r.fields.element === 'impact' && r.fields.value === '2').fields.label = '2'
        }, /x_opcon_template.impact: choice 2 shows "2"/],
        ['the server\'s failed jobs list dropped', 'relatedListProblems', (pkg) => {
            pkg.records = pkg.records.filter((r) => !(r.table === 'sys_ui_related_list_entry' && r.fields.related_list === 'x_opcon_failure.server'))
        }, /x_opcon_server: no related list x_opcon_failure.server/],
        ['the incident\'s job links not among the lists the fix script adds', 'relatedListProblems', (pkg) => {
            const module = one(pkg, 'sys_module', (r) => r.fields.path?.endsWith('/src/server/admin/form-layout.ts'))
            module.fields.content = module.fields.content.replace("{ relatedList: 'x_opcon_binding.incident', title: 'OpCon Job Links' },", '')
        }, /incident: related lists task_sla.task, incident_task.incident, task_ci.task, x_opcon_action.incident, x_opcon_failure.incident;/],
        ['the failed jobs\' columns below an incident left out', 'relatedListProblems', (pkg) => {
            pkg.records = pkg.records.filter((r) => !(r.table === 'sys_ui_list' && r.fields.name === 'x_opcon_failure' && r.fields.parent === 'incident'))
        }, /x_opcon_failure below incident: columns none shipped/],
        ['the job actions list without its state column', 'listProblems', (pkg) => {
            const list = one(pkg, 'sys_ui_list', (r) => r.fields.name === 'x_opcon_action' && (r.fields.parent ?? '') === '')
            pkg.records = pkg.records.filter((r) => !(r.table === 'sys_ui_list_element' && r.fields.list_id === list.sysId && r.fields.element === 'state'))
        }, /x_opcon_action: the list lacks state/],
        ['the failed jobs\' sort direction left out', 'listProblems', (pkg) => {
            pkg.records = pkg.records.filter((r) => !(r.table === 'sys_user_preference' && r.fields.name === 'x_opcon_failure.db.order.direction'))
        }, /x_opcon_failure: the list opens by sys_created_on ASC \(system preference\)/],
        ['the Job Links module sorting oldest first', 'listProblems', (pkg) => {
            one(pkg, 'sys_app_module', (r) => r.fields.title === 'Job Links').fields.filter = 'ORDERBYsys_created_on'
        }, /module Job Links: opens by sys_created_on ASC/],
        ['a related-list layout shipped for incident', 'foreignLayoutProblems', (pkg) => {
            const server = one(pkg, 'sys_ui_related_list', (r) => r.fields.name === 'x_opcon_server')
            pkg.records.push({ ...structuredClone(server), sysId: 'f00', fields: { ...server.fields, sys_id: 'f00', name: 'incident' } })
        }, /sys_ui_related_list ships a layout for incident/],
    ])('%s: %s reports it', (_what, check, mutate, expected) => {
        const problems = CHECKS[check](brokenInstance(mutate))
        expect(problems.join('\n')).toMatch(expected)
    })
})
