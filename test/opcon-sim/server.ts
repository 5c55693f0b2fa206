// OpCon REST API simulator: a separate Node process (the code under test makes
// blocking synchronous HTTP calls, which would deadlock an in-process server).
//
//   node -r ./test/support/register-ts.cjs test/opcon-sim/server.ts [--http] [--port N] [--seed N] [--demo]
//
// stdout carries exactly one line, the JSON ready line; everything for humans
// goes to stderr. Nothing printed ever contains a token. See README.md.

import * as http from 'node:http'
import * as https from 'node:https'
import type { AddressInfo } from 'node:net'
import { generate } from 'selfsigned'
import { createApiRoutes } from './api-routes'
import { controlNotFound, createControlRoutes } from './control-routes'
import { FaultEngine } from './faults'
import { createMachineRoutes } from './machines'
import { apiError, matchRoute, type Reply, type RequestContext, type Route } from './routing'
import { SimState } from './state'
import type { FaultRuleState, ReadyLine, RequestLogEntry } from './types'

export interface SimOptions {
    http: boolean
    port: number
    seed: number
    demo: boolean
    /** Exit when stdin closes: lets the spawning test process take the simulator down even if it is SIGKILLed. */
    exitWithStdin: boolean
}

const MAX_BODY_BYTES = 1024 * 1024
const CONTROL_PREFIX = '/__sim/'

// ---- HTTP plumbing ---------------------------------------------------------

function readBody(req: http.IncomingMessage): Promise<string | null> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        let size = 0
        req.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size <= MAX_BODY_BYTES) chunks.push(chunk)
        })
        req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')))
        req.on('error', reject)
    })
}

function parseJson(text: string): { body: unknown; error: string | null } {
    if (text.trim() === '') return { body: undefined, error: null }
    try {
        return { body: JSON.parse(text) as unknown, error: null }
    } catch (e) {
        return { body: undefined, error: (e as Error).message }
    }
}

function buildContext(req: http.IncomingMessage, bodyText: string): RequestContext {
    const url = req.url ?? '/'
    const q = url.indexOf('?')
    const rawQuery = q < 0 ? '' : url.slice(q + 1)
    const { body, error } = parseJson(bodyText)
    return {
        method: (req.method ?? 'GET').toUpperCase(),
        rawPath: q < 0 ? url : url.slice(0, q),
        rawQuery,
        query: new URLSearchParams(rawQuery),
        authorization: req.headers.authorization ?? null,
        contentType: req.headers['content-type'] ?? null,
        bodyText,
        body,
        bodyError: error,
        params: [],
        validationErrors: [],
    }
}

function send(res: http.ServerResponse, reply: Reply): void {
    if (res.destroyed || res.headersSent) return
    const text = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body))
    const contentType = reply.contentType ?? (reply.text === undefined ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8')
    res.writeHead(reply.status, { ...reply.headers, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text) })
    res.end(text)
}

function decodePath(rawPath: string): string | null {
    try {
        return decodeURIComponent(rawPath)
    } catch {
        return null
    }
}

/** Drops the connection without an answer, as a crashing proxy or server would. */
function dropConnection(req: http.IncomingMessage): void {
    req.socket.destroy()
}

/** `routePath`: the path routes are matched against (default the raw path). */
function dispatch(routes: readonly Route[], ctx: RequestContext, notFound: () => Reply, routePath = ctx.rawPath): Reply {
    const match = matchRoute(routes, ctx.method, routePath)
    if (match.route === null) return match.methodNotAllowed ? apiError(405, `Method ${ctx.method} is not allowed on ${ctx.rawPath}`) : notFound()
    ctx.params = match.params
    try {
        return match.route.handler(ctx)
    } catch (e) {
        // Only the message: a stack or request dump could carry a token.
        process.stderr.write(`opcon-sim: internal error on ${ctx.method} ${ctx.rawPath}: ${(e as Error).message}\n`)
        return apiError(500, 'Internal simulator error')
    }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

// ---- faults ----------------------------------------------------------------

function statusFaultReply(fault: FaultRuleState): Reply {
    const status = fault.status ?? 503
    const headers: Record<string, string> = { ...fault.headers }
    if (fault.retryAfter !== undefined || status === 429) headers['Retry-After'] = String(fault.retryAfter ?? 1)
    if (typeof fault.body === 'string') return { status, text: fault.body, headers }
    return { status, body: fault.body ?? { code: status, message: `Simulated fault: HTTP ${status}` }, headers }
}

const PROXY_ERROR_PAGE = '<!DOCTYPE html>\n<html><head><title>Service Unavailable</title></head>\n<body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request.</p></body></html>\n'

function nonJsonFaultReply(fault: FaultRuleState): Reply {
    const text = typeof fault.body === 'string' ? fault.body : PROXY_ERROR_PAGE
    return { status: fault.status ?? 200, text, contentType: 'text/html; charset=utf-8', headers: fault.headers }
}

/**
 * What a debugging proxy or a misconfigured gateway in front of OpCon may do: answer with the
 * request's headers, Authorization included, in its message and as an object (`headers`).
 */
function echoHeadersReply(fault: FaultRuleState, req: http.IncomingMessage): Reply {
    const status = fault.status ?? 400
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : String(value ?? '')
    const listed = Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('; ')
    return { status, body: { code: status, message: `Request rejected by gateway. Request headers: ${listed}`, headers }, headers: fault.headers }
}

// ---- the request handler ---------------------------------------------------

function tokenOf(authorization: string | null): string | null {
    return authorization !== null && authorization.startsWith('Token ') ? authorization.slice('Token '.length) : null
}

function logEntry(state: SimState, ctx: RequestContext): RequestLogEntry {
    return state.logRequest({
        at: new Date().toISOString(),
        method: ctx.method,
        path: ctx.rawPath,
        query: ctx.rawQuery,
        authorization: ctx.authorization,
        token: tokenOf(ctx.authorization),
        contentType: ctx.contentType,
        body: ctx.bodyError === null ? (ctx.body ?? null) : ctx.bodyText,
        // Shared array: handlers push into ctx.validationErrors after logging.
        validationErrors: ctx.validationErrors,
        responseStatus: null,
        fault: null,
        route: null,
        jobIds: [],
    })
}

/** Names the request's route and jobs in its log entry and counts it, before any fault applies. */
function classify(state: SimState, routes: readonly Route[], entry: RequestLogEntry, ctx: RequestContext, decoded: string | null): void {
    const match = decoded === null ? null : matchRoute(routes, ctx.method, decoded)
    if (match?.route) {
        entry.route = match.route.name ?? null
        try {
            entry.jobIds = match.route.jobIds?.(match.params, ctx.body) ?? []
        } catch {
            entry.jobIds = []
        }
    }
    state.countRequest(entry)
}

function createRequestHandler(state: SimState, faults: FaultEngine): http.RequestListener {
    const machines = createMachineRoutes(state)
    const apiRoutes = [...createApiRoutes(state), ...machines.api]
    const controlRoutes = [...createControlRoutes(state, faults), ...machines.control]

    async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, ctx: RequestContext): Promise<void> {
        const entry = logEntry(state, ctx)
        // OpCon's host decodes the path before routing, %2F included (which is why SMA's
        // client double-encodes a '/' in an id): a decoded '/' is a path separator.
        const decoded = decodePath(ctx.rawPath)
        classify(state, apiRoutes, entry, ctx, decoded)
        const fault = faults.take(ctx.method, ctx.rawPath)
        entry.fault = fault?.kind ?? null
        const answer = (reply: Reply): void => {
            entry.responseStatus = reply.status
            send(res, reply)
        }
        if (fault?.kind === 'reset-before') return dropConnection(req)
        if (fault?.kind === 'status') return answer(statusFaultReply(fault))
        if (fault?.kind === 'non-json') return answer(nonJsonFaultReply(fault))
        if (fault?.kind === 'echo-headers') return answer(echoHeadersReply(fault, req))
        // A delayed request is still carried out even if the client gave up:
        // that is exactly the case a client's retry logic must survive.
        if (fault?.kind === 'delay') {
            state.delayedInFlight += 1
            try {
                await sleep(fault.delayMs ?? 0)
            } finally {
                state.delayedInFlight -= 1
            }
        }
        const reply = decoded === null
            ? apiError(400, 'The request path is not correctly percent-encoded')
            : dispatch(apiRoutes, ctx, () => apiError(404, `No resource matches ${ctx.method} ${ctx.rawPath}`), decoded)
        if (fault?.kind === 'reset-after') {
            reply.created?.applyNow()
            return dropConnection(req)
        }
        answer(reply)
    }

    async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
        const bodyText = await readBody(req)
        if (bodyText === null) return send(res, apiError(413, `Request body larger than ${MAX_BODY_BYTES} bytes`))
        const ctx = buildContext(req, bodyText)
        if (ctx.rawPath.startsWith(CONTROL_PREFIX)) return send(res, dispatch(controlRoutes, ctx, () => controlNotFound(ctx.method, ctx.rawPath)))
        await handleApi(req, res, ctx)
    }

    return (req, res) => {
        handle(req, res).catch((e: unknown) => {
            process.stderr.write(`opcon-sim: request failed: ${(e as Error).message}\n`)
            send(res, apiError(500, 'Internal simulator error'))
        })
    }
}

// ---- startup ---------------------------------------------------------------

async function createCertificate(): Promise<{ key: string; cert: string }> {
    const notBeforeDate = new Date(Date.now() - 5 * 60_000) // tolerate small clock skew
    // A subject of its own per process: a client that trusts several simulators (a test with a second,
    // "someone else's" host) finds each certificate by its subject, and identical self-signed subjects
    // make TLS pick the wrong one.
    const subject = [{ name: 'commonName', value: 'localhost' }, { name: 'organizationName', value: `OpCon simulator ${process.pid}` }]
    const pems = await generate(subject, {
        keyType: 'ec', // much faster to generate than RSA
        curve: 'P-256',
        algorithm: 'sha256',
        notBeforeDate,
        notAfterDate: new Date(notBeforeDate.getTime() + 365 * 86_400_000),
        extensions: [
            { name: 'basicConstraints', cA: false, critical: true },
            { name: 'keyUsage', digitalSignature: true, critical: true },
            { name: 'extKeyUsage', serverAuth: true },
            {
                name: 'subjectAltName',
                altNames: [
                    { type: 2, value: 'localhost' },
                    { type: 7, ip: '127.0.0.1' },
                ],
            },
        ],
    })
    return { key: pems.private, cert: pems.cert }
}

function listen(server: http.Server, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
    })
}

export interface RunningSim {
    ready: ReadyLine
    state: SimState
    close: () => Promise<void>
}

export async function startSim(opts: SimOptions): Promise<RunningSim> {
    const state = new SimState()
    const faults = new FaultEngine(opts.seed)
    if (opts.demo) seedDemo(state)
    const handler = createRequestHandler(state, faults)
    const tls = opts.http ? null : await createCertificate()
    const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, handler) : http.createServer(handler)
    const port = await listen(server, opts.port)
    const scheme = tls ? 'https' : 'http'
    const ready: ReadyLine = { ready: true, port, url: `${scheme}://127.0.0.1:${port}`, address: `127.0.0.1:${port}`, ca: tls?.cert ?? null }
    const close = (): Promise<void> =>
        new Promise((resolve) => {
            server.closeAllConnections()
            server.close(() => resolve())
        })
    return { ready, state, close }
}

/** A few jobs a person can poke at with curl (README.md lists them). */
export function seedDemo(state: SimState): void {
    const today = new Date().toISOString().slice(0, 10).replace(/-/g, '')
    state.addUser({ loginName: 'demo', password: 'demo' })
    state.addToken('demo-token', { user: 'demo' })
    state.addToken('demo-readonly-token', { user: 'viewer', privileged: false })
    state.seedSchedule({ name: 'DEMO', id: 100, jobs: ['GENP001', 'Payroll Export', 'ÉTL | nightly', 'DAILY REPORT', 'ADHOC CLEANUP'] })
    const job = (name: string, status: string): void =>
        void state.seedJob({ id: `${today}|100|1|${name}`, status, scheduleName: 'DEMO', output: status === 'Failed' ? { 'job.log': `${name} started\nERROR: exit code 1\n` } : undefined })
    job('GENP001', 'Failed')
    job('Payroll Export', 'Failed')
    job('ÉTL | nightly', 'Failed')
    job('DAILY REPORT', 'Finished OK')
}

// ---- command line ----------------------------------------------------------

const USAGE = 'usage: server.ts [--http] [--port N] [--seed N] [--demo]'

function intArg(argv: string[], i: number, name: string): number {
    const value = Number(argv[i + 1])
    if (argv[i + 1] === undefined || !Number.isInteger(value) || value < 0) throw new Error(`${name} needs a non-negative integer\n${USAGE}`)
    return value
}

export function parseArgs(argv: string[]): SimOptions {
    const opts: SimOptions = { http: false, port: 0, seed: 1, demo: false, exitWithStdin: false }
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i]
        if (arg === '--http') opts.http = true
        else if (arg === '--demo') opts.demo = true
        else if (arg === '--exit-with-stdin') opts.exitWithStdin = true
        else if (arg === '--port') opts.port = intArg(argv, i++, '--port')
        else if (arg === '--seed') opts.seed = intArg(argv, i++, '--seed')
        else throw new Error(`unknown argument '${arg}'\n${USAGE}`)
    }
    return opts
}

function printHints(ready: ReadyLine, opts: SimOptions): void {
    const k = opts.http ? '' : ' -k'
    const lines = [
        `OpCon REST API simulator listening on ${ready.url} (seed ${opts.seed}); Ctrl-C stops it.`,
        `  curl${k} ${ready.url}/api/version`,
        `  control API: ${ready.url}/__sim/ (see test/opcon-sim/README.md)`,
    ]
    if (opts.demo) {
        lines.push(
            "  demo data: user 'demo' and the demo tokens listed in test/opcon-sim/README.md;",
            `  failed jobs: GENP001, 'Payroll Export', 'ÉTL | nightly' on schedule DEMO (id 100) for today; list them with curl${k} ${ready.url}/__sim/jobs`,
        )
    }
    process.stderr.write(lines.join('\n') + '\n')
}

export async function main(argv: string[]): Promise<void> {
    const opts = parseArgs(argv)
    const sim = await startSim(opts)
    process.stdout.write(JSON.stringify(sim.ready) + '\n')
    printHints(sim.ready, opts)
    const shutdown = (): void => void sim.close().finally(() => process.exit(0))
    process.once('SIGINT', shutdown)
    process.once('SIGTERM', shutdown)
    if (opts.exitWithStdin) {
        process.stdin.once('end', shutdown)
        process.stdin.once('close', shutdown)
        process.stdin.resume()
    }
}

if (require.main === module) {
    main(process.argv.slice(2)).catch((e: unknown) => {
        process.stderr.write(`opcon-sim: ${(e as Error).message}\n`)
        process.exit(1)
    })
}
