// Outcomes that tell the truth: what an agent reads on an action row and in
// its work note is what happened at OpCon, even when the last attempt's
// answer was lost, the server was switched off or deleted, a customer rule
// refused the row, or two workers met on one row.
import { createOpConAlias, useConnector, type Connector } from './support/connector'
import { actionsOf, openOpConIncident, setState, type OpConIncident } from './support/incidents'

let c: Connector
const connector = useConnector()
const minutes = (n: number): number => n * 60_000

beforeAll(() => {
    c = connector()
})

beforeEach(async () => {
    await c.sim.setActionBehaviour({ apply: 'onFirstPoll', restartOutcome: 'Finished OK' })
})

async function postsFor(incident: OpConIncident): Promise<string[]> {
    return (await c.sim.requests())
        .filter((r) => r.method === 'POST' && r.path === '/api/jobactions')
        .map((r) => r.body as { action: string; jobs: Array<{ id: string }> })
        .filter((body) => body.jobs?.[0]?.id === incident.jobId)
        .map((body) => body.action)
}

async function appliedFor(incident: OpConIncident): Promise<string[]> {
    return (await c.sim.appliedActions()).filter((a) => a.jobId === incident.jobId).map((a) => a.action)
}

async function readsOf(incident: OpConIncident): Promise<number> {
    return (await c.sim.requests()).filter((r) => r.method === 'GET' && r.path.startsWith('/api/dailyjobs/') && decodeURIComponent(decodeURIComponent(r.path)).endsWith(incident.jobId)).length
}

describe('an ambiguous failure on the last allowed attempt ends with the truth, never a resend', () => {
    beforeEach(() => {
        c.instance.setProperty('x_opcon.max_attempts', '2')
    })

    test('applied: OpCon took the last send although its answer was lost', async () => {
        await c.sim.setActionBehaviour({ apply: 'immediately' })
        const inc = await openOpConIncident(c)
        await c.sim.setFaults([
            { kind: 'status', status: 503, method: 'POST', path: '/api/jobactions', times: 1 },
            { kind: 'reset-after', method: 'POST', path: '/api/jobactions', times: 1 },
        ])
        setState(c, inc, 2)
        c.instance.advanceTime(minutes(10))
        const [row] = actionsOf(c, inc)
        expect(row).toMatchObject({ state: 'succeeded', message: 'OpCon had already applied it: the job is Under Review.' })
        expect(await postsFor(inc)).toEqual(['markUnderReview', 'markUnderReview'])
        expect(await appliedFor(inc)).toEqual(['markUnderReview'])
        expect(c.instance.journal('incident', inc.sysId)[0]).toMatch(/marked Under Review on opcon-test/)
    })

    test('not applied: OpCon did not act on it; the row says so and nothing more is sent', async () => {
        const inc = await openOpConIncident(c)
        // The read that confirmed the integration account's link came before.
        const linkReads = await readsOf(inc)
        // 500 may come after OpCon acted: ambiguous every time; the simulator applies nothing.
        await c.sim.setFaults([{ kind: 'status', status: 500, method: 'POST', path: '/api/jobactions' }])
        setState(c, inc, 2)
        c.instance.advanceTime(minutes(20))
        const [row] = actionsOf(c, inc)
        expect(row.state).toBe('failed')
        expect(row.message).toBe('OpCon did not apply it (the job is still Failed), and the connector has made its 2 attempts; nothing more was sent. Act on the job from the OpCon Job button or in OpCon.')
        expect(await postsFor(inc)).toEqual(['markUnderReview', 'markUnderReview'])
        expect(await readsOf(inc) - linkReads).toBe(2) // once before the second send, once after it: never a third send
    })

    test('unknown: a restart whose job moved without a new run after the last send says "check the job in OpCon before acting again"', async () => {
        c.instance.setProperty('x_opcon.resolve_action', 'restart')
        const inc = await openOpConIncident(c)
        await c.sim.setFaults([{ kind: 'status', status: 502, method: 'POST', path: '/api/jobactions' }])
        setState(c, inc, 6)
        c.instance.advanceTime(minutes(3))
        expect(await postsFor(inc)).toEqual(['restart', 'restart'])
        // Someone marks the job in OpCon after the last send: no new run, another status.
        await c.sim.seedJob({ id: inc.jobId, status: 'Under Review' })
        c.instance.advanceTime(minutes(5))
        const [row] = actionsOf(c, inc)
        expect(row.state).toBe('failed')
        expect(row.message).toMatch(/^The job went from Failed to Under Review without a new run, so the connector cannot tell whether OpCon took the restart; it was not sent again.*Check the job in OpCon/)
        expect(await postsFor(inc)).toEqual(['restart', 'restart'])
    })
})

describe('a server switched off, on, or deleted', () => {
    const setActive = (active: boolean) => c.instance.update('x_opcon_server', c.serverId, { active }, { as: 'opcon.admin' })
    afterEach(() => {
        if (c.instance.get('x_opcon_server', c.serverId)?.active === '0') setActive(true)
    })

    test('a row waiting to check an ambiguous send is held while its server is inactive, not "rejected", then settled when it is back', async () => {
        await c.sim.setActionBehaviour({ apply: 'immediately' })
        const inc = await openOpConIncident(c)
        await c.sim.setFaults([{ kind: 'reset-after', method: 'POST', path: '/api/jobactions', times: 1 }])
        setState(c, inc, 2)
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'queued', reconcile: '1' })
        setActive(false)
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'held', held_from: 'queued', reconcile: '1' })
        const requests = (await c.sim.requests()).length
        c.instance.advanceTime(minutes(10))
        expect(actionsOf(c, inc)[0].state).toBe('held')
        expect(actionsOf(c, inc)[0].message).toMatch(/^Held: OpCon server opcon-test \(.*\) was deactivated\. The action waits and goes on when the server is active again\.$/)
        expect((await c.sim.requests()).length).toBe(requests)
        setActive(true)
        c.instance.advanceTime(minutes(1))
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'succeeded', message: 'OpCon had already applied it: the job is Under Review.' })
        expect(await appliedFor(inc)).toEqual(['markUnderReview'])
    })

    test('a sent action awaiting its result is held, then followed again; the incident\'s later action waits behind it', async () => {
        await c.sim.setActionBehaviour({ apply: 'never' })
        const inc = await openOpConIncident(c)
        setState(c, inc, 2)
        expect(actionsOf(c, inc)[0].state).toBe('sent')
        setActive(false)
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'held', held_from: 'sent' })
        setState(c, inc, 6)
        // The new request to an inactive server is refused in words; the held one keeps its place.
        expect(actionsOf(c, inc).map((row) => row.state)).toEqual(['held', 'rejected'])
        await c.sim.setActionBehaviour({ apply: 'onFirstPoll' })
        setActive(true)
        c.instance.advanceTime(minutes(1))
        expect(actionsOf(c, inc)[0].state).toBe('succeeded')
    })

    test('deleting a server fails its unfinished actions with words and a work note; nothing is sent', async () => {
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'POST', path: '/api/jobactions' }])
        const spare = c.instance.insert('x_opcon_server', { name: 'spare', address: 'spare.example:9010', base_url: 'https://spare.example:9010', connection_alias: createOpConAlias(c.instance, { name: 'spare', url: 'https://spare.example:9010', token: 'spare-token' }), active: true }, { as: 'opcon.admin' })!
        const inc = await openOpConIncident(c)
        c.instance.update('x_opcon_binding', c.instance.query('x_opcon_binding', `incident=${inc.sysId}`)[0].sys_id, { server: spare, address: 'spare.example:9010' })
        setState(c, inc, 2)
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'queued', server: spare })
        c.instance.runScript(`var s = new GlideRecord('x_opcon_server'); s.get('${spare}'); s.deleteRecord();`, { as: 'opcon.admin' })
        const [row] = actionsOf(c, inc)
        expect(row.state).toBe('failed')
        expect(row.message).toBe('Not sent: OpCon server spare (spare.example:9010) was deleted by Olivia Admin (opcon.admin). Act on the job in OpCon, or register the server again and use the OpCon Job button.')
        expect(c.instance.journal('incident', inc.sysId)[0]).toMatch(/was deleted by Olivia Admin/)
    })
})

describe('records that could not be written', () => {
    test('a customer rule refusing the action row: nothing older is superseded, and the log names the incident and action', async () => {
        const inc = await openOpConIncident(c)
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'POST', path: '/api/jobactions' }])
        setState(c, inc, 2)
        expect(actionsOf(c, inc)).toMatchObject([{ action: 'markUnderReview', state: 'queued' }])
        // A customer's before-insert rule on the action table, added after install.
        const rule = c.instance.store.newSysId()
        c.instance.store.put('sys_script', {
            sys_id: rule, name: 'Customer: freeze OpCon actions', collection: 'x_opcon_action', when: 'before', order: '100', active: 'true',
            action_insert: 'true', action_update: 'false', action_delete: 'false', script: "current.setAbortAction(true); gs.addErrorMessage('Change freeze');",
        })
        try {
            const from = c.instance.logs.length
            setState(c, inc, 6)
            expect(actionsOf(c, inc)).toMatchObject([{ action: 'markUnderReview', state: 'queued' }])
            expect(c.instance.logs.slice(from).filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
                `[OpCon Connector] ${inc.number}: the markFixed request (queued) could not be recorded: the instance refused the insert into x_opcon_action ` +
                '(a business rule or ACL on that table; the system log says which). Nothing was sent and older requests are unchanged. Act on the job in OpCon or from the OpCon Job button.',
            ])
        } finally {
            c.instance.store.delete('sys_script', rule)
        }
    })
})

describe('two workers on one row', () => {
    test('superseding never overwrites a row another worker claimed meanwhile', async () => {
        const inc = await openOpConIncident(c)
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'POST', path: '/api/jobactions' }])
        setState(c, inc, 2)
        c.instance.update('incident', inc.sysId, { state: 8 }, { as: 'agent' }) // a second queued action, left queued
        c.instance.runScript(`var r = new GlideRecord('x_opcon_action'); r.addQuery('incident', '${inc.sysId}'); r.query(); while (r.next()) { r.setValue('state', 'queued'); r.setValue('message', ''); r.update(); }`)
        const [first, second] = actionsOf(c, inc)
        // Another worker claims the second row the moment the first is superseded (a rule stands in for the race).
        const rule = c.instance.store.newSysId()
        c.instance.store.put('sys_script', {
            sys_id: rule, name: 'Test: a worker claims a row', collection: 'x_opcon_action', when: 'after', order: '100', active: 'true',
            action_insert: 'false', action_update: 'true', action_delete: 'false',
            script: `if (current.getValue('state') == 'superseded') { var other = current.getUniqueValue() == '${first.sys_id}' ? '${second.sys_id}' : '${first.sys_id}';
                var w = new GlideRecord('x_opcon_action'); w.get(other); if (w.getValue('state') == 'queued') { w.setValue('state', 'sending'); w.setValue('claim', 'other-worker'); w.update(); } }`,
        })
        try {
            setState(c, inc, 6, { drain: false })
            // Whichever was superseded first, the other was claimed meanwhile and keeps its claim.
            const states = [first, second].map((row) => c.instance.get('x_opcon_action', row.sys_id)!)
            expect(states.map((row) => row.state).sort()).toEqual(['sending', 'superseded'])
            expect(states.find((row) => row.state === 'sending')!.claim).toBe('other-worker')
        } finally {
            c.instance.store.delete('sys_script', rule)
        }
    })

    test('a result read is claimed: while another worker\'s read claim is live, nobody else reads that result', async () => {
        await c.sim.setActionBehaviour({ apply: 'never' })
        const inc = await openOpConIncident(c)
        setState(c, inc, 2)
        const [row] = actionsOf(c, inc)
        expect(row.state).toBe('sent')
        c.instance.advanceTime(minutes(1)) // the scheduled job reads it once more
        const claimedAt = c.instance.now()
        c.instance.runScript(`var r = new GlideRecord('x_opcon_action'); r.get('${row.sys_id}'); r.setValue('claim', 'other-reader');
            var limit = new GlideDateTime(); limit.add(150000); r.setValue('stale_after', limit.getValue()); r.setValue('next_attempt', ''); r.update();`)
        const reads = () => c.sim.requests().then((all) => all.filter((r) => r.method === 'GET' && r.path === `/api/jobactions/${row.job_action_id}`).length)
        const before = await reads()
        c.instance.advanceTime(minutes(2))
        expect(await reads()).toBe(before)
        expect(c.instance.now() - claimedAt).toBeLessThan(150_000)
        c.instance.advanceTime(minutes(1))
        expect(await reads()).toBe(before + 1)
    })

    test('an interrupted send is judged by the limit fixed when it was claimed, not by a timeout changed since', async () => {
        const inc = await openOpConIncident(c)
        setState(c, inc, 2, { drain: false })
        const [row] = actionsOf(c, inc)
        // The claim of a worker that then died (claimed with the 30 s timeout: 3 × 30 s + 60 s).
        c.instance.runScript(`var gr = new GlideRecord('x_opcon_action'); gr.get('${row.sys_id}'); gr.setValue('state', 'sending'); gr.setValue('claim', 'dead-worker'); gr.setValue('attempts', 1);
            var limit = new GlideDateTime(); limit.add(150000); gr.setValue('stale_after', limit.getValue()); gr.update();`)
        c.instance.setProperty('x_opcon.http_timeout_ms', '120000')
        c.instance.advanceTime(minutes(3))
        expect(actionsOf(c, inc)[0]).toMatchObject({ state: 'succeeded', attempts: '2' })
    })
})
