import '@servicenow/sdk/global'
import { List, UserPreference, default_view } from '@servicenow/sdk/core'

// What an admin scans in the Failed Jobs list: which job of which run, where
// the connector stands, what it did and to which incident, and when.
List({
    table: 'x_opcon_failure',
    view: default_view,
    columns: ['job_name', 'schedule_name', 'schedule_date', 'state', 'outcome', 'incident', 'server', 'sys_updated_on'],
})
List({
    table: 'x_opcon_failure',
    view: default_view,
    parent: 'incident',
    columns: ['job_name', 'schedule_date', 'state', 'outcome', 'note', 'sys_updated_on'],
})
List({
    table: 'x_opcon_failure',
    view: default_view,
    parent: 'x_opcon_server',
    columns: ['job_name', 'schedule_name', 'schedule_date', 'state', 'outcome', 'incident', 'sys_updated_on'],
})

// Newest first by default ("Controlling the sort sequence used to display lists", ServiceNow docs).
UserPreference({
    $id: Now.ID['list_order_failure'],
    name: 'x_opcon_failure.db.order',
    type: 'string',
    value: 'sys_created_on',
    system: true,
    description: 'OpCon failed jobs: newest first by default.',
})
UserPreference({
    $id: Now.ID['list_order_direction_failure'],
    name: 'x_opcon_failure.db.order.direction',
    type: 'string',
    value: 'DESC',
    system: true,
    description: 'OpCon failed jobs: newest first by default.',
})
