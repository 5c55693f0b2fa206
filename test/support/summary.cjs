// Prints jest's totals as one plain "Tests: N passed, N failed" line (CI reads
// it), from the JSON results `npm test` writes. Exits non-zero when a test failed
// or when there are no results, so a run that tested nothing cannot pass.
// Before that line it rewrites the results block of docs/TEST-PLAN.md
// (test-plan-block.cjs); a failure there is reported but changes no outcome.
'use strict'
const fs = require('node:fs')
const path = require('node:path')

const file = path.resolve(__dirname, '../artifacts/jest-results.json')
if (!fs.existsSync(file)) {
    console.log('Tests: 0 passed, 1 failed')
    console.error(`No test results at ${file}: the test run did not finish.`)
    process.exit(1)
}
const results = JSON.parse(fs.readFileSync(file, 'utf8'))
try {
    console.error(require('./test-plan-block.cjs').writeTestPlan(path.resolve(__dirname, '../..'), results))
} catch (e) {
    console.error(`docs/TEST-PLAN.md not written: ${e && e.message}`)
}
const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
console.log(`Tests: ${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests} skipped`)
process.exit(failed > 0 || results.numPassedTests === 0 ? 1 : 0)
