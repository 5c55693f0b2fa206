// Echo HTTP + HTTPS servers for the RESTMessageV2 tests. Runs in a worker
// thread because the test thread blocks in Atomics.wait during execute() and
// could never answer its own requests.
//   any path        -> 200 with JSON { method, url, headers, rawHeaders, body, bodyBase64 }
//   /status/<code>  -> the same JSON with that status
//   /slow?ms=<n>    -> the same JSON after n ms
//   /reset          -> socket destroyed without a response
//   /redirect?to=<url>&status=<3xx> -> that status (default 302) with Location: <url> (itself without `to`)
'use strict'
const http = require('node:http')
const https = require('node:https')
const { parentPort, workerData } = require('node:worker_threads')

function handle(req, res) {
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => {
        const url = new URL(req.url, 'http://echo')
        if (url.pathname === '/reset') {
            req.socket.destroy()
            return
        }
        if (url.pathname === '/redirect') {
            res.writeHead(Number(url.searchParams.get('status') || 302), { Location: url.searchParams.get('to') || req.url, 'Content-Type': 'text/html' })
            res.end('<html><body>Moved</body></html>')
            return
        }
        const bytes = Buffer.concat(chunks)
        const payload = JSON.stringify({
            method: req.method,
            url: req.url,
            headers: req.headers,
            rawHeaders: req.rawHeaders,
            body: bytes.toString('utf8'),
            bodyBase64: bytes.toString('base64'),
        })
        const status = url.pathname.startsWith('/status/') ? Number(url.pathname.slice('/status/'.length)) : 200
        const send = () => {
            res.writeHead(status, [
                ['Content-Type', 'application/json; charset=utf-8'],
                ['X-Echo', 'yes'],
                ['Set-Cookie', 'a=1; Path=/'],
                ['Set-Cookie', 'b=2; Path=/'],
            ].flat())
            res.end(payload)
        }
        if (url.pathname === '/slow') setTimeout(send, Number(url.searchParams.get('ms') || 1000))
        else send()
    })
}

function listen(server) {
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)))
}

async function main() {
    const plain = http.createServer(handle)
    const secure = https.createServer({ key: workerData.key, cert: workerData.cert }, handle)
    const [httpPort, httpsPort] = await Promise.all([listen(plain), listen(secure)])
    parentPort.postMessage({ type: 'listening', httpPort, httpsPort })
}

main().catch((err) => parentPort.postMessage({ type: 'error', message: String(err && err.stack || err) }))
