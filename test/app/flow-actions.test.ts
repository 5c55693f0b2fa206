// The OpCon Flow Designer actions (fluent/flow-actions/), run as a flow runs
// them (instance.runFlowAction, test/bench/flow-actions.ts) against the OpCon
// simulator: each action's happy path, the refusals OpConApi makes for them
// (allow-list, role, unregistered server), OpCon down with and without "stop
// on error", a pending result read later, and the audit row of a flow.
import { useConnector, type Connector } from './support/connector'
import { openOpConIncident } from './support/incidents'

let c: Connector
const connector = useConnector()

const JOB = '20261126|310|1|FLOWJOB'
const FLOW = 'Restart job when change approved'
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
    test.each(JOB_ACTIONS)('%s succeeds, says the job status after it, and leaves a flow audit row', async (name, status, _internal, from) => {
        await c.sim.seedJob({ id: JOB, status: from, scheduleName: 'FLOWSCHED' })
        const run = c.instance.runFlowAction(name, { server: c.serverId, daily_job_id: JOB, reason: 'CHG0030001 approved' }, { as: 'agent', flowName: FLOW })
        expect(run).toMatchObject({ status: 'completed', outputs: { succeeded: true, pending: false, opcon_status: 200, error_code: '', error_message: '' } })
        expect(run.outputs.job_status).toBe(status)
        expect((await c.sim.getJob(JOB))?.status).toBe(status)
        const row = auditRow(run.outputs.action_row)
        expect(row).toMatchObject({ source: 'flow', flow_name: FLOW, requested_by: c.instance.userSession('agent').sysId, state: 'succeeded', daily_job_id: JOB, kind: 'job_action' })
    })

    test('the actions carry internal names a flow refers to', () => {
        const names = c.instance.pkg.records.filter((r) => r.table === 'sys_hub_action_type_definition' && r.action !== 'DELETE').map((r) => [r.fields.name, r.fields.internal_name, r.fields.category])
        for (const [name, , internal] of JOB_ACTIONS) expect(names).toContainEqual([name, internal, 'OpCon'])
        expect(names).toHaveLength(11)
    })
})

describe('reads and schedules', () => {
    test('Get daily job reads the job status and writes no audit row', () => {
        const before = c.instance.query('x_opcon_action').length
        const run = c.instance.runFlowAction('Get daily job', { server: c.serverId, daily_job_id: JOB })
        expect(run).toMatchObject({ status: 'completed', outputs: { succeeded: true, job_status: 'Failed', opcon_status: 200, action_row: '' } })
        expect(c.instance.query('x_opcon_action')).toHaveLength(before)
    })

    test('Build schedule builds it, and Find daily schedule by name and date finds it', async () => {
        const built = c.instance.runFlowAction('Build schedule', { server: c.serverId, schedule_name: 'FLOWSCHED', date: '2026-11-27' }, { flowName: FLOW })
        expect(built).toMatchObject({ status: 'completed', outputs: { succeeded: true, pending: false } })
        expect(auditRow(built.outputs.action_row)).toMatchObject({ source: 'flow', flow_name: FLOW, kind: 'schedule_build', action: 'build', state: 'succeeded' })
        const found = c.instance.runFlowAction('Find daily schedule by name and date', { server: c.serverId, schedule_name: 'FLOWSCHED', date: '2026-11-27' })
        expect(found).toMatchObject({ status: 'completed', outputs: { succeeded: true } })
        expect(found.outputs.daily_schedule_id).toMatch(/^20261127\|310\|/)
    })

    test('Add job to daily schedule adds a job to the daily schedule Find daily schedule found', async () => {
        // An ad-hoc daily schedule (no master job list) takes any job.
        await c.sim.seedJob({ id: '20261126|88|1|FIRST', scheduleName: 'ADHOCFLOW', status: 'Finished OK' })
        const found = c.instance.runFlowAction('Find daily schedule by name and date', { server: c.serverId, schedule_name: 'ADHOCFLOW', date: '2026-11-26' })
        expect(found.outputs).toMatchObject({ succeeded: true, daily_schedule_id: '20261126|88|1' })
        const added = c.instance.runFlowAction('Add job to daily schedule', {
            server: c.serverId, daily_schedule_id: found.outputs.daily_schedule_id, job_name: 'SECOND', frequency: 'OnRequest',
        }, { flowName: FLOW })
        expect(added).toMatchObject({ status: 'completed', outputs: { succeeded: true, error_message: '' } })
        expect(auditRow(added.outputs.action_row)).toMatchObject({ source: 'flow', kind: 'schedule_action', action: 'addJobs', job_name: 'SECOND', state: 'succeeded' })
    })

    test('Find daily schedule says in words when the schedule is not built for that date', () => {
        const run = c.instance.runFlowAction('Find daily schedule by name and date', { server: c.serverId, schedule_name: 'FLOWSCHED', date: '2030-01-02' })
        expect(run).toMatchObject({ status: 'completed', outputs: { succeeded: false, error_code: 'not_found' } })
        expect(run.outputs.error_message).toContain('has no daily schedule FLOWSCHED on 2030-01-02')
    })
})

describe('refusals and failures', () => {
    test('a job action outside x_opcon.api_actions is refused before any request, with a refused flow row', async () => {
        c.instance.setProperty('x_opcon.api_actions', 'markUnderReview,markFixed')
        await c.sim.clearRequests()
        const run = c.instance.runFlowAction('Restart job', { server: c.serverId, daily_job_id: JOB }, { flowName: FLOW })
        expect(run).toMatchObject({ status: 'completed', outputs: { succeeded: false, pending: false, error_code: 'action_not_allowed', opcon_status: 0 } })
        expect(run.outputs.error_message).toContain('x_opcon.api_actions allows markUnderReview, markFixed')
        expect(await c.sim.requests()).toEqual([])
        expect(auditRow(run.outputs.action_row)).toMatchObject({ source: 'flow', flow_name: FLOW, state: 'refused' })
    })

    test('a flow running as a user without x_opcon.user changes nothing in OpCon', async () => {
        if (!c.instance.store.rows('sys_user').some((u) => u.user_name === 'flow.norole')) c.instance.createUser({ userName: 'flow.norole', name: 'Nia Norole', roles: ['itil'] })
        await c.sim.clearRequests()
        const run = c.instance.runFlowAction('Hold job', { server: c.serverId, daily_job_id: JOB }, { as: 'flow.norole', flowName: FLOW })
        expect(run.outputs).toMatchObject({ succeeded: false, error_code: 'forbidden' })
        expect(run.outputs.error_message).toContain(`The flow "${FLOW}" runs as Nia Norole (flow.norole)`)
        expect(await c.sim.requests()).toEqual([])
    })

    test('with the connector switched off, a flow changes nothing in OpCon either', async () => {
        c.instance.setProperty('x_opcon.enabled', 'false')
        await c.sim.clearRequests()
        const run = c.instance.runFlowAction('Build schedule', { server: c.serverId, schedule_name: 'FLOWSCHED', date: '2026-11-28' }, { flowName: FLOW })
        expect(run.outputs).toMatchObject({ succeeded: false, error_code: 'disabled' })
        expect(run.outputs.error_message).toContain('the OpCon Connector is switched off (x_opcon.enabled is false)')
        expect(await c.sim.requests()).toEqual([])
        expect(auditRow(run.outputs.action_row)).toMatchObject({ source: 'flow', flow_name: FLOW, state: 'refused' })
    })

    test('an unregistered server is refused in words, with no request', async () => {
        await c.sim.clearRequests()
        const run = c.instance.runFlowAction('Mark job Fixed', { server: '0123456789abcdef0123456789abcdef', daily_job_id: JOB })
        expect(run).toMatchObject({ status: 'completed', outputs: { succeeded: false, error_code: 'unregistered_server', action_row: '' } })
        expect(run.outputs.error_message).toContain('is not registered under OpCon Connector > Servers')
        expect(await c.sim.requests()).toEqual([])
    })

    test('OpCon down (503): the action completes with error outputs, and the flow goes on', async () => {
        await c.sim.setFaults([{ kind: 'status', status: 503, path: '/api/' }])
        const run = c.instance.runFlowAction('Mark job Under Review', { server: c.serverId, daily_job_id: JOB }, { flowName: FLOW })
        expect(run).toMatchObject({ status: 'completed', outputs: { succeeded: false, pending: false, opcon_status: 503, error_code: 'server_error' } })
        expect(run.outputs.error_message).toContain('HTTP 503')
        expect(auditRow(run.outputs.action_row)).toMatchObject({ source: 'flow', state: 'failed' })
    })

    test('OpCon down with stop on error: the action errors with the same sentence, its outputs still set (assumed)', async () => {
        await c.sim.setFaults([{ kind: 'status', status: 503, path: '/api/' }])
        const run = c.instance.runFlowAction('Mark job Under Review', { server: c.serverId, daily_job_id: JOB }, { flowName: FLOW, stopOnError: true })
        expect(run.status).toBe('error')
        expect(run.outputs).toMatchObject({ succeeded: false, error_code: 'server_error' })
        expect(run.error).toBe(run.outputs.error_message)
        expect(run.error).toContain('HTTP 503')
    })
})

describe('a result OpCon has not given within the step', () => {
    test('the action says pending with its row; Wait for OpCon result reads it later and completes the row', async () => {
        // OpCon takes the restart, but its result cannot be read while the step waits.
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'GET', path: '/api/jobactions' }])
        const run = c.instance.runFlowAction('Restart job', { server: c.serverId, daily_job_id: JOB, reason: 'CHG0030002' }, { flowName: FLOW })
        expect(run).toMatchObject({ status: 'completed', outputs: { succeeded: false, pending: true, error_code: '' } })
        expect(auditRow(run.outputs.action_row)).toMatchObject({ state: 'accepted', source: 'flow' })
        await c.sim.clearFaults()
        const waited = c.instance.runFlowAction('Wait for OpCon result', { action_row: run.outputs.action_row })
        expect(waited).toMatchObject({ status: 'completed', outputs: { succeeded: true, pending: false, action_row: run.outputs.action_row, job_status: 'Finished OK' } })
        expect(auditRow(run.outputs.action_row)).toMatchObject({ state: 'succeeded' })
        // Read again: the row now answers without asking OpCon.
        await c.sim.clearRequests()
        expect(c.instance.runFlowAction('Wait for OpCon result', { action_row: run.outputs.action_row }).outputs).toMatchObject({ succeeded: true })
        expect(await c.sim.requests()).toEqual([])
    })

    test('when OpCon finally refuses the pending action, Wait for OpCon result says why and the row says rejected', async () => {
        // Hold is not allowed from Failed: OpCon takes the request, then fails it.
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'GET', path: '/api/jobactions' }])
        const run = c.instance.runFlowAction('Hold job', { server: c.serverId, daily_job_id: JOB }, { flowName: FLOW })
        expect(run.outputs).toMatchObject({ pending: true, succeeded: false })
        await c.sim.clearFaults()
        const waited = c.instance.runFlowAction('Wait for OpCon result', { action_row: run.outputs.action_row }, { stopOnError: true })
        expect(waited).toMatchObject({ status: 'error', outputs: { succeeded: false, pending: false, error_code: 'action_failed' } })
        expect(waited.error).toContain("Action 'hold' is not allowed for job")
        expect(auditRow(run.outputs.action_row)).toMatchObject({ state: 'rejected' })
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
        const run = c.instance.runFlowAction('Restart job', { incident: incident.sysId, reason: 'CHG0030002 approved' }, { as: 'agent', flowName: FLOW })
        expect(run.outputs).toMatchObject({ succeeded: true, error_code: '' })
        expect(await jobsActedOn()).toEqual([incident.jobId])
        expect((await c.sim.getJob(other.jobId))?.status).toBe('Failed')
        expect(auditRow(run.outputs.action_row)).toMatchObject({ source: 'flow', flow_name: FLOW, incident: incident.sysId, daily_job_id: incident.jobId, action: 'restart', state: 'succeeded' })
        const history = JSON.parse(String(c.instance.ajax({ as: 'agent', processor: 'x_opcon.OpConJobAjax', method: 'getJob', params: { sysparm_incident: incident.sysId } })))
        expect(history.view.history.map((h: { action: string }) => h.action)).toContain('restart')
    })

    test('an incident with no link moves nothing, and says how to link it', async () => {
        const unlinked = c.instance.insert('incident', { short_description: 'typed by an agent', correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${JOB}` }, { as: 'agent' })!
        await c.sim.clearRequests()
        const before = c.instance.query('x_opcon_action', 'source=flow').length
        const run = c.instance.runFlowAction('Cancel job', { incident: unlinked }, { as: 'agent', flowName: FLOW })
        expect(run.outputs).toMatchObject({ succeeded: false, error_code: 'not_linked', action_row: '' })
        expect(run.outputs.error_message).toContain('is not linked to an OpCon job')
        expect(await c.sim.requests()).toEqual([])
        expect(c.instance.query('x_opcon_action', 'source=flow')).toHaveLength(before)
    })

    test('an incident together with another job id or server is refused: nothing is sent', async () => {
        const incident = await openOpConIncident(c)
        await c.sim.clearRequests()
        const otherJob = c.instance.runFlowAction('Cancel job', { incident: incident.sysId, server: c.serverId, daily_job_id: JOB }, { as: 'agent', flowName: FLOW })
        expect(otherJob.outputs).toMatchObject({ succeeded: false, error_code: 'job_mismatch' })
        expect(otherJob.outputs.error_message).toContain(`is linked to job ${incident.jobId}`)
        const sameJob = c.instance.runFlowAction('Mark job Under Review', { incident: incident.sysId, server: c.serverId, daily_job_id: incident.jobId }, { as: 'agent', flowName: FLOW })
        expect(sameJob.outputs).toMatchObject({ succeeded: true })
        expect(await jobsActedOn()).toEqual([incident.jobId])
    })
})
