import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { opconAdmin } from '../roles/roles.now'

// Where the server's endpoint and token are kept: Connections & Credentials
// (src/server/admin/alias-link.ts).
UiAction({
    $id: Now.ID['ua_open_alias'],
    table: 'x_opcon_server',
    name: 'Connection & credential',
    actionName: 'x_opcon_open_alias',
    hint: 'Opens this server\'s Connection & Credential alias (or the OpCon alias, to create one) in Connections & Credentials',
    roles: [opconAdmin],
    showUpdate: true,
    showInsert: false,
    form: { showButton: true },
    script: "action.setRedirectURL(require('x_opcon/opcon-connector/1.0.0/src/server/admin/alias-link.ts').aliasPage(current));",
})
