import '@servicenow/sdk/global'
import { Form, Record, default_view } from '@servicenow/sdk/core'

// A template's form: who gets the incident and how urgent it is come first
// (an unassigned P4 is what an unset template gives), then which jobs it is
// for, the incident's words, and the after-hours variant.
Form({
    table: 'x_opcon_template',
    view: default_view,
    sections: [
        {
            caption: 'Incident template',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'name', type: 'table_field' },
                        { field: 'caller', type: 'table_field' },
                        { field: 'assignment_group', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'active', type: 'table_field' },
                        { field: 'impact', type: 'table_field' },
                        { field: 'urgency', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Which jobs',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'server', type: 'table_field' },
                        { field: 'order', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'schedule_pattern', type: 'table_field' },
                        { field: 'job_pattern', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Incident text',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'category', type: 'table_field' },
                        { field: 'subcategory', type: 'table_field' },
                    ],
                    rightElements: [{ field: 'attach_job_log', type: 'table_field' }],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'short_description', type: 'table_field' },
                        { field: 'description', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'After hours',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'after_hours_schedule', type: 'table_field' },
                        { field: 'after_hours_group', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'after_hours_impact', type: 'table_field' },
                        { field: 'after_hours_urgency', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

// The servers that fall back to this template, below the form.
const templateLists = Record({
    $id: Now.ID['related_lists_template'],
    table: 'sys_ui_related_list',
    data: { name: 'x_opcon_template', view: 'Default view' },
})
Record({
    $id: Now.ID['related_list_template_servers'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: templateLists, related_list: 'x_opcon_server.incident_template', position: 0 },
})
