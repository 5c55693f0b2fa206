import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { validateServer } from '../../src/server/server-form.ts'

BusinessRule({
    $id: Now.ID['br_server_validation'],
    name: 'Validate OpCon server',
    table: 'x_opcon_server',
    when: 'before',
    order: 100,
    action: ['insert', 'update'],
    script: validateServer,
    description: 'Refuses a server record with a malformed address or base URL, plain http without "Allow plain http", an API token that is not visible ASCII, or a save that moves the stored token (Base URL origin, Allow plain http, MID server) without entering it again.',
})
