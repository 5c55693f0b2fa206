import '@servicenow/sdk/global'
import { CrossScopePrivilege, UiAction } from '@servicenow/sdk/core'
import { opconAdmin } from '../roles/roles.now'

UiAction({
    $id: Now.ID['ua_test_connection'],
    table: 'x_opcon_server',
    name: 'Test connection',
    actionName: 'x_opcon_test_connection',
    hint: 'Checks the whole setup and lists each check with what to fix: OpCon reachable, the token, its permissions, the collector, templates, Flow actions, the push account. Sends OpCon reads only',
    roles: [opconAdmin],
    showUpdate: true,
    showInsert: false,
    form: { showButton: true },
    condition: '!current.isNewRecord()',
    script: "require('x_opcon/opcon-connector/1.0.0/src/server/admin/connection-test.ts').showConnectionTest(current);\naction.setRedirectURL(current);",
})

// What the checklist reads outside x_opcon (src/server/admin/connection-test.ts), read only: the
// collector's scheduled job (is it active?), the app's Flow actions (are they published?), and who
// holds x_opcon.failure_reporter (the role's row, its grants). A published app reads another
// scope's table only with such a record ("Cross-scope privilege record", ServiceNow docs).
CrossScopePrivilege({ $id: Now.ID['csp_scheduled_job_read'], status: 'allowed', operation: 'read', targetName: 'sysauto_script', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_role_read'], status: 'allowed', operation: 'read', targetName: 'sys_user_role', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_user_role_read'], status: 'allowed', operation: 'read', targetName: 'sys_user_has_role', targetScope: 'global', targetType: 'sys_db_object' })
