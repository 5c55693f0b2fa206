// Writes the results block of docs/TEST-PLAN.md from a test run, so that the
// plan's figures are never typed by hand (Store certification asks for a test
// plan with results). Input: jest's JSON results (test/artifacts/jest-results.json)
// and docs/BENCHMARKS.md, which `npm run bench` writes. The pure functions are
// unit-tested (test/unit/test-plan-block.test.ts); writeTestPlan does the I/O.
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const { execFileSync } = require('node:child_process')

const START = '<!-- test-results:start (written by npm test: test/support/test-plan-block.cjs; do not edit by hand) -->'
const END = '<!-- test-results:end -->'

/** The areas of the plan, in the order the table lists them. */
const AREAS = ['unit', 'bench', 'app', 'browser', 'playground', 'opcon-sim', 'conformance']

const AREA_WORDS = {
    unit: 'pure decisions, no platform (`test/unit`)',
    bench: 'the emulated instance itself (`test/bench`)',
    app: 'the built package on the bench, real HTTP to the OpCon simulator (`test/app`)',
    browser: 'the OpCon Job dialog and the Overview in Chromium (`test/browser`)',
    playground: '`npm start` in Chromium (`test/browser/playground.test.ts`)',
    'opcon-sim': 'the OpCon simulator (`test/opcon-sim`)',
    conformance: 'requests checked against OpCon\'s OpenAPI 21.2 file (tests naming OpenAPI or conformance, any folder)',
}

/**
 * The area of one test: a test that names OpCon's OpenAPI (or conformance) is
 * a conformance test wherever it lives; otherwise its folder decides. Each test
 * counts in exactly one area, so the areas add up to the total.
 */
function areaOf(testFilePath, fullName) {
    const file = String(testFilePath).replace(/\\/g, '/')
    if (/openapi|conformance/i.test(String(fullName))) return 'conformance'
    if (/\/test\/browser\/playground\.test\.ts$/.test(file)) return 'playground'
    const match = /\/test\/(unit|bench|app|browser|opcon-sim)\//.exec(file)
    return match ? match[1] : 'other'
}

/** Passed, failed and skipped per area, from jest's --json results. */
function countByArea(results) {
    const counts = {}
    for (const area of [...AREAS, 'other']) counts[area] = { passed: 0, failed: 0, skipped: 0 }
    for (const file of results.testResults || []) {
        for (const test of file.assertionResults || []) {
            const area = areaOf(file.name, test.fullName || [...(test.ancestorTitles || []), test.title].join(' '))
            const bucket = test.status === 'passed' ? 'passed' : test.status === 'failed' ? 'failed' : 'skipped'
            counts[area][bucket] += 1
        }
        // A file that could not run at all (a syntax error, a failing beforeAll) has no assertion results.
        if ((file.assertionResults || []).length === 0 && file.status === 'failed') counts[areaOf(file.name, '')].failed += 1
    }
    return counts
}

/** The measures the plan quotes from docs/BENCHMARKS.md, by the start of their label. */
const BENCH_MEASURES = [
    'HTTP calls while saving 1,000 state changes',
    'added time per save',
    'overhead of the app\'s delivery over bare calls',
    'actions applied twice by OpCon',
    'jobs restarted twice',
    'actions failed or unfinished',
    'history read (median of 20)',
    'jobs with more than one incident',
    'bench time per failure',
]

/** The run line and the quoted rows of the benchmark file ('' when there is none). */
function benchFigures(benchmarksMd) {
    if (!benchmarksMd) return { run: '', rows: [] }
    const lines = benchmarksMd.split(/\r?\n/)
    const runLine = lines.find((line) => line.startsWith('Run: ')) || ''
    const rows = []
    for (const label of BENCH_MEASURES) {
        const line = lines.find((l) => l.startsWith(`| ${label}`))
        if (!line) continue
        const cells = line.split('|').slice(1, -1).map((cell) => cell.trim())
        if (cells.length >= 2) rows.push([cells[0], cells[1]])
    }
    return { run: runLine.replace(/^Run: /, '').replace(/\.$/, ''), rows }
}

/** The block between the markers, markers included. */
function renderBlock({ counts, startTime, commit, bench }) {
    const total = { passed: 0, failed: 0, skipped: 0 }
    const out = [START, '']
    out.push(`Run: ${new Date(startTime).toISOString()} · commit ${commit}`, '')
    out.push('| area | what it covers | passed | failed | skipped |', '|---|---|---|---|---|')
    for (const area of [...AREAS, 'other']) {
        const c = counts[area] || { passed: 0, failed: 0, skipped: 0 }
        if (area === 'other' && c.passed + c.failed + c.skipped === 0) continue
        total.passed += c.passed; total.failed += c.failed; total.skipped += c.skipped
        out.push(`| ${area} | ${AREA_WORDS[area] || 'tests outside the folders above'} | ${c.passed} | ${c.failed} | ${c.skipped} |`)
    }
    out.push(`| **all** | | **${total.passed}** | **${total.failed}** | **${total.skipped}** |`, '')
    if (bench.rows.length > 0) {
        out.push(`Benchmark figures, from [BENCHMARKS.md](BENCHMARKS.md) (\`npm run bench\`, run ${bench.run || 'of unknown date'}):`, '')
        out.push('| measure | value |', '|---|---|')
        for (const [label, value] of bench.rows) out.push(`| ${label} | ${value} |`)
    } else {
        out.push('No benchmark figures: docs/BENCHMARKS.md is missing or has none of the quoted measures (run `npm run bench`).')
    }
    out.push('', END)
    return out.join('\n')
}

/** The document with its block replaced; null when either marker is missing (nothing is written then). */
function replaceBlock(doc, block) {
    const start = doc.indexOf('<!-- test-results:start')
    const end = doc.indexOf(END)
    if (start < 0 || end < start) return null
    return doc.slice(0, start) + block + doc.slice(end + END.length)
}

/** The commit the run tested, or words saying why there is none (no git, not a clone). */
function commitOf(root, run = execFileSync) {
    try {
        const hash = String(run('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })).trim()
        if (!/^[0-9a-f]{7,40}$/.test(hash)) return 'unknown (git gave no commit)'
        const changes = String(run('git', ['status', '--porcelain', '--', '.', ':!docs/TEST-PLAN.md', ':!test/artifacts'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })).trim()
        return changes === '' ? hash : `${hash} with uncommitted changes`
    } catch {
        return 'unknown (no git here)'
    }
}

/** Rewrites the block of docs/TEST-PLAN.md; returns what it did, in words. */
function writeTestPlan(root, results) {
    const planFile = path.join(root, 'docs/TEST-PLAN.md')
    if (!fs.existsSync(planFile)) return `no ${planFile}: nothing written`
    const benchFile = path.join(root, 'docs/BENCHMARKS.md')
    const bench = benchFigures(fs.existsSync(benchFile) ? fs.readFileSync(benchFile, 'utf8') : '')
    const block = renderBlock({ counts: countByArea(results), startTime: results.startTime, commit: commitOf(root), bench })
    const doc = fs.readFileSync(planFile, 'utf8')
    const next = replaceBlock(doc, block)
    if (next === null) return `docs/TEST-PLAN.md has no results markers: nothing written`
    if (next !== doc) fs.writeFileSync(planFile, next)
    return 'docs/TEST-PLAN.md: results written'
}

module.exports = { AREAS, START, END, areaOf, countByArea, benchFigures, renderBlock, replaceBlock, commitOf, writeTestPlan }
