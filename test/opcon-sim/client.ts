// Test-side handle on the OpCon simulator: spawns it as a separate process
// (the code under test blocks its thread on synchronous HTTP, so the server
// cannot live in the test's process) and wraps the control API.

import { spawn, type ChildProcess } from 'node:child_process'
import * as http from 'node:http'
import * as https from 'node:https'
import * as path from 'node:path'
import type {
    ActionBehaviour,
    AddTokenOptions,
    AddUserInput,
    AppliedAction,
    FailJobInput,
    FaultRule,
    FinishJobInput,
    FaultRuleState,
    ReadyLine,
    RequestCounts,
    RequestLogEntry,
    SeedJobInput,
    SeedScheduleInput,
    SimDailySchedule,
    SimIncidentTicket,
    SimJob,
    SimSchedule,
    SimToken,
} from './types'
import type { SeedMachineInput, SimMachine } from './machines'

export type * from './types'

export interface StartOptions {
    /** Plain HTTP instead of HTTPS with a self-signed certificate. */
    http?: boolean
    /** PRNG seed for probabilistic faults (default 1). */
    seed?: number
    /** Pre-seed the demo user, tokens and jobs (see README.md). */
    demo?: boolean
    /** How long to wait for the ready line (default 20 s). */
    readyTimeoutMs?: number
}

export interface SimResponse {
    status: number
    headers: http.IncomingHttpHeaders
    text: string
    /** Parsed body, or undefined when it is not JSON. */
    json: unknown
}

export interface RequestOptions {
    /** Serialised as JSON unless it is a string. */
    body?: unknown
    /** Sends `Authorization: Token <token>`. */
    token?: string
    headers?: Record<string, string>
    timeoutMs?: number
}

export interface OpConSim {
    url: string
    address: string
    port: number
    /** Process id of the simulator. */
    pid: number
    /** PEM of the simulator's self-signed certificate (null with http). */
    ca: string | null
    stop(): Promise<void>
    /** Any request to the simulator (OpCon API or control API), trusting its certificate. */
    request(method: string, urlPath: string, opts?: RequestOptions): Promise<SimResponse>
    reset(): Promise<void>
    addUser(user: AddUserInput): Promise<void>
    addToken(token: string, opts: AddTokenOptions): Promise<SimToken>
    seedJob(job: SeedJobInput): Promise<SimJob>
    seedSchedule(schedule: SeedScheduleInput): Promise<SimSchedule>
    getJob(id: string): Promise<SimJob | undefined>
    jobs(): Promise<SimJob[]>
    /** The job runs again and fails: a new run (new jobNumber, start and end), status Failed unless `status` names another Failed-category status. */
    failJob(id: string, input?: FailJobInput): Promise<SimJob>
    /** The job runs again and finishes OK (a new run), as OpCon's automatic restart recovering it would. */
    finishJob(id: string, input?: FinishJobInput): Promise<SimJob>
    /** The job's incident tickets, oldest first (DailyJobIncidentTicket shape). */
    tickets(jobId: string): Promise<SimIncidentTicket[]>
    /** The job's documentation text (DailyJobDocumentation.job). */
    documentation(jobId: string): Promise<string>
    /** Requests by route (`GET /api/dailyjobs`, `POST /api/dailyjobs/{uid}/incidentTickets`...) and by daily job, faulted ones included; cleared with the log. */
    requestCounts(): Promise<RequestCounts>
    dailySchedules(): Promise<SimDailySchedule[]>
    setFaults(rules: FaultRule[]): Promise<FaultRuleState[]>
    clearFaults(): Promise<void>
    faults(): Promise<FaultRuleState[]>
    requests(): Promise<RequestLogEntry[]>
    clearRequests(): Promise<void>
    appliedActions(): Promise<AppliedAction[]>
    setActionBehaviour(behaviour: Partial<ActionBehaviour>): Promise<ActionBehaviour>
    /** What the simulator still has to do by itself: accepted operations not yet applied (apply 'afterDelay'), delayed requests not yet carried out. */
    pending(): Promise<{ applies: number; delayedRequests: number }>
    /** Seeds an agent machine that GET /api/machines lists (machines.ts). */
    addMachine(machine: SeedMachineInput): Promise<SimMachine>
}

const PROJECT_ROOT = path.resolve(__dirname, '..', '..')
const REGISTER_HOOK = path.join(PROJECT_ROOT, 'test', 'support', 'register-ts.cjs')
const SERVER = path.join(__dirname, 'server.ts')
const STDERR_KEEP = 8192

function simRequest(ready: ReadyLine, agent: http.Agent, method: string, urlPath: string, opts: RequestOptions = {}): Promise<SimResponse> {
    const payload = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body)
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers }
    if (payload !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json'
    if (opts.token !== undefined) headers.Authorization = `Token ${opts.token}`
    const transport = ready.ca === null ? http : https
    return new Promise((resolve, reject) => {
        const req = transport.request(`${ready.url}${urlPath}`, { method, headers, agent, timeout: opts.timeoutMs ?? 10_000 }, (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('error', reject)
            res.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8')
                resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: tryParse(text) })
            })
        })
        req.on('timeout', () => req.destroy(new Error(`timeout after ${opts.timeoutMs ?? 10_000} ms: ${method} ${urlPath}`)))
        req.on('error', reject)
        req.end(payload)
    })
}

function tryParse(text: string): unknown {
    try {
        return JSON.parse(text) as unknown
    } catch {
        return undefined
    }
}

/** Resolves with the ready line; rejects with the child's stderr on exit or timeout. */
function waitForReady(child: ChildProcess, stderrTail: () => string, timeoutMs: number): Promise<ReadyLine> {
    return new Promise((resolve, reject) => {
        let buffered = ''
        const fail = (why: string): void => {
            cleanup()
            child.kill('SIGKILL')
            reject(new Error(`OpCon simulator did not start: ${why}\n--- simulator stderr ---\n${stderrTail() || '(empty)'}`))
        }
        const onData = (chunk: Buffer): void => {
            buffered += chunk.toString('utf8')
            const newline = buffered.indexOf('\n')
            if (newline < 0) return
            const line = tryParse(buffered.slice(0, newline)) as ReadyLine | undefined
            if (!line || line.ready !== true) return fail(`unexpected first stdout line: ${buffered.slice(0, Math.min(newline, 200))}`)
            cleanup()
            resolve(line)
        }
        const onExit = (code: number | null, signal: string | null): void => fail(`process exited (code ${code}, signal ${signal})`)
        const onError = (e: Error): void => fail(e.message)
        const timer = setTimeout(() => fail(`no ready line within ${timeoutMs} ms`), timeoutMs)
        function cleanup(): void {
            clearTimeout(timer)
            child.stdout?.off('data', onData)
            child.off('exit', onExit)
            child.off('error', onError)
        }
        child.stdout?.on('data', onData)
        child.once('exit', onExit)
        child.once('error', onError)
    })
}

function spawnSim(opts: StartOptions): { child: ChildProcess; stderrTail: () => string } {
    const args = ['-r', REGISTER_HOOK, SERVER, '--exit-with-stdin']
    if (opts.http) args.push('--http')
    if (opts.demo) args.push('--demo')
    if (opts.seed !== undefined) args.push('--seed', String(opts.seed))
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr?.on('data', (c: Buffer) => {
        stderr = (stderr + c.toString('utf8')).slice(-STDERR_KEEP)
    })
    return { child, stderrTail: () => stderr }
}

/** Stops the child: SIGTERM, then SIGKILL if it lingers. */
function stopChild(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
    return new Promise((resolve) => {
        const force = setTimeout(() => child.kill('SIGKILL'), 3000)
        child.once('exit', () => {
            clearTimeout(force)
            resolve()
        })
        child.stdin?.end()
        child.kill('SIGTERM')
    })
}

/** Lets the test process exit even if a test forgets stop(); the exit hook and closed stdin still end the child. */
function unrefChild(child: ChildProcess): void {
    child.unref()
    for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void } | null)?.unref?.()
}

export async function startOpConSim(opts: StartOptions = {}): Promise<OpConSim> {
    const { child, stderrTail } = spawnSim(opts)
    const killOnExit = (): void => void child.kill('SIGKILL')
    process.once('exit', killOnExit)
    let ready: ReadyLine
    try {
        ready = await waitForReady(child, stderrTail, opts.readyTimeoutMs ?? 20_000)
    } catch (e) {
        process.off('exit', killOnExit)
        throw e
    }
    unrefChild(child)
    // No keep-alive: fault tests destroy sockets, and a pooled socket the
    // server already dropped would turn the next request into a spurious error.
    const agent = ready.ca === null ? new http.Agent({ keepAlive: false }) : new https.Agent({ keepAlive: false, ca: ready.ca })
    const request = (method: string, urlPath: string, o?: RequestOptions): Promise<SimResponse> => simRequest(ready, agent, method, urlPath, o)

    async function control<T>(method: string, urlPath: string, body?: unknown): Promise<T> {
        const res = await request(method, `/__sim/${urlPath}`, { body })
        if (res.status >= 300 && !(res.status === 404 && method === 'GET')) throw new Error(`control ${method} /__sim/${urlPath} failed: ${res.status} ${res.text}`)
        return res.json as T
    }

    /** A control GET whose 404 (unknown job) is an error, not undefined. */
    async function controlFound<T>(urlPath: string): Promise<T> {
        const res = await request('GET', `/__sim/${urlPath}`)
        if (res.status !== 200) throw new Error(`control GET /__sim/${urlPath} failed: ${res.status} ${res.text}`)
        return res.json as T
    }

    return {
        url: ready.url,
        address: ready.address,
        port: ready.port,
        pid: child.pid ?? 0,
        ca: ready.ca,
        request,
        async stop() {
            process.off('exit', killOnExit)
            agent.destroy()
            await stopChild(child)
        },
        reset: () => control<unknown>('POST', 'reset').then(() => undefined),
        addUser: (user) => control<unknown>('POST', 'users', user).then(() => undefined),
        addToken: (token, o) => control<SimToken>('POST', 'tokens', { token, ...o }),
        seedJob: (job) => control<SimJob>('POST', 'jobs', job),
        seedSchedule: (schedule) => control<SimSchedule>('POST', 'schedules', schedule),
        async getJob(id) {
            const res = await request('GET', `/__sim/jobs/${encodeURIComponent(id)}`)
            return res.status === 404 ? undefined : (res.json as SimJob)
        },
        jobs: () => control<SimJob[]>('GET', 'jobs'),
        failJob: (id, input) => control<SimJob>('POST', `jobs/${encodeURIComponent(id)}/fail`, input ?? {}),
        finishJob: (id, input) => control<SimJob>('POST', `jobs/${encodeURIComponent(id)}/finish`, input ?? {}),
        tickets: (jobId) => controlFound<SimIncidentTicket[]>(`jobs/${encodeURIComponent(jobId)}/tickets`),
        documentation: (jobId) => controlFound<{ job: string }>(`jobs/${encodeURIComponent(jobId)}/documentation`).then((d) => d.job),
        requestCounts: () => control<RequestCounts>('GET', 'request-counts'),
        dailySchedules: () => control<SimDailySchedule[]>('GET', 'dailyschedules'),
        setFaults: (rules) => control<FaultRuleState[]>('PUT', 'faults', rules),
        clearFaults: () => control<unknown>('DELETE', 'faults').then(() => undefined),
        faults: () => control<FaultRuleState[]>('GET', 'faults'),
        requests: () => control<RequestLogEntry[]>('GET', 'requests'),
        clearRequests: () => control<unknown>('DELETE', 'requests').then(() => undefined),
        appliedActions: () => control<AppliedAction[]>('GET', 'applied-actions'),
        setActionBehaviour: (behaviour) => control<ActionBehaviour>('PUT', 'behaviour', behaviour),
        pending: () => control<{ applies: number; delayedRequests: number }>('GET', 'pending'),
        addMachine: (machine) => control<SimMachine>('POST', 'machines', machine),
    }
}
