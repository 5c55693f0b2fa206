import '@servicenow/sdk/global'
import { Acl, ScriptInclude, UiPage } from '@servicenow/sdk/core'
import { opconAdmin } from '../../roles/roles.now'

// The template Preview dialog: a UI page opened in a GlideModal from the
// template form's Preview button. The admin types a daily job id and picks a
// server; everything shown comes through the client-callable
// OpConTemplatePreviewAjax, which checks x_opcon.admin itself and reaches
// src/server/templates/preview-action.ts. Reads only.
UiPage({
    $id: Now.ID['page_template_preview'],
    endpoint: 'x_opcon_template_preview.do',
    category: 'general',
    description: 'OpCon incident template Preview: the incident the template would open for the failure of a daily job read from OpCon, or of a sample job.',
    html: Now.include('./template_preview.html'),
    clientScript: Now.include('./template_preview.client.js'),
})

ScriptInclude({
    $id: Now.ID['si_template_preview_ajax'],
    name: 'OpConTemplatePreviewAjax',
    apiName: 'x_opcon.OpConTemplatePreviewAjax',
    description: 'GlideAjax bridge for the template Preview dialog: getChoices, getPreview. Checks x_opcon.admin itself; takes a template and server sys_id and a daily job id, each capped.',
    clientCallable: true,
    // A UI page's GlideAjax is sent with sysparm_scope=global (sdk-notes), as for the job dialog's bridge.
    accessibleFrom: 'public',
    script: Now.include('./OpConTemplatePreviewAjax.server.js'),
})

Acl({ $id: Now.ID['acl_template_preview_page'], type: 'ui_page', name: 'x_opcon_template_preview', operation: 'read', roles: [opconAdmin] })
// Both names: which one the platform checks for a client-callable include is undocumented (sdk-notes).
Acl({ $id: Now.ID['acl_template_preview_ajax_execute'], type: 'client_callable_script_include', name: 'x_opcon.OpConTemplatePreviewAjax', operation: 'execute', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_template_preview_ajax_execute_bare'], type: 'client_callable_script_include', name: 'OpConTemplatePreviewAjax', operation: 'execute', roles: [opconAdmin] })
