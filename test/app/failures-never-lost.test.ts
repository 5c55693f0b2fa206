// No failure is ever lost (issue 18): a failure OpCon cannot be asked about
// stays due until OpCon answers; an incident write the instance refuses waits,
// in state refused, for an admin's Retry; a refused replacement leaves the old
// incident's link as it was; final failure rows go by the platform's table
// cleanup, rows still waiting never.
import { formatDateTime } from '../bench/glide-record'
import { FAILURE_RETENTION_CONDITION, FAILURE_UNFINISHED_STATES } from '../../src/server/sync/retention'
import { useConnector, type Connector } from './support/connector'
import { collectFailures, failureRowsOf, incidentsLinkedTo } from './support/failures'

let c: Connector
const connector = useConnector()
const RETRY = 'x_opcon_failure_retry'
const minutes = (n: number): number => n * 60_000
const DAY = 86_400_000
let sequence = 0

beforeAll(() => {
    c = connector()
})

beforeEach(async () => {
    c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })
    c.instance.setProperty('x_opcon.failure_grace_minutes', '0')
    c.instance.setProperty('x_opcon.max_attempts', '5')
    await c.sim.clearFaults()
    await c.sim.setActionBehaviour({ apply: 'onFirstPoll', jobOutput: 'normal' })
    await c.sim.clearRequests()
})

afterEach(() => {
    // Every failure of this test is settled, so the next test starts from a quiet OpCon.
    for (const row of c.instance.query('x_opcon_failure', 'stateINwaiting,confirming,working,refused')) c.instance.store.put('x_opcon_failure', { ...row, state: 'error' })
})

function today(): string {
    return new Date(c.instance.now()).toISOString().slice(0, 10).replace(/-/g, '')
}

async function failedJob(): Promise<{ id: string; name: string }> {
    sequence += 1
    const name = `LOST-${String(sequence).padStart(3, '0')}`
    const id = `${today()}|${900 + sequence}|1|${name}`
    await c.sim.seedJob({ id, status: 'Failed', scheduleName: 'PAYROLL', machine: 'winagent01', termination: 2, terminationDescription: 'Exit Code 2', output: { [`${name}.log`]: 'ERROR\n' } })
    return { id, name }
}

const collect = (): void => collectFailures(c)
const failuresOf = (jobId: string): Array<Record<string, string>> => failureRowsOf(c, jobId)
const incidentsOf = (jobId: string): Array<Record<string, string>> => incidentsLinkedTo(c, jobId)

/** A customer's before rule on incident (another application's, added after install), refusing inserts or updates. */
function refusingRule(on: 'insert' | 'update', words: string | null): () => void {
    const rule = c.instance.store.newSysId()
    c.instance.store.put('sys_script', {
        sys_id: rule, name: 'Customer: change freeze', collection: 'incident', when: 'before', order: '100', active: 'true',
        action_insert: String(on === 'insert'), action_update: String(on === 'update'), action_delete: 'false',
        script: `current.setAbortAction(true);${words === null ? '' : ` gs.addErrorMessage(${JSON.stringify(words)});`}`,
    })
    return () => c.instance.store.delete('sys_script', rule)
}

const secondsUntil = (value: string): number => (Date.parse(`${value.replace(' ', 'T')}Z`) - c.instance.now()) / 1000

describe('a failure OpCon cannot be asked about stays due', () => {
    test('an OpCon outage longer than every attempt, then recovery: the failure is asked about again at most an hour apart, and opens exactly one incident', async () => {
        c.instance.setProperty('x_opcon.failure_grace_minutes', '5')
        c.instance.setProperty('x_opcon.max_attempts', '2')
        const job = await failedJob()
        collect()
        expect(failuresOf(job.id)).toMatchObject([{ state: 'waiting' }])
        // OpCon answers 503 to every read, the collector's list included, for three hours.
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'GET', path: '^/api/dailyjobs' }])
        c.instance.advanceTime(minutes(3 * 60))
        const [waiting] = failuresOf(job.id)
        expect(waiting).toMatchObject({ state: 'waiting', note: expect.stringContaining('OpCon could not be asked whether the job is still failed') })
        expect(waiting.incident ?? '').toBe('')
        expect(waiting.note).toContain('keeps asking (at most an hour apart)')
        expect(Number(waiting.attempts)).toBeGreaterThan(2)
        expect(secondsUntil(waiting.next_attempt)).toBeLessThanOrEqual(3600)
        // Still asked during the last hours of the outage, not given up.
        await c.sim.clearRequests()
        c.instance.advanceTime(minutes(2 * 60 + 1))
        const reads = (await c.sim.requests()).filter((r) => r.path === `/api/dailyjobs/${encodeURIComponent(job.id)}`)
        expect(reads.length).toBeGreaterThanOrEqual(2)
        expect(incidentsOf(job.id)).toEqual([])

        await c.sim.clearFaults()
        c.instance.advanceTime(minutes(61))
        expect(incidentsOf(job.id)).toHaveLength(1)
        // The collector still knew the run: one row, now done.
        expect(failuresOf(job.id)).toMatchObject([{ state: 'done', outcome: 'opened' }])
        collect()
        c.instance.advanceTime(minutes(60))
        expect(incidentsOf(job.id)).toHaveLength(1)
        expect(failuresOf(job.id)).toHaveLength(1)
    }, 120_000)

    test('a failure OpCon recovers during the outage opens nothing once OpCon answers', async () => {
        c.instance.setProperty('x_opcon.failure_grace_minutes', '5')
        c.instance.setProperty('x_opcon.max_attempts', '1')
        const job = await failedJob()
        collect()
        await c.sim.setFaults([{ kind: 'status', status: 503, method: 'GET', path: '^/api/dailyjobs' }])
        c.instance.advanceTime(minutes(90))
        await c.sim.finishJob(job.id)
        await c.sim.clearFaults()
        c.instance.advanceTime(minutes(61))
        expect(incidentsOf(job.id)).toEqual([])
        expect(failuresOf(job.id)).toMatchObject([{ state: 'recovered' }])
    })
})

describe('an incident write the instance refuses waits for an admin', () => {
    test('a refused insert: the row is refused with the rule\'s words (assumed: a job\'s session keeps them), no incident or link is left, and only an OpCon admin\'s Retry opens exactly one incident', async () => {
        const job = await failedJob()
        const remove = refusingRule('insert', 'Change freeze until Monday: no new incidents.')
        const from = c.instance.logs.length
        try {
            collect()
            c.instance.advanceTime(minutes(30))
        } finally {
            remove()
        }
        const [row] = failuresOf(job.id)
        expect(row).toMatchObject({ state: 'refused', next_attempt: '' })
        expect(row.incident ?? '').toBe('')
        // The rule's words, then the platform's own refusal message (its wording assumed by the bench: glide-record.ts).
        expect(row.note).toBe('The instance refused to insert the incident; it said: "Change freeze until Monday: no new incidents." "Invalid insert". No incident was opened for this failure. ' +
            'Nothing is retried until an OpCon Connector admin removes the cause (a data policy, another application\'s business rule on incident, or a missing cross-scope privilege) and clicks Retry on this failure record.')
        expect(c.instance.logs.slice(from).filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
            `[OpCon Connector] Failed OpCon job ${job.id} on ${c.sim.address} (failure record ${row.sys_id}): ${row.note}`,
        ])
        expect(c.instance.query('x_opcon_binding', `daily_job_id=${job.id}`)).toEqual([])
        // Not worked again on its own, and the collector does not record the run twice.
        c.instance.advanceTime(minutes(120))
        expect(failuresOf(job.id)).toMatchObject([{ state: 'refused' }])

        // The button: an OpCon admin sees it; an agent does not; a plain admin sees it but may not use it.
        expect(c.instance.uiActionVisible(RETRY, 'x_opcon_failure', row.sys_id, 'agent')).toBe(false)
        expect(c.instance.uiActionVisible(RETRY, 'x_opcon_failure', row.sys_id, 'opcon.admin')).toBe(true)
        const messages = c.instance.messages.length
        c.instance.clickUiAction(RETRY, 'x_opcon_failure', row.sys_id, 'sysadmin')
        expect(c.instance.messages.slice(messages)).toMatchObject([{ kind: 'error', message: 'Only a user who holds the x_opcon.admin role may retry a failed OpCon job.' }])
        expect(failuresOf(job.id)).toMatchObject([{ state: 'refused' }])

        c.instance.clickUiAction(RETRY, 'x_opcon_failure', row.sys_id, 'opcon.admin')
        expect(failuresOf(job.id)).toMatchObject([{ state: 'waiting', note: expect.stringMatching(/^Retried by Olivia Admin \(opcon\.admin\) at /) }])
        expect(c.instance.uiActionVisible(RETRY, 'x_opcon_failure', row.sys_id, 'opcon.admin')).toBe(false)
        c.instance.advanceTime(minutes(2))
        expect(incidentsOf(job.id)).toHaveLength(1)
        expect(failuresOf(job.id)).toMatchObject([{ state: 'done', outcome: 'opened', incident: incidentsOf(job.id)[0].sys_id }])
        collect()
        expect(incidentsOf(job.id)).toHaveLength(1)
    })

    test('a refusing rule that gives no words: the note gives the platform\'s own refusal message (its wording assumed)', async () => {
        const job = await failedJob()
        const remove = refusingRule('insert', null)
        try {
            collect()
        } finally {
            remove()
        }
        expect(failuresOf(job.id)).toMatchObject([{ state: 'refused', note: expect.stringMatching(/^The instance refused to insert the incident; it said: "Invalid insert"\. No incident was opened/) }])
    })

    test('a refused work note on the open incident: the row names the incident and waits; after Retry the note is added, no second incident', async () => {
        const job = await failedJob()
        collect()
        const [inc] = incidentsOf(job.id)
        c.instance.update('incident', inc.sys_id, { state: 2 }, { as: 'agent' })
        c.instance.drain()
        await c.sim.failJob(job.id)
        const remove = refusingRule('update', 'Incidents are read-only during the audit.')
        try {
            collect()
        } finally {
            remove()
        }
        const second = failuresOf(job.id)[1]
        expect(second).toMatchObject({ state: 'refused' })
        expect(second.incident ?? '').toBe('')
        expect(second.note).toContain(`The instance refused to update incident ${inc.number}; it said: "Incidents are read-only during the audit." "Invalid update". The failure was not recorded on ${inc.number}.`)
        c.instance.clickUiAction(RETRY, 'x_opcon_failure', second.sys_id, 'opcon.admin')
        c.instance.advanceTime(minutes(2))
        expect(failuresOf(job.id)[1]).toMatchObject({ state: 'done', outcome: 'noted', incident: inc.sys_id })
        expect(incidentsOf(job.id)).toHaveLength(1)
        expect(c.instance.journal('incident', inc.sys_id).filter((note) => note.includes('The OpCon job failed again'))).toHaveLength(1)
    })

    test('a replacement for a Closed incident that is refused leaves the old incident\'s link active; after Retry the new incident takes the job', async () => {
        const job = await failedJob()
        collect()
        const [first] = incidentsOf(job.id)
        c.instance.store.put('incident', { ...c.instance.get('incident', first.sys_id)!, state: '7' })
        await c.sim.failJob(job.id)
        const remove = refusingRule('insert', 'No new incidents today.')
        try {
            collect()
        } finally {
            remove()
        }
        expect(failuresOf(job.id)[1]).toMatchObject({ state: 'refused' })
        expect(c.instance.query('x_opcon_binding', `daily_job_id=${job.id}`)).toMatchObject([{ incident: first.sys_id, active: '1', replaced_on: '' }])
        // The old incident still controls the job: its state changes act on it.
        expect(incidentsOf(job.id)).toHaveLength(1)

        c.instance.clickUiAction(RETRY, 'x_opcon_failure', failuresOf(job.id)[1].sys_id, 'opcon.admin')
        c.instance.advanceTime(minutes(2))
        const incidents = incidentsOf(job.id)
        expect(incidents).toHaveLength(2)
        expect(failuresOf(job.id)[1]).toMatchObject({ state: 'done', outcome: 'replaced', previous_incident: first.sys_id, incident: incidents[1].sys_id })
        expect(c.instance.query('x_opcon_binding', `daily_job_id=${job.id}^active=true`).map((l) => l.incident)).toEqual([incidents[1].sys_id])
    })
})

describe('final failure rows go after x_opcon.failure_retention_days, by the platform\'s table cleanup', () => {
    const PROPERTY = 'x_opcon.failure_retention_days'
    const policies = () => c.instance.query('sys_auto_flush', 'tablename=x_opcon_failure')

    function failureRow(state: string, days: number): string {
        const at = formatDateTime(c.instance.now() - days * DAY)
        const sysId = c.instance.store.newSysId()
        c.instance.store.put('x_opcon_failure', {
            sys_id: sysId, sys_class_name: 'x_opcon_failure', server: c.serverId, address: c.sim.address, daily_job_id: `20200101|1|1|OLD-${sysId.slice(0, 6)}`,
            state, source: 'poll', sys_created_on: at, sys_updated_on: at, sys_created_by: 'system', sys_updated_by: 'system', sys_mod_count: '1',
        })
        return sysId
    }

    function saveProperty(value: string): void {
        const [row] = c.instance.query('sys_properties', `name=${PROPERTY}`)
        c.instance.update('sys_properties', row.sys_id, { value }, { as: 'opcon.admin' })
        c.instance.drain()
    }

    test('one policy ships, 90 days after a row\'s last change, never for a row still waiting, being worked or refused', () => {
        expect(FAILURE_RETENTION_CONDITION).toBe(`stateNOT IN${FAILURE_UNFINISHED_STATES.join(',')}`)
        expect(c.instance.getProperty(PROPERTY)).toBe('90')
        expect(policies()).toEqual([expect.objectContaining({ matchfield: 'sys_updated_on', age: String(90 * 86400), active: 'true', conditions: 'stateNOT INwaiting,confirming,working,refused' })])
        const [category] = c.instance.query('sys_properties_category', 'name=x_opcon')
        const [property] = c.instance.query('sys_properties', `name=${PROPERTY}`)
        expect(c.instance.query('sys_properties_category_m2m', `category=${category.sys_id}^property=${property.sys_id}`)).toHaveLength(1)
        expect(property).toMatchObject({ type: 'integer', write_roles: 'x_opcon.admin' })
    })

    test('final rows older than the retention go; newer ones and old rows still waiting, being worked or refused stay; the property moves the age', () => {
        const old = ['done', 'recovered', 'not_failed', 'error'].map((state) => failureRow(state, 91))
        const young = ['done', 'error'].map((state) => failureRow(state, 80))
        const unfinished = ['waiting', 'confirming', 'working', 'refused'].map((state) => failureRow(state, 400))
        const remaining = (ids: string[]) => ids.filter((id) => c.instance.get('x_opcon_failure', id) !== undefined)
        try {
            c.instance.runTableCleaner()
            expect(remaining(old)).toEqual([])
            expect(remaining(young)).toEqual(young)
            expect(remaining(unfinished)).toEqual(unfinished)

            const from = c.instance.logs.length
            saveProperty('30')
            expect(policies()[0].age).toBe(String(30 * 86400))
            expect(c.instance.logs.slice(from).map((entry) => entry.message)).toContainEqual(
                `[OpCon Connector] ${PROPERTY} changed by Olivia Admin (opcon.admin): final failed-job rows are now deleted 30 days after their last change (were 90).`)
            c.instance.runTableCleaner()
            expect(remaining(young)).toEqual([])
            expect(remaining(unfinished)).toEqual(unfinished)
        } finally {
            saveProperty('90')
            for (const id of [...young, ...unfinished]) c.instance.store.delete('x_opcon_failure', id)
        }
        expect(policies()[0].age).toBe(String(90 * 86400))
        // The action table's policy is its own.
        expect(c.instance.query('sys_auto_flush', 'tablename=x_opcon_action')[0].age).toBe(String(90 * 86400))
    })
})
