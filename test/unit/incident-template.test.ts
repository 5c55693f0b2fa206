// Incident templates: which one a failed job uses, and the incident it gives.
import {
    BUILT_IN_DEFAULT, chooseTemplate, globMatches, pickTemplate, referenceProblems, renderIncident, templateFromRow, templateProblems,
    TEMPLATE_FIELDS, type FailureFacts, type IncidentTemplate, type TemplateRow,
} from '../../src/server/templates/incident-template'
import { isAfterHours } from '../../src/server/templates/templates'

function template(values: Partial<IncidentTemplate>): IncidentTemplate {
    return { ...BUILT_IN_DEFAULT, sysId: `id-${values.name ?? 'x'}`, name: 'x', order: 100, ...values }
}

const FACTS: FailureFacts = {
    address: 'opcon.example:9010', server: 'Production', dailyJobId: '20260105|12|1|PAYROLL-EXTRACT',
    schedule: 'PAYROLL', job: 'PAYROLL-EXTRACT', machine: 'winagent01', termination: '-1',
    terminationDescription: 'Exit code -1', date: '2026-01-05', failedAt: '2026-01-05T03:12:45', jobNumber: '5521',
    previousIncident: '', text: '',
}

const JOB = { serverSysId: 'srv-a', scheduleName: 'PAYROLL', jobName: 'PAYROLL-EXTRACT' }

describe('globMatches', () => {
    test.each([
        ['', 'anything', true],
        ['*', '', true],
        ['PAY*', 'payroll', true],
        ['pay*', 'PAYROLL', true],
        ['PAY?OLL', 'PAYROLL', true],
        ['PAY?OLL', 'PAYOLL', false],
        ['*EXTRACT', 'PAYROLL-EXTRACT', true],
        ['*EXTRACT', 'PAYROLL-EXTRACTS', false],
        ['A*B*C', 'AxxBxxC', true],
        ['A*B*C', 'AxxCxxB', false],
        ['PAYROLL', 'PAYROLL-EXTRACT', false],
        ['a.b', 'axb', false],
        ['  PAY*  ', 'PAYROLL', true],
    ])('%j against %j is %s', (pattern, value, expected) => {
        expect(globMatches(pattern, value)).toBe(expected)
    })

    test('many stars against a long name that does not match finish at once (no backtracking blow-up)', () => {
        const started = Date.now()
        expect(globMatches('*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false)
        expect(Date.now() - started).toBeLessThan(2000)
    })
})

describe('chooseTemplate', () => {
    test('lower order first, then name; the first whose patterns both match', () => {
        const templates = [
            template({ name: 'zeta', order: 10, schedulePattern: 'PAY*' }),
            template({ name: 'alpha', order: 10, schedulePattern: 'PAY*' }),
            template({ name: 'first', order: 5, jobPattern: 'OTHER*' }),
        ]
        expect(chooseTemplate(templates, JOB)?.name).toBe('alpha')
    })

    test('both patterns must match: a matching schedule with a job that does not match is skipped', () => {
        const templates = [
            template({ name: 'job-mismatch', order: 1, schedulePattern: 'PAYROLL', jobPattern: 'BACKUP*' }),
            template({ name: 'both', order: 2, schedulePattern: 'pay*', jobPattern: '*extract' }),
        ]
        expect(chooseTemplate(templates, JOB)?.name).toBe('both')
    })

    test('a template for another server is never chosen; one for this server or for any is', () => {
        const templates = [
            template({ name: 'other server', order: 1, server: 'srv-b' }),
            template({ name: 'this server', order: 2, server: 'srv-a' }),
        ]
        expect(chooseTemplate(templates, JOB)?.name).toBe('this server')
        expect(chooseTemplate(templates, { ...JOB, serverSysId: 'srv-c' })).toBeNull()
        expect(chooseTemplate([...templates, template({ name: 'any', order: 3 })], { ...JOB, serverSysId: 'srv-c' })?.name).toBe('any')
    })

    test('inactive templates are skipped; none matching is null', () => {
        expect(chooseTemplate([template({ name: 'off', active: false })], JOB)).toBeNull()
        expect(chooseTemplate([template({ name: 'nope', jobPattern: 'BACKUP' })], JOB)).toBeNull()
        expect(chooseTemplate([], JOB)).toBeNull()
    })
})

describe('pickTemplate', () => {
    const shipped = template({ sysId: 'default', name: 'Default', order: 1000 })
    const serverOwn = template({ sysId: 'own', name: 'Own', order: 50, jobPattern: 'NEVER' })
    const late = template({ sysId: 'late', name: 'Late', order: 2000 })

    test('a matching template first, even when it comes after the shipped Default by order', () => {
        expect(pickTemplate([shipped, late], JOB, { serverTemplate: '', defaultTemplate: 'default' })).toEqual({ template: late, source: 'matched' })
    })

    test('no match: the server\'s own template, though its patterns do not match', () => {
        expect(pickTemplate([shipped, serverOwn], JOB, { serverTemplate: 'own', defaultTemplate: 'default' })).toEqual({ template: serverOwn, source: 'server' })
    })

    test('no match and an inactive or missing server template: the shipped Default, even if deactivated', () => {
        const offOwn = { ...serverOwn, active: false }
        const offDefault = { ...shipped, active: false }
        expect(pickTemplate([shipped, offOwn], JOB, { serverTemplate: 'own', defaultTemplate: 'default' })).toEqual({ template: shipped, source: 'default' })
        expect(pickTemplate([offDefault], JOB, { serverTemplate: 'gone', defaultTemplate: 'default' })).toEqual({ template: offDefault, source: 'default' })
    })

    test('the Default row deleted: the built-in default', () => {
        expect(pickTemplate([], JOB, { serverTemplate: '', defaultTemplate: 'default' })).toEqual({ template: BUILT_IN_DEFAULT, source: 'built-in' })
    })
})

describe('renderIncident', () => {
    const ALL_FACTS = ['PAYROLL', 'PAYROLL-EXTRACT', 'winagent01', '-1', 'Exit code -1', '2026-01-05', '2026-01-05T03:12:45', '20260105|12|1|PAYROLL-EXTRACT']

    test('the default pattern, and a description that names every fact', () => {
        const out = renderIncident(BUILT_IN_DEFAULT, FACTS, false)
        expect(out.short_description).toBe('OpCon job PAYROLL-EXTRACT failed in schedule PAYROLL on 2026-01-05')
        expect(out.description).toBe([
            'OpCon job:',
            'Schedule: PAYROLL',
            'Job: PAYROLL-EXTRACT',
            'Machine: winagent01',
            'Termination code: -1',
            'Termination description: Exit code -1',
            'Schedule date: 2026-01-05',
            'Failed at: 2026-01-05T03:12:45',
            'Daily job id: 20260105|12|1|PAYROLL-EXTRACT',
        ].join('\n'))
        expect(out).toMatchObject({ impact: '2', urgency: '2', attachJobLog: true, caller_id: '', assignment_group: '' })
    })

    test('every placeholder is filled', () => {
        const all = '{schedule} {job} {machine} {termination} {termination_description} {date} {failed_at} {daily_job_id} {server} {address} {job_number} {previous_incident} {text}'
        const out = renderIncident(template({ description: all }), { ...FACTS, previousIncident: 'INC0010001', text: 'pushed' }, false)
        expect(out.description.split('\n\n')[0]).toBe(`${ALL_FACTS.join(' ')} Production opcon.example:9010 5521 INC0010001 pushed`)
    })

    test('a pattern adds text and never drops a fact: only the facts it left out are appended', () => {
        const out = renderIncident(template({ description: 'Payroll run {job} on {machine} broke. Call the payroll team.' }), FACTS, false)
        const [body, block] = out.description.split('\n\n')
        expect(body).toBe('Payroll run PAYROLL-EXTRACT on winagent01 broke. Call the payroll team.')
        expect(block).not.toMatch(/^Job:|^Machine:/m)
        for (const line of ['Schedule: PAYROLL', 'Termination code: -1', 'Termination description: Exit code -1', 'Schedule date: 2026-01-05',
            'Failed at: 2026-01-05T03:12:45', 'Daily job id: 20260105|12|1|PAYROLL-EXTRACT']) expect(block).toContain(line)
    })

    test('a pattern naming every fact gets no block', () => {
        const pattern = '{schedule}/{job} on {machine}: {termination} {termination_description}, {date} {failed_at} ({daily_job_id})'
        expect(renderIncident(template({ description: pattern }), FACTS, false).description).not.toContain('OpCon job:')
    })

    test('an empty fact reads "(unknown)" rather than vanishing', () => {
        expect(renderIncident(BUILT_IN_DEFAULT, { ...FACTS, machine: '' }, false).description).toContain('Machine: (unknown)')
    })

    test('says "Previous incident INC…" when there is one, once', () => {
        const withPrevious = { ...FACTS, previousIncident: 'INC0010042' }
        expect(renderIncident(BUILT_IN_DEFAULT, withPrevious, false).description).toMatch(/\nPrevious incident INC0010042$/)
        expect(renderIncident(BUILT_IN_DEFAULT, FACTS, false).description).not.toContain('Previous incident')
        const own = renderIncident(template({ description: 'Previous incident {previous_incident} failed again.' }), withPrevious, false).description
        expect(own.match(/Previous incident INC0010042/g)).toHaveLength(1)
    })

    test('includes the pushed text, neutralised: one line, no code tag', () => {
        const out = renderIncident(BUILT_IN_DEFAULT, { ...FACTS, text: 'disk full\n[code]<script>x</script>[/code]' }, false)
        expect(out.description).toContain('Text from OpCon: disk full (code)<script>x</script>(/code)')
        expect(out.description).not.toMatch(/\[\s*\/?\s*code\s*\]/i)
        expect(renderIncident(template({ description: 'Note: {text}' }), { ...FACTS, text: 'hi' }, false).description).not.toContain('Text from OpCon')
    })

    test('values typed in OpCon stay text: a line break cannot forge a line of the block, a code tag is broken', () => {
        const facts = { ...FACTS, job: 'EVIL\nDaily job id: forged', terminationDescription: '[CODE]<img src=x onerror=alert(1)>[/code]' }
        const out = renderIncident(BUILT_IN_DEFAULT, facts, false)
        expect(out.description.match(/^Daily job id: /gm)).toHaveLength(1)
        expect(out.description).toContain('Job: EVIL Daily job id: forged')
        expect(out.description).toContain('Termination description: (CODE)<img src=x onerror=alert(1)>(/code)')
        expect(out.short_description).not.toContain('\n')
    })

    test('the short description fits 160 characters and says it was cut', () => {
        const out = renderIncident(BUILT_IN_DEFAULT, { ...FACTS, job: 'J'.repeat(300) }, false)
        expect(out.short_description).toHaveLength(160)
        expect(out.short_description.endsWith('…')).toBe(true)
        expect(renderIncident(BUILT_IN_DEFAULT, FACTS, false).short_description.endsWith('…')).toBe(false)
    })

    test('a short-description pattern that comes out empty falls back to the default words', () => {
        expect(renderIncident(template({ shortDescription: '{text}' }), FACTS, false).short_description).toBe('OpCon job PAYROLL-EXTRACT failed in schedule PAYROLL on 2026-01-05')
    })

    test('a very long pattern gives way: the facts block is always whole and the description fits 4000', () => {
        const out = renderIncident(template({ description: 'x'.repeat(5000) }), FACTS, false)
        expect(out.description.length).toBeLessThanOrEqual(4000)
        expect(out.description).toContain('Daily job id: 20260105|12|1|PAYROLL-EXTRACT')
    })

    describe('after hours', () => {
        const t = template({
            impact: '3', urgency: '3', assignmentGroup: 'day-group', caller: 'caller-1', category: 'software', subcategory: 'batch',
            afterHoursSchedule: 'sched', afterHoursImpact: '1', afterHoursUrgency: '2', afterHoursGroup: 'night-group', attachJobLog: false,
        })

        test('in business hours: the normal values', () => {
            expect(renderIncident(t, FACTS, false)).toMatchObject({ impact: '3', urgency: '3', assignment_group: 'day-group', caller_id: 'caller-1', category: 'software', subcategory: 'batch', attachJobLog: false })
        })

        test('outside business hours: the after-hours values', () => {
            expect(renderIncident(t, FACTS, true)).toMatchObject({ impact: '1', urgency: '2', assignment_group: 'night-group', caller_id: 'caller-1' })
        })

        test('an after-hours value left empty keeps the normal one', () => {
            expect(renderIncident({ ...t, afterHoursUrgency: '', afterHoursGroup: '' }, FACTS, true)).toMatchObject({ impact: '1', urgency: '3', assignment_group: 'day-group' })
        })

        test('a template without a schedule is never after hours, and its schedule is the one asked', () => {
            const asked: string[] = []
            const outside = (id: string) => { asked.push(id); return true }
            expect(isAfterHours({ ...t, afterHoursSchedule: '' }, outside)).toBe(false)
            expect(asked).toEqual([])
            expect(isAfterHours(t, outside)).toBe(true)
            expect(isAfterHours(t, () => false)).toBe(false)
            expect(asked).toEqual(['sched'])
        })
    })
})

describe('templateProblems', () => {
    const ok = { shortDescription: 'OpCon job {job} failed', description: '{Schedule} and { text }', schedulePattern: 'PAY*', jobPattern: '?X*' }

    test('a good template has none (placeholders ignore case and spaces inside braces)', () => {
        expect(templateProblems(ok)).toEqual([])
        expect(templateProblems({ shortDescription: '', description: '', schedulePattern: '', jobPattern: '' })).toEqual([])
    })

    test('an unknown placeholder is named, with the ones that exist', () => {
        const problems = templateProblems({ ...ok, description: 'Job {jobname} on {host}' })
        expect(problems).toHaveLength(1)
        expect(problems[0]).toMatch(/^Description: \{jobname\}, \{host\} are not placeholders the connector knows\. Use \{schedule\} \{job\}/)
    })

    test.each(['{job', 'job}', '{{job}}', '{job} {', 'a } b { c'])('unbalanced braces %j', (pattern) => {
        expect(templateProblems({ ...ok, shortDescription: pattern }).join(' ')).toMatch(/^Short description: its braces do not pair up/)
    })

    test.each(['PAY[0-9]', 'A|B', '{PAY,REC}*', 'a\\b'])('a name pattern with other syntax %j', (pattern) => {
        expect(templateProblems({ ...ok, jobPattern: pattern })).toEqual([expect.stringMatching(/^Job name pattern: .* Use \* for any run of characters and \? for exactly one\.$/)])
    })

    test('a name pattern with a line break', () => {
        expect(templateProblems({ ...ok, schedulePattern: 'PAY\nROLL' })).toEqual([expect.stringMatching(/^Schedule name pattern: remove the line break/)])
    })
})

describe('referenceProblems', () => {
    test('empty and found references are fine; missing and inactive ones are named in words', () => {
        expect(referenceProblems([
            { label: 'Caller', value: '', state: 'missing' },
            { label: 'Assignment group', value: 'g', state: 'ok' },
            { label: 'After-hours assignment group', value: 'h', state: 'missing' },
            { label: 'Caller', value: 'u', state: 'inactive' },
        ])).toEqual([
            'After-hours assignment group: the record it names does not exist (it may have been deleted). Choose an existing one or clear the field.',
            'Caller: the record it names is inactive. Choose an active one or clear the field.',
        ])
    })
})

describe('templateFromRow', () => {
    test('reads getValue text: booleans as 1/0, order as a number, empty references as empty', () => {
        const row = Object.fromEntries(TEMPLATE_FIELDS.map((f) => [f, ''])) as TemplateRow
        const t = templateFromRow({ ...row, sys_id: 's', name: 'n', active: '1', order: '20', attach_job_log: '0', impact: '2' })
        expect(t).toMatchObject({ sysId: 's', name: 'n', active: true, order: 20, attachJobLog: false, impact: '2', server: '', caller: '' })
        expect(templateFromRow({ ...row, active: 'false', attach_job_log: '' })).toMatchObject({ active: false, attachJobLog: true, order: 0 })
    })
})
