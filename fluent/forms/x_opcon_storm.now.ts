import '@servicenow/sdk/global'
import { Form, default_view } from '@servicenow/sdk/core'

// An outage as an admin reads it: what the failures share, on which server,
// its parent incident and how many children; then its window and what
// happened when the parent was resolved or canceled; the claim under Diagnostics.
Form({
    table: 'x_opcon_storm',
    view: default_view,
    sections: [
        {
            caption: 'Outage',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'key_kind', type: 'table_field' },
                        { field: 'key_value', type: 'table_field' },
                        { field: 'server', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'parent_incident', type: 'table_field' },
                        { field: 'failure_count', type: 'table_field' },
                        { field: 'window_start', type: 'table_field' },
                        { field: 'window_end', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'schedules', type: 'table_field' }] },
            ],
        },
        {
            caption: 'Parent resolved or canceled',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'settled_on', type: 'table_field' },
                        { field: 'settled_by', type: 'table_field' },
                    ],
                    rightElements: [{ field: 'progress_noted', type: 'table_field' }],
                },
            ],
        },
        {
            caption: 'Diagnostics',
            content: [{ layout: 'one-column', elements: [
                { field: 'actions_open', type: 'table_field' }, { field: 'words_count', type: 'table_field' }, { field: 'words_final', type: 'table_field' },
                { field: 'claim', type: 'table_field' },
            ]  }],
        },
    ],
})
