import '@servicenow/sdk/global'
import { Table, StringColumn, BooleanColumn, IntegerColumn, ReferenceColumn, ChoiceColumn } from '@servicenow/sdk/core'

// Incident templates: what an incident opened for a failed OpCon job looks like.
// Chosen per server and by schedule/job name pattern, lower order first
// (src/server/templates/incident-template.ts); the shipped "Default" when none matches.
//
// Category and subcategory are text: a scoped column cannot share incident's
// choice lists through the SDK's ChoiceColumn, and a copy of them would drift
// from the customer's own. The value is written to the incident as typed.
const LEVELS = {
    '1': { label: '1 - High', sequence: 1 },
    '2': { label: '2 - Medium', sequence: 2 },
    '3': { label: '3 - Low', sequence: 3 },
}

export const x_opcon_template = Table({
    name: 'x_opcon_template',
    label: 'OpCon Incident Template',
    display: 'name',
    accessibleFrom: 'package_private',
    actions: [],
    allowWebServiceAccess: false,
    schema: {
        name: StringColumn({ label: 'Name', maxLength: 100, mandatory: true }),
        active: BooleanColumn({ label: 'Active', default: true }),
        order: IntegerColumn({ label: 'Order (lower first)', default: 100 }),
        server: ReferenceColumn({ label: 'OpCon server (empty: any)', referenceTable: 'x_opcon_server' }),
        schedule_pattern: StringColumn({ label: 'Schedule name pattern (* and ?, empty: any)', maxLength: 255 }),
        job_pattern: StringColumn({ label: 'Job name pattern (* and ?, empty: any)', maxLength: 255 }),
        caller: ReferenceColumn({ label: 'Caller', referenceTable: 'sys_user' }),
        assignment_group: ReferenceColumn({ label: 'Assignment group', referenceTable: 'sys_user_group' }),
        category: StringColumn({ label: 'Category', maxLength: 40 }),
        subcategory: StringColumn({ label: 'Subcategory', maxLength: 40 }),
        impact: ChoiceColumn({ label: 'Impact', choices: LEVELS, default: '3', dropdown: 'dropdown_without_none' }),
        urgency: ChoiceColumn({ label: 'Urgency', choices: LEVELS, default: '3', dropdown: 'dropdown_without_none' }),
        after_hours_schedule: ReferenceColumn({ label: 'Business hours (outside them the after-hours values apply)', referenceTable: 'cmn_schedule' }),
        after_hours_impact: ChoiceColumn({ label: 'After-hours impact', choices: LEVELS }),
        after_hours_urgency: ChoiceColumn({ label: 'After-hours urgency', choices: LEVELS }),
        after_hours_group: ReferenceColumn({ label: 'After-hours assignment group', referenceTable: 'sys_user_group' }),
        attach_job_log: BooleanColumn({ label: 'Attach the job log', default: true }),
        short_description: StringColumn({
            label: 'Short description pattern', maxLength: 1000,
            default: 'OpCon job {job} failed in schedule {schedule} on {date}',
        }),
        description: StringColumn({ label: 'Description pattern', maxLength: 4000 }),
    },
})
