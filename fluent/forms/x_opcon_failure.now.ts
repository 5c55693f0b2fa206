import '@servicenow/sdk/global'
import { Form, default_view } from '@servicenow/sdk/core'

// A failed job as an admin reads it: which job, where the connector stands
// and what it did (the incident, in words); then what OpCon reported, what
// happened to the incident's ticket and log; the run key, claims and the raw
// call log last, under Diagnostics.
Form({
    table: 'x_opcon_failure',
    view: default_view,
    sections: [
        {
            caption: 'Failed job',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'job_name', type: 'table_field' },
                        { field: 'schedule_name', type: 'table_field' },
                        { field: 'schedule_date', type: 'table_field' },
                        { field: 'server', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'state', type: 'table_field' },
                        { field: 'outcome', type: 'table_field' },
                        { field: 'incident', type: 'table_field' },
                        { field: 'first_seen', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'note', type: 'table_field' }] },
            ],
        },
        {
            caption: 'What OpCon reported',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'run_ended', type: 'table_field' },
                        { field: 'job_status', type: 'table_field' },
                        { field: 'termination', type: 'table_field' },
                        { field: 'machine', type: 'table_field' },
                        { field: 'job_number', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'source', type: 'table_field' },
                        { field: 'reported_by', type: 'table_field' },
                        { field: 'address', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'daily_job_id', type: 'table_field' },
                        { field: 'termination_description', type: 'table_field' },
                        { field: 'text', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Incident and OpCon ticket',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'template', type: 'table_field' },
                        { field: 'previous_incident', type: 'table_field' },
                        { field: 'log_file', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'ticket_state', type: 'table_field' },
                        { field: 'documentation_state', type: 'table_field' },
                        { field: 'log_state', type: 'table_field' },
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
                        { field: 'run_key', type: 'table_field' },
                        { field: 'job_uid', type: 'table_field' },
                        { field: 'log_action', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'attempts', type: 'table_field' },
                        { field: 'next_attempt', type: 'table_field' },
                        { field: 'claim', type: 'table_field' },
                        { field: 'claimed_until', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'calls', type: 'table_field' }] },
            ],
        },
    ],
})
