import '@servicenow/sdk/global'
import { List, UserPreference, default_view } from '@servicenow/sdk/core'

// What an admin scans in the Job Links list: which incident controls which
// job, whether the link is in force, who linked it, and when.
List({
    table: 'x_opcon_binding',
    view: default_view,
    columns: ['incident', 'job_name', 'state', 'active', 'how', 'server', 'sys_updated_on'],
})
List({
    table: 'x_opcon_binding',
    view: default_view,
    parent: 'incident',
    columns: ['job_name', 'address', 'state', 'active', 'how', 'sys_updated_on'],
})

// Newest first by default ("Controlling the sort sequence used to display lists", ServiceNow docs).
UserPreference({
    $id: Now.ID['list_order_binding'],
    name: 'x_opcon_binding.db.order',
    type: 'string',
    value: 'sys_created_on',
    system: true,
    description: 'OpCon job links: newest first by default.',
})
UserPreference({
    $id: Now.ID['list_order_direction_binding'],
    name: 'x_opcon_binding.db.order.direction',
    type: 'string',
    value: 'DESC',
    system: true,
    description: 'OpCon job links: newest first by default.',
})
