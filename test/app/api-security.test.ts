// OpConApi is a door into OpCon for every other app on the instance, so it is
// guarded the way a bank's ServiceNow security team would ask (issue 10):
// 1. only scopes an admin approved may call it (caller access: restriction);
// 2. a logged-in user changes nothing in OpCon without x_opcon.user;
// 3. job actions are limited to x_opcon.api_actions;
// 4. every state-changing call leaves an audit row (and refusals a warn line),
//    which never enters the incident delivery queue.
// Calls go through another app's scope, as that app's scripts make them.
import { scopeRefusals, startConnector, TOKEN, type Connector, type OpConResult } from './support/connector'

let c: Connector
let installed: Array<{ name: string; value: string }> = []
let logsBefore = 0
/** Cross-scope refusals the running test provokes on purpose; any other fails it. */
let expectedRefusals: string[] = []

const JOB = '20191220|123|1|GENP001'
let jobSeq = 0

beforeAll(async () => {
    c = await startConnector()
    c.instance.createUser({ userName: 'nora', name: 'Nora Noroles' })
    installed = c.instance.query('sys_properties', 'nameSTARTSWITHx_opcon.').map((p) => ({ name: p.name, value: p.value }))
    await c.sim.seedSchedule({ name: 'NIGHTLY', id: 77, jobs: ['LOAD'] })
    await c.sim.seedJob({ id: '20261123|88|1|FIRST', scheduleName: 'ADHOC', status: 'Finished OK' })
    approve('x_other')
})

afterAll(async () => {
    await c.stop()
})

beforeEach(async () => {
    await c.sim.clearFaults()
    await c.sim.clearRequests()
    for (const p of installed) c.instance.setProperty(p.name, p.value)
    logsBefore = c.instance.logs.length
    expectedRefusals = []
})

afterEach(() => {
    expect(scopeRefusals(c.instance, logsBefore)).toEqual(expectedRefusals)
})

/** An admin's approval of a scope's access to OpConApi ("Restricted caller access privilege settings": set the request to Allowed). */
function approve(scope: string): void {
    const store = c.instance.store
    const requested = store.rows('sys_scope_privilege').find((row) => row.source_scope === scope && row.target_name === 'OpConApi')
    if (requested) store.put('sys_scope_privilege', { ...requested, status: 'allowed' })
    else store.put('sys_scope_privilege', { sys_id: store.newSysId(), source_scope: scope, target_scope: 'x_opcon', target_name: 'OpConApi', target_type: 'sys_script_include', operation: 'execute', status: 'allowed' })
}

interface CallOptions { scope?: string; as?: string; interactive?: boolean }

/** One OpConApi call made by another app's script: in `scope`, as `as`, by default a logged-in user's (interactive) script. */
function call(method: string, args: unknown[], options: CallOptions = {}): OpConResult {
    const code = `var api = new x_opcon.OpConApi(); JSON.stringify(api.${method}.apply(api, ${JSON.stringify(args)}));`
    const answer = c.instance.runScript(code, { scope: options.scope ?? 'x_other', as: options.as ?? 'agent', interactive: options.interactive ?? true })
    return JSON.parse(String(answer)) as OpConResult
}

/** A fresh Failed job in the simulator. */
async function failedJob(): Promise<string> {
    jobSeq += 1
    const id = `20191220|123|1|API${String(jobSeq).padStart(3, '0')}`
    await c.sim.seedJob({ id, status: 'Failed', scheduleName: 'DAILY' })
    return id
}

const auditMark = () => c.instance.store.rows('x_opcon_action').length
/** The action rows written since `mark`, in the order written. */
const auditSince = (mark: number) => c.instance.store.rows('x_opcon_action').slice(mark).map((row) => ({ ...row }))
const userId = (userName: string) => c.instance.userSession(userName).sysId
const postsToOpCon = async () => (await c.sim.requests()).filter((r) => r.method === 'POST').map((r) => `${r.method} ${r.path}`)

describe('1. only scopes an admin approved may call OpConApi (caller access: restriction)', () => {
    test('the package ships OpConApi public, with caller restriction (caller_access 2)', () => {
        const include = c.instance.pkg.records.find((record) => record.table === 'sys_script_include' && record.fields.name === 'OpConApi')!
        expect(include.fields).toMatchObject({ api_name: 'x_opcon.OpConApi', access: 'public', caller_access: '2' })
    })

    test('another app\'s script is refused, leaving a requested privilege and nothing sent, until an admin allows its scope; then it works', async () => {
        const refusal = "Security restricted: Execute operation on API 'x_opcon.OpConApi' from scope 'x_newcomer' was denied. " +
            "The application 'x_newcomer' must declare a Restricted Caller Access privilege. Please contact the application admin to update their access requests."
        expect(() => call('updateJobStatusById', [c.sim.address, JOB, 'markFixed', 'r'], { scope: 'x_newcomer' })).toThrow(refusal)
        expect(() => call('getApiVersion', [c.sim.address], { scope: 'x_newcomer' })).toThrow(refusal)
        expectedRefusals.push(refusal, refusal)
        expect(c.instance.store.rows('sys_scope_privilege').filter((row) => row.source_scope === 'x_newcomer'))
            .toEqual([expect.objectContaining({ target_type: 'sys_script_include', target_name: 'OpConApi', operation: 'execute', status: 'requested' })])
        expect(await c.sim.requests()).toEqual([])

        approve('x_newcomer')
        expect(call('getApiVersion', [c.sim.address], { scope: 'x_newcomer' })).toMatchObject({ ok: true, data: { version: '21.2.0.0' } })
    })
})

describe('2. in an interactive session, changing anything in OpCon needs x_opcon.user', () => {
    test('a logged-in user without the role is refused each job action, schedule build and schedule action, in words, with nothing sent and a row for each', async () => {
        const job = await failedJob()
        const mark = auditMark()
        const acted = call('updateJobStatusById', [c.sim.address, job, 'markFixed', 'fixed it'], { as: 'nora' })
        const built = call('buildSchedule', [c.sim.address, 'NIGHTLY', ['2026-11-23']], { as: 'nora' })
        const added = call('addJobToScheduleInDaily', [c.sim.address, '20261123|88|1', 'SECOND', 'OnRequest', null], { as: 'nora' })
        for (const result of [acted, built, added]) {
            expect(result).toMatchObject({ ok: false, status: 0, data: null, error: { code: 'forbidden', retryable: false, ambiguous: false } })
            expect(result.error!.message).toMatch(/^Nora Noroles \(nora\) may not .+ through OpConApi: .*needs the role x_opcon\.user\. Nothing was sent to OpCon; ask your ServiceNow administrator/)
        }
        expect(acted.error!.message).toContain(`mark fixed job ${job} on ${c.sim.address} through OpConApi`)
        expect(built.error!.message).toContain('build schedule NIGHTLY for 2026-11-23')
        expect(added.error!.message).toContain('add job SECOND to daily schedule 20261123|88|1')
        expect(await c.sim.requests()).toEqual([])
        expect((await c.sim.getJob(job))?.status).toBe('Failed')
        expect(auditSince(mark).map((row) => [row.kind, row.state, row.requested_by, row.caller_scope])).toEqual([
            ['job_action', 'refused', userId('nora'), 'x_other'],
            ['schedule_build', 'refused', userId('nora'), 'x_other'],
            ['schedule_action', 'refused', userId('nora'), 'x_other'],
        ])
    })

    test('the master switch stops the API\'s changes too, in words and audited; reads go on', async () => {
        const job = await failedJob()
        const mark = auditMark()
        c.instance.setProperty('x_opcon.enabled', 'false')
        const acted = call('updateJobStatusById', [c.sim.address, job, 'markFixed', 'fixed it'])
        expect(acted).toMatchObject({ ok: false, status: 0, error: { code: 'disabled', message: expect.stringMatching(/^OpConApi did not mark fixed job .* the OpCon Connector is switched off \(x_opcon\.enabled is false\).*Nothing was sent\./) } })
        expect(call('getDailyJob', [c.sim.address, job])).toMatchObject({ ok: true })
        expect((await c.sim.requests()).filter((r) => r.method === 'POST')).toEqual([])
        expect(auditSince(mark).map((row) => [row.kind, row.state])).toEqual([['job_action', 'refused']])
    })

    test('the same user may still read', async () => {
        const job = await failedJob()
        expect(call('getDailyJob', [c.sim.address, job], { as: 'nora' })).toMatchObject({ ok: true, data: { id: job } })
    })

    test('a user with x_opcon.user may act', async () => {
        const job = await failedJob()
        expect(call('updateJobStatusById', [c.sim.address, job, 'markUnderReview', 'looking'], { as: 'agent' })).toMatchObject({ ok: true })
        expect(await postsToOpCon()).toEqual(['POST /api/jobactions'])
    })

    test('background processing (not interactive) is not asked for the role: the approved scope is its guard', async () => {
        const job = await failedJob()
        const result = call('updateJobStatusById', [c.sim.address, job, 'markUnderReview', 'nightly check'], { as: 'opcon.integration', interactive: false })
        expect(result).toMatchObject({ ok: true })
        expect(await postsToOpCon()).toEqual(['POST /api/jobactions'])
    })
})

describe('3. job actions through the API are limited to x_opcon.api_actions', () => {
    test('the property ships with the six actions the dialog offers, on the properties page, written by x_opcon.admin', () => {
        const property = c.instance.pkg.records.find((record) => record.table === 'sys_properties' && record.fields.name === 'x_opcon.api_actions')
        expect(property?.fields).toMatchObject({ value: 'markUnderReview,markFixed,restart,cancel,hold,release', write_roles: 'x_opcon.admin' })
        const onPage = c.instance.pkg.records.filter((record) => record.table === 'sys_properties_category_m2m' && record.fields.property === property!.sysId)
        expect(onPage).toHaveLength(1)
    })

    test.each(['kill', 'forceRestart', 'markFinishedOk', 'skip', 'start', 'restartOnHold', 'markFailed'])('%s is refused in words before any request, and audited', async (action) => {
        const job = await failedJob()
        const mark = auditMark()
        const result = call('updateJobStatusById', [c.sim.address, job, action, 'r'])
        expect(result).toMatchObject({ ok: false, status: 0, error: { code: 'action_not_allowed', retryable: false, ambiguous: false } })
        expect(result.error!.message).toMatch(new RegExp(`^OpConApi does not send the job action "${action}" \\(.+\\): x_opcon\\.api_actions allows markUnderReview, markFixed, restart, cancel, hold, release\\. `
            + 'Nothing was sent to OpCon\\. An OpCon Connector admin \\(x_opcon\\.admin\\) can add it to x_opcon\\.api_actions if your app needs it\\.$'))
        expect(await c.sim.requests()).toEqual([])
        expect(auditSince(mark)).toEqual([expect.objectContaining({ kind: 'job_action', action, daily_job_id: job, state: 'refused', message: result.error!.message })])
    })

    test('an admin adds an action to the property, and only then is it sent; one left out is refused', async () => {
        const job = await failedJob()
        c.instance.setProperty('x_opcon.api_actions', 'markFixed, markFinishedOk')
        expect(call('updateJobStatusById', [c.sim.address, job, 'markFinishedOk', 'verified by hand', { waitForResult: true }])).toMatchObject({ ok: true, data: { result: 'success' } })
        expect((await c.sim.getJob(job))?.status).toBe('Marked Finished OK')
        const restart = call('updateJobStatusById', [c.sim.address, job, 'restart', 'r'])
        expect(restart.error).toMatchObject({ code: 'action_not_allowed' })
        expect(restart.error!.message).toContain('x_opcon.api_actions allows markFixed, markFinishedOk.')
        expect(await postsToOpCon()).toEqual(['POST /api/jobactions'])
    })

    test('an empty property allows no job action at all (an admin switched them off)', async () => {
        c.instance.setProperty('x_opcon.api_actions', '')
        const result = call('updateJobStatusById', [c.sim.address, await failedJob(), 'markFixed', 'r'])
        expect(result.error).toMatchObject({ code: 'action_not_allowed', message: expect.stringContaining('x_opcon.api_actions allows no job action.') })
        expect(await c.sim.requests()).toEqual([])
    })
})

describe('4. every state-changing call leaves an audit row, whatever x_opcon.log_level says', () => {
    test('an accepted job action: who, from which scope, what, on which server, and OpCon\'s id (log level warn)', async () => {
        c.instance.setProperty('x_opcon.log_level', 'warn')
        const job = await failedJob()
        const mark = auditMark()
        const result = call('updateJobStatusById', [c.sim.address, job, 'markFixed', 'Fixed in CHG0030001'])
        expect(result).toMatchObject({ ok: true, data: { result: 'submitted' } })
        const id = String((result.data as { id: number }).id)
        const [row] = auditSince(mark)
        expect(row).toMatchObject({
            source: 'api', kind: 'job_action', action: 'markFixed', target: job, daily_job_id: job, job_name: job.split('|')[3],
            reason: 'Fixed in CHG0030001', requested_by: userId('agent'), caller_scope: 'x_other',
            server: c.serverId, address: c.sim.address, state: 'accepted', job_action_id: id, opcon_id: id, http_status: '200', attempts: '1',
            message: `OpCon server opcon-test accepted it as ${id}; the caller reads its result (do not send it again).`,
        })
        expect(row.incident ?? '').toBe('')
        expect(c.instance.logs.slice(logsBefore).filter((l) => l.level !== 'error' && l.level !== 'warn')).toEqual([])
    })

    test('waiting for the result: succeeded; OpCon refusing: rejected with OpCon\'s message; a failed call: failed with what went wrong', async () => {
        const mark = auditMark()
        call('updateJobStatusById', [c.sim.address, await failedJob(), 'markUnderReview', 'r', { waitForResult: true }])
        await c.sim.seedJob({ id: '20191220|123|1|DONE01', status: 'Finished OK' })
        const refused = call('updateJobStatusById', [c.sim.address, '20191220|123|1|DONE01', 'markUnderReview', 'r', { waitForResult: true }])
        await c.sim.setFaults([{ kind: 'status', status: 500, method: 'POST', path: '/api/jobactions', body: { code: 500, message: 'Database deadlock' } }])
        const failed = call('updateJobStatusById', [c.sim.address, await failedJob(), 'markFixed', 'r'])
        expect(refused.error!.code).toBe('action_failed')
        expect(failed.error!.code).toBe('server_error')
        const rows = auditSince(mark)
        expect(rows.map((row) => row.state)).toEqual(['succeeded', 'rejected', 'failed'])
        expect(rows[0].message).toMatch(/^OpCon server opcon-test finished it: success \(\d+\)\.$/)
        expect(rows[1]).toMatchObject({ message: refused.error!.message, opcon_id: expect.stringMatching(/^\d+$/) })
        expect(rows[1].message).toContain(refused.error!.opconMessage!)
        expect(rows[2]).toMatchObject({ message: failed.error!.message, http_status: '500' })
        expect(rows[2].message).toContain('Database deadlock')
    })

    test('a schedule build and a schedule action: kind, action and target', async () => {
        const mark = auditMark()
        call('buildSchedule', [c.sim.address, 'NIGHTLY', ['2026-11-23', '2026-11-24'], { overwrite: true, namedInstance: 'extra' }])
        call('addJobToScheduleInDaily', [c.sim.address, '20261123|88|1', 'SECOND', 'OnRequest', null, { waitForResult: true }])
        expect(auditSince(mark).map((row) => [row.kind, row.action, row.target, row.job_name ?? '', row.state, row.caller_scope])).toEqual([
            ['schedule_build', 'build', 'NIGHTLY on 2026-11-23, 2026-11-24 (overwrite: yes, hold: no, named instance: extra)', '', 'accepted', 'x_other'],
            ['schedule_action', 'addJobs', 'job SECOND (frequency OnRequest) into daily schedule 20261123|88|1', 'SECOND', 'succeeded', 'x_other'],
        ])
    })

    test('a refusal: a refused row with the reason, and a warn line that survives x_opcon.log_level = warn', () => {
        c.instance.setProperty('x_opcon.log_level', 'warn')
        const mark = auditMark()
        const result = call('updateJobStatusById', [c.sim.address, JOB, 'kill', 'r'])
        expect(auditSince(mark)).toEqual([expect.objectContaining({ state: 'refused', action: 'kill', message: result.error!.message, requested_by: userId('agent') })])
        expect(c.instance.logs.slice(logsBefore).map((l) => `${l.level} ${l.message}`)).toEqual([
            `warn [OpCon Connector] OpConApi audit: Jane Agent (agent) from scope x_other asked to kill job ${JOB} on ${c.sim.address}: refused. ${result.error!.message}`,
        ])
    })

    test('a call from no other scope (the app\'s own, or a test) records an empty calling scope', async () => {
        const mark = auditMark()
        c.api().updateJobStatusById(c.sim.address, await failedJob(), 'markUnderReview', 'r')
        expect(auditSince(mark)).toEqual([expect.objectContaining({ caller_scope: '', state: 'accepted', requested_by: userId('admin') })])
    })

    test('reads leave no row', async () => {
        const mark = auditMark()
        call('getDailyJob', [c.sim.address, await failedJob()])
        call('getApiVersion', [c.sim.address])
        call('getDailyScheduleByNameAndDate', [c.sim.address, 'NIGHTLY', '2026-11-23'])
        expect(auditSince(mark)).toEqual([])
    })

    test('the audit row comes first: when it cannot be written, nothing is sent', async () => {
        const store = c.instance.store
        const put = store.put.bind(store)
        store.put = (table, row) => {
            if (table === 'x_opcon_action') throw new Error('disk full')
            return put(table, row)
        }
        try {
            const result = call('updateJobStatusById', [c.sim.address, await failedJob(), 'markFixed', 'r'])
            expect(result.error).toMatchObject({ code: 'internal_error', message: expect.stringMatching(/could not write its audit row .*disk full.*Nothing was sent to OpCon/) })
        } finally {
            store.put = put
        }
        expect(await c.sim.requests()).toEqual([])
    })

    test('API rows never enter the delivery queue: the scheduled delivery sends nothing for them and leaves them as they are', async () => {
        call('updateJobStatusById', [c.sim.address, await failedJob(), 'markFixed', 'r'])
        call('buildSchedule', [c.sim.address, 'NIGHTLY', ['2026-11-25']])
        const apiRows = () => c.instance.query('x_opcon_action', 'source=api').map((row) => `${row.sys_id} ${row.state} ${row.sys_mod_count}`)
        const before = apiRows()
        expect(before.length).toBeGreaterThanOrEqual(2)
        expect(c.instance.query('x_opcon_action', 'source=api^stateINqueued,sending,sent')).toEqual([])
        await c.sim.clearRequests()
        c.instance.advanceTime(3 * 60_000)
        expect(await c.sim.requests()).toEqual([])
        expect(apiRows()).toEqual(before)
    })

    test('its states and kinds have labels a person can read', () => {
        const labels = (element: string) => Object.fromEntries(c.instance.store.rows('sys_choice')
            .filter((row) => row.name === 'x_opcon_action' && row.element === element).map((row) => [row.value, row.label]))
        expect(labels('state')).toMatchObject({
            calling: 'Calling OpCon (script API)', accepted: 'Accepted by OpCon; the caller reads the result', refused: 'Refused by the connector; nothing sent',
        })
        expect(labels('kind')).toEqual({ job_action: 'Job action', schedule_build: 'Schedule build', schedule_action: 'Schedule action' })
        expect(labels('action')).toMatchObject({ kill: 'Kill', markFinishedOk: 'Mark finished OK', build: 'Build schedule', addJobs: 'Add job to daily schedule' })
    })

    test('no row or log line holds the token or the base URL', () => {
        const rows = JSON.stringify(c.instance.query('x_opcon_action', 'source=api'))
        const logs = JSON.stringify(c.instance.logs)
        for (const text of [rows, logs]) {
            expect(text).not.toContain(TOKEN)
            expect(text).not.toContain(c.sim.url)
        }
    })
})
