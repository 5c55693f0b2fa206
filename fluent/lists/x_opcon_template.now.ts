import '@servicenow/sdk/global'
import { List, default_view } from '@servicenow/sdk/core'

// Templates in the order they are tried (the Order field is the platform's
// default sort: "Controlling the sort sequence used to display lists"), with
// what each matches and whom its incidents go to.
List({
    table: 'x_opcon_template',
    view: default_view,
    columns: ['order', 'name', 'active', 'server', 'schedule_pattern', 'job_pattern', 'assignment_group', 'impact', 'urgency', 'sys_updated_on'],
})
