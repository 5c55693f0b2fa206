// Removes the connection's API token from whatever came back from a call:
// OpCon's answer body and the transport's error text. A proxy or gateway that
// echoes the request (headers included) must not get the token into a
// result, a row, the log or a work note, so this runs before the answer is
// interpreted and everything downstream sees only the cleaned text.
import type { RawResponse } from '../opcon/opcon-responses.ts'

export const TOKEN_REMOVED = '[token removed]'

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }

/** The ways a text may spell the secret: as is, JSON-escaped, percent-encoded (either hex case), HTML-escaped. */
function spellings(secret: string): string[] {
    const percent = encodeURIComponent(secret)
    const forms = [
        secret,
        JSON.stringify(secret).slice(1, -1),
        percent,
        percent.replace(/%[0-9A-F]{2}/g, (code) => code.toLowerCase()),
        secret.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]),
        secret.replace(/[&<>"']/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`),
    ]
    // Longest first, so a longer spelling is not left half-replaced by a shorter one.
    return [...new Set(forms)].sort((a, b) => b.length - a.length)
}

/** `text` with every spelling of `secret` replaced by TOKEN_REMOVED. */
export function redactSecret(text: string, secret: string): string {
    if (secret === '' || text === '') return text
    let out = text
    for (const form of spellings(secret)) out = out.split(form).join(TOKEN_REMOVED)
    return out
}

/** A JSON value with the secret removed from every string in it (keys included); `changed` says whether any held it. */
function redactJson(value: unknown, secret: string, seen: { changed: boolean }): unknown {
    if (typeof value === 'string') {
        const clean = redactSecret(value, secret)
        if (clean !== value) seen.changed = true
        return clean
    }
    if (Array.isArray(value)) return value.map((item) => redactJson(item, secret, seen))
    if (value !== null && typeof value === 'object') {
        const out: Record<string, unknown> = {}
        for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[redactSecret(key, secret)] = redactJson(item, secret, seen)
        if (Object.keys(out).some((key) => key.includes(TOKEN_REMOVED))) seen.changed = true
        return out
    }
    return value
}

/** A body without the secret. JSON escapes (`\u0041`...) can spell it any way, so escaped JSON is decoded and checked too. */
export function redactBody(body: string, secret: string): string {
    const text = redactSecret(body, secret)
    if (secret === '' || !text.includes('\\')) return text
    let parsed: unknown
    try {
        parsed = JSON.parse(text)
    } catch {
        return text
    }
    const seen = { changed: false }
    const clean = redactJson(parsed, secret, seen)
    // Re-serialised only when needed: the answer otherwise stays byte for byte what OpCon sent.
    return seen.changed ? JSON.stringify(clean) : text
}

/** What came back from one call, without the connection's token in the body or the error text. */
export function redactResponse(raw: RawResponse, secret: string): RawResponse {
    const redacted: RawResponse = { status: raw.status, body: redactBody(raw.body, secret), transportError: redactSecret(raw.transportError, secret) }
    // A Retry-After is read as a number or a date and nothing else: it never reaches a message.
    if (raw.retryAfter !== undefined) {
        redacted.retryAfter = raw.retryAfter
        redacted.receivedAtMs = raw.receivedAtMs
    }
    return redacted
}
