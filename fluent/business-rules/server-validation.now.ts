import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { validateServer } from '../../src/server/admin/server-form.ts'
import { onServerActiveChanged, onServerDeleted } from '../../src/server/admin/server-lifecycle.ts'

BusinessRule({
    $id: Now.ID['br_server_validation'],
    name: 'Validate OpCon server',
    table: 'x_opcon_server',
    when: 'before',
    order: 100,
    action: ['insert', 'update'],
    script: validateServer,
    description: 'Refuses a server record with a malformed address or base URL, plain http without "Allow plain http", an API token that is not visible ASCII, or a save that moves the stored token (Base URL origin, Allow plain http) without entering it again.',
})

// A deactivated server's waiting actions are held, and go on when it is active again;
// deleting a server fails its unfinished actions with words (src/server/admin/server-lifecycle.ts).
BusinessRule({
    $id: Now.ID['br_server_active_changed'],
    name: 'OpCon server activated or deactivated',
    table: 'x_opcon_server',
    when: 'after',
    order: 200,
    action: ['update'],
    filterCondition: 'activeVALCHANGES^EQ',
    script: onServerActiveChanged,
    description: 'Holds the waiting job actions of a deactivated server; resumes them when it is activated again.',
})

BusinessRule({
    $id: Now.ID['br_server_deleted'],
    name: 'OpCon server deleted',
    table: 'x_opcon_server',
    when: 'before',
    order: 200,
    action: ['delete'],
    script: onServerDeleted,
    description: 'Fails the unfinished job actions of a deleted server, each saying whether OpCon may have applied it and what to do.',
})
