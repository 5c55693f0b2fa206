import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { onTicketAccepted, onTicketCanceled, onTicketRelease, onTicketResolved } from '../../src/server/sync/ticket-rules.ts'

// After rules: the save is done, the rule only records the request (no HTTP).
// Resolved and Release are alternatives chosen by x_opcon.resolve_action, so
// admins switch behaviour without editing (and customising) either rule.
BusinessRule({
    $id: Now.ID['br_ticket_accepted'],
    name: 'OpConTicketAccepted',
    table: 'incident',
    when: 'after',
    order: 1000,
    action: ['update'],
    filterCondition: 'stateCHANGESTO2^EQ',
    script: onTicketAccepted,
    description: 'OpCon incident moved to In Progress: queue markUnderReview for its OpCon job.',
})

BusinessRule({
    $id: Now.ID['br_ticket_resolved'],
    name: 'OpConTicketResolved',
    table: 'incident',
    when: 'after',
    order: 1000,
    action: ['update'],
    filterCondition: 'stateCHANGESTO6^EQ',
    condition: "String(gs.getProperty('x_opcon.resolve_action', 'markFixed')).trim() != 'restart'",
    script: onTicketResolved,
    description: 'OpCon incident resolved and x_opcon.resolve_action is markFixed: queue markFixed for its OpCon job.',
})

BusinessRule({
    $id: Now.ID['br_ticket_release'],
    name: 'OpConTicketRelease',
    table: 'incident',
    when: 'after',
    order: 1000,
    action: ['update'],
    filterCondition: 'stateCHANGESTO6^EQ',
    condition: "String(gs.getProperty('x_opcon.resolve_action', 'markFixed')).trim() == 'restart'",
    script: onTicketRelease,
    description: 'OpCon incident resolved and x_opcon.resolve_action is restart: queue restart for its OpCon job.',
})

BusinessRule({
    $id: Now.ID['br_ticket_canceled'],
    name: 'OpConTicketCanceled',
    table: 'incident',
    when: 'after',
    order: 1000,
    action: ['update'],
    filterCondition: 'stateCHANGESTO8^EQ',
    script: onTicketCanceled,
    description: 'OpCon incident canceled: queue cancel for its OpCon job.',
})
