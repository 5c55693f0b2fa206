import '@servicenow/sdk/global'
import { List, UserPreference, default_view } from '@servicenow/sdk/core'

// What an admin scans in the Job Actions list: which job, what was asked,
// where it stands, for which incident, the last word, and when.
List({
    table: 'x_opcon_action',
    view: default_view,
    columns: ['job_name', 'action', 'state', 'incident', 'message', 'requested_by', 'sys_updated_on'],
})
// Below an incident: the incident is the form's own.
List({
    table: 'x_opcon_action',
    view: default_view,
    parent: 'incident',
    columns: ['job_name', 'action', 'state', 'message', 'requested_by', 'sys_updated_on'],
})
// Below a server.
List({
    table: 'x_opcon_action',
    view: default_view,
    parent: 'x_opcon_server',
    columns: ['job_name', 'action', 'state', 'incident', 'message', 'sys_updated_on'],
})

// Newest first wherever the list opens without an order of its own: a system
// preference (no user) is every user's default until they sort it themselves
// ("Controlling the sort sequence used to display lists", ServiceNow docs).
UserPreference({
    $id: Now.ID['list_order_action'],
    name: 'x_opcon_action.db.order',
    type: 'string',
    value: 'sys_created_on',
    system: true,
    description: 'OpCon job actions: newest first by default.',
})
UserPreference({
    $id: Now.ID['list_order_direction_action'],
    name: 'x_opcon_action.db.order.direction',
    type: 'string',
    value: 'DESC',
    system: true,
    description: 'OpCon job actions: newest first by default.',
})
