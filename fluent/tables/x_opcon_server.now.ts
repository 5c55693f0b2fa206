import '@servicenow/sdk/global'
import { Table, StringColumn, BooleanColumn, ReferenceColumn, DateTimeColumn, IntegerColumn } from '@servicenow/sdk/core'

// One row per OpCon REST API the app may call. `address` is matched exactly
// against the first part of an incident's correlation_id.
export const x_opcon_server = Table({
    name: 'x_opcon_server',
    label: 'OpCon Server',
    // No secret here (the token is the alias's credential), but where the token may
    // go is: no other application scope reads or changes it (test/app/scopes.test.ts).
    accessibleFrom: 'package_private',
    actions: [],
    allowWebServiceAccess: false,
    display: 'name',
    schema: {
        name: StringColumn({ label: 'Name', maxLength: 100, mandatory: true, hint: 'What people call this OpCon server, e.g. OpCon production' }),
        address: StringColumn({ label: 'Address', maxLength: 255, mandatory: true, hint: 'host:port exactly as it appears before the comma in an OpCon incident\'s correlation id, e.g. opcon.example.com:9010' }),
        base_url: StringColumn({ label: 'Base URL', maxLength: 1024, mandatory: true, hint: 'Where OpCon\'s REST API answers, e.g. https://opcon.example.com:9010. The connection of the alias must have this URL: the token is sent only there.' }),
        allow_http: BooleanColumn({ label: 'Allow plain http', default: false, hint: 'Insecure: the API token travels unencrypted. Only for a test server on a trusted network.' }),
        // The HTTP connection and API key credential (OpCon's token) of this server, read with
        // sn_cc.ConnectionInfoProvider (src/server/opcon/connection-alias.ts).
        connection_alias: ReferenceColumn({ label: 'Connection alias', referenceTable: 'sys_alias', hint: 'The Connection & Credential alias (a child of OpCon) whose HTTP connection has the Base URL and whose API Key credential holds the OpCon token' }),
        active: BooleanColumn({ label: 'Active', default: true, hint: 'Inactive: job actions for this server are held until it is active again' }),
        description: StringColumn({ label: 'Description', maxLength: 1000 }),
        collect_failures: BooleanColumn({ label: 'Open incidents for failed jobs', default: false, hint: 'The collector lists this server\'s failed jobs and opens an incident for each' }),
        // Empty: the templates matching by pattern, then the shipped Default (src/server/templates/).
        incident_template: ReferenceColumn({ label: 'Incident template', referenceTable: 'x_opcon_template', hint: 'Used when no template matches the job by pattern; empty: the Default template' }),
        // The collector's own bookkeeping (src/server/failures/collector.ts): when it last listed this
        // server's failed jobs completely, and where a listing a run had to cut short goes on.
        failures_listed: DateTimeColumn({ label: 'Failed jobs last listed', readOnly: true }),
        failures_resume: IntegerColumn({ label: 'Failed jobs listing resumes at', default: 0, readOnly: true }),
        // Refused failure reports are logged at most once a minute per server (src/server/failures/refusal-log.ts).
        push_refused_logged: DateTimeColumn({ label: 'Refused report last logged', readOnly: true }),
        push_refused_unlogged: IntegerColumn({ label: 'Refused reports not logged since', default: 0, readOnly: true }),
        // Refused reports of one UTC day (refusal-log.ts countRefusal), for the Overview.
        push_refused_day: StringColumn({ label: 'Refused reports counted on', maxLength: 10, readOnly: true, hint: 'The UTC day (yyyy-MM-dd) the count of refused reports is for' }),
        push_refused_today: IntegerColumn({ label: 'Refused reports that day', default: 0, readOnly: true }),
        // The collector's last run on this server, written by it (src/server/overview/collector-run.ts) for the Overview.
        collected_on: DateTimeColumn({ label: 'Collector last ran', readOnly: true }),
        collect_ms: IntegerColumn({ label: 'Collector run time', readOnly: true, hint: 'Milliseconds the last run took on this server' }),
        collect_found: StringColumn({ label: 'Collector found', maxLength: 1000, readOnly: true }),
        collect_error: StringColumn({ label: 'Collector problem', maxLength: 1000, readOnly: true, hint: 'Empty when OpCon answered the collector\'s last run' }),
        collect_ok_on: DateTimeColumn({ label: 'OpCon last answered the collector', readOnly: true }),
        // Delivery's pace toward this server (src/server/sync/server-pace.ts): the starts of the last
        // second's job-action calls, the wake-ups booked and OpCon's Retry-After, swapped by conditional updates.
        pace: StringColumn({ label: 'Delivery pace', maxLength: 2000, readOnly: true }),
    },
})
