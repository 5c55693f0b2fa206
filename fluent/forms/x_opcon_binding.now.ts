import '@servicenow/sdk/global'
import { Form, default_view } from '@servicenow/sdk/core'

// A job link: an admin linking by hand types the incident, the OpCon address
// and the daily job id (all three mandatory) and why; the connector fills the
// rest. Its checks of the job with OpCon come last, under Diagnostics.
Form({
    table: 'x_opcon_binding',
    view: default_view,
    sections: [
        {
            caption: 'Job link',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'incident', type: 'table_field' },
                        { field: 'address', type: 'table_field' },
                        { field: 'daily_job_id', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'active', type: 'table_field' },
                        { field: 'state', type: 'table_field' },
                        { field: 'job_name', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'note', type: 'table_field' }] },
            ],
        },
        {
            caption: 'How it was linked',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'how', type: 'table_field' },
                        { field: 'bound_by', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'server', type: 'table_field' },
                        { field: 'replaced_on', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'check_note', type: 'table_field' }] },
            ],
        },
        {
            caption: 'Diagnostics',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [{ field: 'attempts', type: 'table_field' }],
                    rightElements: [{ field: 'next_check', type: 'table_field' }],
                },
            ],
        },
    ],
})
