import '@servicenow/sdk/global'
import { Acl, ScriptInclude, UiPage } from '@servicenow/sdk/core'
import { opconAdmin } from '../../roles/roles.now'

// The Overview an admin opens first: per registered server, whether OpCon
// answers, the collector's last run, today's failed jobs, waiting and failed
// job actions and the delivery time, each figure linking to its list. The page
// is static; its figures come through the client-callable OpConOverviewAjax,
// which checks x_opcon.admin itself and reads src/server/overview/.
UiPage({
    $id: Now.ID['page_overview'],
    endpoint: 'x_opcon_overview.do',
    category: 'general',
    description: 'OpCon Connector overview: per server, whether OpCon answers, the collector, failed jobs today, job actions waiting or failed, and delivery time, each linking to its list.',
    html: Now.include('./overview.html'),
    clientScript: Now.include('./overview.client.js'),
})

ScriptInclude({
    $id: Now.ID['si_overview_ajax'],
    name: 'OpConOverviewAjax',
    apiName: 'x_opcon.OpConOverviewAjax',
    description: 'GlideAjax bridge for the OpCon Connector overview: getOverview. Checks x_opcon.admin itself; takes no parameter.',
    clientCallable: true,
    // A UI page's GlideAjax is sent with sysparm_scope=global (sdk-notes), as for the job dialog's bridge.
    accessibleFrom: 'public',
    script: Now.include('./OpConOverviewAjax.server.js'),
})

Acl({ $id: Now.ID['acl_overview_page'], type: 'ui_page', name: 'x_opcon_overview', operation: 'read', roles: [opconAdmin] })
// Both names: which one the platform checks for a client-callable include is undocumented (sdk-notes).
Acl({ $id: Now.ID['acl_overview_ajax_execute'], type: 'client_callable_script_include', name: 'x_opcon.OpConOverviewAjax', operation: 'execute', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_overview_ajax_execute_bare'], type: 'client_callable_script_include', name: 'OpConOverviewAjax', operation: 'execute', roles: [opconAdmin] })

// The Overview warns when SMA's old OpConAPI update set is still active: it reads, by name, the
// global business rules on incident that set installs (src/server/overview/coexistence.ts), through
// the sys_script read privilege in fluent/privileges/cross-scope.now.ts (shared with Instance Scan).
