// Inbound scripted REST APIs (scripted-rest.ts) on the fixture's RestApi
// (test/fixtures/bench-app/fluent/records/restapi.now.ts): routing, security,
// request and response objects, sn_ws_err errors.
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

let instance: Instance

beforeEach(() => {
    instance = Instance.load({ appDir: BENCH_APP })
    instance.createUser({ userName: 'feeder', roles: ['x_bench.user'] })
    instance.createUser({ userName: 'nobody' })
    instance.createUser({ userName: 'outsider', roles: ['snc_external', 'x_bench.user'] })
})

const post = (path: string, body: unknown, as: string | null = 'feeder') => instance.rest({ method: 'POST', path, body, as })

describe('routing', () => {
    test('the versioned URI and the default version\'s short URI reach the same resource; the module handler answers 201 with Location, header and {result}', () => {
        const versioned = post('/api/x_bench/v1/bench_api/failures', { name: 'one' })
        expect(versioned.status).toBe(201)
        expect(versioned.body).toEqual({ result: { sys_id: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'one' } })
        const sysId = (versioned.body as { result: { sys_id: string } }).result.sys_id
        expect(versioned.headers.Location).toBe(`/api/x_bench/bench_api/things/${sysId}`)
        expect(versioned.headers['X-Bench']).toBe('created')
        expect(instance.get('x_bench_thing', sysId)?.name).toBe('one')
        expect(post('/api/x_bench/bench_api/failures', { name: 'two' }).status).toBe(201)
        expect(instance.query('x_bench_thing').map((row) => row.name)).toEqual(['one', 'two'])
    })

    test('an unknown API, version or path is 400 (the URI matches no API); a known path with another method is 405', () => {
        for (const path of ['/api/x_bench/nope/failures', '/api/x_bench/v2/bench_api/failures', '/api/x_bench/bench_api/nothing', '/api/x_other/bench_api/failures']) {
            const answer = post(path, { name: 'x' })
            expect({ path, status: answer.status }).toEqual({ path, status: 400 })
            expect(answer.body).toEqual({ error: { message: 'Requested URI does not represent any resource', detail: expect.any(String) }, status: 'failure' })
        }
        const wrongMethod = instance.rest({ method: 'GET', path: '/api/x_bench/v1/bench_api/failures', as: 'feeder' })
        expect(wrongMethod.status).toBe(405)
        expect(instance.query('x_bench_thing')).toEqual([])
    })

    test('path parameters, query parameters (each an array), headers by any case', () => {
        const answer = instance.rest({ method: 'GET', path: '/api/x_bench/bench_api/things/abc%20d', as: 'feeder', query: { q: 'z' }, headers: { 'X-Probe': 'p1' } })
        expect(answer.status).toBe(200)
        expect(answer.body).toEqual({ result: { id: 'abc d', q: ['z'], h: 'p1', hs: 'p1' } })
    })
})

describe('security', () => {
    test('no credentials on a resource that requires authentication: 401 with the platform\'s error shape, and the script does not run', () => {
        const answer = post('/api/x_bench/v1/bench_api/failures', { name: 'x' }, null)
        expect(answer.status).toBe(401)
        expect(answer.body).toEqual({ error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' })
        expect(instance.query('x_bench_thing')).toEqual([])
    })

    test('an authenticated user without the role of the resource\'s ACL: 403; admin passes the role', () => {
        expect(post('/api/x_bench/v1/bench_api/failures', { name: 'x' }, 'nobody').status).toBe(403)
        expect(instance.query('x_bench_thing')).toEqual([])
        expect(post('/api/x_bench/v1/bench_api/failures', { name: 'a' }, 'admin').status).toBe(201)
    })

    test('an snc_external user is refused although it holds the ACL\'s role (requires_snc_internal_role)', () => {
        expect(post('/api/x_bench/v1/bench_api/failures', { name: 'x' }, 'outsider').status).toBe(403)
    })

    test('a resource without ACL authorization needs only authentication; a public one needs nothing and runs as a roleless guest (assumed)', () => {
        expect(instance.rest({ method: 'GET', path: '/api/x_bench/bench_api/things/1', as: 'nobody' }).status).toBe(200)
        const open = instance.rest({ method: 'GET', path: '/api/x_bench/bench_api/public', as: null })
        expect(open).toEqual({ status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'open guest' })
    })

    test('the script runs in the app\'s scope, not interactive, as the calling user', () => {
        instance.rest({ method: 'POST', path: '/api/x_bench/bench_api/errors', as: 'feeder', body: { kind: 'none' } })
        const probe = instance.runScript('1') // the REST call left no scope or session behind
        expect(probe).toBe(1)
        expect(instance.currentScope()).toBeNull()
        const row = instance.query('x_bench_thing')
        expect(row).toEqual([])
        const created = post('/api/x_bench/bench_api/failures', { name: 'who' })
        const id = (created.body as { result: { sys_id: string } }).result.sys_id
        expect(instance.get('x_bench_thing', id)?.sys_created_by).toBe('feeder')
    })
})

describe('errors', () => {
    const errors = (kind: string) => instance.rest({ method: 'POST', path: '/api/x_bench/bench_api/errors', as: 'feeder', body: { kind } })

    test('sn_ws_err errors thrown, set with setError or returned give their status and {error:{message,detail},status:"failure"}', () => {
        expect(errors('bad')).toMatchObject({ status: 400, body: { error: { message: 'kind bad', detail: '' }, status: 'failure' } })
        expect(errors('missing')).toMatchObject({ status: 404, body: { error: { message: 'no such thing', detail: '' }, status: 'failure' } })
        expect(errors('conflict')).toMatchObject({ status: 409, body: { error: { message: 'taken', detail: '' }, status: 'failure' } })
        expect(errors('custom')).toMatchObject({ status: 418, body: { error: { message: 'teapot', detail: 'short and stout' }, status: 'failure' } })
        expect(instance.errors).toEqual([])
    })

    test('an uncaught exception is 500 with the platform\'s error shape (message and detail assumed) and lands in errors', () => {
        expect(errors('crash')).toEqual({
            status: 500,
            headers: { 'Content-Type': 'application/json;charset=UTF-8' },
            body: { error: { message: 'Script Evaluation Exception', detail: 'kaboom' }, status: 'failure' },
        })
        expect(instance.errors.map((error) => [error.source, error.message])).toEqual([['sys_ws_operation:errors', expect.stringContaining('kaboom')]])
    })

    test('the body is one stream: after dataString, data reads empty', () => {
        const twice = instance.rest({ method: 'POST', path: '/api/x_bench/bench_api/errors', as: 'feeder', body: { kind: 'twice' }, query: { kind: 'twice' } })
        expect(twice.body).toEqual({ result: { first: '{"kind":"twice"}', second: 'empty' } })
    })
})

describe('install', () => {
    test('a route module called with other parameters than (request, response) is refused at install', () => {
        const { loadPackage } = jest.requireActual('./records') as typeof import('./records')
        const pkg = loadPackage(BENCH_APP)
        const op = pkg.records.find((record) => record.table === 'sys_ws_operation' && record.fields.name === 'failures')!
        op.fields.operation_script = op.fields.operation_script.replace('receiveFailure(request, response);', 'receiveFailure(req, res);')
        expect(() => new Instance(pkg)).toThrow(/calls receiveFailure\(req, res\) but the platform provides \(request, response\)/)
    })
})
