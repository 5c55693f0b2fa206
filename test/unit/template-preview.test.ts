import { BUILT_IN_DEFAULT, renderIncident } from '../../src/server/templates/incident-template'
import { readRun } from '../../src/server/failures/failed-run'
import {
    basePriority, jobFacts, pickPreviewServer, PREVIEW_JOB_ID_MAX, previewReadError, previewServerChoices, previewView, readPreviewJobId, sampleFacts, sampleName,
} from '../../src/server/templates/template-preview'

describe('basePriority: the base Priority Lookup Rules ("Define priority lookup rules")', () => {
    test('each impact and urgency gives the documented priority', () => {
        const grid = ['1', '2', '3'].map((impact) => ['1', '2', '3'].map((urgency) => basePriority(impact, urgency)).join(' '))
        expect(grid).toEqual(['1 2 3', '2 3 4', '3 4 5'])
    })

    test('a value outside 1..3 gives none', () => {
        expect(basePriority('', '2')).toBe('')
        expect(basePriority('4', '1')).toBe('')
    })

    test('the shipped Default is a P3', () => {
        expect(basePriority(BUILT_IN_DEFAULT.impact, BUILT_IN_DEFAULT.urgency)).toBe('3')
    })
})

describe('the sample run', () => {
    test('matches the template\'s own patterns', () => {
        expect(sampleName('PAY*-?X', 'none')).toBe('PAYSAMPLE-XX')
        expect(sampleName('  ', 'SAMPLE-JOB')).toBe('SAMPLE-JOB')
        expect(sampleFacts({ schedulePattern: '', jobPattern: 'ETL*' }, { name: 'prod', address: 'h:9010' }, '2026-12-07'))
            .toMatchObject({ schedule: 'SAMPLE-SCHEDULE', job: 'ETLSAMPLE', dailyJobId: '20261207|1|1|ETLSAMPLE', date: '2026-12-07', server: 'prod' })
    })
})

describe('the typed daily job id', () => {
    test('empty or blank: the sample job; spaces around a pasted id are dropped', () => {
        expect(readPreviewJobId('')).toEqual({ kind: 'sample' })
        expect(readPreviewJobId('   ')).toEqual({ kind: 'sample' })
        expect(readPreviewJobId(undefined)).toEqual({ kind: 'sample' })
        expect(readPreviewJobId(' 20261207|42|1|GENP001 ')).toEqual({ kind: 'job', dailyJobId: '20261207|42|1|GENP001' })
    })

    test('not an id: refused in words that show the form, before anything reads it', () => {
        const refused = (raw: string) => {
            const read = readPreviewJobId(raw)
            if (read.kind !== 'invalid') throw new Error(`${raw} was taken: ${JSON.stringify(read)}`)
            return read.message
        }
        expect(refused('GENP001')).toMatch(/^Daily job id "GENP001" has 1 part, not 4; give the job as yyyyMMdd\|schedule id\|instance\|job name, e.g\. 20191220\|123\|1\|GENP001\.$/)
        expect(refused('20261331|42|1|GENP001')).toContain('does not start with a date')
        expect(refused('20261207|x|1|GENP001')).toContain('numeric schedule id')
        expect(refused('20261207|42|1|GEN\nP001')).toContain('control character')
        expect(refused('20261207|42|1|..')).toContain('"." or ".."')
    })

    test('capped: an id longer than a record holds is refused by its length, not read', () => {
        const long = `20261207|42|1|${'J'.repeat(PREVIEW_JOB_ID_MAX)}`
        const read = readPreviewJobId(long)
        expect(read).toEqual({ kind: 'invalid', message: expect.stringMatching(new RegExp(`^The daily job id is ${long.length} characters long; one has at most ${PREVIEW_JOB_ID_MAX}\\.`)) })
        expect(readPreviewJobId(`20261207|42|1|${'J'.repeat(PREVIEW_JOB_ID_MAX - 14)}`).kind).toBe('job')
    })
})

describe('the servers a template applies to', () => {
    const servers = [
        { sysId: 'b', name: 'Zurich', address: 'z:9010', active: true },
        { sysId: 'a', name: 'Austin', address: 'a:9010', active: true },
        { sysId: 'c', name: 'Old', address: 'o:9010', active: false },
    ]

    test('its own server only, else every active one by name', () => {
        expect(previewServerChoices('b', servers).map((s) => s.name)).toEqual(['Zurich'])
        expect(previewServerChoices('', servers).map((s) => s.name)).toEqual(['Austin', 'Zurich'])
    })

    test('a server it does not apply to is refused; none picked is the first', () => {
        const choices = previewServerChoices('', servers)
        expect(pickPreviewServer(choices, '')).toEqual({ ok: true, server: choices[0] })
        expect(pickPreviewServer(choices, 'b')).toEqual({ ok: true, server: servers[0] })
        expect(pickPreviewServer(choices, 'c')).toEqual({ ok: false, message: expect.stringMatching(/^The server picked is not one this template applies to/) })
        expect(pickPreviewServer([], '')).toEqual({ ok: false, message: expect.stringMatching(/^This template applies to no active registered OpCon server/) })
    })
})

describe('what reading the job can fail with, in words', () => {
    const server = { name: 'prod', address: 'h:9010' }
    test('404: no such job, and what to check', () => {
        expect(previewReadError('not_found', 'OpCon said 404.', server, '20261207|42|1|NOPE')).toEqual({
            title: 'No such job in OpCon',
            message: 'OpCon server prod (h:9010) has no daily job 20261207|42|1|NOPE. Check the date (yyyyMMdd), the schedule id, the instance and the job name; OpCon keeps a job only while its schedule date is in its daily tables. (OpCon said 404.)',
        })
    })
    test('not reached, refused, or not sent: each its own title, the connector\'s sentence kept', () => {
        expect(previewReadError('unreachable', 'Nothing listens.', server, 'x')).toEqual({ title: 'OpCon not reached', message: 'Nothing listens.' })
        expect(previewReadError('tls', 'Certificate.', server, 'x').title).toBe('OpCon not reached')
        expect(previewReadError('unauthorized', 'Token.', server, 'x').title).toBe('OpCon refused the read')
        expect(previewReadError('inactive_server', 'Inactive.', server, 'x').title).toBe('Nothing was sent to OpCon')
        expect(previewReadError('server_error', '500.', server, 'x').title).toBe('The job could not be read')
    })
})

describe('previewView', () => {
    const facts = sampleFacts({ schedulePattern: '', jobPattern: '' }, { name: 'prod', address: 'h:9010' }, '2026-12-07')
    const field = (view: ReturnType<typeof previewView>, label: string) => view.fields.find((f) => f.label === label)?.value
    const noCi = { name: '', note: 'no CI' }

    test('says what an unset caller and group mean, and the priority; the sample says it is one', () => {
        const view = previewView({ templateName: 'Default', source: { kind: 'sample' }, facts, values: renderIncident(BUILT_IN_DEFAULT, facts, false), names: { caller: '', group: '', afterHours: false }, ci: noCi, otherTemplate: '' })
        expect(field(view, 'Caller')).toBe('(none: set a caller on this template)')
        expect(field(view, 'Assignment group')).toBe('(none: nobody is assigned the incident; set a group on this template)')
        expect(field(view, 'Priority')).toMatch(/^3 - Moderate \(under the base Priority Lookup Rules/)
        expect(field(view, 'Short description')).toBe('OpCon job SAMPLE-JOB failed in schedule SAMPLE-SCHEDULE on 2026-12-07')
        expect(view.notes[0]).toMatch(/^Sample facts: no daily job id was given/)
        expect(view.notes.at(-1)).toBe('Nothing was saved and no incident was opened; OpCon was only read.')
    })

    test('a job: names the caller, group and CI; says when the job is not failed, when another template would be used, and after hours', () => {
        const values = { ...renderIncident(BUILT_IN_DEFAULT, facts, true), caller_id: 'u1', assignment_group: 'g1' }
        const view = previewView({
            templateName: 'Nights', source: { kind: 'job', status: 'Finished OK', category: 'Finished OK', failed: false }, facts, values,
            names: { caller: 'Ops Caller', group: 'Night team', afterHours: true }, ci: { name: 'WINAPP01 (found in the CMDB)', note: '' }, otherTemplate: 'Payroll',
        })
        expect([field(view, 'Caller'), field(view, 'Assignment group'), field(view, 'Configuration item')]).toEqual(['Ops Caller', 'Night team', 'WINAPP01 (found in the CMDB)'])
        expect(view.notes).toEqual([
            'OpCon says this job is Finished OK (Finished OK), not failed: these are the values its failure would give.',
            'For this job the connector would use the template "Payroll", not this one: a template of lower order matches it first, or this template\'s patterns or server do not match it.',
            'Now is outside the template\'s business hours: its after-hours values apply.',
            'Nothing was saved and no incident was opened; OpCon was only read.',
        ])
    })

    test('a failed job under its own template: no note but that nothing was saved', () => {
        const view = previewView({ templateName: 'T', source: { kind: 'job', status: 'Failed', category: 'Failed', failed: true }, facts, values: renderIncident(BUILT_IN_DEFAULT, facts, false), names: { caller: '', group: '', afterHours: false }, ci: noCi, otherTemplate: '' })
        expect(view.notes).toEqual(['Nothing was saved and no incident was opened; OpCon was only read.'])
        expect(field(view, 'Configuration item')).toBe('no CI')
    })
})

describe('jobFacts: a run read from OpCon, as the collector fills an incident', () => {
    test('each fact from the run, the server as registered', () => {
        const read = readRun({ id: '20261207|42|1|GENP001', uid: 7, jobName: 'GENP001', schedule: { name: 'PAYROLL' }, machine: { name: 'WINAPP01' }, jobNumber: 3,
            computedEndTime: { time: '2026-12-07T03:04:05' }, jobStatus: { description: 'Failed', category: 'Failed' }, termination: '2', terminationDescription: 'Exit code 2' })
        if (!read.ok) throw new Error(read.why)
        expect(jobFacts(read.run, { name: 'prod', address: 'h:9010' })).toEqual({
            address: 'h:9010', server: 'prod', dailyJobId: '20261207|42|1|GENP001', schedule: 'PAYROLL', job: 'GENP001', machine: 'WINAPP01',
            termination: '2', terminationDescription: 'Exit code 2', date: '2026-12-07', failedAt: '2026-12-07T03:04:05', jobNumber: '3', previousIncident: '', text: '',
        })
    })
})
