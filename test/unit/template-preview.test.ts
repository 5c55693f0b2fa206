import { BUILT_IN_DEFAULT, renderIncident } from '../../src/server/templates/incident-template'
import { basePriority, previewLines, sampleFacts, sampleName } from '../../src/server/templates/template-preview'

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

describe('previewLines', () => {
    const facts = sampleFacts({ schedulePattern: '', jobPattern: '' }, { name: 'prod', address: 'h:9010' }, '2026-12-07')

    test('says what an unset caller and group mean, and the priority', () => {
        const lines = previewLines('Default', facts, renderIncident(BUILT_IN_DEFAULT, facts, false), { caller: '', group: '', afterHours: false })
        expect(lines).toContain('Caller: (none: set a caller on this template)')
        expect(lines).toContain('Assignment group: (none: nobody is assigned the incident; set a group on this template)')
        expect(lines.find((line) => line.startsWith('Impact'))).toMatch(/^Impact 2 - Medium, urgency 2 - Medium: priority 3 - Moderate/)
        expect(lines).toContain('Short description: OpCon job SAMPLE-JOB failed in schedule SAMPLE-SCHEDULE on 2026-12-07')
    })

    test('names the caller and group, and says when after-hours values apply', () => {
        const values = { ...renderIncident(BUILT_IN_DEFAULT, facts, true), caller_id: 'u1', assignment_group: 'g1' }
        const lines = previewLines('Nights', facts, values, { caller: 'Ops Caller', group: 'Night team', afterHours: true })
        expect(lines).toEqual(expect.arrayContaining(['Caller: Ops Caller', 'Assignment group: Night team']))
        expect(lines[0]).toContain('Now is outside the template\'s business hours: its after-hours values apply.')
    })
})
