import '@servicenow/sdk/global'
import { Form, Record, default_view } from '@servicenow/sdk/core'

// The server form an admin fills in: what identifies the server and what it
// does first, then how the instance reaches it: the Connection & Credential
// alias that holds the endpoint and the token (Connections & Credentials).
Form({
    table: 'x_opcon_server',
    view: default_view,
    sections: [
        {
            caption: 'OpCon server',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'name', type: 'table_field' },
                        { field: 'address', type: 'table_field' },
                        { field: 'base_url', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'active', type: 'table_field' },
                        { field: 'collect_failures', type: 'table_field' },
                        { field: 'incident_template', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'description', type: 'table_field' }] },
            ],
        },
        {
            caption: 'Connection',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'connection_alias', type: 'table_field' },
                        { field: 'allow_http', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            // Written by the collector (src/server/overview/collector-run.ts, src/server/failures/collector.ts); the Overview shows them too.
            caption: 'Last collector run',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'collected_on', type: 'table_field' },
                        { field: 'collect_ms', type: 'table_field' },
                        { field: 'collect_ok_on', type: 'table_field' },
                        { field: 'failures_listed', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'collect_found', type: 'table_field' },
                        { field: 'collect_error', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            // The collector's and delivery's bookkeeping, written by them alone (src/server/failures/collector.ts,
            // src/server/sync/server-pace-slots.ts).
            caption: 'Diagnostics',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'failures_resume', type: 'table_field' },
                        { field: 'push_refused_logged', type: 'table_field' },
                        { field: 'push_refused_unlogged', type: 'table_field' },
                        { field: 'push_refused_day', type: 'table_field' },
                        { field: 'push_refused_today', type: 'table_field' },
                        { field: 'pace', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

// The server's job actions and failed jobs, below the form. The table is the
// app's own, so this record is the whole related-list layout of its form.
const serverLists = Record({
    $id: Now.ID['related_lists_server'],
    table: 'sys_ui_related_list',
    data: { name: 'x_opcon_server', view: 'Default view' },
})
Record({
    $id: Now.ID['related_list_server_actions'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: serverLists, related_list: 'x_opcon_action.server', position: 0 },
})
Record({
    $id: Now.ID['related_list_server_failures'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: serverLists, related_list: 'x_opcon_failure.server', position: 1 },
})
