import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { opconUser } from '../../roles/roles.now'

// "OpCon Job" on the incident form, for OpCon incidents only. The button is a
// convenience: the dialog's AJAX bridge checks the role again on every call.
UiAction({
    $id: Now.ID['ua_open_job_dialog'],
    table: 'incident',
    name: 'OpCon Job',
    actionName: 'x_opcon_open_job_dialog',
    hint: 'Show the OpCon job that opened this incident and act on it',
    active: true,
    showUpdate: true,
    showInsert: false,
    // Linked incidents, and those whose correlation display says OpCon (the dialog then says why
    // nothing can be done until an admin links it). The display is read as the rules read it
    // (src/server/settings/settings.ts): trimmed, blank means the default.
    condition: "String(current.correlation_display).trim() == (String(gs.getProperty('x_opcon.correlation_display', '') || '').trim() || 'SMA_OPCON') || (function () { var link = new GlideRecord('x_opcon_binding'); link.addQuery('incident', current.getUniqueValue()); link.addQuery('active', true); link.setLimit(1); link.query(); return link.hasNext(); })()",
    roles: [opconUser],
    order: 500,
    form: { showButton: true },
    client: { isClient: true, isUi16Compatible: true, onClick: 'x_opconOpenJobDialog()' },
    script: Now.include('./open-job-dialog.client.js'),
    workspace: {
        isConfigurableWorkspace: true,
        showFormButtonV2: true,
        clientScriptV2: Now.include('./open-job-dialog.workspace.client.js'),
    },
})
