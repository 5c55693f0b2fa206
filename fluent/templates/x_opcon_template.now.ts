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
        order: IntegerColumn({ label: 'Order', default: 100, hint: 'Templates are tried lowest order first; the first that matches the job is used' }),
        server: ReferenceColumn({ label: 'OpCon server', referenceTable: 'x_opcon_server', hint: 'Empty: jobs of any server' }),
        schedule_pattern: StringColumn({ label: 'Schedule name pattern', maxLength: 255, hint: '* matches any text, ? one character, e.g. PAYROLL*; empty: any schedule' }),
        job_pattern: StringColumn({ label: 'Job name pattern', maxLength: 255, hint: '* matches any text, ? one character; empty: any job' }),
        caller: ReferenceColumn({ label: 'Caller', referenceTable: 'sys_user', hint: 'The incident\'s caller, e.g. the OpCon integration user' }),
        assignment_group: ReferenceColumn({ label: 'Assignment group', referenceTable: 'sys_user_group', hint: 'The group that fixes failed jobs; empty: the incident is unassigned' }),
        category: StringColumn({ label: 'Category', maxLength: 40, hint: 'An incident category value, written as typed (e.g. software)' }),
        subcategory: StringColumn({ label: 'Subcategory', maxLength: 40, hint: 'An incident subcategory value, written as typed' }),
        impact: ChoiceColumn({ label: 'Impact', choices: LEVELS, default: '3', dropdown: 'dropdown_without_none' }),
        urgency: ChoiceColumn({ label: 'Urgency', choices: LEVELS, default: '3', dropdown: 'dropdown_without_none' }),
        after_hours_schedule: ReferenceColumn({ label: 'Business hours', referenceTable: 'cmn_schedule', hint: 'Outside this schedule the after-hours impact, urgency and group apply' }),
        after_hours_impact: ChoiceColumn({ label: 'After-hours impact', choices: LEVELS, dropdown: 'dropdown_with_none', hint: 'Empty: the impact above, at any hour' }),
        after_hours_urgency: ChoiceColumn({ label: 'After-hours urgency', choices: LEVELS, dropdown: 'dropdown_with_none', hint: 'Empty: the urgency above, at any hour' }),
        after_hours_group: ReferenceColumn({ label: 'After-hours assignment group', referenceTable: 'sys_user_group', hint: 'Empty: the assignment group above, at any hour' }),
        attach_job_log: BooleanColumn({ label: 'Attach the job log', default: true }),
        short_description: StringColumn({
            label: 'Short description pattern', maxLength: 1000,
            hint: 'Placeholders: {job} {schedule} {date} {failed_at} {server} {address} {daily_job_id} {job_number} {machine} {termination} {termination_description} {previous_incident} {text}',
            default: 'OpCon job {job} failed in schedule {schedule} on {date}',
        }),
        description: StringColumn({ label: 'Description pattern', maxLength: 4000, hint: 'Text above the failure\'s facts, which are always added. Placeholders: {job} {schedule} {date} {failed_at} {server} {address} {daily_job_id} {job_number} {machine} {termination} {termination_description} {previous_incident} {text}' }),
    },
})
