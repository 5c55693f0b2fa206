import '@servicenow/sdk/global'
import { Acl, BusinessRule, CrossScopePrivilege, Record } from '@servicenow/sdk/core'
import { opconAdmin } from '../roles/roles.now'
import { validateTemplate } from '../../src/server/templates/template-rules.ts'
import { showTemplateNotice } from '../../src/server/admin/server-form-notice.ts'

// Templates decide who is named caller and which group is paged: x_opcon.admin
// only, nobody else (not even agents reading).
Acl({ $id: Now.ID['acl_template_read'], type: 'record', table: 'x_opcon_template', operation: 'read', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_template_write'], type: 'record', table: 'x_opcon_template', operation: 'write', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_template_create'], type: 'record', table: 'x_opcon_template', operation: 'create', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_template_delete'], type: 'record', table: 'x_opcon_template', operation: 'delete', roles: [opconAdmin] })

// The server's new fields, as the rest of the server row: x_opcon.admin. Written
// as field ACLs so that a later change to the table's ACLs cannot open them by accident.
Acl({ $id: Now.ID['acl_server_collect_failures_read'], type: 'record', table: 'x_opcon_server', field: 'collect_failures', operation: 'read', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_server_collect_failures_write'], type: 'record', table: 'x_opcon_server', field: 'collect_failures', operation: 'write', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_server_incident_template_read'], type: 'record', table: 'x_opcon_server', field: 'incident_template', operation: 'read', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_server_incident_template_write'], type: 'record', table: 'x_opcon_server', field: 'incident_template', operation: 'write', roles: [opconAdmin] })

BusinessRule({
    $id: Now.ID['br_template_validation'],
    name: 'Validate OpCon incident template',
    table: 'x_opcon_template',
    when: 'before',
    order: 100,
    action: ['insert', 'update'],
    script: validateTemplate,
    description: 'Refuses a template whose caller, assignment groups or business-hours schedule do not exist or are inactive, or whose patterns have an unknown placeholder, unpaired braces or unsupported name-pattern syntax.',
})

// The rule checks that the caller, groups and schedule a template names exist
// and are active ("Cross-scope privilege record": reads of global tables).
CrossScopePrivilege({ $id: Now.ID['csp_template_group_read'], status: 'allowed', operation: 'read', targetName: 'sys_user_group', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_template_schedule_read'], status: 'allowed', operation: 'read', targetName: 'cmn_schedule', targetScope: 'global', targetType: 'sys_db_object' })

// Used when no template matches a failed job and its server names none. First
// install only: an admin's edits to it survive upgrades. Same values as
// BUILT_IN_DEFAULT in src/server/templates/incident-template.ts.
Record({
    $id: Now.ID['template_default'],
    $meta: { installMethod: 'first install' },
    table: 'x_opcon_template',
    data: {
        name: 'Default',
        active: true,
        order: 1000,
        // Impact 2 and urgency 2: priority 3 - Moderate under the base Priority Lookup Rules
        // (docs "Define priority lookup rules"): a failed production job is worked today, not someday.
        impact: '2',
        urgency: '2',
        attach_job_log: true,
        short_description: 'OpCon job {job} failed in schedule {schedule} on {date}',
        description: '',
    },
})

// Until an admin sets a caller and a group, the server form says that its incidents reach no one
// (a display rule: "Business rules", When "display", runs as the form loads; its form message shows there).
BusinessRule({
    $id: Now.ID['br_server_template_notice'],
    name: 'OpCon server: say when its incidents reach no one',
    table: 'x_opcon_server',
    when: 'display',
    order: 100,
    script: showTemplateNotice,
    description: 'On the OpCon server form: a message when the template its failed jobs fall back to (its own, else the Default) has no caller or no assignment group.',
})
