// The connector as a published install runs it: every operation outside the
// x_opcon scope needs a shipped cross-scope privilege, and nothing of the
// connector (its tables, its token, its private bridge) is reachable from
// another application's scope. See test/bench/scopes.ts for the platform rules.
import type { PackageRecord } from '../bench/records'
import { scopeRefusals, startConnector, TOKEN, type Connector } from './support/connector'
import { actionsOf, openOpConIncident, setState } from './support/incidents'

const privilege = (operation: string, target: string) => (record: PackageRecord) =>
    record.table === 'sys_scope_privilege' && record.fields.operation === operation && record.fields.target_name === target

describe('the package declares what it does outside its scope', () => {
    let c: Connector
    beforeAll(async () => {
        c = await startConnector()
    })
    afterAll(() => c.stop())

    test('it ships an allowed privilege for each cross-scope operation, and nothing broader', () => {
        const shipped = c.instance.pkg.records.filter((record) => record.table === 'sys_scope_privilege' && record.action !== 'DELETE')
            .map((record) => `${record.fields.operation} ${record.fields.target_type} ${record.fields.target_scope}.${record.fields.target_name} ${record.fields.status}`)
            .sort()
        expect(shipped).toEqual([
            // A failed job's new incident, and its job log (fluent/failures/).
            'create sys_db_object global.incident allowed',
            'create sys_db_object global.sys_attachment allowed',
            'create sys_db_object global.sys_choice allowed',
            'create sys_db_object global.sys_ui_related_list_entry allowed',
            // Sync OpCon agents to CMDB (fluent/privileges/cmdb.now.ts).
            // Each server's endpoint and token, from its Connection & Credential alias (fluent/privileges/cross-scope.now.ts).
            'execute scriptable global.ConnectionInfoProvider.getConnectionInfo allowed',
            'execute scriptable global.IdentificationEngine.createOrUpdateCI allowed',
            'execute scriptable global.IdentificationEngine.identifyCI allowed',
            'execute sys_script_include global.AbstractAjaxProcessor allowed',
            // The agent's CI: the classes x_opcon.ci_class may name.
            'read sys_db_object global.cmdb_ci_computer allowed',
            'read sys_db_object global.cmdb_ci_hardware allowed',
            'read sys_db_object global.cmdb_ci_linux_server allowed',
            'read sys_db_object global.cmdb_ci_server allowed',
            'read sys_db_object global.cmdb_ci_win_server allowed',
            // Templates: their business-hours schedule and groups (fluent/templates/).
            'read sys_db_object global.cmn_schedule allowed',
            // The MID server the alias's HTTP connection references: its name, for setMIDServer (fluent/privileges/cross-scope.now.ts).
            'read sys_db_object global.ecc_agent allowed',
            'read sys_db_object global.incident allowed',
            'read sys_db_object global.sys_auto_flush allowed',
            'read sys_db_object global.sys_choice allowed',
            // The ATF suite's Flow test and Test connection check the app's own actions are published;
            // Test connection also reads who holds the push role and whether the collector's job is active.
            'read sys_db_object global.sys_hub_action_type_definition allowed',
            // SMA's old OpConAPI business rules on incident: the Instance Scan check (fluent/scan/) and the Overview look for them.
            'read sys_db_object global.sys_script allowed',
            'read sys_db_object global.sys_ui_related_list allowed',
            'read sys_db_object global.sys_ui_related_list_entry allowed',
            'read sys_db_object global.sys_user allowed',
            'read sys_db_object global.sys_user_group allowed',
            'read sys_db_object global.sys_user_has_role allowed',
            'read sys_db_object global.sys_user_role allowed',
            'read sys_db_object global.sysauto_script allowed',
            'write sys_db_object global.incident allowed',
            'write sys_db_object global.sys_auto_flush allowed',
        ])
    })

    test('no privilege targets a credential store, and the read on basic auth profiles an earlier build shipped is deleted on upgrade', () => {
        // Tables that hold credentials (ServiceNow docs): Basic auth profiles sys_auth_profile_basic and its
        // parent sys_auth_profile ("Create a basic auth profile"), OAuth profiles and application registries
        // oauth_entity* ("OAuth", Application Registries hold client secrets), OAuth tokens oauth_credential
        // ("OAuth Credentials table [oauth_credential]"), Credentials discovery_credentials and its
        // subclasses *_credentials ("Credentials [discovery_credentials] table", StandardCredentialsProvider),
        // Connection & Credential aliases sys_alias and their connections (http_connection, jdbc_connection,
        // sys_connection: "Connection & Credential Aliases [sys_alias]"), and key stores sys_certificate.
        const credentialStore = /^(sys_auth_profile|oauth_entity|oauth_credential|discovery_credentials|sys_alias|sys_connection|http_connection|jdbc_connection|sys_certificate)|_credentials$/
        const privileges = c.instance.pkg.records.filter((record) => record.table === 'sys_scope_privilege')
        const onCredentials = privileges.filter((record) => record.action !== 'DELETE' && credentialStore.test(record.fields.target_name ?? ''))
        expect(onCredentials.map((record) => `${record.fields.operation} ${record.fields.target_name}`)).toEqual([])
        // The pattern does catch the table it must (a pattern that matches nothing would pass anything).
        expect(['sys_auth_profile_basic', 'sys_auth_profile', 'oauth_entity_profile', 'discovery_credentials', 'ssh_private_key_credentials', 'sys_alias']
            .filter((table) => !credentialStore.test(table))).toEqual([])
        expect(['incident', 'sys_user', 'cmn_schedule', 'sys_attachment'].filter((table) => credentialStore.test(table))).toEqual([])
        // fluent/generated/keys.ts keeps csp_atf_basic_auth_profile_read as deleted: the package carries its DELETE.
        expect(privileges.filter((record) => record.action === 'DELETE').map((record) => record.sysId)).toContain('d7c7bef50adf40cf873fbd3367f29547')
    })

    test('a whole loop (rule, delivery, work note, dialog with its history) runs with no refusal', async () => {
        c.instance.createUser({ userName: 'dana', name: 'Dana Agent', roles: ['x_opcon.user'] })
        const inc = await openOpConIncident(c)
        const from = c.instance.logs.length
        setState(c, inc, 2, { as: 'dana' })
        const answer = JSON.parse(String(c.instance.ajax({ as: 'dana', processor: 'x_opcon.OpConJobAjax', method: 'getJob', params: { sysparm_incident: inc.sysId } })))
        expect(answer.ok).toBe(true)
        expect(answer.view.history[0]).toMatchObject({ requestedBy: 'Dana Agent' })
        expect(c.instance.journal('incident', inc.sysId)).toHaveLength(1)
        expect(scopeRefusals(c.instance, from)).toEqual([])
    })
})

describe('without a privilege record, the feature that needs it breaks the way the platform breaks it', () => {
    let c: Connector | undefined
    afterEach(async () => {
        await c?.stop()
        c = undefined
    })

    test('incident write: the outcome is recorded, the work note is refused and the log says so', async () => {
        c = await startConnector({ exclude: privilege('write', 'incident') })
        const inc = await openOpConIncident(c)
        setState(c, inc, 2)
        expect(actionsOf(c, inc)).toMatchObject([{ action: 'markUnderReview', state: 'succeeded' }])
        expect(c.instance.journal('incident', inc.sysId)).toEqual([])
        expect(scopeRefusals(c.instance)).toContain(
            "Security restricted: Write operation on table 'incident' from scope 'x_opcon' was denied. The application 'x_opcon' must declare a cross scope access privilege. " +
            'Please contact the application admin to update their access requests.')
        expect(c.instance.logs.map((entry) => entry.message)).toContainEqual(expect.stringMatching(
            new RegExp(`^\\[OpCon Connector\\] The work note for incident ${inc.sysId} could not be written \\(the instance refused the update`)))
    })

    test('incident read: the dialog cannot open the incident', async () => {
        c = await startConnector({ exclude: privilege('read', 'incident') })
        c.instance.createUser({ userName: 'dana', name: 'Dana Agent', roles: ['x_opcon.user'] })
        const inc = await openOpConIncident(c)
        const answer = JSON.parse(String(c.instance.ajax({ as: 'dana', processor: 'x_opcon.OpConJobAjax', method: 'getJob', params: { sysparm_incident: inc.sysId } })))
        expect(answer).toMatchObject({ ok: false, error: { code: 'incident_not_found' } })
        expect(scopeRefusals(c.instance)[0]).toMatch(/^Security restricted: Read operation on table 'incident' from scope 'x_opcon' was denied/)
    })

    test('sys_user read: the dialog\'s history cannot say who asked', async () => {
        c = await startConnector({ exclude: privilege('read', 'sys_user') })
        c.instance.createUser({ userName: 'dana', name: 'Dana Agent', roles: ['x_opcon.user'] })
        const inc = await openOpConIncident(c)
        setState(c, inc, 2, { as: 'dana' })
        const answer = JSON.parse(String(c.instance.ajax({ as: 'dana', processor: 'x_opcon.OpConJobAjax', method: 'getJob', params: { sysparm_incident: inc.sysId } })))
        expect(answer.view.history[0].requestedBy).toBe('')
        expect(scopeRefusals(c.instance)[0]).toMatch(/^Security restricted: Read operation on table 'sys_user' from scope 'x_opcon' was denied/)
    })

    test('global.AbstractAjaxProcessor: the dialog\'s bridge cannot be built', async () => {
        c = await startConnector({ exclude: privilege('execute', 'AbstractAjaxProcessor') })
        c.instance.createUser({ userName: 'dana', name: 'Dana Agent', roles: ['x_opcon.user'] })
        const inc = await openOpConIncident(c)
        expect(() => c!.instance.ajax({ as: 'dana', processor: 'x_opcon.OpConJobAjax', method: 'getJob', params: { sysparm_incident: inc.sysId } }))
            .toThrow("Security restricted: Execute operation on API 'AbstractAjaxProcessor' from scope 'x_opcon' was denied.")
    })

    async function failedJobCollected(conn: Connector): Promise<string> {
        conn.instance.update('x_opcon_server', conn.serverId, { collect_failures: true }, { as: 'opcon.admin' })
        const id = `${new Date(conn.instance.now()).toISOString().slice(0, 10).replace(/-/g, '')}|42|1|PRIV-JOB`
        await conn.sim.seedJob({ id, status: 'Failed', scheduleName: 'PAYROLL', machine: 'winagent01', output: { 'j.log': 'ERROR' } })
        conn.instance.runScheduledJob('OpCon: collect failed jobs')
        return id
    }

    test('incident create: a failed job opens no incident, leaves no link behind, and its failure row says why', async () => {
        c = await startConnector({ exclude: privilege('create', 'incident') })
        const id = await failedJobCollected(c)
        expect(c.instance.query('incident')).toEqual([])
        expect(c.instance.query('x_opcon_binding')).toEqual([])
        expect(c.instance.query('x_opcon_failure', `daily_job_id=${id}`)).toMatchObject([{ state: 'refused', note: expect.stringContaining('The instance refused to insert the incident') }])
        expect(scopeRefusals(c.instance)[0]).toMatch(/^Security restricted: Create operation on table 'incident' from scope 'x_opcon' was denied/)
    })

    test('sys_attachment create: the incident is opened, the job log is not attached and a work note says so', async () => {
        c = await startConnector({ exclude: privilege('create', 'sys_attachment') })
        const id = await failedJobCollected(c)
        const [link] = c.instance.query('x_opcon_binding', `daily_job_id=${id}`)
        expect(c.instance.attachments('incident', link.incident)).toEqual([])
        expect(c.instance.journal('incident', link.incident).join('\n')).toMatch(/job log is not attached: The instance refused to attach the job log/)
        expect(scopeRefusals(c.instance)[0]).toMatch(/^Security restricted: Create operation on table 'sys_attachment' from scope 'x_opcon' was denied/)
    })

    test('sys_choice create: the install adds no discovery source, says what to add by hand, and leaves the platform\'s sources', async () => {
        c = await startConnector({ exclude: privilege('create', 'sys_choice') })
        expect(c.instance.query('sys_choice', 'name=cmdb_ci^element=discovery_source^ORDERBYvalue').map((row) => row.value)).toEqual(['Manual Entry', 'Other', 'SCCM', 'ServiceNow'])
        expect(c.instance.logs.map((entry) => entry.message)).toContainEqual(expect.stringContaining('could not be added to cmdb_ci.discovery_source'))
        expect(scopeRefusals(c.instance)[0]).toMatch(/^Security restricted: Create operation on table 'sys_choice'/)
    })

    test.each([
        ['create', 'sys_ui_related_list_entry', 'the instance refused to add an entry to the incident form\'s related lists (sys_ui_related_list_entry) from the x_opcon scope ' +
            '(the system log has the platform\'s reason).'],
        ['read', 'sys_ui_related_list', 'its Default view has no related-list layout the connector can read (sys_ui_related_list; if the system log shows a refused read, ' +
            'the platform\'s reason is there).'],
    ])('sys_ui_related_list %s: the install script leaves the form alone and says what to do by hand', async (operation, table, why) => {
        c = await startConnector({ exclude: privilege(operation, table) })
        expect(c.instance.store.rows('sys_ui_related_list').filter((row) => row.name === 'incident')).toHaveLength(1)
        expect(c.instance.relatedLists('incident')).toEqual(['task_sla.task', 'incident_task.incident', 'task_ci.task'])
        expect(c.instance.logs.map((entry) => entry.message)).toContainEqual(
            `[OpCon Connector] The OpCon related lists "OpCon Actions", "OpCon Failed Jobs" and "OpCon Job Links" were not added to the incident form: ${why} ` +
            'Add them by hand: open an incident, right-click the form header, choose Configure > Related Lists, ' +
            'move "OpCon Actions", "OpCon Failed Jobs" and "OpCon Job Links" to Selected and save.')
        expect(scopeRefusals(c.instance)[0]).toMatch(new RegExp(`^Security restricted: ${operation === 'read' ? 'Read' : 'Create'} operation on table '${table}'`))
    })
})

describe('another application\'s scripts reach nothing of the connector but OpConApi', () => {
    let c: Connector
    beforeAll(async () => {
        c = await startConnector()
    })
    afterAll(() => c.stop())
    const asOtherApp = (code: string) => c.instance.runScript(code, { scope: 'x_other' })

    test('another application without its own privilege gets no connection from the alias (assumed: ConnectionInfoProvider needs an execute privilege)', () => {
        const alias = String(c.instance.get('x_opcon_server', c.serverId)!.connection_alias)
        const from = c.instance.logs.length
        expect(asOtherApp(`var i = new sn_cc.ConnectionInfoProvider().getConnectionInfo('${alias}'); i === null ? 'none' : 'got'`)).toBe('none')
        expect(scopeRefusals(c.instance, from)).toEqual([expect.stringMatching(/Execute operation on API 'ConnectionInfoProvider.getConnectionInfo' from scope 'x_other' was denied/)])
        c.instance.logs.splice(from)
    })

    test('no server row and no token, however it asks', () => {
        const from = c.instance.logs.length
        const seen = asOtherApp(`
            var out = [];
            var gr = new GlideRecord('x_opcon_server'); gr.query();
            out.push(gr.next() ? 'row:' + gr.getValue('connection_alias') : 'no row');
            var one = new GlideRecord('x_opcon_server'); out.push(one.get('${c.serverId}') ? 'got' : 'not got');
            var secure = new GlideRecordSecure('x_opcon_server'); secure.query(); out.push(secure.next() ? 'secure row' : 'no secure row');
            out.join('|')`)
        expect(seen).toBe('no row|not got|no secure row')
        expect(JSON.stringify(c.instance.logs)).not.toContain(TOKEN)
        expect(scopeRefusals(c.instance, from)).toEqual(new Array(3).fill(
            "Security restricted: Read operation against 'x_opcon_server' from scope 'x_other' has been refused due to the table's cross-scope access policy"))
    })

    test('no action rows, and none written', async () => {
        const inc = await openOpConIncident(c)
        setState(c, inc, 2)
        const result = asOtherApp(`
            var read = new GlideRecord('x_opcon_action'); read.query();
            var forged = new GlideRecord('x_opcon_action'); forged.initialize(); forged.setValue('action', 'kill');
            [read.next(), forged.insert()].join('|')`)
        expect(result).toBe('false|')
        expect(c.instance.query('x_opcon_action', 'action=kill')).toHaveLength(0)
    })

    test('the dialog\'s bridge (public, for the page\'s global GlideAjax) answers no other app without a privilege it does not have', () => {
        expect(() => asOtherApp(`new x_opcon.OpConJobAjax()`)).toThrow("Security restricted: Execute operation on API 'x_opcon.OpConJobAjax' from scope 'x_other' was denied.")
        expect(() => asOtherApp(`OpConApi`)).toThrow('"OpConApi" is not defined.')
    })

    test('nor are its server modules', () => {
        expect(() => asOtherApp(`require('x_opcon/opcon-connector/1.0.0/src/server/opcon/server-registry.ts')`)).toThrow(/belongs to scope x_opcon/)
    })

    test('OpConApi is, once an admin allows the calling scope, and works in the connector\'s own scope (it reads the server row the caller cannot)', async () => {
        const jobId = '20191220|123|1|SCOPED01'
        await c.sim.seedJob({ id: jobId, status: 'Failed' })
        // Caller access "restriction": an admin allows the scope (test/app/api-security.test.ts shows the refusal before that).
        c.instance.store.put('sys_scope_privilege', {
            sys_id: c.instance.store.newSysId(), source_scope: 'x_other', target_scope: 'x_opcon', target_name: 'OpConApi',
            target_type: 'sys_script_include', operation: 'execute', status: 'allowed',
        })
        const answer = asOtherApp(`JSON.stringify(new x_opcon.OpConApi().getDailyJob('${c.sim.address}', '${jobId}'))`)
        expect(JSON.parse(String(answer))).toMatchObject({ ok: true, data: { jobName: 'SCOPED01' } })
        expect(String(answer)).not.toContain(TOKEN)
    })
})

test('the install script records no customer update (the incident form is not captured into an admin\'s update set)', async () => {
    const c = await startConnector()
    try {
        expect(c.instance.store.rows('sys_ui_related_list_entry').map((row) => row.related_list)).toContain('x_opcon_action.incident')
        expect(c.instance.store.rows('sys_update_xml')).toEqual([])
    } finally {
        await c.stop()
    }
})
