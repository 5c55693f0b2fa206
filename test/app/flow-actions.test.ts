// The OpCon Flow Designer actions (fluent/flow-actions/), run as a flow runs
// them (instance.runFlowAction, test/bench/flow-actions.ts) against the OpCon
// simulator: each action's happy path, the refusals OpConApi makes for them
// (allow-list, role held by the flow's user themselves, unregistered server),
// OpCon down with and without "stop on error", a pending result read later by
// its own flow only, the audit row of a flow, and the doors they keep shut:
// no job but an incident's linked one, no scope but the app's own.
import type { FlowActionOptions, FlowActionRun } from '../bench/flow-actions'
import { Instance } from '../bench/instance'
import { useConnector, type Connector } from './support/connector'
import { openOpConIncident, type OpConIncident } from './support/incidents'

let c: Connector
const connector = useConnector()

const JOB = '20261126|310|1|FLOWJOB'
const FLOW = 'Restart job when change approved'

/** A flow's run of an action, as a user who holds x_opcon.user (agent) unless told. */
function run(name: string, inputs: Record<string, unknown>, options: FlowActionOptions = {}): FlowActionRun {
    return c.instance.runFlowAction(name, inputs, { as: 'agent', ...options })
}

/** A job's OpCon incident, linked (opened by OpCon's integration account), its job in the given status. */
/** An incident an admin linked to a job in `status` (the integration account links only jobs OpCon reports failed). */
async function linkedIncident(status = 'Failed'): Promise<OpConIncident> {
    return openOpConIncident(c, { status, as: 'opcon.admin' })
}
const JOB_ACTIONS: Array<[string, string, string, string]> = [
    // display name, job status the simulator shows after it, the action's internal name, a status it acts from
    ['Mark job Under Review', 'Under Review', 'opcon_mark_job_under_review', 'Failed'],
    ['Mark job Fixed', 'Fixed', 'opcon_mark_job_fixed', 'Failed'],
    ['Hold job', 'Held', 'opcon_hold_job', 'Waiting'],
    ['Release job', 'Waiting', 'opcon_release_job', 'Held'],
    ['Cancel job', 'Cancelled', 'opcon_cancel_job', 'Failed'],
    ['Restart job', 'Finished OK', 'opcon_restart_job', 'Failed'],
]

beforeAll(async () => {
    c = connector()
    await c.sim.setActionBehaviour({ apply: 'onFirstPoll', restartOutcome: 'Finished OK' })
    await c.sim.seedSchedule({ name: 'FLOWSCHED', id: 310, jobs: [{ name: 'LOADFLOW', frequency: 'Daily' }] })
})

beforeEach(async () => {
    await c.sim.seedJob({ id: JOB, status: 'Failed', scheduleName: 'FLOWSCHED' })
})

function auditRow(sysId: unknown): Record<string, string> {
    const row = c.instance.get('x_opcon_action', String(sysId))
    if (!row) throw new Error(`no x_opcon_action ${String(sysId)}`)
    return row
}

describe('the six job actions', () => {
    test.each(JOB_ACTIONS)('%s moves the incident\'s linked job, says the job status after it, and leaves a flow audit row', async (name, status, _internal, from) => {
        const incident = await linkedIncident(from)
        const result = run(name, { incident: incident.sysId, reason: 'CHG0030001 approved' }, { flowName: FLOW })
        expect(result).toMatchObject({ status: 'completed', outputs: { succeeded: true, pending: false, opcon_status: 200, error_code: '', error_message: '' } })
        expect(result.outputs.job_status).toBe(status)
        expect((await c.sim.getJob(incident.jobId))?.status).toBe(status)
        const row = auditRow(result.outputs.action_row)
        expect(row).toMatchObject({ source: 'flow', flow_name: FLOW, requested_by: c.instance.userSession('agent').sysId, state: 'succeeded', daily_job_id: incident.jobId, incident: incident.sysId, kind: 'job_action' })
    })

    test('while the incident\'s new link awaits OpCon\'s confirmation, a job action moves neither job: nothing reaches OpCon', async () => {
        const incident = await openOpConIncident(c, { status: 'Failed' })
        const other = '20191220|123|1|RELINKED'
        await c.sim.seedJob({ id: other, status: 'Failed', scheduleName: 'DAILY-PROD' })
        // The integration account re-aims the incident; its link waits for OpCon's word (no drain yet).
        c.instance.update('incident', incident.sysId, { correlation_id: `${c.sim.address},${other}` }, { as: 'opcon.integration' })
        await c.sim.clearRequests()
        const result = run('Cancel job', { incident: incident.sysId }, { flowName: FLOW })
        expect(result.outputs).toMatchObject({ succeeded: false, error_code: 'link_pending' })
        expect(result.outputs.error_message).toContain('awaits OpCon\'s confirmation')
        expect((await c.sim.requests()).filter((r) => r.method !== 'GET')).toEqual([])
        expect((await c.sim.getJob(incident.jobId))?.status).toBe('Failed')
        c.instance.drain()
    })

    test('the actions carry internal names a flow refers to', () => {
        const names = c.instance.pkg.records.filter((r) => r.table === 'sys_hub_action_type_definition' && r.action !== 'DELETE').map((r) => [r.fields.name, r.fields.internal_name, r.fields.category])
        for (const [name, , internal] of JOB_ACTIONS) expect(names).toContainEqual([name, internal, 'OpCon'])
        expect(names).toHaveLength(11)
    })

    test('they take only an Incident: there is no Server or Daily job id input to aim them at another job', async () => {
        const definitions = c.instance.pkg.records.filter((r) => r.table === 'sys_hub_action_type_definition' && r.action !== 'DELETE')
        for (const [name] of JOB_ACTIONS) {
            const id = definitions.find((r) => r.fields.name === name)!.sysId
            const inputs = c.instance.pkg.records.filter((r) => r.table === 'sys_hub_action_input' && r.action !== 'DELETE' && r.fields.model === id)
            expect(inputs.map((r) => r.fields.element).sort()).toEqual(['flow_name', 'incident', 'reason', 'stop_on_error'])
            expect(inputs.find((r) => r.fields.element === 'incident')?.fields.mandatory).toBe('true')
        }
        await c.sim.clearRequests()
        expect(() => run('Cancel job', { server: c.serverId, daily_job_id: JOB }, { flowName: FLOW })).toThrow(/has no input server, daily_job_id/)
        expect(run('Cancel job', {}, { flowName: FLOW })).toMatchObject({ status: 'error', error: expect.stringContaining('The mandatory input Incident') })
        expect(await c.sim.requests()).toEqual([])
        expect((await c.sim.getJob(JOB))?.status).toBe('Failed')
    })
})

describe('reads and schedules', () => {
    test('Get daily job reads the job status and writes no audit row', () => {
        const before = c.instance.query('x_opcon_action').length
        const result = run('Get daily job', { server: c.serverId, daily_job_id: JOB })
        expect(result).toMatchObject({ status: 'completed', outputs: { succeeded: true, job_status: 'Failed', opcon_status: 200, action_row: '' } })
        expect(c.instance.query('x_opcon_action')).toHaveLength(before)
    })

    test('Build schedule builds it, and Find daily schedule by name and date finds it', async () => {
        const built = run('Build schedule', { server: c.serverId, schedule_name: 'FLOWSCHED', date: '2026-11-27' }, { flowName: FLOW })
        expect(built).toMatchObject({ status: 'completed', outputs: { succeeded: true, pending: false } })
        expect(auditRow(built.outputs.action_row)).toMatchObject({ source: 'flow', flow_name: FLOW, kind: 'schedule_build', action: 'build', state: 'succeeded' })
        const found = run('Find daily schedule by name and date', { server: c.serverId, schedule_name: 'FLOWSCHED', date: '2026-11-27' })
        expect(found).toMatchObject({ status: 'completed', outputs: { succeeded: true } })
        expect(found.outputs.daily_schedule_id).toMatch(/^20261127\|310\|/)
    })

    test('Add job to daily schedule adds a job to the daily schedule Find daily schedule found', async () => {
        // An ad-hoc daily schedule (no master job list) takes any job.
        await c.sim.seedJob({ id: '20261126|88|1|FIRST', scheduleName: 'ADHOCFLOW', status: 'Finished OK' })
        const found = run('Find daily schedule by name and date', { server: c.serverId, schedule_name: 'ADHOCFLOW', date: '2026-11-26' })
        expect(found.outputs).toMatchObject({ succeeded: true, daily_schedule_id: '20261126|88|1' })
        const added = run('Add job to daily schedule', {
            server: c.serverId, daily_schedule_id: found.outputs.daily_schedule_id, job_name: 'SECOND', frequency: 'OnRequest',
        }, { flowName: FLOW })
        expect(added).toMatchObject({ status: 'completed', outputs: { succeeded: true, error_message: '' } })
        expect(auditRow(added.outputs.action_row)).toMatchObject({ source: 'flow', kind: 'schedule_action', action: 'addJobs', job_name: 'SECOND', state: 'succeeded' })
    })

    test('Find daily schedule says in words when the schedule is not built for that date', () => {
        const result = run('Find daily schedule by name and date', { server: c.serverId, schedule_name: 'FLOWSCHED', date: '2030-01-02' })
        expect(result).toMatchObject({ status: 'completed', outputs: { succeeded: false, error_code: 'not_found' } })
        expect(result.outputs.error_message).toContain('has no daily schedule FLOWSCHED on 2030-01-02')
    })
})

describe('refusals and failures', () => {
    test('a job action outside x_opcon.api_actions is refused before any request, with a refused flow row', async () => {
        const incident = await linkedIncident()
        c.instance.setProperty('x_opcon.api_actions', 'markUnderReview,markFixed')
        await c.sim.clearRequests()
        const result = run('Restart job', { incident: incident.sysId }, { flowName: FLOW })
        expect(result).toMatchObject({ status: 'completed', outputs: { succeeded: false, pending: false, error_code: 'action_not_allowed', opcon_status: 0 } })
        expect(result.outputs.error_message).toContain('x_opcon.api_actions allows markUnderReview, markFixed')
        expect(await c.sim.requests()).toEqual([])
        expect(auditRow(result.outputs.action_row)).toMatchObject({ source: 'flow', flow_name: FLOW, state: 'refused' })
    })

    test('a flow running as a user without x_opcon.user changes nothing in OpCon', async () => {
        const incident = await linkedIncident('Waiting')
        if (!c.instance.store.rows('sys_user').some((u) => u.user_name === 'flow.norole')) c.instance.createUser({ userName: 'flow.norole', name: 'Nia Norole', roles: ['itil'] })
        await c.sim.clearRequests()
        const result = run('Hold job', { incident: incident.sysId }, { as: 'flow.norole', flowName: FLOW })
        expect(result.outputs).toMatchObject({ succeeded: false, error_code: 'forbidden' })
        expect(result.outputs.error_message).toContain(`The flow "${FLOW}" runs as Nia Norole (flow.norole)`)
        expect(await c.sim.requests()).toEqual([])
    })

    test('a plain admin (gs.hasRole passes, x_opcon.user not held) is refused by every kind of action: changes, reads and Wait for OpCon result', async () => {
        const incident = await linkedIncident()
        const pending = await pendingRestart(incident)
        await c.sim.clearRequests()
        const moved = run('Restart job', { incident: incident.sysId }, { as: 'sysadmin', flowName: FLOW })
        expect(moved.outputs).toMatchObject({ succeeded: false, error_code: 'forbidden' })
        expect(moved.outputs.error_message).toContain(`The flow "${FLOW}" runs as System Administrator (sysadmin)`)
        expect(moved.outputs.error_message).toContain('held by the flow\'s user themselves (admin alone is not enough)')
        expect(auditRow(moved.outputs.action_row)).toMatchObject({ source: 'flow', state: 'refused', incident: incident.sysId })
        const read = run('Get daily job', { server: c.serverId, daily_job_id: incident.jobId }, { as: 'sysadmin' })
        expect(read.outputs).toMatchObject({ succeeded: false, error_code: 'forbidden', job_status: '' })
        expect(read.outputs.error_message).toContain('The flow runs as System Administrator (sysadmin), who may not use the OpCon action "Get daily job"')
        const schedule = run('Build schedule', { server: c.serverId, schedule_name: 'FLOWSCHED', date: '2026-11-29' }, { as: 'sysadmin', flowName: FLOW })
        expect(schedule.outputs).toMatchObject({ succeeded: false, error_code: 'forbidden' })
        const waited = run('Wait for OpCon result', { action_row: pending }, { as: 'sysadmin', flowName: FLOW })
        expect(waited.outputs).toMatchObject({ succeeded: false, pending: false, error_code: 'forbidden' })
        expect(await c.sim.requests()).toEqual([])
        expect(auditRow(pending)).toMatchObject({ state: 'accepted' })
    })

    test('with the connector switched off, a flow changes nothing in OpCon either', async () => {
        c.instance.setProperty('x_opcon.enabled', 'false')
        await c.sim.clearRequests()
        const result = run('Build schedule', { server: c.serverId, schedule_name: 'FLOWSCHED', date: '2026-11-28' }, { flowName: FLOW })
        expect(result.outputs).toMatchObject({ succeeded: false, error_code: 'disabled' })
        expect(result.outputs.error_message).toContain('the OpCon Connector is switched off (x_opcon.enabled is false)')
        expect(await c.sim.requests()).toEqual([])
        expect(auditRow(result.outputs.action_row)).toMatchObject({ source: 'flow', flow_name: FLOW, state: 'refused' })
    })

    test('an unregistered server is refused in words, with no request', async () => {
        await c.sim.clearRequests()
        const result = run('Build schedule', { server: '0123456789abcdef0123456789abcdef', schedule_name: 'FLOWSCHED', date: '2026-11-27' })
        expect(result).toMatchObject({ status: 'completed', outputs: { succeeded: false, error_code: 'unregistered_server', action_row: '' } })
        expect(result.outputs.error_message).toContain('is not registered under OpCon Connector > Servers')
        expect(await c.sim.requests()).toEqual([])
    })

    test('OpCon down (503): the action completes with error outputs, and the flow goes on', async () => {
        const incident = await linkedIncident()
        await c.sim.setFaults([{ kind: 'status', status: 503, path: '/api/' }])
        const result = run('Mark job Under Review', { incident: incident.sysId }, { flowName: FLOW })
        expect(result).toMatchObject({ status: 'completed', outputs: { succeeded: false, pending: false, opcon_status: 503, error_code: 'server_error' } })
        expect(result.outputs.error_message).toContain('HTTP 503')
        expect(auditRow(result.outputs.action_row)).toMatchObject({ source: 'flow', state: 'failed' })
    })

    test('OpCon down with stop on error: the action errors with the same sentence, its outputs still set (assumed)', async () => {
        const incident = await linkedIncident()
        await c.sim.setFaults([{ kind: 'status', status: 503, path: '/api/' }])
        const result = run('Mark job Under Review', { incident: incident.sysId }, { flowName: FLOW, stopOnError: true })
        expect(result.status).toBe('error')
        expect(result.outputs).toMatchObject({ succeeded: false, error_code: 'server_error' })
        expect(result.error).toBe(result.outputs.error_message)
        expect(result.error).toContain('HTTP 503')
    })
})

/** A restart OpCon takes but whose result cannot be read within the step: its pending row. */
async function pendingRestart(incident: OpConIncident): Promise<string> {
    await c.sim.setFaults([{ kind: 'status', status: 503, method: 'GET', path: '/api/jobactions' }])
    const result = run('Restart job', { incident: incident.sysId, reason: 'CHG0030002' }, { flowName: FLOW })
    await c.sim.clearFaults()
    expect(result.outputs).toMatchObject({ pending: true, succeeded: false })
    return String(result.outputs.action_row)
}

describe('a result OpCon has not given within the step', () => {
    test('the action says pending with its row; Wait for OpCon result reads it later and completes the row', async () => {
        const incident = await linkedIncident()
        const row = await pendingRestart(incident)
        expect(auditRow(row)).toMatchObject({ state: 'accepted', source: 'flow' })
        const waited = run('Wait for OpCon result', { action_row: row }, { flowName: FLOW })
        expect(waited).toMatchObject({ status: 'completed', outputs: { succeeded: true, pending: false, action_row: row, job_status: 'Finished OK' } })
        expect(auditRow(row)).toMatchObject({ state: 'succeeded' })
        // Read again: the row now answers without asking OpCon.
        await c.sim.clearRequests()
        expect(run('Wait for OpCon result', { action_row: row }, { flowName: FLOW }).outputs).toMatchObject({ succeeded: true })
        expect(await c.sim.requests()).toEqual([])
    })

    test('when OpCon finally refuses the pending action, Wait for OpCon result says why and the row says rejected', async () => {
        // Hold is not allowed from Failed: OpCon takes the request, then fails it.
        const incident = await linkedIncident()
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'GET', path: '/api/jobactions' }])
        const held = run('Hold job', { incident: incident.sysId }, { flowName: FLOW })
        expect(held.outputs).toMatchObject({ pending: true, succeeded: false })
        await c.sim.clearFaults()
        const waited = run('Wait for OpCon result', { action_row: held.outputs.action_row }, { flowName: FLOW, stopOnError: true })
        expect(waited).toMatchObject({ status: 'error', outputs: { succeeded: false, pending: false, error_code: 'action_failed' } })
        expect(waited.error).toContain("Action 'hold' is not allowed for job")
        expect(auditRow(held.outputs.action_row)).toMatchObject({ state: 'rejected' })
    })

    test('Wait for OpCon result completes only its own flow\'s row: another user\'s, another flow\'s or a script\'s row is refused in words, unread and unchanged', async () => {
        const incident = await linkedIncident()
        const row = await pendingRestart(incident)
        await c.sim.clearRequests()
        // Another user who holds x_opcon.user, with the same flow name.
        const otherUser = run('Wait for OpCon result', { action_row: row }, { as: 'opcon.admin', flowName: FLOW })
        expect(otherUser.outputs).toMatchObject({ succeeded: false, pending: false, error_code: 'forbidden', job_status: '' })
        expect(otherUser.outputs.error_message).toContain('another user\'s flow asked for it')
        // The same user, another flow.
        const otherFlow = run('Wait for OpCon result', { action_row: row }, { flowName: 'Some other flow' })
        expect(otherFlow.outputs).toMatchObject({ succeeded: false, error_code: 'forbidden' })
        expect(otherFlow.outputs.error_message).toContain(`it belongs to the flow "${FLOW}", not "Some other flow"`)
        // A row a script wrote through OpConApi (source api).
        c.instance.update('x_opcon_action', row, { source: 'api' })
        const scripts = run('Wait for OpCon result', { action_row: row }, { flowName: FLOW })
        expect(scripts.outputs).toMatchObject({ succeeded: false, error_code: 'forbidden' })
        expect(scripts.outputs.error_message).toContain('it was not written by an OpCon Flow action')
        c.instance.update('x_opcon_action', row, { source: 'flow' })
        expect(await c.sim.requests()).toEqual([])
        expect(auditRow(row)).toMatchObject({ state: 'accepted' })
        expect(auditRow(row).completed_on ?? '').toBe('')
        // Its own flow still completes it.
        expect(run('Wait for OpCon result', { action_row: row }, { flowName: FLOW }).outputs).toMatchObject({ succeeded: true, job_status: 'Finished OK' })
    })
})

describe('a job behind an incident: the job comes from the incident\'s link, never its editable fields', () => {
    /** The daily job ids OpCon was asked to act on (POST /api/jobactions). */
    async function jobsActedOn(): Promise<string[]> {
        return (await c.sim.requests()).filter((r) => r.method === 'POST' && r.path === '/api/jobactions')
            .flatMap((r) => ((r.body as { jobs?: Array<{ id: string }> }).jobs ?? []).map((job) => job.id))
    }

    test('an agent\'s edit of the Correlation ID does not redirect the flow: OpCon restarts the linked job, and the incident\'s history shows the flow\'s row', async () => {
        const incident = await openOpConIncident(c)
        const other = await openOpConIncident(c)
        // An agent (no trusted source) types another job into the correlation id: the link stays.
        c.instance.update('incident', incident.sysId, { correlation_id: `${c.sim.address},${other.jobId}` }, { as: 'agent' })
        await c.sim.clearRequests()
        const result = run('Restart job', { incident: incident.sysId, reason: 'CHG0030002 approved' }, { flowName: FLOW })
        expect(result.outputs).toMatchObject({ succeeded: true, error_code: '' })
        expect(await jobsActedOn()).toEqual([incident.jobId])
        expect((await c.sim.getJob(other.jobId))?.status).toBe('Failed')
        expect(auditRow(result.outputs.action_row)).toMatchObject({ source: 'flow', flow_name: FLOW, incident: incident.sysId, daily_job_id: incident.jobId, action: 'restart', state: 'succeeded' })
        const history = JSON.parse(String(c.instance.ajax({ as: 'agent', processor: 'x_opcon.OpConJobAjax', method: 'getJob', params: { sysparm_incident: incident.sysId } })))
        expect(history.view.history.map((h: { action: string }) => h.action)).toContain('restart')
    })

    test('an incident with no link moves nothing, and says how to link it', async () => {
        const unlinked = c.instance.insert('incident', { short_description: 'typed by an agent', correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${JOB}` }, { as: 'agent' })!
        await c.sim.clearRequests()
        const before = c.instance.query('x_opcon_action', 'source=flow').length
        const result = run('Cancel job', { incident: unlinked }, { flowName: FLOW })
        expect(result.outputs).toMatchObject({ succeeded: false, error_code: 'not_linked', action_row: '' })
        expect(result.outputs.error_message).toContain('is not linked to an OpCon job')
        expect(await c.sim.requests()).toEqual([])
        expect(c.instance.query('x_opcon_action', 'source=flow')).toHaveLength(before)
    })
})

describe('only the app\'s own scope runs them ("Accessible from": this application scope only)', () => {
    const RUN = (incident: string) => `sn_fd.FlowAPI.getRunner().action('x_opcon.opcon_cancel_job').inForeground().withInputs({ incident: '${incident}', flow_name: 'script' }).run().getOutputs()`

    test('npm run deploy (now-sdk install) publishes all eleven and says so; an install from the application repository leaves them drafts, which no script runs', () => {
        const deployed = Instance.load({ installedWith: 'now-sdk install' })
        expect(deployed.installLog).toEqual(['Flow activation complete: 11/11 succeeded'])
        expect(deployed.query('sys_hub_action_type_definition', 'sys_scope!=NULL').map((row) => row.state)).toEqual(Array(11).fill('published'))
        const fromRepository = Instance.load({ installedWith: 'application repository' })
        expect(fromRepository.installLog).toEqual([])
        expect(fromRepository.query('sys_hub_action_type_definition', 'sys_scope!=NULL').map((row) => row.state)).toEqual(Array(11).fill('draft'))
        expect(() => fromRepository.runScript(RUN('0123456789abcdef0123456789abcdef'))).toThrow(/"Cancel job"\) is not published: open it in Flow Designer and publish it/)
    })

    test('every action is package_private', () => {
        const access = c.instance.pkg.records.filter((r) => r.table === 'sys_hub_action_type_definition' && r.action !== 'DELETE').map((r) => r.fields.access)
        expect(access).toEqual(Array(11).fill('package_private'))
    })

    test('a script of another scope cannot run them through sn_fd.FlowAPI, nor a flow of another scope use them; nothing is sent (assumed)', async () => {
        const incident = await linkedIncident()
        c.instance.publishFlowActions()
        await c.sim.clearRequests()
        expect(() => c.instance.runScript(RUN(incident.sysId), { as: 'agent', scope: 'global' })).toThrow(/is accessible only from its own application scope \(x_opcon\), not from global/)
        expect(() => c.instance.runScript(RUN(incident.sysId), { as: 'agent', scope: 'x_other_app' })).toThrow(/not from x_other_app/)
        const flow = run('Cancel job', { incident: incident.sysId }, { flowName: FLOW, scope: 'global' })
        expect(flow).toMatchObject({ status: 'error', outputs: {} })
        expect(flow.error).toContain('accessible only from its own application scope (x_opcon), not from a flow in global')
        expect(await c.sim.requests()).toEqual([])
        expect((await c.sim.getJob(incident.jobId))?.status).toBe('Failed')
        // The app's own script (its ATF suite, a flow of the OpCon Connector application) runs them.
        const own = c.instance.runScript(RUN(incident.sysId), { as: 'agent' }) as Record<string, unknown>
        expect(String(own.succeeded)).toBe('true')
        expect((await c.sim.getJob(incident.jobId))?.status).toBe('Cancelled')
    })
})
