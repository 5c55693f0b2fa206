// test/support/test-plan-block.cjs writes docs/TEST-PLAN.md's results from the
// test run itself: the counts must add up, the block must replace only what
// lies between its markers, and a clone without git must not stop the run.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const block = require('../support/test-plan-block.cjs')

const root = '/repo'
function results(tests: Array<[string, string, 'passed' | 'failed' | 'pending']>, extraFiles: object[] = []) {
    const byFile = new Map<string, Array<{ fullName: string; status: string }>>()
    for (const [file, fullName, status] of tests) {
        if (!byFile.has(file)) byFile.set(file, [])
        byFile.get(file)!.push({ fullName, status })
    }
    return {
        startTime: Date.UTC(2026, 11, 7, 18, 0, 0),
        testResults: [...[...byFile].map(([name, assertionResults]) => ({ name: `${root}/${name}`, status: 'passed', assertionResults })), ...extraFiles],
    }
}

const BENCHMARKS = [
    '# Benchmarks', '', 'Run: 2026-12-07T15:49:24.262Z · Node v20.20.2 · 2 cores · 270 s in all.', '',
    '| measure | value |', '|---|---|',
    '| HTTP calls while saving 1,000 state changes | 0 |',
    '| overhead of the app\'s delivery over bare calls (target ≤ 25 %) | 24.1 % |',
    '| jobs restarted twice | 0 |',
].join('\n')

describe('the test plan\'s results block', () => {
    test('each test counts in one area: its folder, the playground file, or the cross-folder area its name claims', () => {
        expect(block.areaOf(`${root}/test/unit/x.test.ts`, 'a decision')).toBe('unit')
        expect(block.areaOf(`${root}/test/bench/x.test.ts`, 'glide')).toBe('bench')
        expect(block.areaOf(`${root}/test/app/x.test.ts`, 'a rule')).toBe('app')
        expect(block.areaOf(`${root}/test/browser/job-dialog.test.ts`, 'the dialog')).toBe('browser')
        expect(block.areaOf(`${root}/test/browser/playground.test.ts`, 'the page')).toBe('playground')
        expect(block.areaOf(`${root}/test/opcon-sim/sim.test.ts`, 'routes')).toBe('opcon-sim')
        expect(block.areaOf(`${root}/test/app/opcon-api.test.ts`, 'requests against OpCon\'s own OpenAPI file')).toBe('conformance')
        expect(block.areaOf(`${root}/test/opcon-sim/failures.test.ts`, 'the conformance checker')).toBe('conformance')
        expect(block.areaOf('C:\\repo\\test\\unit\\x.test.ts', 'windows path')).toBe('unit')
    })

    test('counts add up per area, skipped and whole failed files included', () => {
        const counts = block.countByArea(results([
            ['test/unit/a.test.ts', 'one', 'passed'],
            ['test/unit/a.test.ts', 'two', 'failed'],
            ['test/app/b.test.ts', 'three', 'pending'],
            ['test/app/b.test.ts', 'every request conforms to OpCon\'s OpenAPI', 'passed'],
        ], [{ name: `${root}/test/bench/broken.test.ts`, status: 'failed', assertionResults: [] }]))
        expect(counts.unit).toEqual({ passed: 1, failed: 1, skipped: 0 })
        expect(counts.app).toEqual({ passed: 0, failed: 0, skipped: 1 })
        expect(counts.conformance).toEqual({ passed: 1, failed: 0, skipped: 0 })
        expect(counts.bench).toEqual({ passed: 0, failed: 1, skipped: 0 })
    })

    test('the block holds the run\'s date, the commit, each area, the totals and the quoted bench figures', () => {
        const counts = block.countByArea(results([['test/unit/a.test.ts', 'one', 'passed'], ['test/browser/playground.test.ts', 'two', 'passed']]))
        const text = block.renderBlock({ counts, startTime: Date.UTC(2026, 11, 7, 18, 0, 0), commit: 'abc1234def56', bench: block.benchFigures(BENCHMARKS) })
        expect(text.startsWith(block.START)).toBe(true)
        expect(text.endsWith(block.END)).toBe(true)
        expect(text).toContain('Run: 2026-12-07T18:00:00.000Z · commit abc1234def56')
        expect(text).toContain('| unit | pure decisions, no platform (`test/unit`) | 1 | 0 | 0 |')
        expect(text).toContain('| playground | `npm start` in Chromium (`test/browser/playground.test.ts`) | 1 | 0 | 0 |')
        expect(text).toContain('| **all** | | **2** | **0** | **0** |')
        expect(text).toContain('run 2026-12-07T15:49:24.262Z · Node v20.20.2 · 2 cores · 270 s in all')
        expect(text).toContain('| overhead of the app\'s delivery over bare calls (target ≤ 25 %) | 24.1 % |')
        expect(text).not.toContain('| other |')
        for (const area of block.AREAS) expect(text).toContain(`| ${area} |`)
    })

    test('without benchmark figures the block says so and how to get them', () => {
        const text = block.renderBlock({ counts: block.countByArea(results([])), startTime: 0, commit: 'x', bench: block.benchFigures('') })
        expect(text).toContain('No benchmark figures: docs/BENCHMARKS.md is missing or has none of the quoted measures (run `npm run bench`).')
    })

    test('only the text between the markers is replaced; without markers nothing is', () => {
        const doc = `# Plan\n\nbefore\n${block.START}\nold figures\n${block.END}\nafter\n`
        expect(block.replaceBlock(doc, `${block.START}\nnew\n${block.END}`)).toBe(`# Plan\n\nbefore\n${block.START}\nnew\n${block.END}\nafter\n`)
        expect(block.replaceBlock('# Plan\nno markers\n', 'x')).toBeNull()
        expect(block.replaceBlock(`${block.END}\n${block.START}`, 'x')).toBeNull()
    })

    test('no git (or not a clone) names no commit and does not throw', () => {
        const noGit = () => { throw new Error('spawn git ENOENT') }
        expect(block.commitOf(root, noGit)).toBe('unknown (no git here)')
        const clean = (_cmd: string, args: string[]) => args[0] === 'rev-parse' ? 'abc1234def56\n' : ''
        expect(block.commitOf(root, clean)).toBe('abc1234def56')
        const dirty = (_cmd: string, args: string[]) => args[0] === 'rev-parse' ? 'abc1234def56\n' : ' M README.md\n'
        expect(block.commitOf(root, dirty)).toBe('abc1234def56 with uncommitted changes')
    })

    test('writeTestPlan rewrites docs/TEST-PLAN.md\'s block and leaves a plan without markers alone', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-'))
        fs.mkdirSync(path.join(dir, 'docs'))
        fs.writeFileSync(path.join(dir, 'docs/BENCHMARKS.md'), BENCHMARKS)
        fs.writeFileSync(path.join(dir, 'docs/TEST-PLAN.md'), `# Plan\n${block.START}\nold\n${block.END}\n`)
        expect(block.writeTestPlan(dir, results([['test/unit/a.test.ts', 'one', 'passed']]))).toBe('docs/TEST-PLAN.md: results written')
        const written = fs.readFileSync(path.join(dir, 'docs/TEST-PLAN.md'), 'utf8')
        expect(written).toContain('| unit | pure decisions, no platform (`test/unit`) | 1 | 0 | 0 |')
        expect(written).not.toContain('\nold\n')
        fs.writeFileSync(path.join(dir, 'docs/TEST-PLAN.md'), '# Plan\n')
        expect(block.writeTestPlan(dir, results([]))).toBe('docs/TEST-PLAN.md has no results markers: nothing written')
        expect(fs.readFileSync(path.join(dir, 'docs/TEST-PLAN.md'), 'utf8')).toBe('# Plan\n')
        fs.rmSync(dir, { recursive: true, force: true })
    })
})
