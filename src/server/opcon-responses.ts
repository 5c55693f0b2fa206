// Turns what came back from one HTTP call to OpCon into an OpConResult:
// which failures are worth retrying, which may already have been applied
// (ambiguous), and a message that says what to do about each.
import { failure, success, type OpConError, type OpConErrorCode, type OpConResult } from './opcon-result.ts'

export interface RawResponse {
    /** HTTP status; 0 when no HTTP answer came back. */
    status: number
    body: string
    /** The transport's error text when status is 0 (e.g. "java.net.SocketException: Connection reset"). */
    transportError: string
}

export interface CallContext {
    serverName: string
    address: string
    method: 'GET' | 'POST'
    /** What the call was for: "mark fixed job 20191220|123|1|GENP001". */
    purpose: string
}

function where(ctx: CallContext): string {
    return `OpCon server ${ctx.serverName} (${ctx.address})`
}

interface TransportKind {
    code: OpConErrorCode
    /** Whether the request can have reached OpCon before the failure. */
    mayHaveArrived: boolean
    advice: string
}

/** Classifies a status-0 failure by the platform's (Java) error text. */
export function classifyTransportError(text: string): TransportKind {
    const t = text.toLowerCase()
    if (t.includes('read timed out') || (t.includes('timed out') && !t.includes('connect'))) {
        return { code: 'timeout', mayHaveArrived: true, advice: 'OpCon did not answer in time; raise x_opcon.http_timeout_ms if OpCon is slow, or check its load.' }
    }
    if (t.includes('connect timed out')) {
        return { code: 'unreachable', mayHaveArrived: false, advice: 'Check that the server is up and that the instance (or the MID server) can reach its host and port.' }
    }
    if (t.includes('connection reset') || t.includes('broken pipe') || t.includes('end of file') || t.includes('unexpected end of stream')) {
        return { code: 'connection_reset', mayHaveArrived: true, advice: 'The connection dropped mid-call; check proxies and load balancers between ServiceNow and OpCon.' }
    }
    if (t.includes('ssl') || t.includes('certificat') || t.includes('pkix') || t.includes('handshake')) {
        return { code: 'tls', mayHaveArrived: false, advice: 'The HTTPS certificate was not accepted: use a certificate the instance trusts (or import the CA) and a base URL whose host name matches it.' }
    }
    return { code: 'unreachable', mayHaveArrived: false, advice: 'Check the base URL, that OpCon\'s REST API is running, and that the instance (or the MID server) can reach it.' }
}

/** OpCon's own words from an error body ({code, message}, ProblemDetails, or plain text). */
export function opconMessageOf(body: string): string {
    const trimmed = body.trim()
    if (trimmed === '') return ''
    try {
        const parsed: unknown = JSON.parse(trimmed)
        if (parsed && typeof parsed === 'object') {
            const obj = parsed as Record<string, unknown>
            for (const key of ['message', 'Message', 'detail', 'title', 'error']) {
                if (typeof obj[key] === 'string' && obj[key] !== '') return obj[key] as string
            }
            if (obj.errors && typeof obj.errors === 'object') {
                return Object.entries(obj.errors as Record<string, unknown>).map(([field, errs]) => `${field}: ${String(errs)}`).join('; ')
            }
        }
        if (typeof parsed === 'string') return parsed
    } catch {
        // Not JSON: a proxy's HTML page or plain text. Keep a short, tag-free excerpt.
    }
    return trimmed.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200)
}

function error(code: OpConErrorCode, message: string, retryable: boolean, ambiguous: boolean, opconMessage?: string): OpConError {
    return opconMessage ? { code, message, retryable, ambiguous, opconMessage } : { code, message, retryable, ambiguous }
}

function said(opconMessage: string): string {
    return opconMessage ? ` OpCon said: "${opconMessage}".` : ''
}

export function interpretResponse(raw: RawResponse, ctx: CallContext): OpConResult<unknown> {
    const server = where(ctx)
    const status = raw.status
    if (status === 0 || !Number.isFinite(status)) {
        const kind = classifyTransportError(raw.transportError)
        const ambiguous = kind.mayHaveArrived && ctx.method === 'POST'
        const what = {
            timeout: 'did not answer in time',
            unreachable: 'could not be reached',
            connection_reset: 'dropped the connection',
            tls: 'failed the HTTPS handshake',
        }[kind.code as 'timeout' | 'unreachable' | 'connection_reset' | 'tls'] ?? 'could not be reached'
        const caution = ambiguous ? ' The request may already have been applied; the connector checks the job before sending it again.' : ''
        return failure(0, error(kind.code, `${server} ${what} while trying to ${ctx.purpose} (${raw.transportError || 'no answer'}). ${kind.advice}${caution}`, kind.code !== 'tls', ambiguous))
    }
    const opconMessage = status >= 300 ? opconMessageOf(raw.body) : ''
    if (status >= 200 && status < 300) {
        if (raw.body.trim() === '') return success(status, null)
        try {
            return success(status, JSON.parse(raw.body) as unknown)
        } catch {
            const ambiguous = ctx.method === 'POST'
            return failure(status, error('bad_response', `${server} answered HTTP ${status} with something that is not JSON while trying to ${ctx.purpose} ("${opconMessageOf(raw.body)}"). Check that the base URL points at OpCon's REST API, not a proxy or login page.`, ambiguous, ambiguous))
        }
    }
    if (status === 401) {
        return failure(status, error('unauthorized', `${server} refused the API token (HTTP 401) while trying to ${ctx.purpose}.${said(opconMessage)} Generate a new external token in OpCon Solution Manager and enter it in the server record's API token field.`, false, false, opconMessage))
    }
    if (status === 403) {
        return failure(status, error('forbidden', `${server} accepted the token but its user may not ${ctx.purpose} (HTTP 403).${said(opconMessage)} Give the token's OpCon user the department privilege for this job.`, false, false, opconMessage))
    }
    if (status === 404) {
        return failure(status, error('not_found', `${server} found nothing to ${ctx.purpose} (HTTP 404).${said(opconMessage)} The job or schedule may no longer be in OpCon's daily tables, or the base URL is wrong.`, false, false, opconMessage))
    }
    if (status === 409) {
        return failure(status, error('conflict', `${server} refused to ${ctx.purpose} because of the job's current state (HTTP 409).${said(opconMessage)}`, false, false, opconMessage))
    }
    if (status === 429) {
        return failure(status, error('rate_limited', `${server} asked the connector to slow down (HTTP 429) while trying to ${ctx.purpose}.${said(opconMessage)} The call is retried later.`, true, false, opconMessage))
    }
    if (status >= 500) {
        // 503 means OpCon did not take the request on; other 5xx may come after it acted.
        const ambiguous = ctx.method === 'POST' && status !== 503
        return failure(status, error('server_error', `${server} failed (HTTP ${status}) while trying to ${ctx.purpose}.${said(opconMessage)} The call is retried; if it keeps failing, check OpCon's REST API log.`, true, ambiguous, opconMessage))
    }
    return failure(status, error('bad_request', `${server} rejected the request to ${ctx.purpose} (HTTP ${status}).${said(opconMessage)}`, false, false, opconMessage))
}

export type AsyncOutcome = 'submitted' | 'success' | 'failed'

export interface AsyncResult {
    outcome: AsyncOutcome
    /** OpCon's message for a failed (or partly failed) action. */
    message: string
    id: string
}

/**
 * Reads the result of an asynchronous OpCon action (job action, schedule
 * build, schedule action). A per-job or per-item failure counts as failed.
 */
export function interpretAsyncResult(data: unknown): AsyncResult | null {
    if (!data || typeof data !== 'object') return null
    const obj = data as Record<string, unknown>
    const id = typeof obj.id === 'number' || typeof obj.id === 'string' ? String(obj.id) : ''
    const top = typeof obj.result === 'string' ? obj.result.toLowerCase() : ''
    const parts = [obj.jobs, obj.scheduleActionItems].filter(Array.isArray).flat() as Array<Record<string, unknown>>
    const failedParts = parts.filter((part) => typeof part?.result === 'string' && part.result.toLowerCase() === 'failed')
    const messages = [obj.message, ...failedParts.map((part) => part.message)].filter((m): m is string => typeof m === 'string' && m !== '')
    if (top === 'failed' || failedParts.length > 0) return { outcome: 'failed', message: messages.join('; ') || 'OpCon gave no reason.', id }
    if (top === 'success') return { outcome: 'success', message: messages.join('; '), id }
    if (top === 'submitted' || top === '' || top === 'pending' || top === 'inprogress' || top === 'in progress') return { outcome: 'submitted', message: '', id }
    return { outcome: 'submitted', message: '', id }
}
