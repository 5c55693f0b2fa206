// Values pasted into work notes and log lines: one line, no code tag, capped.
import { CAPS, capped, CODE_TAG, CODE_TAG_START, CONTROL, journalText, messageText, singleLine } from '../../src/server/log/journal-text'
import { CONTROL as ID_CONTROL, HOST } from '../../src/server/opcon/correlation'
import { nonLinearShapes, regexInputs } from '../support/regex-shape'
import { describeJob, notSentNote, outcomeNote } from '../../src/server/sync/work-notes'

const TAG = /\[\s*\/?\s*code\s*\]/i

describe('journalText', () => {
    test.each([
        ['[code]<img src=x onerror=alert(1)>[/code]', '(code)<img src=x onerror=alert(1)>(/code)'],
        ['[CODE]x[/Code]', '(CODE)x(/Code)'],
        ['[ code ]x[ / code ]', '( code )x( / code )'],
        ['[co[code]de]x', '[co(code)de]x'],
        ['[[code]]', '[(code)]'],
        ['ends with [code', 'ends with (code'],
        ['ends with [ /code', 'ends with ( /code'],
        ['[codex] and [decode] and [co de]', '(codex] and [decode] and [co de]'],
    ])('%j becomes %j', (value, expected) => {
        expect(journalText(value, 1000)).toBe(expected)
        expect(journalText(value, 1000)).not.toMatch(TAG)
    })

    test('control characters never join the halves of a tag: they become a space', () => {
        expect(journalText('[co\u0000de]x[/co\nde]', 100)).toBe('[co de]x[/co de]')
        expect(journalText('[co\u200bde]', 100)).toBe('[co de]')
    })

    test('is the same when run again, so a whole note can be passed through once more', () => {
        for (const value of ['[code]x[/code]', '[ Code ]', 'a\r\nb', 'x'.repeat(50)]) {
            const once = journalText(value, 20)
            expect(journalText(once, 20)).toBe(once)
        }
    })

    test('null and undefined are empty; other values are text', () => {
        expect(journalText(null, 10)).toBe('')
        expect(journalText(undefined, 10)).toBe('')
        expect(journalText(42, 10)).toBe('42')
    })
})

describe('linear work on long values', () => {
    test('the regexes that read outside text have no shape that backtracks more than linearly', () => {
        for (const regex of [CODE_TAG, CODE_TAG_START, CONTROL, ID_CONTROL, HOST]) expect(nonLinearShapes(regex)).toEqual([])
    })

    test('the shape check finds the shapes it is for', () => {
        // The code tag as it was: spaces before and after an optional slash, both unbounded.
        expect(nonLinearShapes(/\[(\s*\/?\s*code\s*)\]/gi)).toHaveLength(1)
        expect(nonLinearShapes(/\[(?=\s*\/?\s*code)/gi)).toHaveLength(1)
        expect(nonLinearShapes(/^(a+)+$/)).toHaveLength(1)
        expect(nonLinearShapes(/x\s*\s+y/)).toHaveLength(1)
        expect(nonLinearShapes(/^[a-z]+(?:-+[a-z]+)*$/)).toEqual([])
    })

    test('a value is cut before any regex reads it: "[" and 40,000 spaces', () => {
        let result = ''
        const seen = regexInputs(() => { result = journalText(`[${' '.repeat(40_000)}`, CAPS.name) })
        expect(Math.max(...seen)).toBeLessThanOrEqual(2 * CAPS.name)
        expect(result).toBe(`[${' '.repeat(CAPS.name - 2)}…`)
        expect(journalText(result, CAPS.name)).toBe(result)
    })

    test('a tag inside a long value is still broken, and a value cut early is marked even when its control characters made it short', () => {
        const long = `[code]${'x'.repeat(10_000)}`
        expect(journalText(long, 20)).toBe(`(code)${'x'.repeat(13)}…`)
        // What lies past twice the cap is never read, so the end is marked cut although the line is short.
        const controls = `a${'\u0000'.repeat(30)}b${'c'.repeat(100)}`
        expect(journalText(controls, 20)).toBe(`a b${'c'.repeat(8)}…`)
        for (const value of [long, controls, `[ ${' '.repeat(5000)}/ code ]`]) {
            const once = journalText(value, 20)
            expect(journalText(once, 20)).toBe(once)
            expect(once).not.toMatch(TAG)
        }
    })
})

describe('singleLine and capped', () => {
    test('every run of control, line-separating or invisible format characters becomes one space', () => {
        expect(singleLine('a\r\nb\tc\u0000\u001b[31md\u0085e\u2028f\u202eg\ufeffh')).toBe('a b c [31md e f g h')
        expect(singleLine('plain text, é ü 漢字')).toBe('plain text, é ü 漢字')
    })

    test('a cut is marked with an ellipsis and never splits a surrogate pair', () => {
        expect(capped('abcdef', 6)).toBe('abcdef')
        expect(capped('abcdefg', 6)).toBe('abcde…')
        expect(capped('abcd😀xyz', 6)).toBe('abcd…')
        expect(capped('abcd😀xyz', 7)).toBe('abcd😀…')
    })
})

describe('work notes', () => {
    const job = { jobName: '[code]<img src=x onerror=alert(1)>[/code]', scheduleId: '123', scheduleDate: '2019-12-20' }

    test('the job name from the correlation id carries no tag', () => {
        expect(describeJob(job)).toBe('OpCon job (code)<img src=x onerror=alert(1)>(/code) (schedule 123, 2019-12-20)')
    })

    test('a job name is capped at CAPS.name', () => {
        expect(describeJob({ ...job, jobName: 'J'.repeat(300) })).toBe(`OpCon job ${'J'.repeat(CAPS.name - 1)}… (schedule 123, 2019-12-20)`)
    })

    test('OpCon\'s words, the server name and a reason are neutralised, and the whole note is one capped line', () => {
        const rejected = outcomeNote({ action: 'markFixed', job, serverName: 'prod\n[code]', state: 'rejected', message: `said [CODE]<b>\r\n${'m'.repeat(9000)}` })
        expect(rejected).not.toMatch(TAG)
        expect(rejected).not.toMatch(/[\r\n]/)
        expect(rejected.length).toBeLessThanOrEqual(CAPS.note)
        expect(rejected).toMatch(/^OpCon job \(code\).* was not marked Fixed on prod \(code\): OpCon refused the action\. said \(CODE\)<b> m+…/)
        const notSent = notSentNote('markFixed', 'correlation id "h:1,[code]x[/code]"\nis malformed')
        expect(notSent).toBe('The OpCon job was not marked Fixed: correlation id "h:1,(code)x(/code)" is malformed')
    })
})

test('messageText: a form message shows outside words as text, never as markup', () => {
    expect(messageText('OpCon said: <img src=x onerror=alert(1)> & [code]<b>[/code]\nnext')).toBe('OpCon said: &lt;img src=x onerror=alert(1)&gt; &amp; (code)&lt;b&gt;(/code) next')
})
