import '@servicenow/sdk/global'
import { List, default_view } from '@servicenow/sdk/core'

// The registered servers, by name (the platform's default for a table with a
// Name field: "Controlling the sort sequence used to display lists").
List({
    table: 'x_opcon_server',
    view: default_view,
    columns: ['name', 'address', 'active', 'collect_failures', 'incident_template', 'sys_updated_on'],
})
// Below a template: the servers that fall back to it.
List({
    table: 'x_opcon_server',
    view: default_view,
    parent: 'x_opcon_template',
    columns: ['name', 'address', 'active', 'collect_failures'],
})
