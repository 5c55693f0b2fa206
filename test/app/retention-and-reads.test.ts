// Bounded work and retention (issue 10): final action rows go after
// x_opcon.action_retention_days by the platform's own table cleanup; the
// OpCon Job dialog reads at most the newest 50 action rows of an incident;
// agents read action rows and job links only of incidents they may read.
import { formatDateTime } from '../bench/glide-record'
import { AccessDenied } from '../bench/instance'
import type { QueryLogEntry } from '../bench/query-log'
import { useConnector, type Connector } from './support/connector'
import { actionsOf, openOpConIncident, setState } from './support/incidents'

const connector = useConnector()
const DAY = 86_400_000

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
