// Performs the bench's outbound HTTP on its own thread so the main thread can
// block (Atomics.wait) the way ServiceNow's synchronous RESTMessageV2.execute()
// does. Plain CommonJS so Node loads it without any TypeScript transform.
'use strict'
const http = require('node:http')
const https = require('node:https')
const tls = require('node:tls')
const { parentPort, workerData } = require('node:worker_threads')

const flag = new Int32Array(workerData.flag)
const port = workerData.port

const TLS_VERIFY_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_UNTRUSTED',
    'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'CERT_SIGNATURE_FAILURE', 'CERT_REJECTED',
])

// Java/HttpClient wording so scripts that inspect getErrorMessage() behave as on an instance.
// Sources, text by text:
//  - "java.net.SocketTimeoutException: connect timed out" / "Read timed out": ServiceNow KB2712211
//    lists both among the errors of outbound calls (KB0779361 shows the first in a MID server log).
//  - Connection refused, unknown host ("<host>: Name or service not known"), no route to host,
//    Connection reset: the JDK's own exception texts on Linux (JDK 8 adds the "(Connection refused)"
//    / "(Host unreachable)" detail). KB3067060 names DNS failures and "Socket closed / Connection
//    reset" among outbound failures. Assumed: the platform passes the JDK text through unwrapped
//    (Apache HttpClient 4.5 would say "org.apache.http.conn.HttpHostConnectException: Connect to
//    <host:port> [...] failed: Connection refused (Connection refused)").
//  - TLS: "PKIX path building failed" is the JVM's trust failure (as MID servers log it); the
//    instance's own check answers "Session contains no certificates - Untrusted" (KB3067060,
//    KB2712211), which the bench does not produce. The hostname text is Apache HttpClient 4.5's
//    DefaultHostnameVerifier (KB3067060: SSLPeerUnverified, no subject alternative name).
//  - "Invalid uri", "unknown protocol": Commons HttpClient's and java.net.URL's texts (assumed).
//  - A server that closes before any answer, or cuts one short, reads here as "Connection reset";
//    Apache HttpClient would report NoHttpResponseException or "Premature end of Content-Length
//    delimited message body" (sdk-notes). Tests reach those texts with mapTransportFailures().
function describeError(err, url, phase) {
    const code = err && err.code
    const host = url ? url.hostname : ''
    if (code === 'BENCH_TIMEOUT') {
        return phase === 'connect'
            ? { kind: 'timeout', error: 'java.net.SocketTimeoutException: connect timed out' }
            : { kind: 'timeout', error: 'java.net.SocketTimeoutException: Read timed out' }
    }
    if (code === 'ECONNREFUSED') return { kind: 'refused', error: 'java.net.ConnectException: Connection refused (Connection refused)' }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
        return { kind: 'dns', error: `java.net.UnknownHostException: ${host}: Name or service not known` }
    }
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
        return { kind: 'unreachable', error: 'java.net.NoRouteToHostException: No route to host (Host unreachable)' }
    }
    if (TLS_VERIFY_CODES.has(code)) {
        return {
            kind: 'tls',
            error: `javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path to requested target (${code})`,
        }
    }
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return { kind: 'tls', error: `javax.net.ssl.SSLPeerUnverifiedException: Certificate for <${host}> doesn't match any of the subject alternative names` }
    }
    if (typeof code === 'string' && (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS'))) {
        return { kind: 'tls', error: `javax.net.ssl.SSLHandshakeException: ${err.message}` }
    }
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE') {
        return { kind: 'reset', error: 'java.net.SocketException: Connection reset' }
    }
    if (code === 'ERR_INVALID_URL') return { kind: 'url', error: `java.lang.IllegalArgumentException: Invalid uri '${err.input ?? ''}'` }
    return { kind: 'io', error: `java.io.IOException: ${err && err.message ? err.message : String(err)}${code ? ` (${code})` : ''}` }
}

function reply(id, res) {
    // The message must be queued before the flag flips: the main thread reads it
    // with receiveMessageOnPort straight after waking.
    port.postMessage({ id, res })
    Atomics.store(flag, 0, 1)
    Atomics.notify(flag, 0)
}

function failure(started, described) {
    return { status: 0, headers: {}, headerList: [], body: '', error: described.error, errorKind: described.kind, errorCode: 1, durationMs: Date.now() - started }
}

function collectHeaders(raw) {
    const headers = {}
    const headerList = []
    for (let i = 0; i < raw.length; i += 2) {
        const name = raw[i]
        const value = raw[i + 1]
        headerList.push({ name, value })
        const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase())
        if (existing === undefined) headers[name] = value
        else headers[existing] = `${headers[existing]}, ${value}`
    }
    return { headers, headerList }
}

const secureContexts = new Map()

function tlsOptions(req) {
    if (!req.ca || req.ca.length === 0) return { rejectUnauthorized: true }
    const key = req.ca.join('\n')
    if (!secureContexts.has(key)) {
        // Passing `ca` replaces Node's root store; keep the public roots too, as an instance trusts
        // publicly signed certificates plus those imported into its trust store (assumed: Node's root list
        // stands in for the instance's).
        secureContexts.set(key, tls.createSecureContext({ ca: [...tls.rootCertificates, ...req.ca] }))
    }
    return { secureContext: secureContexts.get(key), rejectUnauthorized: true }
}

function perform(id, req) {
    const started = Date.now()
    let url
    let done = false
    let phase = 'connect'
    let request
    const finish = (res) => {
        if (done) return
        done = true
        clearTimeout(timer)
        reply(id, res)
    }
    const timer = setTimeout(() => {
        const err = Object.assign(new Error('timed out'), { code: 'BENCH_TIMEOUT' })
        finish(failure(started, describeError(err, url, phase)))
        if (request) request.destroy(err)
    }, Math.max(1, req.timeoutMs))
    try {
        url = new URL(req.url)
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            finish(failure(started, { kind: 'url', error: `java.net.MalformedURLException: unknown protocol: ${url.protocol.replace(':', '')}` }))
            return
        }
        const lib = url.protocol === 'https:' ? https : http
        const options = {
            method: req.method.toUpperCase(),
            headers: req.headers,
            // A fresh connection per call keeps one request's failure from leaking into the next.
            agent: false,
            ...(url.protocol === 'https:' ? tlsOptions(req) : {}),
        }
        request = lib.request(url, options, (response) => {
            const chunks = []
            response.on('data', (chunk) => chunks.push(chunk))
            response.on('end', () => {
                const { headers, headerList } = collectHeaders(response.rawHeaders)
                finish({ status: response.statusCode || 0, headers, headerList, body: Buffer.concat(chunks).toString('utf8'), durationMs: Date.now() - started })
            })
            response.on('error', (err) => finish(failure(started, describeError(err, url, phase))))
            response.on('aborted', () => finish(failure(started, describeError({ code: 'ECONNRESET' }, url, phase))))
        })
        request.on('socket', (socket) => {
            const connected = () => { phase = 'read' }
            if (url.protocol === 'https:') socket.once('secureConnect', connected)
            else socket.once('connect', connected)
        })
        request.on('error', (err) => finish(failure(started, describeError(err, url, phase))))
        request.end(req.body === undefined ? undefined : Buffer.from(req.body, 'utf8'))
    } catch (err) {
        finish(failure(started, describeError(err, url, phase)))
    }
}

parentPort.on('message', (msg) => {
    if (msg && msg.type === 'request') perform(msg.id, msg.req)
})
