// The bench's sn_ws.RESTMessageV2 / RESTResponseV2: builds requests from the
// installed sys_rest_message* records the way the platform does and sends them
// synchronously, so server scripts run unchanged against real HTTP servers.
// Sources: ServiceNow docs "RESTMessageV2" and "RESTResponseV2" (server API
// reference), `now-sdk explain rest-message-guide`, sdk-notes; the Java error
// texts are described in http-worker.cjs. Not modelled: the ECC queue and MID
// servers (setMIDServer is only recorded; a MID server's ~30 s wait, KB0744311,
// is not applied), authentication profiles, mutual TLS, retry policies,
// outbound HTTP logging (sys_outbound_http_log), attachments.
import type { PackageRecord } from './records'
import { requestSync, type SyncHttpErrorKind, type SyncHttpResponse } from './sync-http'

export interface HttpLogEntry {
    seq: number
    message: string
    fn: string
    method: string
    url: string
    requestHeaders: Record<string, string>
    requestBody: string
    midServer: string | null
    timeoutMs: number
    status: number
    responseBody: string
    error: string | null
    durationMs: number
    at: number
}

export interface RestDeps {
    records(table: string): PackageRecord[]
    trustedCa(): string[]
    onRequest(entry: HttpLogEntry): void
    warn(message: string): void
    defaultTimeoutMs?: number
    /** The instance's clock, so HTTP log entries line up with its logs (default: wall clock). */
    now?(): number
    /** Moves the instance's clock: a call took this long (mapCallDurations). */
    advance?(ms: number): void
}

// Assumed: 60 s when the script sets no timeout. "Available system properties" gives glide.http.timeout
// 175000 ms as the outbound default, so the bench's is the shorter one (the app always sets its own).
const PLATFORM_DEFAULT_TIMEOUT_MS = 60000

/**
 * A bench option with no platform counterpart: the text getErrorMessage()
 * gives for a transport failure, in place of the Java text the bench derives
 * from the real socket error. It exists for failures the platform reports in
 * words a local socket cannot provoke (a MID server's ECC timeout, Apache
 * HttpClient's own exceptions, a text nobody has seen yet). A test that uses
 * one names the source of the text it models.
 */
export interface TransportTextRule {
    /** The failure as the bench's HTTP worker classifies it ('reset', 'timeout', 'refused'...). */
    kind: SyncHttpErrorKind
    /** Only requests with this method (any when absent). */
    method?: string
    /** Only requests whose URL starts with this (any when absent). */
    urlPrefix?: string
    /** What getErrorMessage() says instead. */
    text: string
    /** Only the next N matching failures (all when absent). */
    times?: number
}

const transportTexts: Array<TransportTextRule & { remaining: number | null }> = []

/**
 * Makes matching transport failures read `text` until the returned function
 * is called. The first matching rule wins: the latest call's rules, in order,
 * before earlier ones. Every RESTMessageV2 of this
 * module sees the rules, so a test must call the function when done (in a
 * finally or afterEach).
 */
export function mapTransportFailures(rules: TransportTextRule[]): () => void {
    const added = rules.map((rule) => ({ ...rule, remaining: rule.times ?? null }))
    transportTexts.unshift(...added)
    return () => {
        for (const rule of added) {
            const at = transportTexts.indexOf(rule)
            if (at >= 0) transportTexts.splice(at, 1)
        }
    }
}

function mappedFailure(res: SyncHttpResponse, method: string, url: string): SyncHttpResponse {
    if (res.status !== 0 || res.errorKind === undefined) return res
    const rule = transportTexts.find((r) => r.remaining !== 0 && r.kind === res.errorKind
        && (r.method === undefined || r.method.toUpperCase() === method.toUpperCase())
        && (r.urlPrefix === undefined || url.startsWith(r.urlPrefix)))
    if (!rule) return res
    if (rule.remaining !== null) rule.remaining -= 1
    return { ...res, error: rule.text }
}
/**
 * A bench option with no platform counterpart: how long a matching call keeps
 * the script waiting on the instance's clock. On the platform a call blocks
 * the script (and the clock goes on) for as long as the server takes, up to
 * the call's timeout ("RESTMessageV2" execute, setHttpTimeout); the bench's
 * calls to a local simulator take milliseconds, and a test cannot wait
 * minutes of real time. A matching call is still sent; the instance's clock
 * then moves by `ms`, or, when `ms` reaches the call's timeout, by the timeout
 * and the call fails as a read timeout does (status 0, "Read timed out",
 * KB2712211; the request may have arrived) whatever the server answered.
 */
export interface CallDurationRule {
    /** Only requests with this method (any when absent). */
    method?: string
    /** Only requests whose URL starts with this (any when absent). */
    urlPrefix?: string
    /** How long the call takes on the instance's clock. */
    ms: number
    /** Only the next N matching calls (all when absent). */
    times?: number
}

const callDurations: Array<CallDurationRule & { remaining: number | null }> = []

/** Makes matching calls take `ms` of the instance's time until the returned function is called (first matching rule wins, latest call's first). */
export function mapCallDurations(rules: CallDurationRule[]): () => void {
    const added = rules.map((rule) => {
        if (!(Number.isFinite(rule.ms) && rule.ms >= 0)) throw new Error(`mapCallDurations: ms must be a non-negative number, got ${rule.ms}`)
        return { ...rule, remaining: rule.times ?? null }
    })
    callDurations.unshift(...added)
    return () => {
        for (const rule of added) {
            const at = callDurations.indexOf(rule)
            if (at >= 0) callDurations.splice(at, 1)
        }
    }
}

function takeDuration(method: string, url: string): number | null {
    const rule = callDurations.find((r) => r.remaining !== 0
        && (r.method === undefined || r.method.toUpperCase() === method.toUpperCase())
        && (r.urlPrefix === undefined || url.startsWith(r.urlPrefix)))
    if (!rule) return null
    if (rule.remaining !== null) rule.remaining -= 1
    return rule.ms
}

const VARIABLE = /\$\{([^}]*)\}/g

interface Header {
    name: string
    value: string
}

interface BuiltRequest {
    method: string
    url: string
    path: string
    queryString: string
    headers: Record<string, string>
    body: string
}

interface Unresolved {
    variable: string
    where: string
}

/** The XML escaping setStringParameter applies on the instance ("RESTMessageV2" setStringParameter; rest-message-guide: <>&'"). */
export function xmlEscape(value: string): string {
    return value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
}

function live(records: PackageRecord[]): PackageRecord[] {
    return records.filter((record) => record.action !== 'DELETE')
}

function scopeName(record: PackageRecord): string {
    return record.attributes.sys_scope?.display_value ?? ''
}

function findMessage(deps: RestDeps, name: string): PackageRecord {
    const messages = live(deps.records('sys_rest_message'))
    const exact = messages.find((record) => record.fields.name === name)
    if (exact) return exact
    // 'x_scope.Name' addresses a message in another scope (rest-message-guide's example
    // `new RESTMessageV2('x_myapp.OrderAPI', 'post')`); names themselves may contain dots.
    const dot = name.indexOf('.')
    const scoped = dot > 0
        ? messages.find((record) => scopeName(record) === name.slice(0, dot) && record.fields.name === name.slice(dot + 1))
        : undefined
    if (scoped) return scoped
    // The constructor "might throw exception if message doesn't exist" ("RESTMessageV2" examples); the wording is assumed.
    throw new Error(`Unable to find REST message: '${name}'`)
}

function findFunction(deps: RestDeps, message: PackageRecord, fn: string): PackageRecord {
    const found = live(deps.records('sys_rest_message_fn'))
        .find((record) => record.fields.rest_message === message.sysId && record.fields.function_name === fn)
    if (found) return found
    throw new Error(`Unable to find REST message function: '${fn}' of REST message '${message.fields.name}'`)
}

function childrenOf(deps: RestDeps, table: string, field: string, parent: PackageRecord | null): PackageRecord[] {
    if (!parent) return []
    return live(deps.records(table)).filter((record) => record.fields[field] === parent.sysId)
}

function encodeQuery(params: Array<[string, string]>): string {
    return params.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&')
}

/** Apache HttpClient 4.5's default (RedirectExec: RequestConfig.getMaxRedirects(), 50 when unset). */
const MAX_REDIRECTS = 50

/**
 * The request a redirect answer leads to, or null when there is none to
 * follow. Modelled on Apache HttpClient 4.5 (RedirectExec and
 * DefaultRedirectStrategy): 307 and 308 repeat the method and body, 301, 302
 * and 303 become a GET (HEAD stays HEAD) without a body, and every header of
 * the original request goes along, an Authorization header set by the script
 * included (RedirectExec copies original.getAllHeaders(); only the client's
 * own auth state is reset for another host). Assumed: the platform follows
 * redirects for every method, as HttpClient's LaxRedirectStrategy does (its
 * DefaultRedirectStrategy would not redirect a POST on 301/302/307): the
 * strict model for a script that must not let its token follow a redirect.
 */
function redirectTarget(request: BuiltRequest, res: SyncHttpResponse): BuiltRequest | null {
    if (![301, 302, 303, 307, 308].includes(res.status)) return null
    const key = Object.keys(res.headers).find((name) => name.toLowerCase() === 'location')
    if (key === undefined || res.headers[key] === '') return null
    let target: URL
    try {
        target = new URL(res.headers[key], request.url)
    } catch {
        return null
    }
    const keep = res.status === 307 || res.status === 308
    return {
        method: keep || request.method === 'HEAD' ? request.method : 'GET',
        url: target.toString(),
        path: target.pathname,
        queryString: target.search.replace(/^\?/, ''),
        headers: { ...request.headers },
        body: keep ? request.body : '',
    }
}

function pathOf(url: string): string {
    try {
        return new URL(url).pathname
    } catch {
        return url
    }
}

function setHeader(headers: Map<string, Header>, name: string, value: string): void {
    headers.set(name.toLowerCase(), { name, value })
}

function headerRecord(headers: Map<string, Header>): Record<string, string> {
    const out: Record<string, string> = {}
    for (const { name, value } of headers.values()) out[name] = value
    return out
}

export class BenchRESTResponseV2 {
    constructor(
        private readonly res: SyncHttpResponse,
        private readonly path: string,
        private readonly queryString: string,
    ) {}

    getStatusCode(): number {
        return this.res.status
    }

    getBody(): string {
        return this.res.body
    }

    /** Case-insensitive like the platform; null when the server did not send it (null assumed). */
    getHeader(name = ''): string | null {
        const wanted = String(name).toLowerCase()
        const key = Object.keys(this.res.headers).find((candidate) => candidate.toLowerCase() === wanted)
        return key === undefined ? null : this.res.headers[key]
    }

    getHeaders(): Record<string, string> {
        return { ...this.res.headers }
    }

    /** "RESTResponseV2" getAllHeaders: every header, duplicates included (getHeaders joins repeated ones with ", "). */
    getAllHeaders(): Array<{ name: string; value: string }> {
        const list = this.res.headerList ?? Object.entries(this.res.headers).map(([name, value]) => ({ name, value }))
        return list.map((header) => ({ ...header }))
    }

    getCookies(): string[] {
        return this.getAllHeaders().filter((header) => header.name.toLowerCase() === 'set-cookie').map((header) => header.value)
    }

    getQueryString(): string {
        return this.queryString
    }

    getResponseAttachmentSysid(): string {
        return ''
    }

    /** A transport failure (status 0) or an HTTP status of 400 and above; the latter assumed, in line with KB2572231's message for a 403. */
    haveError(): boolean {
        return this.res.status === 0 || this.res.status >= 400
    }

    /**
     * For an HTTP error "Method failed: (<path>) with code: <status>", the form
     * ServiceNow KB2572231 and KB0779361 quote (there sometimes followed by
     * " - <reason>", which the bench leaves out); for a transport failure the
     * Java text (http-worker.cjs).
     */
    getErrorMessage(): string {
        if (this.res.status === 0) return this.res.error ?? 'java.io.IOException: request failed'
        if (this.res.status >= 400) return `Method failed: (${this.path}) with code: ${this.res.status}`
        return ''
    }

    /**
     * 1 for transport failures ("RESTResponseV2" getErrorCode: "such as 1 for
     * socket timeout"), 0 when all went well. For HTTP errors the bench answers
     * the HTTP status, although the same docs say the code "is not an HTTP
     * error code" (assumed; what the platform gives then is not documented).
     */
    getErrorCode(): number {
        if (this.res.status === 0) return this.res.errorCode ?? 1
        return this.res.status >= 400 ? this.res.status : 0
    }

    waitForResponse(_timeoutSecs?: number): void {
        // execute() already blocked until the response arrived (no ECC queue on the bench).
    }
}

export class BenchRESTMessageV2 {
    private readonly message: PackageRecord | null
    private readonly fn: PackageRecord | null
    private readonly variables = new Map<string, string>()
    private readonly queryOverrides = new Map<string, string>()
    private readonly headerOverrides = new Map<string, Header>()
    private readonly eccParameters: Record<string, string> = {}
    private endpointOverride: string | null = null
    private methodOverride: string | null = null
    private bodyOverride: string | null = null
    private timeoutMs: number | null = null
    private midServer: string | null = null
    private basicAuth: string | null = null
    private eccTopic = ''
    private followRedirect = true

    constructor(
        private readonly deps: RestDeps,
        private readonly nextSeq: () => number,
        name?: string,
        fnName?: string,
    ) {
        this.message = name ? findMessage(deps, String(name)) : null
        this.fn = this.message && fnName ? findFunction(deps, this.message, String(fnName)) : null
    }

    setEndpoint(endpoint = ''): void {
        this.endpointOverride = String(endpoint)
    }

    getEndpoint(): string {
        return this.build(null).url
    }

    setHttpMethod(method = 'get'): void {
        this.methodOverride = String(method).toLowerCase()
    }

    setStringParameter(name = '', value?: string): void {
        this.setVariable('setStringParameter', name, value, xmlEscape)
    }

    setStringParameterNoEscape(name = '', value?: string): void {
        this.setVariable('setStringParameterNoEscape', name, value, (text) => text)
    }

    setQueryParameter(name = '', value?: string): void {
        this.queryOverrides.set(String(name), value == null ? '' : String(value))
    }

    setRequestHeader(name = '', value?: string): void {
        setHeader(this.headerOverrides, String(name), value == null ? '' : String(value))
    }

    getRequestHeader(name: string): string {
        const wanted = String(name).toLowerCase()
        const headers = this.getRequestHeaders()
        const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === wanted)
        return key === undefined ? '' : headers[key]
    }

    getRequestHeaders(): Record<string, string> {
        return this.build(null).headers
    }

    setRequestBody(body = ''): void {
        this.bodyOverride = body == null ? '' : String(body)
    }

    getRequestBody(): string {
        return this.build(null).body
    }

    setHttpTimeout(timeoutMs = 0): void {
        this.timeoutMs = Number(timeoutMs)
    }

    /** Recorded for assertions only: the bench always connects directly (no MID server, no ECC queue). */
    setMIDServer(midServer = ''): void {
        this.midServer = midServer ? String(midServer) : null
    }

    setBasicAuth(user: string, password: string): void {
        this.basicAuth = Buffer.from(`${user}:${password}`, 'utf8').toString('base64')
    }

    setEccParameter(name: string, value: string): void {
        this.eccParameters[String(name)] = String(value)
    }

    setEccTopic(topic: string): void {
        this.eccTopic = String(topic)
    }

    getEccTopic(): string {
        return this.eccTopic
    }

    setEccCorrelator(_correlator: string): void {}
    setLogLevel(_level: string): void {}
    /**
     * Whether execute() follows a 3xx answer's Location (default: it does).
     * RESTMessageV2's docs page does not describe this method, but the
     * platform has it (@servicenow/glide declares RESTMessageV2.setFollowRedirect);
     * its documented siblings say "Default: true" (GlideHTTPRequest.setFollowRedirect)
     * and "Sets one or more URIs allowed to be redirected to"
     * (RESTMessageV2.setAllowedRedirectURIs, Yokohama and later), so a
     * RESTMessageV2 follows redirects unless told not to. Source: ServiceNow
     * docs, server API reference (ServiceNow/ServiceNowDocs,
     * GlideHTTPRequestAPI.md and c_RESTMessageV2API.md). SOAPMessageV2's page
     * says the opposite for SOAP ("By default, automatic redirects are turned
     * off"), so the RESTMessageV2 default is assumed: following is the strict
     * model for a script that must not send its token elsewhere. Like Rhino, a
     * missing argument reads as false.
     */
    setFollowRedirect(followRedirect?: boolean): void {
        this.followRedirect = Boolean(followRedirect)
    }
    disableForcedVariableSubstitution(): void {}

    /** Variables set by the script, with the values substitution will use. */
    getParameters(): Record<string, string> {
        return Object.fromEntries(this.variables)
    }

    /** Declared variables of the function plus any the script set. */
    getVariables(): string[] {
        const declared = childrenOf(this.deps, 'sys_rest_message_fn_parameters', 'rest_message_function', this.fn)
            .map((record) => record.fields.name)
        return [...new Set([...declared, ...this.variables.keys()])]
    }

    getEccParameters(): Record<string, string> {
        return { ...this.eccParameters }
    }

    /**
     * Sends the request and blocks until the answer ("RESTMessageV2" execute;
     * executeAsync is the one that does not wait), following redirects unless
     * setFollowRedirect(false) (see there); each hop is one HTTP log entry.
     * A transport failure answers status 0 with haveError() (sdk-notes); the
     * docs' examples say execute() "might throw exception if http connection
     * timed out", which the bench never does (not the strict choice; the app
     * catches both).
     */
    execute(): BenchRESTResponseV2 {
        const unresolved: Unresolved[] = []
        let request = this.build(unresolved)
        this.warnUnresolved(unresolved)
        const timeoutMs = this.effectiveTimeout()
        let res = this.sendOnce(request, timeoutMs)
        for (let hops = 0; this.followRedirect; hops++) {
            const next = redirectTarget(request, res)
            if (next === null) break
            if (hops === MAX_REDIRECTS) {
                res = { status: 0, headers: {}, body: '', error: `org.apache.http.client.RedirectException: Maximum redirects (${MAX_REDIRECTS}) exceeded`, errorCode: 1, durationMs: 0 }
                break
            }
            request = next
            res = this.sendOnce(request, timeoutMs)
        }
        return new BenchRESTResponseV2(res, request.path, request.queryString)
    }

    private sendOnce(request: BuiltRequest, timeoutMs: number): SyncHttpResponse {
        const at = this.deps.now ? this.deps.now() : Date.now()
        let res = mappedFailure(requestSync({
            method: request.method,
            url: request.url,
            headers: request.headers,
            body: request.body === '' ? undefined : request.body,
            timeoutMs,
            ca: this.deps.trustedCa(),
        }), request.method, request.url)
        const took = takeDuration(request.method, request.url)
        if (took !== null) {
            if (took >= timeoutMs) {
                res = { status: 0, headers: {}, body: '', error: 'java.net.SocketTimeoutException: Read timed out', errorKind: 'timeout', errorCode: 1, durationMs: timeoutMs }
                this.deps.advance?.(timeoutMs)
            } else {
                res = { ...res, durationMs: took }
                this.deps.advance?.(took)
            }
        }
        this.deps.onRequest(this.logEntry(request, res, timeoutMs, at))
        return res
    }

    /** The bench has no ECC queue, so the asynchronous form completes immediately ("RESTMessageV2" executeAsync does not wait). */
    executeAsync(): BenchRESTResponseV2 {
        return this.execute()
    }

    private setVariable(method: string, name: string, value: unknown, encode: (text: string) => string): void {
        if (value === undefined || value === null) {
            this.deps.warn(`${this.label()}: ${method}('${String(name)}') was given ${String(value)}`)
        }
        this.variables.set(String(name), encode(value == null ? '' : String(value)))
    }

    private label(): string {
        return `RESTMessageV2 '${this.message?.fields.name ?? ''}' function '${this.fn?.fields.function_name ?? ''}'`
    }

    private effectiveTimeout(): number {
        if (this.timeoutMs !== null && Number.isFinite(this.timeoutMs) && this.timeoutMs > 0) return this.timeoutMs
        return this.deps.defaultTimeoutMs ?? PLATFORM_DEFAULT_TIMEOUT_MS
    }

    private effectiveMidServer(): string | null {
        if (this.midServer) return this.midServer
        const fromFn = this.fn?.attributes.use_mid_server?.display_value || this.fn?.fields.use_mid_server
        return fromFn || null
    }

    /**
     * `unresolved` collects ${var}s left in the text; null when only peeking (getters).
     * A ${var} never set is sent literally (rest-message-guide).
     */
    private substitute(text: string, where: string, unresolved: Unresolved[] | null): string {
        return text.replace(VARIABLE, (literal, raw: string) => {
            const name = raw.trim()
            const value = this.variables.get(name)
            if (value !== undefined) return value
            unresolved?.push({ variable: name, where })
            return literal
        })
    }

    private build(unresolved: Unresolved[] | null): BuiltRequest {
        const base = this.substitute(this.rawEndpoint(), 'endpoint', unresolved)
        const queryString = encodeQuery(this.queryParams(unresolved))
        const url = queryString ? `${base}${base.includes('?') ? '&' : '?'}${queryString}` : base
        return {
            method: (this.methodOverride ?? (this.fn?.fields.http_method || 'get')).toUpperCase(),
            url,
            path: pathOf(url),
            queryString,
            headers: this.headers(unresolved),
            body: this.bodyOverride ?? this.substitute(this.fn?.fields.content ?? '', 'body', unresolved),
        }
    }

    private rawEndpoint(): string {
        return this.endpointOverride ?? (this.fn?.fields.rest_endpoint || this.message?.fields.rest_endpoint || '')
    }

    private queryParams(unresolved: Unresolved[] | null): Array<[string, string]> {
        const params = new Map<string, string>()
        const defs = childrenOf(this.deps, 'sys_rest_message_fn_param_defs', 'rest_message_function', this.fn)
            .sort((a, b) => Number(a.fields.order || 0) - Number(b.fields.order || 0))
        for (const def of defs) {
            params.set(def.fields.name, this.substitute(def.fields.value ?? '', `query parameter '${def.fields.name}'`, unresolved))
        }
        for (const [name, value] of this.queryOverrides) params.set(name, value)
        return [...params]
    }

    // Message headers, then the function's, then setBasicAuth, then setRequestHeader, each replacing a header of
    // the same name in any case (the layering order is assumed; the docs describe each method alone).
    private headers(unresolved: Unresolved[] | null): Record<string, string> {
        const headers = new Map<string, Header>()
        const layers = [
            childrenOf(this.deps, 'sys_rest_message_headers', 'rest_message', this.message),
            childrenOf(this.deps, 'sys_rest_message_fn_headers', 'rest_message_function', this.fn),
        ]
        for (const record of layers.flat()) {
            const { name, value } = record.fields
            setHeader(headers, name, this.substitute(value ?? '', `header '${name}'`, unresolved))
        }
        if (this.basicAuth) setHeader(headers, 'Authorization', `Basic ${this.basicAuth}`)
        for (const header of this.headerOverrides.values()) setHeader(headers, header.name, header.value)
        return headerRecord(headers)
    }

    private warnUnresolved(unresolved: Unresolved[]): void {
        for (const { variable, where } of unresolved) {
            this.deps.warn(`${this.label()}: variable \${${variable}} in ${where} was never set; it is sent literally`)
        }
    }

    private logEntry(request: BuiltRequest, res: SyncHttpResponse, timeoutMs: number, at: number): HttpLogEntry {
        return {
            seq: this.nextSeq(),
            message: this.message?.fields.name ?? '',
            fn: this.fn?.fields.function_name ?? '',
            method: request.method,
            url: request.url,
            requestHeaders: { ...request.headers },
            requestBody: request.body,
            midServer: this.effectiveMidServer(),
            timeoutMs,
            status: res.status,
            responseBody: res.body,
            error: res.status === 0 ? (res.error ?? 'request failed') : null,
            durationMs: res.durationMs,
            at,
        }
    }
}

export interface RestClasses {
    RESTMessageV2: new (name?: string, fn?: string) => BenchRESTMessageV2
    RESTResponseV2: typeof BenchRESTResponseV2
}

/** Binds the classes to one bench instance, as `require('@servicenow/glide/sn_ws')` sees them. */
export function createRestClasses(deps: RestDeps): RestClasses {
    let seq = 0
    const nextSeq = (): number => ++seq
    class RESTMessageV2 extends BenchRESTMessageV2 {
        constructor(name?: string, fn?: string) {
            super(deps, nextSeq, name, fn)
        }
    }
    return { RESTMessageV2, RESTResponseV2: BenchRESTResponseV2 }
}
