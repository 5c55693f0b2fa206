import '@servicenow/sdk/global'
import { Table, StringColumn, ChoiceColumn, ReferenceColumn, DateTimeColumn, IntegerColumn } from '@servicenow/sdk/core'

// Failed jobs: one row per failed run of an OpCon daily job, whether the
// collector found it or OpCon pushed it. The row is the audit of what the
// connector did about it and why (src/server/failures/): which incident was
// opened, noted, reopened or replaced, and each OpCon call's outcome. Final
// rows go after x_opcon.failure_retention_days (fluent/retention/); rows still
// waiting, being worked or refused are never removed.
export const x_opcon_failure = Table({
    name: 'x_opcon_failure',
    label: 'OpCon Failed Job',
    display: 'job_name',
    accessibleFrom: 'package_private',
    actions: [],
    allowWebServiceAccess: false,
    // The collector asks "is this run known?" once per listed failure, and the worker "what is due?" every minute.
    index: [
        { name: 'x_opcon_failure_run', unique: false, element: ['server', 'run_key'] },
        { name: 'x_opcon_failure_due', unique: false, element: ['state', 'next_attempt'] },
        // The push endpoint counts the caller's new reports of the last minute on every call (x_opcon.push_max_per_minute).
        { name: 'x_opcon_failure_reporter', unique: false, element: ['reported_by', 'sys_created_on'] },
    ],
    schema: {
        server: ReferenceColumn({ label: 'OpCon server', referenceTable: 'x_opcon_server', mandatory: true }),
        address: StringColumn({ label: 'OpCon address', maxLength: 255, mandatory: true, hint: 'host:port of the OpCon server, as in correlation ids' }),
        daily_job_id: StringColumn({ label: 'Daily job id', maxLength: 4000, mandatory: true }),
        job_name: StringColumn({ label: 'Job name', maxLength: 1000 }),
        schedule_name: StringColumn({ label: 'Schedule', maxLength: 1000 }),
        schedule_date: StringColumn({ label: 'Schedule date', maxLength: 10 }),
        machine: StringColumn({ label: 'Agent machine', maxLength: 255 }),
        job_uid: StringColumn({ label: 'OpCon job uid', maxLength: 20 }),
        job_number: StringColumn({ label: 'Job number', maxLength: 20, hint: 'OpCon\'s number for this run of the job' }),
        run_key: StringColumn({ label: 'Run', maxLength: 255, hint: 'The key the connector knows this run by, so it is acted on once' }),
        run_ended: StringColumn({ label: 'Failed at', maxLength: 40, hint: 'When the job ended, as OpCon reported it' }),
        job_status: StringColumn({ label: 'OpCon status', maxLength: 100 }),
        termination: StringColumn({ label: 'Termination code', maxLength: 40 }),
        termination_description: StringColumn({ label: 'Termination description', maxLength: 1000 }),
        source: ChoiceColumn({
            label: 'Found by',
            dropdown: 'dropdown_with_none',
            choices: {
                poll: { label: 'Collector (poll)', sequence: 1 },
                push: { label: 'OpCon (push)', sequence: 2 },
            },
        }),
        text: StringColumn({ label: 'Text from OpCon', maxLength: 1000 }),
        reported_by: ReferenceColumn({ label: 'Reported by', referenceTable: 'sys_user' }),
        state: ChoiceColumn({
            label: 'State',
            dropdown: 'dropdown_without_none',
            default: 'waiting',
            choices: {
                waiting: { label: 'Waiting (grace period)', sequence: 1 },
                confirming: { label: 'Reading the job from OpCon', sequence: 2 },
                working: { label: 'Acting', sequence: 3 },
                done: { label: 'Done', sequence: 4 },
                recovered: { label: 'Recovered (no incident)', sequence: 5 },
                not_failed: { label: 'Not failed (no incident)', sequence: 6 },
                error: { label: 'Error (no incident)', sequence: 7 },
                // Waits for an admin: a data policy or another application's rule refused the incident write (the note says which words it gave).
                refused: { label: 'Refused by the instance: fix the cause, then Retry', sequence: 8 },
            },
        }),
        outcome: ChoiceColumn({
            label: 'What was done',
            dropdown: 'dropdown_with_none',
            choices: {
                opened: { label: 'Incident opened', sequence: 1 },
                noted: { label: 'Work note on the open incident', sequence: 2 },
                reopened: { label: 'Incident reopened', sequence: 3 },
                replaced: { label: 'New incident (previous one closed)', sequence: 4 },
                none: { label: 'Nothing', sequence: 5 },
            },
        }),
        incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident' }),
        previous_incident: ReferenceColumn({ label: 'Previous incident', referenceTable: 'incident' }),
        template: StringColumn({ label: 'Template used', maxLength: 255 }),
        ticket_state: ChoiceColumn({
            label: 'Ticket in OpCon',
            dropdown: 'dropdown_without_none',
            default: 'pending',
            choices: {
                pending: { label: 'To write', sequence: 1 },
                written: { label: 'Written', sequence: 2 },
                kept: { label: 'Kept (reopened incident)', sequence: 3 },
                failed: { label: 'Could not be written', sequence: 4 },
            },
        }),
        documentation_state: ChoiceColumn({
            label: 'Previous ticket in documentation',
            dropdown: 'dropdown_without_none',
            default: 'not_needed',
            choices: {
                not_needed: { label: 'Not needed', sequence: 1 },
                pending: { label: 'To write', sequence: 2 },
                written: { label: 'Written', sequence: 3 },
                failed: { label: 'Could not be written', sequence: 4 },
            },
        }),
        log_state: ChoiceColumn({
            label: 'Job log',
            dropdown: 'dropdown_without_none',
            default: 'not_requested',
            choices: {
                not_requested: { label: 'Not asked for', sequence: 1 },
                pending: { label: 'To fetch', sequence: 2 },
                attached: { label: 'Attached', sequence: 3 },
                none: { label: 'No output', sequence: 4 },
                failed: { label: 'Could not be fetched', sequence: 5 },
            },
        }),
        log_action: StringColumn({ label: 'Job output request', maxLength: 40, hint: 'The id of OpCon\'s job output request for the log' }),
        log_file: StringColumn({ label: 'Job output file', maxLength: 1024 }),
        first_seen: DateTimeColumn({ label: 'First seen' }),
        next_attempt: DateTimeColumn({ label: 'Next attempt' }),
        attempts: IntegerColumn({ label: 'Attempts', default: 0 }),
        claim: StringColumn({ label: 'Claim', maxLength: 40 }),
        claimed_until: DateTimeColumn({ label: 'Claimed until' }),
        note: StringColumn({ label: 'What happened', maxLength: 4000 }),
        calls: StringColumn({ label: 'OpCon calls', maxLength: 8000, hint: 'Each call to OpCon for this failure and its outcome' }),
    },
})
