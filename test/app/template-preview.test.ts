// A template's Preview on the built package, through its dialog's bridge
// (x_opcon.OpConTemplatePreviewAjax, called as the page calls it): for a daily
// job the admin types, read from the OpCon simulator, and for the sample job.
// What it shows is compared with what the collector really opens for that
// job; every bad input is refused in words before OpCon is asked anything.
import { AccessDenied } from '../bench/instance'
import { createOpConAlias, TOKEN, useConnector, type Connector } from './support/connector'
import { collectFailures, incidentsLinkedTo } from './support/failures'

let c: Connector
const connector = useConnector()
const PREVIEW_MODULE = 'x_opcon/opcon-connector/1.0.0/src/server/templates/preview-action.ts'
/** A job of today on the bench clock: the collector lists today's failed jobs. */
let DAY = ''
let JOB = ''

interface Answer {
    ok: boolean
    error?: { title: string; message: string }
    preview?: { heading: string; notes: string[]; fields: Array<{ label: string; value: string }>; description: string; facts: Record<string, string>; values: Record<string, string> }
}

/** The dialog's Preview call as `as` makes it from the page (GlideAjax from a UI page: sysparm_scope=global). */
function preview(template: string, jobId: string, server = '', as = 'opcon.admin'): Answer {
    return JSON.parse(String(c.instance.ajax({
        as, processor: 'x_opcon.OpConTemplatePreviewAjax', method: 'getPreview', scope: 'global',
        params: { sysparm_template: template, sysparm_server: server, sysparm_job_id: jobId },
    }))) as Answer
}

const field = (answer: Answer, label: string): string | undefined => answer.preview?.fields.find((f) => f.label === label)?.value

let loads = ''
let caller = ''
let group = ''

beforeAll(async () => {
    c = connector()
    DAY = new Date(c.instance.now()).toISOString().slice(0, 10)
    JOB = `${DAY.replace(/-/g, '')}|71|1|PAY-LOAD`
    caller = c.instance.createUser({ userName: 'preview.caller', name: 'Preview Caller' })
    group = c.instance.createGroup({ name: 'Night batch' })
    loads = c.instance.insert('x_opcon_template', {
        name: 'Loads', order: 1, schedule_pattern: 'PAY*', job_pattern: '*-LOAD', caller, assignment_group: group, impact: '1', urgency: '2',
        category: 'software', subcategory: 'batch', short_description: 'Load {job} failed on {machine} ({termination_description})',
        description: 'Job {job} of {schedule} ended with {termination} on {machine}.',
    }, { as: 'opcon.admin' })!
    c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })
    await c.sim.seedJob({ id: JOB, status: 'Failed', scheduleName: 'PAYROLL', machine: 'WINAPP01', termination: 3, terminationDescription: 'Exit code 3: share offline', output: { 'load.log': 'failed\n' } })
    c.instance.insert('cmdb_ci_computer', { name: 'winapp01' })
})

test('a typed daily job: the incident Preview shows is the one the collector then opens for that job\'s failure, field by field; Preview itself wrote nothing and only read the job', async () => {
    await c.sim.clearRequests()
    const tables = ['incident', 'x_opcon_failure', 'x_opcon_action', 'x_opcon_binding'].map((t) => [t, c.instance.query(t, '').length])
    const answer = preview(loads, `  ${JOB} `)
    expect(answer.error).toBeUndefined()
    expect((await c.sim.requests()).map((r) => `${r.method} ${r.path}`)).toEqual([`GET /api/dailyjobs/${encodeURIComponent(JOB)}`])
    expect(['incident', 'x_opcon_failure', 'x_opcon_action', 'x_opcon_binding'].map((t) => [t, c.instance.query(t, '').length])).toEqual(tables)

    const shown = answer.preview!
    expect(shown.heading).toBe(`Template "Loads": the incident a failure of PAY-LOAD (schedule PAYROLL, ${DAY}) on opcon-test would open now`)
    expect(field(answer, 'Short description')).toBe('Load PAY-LOAD failed on WINAPP01 (Exit code 3: share offline)')
    expect(field(answer, 'Caller')).toBe('Preview Caller')
    expect(field(answer, 'Assignment group')).toBe('Night batch')
    expect([field(answer, 'Impact'), field(answer, 'Urgency')]).toEqual(['1 - High', '2 - Medium'])
    expect(field(answer, 'Priority')).toMatch(/^2 - High /)
    expect(field(answer, 'Configuration item')).toBe('WINAPP01 (found in the CMDB)')
    expect(shown.notes).toEqual(['Nothing was saved and no incident was opened; OpCon was only read.'])

    collectFailures(c)
    const [incident] = incidentsLinkedTo(c, JOB)
    expect(incident).toBeDefined()
    for (const name of ['short_description', 'description', 'caller_id', 'assignment_group', 'category', 'subcategory', 'impact', 'urgency']) {
        expect([name, incident[name]]).toEqual([name, String(shown.values[name])])
    }
    expect(c.instance.get('cmdb_ci_computer', incident.cmdb_ci)?.name).toBe('winapp01')
})

test('a job that is not failed, or that another template catches: said in a note, the values still this template\'s', async () => {
    const ok = JOB.replace('PAY-LOAD', 'PAY-REPORT')
    await c.sim.seedJob({ id: ok, status: 'Finished OK', scheduleName: 'PAYROLL', machine: 'WINAPP01' })
    const answer = preview(loads, ok)
    expect(answer.preview!.notes).toEqual([
        expect.stringMatching(/^OpCon says this job is Finished OK \(.*\), not failed: these are the values its failure would give\.$/),
        'For this job the connector would use the template "Default", not this one: a template of lower order matches it first, or this template\'s patterns or server do not match it.',
        'Nothing was saved and no incident was opened; OpCon was only read.',
    ])
    expect(field(answer, 'Short description')).toBe('Load PAY-REPORT failed on WINAPP01 (Exit Code 0)')
})

test('no id typed: the sample job, as before, with nothing sent to OpCon', async () => {
    await c.sim.clearRequests()
    const answer = preview(loads, '')
    expect(answer.preview!.facts).toMatchObject({ schedule: 'PAYSAMPLE', job: 'SAMPLE-LOAD', machine: 'SAMPLE-AGENT' })
    expect(answer.preview!.notes[0]).toMatch(/^Sample facts: no daily job id was given/)
    expect(await c.sim.requests()).toEqual([])
})

describe('refused in words, and nothing sent to OpCon', () => {
    beforeEach(() => c.sim.clearRequests())
    afterEach(async () => {
        expect(await c.sim.requests()).toEqual([])
    })

    test('an id that is not a daily job id', () => {
        expect(preview(loads, 'PAY-LOAD')).toEqual({ ok: false, error: { title: 'Not a daily job id', message: expect.stringMatching(/^Daily job id "PAY-LOAD" has 1 part, not 4; give the job as yyyyMMdd\|schedule id\|instance\|job name/) } })
        expect(preview(loads, '20261207|71|1|..').error!.message).toContain('"." or ".."')
    })

    test('an id longer than a record holds, even one the bridge cut: refused by its length', () => {
        const long = `20261207|71|1|${'X'.repeat(5000)}`
        expect(preview(loads, long).error).toEqual({ title: 'Not a daily job id', message: expect.stringMatching(/^The daily job id is 4001 characters long; one has at most 4000\./) })
    })

    test('a server the template does not apply to, or no server at all', () => {
        const other = c.instance.insert('x_opcon_server', { name: 'lab', address: 'lab.example:9010', base_url: 'https://lab.example:9010', active: true }, { as: 'opcon.admin' })!
        const own = c.instance.insert('x_opcon_template', { name: 'Lab only', order: 50, server: other, job_pattern: 'NONE' }, { as: 'opcon.admin' })!
        expect(preview(own, JOB, c.serverId).error).toEqual({ title: 'No server to read the job from', message: expect.stringMatching(/^The server picked is not one this template applies to/) })
        expect(preview(loads, JOB, 'not-a-sys-id').error!.title).toBe('No such server')
        c.instance.update('x_opcon_server', other, { active: false }, { as: 'opcon.admin' })
        // Its own server, now inactive: the connector's own path sends nothing to it.
        expect(preview(own, JOB).error).toEqual({ title: 'Nothing was sent to OpCon', message: expect.stringContaining('lab') })
    })

    test('a user without x_opcon.admin: the page, the bridge and the module each refuse', () => {
        expect(c.instance.canOpenUiPage('x_opcon_template_preview', 'agent')).toBe(false)
        expect(c.instance.canOpenUiPage('x_opcon_template_preview', 'opcon.admin')).toBe(true)
        expect(() => preview(loads, JOB, '', 'agent')).toThrow(AccessDenied)
        // Reached without the ACL (a script running as the agent), the module still refuses.
        const answer = JSON.parse(String(c.instance.runScript(`JSON.stringify(require('${PREVIEW_MODULE}').previewTemplate(${JSON.stringify(loads)}, '', ${JSON.stringify(JOB)}))`, { as: 'agent' })))
        expect(answer).toEqual({ ok: false, error: { title: 'You cannot preview templates', message: 'Your account (agent) does not have the x_opcon.admin role, which Preview needs. Ask your ServiceNow administrator for it.' } })
    })
})

test('a job OpCon does not know (404): "No such job in OpCon" and what to check', async () => {
    const answer = preview(loads, JOB.replace('PAY-LOAD', 'NO-SUCH-LOAD'))
    expect(answer.error).toEqual({ title: 'No such job in OpCon', message: expect.stringMatching(/^OpCon server opcon-test \(.*\) has no daily job \d{8}\|71\|1\|NO-SUCH-LOAD\. Check the date \(yyyyMMdd\), the schedule id, the instance and the job name/) })
})

test('a server that cannot be reached: "OpCon not reached" with the platform\'s words', () => {
    const closed = c.instance.insert('x_opcon_server', {
        name: 'closed', address: 'closed.example:9010', base_url: 'https://127.0.0.1:1', active: true,
        connection_alias: createOpConAlias(c.instance, { name: 'closed', url: 'https://127.0.0.1:1', token: TOKEN }),
    }, { as: 'opcon.admin' })!
    const own = c.instance.insert('x_opcon_template', { name: 'Closed only', order: 60, server: closed, job_pattern: 'NONE' }, { as: 'opcon.admin' })!
    try {
        const answer = preview(own, JOB)
        expect(answer.error).toEqual({ title: 'OpCon not reached', message: expect.stringContaining('Connection refused') })
        expect(JSON.stringify(answer)).not.toContain(TOKEN)
    } finally {
        c.instance.update('x_opcon_server', closed, { active: false }, { as: 'opcon.admin' })
    }
})

test('the dialog lists the servers a template applies to: its own, else every active registered one', () => {
    const choices = (template: string) => JSON.parse(String(c.instance.ajax({ as: 'opcon.admin', processor: 'x_opcon.OpConTemplatePreviewAjax', method: 'getChoices', scope: 'global', params: { sysparm_template: template } })))
    expect(choices(loads)).toEqual({ ok: true, template: 'Loads', servers: [{ sysId: c.serverId, name: 'opcon-test', address: c.sim.address }] })
})
