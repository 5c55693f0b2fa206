// Attachments, the instance URL, groups, incident fields and schedules on the
// fixture app (scope x_bench): attachments.ts, schedule.ts, schema.ts, instance.ts.
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

let instance: Instance

beforeEach(() => {
    instance = Instance.load({ appDir: BENCH_APP })
})

const allow = (operation: string, table: string) => instance.store.put('sys_scope_privilege', {
    sys_id: instance.store.newSysId(), source_scope: 'x_bench', target_type: 'sys_db_object', target_name: table, target_scope: 'global', operation, status: 'allowed',
})
const writeLog = (id: string) => `var inc = new GlideRecord('incident'); inc.get('${id}'); new GlideSysAttachment().write(inc, 'job.log', 'text/plain', 'line 1\\nline 2')`

describe('attachments', () => {
    test('an app script writing an attachment on incident without privileges attaches nothing (assumed: write on incident and create on sys_attachment)', () => {
        const id = instance.insert('incident', { short_description: 'x' })!
        expect(instance.runScript(writeLog(id))).toBeNull()
        allow('read', 'incident')
        allow('write', 'incident')
        expect(instance.runScript(writeLog(id))).toBeNull()
        expect(instance.attachments('incident', id)).toEqual([])
    })

    test('with the privileges, write returns the sys_id; getAttachments and getContent read it back; the bench lists it', () => {
        const id = instance.insert('incident', { short_description: 'x' })!
        for (const [op, table] of [['read', 'incident'], ['write', 'incident'], ['create', 'sys_attachment'], ['read', 'sys_attachment']]) allow(op, table)
        const attachmentId = instance.runScript(writeLog(id)) as string
        expect(attachmentId).toMatch(/^[0-9a-f]{32}$/)
        expect(instance.attachments('incident', id)).toEqual([{ sys_id: attachmentId, file_name: 'job.log', content_type: 'text/plain', size_bytes: 13, content: 'line 1\nline 2' }])
        expect(instance.runScript(`var a = new GlideSysAttachment(); var gr = a.getAttachments('incident', '${id}'); gr.next(); gr.getValue('file_name') + '|' + a.getContent(gr)`))
            .toBe('job.log|line 1\nline 2')
    })

    test('getContent answers undefined in the global scope ("GlideSysAttachment - Scoped")', () => {
        const id = instance.insert('incident', { short_description: 'x' })!
        instance.runScript(writeLog(id), { scope: 'global' })
        expect(instance.attachments('incident', id)).toHaveLength(1)
        expect(instance.runScript(`var a = new GlideSysAttachment(); var gr = a.getAttachments('incident', '${id}'); gr.next(); typeof a.getContent(gr)`, { scope: 'global' })).toBe('undefined')
    })
})

describe('instance URL', () => {
    test('glide.servlet.uri and instance_name are readable from the app\'s scope', () => {
        expect(instance.runScript(`gs.getProperty('glide.servlet.uri') + ' ' + gs.getProperty('instance_name')`)).toBe('https://bench.service-now.com/ bench')
    })
})

describe('groups and incident fields', () => {
    test('createGroup makes a group with members; incident takes assignment_group and shows its name', () => {
        instance.createUser({ userName: 'ops1' })
        const group = instance.createGroup({ name: 'OpCon Ops', members: ['ops1'] })
        expect(instance.get('sys_user_group', group)).toMatchObject({ name: 'OpCon Ops', active: '1' })
        expect(instance.query('sys_user_grmember', `group=${group}`).map((row) => instance.get('sys_user', row.user)?.user_name)).toEqual(['ops1'])
        expect(() => instance.createGroup({ name: 'Other', members: ['ghost'] })).toThrow(/No user ghost/)
        const id = instance.insert('incident', { short_description: 'x', assignment_group: group, impact: 1, urgency: 2, subcategory: 'batch' })!
        expect(instance.runScript(`var gr = new GlideRecord('incident'); gr.get('${id}'); [gr.assignment_group.getDisplayValue(), gr.getDisplayValue('impact'), gr.getDisplayValue('urgency'), gr.getValue('reopen_count'), gr.getDisplayValue('state')].join('|')`, { scope: 'global' }))
            .toBe('OpCon Ops|1 - High|2 - Medium|0|New')
    })

    test('new incidents default impact and urgency to 3 - Low; the base fields exist', () => {
        const id = instance.insert('incident', { short_description: 'x' })!
        expect(instance.get('incident', id)).toMatchObject({ impact: '3', urgency: '3', state: '1' })
        for (const field of ['caller_id', 'assignment_group', 'category', 'subcategory', 'impact', 'urgency', 'priority', 'cmdb_ci', 'description', 'short_description', 'state', 'reopen_count']) {
            expect({ field, present: instance.schema.column('incident', field) !== undefined }).toEqual({ field, present: true })
        }
    })
})

describe('schedules', () => {
    // 2026-01-05 is a Monday; the bench clock starts there at 09:00 UTC.
    const inSchedule = (id: string, extra = '') => instance.runScript(`new GlideSchedule('${id}'${extra}).isInSchedule(new GlideDateTime())`)

    test('a weekday 08:00-17:00 UTC schedule, moved through with the bench clock', () => {
        const inUtc = (id: string) => inSchedule(id, ", 'UTC'")
        const id = instance.createSchedule({ name: 'Business hours', spans: [{ days: [1, 2, 3, 4, 5], start: '08:00:00', end: '17:00:00' }], timeZone: 'UTC' })
        expect(instance.runScript(`new GlideSchedule('${id}').getName()`)).toBe('Business hours')
        expect(inUtc(id)).toBe(true) // Monday 09:00
        instance.advanceTime(8 * 3_600_000) // Monday 17:00: the end is outside
        expect(inUtc(id)).toBe(false)
        instance.advanceTime(4 * 24 * 3_600_000 - 1_000) // Friday 16:59:59
        expect(inUtc(id)).toBe(true)
        instance.advanceTime(16 * 3_600_000) // Saturday 08:59:59
        expect(inUtc(id)).toBe(false)
    })

    test('the time zone a script gives decides, else the session\'s, even for a schedule with its own (assumed, the strict reading of "GlideSchedule - Scoped")', () => {
        // 09:00 UTC on a January Monday is 10:00 in Berlin and 01:00 in Los Angeles.
        const berlin = instance.createSchedule({ name: 'Berlin mornings', spans: [{ days: [1], start: '09:30:00', end: '10:30:00' }], timeZone: 'Europe/Berlin' })
        expect(inSchedule(berlin, ", 'Europe/Berlin'")).toBe(true)
        expect(inSchedule(berlin)).toBe(false) // the session's: admin has none, the system's is empty, so America/Los_Angeles
        const floating = instance.createSchedule({ name: 'Floating', spans: [{ days: [1], start: '09:30:00', end: '10:30:00' }] })
        expect(inSchedule(floating)).toBe(false)
        expect(inSchedule(floating, ", 'Europe/Berlin'")).toBe(true) // the constructor's time zone
        expect(instance.runScript(`var s = new GlideSchedule(); s.load('${floating}'); s.setTimeZone('Europe/Berlin'); s.isInSchedule(new GlideDateTime())`)).toBe(true)
        expect(instance.runScript(`new GlideSchedule('${floating}').isInSchedule(new GlideDateTime(), 'Europe/Berlin')`)).toBe(true)
    })

    test('the session\'s time zone is its user\'s, else the system\'s, glide.sys.default.tz (empty by default: America/Los_Angeles; "Set a system time zone")', () => {
        const floating = instance.createSchedule({ name: 'Floating', spans: [{ days: [1], start: '09:30:00', end: '10:30:00' }] })
        instance.createUser({ userName: 'berliner', timeZone: 'Europe/Berlin' })
        expect(instance.runScript(`new GlideSchedule('${floating}').isInSchedule(new GlideDateTime())`, { as: 'berliner' })).toBe(true)
        const la = instance.createSchedule({ name: 'LA nights', spans: [{ days: [1], start: '00:30:00', end: '01:30:00' }] })
        expect(inSchedule(la)).toBe(true)
        instance.setProperty('glide.sys.default.tz', 'Europe/Berlin')
        expect(inSchedule(la)).toBe(false)
        expect(inSchedule(floating)).toBe(true)
        expect(() => instance.createUser({ userName: 'nowhere', timeZone: 'Mars/Olympus' })).toThrow()
    })

    test('bad spans are refused when the test creates them', () => {
        expect(() => instance.createSchedule({ name: 'x', spans: [{ days: [0], start: '08:00:00', end: '09:00:00' }] })).toThrow(/days run 1/)
        expect(() => instance.createSchedule({ name: 'x', spans: [{ days: [1], start: '17:00:00', end: '08:00:00' }] })).toThrow(/start before end/)
    })
})

describe('reopening an incident', () => {
    // "Reopening an incident" (docs): the platform fills Reopen count, Last reopened by and Last reopened at.
    test('a Resolved or Closed incident put back to work counts one reopen with who and when; other moves count none (assumed: on the write, after the before rules)', () => {
        instance.createUser({ userName: 'agent', name: 'Jane Agent', roles: ['itil'] })
        const agent = instance.query('sys_user', 'user_name=agent')[0].sys_id
        const id = instance.insert('incident', { short_description: 'x', state: 2 })!
        expect(instance.get('incident', id)!.reopen_count).toBe('0')
        expect(instance.get('incident', id)!.reopened_by ?? '').toBe('')
        instance.update('incident', id, { state: 3 }, { as: 'agent' })
        instance.update('incident', id, { state: 6 }, { as: 'agent' })
        expect(instance.get('incident', id)!.reopen_count).toBe('0')
        instance.update('incident', id, { state: 2 }, { as: 'agent' })
        expect(instance.get('incident', id)).toMatchObject({ reopen_count: '1', reopened_by: agent, reopened_time: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/) })
        instance.update('incident', id, { state: 7 }, { as: 'agent' })
        instance.update('incident', id, { state: 1 }, { as: 'agent' })
        expect(instance.get('incident', id)!.reopen_count).toBe('2')
        instance.update('incident', id, { state: 8 }, { as: 'agent' })
        instance.update('incident', id, { state: 2 }, { as: 'agent' })
        expect(instance.get('incident', id)!.reopen_count).toBe('2')
    })
})
