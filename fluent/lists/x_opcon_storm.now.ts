import '@servicenow/sdk/global'
import { List, UserPreference, default_view } from '@servicenow/sdk/core'

// What an admin scans in the Outages list: what was shared on which server,
// the parent, how many children, and until when failures join.
List({
    table: 'x_opcon_storm',
    view: default_view,
    columns: ['key_kind', 'key_value', 'server', 'parent_incident', 'failure_count', 'window_end', 'settled_on', 'sys_created_on'],
})
UserPreference({
    $id: Now.ID['list_order_storm'],
    name: 'x_opcon_storm.db.order',
    type: 'string',
    value: 'sys_created_on',
    system: true,
    description: 'OpCon outages: newest first by default.',
})
UserPreference({
    $id: Now.ID['list_order_direction_storm'],
    name: 'x_opcon_storm.db.order.direction',
    type: 'string',
    value: 'DESC',
    system: true,
    description: 'OpCon outages: newest first by default.',
})
