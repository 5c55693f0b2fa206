// The four business rules and the delivery behind them, on the built
// package, against the OpCon simulator: one call per real state change, in
// order, retried, reconciled, audited and told to the agent.
import { mapTransportFailures } from '../bench/rest-message'
import { useConnector, TOKEN, everythingVisible, type Connector } from './support/connector'
import { actionsOf, openOpConIncident, setState, type OpConIncident } from './support/incidents'

let c: Connector

const connector = useConnector()

beforeAll(async () => {
    c = connector()
})

beforeEach(async () => {
    await c.sim.setActionBehaviour({ apply: 'onFirstPoll', restartOutcome: 'Finished OK' })
})

async function postsFor(incident: OpConIncident): Promise<Array<{ action: string; reason: string }>> {
    return (await c.sim.requests())
        .filter((r) => r.method === 'POST' && r.path === '/api/jobactions')
        .map((r) => r.body as { action: string; reason: string; jobs: Array<{ id: string }> })
        .filter((body) => body.jobs?.[0]?.id === incident.jobId)
        .map(({ action, reason }) => ({ action, reason }))
}

async function appliedFor(incident: OpConIncident): Promise<string[]> {
    return (await c.sim.appliedActions()).filter((a) => a.jobId === incident.jobId).map((a) => a.action)
}

const minutes = (n: number): number => n * 60_000

describe('each rule sends its action once, after the save', () => {
    test('In Progress → markUnderReview, with a reason naming the incident and the agent, and a work note', async () => {
        const inc = await openOpConIncident(c)
        const calls = c.instance.httpLog.length
        setState(c, inc, 2, { drain: false })
        expect(c.instance.httpLog.length).toBe(calls) // saving made no call
        expect(actionsOf(c, inc)).toMatchObject([{ action: 'markUnderReview', state: 'queued', source: 'rule' }])
        c.instance.drain()
        expect(actionsOf(c, inc)).toMatchObject([{ action: 'markUnderReview', state: 'succeeded', attempts: '1' }])
        expect(await postsFor(inc)).toEqual([{ action: 'markUnderReview', reason: `${inc.number} accepted (In Progress) by Jane Agent in ServiceNow` }])
        expect((await c.sim.getJob(inc.jobId))!.status).toBe('Under Review')
        expect(c.instance.journal('incident', inc.sysId)).toEqual([`OpCon job ${inc.jobName} (schedule 123, 2019-12-20) marked Under Review on opcon-test.`])
    })

    test('Resolved → markFixed (OpConTicketResolved) when x_opcon.resolve_action is markFixed', async () => {
        const inc = await openOpConIncident(c)
        setState(c, inc, 2)
        setState(c, inc, 6)
        expect((await postsFor(inc)).map((p) => p.action)).toEqual(['markUnderReview', 'markFixed'])
        expect((await postsFor(inc))[1].reason).toBe(`${inc.number} resolved by Jane Agent in ServiceNow`)
        expect((await c.sim.getJob(inc.jobId))!.status).toBe('Fixed')
        expect(c.instance.journal('incident', inc.sysId)[0]).toBe(`OpCon job ${inc.jobName} (schedule 123, 2019-12-20) marked Fixed on opcon-test.`)
    })

    test('Resolved → restart (OpConTicketRelease) when x_opcon.resolve_action is restart; OpConTicketResolved stays quiet', async () => {
        c.instance.setProperty('x_opcon.resolve_action', 'restart')
        const inc = await openOpConIncident(c)
        setState(c, inc, 6)
        expect((await postsFor(inc)).map((p) => p.action)).toEqual(['restart'])
        expect(await appliedFor(inc)).toEqual(['restart'])
        expect((await c.sim.getJob(inc.jobId))).toMatchObject({ status: 'Finished OK', runCount: 1 })
        expect(c.instance.journal('incident', inc.sysId)[0]).toMatch(/restarted on opcon-test\.$/)
    })

    test('Canceled → cancel', async () => {
        const inc = await openOpConIncident(c)
        setState(c, inc, 8)
        expect((await postsFor(inc)).map((p) => p.action)).toEqual(['cancel'])
        expect((await c.sim.getJob(inc.jobId))!.status).toBe('Cancelled')
    })

    test('a restarted job that fails again: the connector moves the incident back to In Progress, and the job is marked Under Review', async () => {
        c.instance.setProperty('x_opcon.resolve_action', 'restart')
        await c.sim.setActionBehaviour({ restartOutcome: 'Failed' })
        const inc = await openOpConIncident(c)
        setState(c, inc, 2)
        setState(c, inc, 6)
        expect((await c.sim.getJob(inc.jobId))).toMatchObject({ status: 'Failed', runCount: 1 })
        setState(c, inc, 2, { as: 'opcon.integration' })
        expect((await postsFor(inc)).map((p) => p.action)).toEqual(['markUnderReview', 'restart', 'markUnderReview'])
        expect((await postsFor(inc))[2].reason).toBe(`${inc.number} accepted (In Progress) by OpCon Integration in ServiceNow`)
        expect(actionsOf(c, inc).map((a) => a.state)).toEqual(['succeeded', 'succeeded', 'succeeded'])
        expect((await c.sim.getJob(inc.jobId))!.status).toBe('Under Review')
    })
})

describe('nothing is sent when nothing should be', () => {
    test('a work-note edit or other update on a Resolved incident sends nothing', async () => {
        const inc = await openOpConIncident(c)
        setState(c, inc, 6)
        const before = (await postsFor(inc)).length
        c.instance.update('incident', inc.sysId, { work_notes: 'customer called back' }, { as: 'agent' })
        c.instance.update('incident', inc.sysId, { short_description: 'still fixed', state: 6 }, { as: 'agent' })
        c.instance.drain()
        expect((await postsFor(inc)).length).toBe(before)
        expect(actionsOf(c, inc)).toHaveLength(1)
    })

    test('x_opcon.enabled = false: each state change is recorded as skipped, logged once and noted, never sent, not even once switched on again', async () => {
        c.instance.setProperty('x_opcon.enabled', 'false')
        const inc = await openOpConIncident(c)
        const logsBefore = c.instance.logs.length
        for (const state of [2, 6, 2, 8]) setState(c, inc, state)
        expect(actionsOf(c, inc).map((row) => [row.action, row.state])).toEqual([['markUnderReview', 'skipped'], ['markFixed', 'skipped'], ['markUnderReview', 'skipped'], ['cancel', 'skipped']])
        expect(actionsOf(c, inc)[0].message).toMatch(/^Not sent: the OpCon Connector was switched off \(x_opcon\.enabled is false\) when INC\d+ changed state\. Switching it on again does not send this request/)
        expect(c.instance.logs.slice(logsBefore).filter((l) => l.message.includes(inc.number) && l.message.includes('not sent'))).toHaveLength(4)
        expect(c.instance.journal('incident', inc.sysId)).toHaveLength(4)
        c.instance.setProperty('x_opcon.enabled', 'true')
        c.instance.advanceTime(minutes(5))
        expect(await postsFor(inc)).toEqual([])
    })

    test('a job action asked for while the connector is switched off is refused in words, and nothing is queued', async () => {
        const inc = await openOpConIncident(c)
        c.instance.setProperty('x_opcon.enabled', 'false')
        const result = c.instance.runScript(`
            var incident = new GlideRecord('incident'); incident.get('${inc.sysId}');
            JSON.stringify(require('x_opcon/opcon-connector/1.0.0/src/server/sync/action-queue.ts').queueAction({ incident: incident, action: 'restart', source: 'dialog' }));
        `, { as: 'agent' })
        expect(JSON.parse(String(result))).toMatchObject({ ok: false, error: { code: 'disabled', message: expect.stringMatching(/switched off .*x_opcon.enabled/) } })
        expect(actionsOf(c, inc)).toEqual([])
    })

    test('an incident that is not OpCon\'s is left alone', async () => {
        const inc = await openOpConIncident(c, { display: 'OTHER_TOOL' })
        setState(c, inc, 2)
        setState(c, inc, 6)
        expect(actionsOf(c, inc)).toEqual([])
        expect(await postsFor(inc)).toEqual([])
    })

    test('the configured correlation display is honoured', async () => {
        c.instance.setProperty('x_opcon.correlation_display', 'OPCON_EU')
        const theirs = await openOpConIncident(c, { display: 'OPCON_EU' })
        const old = await openOpConIncident(c)
        setState(c, theirs, 2)
        setState(c, old, 2)
        expect((await postsFor(theirs)).map((p) => p.action)).toEqual(['markUnderReview'])
        expect((await c.sim.getJob(theirs.jobId))!.status).toBe('Under Review')
        expect(await postsFor(old)).toEqual([])
        expect((await c.sim.getJob(old.jobId))!.status).toBe('Failed')
    })

    test.each([
        ['a malformed correlation id', { correlationId: 'opcon.example.com:9010;20191220|123|1|X' }, /not linked to an OpCon job: its correlation id cannot be used.*no comma/i, true],
        ['a 3-part daily job id', { correlationId: 'opcon.example.com:9010,20191220|123|GENP' }, /not linked to an OpCon job: its correlation id cannot be used/, true],
        ['an unregistered server', { address: 'opcon.unknown.example:9010' }, /No OpCon server is registered for address "opcon.unknown.example:9010"/, false],
    ])('%s is recorded as rejected with the reason, logged once, noted, and not sent', async (_label, options, reason, unlinked) => {
        const inc = await openOpConIncident(c, options)
        const logsBefore = c.instance.logs.length
        setState(c, inc, 2)
        const [row] = actionsOf(c, inc)
        expect(row).toMatchObject({ state: 'rejected', action: 'markUnderReview' })
        expect(row.message).toMatch(reason)
        expect(c.instance.logs.slice(logsBefore).filter((l) => l.message.includes(inc.number))).toHaveLength(1)
        // An id the connector cannot read linked nothing when OpCon's account saved it, and a work note said so then.
        expect(c.instance.journal('incident', inc.sysId)).toEqual([
            expect.stringMatching(/^The OpCon job was not marked Under Review: /),
            ...(unlinked ? [expect.stringMatching(new RegExp(`^The OpCon link of ${inc.number} is unchanged\\. Its correlation id cannot be used: `))]
                // OpCon's account linked it, but no registered server could confirm the job failed: the link was refused in words.
                : [expect.stringMatching(new RegExp(`^The link of ${inc.number} to OpCon job .* was refused: No OpCon server is registered for address`))]),
        ])
        expect(await postsFor(inc)).toEqual([])
    })

    test('a deactivated server is rejected the same way', async () => {
        c.instance.runScript(`var gr = new GlideRecord('x_opcon_server'); gr.initialize(); gr.setValue('name', 'old-dc'); gr.setValue('address', 'old-dc.example:9010');
            gr.setValue('base_url', 'https://old-dc.example:9010'); gr.setValue('active', false); gr.insert();`)
        const inc = await openOpConIncident(c, { address: 'old-dc.example:9010' })
        setState(c, inc, 8)
        expect(actionsOf(c, inc)).toMatchObject([{ state: 'rejected', message: expect.stringMatching(/old-dc.*not active/) }])
    })
})

describe('delivery', () => {
    test('In Progress then Resolved while OpCon is down sends only markFixed; the older action says it was superseded', async () => {
        const inc = await openOpConIncident(c)
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'POST', path: '/api/jobactions' }])
        setState(c, inc, 2)
        expect(actionsOf(c, inc)).toMatchObject([{ action: 'markUnderReview', state: 'queued', attempts: '1', http_status: '503' }])
        c.instance.advanceTime(20_000)
        setState(c, inc, 6)
        await c.sim.clearFaults()
        c.instance.advanceTime(minutes(3))
        const [first, second] = actionsOf(c, inc)
        expect(first).toMatchObject({ action: 'markUnderReview', state: 'superseded', message: expect.stringMatching(/superseded by the later markFixed/) })
        expect(second).toMatchObject({ action: 'markFixed', state: 'succeeded' })
        expect(await appliedFor(inc)).toEqual(['markFixed'])
        expect(c.instance.journal('incident', inc.sysId)).toEqual([expect.stringMatching(/marked Fixed on opcon-test\.$/)])
    })

    test('actions of one incident go out in order: the next waits until OpCon has finished the previous', async () => {
        await c.sim.setActionBehaviour({ apply: 'never' })
        const inc = await openOpConIncident(c)
        setState(c, inc, 2)
        setState(c, inc, 6)
        expect(actionsOf(c, inc).map((a) => a.state)).toEqual(['sent', 'queued'])
        expect((await postsFor(inc)).map((p) => p.action)).toEqual(['markUnderReview'])
        await c.sim.setActionBehaviour({ apply: 'onFirstPoll' })
        c.instance.advanceTime(minutes(1))
        expect(actionsOf(c, inc).map((a) => a.state)).toEqual(['succeeded', 'succeeded'])
        expect(await appliedFor(inc)).toEqual(['markUnderReview', 'markFixed'])
    })

    test('an action still running at OpCon is followed by the scheduled job until success; its event made one POST and one result read', async () => {
        await c.sim.setActionBehaviour({ apply: 'never' })
        const inc = await openOpConIncident(c)
        const calls = c.instance.httpLog.length
        setState(c, inc, 2)
        expect(c.instance.httpLog.slice(calls).map((entry) => `${entry.method} ${new URL(entry.url).pathname.replace(/\d+$/, '{id}')}`))
            .toEqual(['POST /api/jobactions', 'GET /api/jobactions/{id}'])
        expect(actionsOf(c, inc)).toMatchObject([{ state: 'sent', polls: '1', job_action_id: expect.stringMatching(/^\d+$/) }])
        c.instance.advanceTime(minutes(2))
        expect(actionsOf(c, inc)[0].state).toBe('sent')
        await c.sim.setActionBehaviour({ apply: 'onFirstPoll' })
        c.instance.advanceTime(minutes(1))
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'succeeded' })
        expect(Number(actionsOf(c, inc)[0].polls)).toBeGreaterThan(1)
        expect(await postsFor(inc)).toHaveLength(1)
    })

    test('an action OpCon refuses is rejected with OpCon\'s message and not retried', async () => {
        // Failed when OpCon's account linked it (so OpCon confirmed the link), finished by the time the agent acts.
        const inc = await openOpConIncident(c)
        await c.sim.finishJob(inc.jobId)
        setState(c, inc, 2)
        const [row] = actionsOf(c, inc)
        const opconSaid = (await c.sim.request('GET', `/api/jobactions/${row.job_action_id}`, { token: TOKEN })).json as { result: string; jobs: Array<{ message: string }> }
        expect(opconSaid.result).toBe('failed')
        expect(row.state).toBe('rejected')
        expect(row.message).toContain(opconSaid.jobs[0].message)
        c.instance.advanceTime(minutes(30))
        expect(await postsFor(inc)).toHaveLength(1)
        const [note] = c.instance.journal('incident', inc.sysId)
        expect(note).toMatch(new RegExp(`^OpCon job ${inc.jobName} \\(schedule 123, 2019-12-20\\) was not marked Under Review on opcon-test: OpCon refused the action\\. `))
        expect(note).toContain(opconSaid.jobs[0].message)
    })

    test('transient failures are retried with exponential backoff until they succeed', async () => {
        const inc = await openOpConIncident(c)
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'POST', path: '/api/jobactions', times: 2 }])
        const waited = (row: Record<string, string>): number => Date.parse(row.next_attempt + 'Z') - Date.parse(row.sys_updated_on + 'Z')
        setState(c, inc, 2)
        const first = actionsOf(c, inc)[0]
        expect(first).toMatchObject({ state: 'queued', attempts: '1' })
        expect(waited(first)).toBe(60_000)
        c.instance.advanceTime(minutes(1) - 1000)
        expect(actionsOf(c, inc)[0].attempts).toBe('1') // not before its time
        c.instance.advanceTime(minutes(1) + 1000) // the scheduled job runs every minute
        const second = actionsOf(c, inc)[0]
        expect(second).toMatchObject({ state: 'queued', attempts: '2' })
        expect(waited(second)).toBe(120_000)
        c.instance.advanceTime(minutes(3))
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'succeeded', attempts: '3' })
        expect(await appliedFor(inc)).toEqual(['markUnderReview'])
    })

    test('retries stop at x_opcon.max_attempts: failed, with what to do', async () => {
        c.instance.setProperty('x_opcon.max_attempts', '3')
        const inc = await openOpConIncident(c)
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'POST', path: '/api/jobactions' }])
        setState(c, inc, 8)
        c.instance.advanceTime(minutes(30))
        const [row] = actionsOf(c, inc)
        expect(row).toMatchObject({ state: 'failed', attempts: '3' })
        expect(row.message).toMatch(/^Gave up after 3 attempts: .*HTTP 503/)
        expect((await postsFor(inc)).length).toBe(3)
        expect(c.instance.journal('incident', inc.sysId)).toEqual([expect.stringMatching(/could not be cancelled on opcon-test: Gave up after 3 attempts.*OpCon Connector > Job Actions/)])
    })

    test('a connection dropped after OpCon applied the action is reconciled by reading the job, not by sending again', async () => {
        await c.sim.setActionBehaviour({ apply: 'immediately' })
        const inc = await openOpConIncident(c)
        await c.sim.setFaults([{ kind: 'reset-after', method: 'POST', path: '/api/jobactions', times: 1 }])
        setState(c, inc, 2)
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'queued', reconcile: '1' })
        c.instance.advanceTime(minutes(1))
        expect(actionsOf(c, inc)[0].state).toBe('queued') // OpCon is given time to act before the job is read
        c.instance.advanceTime(minutes(3))
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'succeeded', message: expect.stringMatching(/already applied/) })
        expect(await postsFor(inc)).toHaveLength(1)
        expect(await appliedFor(inc)).toEqual(['markUnderReview'])
    })

    test('a restart whose answer was lost is never run twice', async () => {
        c.instance.setProperty('x_opcon.resolve_action', 'restart')
        await c.sim.setActionBehaviour({ apply: 'immediately', restartOutcome: 'Failed' })
        const inc = await openOpConIncident(c)
        await c.sim.setFaults([{ kind: 'reset-after', method: 'POST', path: '/api/jobactions', times: 1 }])
        setState(c, inc, 6)
        c.instance.advanceTime(minutes(5))
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'succeeded', message: expect.stringMatching(/already restarted/) })
        expect(await appliedFor(inc)).toEqual(['restart'])
        expect((await c.sim.getJob(inc.jobId))!.runCount).toBe(1)
    })

    test('a restart whose POST fails with a transport error the connector does not recognise is checked before any resend: the job runs once', async () => {
        c.instance.setProperty('x_opcon.resolve_action', 'restart')
        await c.sim.setActionBehaviour({ apply: 'immediately', restartOutcome: 'Failed' })
        const inc = await openOpConIncident(c)
        // OpCon applies the restart, then the connection drops without an answer...
        await c.sim.setFaults([{ kind: 'reset-after', method: 'POST', path: '/api/jobactions', times: 1 }])
        // ...and the platform reports it in words no rule of the connector knows (HttpCore 4.4's
        // ContentLengthInputStream / ChunkedInputStream text for reading a closed stream).
        const undo = mapTransportFailures([{ kind: 'reset', method: 'POST', urlPrefix: c.sim.url, text: 'java.io.IOException: Attempted read from closed stream.', times: 1 }])
        try {
            setState(c, inc, 6)
        } finally {
            undo()
        }
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'queued', reconcile: '1', message: expect.stringMatching(/does not recognise .*\(java\.io\.IOException: Attempted read from closed stream\.\)/) })
        c.instance.advanceTime(minutes(5))
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'succeeded', message: expect.stringMatching(/already restarted/) })
        expect(await postsFor(inc)).toHaveLength(1)
        expect(await appliedFor(inc)).toEqual(['restart'])
        expect((await c.sim.getJob(inc.jobId))!.runCount).toBe(1)
    })

    test('a restart that never reached OpCon is sent again after checking the job', async () => {
        c.instance.setProperty('x_opcon.resolve_action', 'restart')
        await c.sim.setActionBehaviour({ apply: 'immediately', restartOutcome: 'Failed' })
        const inc = await openOpConIncident(c)
        await c.sim.setFaults([{ kind: 'reset-before', method: 'POST', path: '/api/jobactions', times: 1 }])
        setState(c, inc, 6)
        c.instance.advanceTime(minutes(5))
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'succeeded', attempts: '2' })
        expect(await postsFor(inc)).toHaveLength(2)
        expect((await c.sim.getJob(inc.jobId))!.runCount).toBe(1)
    })

    test('a restart OpCon applies a while after the lost answer is still recognised: the job is read only once OpCon had time', async () => {
        c.instance.setProperty('x_opcon.resolve_action', 'restart')
        await c.sim.setActionBehaviour({ apply: 'afterDelay', applyDelayMs: 800, restartOutcome: 'Failed' })
        const inc = await openOpConIncident(c)
        await c.sim.setFaults([{ kind: 'reset-after', method: 'POST', path: '/api/jobactions', times: 1 }])
        setState(c, inc, 6)
        c.instance.advanceTime(minutes(1))
        expect(actionsOf(c, inc)[0].state).toBe('queued')
        await new Promise((resolve) => setTimeout(resolve, 1200)) // OpCon applies the accepted restart
        c.instance.advanceTime(minutes(3))
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'succeeded', message: expect.stringMatching(/already restarted/) })
        expect(await postsFor(inc)).toHaveLength(1)
        expect((await c.sim.getJob(inc.jobId))!.runCount).toBe(1)
    })

    test('an action another worker has already claimed is left to it: no second POST', async () => {
        const inc = await openOpConIncident(c)
        setState(c, inc, 2, { drain: false })
        const [row] = actionsOf(c, inc)
        c.instance.runScript(`var gr = new GlideRecord('x_opcon_action'); gr.get('${row.sys_id}'); gr.setValue('state', 'sending'); gr.setValue('claim', 'other-worker'); gr.update();`)
        c.instance.drain()
        expect(await postsFor(inc)).toEqual([])
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'sending', claim: 'other-worker' })
    })

    test('a send interrupted mid-way is settled by reading the job once it is stale, then delivered once', async () => {
        const inc = await openOpConIncident(c)
        // The read that confirmed the integration account's link is not this test's business.
        const linkRead = (await c.sim.requests()).length
        setState(c, inc, 2, { drain: false })
        const [row] = actionsOf(c, inc)
        // As if the worker died after claiming the row: nothing reached OpCon.
        // A claim fixes when the send counts as interrupted: all its calls could have timed out (3 × 30 s + 60 s).
        c.instance.runScript(`var gr = new GlideRecord('x_opcon_action'); gr.get('${row.sys_id}'); gr.setValue('state', 'sending'); gr.setValue('claim', 'dead-worker'); gr.setValue('attempts', 1);
            var limit = new GlideDateTime(); limit.add(150000); gr.setValue('stale_after', limit.getValue()); gr.update();`)
        c.instance.advanceTime(minutes(1))
        expect(actionsOf(c, inc)[0].state).toBe('sending') // not stale yet: the worker may still be in a call
        c.instance.advanceTime(minutes(3))
        // Stale: the job was read first (still Failed, so nothing had been applied), then the action sent once.
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'succeeded', attempts: '2', reconcile: '0' })
        const calls = (await c.sim.requests()).slice(linkRead).filter((r) => r.path.includes(encodeURIComponent(inc.jobId)) || (r.method === 'POST' && (r.body as { jobs?: Array<{ id: string }> })?.jobs?.[0]?.id === inc.jobId))
        expect(calls.map((r) => r.method)).toEqual(['GET', 'POST'])
        expect(await appliedFor(inc)).toEqual(['markUnderReview'])
    })

    test('work notes can be turned off', async () => {
        c.instance.setProperty('x_opcon.work_notes', 'false')
        const inc = await openOpConIncident(c)
        setState(c, inc, 2)
        expect(actionsOf(c, inc)[0].state).toBe('succeeded')
        expect(c.instance.journal('incident', inc.sysId)).toEqual([])
    })

    test('no token anywhere agents or logs can see', () => {
        expect(everythingVisible(c.instance)).not.toContain(TOKEN)
    })
})

describe('delivery runs on the connector\'s own event queue', () => {
    test('the event is registered with its suffix on x_opcon.delivery, which the package processes', async () => {
        const [registration] = c.instance.query('sysevent_register', 'event_name=x_opcon.action.queued')
        expect(registration).toMatchObject({ suffix: 'action.queued', queue: 'x_opcon.delivery' })
        expect(c.instance.query('sysevent_queue', 'queue=x_opcon.delivery')).toMatchObject([{ suffix: 'delivery', automatic_processing: 'true' }])
        const inc = await openOpConIncident(c)
        setState(c, inc, 2)
        const [event] = c.instance.query('sysevent', `name=x_opcon.action.queued^parm2=${inc.sysId}`)
        expect(event).toMatchObject({ queue: 'x_opcon.delivery', state: 'processed' })
    })

    test('a slow OpCon no longer delays the default queue every other app\'s notifications use (assumed: one worker per queue)', async () => {
        // A platform notification event on the default queue, as any other app would fire it.
        c.instance.store.put('sysevent_register', { sys_id: c.instance.store.newSysId(), event_name: 'incident.commented', table: 'incident', queue: '' })
        c.instance.store.put('sysevent_script_action', { sys_id: c.instance.store.newSysId(), name: 'Notify watchers', event_name: 'incident.commented', active: 'true', script: "gs.info('watchers notified')" })
        const incidents = [await openOpConIncident(c), await openOpConIncident(c), await openOpConIncident(c)]
        await c.sim.setFaults([{ kind: 'delay', delayMs: 300, path: '/api/jobactions' }])
        for (const inc of incidents) setState(c, inc, 2, { drain: false })
        c.instance.runScript(`gs.eventQueue('incident.commented', null, 'watchers', '')`, { scope: 'global' })
        const before = c.instance.eventRuns.length
        c.instance.drain()
        const runs = c.instance.eventRuns.slice(before)
        const delivery = runs.filter((run) => run.name === 'x_opcon.action.queued')
        expect(delivery.map((run) => run.queue)).toEqual(['x_opcon.delivery', 'x_opcon.delivery', 'x_opcon.delivery'])
        // Each delivery event waited behind the slow ones before it on its own queue...
        expect(delivery[2].waitedMs).toBeGreaterThanOrEqual(2 * 2 * 300 * 0.9)
        // ...while the notification, queued after all of them, did not wait for any.
        expect(runs.find((run) => run.name === 'incident.commented')).toMatchObject({ queue: '' })
        expect(runs.find((run) => run.name === 'incident.commented')!.waitedMs).toBeLessThan(50)
        for (const inc of incidents) expect(actionsOf(c, inc)[0].state).toBe('succeeded')
    })
})

describe('the incident form', () => {
    test('shows the OpCon Actions, Failed Jobs and Job Links related lists once each, after the lists already there', () => {
        const [list] = c.instance.query('sys_ui_related_list', 'name=incident^view=Default view')
        const entries = c.instance.query('sys_ui_related_list_entry', `list_id=${list.sys_id}^ORDERBYposition`).map((e) => e.related_list)
        expect(entries).toEqual(['task_sla.task', 'incident_task.incident', 'task_ci.task', 'x_opcon_action.incident', 'x_opcon_failure.incident', 'x_opcon_binding.incident'])
        c.instance.runScript("require('x_opcon/opcon-connector/1.0.0/src/server/admin/form-setup.ts').addIncidentRelatedLists();")
        for (const related of ['x_opcon_action.incident', 'x_opcon_failure.incident', 'x_opcon_binding.incident']) {
            expect(c.instance.query('sys_ui_related_list_entry', `related_list=${related}`)).toHaveLength(1)
        }
        expect(c.instance.errors).toEqual([])
    })

    test('agents can read the action history; they cannot edit it', async () => {
        const inc = await openOpConIncident(c)
        setState(c, inc, 2)
        const [row] = actionsOf(c, inc)
        expect(c.instance.readAsUser('x_opcon_action', row.sys_id, 'agent')).toMatchObject({ action: row.action, state: 'succeeded' })
        const script = `var gr = new GlideRecordSecure('x_opcon_action'); gr.get('${row.sys_id}'); gr.setValue('state', 'failed'); String(gr.update());`
        c.instance.runScript(script, { as: 'agent' })
        expect(c.instance.get('x_opcon_action', row.sys_id)!.state).toBe('succeeded')
    })
})
