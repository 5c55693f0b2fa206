// A tiny router and the request/reply types shared by the OpCon API and the
// control API handlers.

export interface Reply {
    status: number
    /** Serialised as JSON unless `text` is set. */
    body?: unknown
    /** A non-JSON body, sent as-is with `contentType`. */
    text?: string
    contentType?: string
    headers?: Record<string, string>
    /** An accepted asynchronous operation; a reset-after fault applies it before dropping the connection. */
    created?: { applyNow: () => void }
}

export interface RequestContext {
    method: string
    /** Still percent-encoded, no query. */
    rawPath: string
    rawQuery: string
    query: URLSearchParams
    authorization: string | null
    contentType: string | null
    bodyText: string
    /** Parsed JSON; undefined when the body is empty or not JSON (see bodyError). */
    body: unknown
    bodyError: string | null
    /** Capture groups of the matched route: decoded once for the OpCon API (server.ts), raw for the control API. */
    params: string[]
    /** Problems found while validating the body; copied into the request log. */
    validationErrors: string[]
}

export interface Route {
    method: string
    pattern: RegExp
    handler: (ctx: RequestContext) => Reply
    /** The OpenAPI operation, e.g. `GET /api/dailyjobs/{rawId}`: what the request log and counts name. */
    name?: string
    /** The daily jobs a request names (path or body), for per-job request counts; no effect on the answer. */
    jobIds?: (params: string[], body: unknown) => string[]
}

export type RouteMatch = { route: Route; params: string[] } | { route: null; methodNotAllowed: boolean }

export function matchRoute(routes: readonly Route[], method: string, rawPath: string): RouteMatch {
    let pathKnown = false
    for (const route of routes) {
        const m = route.pattern.exec(rawPath)
        if (!m) continue
        pathKnown = true
        if (route.method === method) return { route, params: m.slice(1) }
    }
    return { route: null, methodNotAllowed: pathKnown }
}

/** OpCon answers errors with its ApiError shape: {code, message}. */
export function apiError(status: number, message: string, headers?: Record<string, string>): Reply {
    return { status, body: { code: status, message }, headers }
}

export function json(status: number, body: unknown): Reply {
    return { status, body }
}
