import '@servicenow/sdk/global'
import { Table, StringColumn, Password2Column, BooleanColumn, ReferenceColumn, DateTimeColumn, IntegerColumn } from '@servicenow/sdk/core'

// One row per OpCon REST API the app may call. `address` is matched exactly
// against the first part of an incident's correlation_id.
export const x_opcon_server = Table({
    name: 'x_opcon_server',
    label: 'OpCon Server',
    // The token is readable with getDecryptedValue() wherever a script can read the
    // row: no other application scope may (the bench enforces it, test/app/scopes.test.ts).
    accessibleFrom: 'package_private',
    actions: [],
    allowWebServiceAccess: false,
    display: 'name',
    schema: {
        name: StringColumn({ label: 'Name', maxLength: 100, mandatory: true }),
        address: StringColumn({ label: 'Address (host:port, as in correlation ids)', maxLength: 255, mandatory: true }),
        base_url: StringColumn({ label: 'Base URL', maxLength: 1024, mandatory: true }),
        allow_http: BooleanColumn({ label: 'Allow plain http (insecure)', default: false }),
        api_token: Password2Column({ label: 'API token', maxLength: 4000 }),
        mid_server: StringColumn({ label: 'MID server', maxLength: 100 }),
        active: BooleanColumn({ label: 'Active', default: true }),
        description: StringColumn({ label: 'Description', maxLength: 1000 }),
        collect_failures: BooleanColumn({ label: 'Open incidents for failed jobs', default: false }),
        // Empty: the templates matching by pattern, then the shipped Default (src/server/templates/).
        incident_template: ReferenceColumn({ label: 'Incident template', referenceTable: 'x_opcon_template' }),
        // The collector's own bookkeeping (src/server/failures/collector.ts): when it last listed this
        // server's failed jobs completely, and where a listing a run had to cut short goes on.
        failures_listed: DateTimeColumn({ label: 'Failed jobs last listed', readOnly: true }),
        failures_resume: IntegerColumn({ label: 'Failed jobs listing resumes at', default: 0, readOnly: true }),
    },
})
