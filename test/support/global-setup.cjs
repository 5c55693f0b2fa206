// Builds the bench's fixture apps (with the real Now SDK) before any test runs,
// and makes sure the app itself has been built: the tests run what ships.
'use strict'
const { spawn } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '../..')
const fixtures = ['bench-app', 'broken-app'].map((name) => path.join(root, 'test/fixtures', name))
const sdk = path.join(root, 'node_modules/@servicenow/sdk/bin/index.js')

function newestMtime(dir) {
    let newest = 0
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'dist' || entry.name === 'generated' || entry.name === 'target') continue
        const full = path.join(dir, entry.name)
        newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
    }
    return newest
}

function isFresh(dir) {
    const marker = path.join(dir, 'dist/app/scope')
    return fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= newestMtime(dir)
}

function build(dir) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [sdk, 'build', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
        let output = ''
        child.stdout.on('data', (chunk) => { output += chunk })
        child.stderr.on('data', (chunk) => { output += chunk })
        child.on('close', (code) => {
            if (code === 0 && !/ERROR/.test(output)) {
                // Mark the build time so an unchanged fixture is not rebuilt.
                fs.utimesSync(path.join(dir, 'dist/app/scope'), new Date(), new Date())
                resolve()
            } else reject(new Error(`Building fixture ${path.basename(dir)} failed:\n${output}`))
        })
    })
}

/** Whether this jest run includes the browser tests (all of them when no path pattern is given). */
function runsBrowserTests(globalConfig) {
    const pattern = globalConfig && globalConfig.testPathPattern
    return !pattern || new RegExp(pattern, 'i').test(path.join(root, 'test/browser/job-dialog.test.ts'))
}

module.exports = async function globalSetup(globalConfig) {
    fs.mkdirSync(path.join(root, 'test/artifacts'), { recursive: true })
    // Chromium first: found, installed where possible, or a clear stop; never a skipped browser test.
    if (runsBrowserTests(globalConfig)) require('./chromium.cjs').ensureChromium()
    if (!fs.existsSync(sdk)) throw new Error('The Now SDK is not installed: run `npm ci` first.')
    if (!fs.existsSync(path.join(root, 'dist/app/scope'))) {
        throw new Error('The app is not built (no dist/app): run `npm run build` (or `npm test`, which builds it) first.')
    }
    await Promise.all(fixtures.filter((dir) => !isFresh(dir)).map(build))
}
