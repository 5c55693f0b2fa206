import '@servicenow/sdk/global'
import { Acl, ScriptInclude, UiPage } from '@servicenow/sdk/core'
import { opconUser } from '../../roles/roles.now'

// The OpCon Job dialog: a UI page opened in a GlideModal from the incident
// form (or in g_modal from the Service Operations Workspace). Everything it
// shows comes through the client-callable OpConJobAjax bridge, which checks the
// role itself and reaches the server modules in src/server/dialog/job-dialog.ts.
UiPage({
    $id: Now.ID['page_job_dialog'],
    endpoint: 'x_opcon_job_dialog.do',
    category: 'general',
    description: 'OpCon Job dialog: the live OpCon job behind an incident, its action history, and the actions OpCon allows from its status.',
    html: Now.include('./job_dialog.html'),
    clientScript: Now.include('./job_dialog.client.js'),
})

ScriptInclude({
    $id: Now.ID['si_job_ajax'],
    name: 'OpConJobAjax',
    apiName: 'x_opcon.OpConJobAjax',
    description: 'GlideAjax bridge for the OpCon Job dialog: getJob, performAction, getOutcome. Checks x_opcon.user itself; accepts only an incident sys_id.',
    clientCallable: true,
    // The page's GlideAjax is sent with sysparm_scope=global, from which a package_private include may
    // be "not found" (sdk-notes; the SDK's own GlideAjax example is public). What guards it: the
    // execute ACLs below and its own x_opcon.user check.
    accessibleFrom: 'public',
    script: Now.include('./OpConJobAjax.server.js'),
})

Acl({ $id: Now.ID['acl_job_dialog_page'], type: 'ui_page', name: 'x_opcon_job_dialog', operation: 'read', roles: [opconUser] })
// The execute ACL under both names: which one the platform checks for a client-callable script
// include is undocumented (apps captured from real instances use the bare name).
Acl({ $id: Now.ID['acl_job_ajax_execute'], type: 'client_callable_script_include', name: 'x_opcon.OpConJobAjax', operation: 'execute', roles: [opconUser] })
Acl({ $id: Now.ID['acl_job_ajax_execute_bare'], type: 'client_callable_script_include', name: 'OpConJobAjax', operation: 'execute', roles: [opconUser] })
