// Issue 18, "The push credential is assumed stolen": what whoever holds a
// credential kept on an OpCon agent can do, on the built package against the
// OpCon simulator. The push account (only x_opcon.failure_reporter) reports
// that a job failed and nothing else; the integration account
// (x_opcon.integration, SMA's Windows connector) links only a job OpCon
// reports failed, and takes no job from an incident the connector linked.
import { useConnector, type Connector } from './support/connector'
import { connectorIncident, setState, type OpConIncident } from './support/incidents'
import { AccessDenied } from '../bench/instance'

let c: Connector
const connector = useConnector()

beforeAll(() => {
    c = connector()
    c.instance.createUser({ userName: 'bob', name: 'Bob Itil', roles: ['itil'] })
    // An admin allowed another app's scripts to call OpConApi ("Restricted caller access privilege settings"), as api-security.test.ts does.
    const store = c.instance.store
    store.put('sys_scope_privilege', { sys_id: store.newSysId(), source_scope: 'x_other', target_scope: 'x_opcon', target_name: 'OpConApi', target_type: 'sys_script_include', operation: 'execute', status: 'allowed' })
})

let requestsBefore = 0
beforeEach(async () => {
    requestsBefore = (await c.sim.requests()).length
})

/** What reached OpCon during this test: method and decoded path. */
async function opconReceived(): Promise<string[]> {
    return (await c.sim.requests()).slice(requestsBefore).map((r) => `${r.method} ${decodeURIComponent(r.path)}`)
}

const linksOf = (incident: string) => c.instance.query('x_opcon_binding', `incident=${incident}^ORDERBYsys_created_on`)

function decoy(as: string, jobId: string): string {
    return c.instance.insert('incident', { short_description: 'Payroll failed, please cancel', correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${jobId}`, state: 1 }, { as })!
}

/** The job fails again and OpCon's command reports it (the one thing the push account does); the failure row that followed. */
async function failsAgain(job: OpConIncident): Promise<Record<string, string>> {
    await c.sim.failJob(job.jobId)
    c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })
    const answer = c.instance.rest({ method: 'POST', path: '/api/x_opcon/v1/opcon/failures', as: 'opcon.reporter', body: { address: c.sim.address, daily_job_id: job.jobId } })
    expect(answer.status).toBe(202)
    c.instance.drain()
    c.instance.update('x_opcon_server', c.serverId, { collect_failures: false }, { as: 'opcon.admin' })
    const rows = c.instance.query('x_opcon_failure', `daily_job_id=${job.jobId}^ORDERBYsys_created_on`)
    return rows[rows.length - 1]
}

describe('with only the push credential', () => {
    test('the account holds x_opcon.failure_reporter alone, which contains no role and is granted by no ACL but the push endpoint\'s', () => {
        expect([...c.instance.userSession('opcon.reporter').roles]).toEqual(['x_opcon.failure_reporter'])
        const role = c.instance.query('sys_user_role', 'name=x_opcon.failure_reporter')[0]
        expect(c.instance.query('sys_user_role_contains', `role=${role.sys_id}`)).toEqual([])
        const granted = c.instance.query('sys_security_acl_role', `sys_user_role=${role.sys_id}`).map((m) => c.instance.get('sys_security_acl', m.sys_security_acl)!)
        expect(granted.map((acl) => acl.type)).toEqual(['REST_Endpoint'])
    })

    test('no job action of any kind reaches OpCon, no job changes incident, and the next failure is worked on the connector\'s incident', async () => {
        const job = await connectorIncident(c)
        requestsBefore = (await c.sim.requests()).length

        // The OpCon Job dialog's calls and OpConApi from a script the account runs: refused before anything is queued or sent.
        for (const method of ['getJob', 'performAction', 'getOutcome']) {
            expect(() => c.instance.ajax({ as: 'opcon.reporter', processor: 'x_opcon.OpConJobAjax', method, params: { sysparm_incident: job.sysId, sysparm_action: 'cancel' }, scope: 'global' }))
                .toThrow(AccessDenied)
        }
        for (const action of ['cancel', 'restart', 'hold', 'markFixed']) {
            const code = `JSON.stringify(new x_opcon.OpConApi().updateJobStatusById(${JSON.stringify(c.sim.address)}, ${JSON.stringify(job.jobId)}, '${action}', 'decoy'))`
            expect(JSON.parse(String(c.instance.runScript(code, { as: 'opcon.reporter', scope: 'x_other' })))).toMatchObject({ ok: false })
        }
        // Even where the instance lets the account write incidents (the bench holds no incident ACLs; on
        // an instance the role grants none), its correlation fields link nothing and its state changes move nothing.
        const fake = decoy('opcon.reporter', job.jobId)
        expect(linksOf(fake)).toEqual([])
        expect(c.instance.journal('incident', fake)[0]).toMatch(/^The OpCon link of INC\d+ is unchanged\. OpCon Failure Reporter \(opcon\.reporter\) changed its correlation fields, but only the OpCon integration account or an OpCon Connector admin may link/)
        c.instance.update('incident', job.sysId, { correlation_id: `${c.sim.address},20191220|1|1|ELSEWHERE` }, { as: 'opcon.reporter' })
        setState(c, { ...job, sysId: fake }, 8, { as: 'opcon.reporter' })
        expect(c.instance.query('x_opcon_action', `incident=${fake}`)).toMatchObject([{ action: 'cancel', state: 'rejected', message: expect.stringContaining('not linked to an OpCon job') }])

        expect((await opconReceived()).filter((line) => !line.startsWith('GET '))).toEqual([])
        expect((await c.sim.getJob(job.jobId))!.status).toBe('Failed')
        expect(linksOf(job.sysId)).toMatchObject([{ how: 'app', active: '1', daily_job_id: job.jobId }])

        const row = await failsAgain(job)
        expect(row).toMatchObject({ state: 'done', incident: job.sysId })
        expect(c.instance.journal('incident', job.sysId).join('\n')).toMatch(/failed again/i)
        expect(c.instance.journal('incident', fake).join('\n')).not.toMatch(/failed again/i)
    })
})

describe('with the integration credential', () => {
    test('a decoy naming a healthy job never links it: refused in words once OpCon is read; OpCon only answered a read', async () => {
        const healthy = '20191220|999|1|PAYROLL-HEALTHY'
        await c.sim.seedJob({ id: healthy, status: 'Finished OK' })
        requestsBefore = (await c.sim.requests()).length
        const calls = c.instance.httpLog.length
        const fake = decoy('opcon.integration', healthy)
        c.instance.update('incident', fake, { state: 8 }, { as: 'opcon.integration' })
        expect(c.instance.httpLog.slice(calls)).toEqual([])
        c.instance.drain()
        c.instance.update('incident', fake, { state: 2 }, { as: 'opcon.integration' })
        c.instance.drain()
        expect(linksOf(fake)).toMatchObject([{ how: 'integration', state: 'refused', active: '0' }])
        expect(c.instance.journal('incident', fake)).toContainEqual(expect.stringMatching(/^The link of INC\d+ to OpCon job 20191220\|999\|1\|PAYROLL-HEALTHY on .* was refused: OpCon server opcon-test reports the job as "Finished OK", not failed/))
        expect(c.instance.query('x_opcon_action', `incident=${fake}^ORDERBYsys_created_on`).map((a) => [a.action, a.state])).toEqual([['cancel', 'rejected'], ['markUnderReview', 'rejected']])
        expect(await opconReceived()).toEqual([`GET /api/dailyjobs/${healthy}`])
        expect((await c.sim.getJob(healthy))!.status).toBe('Finished OK')
    })

    test('a decoy naming a job the connector linked does not take it over: OpCon receives nothing, and the next failure is worked on the connector\'s incident', async () => {
        const job = await connectorIncident(c)
        requestsBefore = (await c.sim.requests()).length
        const fake = decoy('opcon.integration', job.jobId)
        c.instance.drain()
        expect(linksOf(fake)).toEqual([])
        expect(c.instance.journal('incident', fake)[0]).toContain(`but that job is linked to ${job.number} by the connector itself`)
        // Nor can the account re-aim the connector's incident, or act through the decoy.
        c.instance.update('incident', job.sysId, { correlation_id: `${c.sim.address},20191220|999|1|ELSEWHERE` }, { as: 'opcon.integration' })
        setState(c, { ...job, sysId: fake }, 8, { as: 'opcon.integration' })
        setState(c, { ...job, sysId: fake }, 7, { as: 'opcon.integration' })
        expect(await opconReceived()).toEqual([])
        expect(linksOf(job.sysId)).toMatchObject([{ how: 'app', active: '1', daily_job_id: job.jobId }])

        const row = await failsAgain(job)
        expect(row).toMatchObject({ state: 'done', incident: job.sysId })
        // The connector's incident still acts on its job.
        requestsBefore = (await c.sim.requests()).length
        setState(c, job, 8, { as: 'bob' })
        expect((await opconReceived()).filter((line) => line.startsWith('POST'))).toEqual(['POST /api/jobactions'])
        expect((await c.sim.appliedActions()).filter((a) => a.jobId === job.jobId).map((a) => a.action)).toEqual(['cancel'])
    })
})
