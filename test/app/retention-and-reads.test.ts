// Bounded work and retention (issue 10): final action rows go after
// x_opcon.action_retention_days by the platform's own table cleanup; the
// OpCon Job dialog reads at most the newest 50 action rows of an incident;
// agents read action rows and job links only of incidents they may read.
import { formatDateTime } from '../bench/glide-record'
import { AccessDenied } from '../bench/instance'
import type { PackageRecord } from '../bench/records'
import type { QueryLogEntry } from '../bench/query-log'
import { RETENTION_CONDITION, UNFINISHED_STATES } from '../../src/server/sync/retention'
import { actionRetentionDays } from '../../src/server/settings/settings'
import { scopeRefusals, startConnector, useConnector, type Connector } from './support/connector'
import { actionsOf, openOpConIncident, setState } from './support/incidents'

const connector = useConnector()
const DAY = 86_400_000
const PROPERTY = 'x_opcon.action_retention_days'

const FINAL = ['succeeded', 'failed', 'rejected', 'superseded']
// A final state another engineer may add later: retention keys on "not unfinished".
const LATER_FINAL = 'expired'
const UNFINISHED = ['queued', 'sending', 'sent', 'held']

/** An action row as the connector writes one, last changed `days` ago (the clock only moves when told, so age is set). */
function actionRow(c: Connector, values: Record<string, string>, days: number): string {
    const at = formatDateTime(c.instance.now() - days * DAY)
    const sysId = c.instance.store.newSysId()
    c.instance.store.put('x_opcon_action', {
        sys_id: sysId, sys_class_name: 'x_opcon_action', action: 'markFixed', source: 'rule', state: 'succeeded', attempts: '1',
        sys_created_on: at, sys_updated_on: at, sys_created_by: 'system', sys_updated_by: 'system', sys_mod_count: '1', ...values,
    })
    return sysId
}

const remaining = (c: Connector, ids: string[]): string[] => ids.filter((id) => c.instance.get('x_opcon_action', id) !== undefined)

/** The property as an admin saves it on the properties page (a sys_properties update, so its rules run). */
function saveProperty(c: Connector, value: string): void {
    const [row] = c.instance.query('sys_properties', `name=${PROPERTY}`)
    c.instance.update('sys_properties', row.sys_id, { value }, { as: 'opcon.admin' })
    c.instance.drain()
}

const policies = (c: Connector) => c.instance.query('sys_auto_flush', 'tablename=x_opcon_action')

describe('retention, decided without Glide', () => {
    test('the property is whole days from 7 to 3650; anything else falls back to 90 or is clamped', () => {
        expect([null, '', 'soon', '12.5', '90', ' 30 ', '1', '0', '-5', '3651', '99999'].map(actionRetentionDays)).toEqual([90, 90, 90, 90, 90, 30, 7, 7, 7, 3650, 3650])
    })

    test('the policy\'s condition keeps exactly the unfinished states', () => {
        expect(RETENTION_CONDITION).toBe(`stateNOT IN${UNFINISHED_STATES.join(',')}`)
        expect(UNFINISHED_STATES).toEqual(['queued', 'sending', 'sent', 'held'])
    })
})

describe('final action rows go after x_opcon.action_retention_days, by the platform\'s table cleanup', () => {
    afterEach(() => {
        const c = connector()
        if (c.instance.getProperty(PROPERTY) !== '90') saveProperty(c, '90')
        c.instance.store.rows('x_opcon_action').filter((row) => row.incident === '').forEach((row) => c.instance.store.delete('x_opcon_action', row.sys_id))
    })

    test('the package ships one cleanup policy for the action table, 90 days after a row\'s last change, for rows that are not unfinished', () => {
        const c = connector()
        expect(c.instance.getProperty(PROPERTY)).toBe('90')
        expect(policies(c)).toEqual([expect.objectContaining({
            tablename: 'x_opcon_action', matchfield: 'sys_updated_on', age: String(90 * 86400), active: 'true',
            conditions: 'stateNOT INqueued,sending,sent,held',
        })])
        // It is on the connector's properties page, like the others.
        const [category] = c.instance.query('sys_properties_category', 'name=x_opcon')
        const [property] = c.instance.query('sys_properties', `name=${PROPERTY}`)
        expect(c.instance.query('sys_properties_category_m2m', `category=${category.sys_id}^property=${property.sys_id}`)).toHaveLength(1)
        expect(property).toMatchObject({ type: 'integer', write_roles: 'x_opcon.admin' })
    })

    test('rows in any final state older than the retention go when the cleaner runs; newer and unfinished ones stay', () => {
        const c = connector()
        const old = [...FINAL, LATER_FINAL].map((state) => actionRow(c, { state, incident: '' }, 91))
        const young = [...FINAL, LATER_FINAL].map((state) => actionRow(c, { state, incident: '' }, 89))
        const unfinished = UNFINISHED.map((state) => actionRow(c, { state, incident: '' }, 400))
        c.instance.runTableCleaner()
        expect(remaining(c, old)).toEqual([])
        expect(remaining(c, young)).toEqual(young)
        expect(remaining(c, unfinished)).toEqual(unfinished)
    })

    test('the age counts from a row\'s last change: a row finished yesterday after 100 days in flight stays', async () => {
        const c = connector()
        const inc = await openOpConIncident(c)
        setState(c, inc, 2)
        const [row] = actionsOf(c, inc)
        // Created long ago, its outcome written yesterday.
        c.instance.store.put('x_opcon_action', { ...c.instance.get('x_opcon_action', row.sys_id)!, sys_created_on: formatDateTime(c.instance.now() - 200 * DAY), sys_updated_on: formatDateTime(c.instance.now() - DAY) })
        c.instance.runTableCleaner()
        expect(actionsOf(c, inc)).toHaveLength(1)
    })

    test('changing the property changes what goes; values outside 7–3650 days are clamped and the log says so', () => {
        const c = connector()
        const rows = [31, 29, 8, 6].map((days) => actionRow(c, { state: 'succeeded', incident: '' }, days))
        const from = c.instance.logs.length
        saveProperty(c, '30')
        expect(policies(c)[0].age).toBe(String(30 * 86400))
        c.instance.runTableCleaner()
        expect(remaining(c, rows)).toEqual(rows.slice(1))
        expect(c.instance.logs.slice(from).map((entry) => entry.message)).toContainEqual(
            `[OpCon Connector] ${PROPERTY} changed by Olivia Admin (opcon.admin): final OpCon action rows are now deleted 30 days after their last change (were 90).`)

        saveProperty(c, '1')
        expect(policies(c)[0].age).toBe(String(7 * 86400))
        c.instance.runTableCleaner()
        expect(remaining(c, rows)).toEqual(rows.slice(3))
        expect(c.instance.logs.slice(from).map((entry) => entry.message)).toContainEqual(
            `[OpCon Connector] ${PROPERTY} changed by Olivia Admin (opcon.admin) to "1", not a whole number of days from 7 to 3650: ` +
            'final OpCon action rows are now deleted 7 days after their last change (were 30). Set a value in that range.')

        saveProperty(c, '90')
        expect(policies(c)[0].age).toBe(String(90 * 86400))
    })

    test('the rule moves only the connector\'s own policy; a customer\'s policy on the table keeps its age; without the connector\'s, the log says rows are not deleted', () => {
        const c = connector()
        const theirs = c.instance.insert('sys_auto_flush', { tablename: 'x_opcon_action', matchfield: 'sys_created_on', age: 400 * 86400, conditions: 'state=superseded', active: true })!
        const [ours] = policies(c).filter((row) => row.sys_id !== theirs)
        try {
            saveProperty(c, '30')
            expect(c.instance.get('sys_auto_flush', ours.sys_id)!.age).toBe(String(30 * 86400))
            expect(c.instance.get('sys_auto_flush', theirs)!.age).toBe(String(400 * 86400))
            c.instance.store.delete('sys_auto_flush', ours.sys_id)
            const from = c.instance.logs.length
            saveProperty(c, '60')
            expect(c.instance.logs.slice(from).filter((entry) => entry.level === 'error').map((entry) => entry.message)).toEqual([
                `[OpCon Connector] ${PROPERTY} is 60 days, but the OpCon Connector's cleanup policy for x_opcon_action (sys_auto_flush) is missing or cannot be read: final OpCon action rows are not deleted. Reinstall the OpCon Connector to restore the policy.`,
            ])
            expect(c.instance.get('sys_auto_flush', theirs)!.age).toBe(String(400 * 86400))
        } finally {
            c.instance.store.delete('sys_auto_flush', theirs)
            if (!c.instance.get('sys_auto_flush', ours.sys_id)) c.instance.store.put('sys_auto_flush', ours)
        }
    })

    test('the platform cleans up by itself as the clock passes the hour', () => {
        const c = connector()
        const old = actionRow(c, { state: 'failed', incident: '' }, 95)
        const runs = c.instance.tableCleanerRuns.length
        c.instance.advanceTime(60 * 60_000)
        expect(c.instance.tableCleanerRuns.length).toBeGreaterThan(runs)
        expect(remaining(c, [old])).toEqual([])
    })
})

describe('the rule that moves the cleanup policy needs its cross-scope privileges', () => {
    const without = (operation: string) => (record: PackageRecord) =>
        record.table === 'sys_scope_privilege' && record.fields.operation === operation && record.fields.target_name === 'sys_auto_flush'
    let c: Connector | undefined
    afterEach(async () => {
        await c?.stop()
        c = undefined
    })

    test.each(['read', 'write'])('without %s on sys_auto_flush the policy keeps its age and the platform\'s refusal is logged', async (operation) => {
        c = await startConnector({ exclude: without(operation) })
        saveProperty(c, '30')
        expect(policies(c)[0].age).toBe(String(90 * 86400))
        expect(scopeRefusals(c.instance)).toContainEqual(expect.stringMatching(new RegExp(`^Security restricted: ${operation === 'read' ? 'Read' : 'Write'} operation on table 'sys_auto_flush' from scope 'x_opcon' was denied`)))
    })
})

describe('the OpCon Job dialog reads at most the newest 50 action rows of an incident', () => {
    test('with 3,000 rows, its one query on the action table carries the limit and returns 50, and it shows the newest 50, newest first', async () => {
        const c = connector()
        const inc = await openOpConIncident(c)
        const start = c.instance.now() - 3000 * 1000
        const ids: string[] = []
        for (let i = 0; i < 3000; i++) {
            const at = formatDateTime(start + i * 1000)
            ids.push(actionRow(c, { incident: inc.sysId, state: i % 2 ? 'succeeded' : 'rejected' }, 0))
            c.instance.store.put('x_opcon_action', { ...c.instance.get('x_opcon_action', ids[i])!, sys_created_on: at, sys_updated_on: at })
        }
        const { result, queries } = c.instance.captureQueries(() => c.instance.ajax({ as: 'agent', processor: 'x_opcon.OpConJobAjax', method: 'getJob', params: { sysparm_incident: inc.sysId } }))
        const answer = JSON.parse(String(result))
        expect(answer.ok).toBe(true)
        const onActions = queries.filter((q: QueryLogEntry) => q.table === 'x_opcon_action')
        expect(onActions).toHaveLength(1)
        expect(onActions[0].limit).not.toBeNull()
        expect(onActions[0].limit!).toBeLessThanOrEqual(50)
        expect(onActions[0].rows).toBe(50)
        expect(answer.view.history.map((entry: { sysId: string }) => entry.sysId)).toEqual(ids.slice(-50).reverse())
        for (const id of ids) c.instance.store.delete('x_opcon_action', id)
    })

    test('rows created in the same second come newest first where the database returns them as inserted (assumed: the platform documents no order)', async () => {
        const c = connector()
        const inc = await openOpConIncident(c)
        const ids = ['markUnderReview', 'markFixed', 'restart'].map((action) => actionRow(c, { incident: inc.sysId, action }, 0))
        const answer = JSON.parse(String(c.instance.ajax({ as: 'agent', processor: 'x_opcon.OpConJobAjax', method: 'getJob', params: { sysparm_incident: inc.sysId } })))
        expect(answer.view.history.map((entry: { sysId: string }) => entry.sysId)).toEqual([...ids].reverse())
    })
})

describe('agents read action rows and job links only of incidents they may read', () => {
    // The customer's own incident read ACLs, as a base instance has them: itil reads every
    // incident; anyone reads an incident they are the caller of. (The bench installs none.)
    const installed: string[] = []
    let mine: Awaited<ReturnType<typeof openOpConIncident>>
    let theirs: Awaited<ReturnType<typeof openOpConIncident>>

    function customerAcl(fields: Record<string, string>, role?: string): void {
        const c = connector()
        const sysId = c.instance.store.newSysId()
        c.instance.store.put('sys_security_acl', { sys_id: sysId, type: 'record', name: 'incident', operation: 'read', active: 'true', admin_overrides: 'true', ...fields })
        installed.push(sysId)
        if (!role) return
        const roleId = c.instance.query('sys_user_role', `name=${role}`)[0].sys_id
        const link = c.instance.store.newSysId()
        c.instance.store.put('sys_security_acl_role', { sys_id: link, sys_security_acl: sysId, sys_user_role: roleId })
        installed.push(link)
    }

    beforeAll(async () => {
        const c = connector()
        c.instance.createUser({ userName: 'uma', name: 'Uma User', roles: ['x_opcon.user'] })
        mine = await openOpConIncident(c)
        theirs = await openOpConIncident(c)
        c.instance.update('incident', mine.sysId, { caller_id: c.instance.userSession('uma').sysId })
        setState(c, mine, 2)
        setState(c, theirs, 2)
        customerAcl({}, 'itil')
        customerAcl({ advanced: 'true', script: 'answer = current.caller_id == gs.getUserID();' })
    })

    afterAll(() => {
        const c = connector()
        for (const id of installed) {
            c.instance.store.delete('sys_security_acl', id)
            c.instance.store.delete('sys_security_acl_role', id)
        }
    })

    const links = (inc: { sysId: string }) => connector().instance.query('x_opcon_binding', `incident=${inc.sysId}`)
    const secureIncidents = (table: string, as: string): string[] => String(connector().instance.runScript(
        `var gr = new GlideRecordSecure('${table}'); gr.addQuery('incident', 'IN', '${mine.sysId},${theirs.sysId}'); gr.query(); var out = []; while (gr.next()) out.push(gr.getValue('incident')); out.join(',')`,
        { as })).split(',').filter(Boolean)

    test('an agent without read access to an incident sees none of its action rows or links: form, list query, dialog', () => {
        const c = connector()
        const [theirAction] = actionsOf(c, theirs)
        const [theirLink] = links(theirs)
        expect(() => c.instance.readAsUser('incident', theirs.sysId, 'uma')).toThrow(AccessDenied)
        expect(() => c.instance.readAsUser('x_opcon_action', theirAction.sys_id, 'uma')).toThrow(AccessDenied)
        expect(() => c.instance.readAsUser('x_opcon_binding', theirLink.sys_id, 'uma')).toThrow(AccessDenied)
        expect(secureIncidents('x_opcon_action', 'uma')).toEqual([mine.sysId])
        expect(secureIncidents('x_opcon_binding', 'uma')).toEqual([mine.sysId])
        const answer = JSON.parse(String(c.instance.ajax({ as: 'uma', processor: 'x_opcon.OpConJobAjax', method: 'getJob', params: { sysparm_incident: theirs.sysId } })))
        expect(answer).toMatchObject({ ok: false, error: { code: 'incident_not_found' } })
        expect(JSON.stringify(answer)).not.toContain(theirAction.sys_id)
    })

    test('the incidents they may read still show theirs', () => {
        const c = connector()
        const [myAction] = actionsOf(c, mine)
        const [myLink] = links(mine)
        expect(c.instance.readAsUser('x_opcon_action', myAction.sys_id, 'uma')).toMatchObject({ action: 'markUnderReview', state: 'succeeded', incident: mine.sysId })
        expect(c.instance.readAsUser('x_opcon_binding', myLink.sys_id, 'uma')).toMatchObject({ daily_job_id: mine.jobId })
        const answer = JSON.parse(String(c.instance.ajax({ as: 'uma', processor: 'x_opcon.OpConJobAjax', method: 'getJob', params: { sysparm_incident: mine.sysId } })))
        expect(answer.view.history.map((entry: { sysId: string }) => entry.sysId)).toEqual([myAction.sys_id])
        // itil reads every incident, so every row; the platform admin passes by admin override.
        expect(secureIncidents('x_opcon_action', 'agent').sort()).toEqual([mine.sysId, theirs.sysId].sort())
        expect(secureIncidents('x_opcon_binding', 'sysadmin').sort()).toEqual([mine.sysId, theirs.sysId].sort())
    })

    test('an OpCon Connector admin is held to the same incident ACLs (need to know); an x_opcon.user role alone shows nothing of an incident', () => {
        const c = connector()
        // opcon.admin holds x_opcon.admin (which contains x_opcon.user), not itil, and called neither incident.
        expect(secureIncidents('x_opcon_action', 'opcon.admin')).toEqual([])
        expect(secureIncidents('x_opcon_binding', 'opcon.admin')).toEqual([])
        expect(() => c.instance.readAsUser('x_opcon_action', actionsOf(c, mine)[0].sys_id, 'opcon.admin')).toThrow(AccessDenied)
    })
})
