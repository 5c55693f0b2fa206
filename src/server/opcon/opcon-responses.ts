// Turns what came back from one HTTP call to OpCon into an OpConResult:
// which failures are worth retrying, which may already have been applied
// (ambiguous), and a message that says what to do about each.
import { CAPS, capped, singleLine } from '../log/journal-text.ts'
import { failure, success, type OpConError, type OpConErrorCode, type OpConResult } from './opcon-result.ts'

export interface RawResponse {
    /** HTTP status; 0 when no HTTP answer came back. */
    status: number
    body: string
    /** The transport's error text when status is 0 (e.g. "java.net.SocketException: Connection reset"). */
    transportError: string
    /** The answer's Retry-After header ('' or absent: none), and when the answer came (epoch ms), to read an HTTP date against. */
    retryAfter?: string
    receivedAtMs?: number
}

/** The longest pause the connector takes from OpCon's Retry-After: a wrong or hostile value cannot park work for days. */
export const RETRY_AFTER_MAX_SECONDS = 3600
const RETRY_AFTER_TEXT_MAX = 64
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
// RFC 9110 10.2.3 and 5.6.7: delay-seconds, or an HTTP-date in one of its three forms (IMF-fixdate,
// the obsolete RFC 850 and asctime forms a recipient must still accept). Anchored, no nested repeats: linear.
const DELAY = /^\d{1,10}$/
const IMF_FIXDATE = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) gmt$/
const RFC850 = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) gmt$/
const ASCTIME = /^[a-z]{3} ([a-z]{3}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/

/**
 * Seconds to wait from a Retry-After value, at most RETRY_AFTER_MAX_SECONDS;
 * null when there is none or it cannot be read. A date in the past is 0.
 */
export function retryAfterSeconds(value: string | undefined, nowMs: number): number | null {
    const text = (value ?? '').slice(0, RETRY_AFTER_TEXT_MAX).trim().toLowerCase()
    if (text === '') return null
    if (DELAY.test(text)) return Math.min(RETRY_AFTER_MAX_SECONDS, parseInt(text, 10))
    let parts: { day: string; month: string; year: number; h: string; m: string; s: string } | null = null
    let match = IMF_FIXDATE.exec(text)
    if (match) parts = { day: match[1], month: match[2], year: parseInt(match[3], 10), h: match[4], m: match[5], s: match[6] }
    match = parts ? null : RFC850.exec(text)
    if (match) {
        // A two-digit year more than 50 years ahead is in the past century (RFC 9110 5.6.7).
        const yy = parseInt(match[3], 10)
        const century = Math.floor(new Date(nowMs).getUTCFullYear() / 100) * 100
        const year = century + yy > new Date(nowMs).getUTCFullYear() + 50 ? century - 100 + yy : century + yy
        parts = { day: match[1], month: match[2], year, h: match[4], m: match[5], s: match[6] }
    }
    match = parts ? null : ASCTIME.exec(text)
    if (match) parts = { day: match[2], month: match[1], year: parseInt(match[6], 10), h: match[3], m: match[4], s: match[5] }
    if (!parts) return null
    const month = MONTHS.indexOf(parts.month)
    const at = Date.UTC(parts.year, month, parseInt(parts.day, 10), parseInt(parts.h, 10), parseInt(parts.m, 10), parseInt(parts.s, 10))
    if (month < 0 || !Number.isFinite(at)) return null
    return Math.min(RETRY_AFTER_MAX_SECONDS, Math.max(0, Math.ceil((at - nowMs) / 1000)))
}

export interface CallContext {
    serverName: string
    address: string
    method: 'GET' | 'POST' | 'PUT'
    /** What the call was for: "mark fixed job 20191220|123|1|GENP001". */
    purpose: string
    /** The MID server the call went through ('' or absent: direct from the instance). */
    midServer?: string
    /** The platform's cap on waiting for a MID server (Settings.midServerWaitMs; absent: 30 s, null: no cap). */
    midServerWaitMs?: number | null
}

function where(ctx: CallContext): string {
    return `OpCon server ${ctx.serverName} (${ctx.address})`
}

export interface TransportKind {
    code: OpConErrorCode
    /** Whether the request can have reached OpCon before the failure: true unless the text proves it never left. */
    mayHaveArrived: boolean
    /** What happened, after the server's name: "did not answer in time". */
    what: string
    advice: string
}

// Only a failure before the request left proves it was not sent: the
// connection was never made (refused, connect timeout, unknown host, no route)
// or the TLS handshake failed. Texts are the JVM's and Apache HttpClient's
// (java.net.ConnectException / NoRouteToHostException / UnknownHostException,
// org.apache.http.conn.HttpHostConnectException / ConnectTimeoutException,
// javax.net.ssl.SSLHandshakeException / SSLPeerUnverifiedException).
const NOT_SENT: ReadonlyArray<{ pattern: RegExp; kind: TransportKind }> = [
    {
        pattern: /invalid uri|malformedurlexception|urisyntaxexception/,
        kind: { code: 'bad_url', mayHaveArrived: false, what: 'could not be called', advice: 'The request URL could not be formed: correct the server\'s base URL (https://host:port).' },
    },
    {
        pattern: /sslhandshakeexception|sslpeerunverifiedexception|pkix path|certificat|handshake|unrecognized ssl message/,
        kind: { code: 'tls', mayHaveArrived: false, what: 'failed the HTTPS handshake', advice: 'The HTTPS certificate was not accepted: use a certificate the instance trusts (or import the CA) and a base URL whose host name matches it.' },
    },
    {
        pattern: /connectexception|connecttimeoutexception|connect timed out|connection refused|unknownhostexception|name or service not known|no route to host|noroutetohostexception|network is unreachable/,
        kind: { code: 'unreachable', mayHaveArrived: false, what: 'could not be reached', advice: 'Check the base URL, that OpCon\'s REST API is running, and that the instance (or the MID server) can reach its host and port.' },
    },
]

const TIMEOUT_ADVICE = 'OpCon did not answer in time; raise x_opcon.http_timeout_ms if OpCon is slow, or check its load.'

/**
 * Through a MID server the instance waits at most glide.http.outbound.max_timeout
 * (30 s unless changed) whatever setHttpTimeout says, and the MID server may
 * still send the request after that (ServiceNow KB0744311: "No response for ECC
 * message request ... after waiting for 30 seconds in ECC Queue").
 */
function midTimeoutAdvice(midServer: string, waitMs: number | null): string {
    const later = 'and the MID server may still deliver the request later'
    if (waitMs === null) return `${TIMEOUT_ADVICE} Check also that MID server ${midServer} is up and not backlogged; ${later}.`
    return `Through MID server ${midServer} the instance waits at most about ${Math.round(waitMs / 1000)} s for an answer (glide.http.outbound.max_timeout, ServiceNow KB0744311), whatever x_opcon.http_timeout_ms says, ${later}: check that the MID server is up and not backlogged, and OpCon's load.`
}

// Failures after the connection was made: the request (or part of it) may have reached OpCon.
const MAY_HAVE_ARRIVED: ReadonlyArray<{ pattern: RegExp; kind: TransportKind }> = [
    {
        // java.net.SocketTimeoutException: Read timed out; com.glide.ecc.ECCResponseTimeoutException (KB0744311).
        pattern: /timed out|timeout|no response for ecc message/,
        kind: { code: 'timeout', mayHaveArrived: true, what: 'did not answer in time', advice: TIMEOUT_ADVICE },
    },
    {
        // Apache HttpClient 4.5 RetryExec: "<host:port> failed to respond" (the server closed the connection without an answer).
        pattern: /nohttpresponseexception|failed to respond/,
        kind: { code: 'connection_reset', mayHaveArrived: true, what: 'closed the connection without answering', advice: 'Check OpCon\'s REST API log and any proxy or load balancer between ServiceNow and OpCon.' },
    },
    {
        // HttpCore 4.4 ContentLengthInputStream / ChunkedInputStream: the answer was cut off.
        pattern: /premature end of|truncated chunk|malformedchunkcoding|connectionclosedexception|end of file|unexpected end of stream/,
        kind: { code: 'connection_reset', mayHaveArrived: true, what: 'cut its answer off', advice: 'The connection dropped mid-answer; check proxies and load balancers between ServiceNow and OpCon.' },
    },
    {
        pattern: /connection reset|broken pipe|socket closed|connection closed|socket hang up/,
        kind: { code: 'connection_reset', mayHaveArrived: true, what: 'dropped the connection', advice: 'The connection dropped mid-call; check proxies and load balancers between ServiceNow and OpCon.' },
    },
]

const UNKNOWN: TransportKind = {
    code: 'transport_error', mayHaveArrived: true, what: 'failed in a way the connector does not recognise',
    advice: 'Check the instance (or MID server) log for this error and the network path to OpCon; if it keeps happening, report the error text to the connector\'s maintainers.',
}

/**
 * Classifies a status-0 failure by the platform's (Java) error text. Only a
 * text that proves the request never left (a connect-phase failure) counts as
 * not sent; every other text, including one never seen before, may have
 * reached OpCon, so a POST must be checked before it is sent again.
 */
export function classifyTransportError(text: string, via: Pick<CallContext, 'midServer' | 'midServerWaitMs'> = {}): TransportKind {
    const t = text.toLowerCase()
    const known = NOT_SENT.find((entry) => entry.pattern.test(t)) ?? MAY_HAVE_ARRIVED.find((entry) => entry.pattern.test(t))
    const kind = known?.kind ?? UNKNOWN
    if (kind.code !== 'timeout' || !via.midServer) return kind
    return { ...kind, advice: midTimeoutAdvice(via.midServer, via.midServerWaitMs === undefined ? 30_000 : via.midServerWaitMs) }
}

/** The platform's error text without any URL in it (a message never carries one), on one line and capped. */
function withoutUrls(text: string): string {
    return capped(singleLine(text.replace(/\bhttps?:\/\/[^\s'"<>]+/gi, '<URL>')).trim(), CAPS.opconMessage)
}

/** OpCon's own words from an error body, on one line and at most CAPS.opconMessage characters. */
export function opconMessageOf(body: string): string {
    return capped(singleLine(wordsOf(body)).trim(), CAPS.opconMessage)
}

/** OpCon's own words from an error body ({code, message}, ProblemDetails, or plain text). */
function wordsOf(body: string): string {
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

function error(code: OpConErrorCode, message: string, retryable: boolean, ambiguous: boolean, opconMessage?: string, retryAfter?: number | null): OpConError {
    const made: OpConError = opconMessage ? { code, message, retryable, ambiguous, opconMessage } : { code, message, retryable, ambiguous }
    if (retryAfter !== undefined && retryAfter !== null) made.retryAfterSeconds = retryAfter
    return made
}

function said(opconMessage: string): string {
    return opconMessage ? ` OpCon said: "${opconMessage}".` : ''
}

export function interpretResponse(raw: RawResponse, ctx: CallContext): OpConResult<unknown> {
    const server = where(ctx)
    const status = raw.status
    if (status === 0 || !Number.isFinite(status)) {
        const kind = classifyTransportError(raw.transportError, ctx)
        const ambiguous = kind.mayHaveArrived && ctx.method === 'POST'
        const caution = ambiguous ? ' The request may already have been applied; the connector checks the job before sending it again.' : ''
        const retryable = kind.code !== 'tls' && kind.code !== 'bad_url'
        return failure(0, error(kind.code, `${server} ${kind.what} while trying to ${ctx.purpose} (${withoutUrls(raw.transportError) || 'no answer'}). ${kind.advice}${caution}`, retryable, ambiguous))
    }
    if (status >= 300 && status < 400) {
        // Not OpCon refusing: OpCon's REST API does not redirect, so the base URL leads somewhere else.
        const ambiguous = ctx.method === 'POST'
        const caution = ambiguous ? ' Whatever answered may have passed the request on: check the job in OpCon before sending it again.' : ''
        return failure(status, error('bad_url', `${server} answered HTTP ${status}, a redirect, instead of OpCon's answer while trying to ${ctx.purpose}. The base URL points at a proxy, a login page or an old address rather than OpCon's REST API: correct the base URL on the server record (OpCon Connector > Servers). The redirect was not followed, so the API token went nowhere else.${caution}`, false, ambiguous))
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
        return failure(status, error('unauthorized', `${server} refused the API token (HTTP 401) while trying to ${ctx.purpose}.${said(opconMessage)} Generate a new external token in OpCon Solution Manager and put it in the API Key credential of the server's Connection alias (Connections & Credentials).`, false, false, opconMessage))
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
    // Retry-After belongs to 429 and 503 (RFC 9110 10.2.3, RFC 6585 4).
    const pause = status === 429 || status === 503 ? retryAfterSeconds(raw.retryAfter, raw.receivedAtMs ?? 0) : null
    if (status === 429) {
        const wait = pause !== null ? `it asked for a pause of ${pause} s (Retry-After)` : 'wait a minute before asking again'
        return failure(status, error('rate_limited', `${server} asked the connector to slow down (HTTP 429) while trying to ${ctx.purpose}.${said(opconMessage)} OpCon limits how many calls it takes in a while: ${wait}.`, true, false, opconMessage, pause))
    }
    if (status >= 500) {
        // 503 means OpCon did not take the request on; other 5xx may come after it acted.
        // The words never promise a retry: a person, a flow or a script reads them, and only
        // the delivery queue retries (it says when itself).
        const ambiguous = ctx.method === 'POST' && status !== 503
        if (status === 503) {
            return failure(status, error('server_error', `${server} was unavailable (HTTP 503) while trying to ${ctx.purpose}: OpCon did not take the request on.${said(opconMessage)} If it stays unavailable, check that OpCon's REST API service is running, and its log.`, true, ambiguous, opconMessage, pause))
        }
        return failure(status, error('server_error', `${server} failed (HTTP ${status}) while trying to ${ctx.purpose}.${said(opconMessage)} If it keeps failing, check OpCon's REST API log.`, true, ambiguous, opconMessage))
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
