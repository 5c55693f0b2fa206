// Failure storms: the pure decisions (src/server/storms/storm-plan.ts).
import {
    decideGrouping, keyValue, openActions, parentWordsDue, remainingOpen, parentText, parseStormSettings, progressCounts, progressNote, stormKeys, winsOutage, withSchedule,
    KEY_VALUE_MAX, SCHEDULES_SHOWN, type OpenOutage, type StormKey,
} from '../../src/server/storms/storm-plan'

const props = (values: Record<string, string>) => (name: string): string | null => values[name] ?? null

describe('storm settings', () => {
    test('unset: grouping off, threshold 10, window 10 minutes, nothing to say', () => {
        expect(parseStormSettings(props({}))).toEqual({ enabled: false, threshold: 10, windowMinutes: 10, problems: [] })
    })

    test('set and valid: used as given, nothing to say', () => {
        expect(parseStormSettings(props({ 'x_opcon.storm_grouping': 'true', 'x_opcon.storm_threshold': ' 25 ', 'x_opcon.storm_window_minutes': '3' })))
            .toEqual({ enabled: true, threshold: 25, windowMinutes: 3, problems: [] })
    })

    test('bad values fall back to the defaults and say so in words', () => {
        const s = parseStormSettings(props({ 'x_opcon.storm_grouping': 'perhaps', 'x_opcon.storm_threshold': 'ten', 'x_opcon.storm_window_minutes': '1.5' }))
        expect(s).toMatchObject({ enabled: false, threshold: 10, windowMinutes: 10 })
        expect(s.problems).toEqual([
            'x_opcon.storm_grouping is "perhaps", neither true nor false: grouping stays off.',
            'x_opcon.storm_threshold is "ten", not a whole number: 10 is used.',
            'x_opcon.storm_window_minutes is "1.5", not a whole number: 10 is used.',
        ])
    })

    test('out of range values are capped, and the log says to what', () => {
        const s = parseStormSettings(props({ 'x_opcon.storm_threshold': '1', 'x_opcon.storm_window_minutes': '99999' }))
        expect(s).toMatchObject({ threshold: 2, windowMinutes: 1440 })
        expect(s.problems).toEqual(['x_opcon.storm_threshold is 1, outside 2 to 1000: 2 is used.', 'x_opcon.storm_window_minutes is 99999, outside 1 to 1440: 1440 is used.'])
    })

    test('a huge or hostile value is capped before it is read and quoted on one line', () => {
        const s = parseStormSettings(props({ 'x_opcon.storm_threshold': `${'9'.repeat(100000)}`, 'x_opcon.storm_window_minutes': 'a\n[code]<b>x</b>[/code]' }))
        expect(s).toMatchObject({ threshold: 10, windowMinutes: 10 })
        expect(s.problems.join(' ').length).toBeLessThan(300)
        expect(s.problems.join(' ')).not.toMatch(/\n|\[code\]/)
    })
})

describe('storm keys', () => {
    test('the termination code first, then the machine; empty values share nothing', () => {
        expect(stormKeys({ termination: '2', machine: 'winagent01' })).toEqual([{ kind: 'termination', value: '2' }, { kind: 'machine', value: 'winagent01' }])
        expect(stormKeys({ termination: ' ', machine: '' })).toEqual([])
    })

    test('a value from OpCon is one line and capped before any query sees it', () => {
        const v = keyValue(`${'m'.repeat(10000)}\nx`)
        expect(v.length).toBeLessThanOrEqual(KEY_VALUE_MAX)
        expect(keyValue('agent\r\n01')).toBe('agent 01')
    })
})

describe('grouping decision', () => {
    const term: StormKey = { kind: 'termination', value: '2' }
    const machine: StormKey = { kind: 'machine', value: 'winagent01' }
    const none = () => 0

    test('below the threshold a failure stays alone', () => {
        expect(decideGrouping([term, machine], [], () => 9, 10)).toEqual({ kind: 'alone' })
    })

    test('the failure that reaches the threshold opens an outage on the first key that reaches it', () => {
        expect(decideGrouping([term, machine], [], (k) => (k.kind === 'termination' ? 10 : 12), 10)).toEqual({ kind: 'open', key: term, count: 10 })
        expect(decideGrouping([term, machine], [], (k) => (k.kind === 'termination' ? 3 : 10), 10)).toEqual({ kind: 'open', key: machine, count: 10 })
    })

    test('an open outage sharing a key is joined, whatever the counts; the termination code before the machine', () => {
        const byMachine: OpenOutage = { sysId: 'm', kind: 'machine', value: 'winagent01', parentSysId: 'p1' }
        const byCode: OpenOutage = { sysId: 't', kind: 'termination', value: '2', parentSysId: 'p2' }
        expect(decideGrouping([term, machine], [byMachine], none, 10)).toEqual({ kind: 'join', outage: byMachine })
        expect(decideGrouping([term, machine], [byMachine, byCode], none, 10)).toEqual({ kind: 'join', outage: byCode })
    })

    test('an outage of another value is not joined', () => {
        const other: OpenOutage = { sysId: 'o', kind: 'termination', value: '3', parentSysId: 'p' }
        expect(decideGrouping([term], [other], none, 10)).toEqual({ kind: 'alone' })
    })

    test('two outages opened at once: a row wins only if every rival came strictly later; a tie of the same second gives way on both sides', () => {
        const a = { sysId: 'a', createdOn: '2026-01-05 09:00:00' }
        const b = { sysId: 'b', createdOn: '2026-01-05 09:00:01' }
        const c2 = { sysId: 'c', createdOn: '2026-01-05 09:00:01' }
        // A worker that saw only its own row wins; the later one loses.
        expect(winsOutage(a, [a])).toBe(true)
        expect(winsOutage(a, [a, b])).toBe(true)
        expect(winsOutage(b, [a, b])).toBe(false)
        // Same second: neither can know it came first, so neither opens a parent (never two).
        expect(winsOutage(b, [b, c2])).toBe(false)
        expect(winsOutage(c2, [b, c2])).toBe(false)
    })
})

describe('the parent\'s words', () => {
    test('what the failures share, how many jobs, which schedules, and that the parent moves no job itself', () => {
        const t = parentText({ serverName: 'opcon-prod', key: { kind: 'termination', value: '2' }, jobs: 12, schedules: 'PAYROLL, BILLING', windowMinutes: 10 })
        expect(t.short_description).toBe('OpCon outage on opcon-prod: 12 failed jobs share termination code 2')
        expect(t.description).toContain('12 OpCon jobs on opcon-prod failed within 10 minutes and share termination code 2. Schedules: PAYROLL, BILLING.')
        expect(t.description).toContain('This parent is not linked to any OpCon job.')
    })

    test('schedules are listed once each, at most a few, without commas of their own', () => {
        expect(withSchedule(withSchedule('PAYROLL', 'PAYROLL'), 'A,B')).toBe('PAYROLL, A B')
        let list = ''
        for (let i = 0; i < SCHEDULES_SHOWN + 5; i++) list = withSchedule(list, `S${i}`)
        expect(list.split(', ')).toHaveLength(SCHEDULES_SHOWN)
        expect(parentText({ serverName: 's', key: { kind: 'machine', value: 'm' }, jobs: 30, schedules: list, windowMinutes: 5 }).description).toContain('(and possibly more)')
    })
})

describe('progress on the parent', () => {
    test('nothing until every action is final; then the counts', () => {
        expect(progressCounts([])).toBeNull()
        expect(progressCounts(['succeeded', 'queued'])).toBeNull()
        expect(progressCounts(['succeeded', 'sent'])).toBeNull()
        const counts = progressCounts(['succeeded', 'failed', 'succeeded', 'rejected'])!
        expect(counts).toEqual({ succeeded: 2, failed: 1, rejected: 1 })
        expect(progressNote(counts, 4)).toMatch(/^Every OpCon job action of this outage's 4 children is final: 4 actions, 2 succeeded, 1 failed, 1 rejected\. The children whose action failed/)
        expect(progressNote({ succeeded: 3 }, 3)).toBe('Every OpCon job action of this outage\'s 3 children is final: 3 actions, 3 succeeded.')
    })
})

describe('the outage\'s count of open child actions (storm-plan.ts)', () => {
    test('counts the states that are not final', () => {
        expect(openActions(['queued', 'sending', 'sent', 'held', 'succeeded', 'failed', 'rejected', 'skipped', 'superseded'])).toBe(4)
        expect(openActions([])).toBe(0)
    })

    test('counts down by one, never below 0, and reads a missing or bad value as 0', () => {
        expect(remainingOpen('5')).toBe(4)
        expect(remainingOpen('1')).toBe(0)
        expect(remainingOpen('0')).toBe(0)
        expect(remainingOpen('')).toBe(0)
        expect(remainingOpen('x')).toBe(0)
        expect(remainingOpen('-3')).toBe(0)
    })
})

describe('when the parent\'s count is rewritten (storm-plan.ts parentWordsDue)', () => {
    test('every child up to twice the threshold', () => {
        expect(parentWordsDue(5, 4, 4)).toBe(true)
        expect(parentWordsDue(8, 7, 4)).toBe(true)
    })

    test('then at each tenth more, so 4,000 children make tens of rewrites, not thousands', () => {
        expect(parentWordsDue(9, 8, 4)).toBe(true)
        expect(parentWordsDue(22, 21, 4)).toBe(false)
        expect(parentWordsDue(24, 21, 4)).toBe(true)
        let shown = 10
        let rewrites = 0
        for (let children = 11; children <= 4000; children++) {
            if (parentWordsDue(children, shown, 10)) {
                shown = children
                rewrites++
            }
        }
        expect(rewrites).toBeLessThan(70)
    })

    test('the final count is written once the window has closed, and never when nothing changed', () => {
        expect(parentWordsDue(29, 27, 4, true)).toBe(true)
        expect(parentWordsDue(27, 27, 4, true)).toBe(false)
        expect(parentWordsDue(27, 27, 4)).toBe(false)
    })
})
