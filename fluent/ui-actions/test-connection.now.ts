import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { opconAdmin } from '../roles/roles.now'

UiAction({
    $id: Now.ID['ua_test_connection'],
    table: 'x_opcon_server',
    name: 'Test connection',
    actionName: 'x_opcon_test_connection',
    hint: 'Reads the OpCon API version, then makes one authenticated read with this server\'s token',
    roles: [opconAdmin],
    showUpdate: true,
    showInsert: false,
    form: { showButton: true },
    condition: '!current.isNewRecord()',
    script: "require('x_opcon/opcon-connector/1.0.0/src/server/admin/connection-test.ts').showConnectionTest(current);\naction.setRedirectURL(current);",
})
