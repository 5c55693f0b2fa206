// Finds the Chromium the browser tests drive (playwright-core never downloads
// one): CHROME_PATH, else /usr/bin/chromium; else, as root on Debian or
// Ubuntu, installs it with apt-get; else stops with the one command a person
// must run. It never lets the browser tests skip.
//   node test/support/chromium.cjs    prints the path (installing if it can)
'use strict'
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')

const DEFAULT_PATH = '/usr/bin/chromium'
const INSTALL_COMMAND = 'sudo apt-get install -y chromium'

function isExecutable(file, system) {
    try {
        system.fs.accessSync(file, fs.constants.X_OK)
        return system.fs.statSync(file).isFile()
    } catch {
        return false
    }
}

function osRelease(system) {
    try {
        const text = system.fs.readFileSync('/etc/os-release', 'utf8')
        const field = (name) => (new RegExp(`^${name}=(.*)$`, 'm').exec(text) || [])[1] || ''
        return `${field('ID')} ${field('ID_LIKE')}`.replace(/"/g, '').toLowerCase()
    } catch {
        return ''
    }
}

/**
 * What to do, without doing it: { path } when Chromium is there, { install }
 * when this process can apt-get it, { error } with the command otherwise.
 */
function plan(system) {
    const configured = system.env.CHROME_PATH
    if (configured) {
        if (isExecutable(configured, system)) return { path: configured }
        return { error: `CHROME_PATH is set to ${configured}, which is not an executable file. Point CHROME_PATH at Chromium or unset it to use ${DEFAULT_PATH}.` }
    }
    if (isExecutable(DEFAULT_PATH, system)) return { path: DEFAULT_PATH }
    const debianLike = /\b(debian|ubuntu)\b/.test(osRelease(system))
    if (system.isRoot && debianLike) return { install: ['apt-get update', 'apt-get install -y --no-install-recommends chromium'] }
    const where = debianLike ? 'this Debian/Ubuntu machine, as a user who is not root' : 'this system (not Debian or Ubuntu)'
    return {
        error: `The browser tests need Chromium, which is not at ${DEFAULT_PATH} and CHROME_PATH is not set; it cannot be installed automatically on ${where}. ` +
            `Run: ${INSTALL_COMMAND}   (or set CHROME_PATH to a Chromium or Chrome executable)`,
    }
}

function realSystem() {
    return { env: process.env, fs, isRoot: typeof process.getuid === 'function' && process.getuid() === 0 }
}

/** The Chromium executable, installing it first where that is possible; throws otherwise. */
function ensureChromium(system = realSystem(), run = (command) => execFileSync('sh', ['-c', command], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })) {
    const first = plan(system)
    if (first.path) return first.path
    if (first.error) throw new Error(first.error)
    process.stderr.write(`Chromium not found: installing it with apt-get (${first.install.join(' && ')})\n`)
    for (const command of first.install) run(command)
    if (isExecutable(DEFAULT_PATH, system)) return DEFAULT_PATH
    throw new Error(`apt-get ran but there is still no ${DEFAULT_PATH}. Run: ${INSTALL_COMMAND}`)
}

/** Arguments for a headless Chromium in a container (no sandbox, no GPU). */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']

module.exports = { ensureChromium, plan, CHROMIUM_ARGS, DEFAULT_PATH, INSTALL_COMMAND }

if (require.main === module) {
    try {
        console.log(ensureChromium())
    } catch (error) {
        console.error(error.message)
        process.exit(1)
    }
}
