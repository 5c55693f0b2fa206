import '@servicenow/sdk/global'
import { Form, default_view } from '@servicenow/sdk/core'

// A job action as an admin reads it: what was asked of which job, where it
// stands and what OpCon said; then the delivery's facts; the connector's own
// bookkeeping (claims, the resend check) last, under Diagnostics.
Form({
    table: 'x_opcon_action',
    view: default_view,
    sections: [
        {
            caption: 'Job action',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'job_name', type: 'table_field' },
                        { field: 'action', type: 'table_field' },
                        { field: 'incident', type: 'table_field' },
                        { field: 'server', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'state', type: 'table_field' },
                        { field: 'requested_by', type: 'table_field' },
                        { field: 'source', type: 'table_field' },
                        { field: 'completed_on', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'message', type: 'table_field' }] },
            ],
        },
        {
            caption: 'Delivery',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'attempts', type: 'table_field' },
                        { field: 'next_attempt', type: 'table_field' },
                        { field: 'sent_on', type: 'table_field' },
                        { field: 'http_status', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'kind', type: 'table_field' },
                        { field: 'job_action_id', type: 'table_field' },
                        { field: 'opcon_id', type: 'table_field' },
                        { field: 'address', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'daily_job_id', type: 'table_field' },
                        { field: 'target', type: 'table_field' },
                        { field: 'reason', type: 'table_field' },
                        { field: 'flow_name', type: 'table_field' },
                        { field: 'caller_scope', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Diagnostics',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'reconcile', type: 'table_field' },
                        { field: 'job_before', type: 'table_field' },
                        { field: 'held_from', type: 'table_field' },
                        { field: 'polls', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'claim', type: 'table_field' },
                        { field: 'stale_after', type: 'table_field' },
                        { field: 'noted', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})
