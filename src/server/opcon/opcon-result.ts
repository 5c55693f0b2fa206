// The one result shape every OpCon call returns. Failures are values: the
// caller (a business rule, the dialog, another app) decides what to do.

export type OpConErrorCode =
    | 'invalid_argument' | 'action_not_allowed' | 'disabled'
    | 'unregistered_server' | 'inactive_server' | 'insecure_url' | 'bad_url' | 'missing_token'
    | 'unreachable' | 'timeout' | 'connection_reset' | 'tls' | 'transport_error'
    | 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'server_error'
    | 'bad_response' | 'action_failed' | 'still_pending' | 'internal_error'

export interface OpConError {
    code: OpConErrorCode
    /** A sentence a person can act on: which server, what OpCon answered, what to do. */
    message: string
    /** Worth sending again later (OpCon or the network may recover). */
    retryable: boolean
    /** The request may have reached OpCon and been applied although no answer came back. */
    ambiguous: boolean
    /** OpCon's own words, when it gave any. */
    opconMessage?: string
    /** How long OpCon asked the caller to wait (its Retry-After on a 429 or 503), in seconds, capped at an hour. */
    retryAfterSeconds?: number
}

export interface OpConResult<T = unknown> {
    ok: boolean
    /** HTTP status of the last call (0 when no HTTP answer came back or no call was made). */
    status: number
    data: T | null
    error: OpConError | null
}

export function success<T>(status: number, data: T): OpConResult<T> {
    return { ok: true, status, data, error: null }
}

export function failure<T = never>(status: number, error: OpConError): OpConResult<T> {
    return { ok: false, status, data: null, error }
}

/** A failure detected before any request: nothing was sent, nothing to retry. */
export function refused<T = never>(code: OpConErrorCode, message: string): OpConResult<T> {
    return failure<T>(0, { code, message, retryable: false, ambiguous: false })
}
