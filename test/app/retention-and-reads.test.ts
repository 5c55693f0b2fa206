// Bounded work and retention (issue 10): final action rows go after
// x_opcon.action_retention_days by the platform's own table cleanup; the
// OpCon Job dialog reads at most the newest 50 action rows of an incident;
// agents read action rows and job links only of incidents they may read.
import { AccessDenied } from '../bench/instance'
import { useConnector } from './support/connector'
import { actionsOf, openOpConIncident, setState } from './support/incidents'

const connector = useConnector()

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
