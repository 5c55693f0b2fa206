import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { opconAdmin } from '../roles/roles.now'

// Shows the incident the template would open for a sample failed run (src/server/templates/preview-action.ts).
// Reads only; templates are x_opcon.admin's, so is their preview.
UiAction({
    $id: Now.ID['ua_template_preview'],
    table: 'x_opcon_template',
    name: 'Preview',
    actionName: 'x_opcon_template_preview',
    hint: 'Shows the incident this template, as saved, would open now for a failed run of a job it matches: short description, priority, caller, group, description. Saves nothing and sends nothing to OpCon',
    roles: [opconAdmin],
    showUpdate: true,
    showInsert: false,
    form: { showButton: true },
    condition: '!current.isNewRecord()',
    script: "require('x_opcon/opcon-connector/1.0.0/src/server/templates/preview-action.ts').showTemplatePreview(current);\naction.setRedirectURL(current);",
})
