// Incident templates on the built package: the save-time rule, who may edit
// them, and which template a failed job gets (pattern, the server's own, Default).
import { useConnector, type Connector } from './support/connector'

let c: Connector
const connector = useConnector()

const DEFAULT_TEMPLATE_ID = '62ff21c69ec14baea181cc6371426ec1'
const MODULE = 'x_opcon/opcon-connector/1.0.0/src/server/templates/templates.ts'

let caller = ''
let retiredUser = ''
let group = ''
let retiredGroup = ''

beforeAll(() => {
    c = connector()
    // The bench has no groups or schedules yet: the base tables' columns the app
    // reads, as "Create a user group" (sys_user_group: Name, Active) and
    // "Schedule fields" (cmn_schedule: Name, Time Zone; no Active) describe them.
    c.instance.schema.define('sys_user_group', 'Group', [
        { name: 'name', type: 'string', label: 'Name' },
        { name: 'active', type: 'boolean', label: 'Active', defaultValue: 'true' },
    ], { display: 'name' })
    c.instance.schema.define('cmn_schedule', 'Schedule', [
        { name: 'name', type: 'string', label: 'Name' },
        { name: 'time_zone', type: 'string', label: 'Time zone' },
    ], { display: 'name' })
    caller = c.instance.createUser({ userName: 'opcon.caller', name: 'OpCon Caller' })
    retiredUser = c.instance.createUser({ userName: 'retired.caller', name: 'Retired Caller' })
    c.instance.update('sys_user', retiredUser, { active: false })
    group = c.instance.insert('sys_user_group', { name: 'Batch Operations', active: true })!
    retiredGroup = c.instance.insert('sys_user_group', { name: 'Old Batch Team', active: false })!
})

/** The rule's messages since `from`, without the platform's own "Invalid insert" / "Invalid update" after an abort. */
function errorsSince(from: number): string[] {
    return c.instance.messages.slice(from).filter((m) => m.kind === 'error').map((m) => m.message).filter((m) => !/^Invalid (insert|update)$/.test(m))
}

function templates(): string[] {
    return c.instance.query('x_opcon_template').map((row) => row.name).sort()
}

const FACTS = {
    address: 'opcon.example:9010', server: 'opcon-test', dailyJobId: '20260105|12|1|PAYROLL-EXTRACT', schedule: 'PAYROLL', job: 'PAYROLL-EXTRACT',
    machine: 'winagent01', termination: '-1', terminationDescription: 'Exit code -1', date: '2026-01-05', failedAt: '2026-01-05T03:12:45',
    jobNumber: '5521', previousIncident: '', text: '',
}

function valuesFor(serverSysId: string, scheduleName: string, jobName: string): Record<string, unknown> {
    const code = `JSON.stringify(require('${MODULE}').incidentValuesFor(${JSON.stringify(serverSysId)}, ${JSON.stringify({ scheduleName, jobName })}, ${JSON.stringify({ ...FACTS, schedule: scheduleName, job: jobName })}))`
    // As the failure handling will run it: background processing, in the app's scope.
    return JSON.parse(String(c.instance.runScript(code, { interactive: false })))
}

describe('the shipped Default template', () => {
    test('is installed with the sys_id templates.ts falls back to, order 1000, no patterns, no server', () => {
        const row = c.instance.get('x_opcon_template', DEFAULT_TEMPLATE_ID)!
        expect(row).toMatchObject({ name: 'Default', order: '1000', attach_job_log: 'true', short_description: 'OpCon job {job} failed in schedule {schedule} on {date}' })
        expect([row.schedule_pattern ?? '', row.job_pattern ?? '', row.server ?? '']).toEqual(['', '', ''])
    })

    test('the menu lists templates for x_opcon.admin', () => {
        expect(c.instance.query('sys_app_module', 'title=Incident Templates')).toEqual([expect.objectContaining({ name: 'x_opcon_template', link_type: 'LIST' })])
    })
})

describe('saving a template', () => {
    test('naming a missing group is refused, in words', () => {
        const from = c.instance.messages.length
        expect(c.instance.insert('x_opcon_template', { name: 'ghost group', assignment_group: 'f'.repeat(32) }, { as: 'opcon.admin' })).toBeNull()
        expect(errorsSince(from)).toEqual(['Assignment group: the record it names does not exist (it may have been deleted). Choose an existing one or clear the field.'])
        expect(templates()).not.toContain('ghost group')
    })

    test('naming a missing caller, an inactive caller or an inactive after-hours group is refused, each in words', () => {
        const from = c.instance.messages.length
        expect(c.instance.insert('x_opcon_template', { name: 'ghost caller', caller: 'e'.repeat(32) }, { as: 'opcon.admin' })).toBeNull()
        expect(c.instance.insert('x_opcon_template', { name: 'retired', caller: retiredUser, after_hours_group: retiredGroup }, { as: 'opcon.admin' })).toBeNull()
        expect(errorsSince(from)).toEqual([
            'Caller: the record it names does not exist (it may have been deleted). Choose an existing one or clear the field.',
            'Caller: the record it names is inactive. Choose an active one or clear the field.',
            'After-hours assignment group: the record it names is inactive. Choose an active one or clear the field.',
        ])
        expect(templates()).not.toContain('retired')
    })

    test('a missing business-hours schedule and a bad pattern are refused; the message is escaped for the form', () => {
        const from = c.instance.messages.length
        expect(c.instance.insert('x_opcon_template', {
            name: 'bad', after_hours_schedule: 'd'.repeat(32), description: 'Job <b>{jobname}</b>', job_pattern: 'PAY[0-9]',
        }, { as: 'opcon.admin' })).toBeNull()
        const errors = errorsSince(from)
        expect(errors[0]).toBe('Business hours: the record it names does not exist (it may have been deleted). Choose an existing one or clear the field.')
        expect(errors[1]).toMatch(/^Description: \{jobname\} is not a placeholder the connector knows/)
        expect(errors[2]).toMatch(/^Job name pattern: "PAY\[0-9\]" uses/)
        expect(errors).toHaveLength(3)
    })

    test('an edit that breaks a saved template is refused too, and the row keeps its values', () => {
        const id = c.instance.insert('x_opcon_template', { name: 'to edit', assignment_group: group, order: 900, job_pattern: 'NEVER-MATCHES' }, { as: 'opcon.admin' })!
        expect(c.instance.update('x_opcon_template', id, { assignment_group: 'a'.repeat(32) }, { as: 'opcon.admin' })).toBeNull()
        expect(c.instance.get('x_opcon_template', id)!.assignment_group).toBe(group)
    })

    test('a valid one saves', () => {
        const schedule = c.instance.insert('cmn_schedule', { name: '8-5 weekdays' })!
        const id = c.instance.insert('x_opcon_template', {
            name: 'valid', caller, assignment_group: group, after_hours_schedule: schedule, order: 950, job_pattern: 'NEVER-MATCHES-EITHER',
            short_description: 'Batch failure: {job}', description: 'Schedule {schedule}, job {job}.',
        }, { as: 'opcon.admin' })
        expect(id).not.toBeNull()
        expect(c.instance.get('x_opcon_template', id!)).toMatchObject({ caller, assignment_group: group, after_hours_schedule: schedule })
    })

    test('only x_opcon.admin reads templates: an agent sees none, through ACL-enforced GlideRecord', () => {
        const count = (as: string) => Number(c.instance.runScript(`var t = new GlideRecordSecure('x_opcon_template'); t.query(); var n = 0; while (t.next()) n++; n;`, { as }))
        expect(count('agent')).toBe(0)
        expect(count('opcon.admin')).toBeGreaterThan(0)
        expect(c.instance.insert('x_opcon_template', { name: 'by agent' }, { as: 'agent', form: true })).toBeNull()
    })
})

describe('incidentValuesFor', () => {
    let serverTemplate = ''

    beforeAll(() => {
        c.instance.insert('x_opcon_template', {
            name: 'Payroll', order: 10, schedule_pattern: 'pay*', job_pattern: '*-EXTRACT', assignment_group: group, caller, impact: '1', urgency: '2',
            category: 'software', description: 'Payroll extract {job} failed on {machine}.',
        }, { as: 'opcon.admin' })
        c.instance.insert('x_opcon_template', { name: 'Other server only', order: 5, server: 'b'.repeat(32) }, { as: 'opcon.admin' })
        serverTemplate = c.instance.insert('x_opcon_template', {
            name: 'Server fallback', order: 2000, job_pattern: 'NO-SUCH-JOB', impact: '2', urgency: '2', attach_job_log: false,
        }, { as: 'opcon.admin' })!
    })

    test('picks the first template whose patterns match, and renders it', () => {
        const values = valuesFor(c.serverId, 'PAYROLL', 'PAYROLL-EXTRACT')
        expect(values).toMatchObject({
            template: 'Payroll', source: 'matched', assignment_group: group, caller_id: caller, impact: '1', urgency: '2', category: 'software',
            short_description: 'OpCon job PAYROLL-EXTRACT failed in schedule PAYROLL on 2026-01-05', attachJobLog: true,
        })
        expect(String(values.description)).toMatch(/^Payroll extract PAYROLL-EXTRACT failed on winagent01\.\n\nOpCon job:\nSchedule: PAYROLL\n/)
        expect(String(values.description)).toContain('Daily job id: 20260105|12|1|PAYROLL-EXTRACT')
    })

    test('no pattern matches and the server names no template: the shipped Default', () => {
        c.instance.update('x_opcon_server', c.serverId, { incident_template: '' }, { as: 'opcon.admin' })
        // Impact 2 and urgency 2: priority 3 - Moderate under the base Priority Lookup Rules.
        expect(valuesFor(c.serverId, 'BILLING', 'INVOICES')).toMatchObject({ template: 'Default', source: 'default', impact: '2', urgency: '2', assignment_group: '' })
    })

    test('no pattern matches: the server\'s own template comes before the Default', () => {
        expect(c.instance.update('x_opcon_server', c.serverId, { incident_template: serverTemplate }, { as: 'opcon.admin' })).not.toBeNull()
        expect(valuesFor(c.serverId, 'BILLING', 'INVOICES')).toMatchObject({ template: 'Server fallback', source: 'server', impact: '2', attachJobLog: false })
        // A pattern match still wins over the server's template.
        expect(valuesFor(c.serverId, 'PAYROLL', 'PAYROLL-EXTRACT')).toMatchObject({ template: 'Payroll' })
        c.instance.update('x_opcon_server', c.serverId, { incident_template: '' }, { as: 'opcon.admin' })
    })

    test('reads the templates in one query', () => {
        const { queries } = c.instance.captureQueries(() => valuesFor(c.serverId, 'PAYROLL', 'PAYROLL-EXTRACT'))
        expect(queries.filter((q) => q.table === 'x_opcon_template')).toHaveLength(1)
    })
})

describe('the server\'s new fields', () => {
    test('"Open incidents for failed jobs" is off on a new server; x_opcon.admin reads both new fields', () => {
        expect(c.instance.get('x_opcon_server', c.serverId)!.collect_failures).toBe('0')
        expect(c.instance.readAsUser('x_opcon_server', c.serverId, 'opcon.admin')).toHaveProperty('collect_failures')
        expect(c.instance.readAsUser('x_opcon_server', c.serverId, 'opcon.admin')).toHaveProperty('incident_template')
        expect(c.instance.query('sys_dictionary', 'name=x_opcon_server^element=collect_failures')).toEqual([expect.objectContaining({ column_label: 'Open incidents for failed jobs' })])
    })
})

describe('Preview on the template form (the sample job: no daily job id typed)', () => {
    /** The Preview dialog's call, as its page sends it (a UI page's GlideAjax goes with sysparm_scope=global). */
    const preview = (sysId: string) => JSON.parse(String(c.instance.ajax({
        as: 'opcon.admin', processor: 'x_opcon.OpConTemplatePreviewAjax', method: 'getPreview', scope: 'global',
        params: { sysparm_template: sysId, sysparm_server: '', sysparm_job_id: '' },
    })))
    const field = (shown: { fields: Array<{ label: string; value: string }> }, label: string) => shown.fields.find((f) => f.label === label)?.value
    let payroll = ''

    beforeAll(() => {
        payroll = c.instance.insert('x_opcon_template', {
            name: 'Preview payroll', order: 1, schedule_pattern: 'PREV*', job_pattern: '*-LOAD', assignment_group: group, caller, impact: '1', urgency: '2',
            category: 'software', short_description: 'Payroll <b>{job}</b> failed ({termination_description})', description: 'Job {job} on {machine}.',
        }, { as: 'opcon.admin' })!
    })

    test('shows the incident the template opens for a sample job its patterns match: the same values the collector opens it with', () => {
        const answer = preview(payroll)
        expect(answer.ok).toBe(true)
        const { facts, values } = answer.preview
        expect(facts).toMatchObject({ schedule: 'PREVSAMPLE', job: 'SAMPLE-LOAD' })
        // What the collector and the push endpoint open for that job (failure-worker.ts calls incidentValuesFor).
        const code = `JSON.stringify(require('${MODULE}').incidentValuesFor(${JSON.stringify(c.serverId)}, ${JSON.stringify({ scheduleName: facts.schedule, jobName: facts.job })}, ${JSON.stringify(facts)}))`
        const opened = JSON.parse(String(c.instance.runScript(code, { interactive: false })))
        expect(opened).toMatchObject({ template: 'Preview payroll', source: 'matched' })
        for (const name of ['short_description', 'description', 'caller_id', 'assignment_group', 'category', 'subcategory', 'impact', 'urgency', 'attachJobLog']) {
            expect([name, values[name]]).toEqual([name, opened[name]])
        }
        expect(answer.preview.heading).toMatch(/^Template "Preview payroll": the incident a failure of SAMPLE-LOAD \(schedule PREVSAMPLE, /)
        // Plain text: the page writes it with textContent, so nothing is escaped here.
        expect(field(answer.preview, 'Short description')).toBe('Payroll <b>SAMPLE-LOAD</b> failed (Exit code 1 (sample))')
        expect(field(answer.preview, 'Priority')).toBe('2 - High (under the base Priority Lookup Rules; System Policy > Rules > Priority Lookup Rules decides on this instance)')
        expect(field(answer.preview, 'Caller')).toBe('OpCon Caller')
        expect(field(answer.preview, 'Assignment group')).toBe('Batch Operations')
        expect(answer.preview.description).toContain('Job SAMPLE-LOAD on SAMPLE-AGENT.')
        expect(answer.preview.notes[0]).toMatch(/^Sample facts: no daily job id was given/)
        // Nothing saved, nothing sent.
        expect(c.instance.query('incident', 'short_descriptionLIKESAMPLE-LOAD')).toEqual([])
    })

    test('the shipped Default: a P3 with no caller and no group, and the preview says to set them', () => {
        const shown = preview(DEFAULT_TEMPLATE_ID).preview
        expect([field(shown, 'Impact'), field(shown, 'Urgency')]).toEqual(['2 - Medium', '2 - Medium'])
        expect(field(shown, 'Priority')).toMatch(/^3 - Moderate /)
        expect(field(shown, 'Caller')).toBe('(none: set a caller on this template)')
        expect(field(shown, 'Assignment group')).toBe('(none: nobody is assigned the incident; set a group on this template)')
    })

    test('only x_opcon.admin sees the button', () => {
        expect(c.instance.uiActionVisible('x_opcon_template_preview', 'x_opcon_template', payroll, 'opcon.admin')).toBe(true)
        expect(c.instance.uiActionVisible('x_opcon_template_preview', 'x_opcon_template', payroll, 'agent')).toBe(false)
    })
})

describe('the server form says when its incidents reach no one', () => {
    const NOTICE = /^Incidents this server opens for failed jobs that no template's patterns match use /
    const notices = (from: number) => c.instance.messages.slice(from).filter((m) => NOTICE.test(m.message)).map((m) => m.message)

    test('the Default without caller and group: the form says so as it opens; a template of the server\'s own with both: it does not', () => {
        c.instance.update('x_opcon_server', c.serverId, { incident_template: '' }, { as: 'opcon.admin' })
        let from = c.instance.messages.length
        c.instance.openForm('x_opcon_server', c.serverId, 'opcon.admin')
        expect(notices(from)).toEqual(['Incidents this server opens for failed jobs that no template\'s patterns match use the Default template "Default", which has no caller and no assignment group: ' +
            'nobody is assigned to fix them. Set both under OpCon Connector &gt; Incident Templates, or name a template of your own in "Incident template" on this form.'])

        const own = c.instance.insert('x_opcon_template', { name: 'Ops', order: 3000, job_pattern: 'NEVER', caller, assignment_group: group }, { as: 'opcon.admin' })!
        c.instance.update('x_opcon_server', c.serverId, { incident_template: own }, { as: 'opcon.admin' })
        try {
            from = c.instance.messages.length
            c.instance.openForm('x_opcon_server', c.serverId, 'opcon.admin')
            expect(notices(from)).toEqual([])
            // Inactive, it no longer applies: the Default does, and the form says why.
            c.instance.update('x_opcon_template', own, { active: false }, { as: 'opcon.admin' })
            from = c.instance.messages.length
            c.instance.openForm('x_opcon_server', c.serverId, 'opcon.admin')
            expect(notices(from)[0]).toContain('use the Default template "Default" (this server\'s template "Ops" is inactive), which has no caller and no assignment group')
        } finally {
            c.instance.update('x_opcon_server', c.serverId, { incident_template: '' }, { as: 'opcon.admin' })
        }
    })

    test('the Default with a caller but no group: the form asks for a group', () => {
        c.instance.update('x_opcon_template', DEFAULT_TEMPLATE_ID, { caller }, { as: 'opcon.admin' })
        try {
            const from = c.instance.messages.length
            c.instance.openForm('x_opcon_server', c.serverId, 'opcon.admin')
            expect(notices(from)[0]).toMatch(/which has no assignment group: nobody is assigned to fix them\. Set a group under/)
        } finally {
            c.instance.update('x_opcon_template', DEFAULT_TEMPLATE_ID, { caller: '' }, { as: 'opcon.admin' })
        }
    })
})
