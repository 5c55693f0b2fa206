// `npm start`: builds the package when dist/app is missing or older than the
// sources, starts the playground on 127.0.0.1 (PORT, default 8080) and prints
// its URL; Ctrl-C stops it and the OpCon simulators.
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { PortInUse, startPlayground } from './server'

const ROOT = path.resolve(__dirname, '..', '..')
const APP = path.join(ROOT, 'dist', 'app')
/** Written by the build itself, so never newer than what it built from. */
const GENERATED = path.join(ROOT, 'fluent', 'generated')

function newest(dir: string): number {
    let latest = 0
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (full === GENERATED) continue
        latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs)
    }
    return latest
}

/** Why dist/app needs building, or null when it is up to date. */
export function buildReason(): string | null {
    if (!fs.existsSync(APP)) return 'dist/app is missing'
    const built = newest(APP)
    const source = Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'fluent')))
    return source > built ? 'src/ or fluent/ changed since the last build' : null
}

async function main(): Promise<void> {
    const reason = buildReason()
    if (reason) {
        process.stderr.write(`Building the package (${reason}): npx now-sdk build\n`)
        const build = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'now-sdk'), ['build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] })
        if (build.status !== 0) {
            process.stderr.write('The build failed (see above); fix it, then run npm start again.\n')
            process.exit(1)
        }
    }
    const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT)
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`PORT=${process.env.PORT} is not a port number: use e.g. PORT=8081 npm start\n`)
        process.exit(1)
    }
    process.stderr.write('Starting the instance and two OpCon simulators…\n')
    let playground
    try {
        playground = await startPlayground({ port, log: (line) => process.stderr.write(`${line}\n`) })
    } catch (error) {
        if (error instanceof PortInUse) {
            process.stderr.write(`${error.message}\n`)
            process.exit(1)
        }
        throw error
    }
    process.stdout.write(`\nOpCon Connector playground: ${playground.url}/\n\n`)
    process.stderr.write('The collector opens an incident for each failed job within a minute (or press "Skip ahead 1 minute"). Ctrl-C stops it.\n')
    let stopping = false
    const stop = (): void => {
        if (stopping) return
        stopping = true
        process.stderr.write('\nStopping…\n')
        playground.stop().then(() => process.exit(0), () => process.exit(1))
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
    process.stderr.write(`The playground did not start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
    process.exit(1)
})
