import '@servicenow/sdk/global'
import { Table, StringColumn, ChoiceColumn, ReferenceColumn, DateTimeColumn, IntegerColumn, BooleanColumn } from '@servicenow/sdk/core'

// Outages (issue 21): one row per parent incident the connector opened
// because many failures of one OpCon server shared a termination code or a
// machine within x_opcon.storm_window_minutes (src/server/storms/). The row
// says what they share and for how long failures join; the cancel rule acts
// only for parents recorded here.
export const x_opcon_storm = Table({
    name: 'x_opcon_storm',
    label: 'OpCon Outage',
    display: 'key_value',
    accessibleFrom: 'package_private',
    actions: [],
    allowWebServiceAccess: false,
    // Every failure that opens an incident asks "is an outage open for this server and key?".
    index: [
        { name: 'x_opcon_storm_key', unique: false, element: ['server', 'key_kind', 'key_value'] },
        { name: 'x_opcon_storm_parent', unique: false, element: ['parent_incident'] },
    ],
    schema: {
        server: ReferenceColumn({ label: 'OpCon server', referenceTable: 'x_opcon_server', mandatory: true }),
        key_kind: ChoiceColumn({
            label: 'Shared',
            dropdown: 'dropdown_without_none',
            choices: {
                termination: { label: 'Termination code', sequence: 1 },
                machine: { label: 'Machine', sequence: 2 },
            },
        }),
        key_value: StringColumn({ label: 'Value', maxLength: 100, hint: 'The termination code or machine name the failures share' }),
        parent_incident: ReferenceColumn({ label: 'Parent incident', referenceTable: 'incident' }),
        window_start: DateTimeColumn({ label: 'First failure counted' }),
        window_end: DateTimeColumn({ label: 'Joins until', hint: 'Failures sharing the value join until then; each joiner moves it on by the window' }),
        failure_count: IntegerColumn({ label: 'Child incidents', default: 0 }),
        schedules: StringColumn({ label: 'Schedules', maxLength: 4000 }),
        settled_on: DateTimeColumn({ label: 'Parent resolved or canceled on' }),
        settled_by: ReferenceColumn({ label: 'Parent resolved or canceled by', referenceTable: 'sys_user' }),
        progress_noted: BooleanColumn({ label: 'Outcome noted on the parent', default: false }),
        // Children's job actions not yet final when the parent was settled, counted down as each ends (storm-progress.ts).
        actions_open: IntegerColumn({ label: 'Child actions still open', default: 0, readOnly: true }),
        // How many jobs the parent's words last gave, and whether that is the final count of a closed window (storm-grouping.ts).
        words_count: IntegerColumn({ label: 'Jobs the parent names', default: 0, readOnly: true }),
        words_final: BooleanColumn({ label: 'Parent names the final count', default: false, readOnly: true }),
        claim: StringColumn({ label: 'Claim', maxLength: 40 }),
    },
})
