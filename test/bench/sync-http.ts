// Blocking HTTP for the bench: ServiceNow's RESTMessageV2.execute() is
// synchronous ("RESTMessageV2" docs: only executeAsync does not wait), so the
// emulated instance must be too. One long-lived worker
// thread does the I/O while this thread sleeps in Atomics.wait.
import * as path from 'node:path'
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads'

export interface SyncHttpRequest {
    method: string
    url: string
    headers: Record<string, string>
    body?: string
    timeoutMs: number
    ca?: string[]
}

/** What went wrong below HTTP; `bench` means the worker itself failed to answer. */
export type SyncHttpErrorKind = 'refused' | 'dns' | 'unreachable' | 'tls' | 'reset' | 'timeout' | 'url' | 'io' | 'bench'

export interface SyncHttpResponse {
    status: number
    headers: Record<string, string>
    body: string
    error?: string
    errorCode?: number
    durationMs: number
    errorKind?: SyncHttpErrorKind
    /** Every header line as received, so repeated headers (Set-Cookie) survive. */
    headerList?: Array<{ name: string; value: string }>
}

interface Channel {
    worker: Worker
    port: MessagePort
    flag: Int32Array
    alive: boolean
}

interface Reply {
    id: number
    res: SyncHttpResponse
}

const WORKER_FILE = path.join(__dirname, 'http-worker.cjs')
/** Slack over the request's own timeout before we assume the worker is stuck. */
const WORKER_GRACE_MS = 5000
const FALLBACK_TIMEOUT_MS = 60000

let channel: Channel | null = null
let nextId = 1

function startChannel(): Channel {
    const flag = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT))
    const { port1, port2 } = new MessageChannel()
    const worker = new Worker(WORKER_FILE, {
        workerData: { flag: flag.buffer, port: port2 },
        transferList: [port2],
    })
    // Neither may keep jest (or any host process) alive once the tests are done.
    worker.unref()
    port1.unref()
    const created: Channel = { worker, port: port1, flag, alive: true }
    worker.on('exit', () => { created.alive = false })
    // Without a listener a crash in the worker would be rethrown on this thread.
    worker.on('error', () => { created.alive = false })
    return created
}

function liveChannel(): Channel {
    if (!channel || !channel.alive) channel = startChannel()
    return channel
}

function takeReply(port: MessagePort, id: number): SyncHttpResponse | null {
    for (let msg = receiveMessageOnPort(port); msg; msg = receiveMessageOnPort(port)) {
        const reply = msg.message as Reply
        // Anything else is a late answer to a call we already gave up on.
        if (reply.id === id) return reply.res
    }
    return null
}

function sanitize(req: SyncHttpRequest): SyncHttpRequest {
    const timeoutMs = Number.isFinite(req.timeoutMs) && req.timeoutMs > 0 ? req.timeoutMs : FALLBACK_TIMEOUT_MS
    return {
        method: String(req.method),
        url: String(req.url),
        headers: { ...req.headers },
        body: req.body,
        timeoutMs,
        ca: req.ca ? [...req.ca] : undefined,
    }
}

function workerGaveUp(started: number, timeoutMs: number): SyncHttpResponse {
    closeSyncHttp()
    return {
        status: 0,
        headers: {},
        body: '',
        error: `java.io.IOException: bench HTTP worker gave no answer within ${timeoutMs + WORKER_GRACE_MS} ms`,
        errorKind: 'bench',
        errorCode: 1,
        durationMs: Date.now() - started,
    }
}

/** Performs one HTTP exchange, blocking this thread until it completes or fails. */
export function requestSync(req: SyncHttpRequest): SyncHttpResponse {
    const clean = sanitize(req)
    const ch = liveChannel()
    const id = nextId++
    const started = Date.now()
    const deadline = started + clean.timeoutMs + WORKER_GRACE_MS
    Atomics.store(ch.flag, 0, 0)
    ch.worker.postMessage({ type: 'request', id, req: clean })
    for (let remaining = deadline - Date.now(); remaining > 0; remaining = deadline - Date.now()) {
        Atomics.wait(ch.flag, 0, 0, remaining)
        // Reset before reading: a reply landing after the read flips the flag again.
        Atomics.store(ch.flag, 0, 0)
        const res = takeReply(ch.port, id)
        if (res) return res
    }
    return workerGaveUp(started, clean.timeoutMs)
}

/** Stops the worker; the next requestSync starts a fresh one. */
export function closeSyncHttp(): void {
    if (!channel) return
    const { worker, port } = channel
    channel = null
    port.close()
    void worker.terminate()
}
