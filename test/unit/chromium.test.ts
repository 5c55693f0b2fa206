// test/support/chromium.cjs decides where the browser tests' Chromium comes
// from; it must never let them skip. Checked against a pretend file system.
import * as fs from 'node:fs'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { plan, ensureChromium, INSTALL_COMMAND } = require('../support/chromium.cjs')

function system(options: { env?: Record<string, string>; executables?: string[]; osRelease?: string; isRoot?: boolean }) {
    const executables = new Set(options.executables ?? [])
    return {
        env: options.env ?? {},
        isRoot: options.isRoot ?? false,
        fs: {
            accessSync(file: string) {
                if (!executables.has(file)) throw new Error('ENOENT')
            },
            statSync: () => ({ isFile: () => true }),
            readFileSync(file: string) {
                if (file === '/etc/os-release' && options.osRelease !== undefined) return options.osRelease
                throw new Error('ENOENT')
            },
            constants: fs.constants,
        },
    }
}

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n'
const UBUNTU = 'ID=ubuntu\nID_LIKE=debian\n'

test('CHROME_PATH wins; a CHROME_PATH that is not there is an error, not a fallback', () => {
    expect(plan(system({ env: { CHROME_PATH: '/opt/chrome/chrome' }, executables: ['/opt/chrome/chrome', '/usr/bin/chromium'] }))).toEqual({ path: '/opt/chrome/chrome' })
    expect(plan(system({ env: { CHROME_PATH: '/nope' }, executables: ['/usr/bin/chromium'] })).error).toMatch(/CHROME_PATH is set to \/nope, which is not an executable file/)
})

test('Debian\'s /usr/bin/chromium is used when there', () => {
    expect(plan(system({ executables: ['/usr/bin/chromium'] }))).toEqual({ path: '/usr/bin/chromium' })
})

test('root on Debian or Ubuntu installs it with apt-get', () => {
    for (const osRelease of [DEBIAN, UBUNTU]) {
        expect(plan(system({ isRoot: true, osRelease }))).toEqual({ install: ['apt-get update', 'apt-get install -y --no-install-recommends chromium'] })
    }
    const installed: string[] = []
    const executables: string[] = []
    const sys = system({ isRoot: true, osRelease: DEBIAN, executables })
    sys.fs.accessSync = (file: string) => { if (!executables.includes(file)) throw new Error('ENOENT') }
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
        expect(ensureChromium(sys, (command: string) => { installed.push(command); if (command.includes('install')) executables.push('/usr/bin/chromium') })).toBe('/usr/bin/chromium')
    } finally {
        stderr.mockRestore()
    }
    expect(installed).toEqual(['apt-get update', 'apt-get install -y --no-install-recommends chromium'])
})

test('otherwise it stops with the one command a person must run', () => {
    for (const sys of [system({ osRelease: DEBIAN }), system({ isRoot: true, osRelease: 'ID=fedora\n' }), system({})]) {
        expect(() => ensureChromium(sys, () => { throw new Error('must not install') })).toThrow(`Run: ${INSTALL_COMMAND}`)
    }
})
