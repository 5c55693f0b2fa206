import '@servicenow/sdk/global'
import { Table, StringColumn, ChoiceColumn, ReferenceColumn, DateTimeColumn, BooleanColumn, IntegerColumn } from '@servicenow/sdk/core'

// Job links: which OpCon job an incident controls. The rules, the dialog and
// delivery act on the incident's active link, never on its correlation fields
// as they are now (src/server/links/job-link.ts). Written by the connector when a
// trusted source sets the fields, or by an OpCon Connector admin; a new link
// deactivates the old one, so the table is the link's audit trail. A link of
// the OpCon integration account is written inactive, awaiting OpCon's
// confirmation that the job failed (src/server/links/link-check.ts).
export const x_opcon_binding = Table({
    name: 'x_opcon_binding',
    label: 'OpCon Job Link',
    display: 'job_name',
    accessibleFrom: 'package_private',
    actions: [],
    allowWebServiceAccess: false,
    schema: {
        incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident', mandatory: true }),
        address: StringColumn({ label: 'OpCon address', maxLength: 255, mandatory: true, hint: 'host:port of a registered OpCon server, as in correlation ids' }),
        // Any length: a daily job id longer than incident.correlation_id (100 characters) is linked here.
        daily_job_id: StringColumn({ label: 'Daily job id', maxLength: 4000, mandatory: true, hint: 'yyyyMMdd|schedule id|instance|job name, e.g. 20261126|42|1|PAYROLL-RUN' }),
        job_name: StringColumn({ label: 'Job name', maxLength: 1000 }),
        server: ReferenceColumn({ label: 'OpCon server', referenceTable: 'x_opcon_server' }),
        how: ChoiceColumn({
            label: 'Linked by',
            dropdown: 'dropdown_with_none',
            choices: {
                integration: { label: 'OpCon integration account (correlation fields)', sequence: 1 },
                admin: { label: 'OpCon Connector admin', sequence: 2 },
                app: { label: 'The connector itself', sequence: 3 },
            },
        }),
        bound_by: ReferenceColumn({ label: 'Linked by user', referenceTable: 'sys_user' }),
        note: StringColumn({ label: 'Note', maxLength: 1000, hint: 'Why the job was linked by hand' }),
        active: BooleanColumn({ label: 'Active', default: true }),
        replaced_on: DateTimeColumn({ label: 'Replaced' }),
        state: ChoiceColumn({
            label: 'Confirmation',
            dropdown: 'dropdown_without_none',
            default: 'confirmed',
            choices: {
                pending: { label: 'Awaits OpCon\'s confirmation that the job failed', sequence: 1 },
                confirmed: { label: 'In force', sequence: 2 },
                refused: { label: 'Refused', sequence: 3 },
            },
        }),
        check_note: StringColumn({ label: 'What OpCon said', maxLength: 1000 }),
        attempts: IntegerColumn({ label: 'Reads of the job', default: 0 }),
        next_check: DateTimeColumn({ label: 'Next read of the job' }),
    },
})
