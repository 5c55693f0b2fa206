import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { opconAdmin } from '../../roles/roles.now'

// "Preview" on the incident template form: opens the Preview dialog
// (template-preview.now.ts), where the admin names a daily job and a server and
// sees the incident the template would open for its failure. The button is a
// convenience: the dialog's page and bridge check x_opcon.admin again.
UiAction({
    $id: Now.ID['ua_template_preview'],
    table: 'x_opcon_template',
    name: 'Preview',
    actionName: 'x_opcon_template_preview',
    hint: 'Shows the incident this template, as saved, would open now for the failure of a daily job you name (read from OpCon), or of a sample job: short description, caller, group, priority, CI, description. Saves nothing; OpCon is only read',
    roles: [opconAdmin],
    showUpdate: true,
    showInsert: false,
    form: { showButton: true },
    condition: '!current.isNewRecord()',
    client: { isClient: true, isUi16Compatible: true, onClick: 'x_opconOpenTemplatePreview()' },
    script: Now.include('./open-template-preview.client.js'),
})
