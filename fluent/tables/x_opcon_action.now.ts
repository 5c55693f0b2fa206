import '@servicenow/sdk/global'
import { Table, StringColumn, ChoiceColumn, IntegerColumn, ReferenceColumn, DateTimeColumn, BooleanColumn } from '@servicenow/sdk/core'

// The audit trail and delivery queue: one row per job action requested of OpCon
// (rules, dialog), and one per state-changing OpConApi call (source api: a job
// action, schedule build or schedule action; never queued for delivery).
export const x_opcon_action = Table({
    name: 'x_opcon_action',
    label: 'OpCon Action',
    // The audit trail is written only by the connector. Other apps read and act
    // through OpConApi (whose calls are audited), never by writing rows here.
    accessibleFrom: 'package_private',
    actions: [],
    allowWebServiceAccess: false,
    display: 'action',
    // The queries the app runs often, on a table that grows with every state change and API call:
    // an incident's pending actions (each delivery pass), what is due (the scheduled job each minute),
    // and the Overview's counts and delivery times per server.
    index: [
        { name: 'x_opcon_action_incident', unique: false, element: ['incident', 'state'] },
        { name: 'x_opcon_action_due', unique: false, element: ['state', 'next_attempt'] },
        { name: 'x_opcon_action_server', unique: false, element: ['server', 'state'] },
        { name: 'x_opcon_action_answered', unique: false, element: ['server', 'completed_on'] },
    ],
    schema: {
        incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident' }),
        server: ReferenceColumn({ label: 'OpCon server', referenceTable: 'x_opcon_server' }),
        address: StringColumn({ label: 'OpCon address', maxLength: 255, hint: 'host:port of the OpCon server, as in the incident\'s correlation id' }),
        daily_job_id: StringColumn({ label: 'Daily job id', maxLength: 4000 }),
        job_name: StringColumn({ label: 'Job name', maxLength: 255 }),
        action: ChoiceColumn({
            label: 'Action',
            dropdown: 'dropdown_with_none',
            choices: {
                markUnderReview: { label: 'Mark under review', sequence: 1 },
                markFixed: { label: 'Mark fixed', sequence: 2 },
                restart: { label: 'Restart', sequence: 3 },
                cancel: { label: 'Cancel', sequence: 4 },
                hold: { label: 'Hold', sequence: 5 },
                release: { label: 'Release', sequence: 6 },
                // The other OpCon job actions an admin may allow through OpConApi (x_opcon.api_actions).
                skip: { label: 'Skip', sequence: 7 },
                kill: { label: 'Kill', sequence: 8 },
                start: { label: 'Start', sequence: 9 },
                restartOnHold: { label: 'Restart on hold', sequence: 10 },
                forceRestart: { label: 'Force restart', sequence: 11 },
                markFinishedOk: { label: 'Mark finished OK', sequence: 12 },
                markFailed: { label: 'Mark failed', sequence: 13 },
                // OpConApi's schedule calls.
                build: { label: 'Build schedule', sequence: 14 },
                addJobs: { label: 'Add job to daily schedule', sequence: 15 },
            },
        }),
        kind: ChoiceColumn({
            label: 'Kind',
            dropdown: 'dropdown_without_none',
            choices: {
                job_action: { label: 'Job action', sequence: 1 },
                schedule_build: { label: 'Schedule build', sequence: 2 },
                schedule_action: { label: 'Schedule action', sequence: 3 },
            },
            default: 'job_action',
        }),
        target: StringColumn({ label: 'Target', maxLength: 1000, hint: 'What a schedule build or schedule action named: schedules and dates' }),
        caller_scope: StringColumn({ label: 'Calling scope', maxLength: 100, hint: 'The application scope whose script called OpConApi' }),
        // Source flow: the flow whose OpCon action made the call, as its author named it in the action's inputs.
        flow_name: StringColumn({ label: 'Flow', maxLength: 255 }),
        reason: StringColumn({ label: 'Reason', maxLength: 1000 }),
        source: ChoiceColumn({
            label: 'Source',
            dropdown: 'dropdown_without_none',
            choices: { rule: { label: 'Incident state change', sequence: 1 }, dialog: { label: 'OpCon Job dialog', sequence: 2 }, api: { label: 'Script API', sequence: 3 }, flow: { label: 'Flow Designer action', sequence: 4 } },
            default: 'rule',
        }),
        requested_by: ReferenceColumn({ label: 'Requested by', referenceTable: 'sys_user' }),
        state: ChoiceColumn({
            label: 'State',
            dropdown: 'dropdown_without_none',
            choices: {
                queued: { label: 'Queued', sequence: 1 },
                sending: { label: 'Sending', sequence: 2 },
                sent: { label: 'Sent, awaiting OpCon', sequence: 3 },
                succeeded: { label: 'Succeeded', sequence: 4 },
                failed: { label: 'Failed', sequence: 5 },
                rejected: { label: 'Rejected', sequence: 6 },
                superseded: { label: 'Superseded', sequence: 7 },
                held: { label: 'Held: server not active', sequence: 8 },
                skipped: { label: 'Not sent: connector switched off', sequence: 9 },
                // OpConApi rows only (source api): delivery never works on these states.
                calling: { label: 'Calling OpCon (script API)', sequence: 10 },
                accepted: { label: 'Accepted by OpCon; the caller reads the result', sequence: 11 },
                refused: { label: 'Refused by the connector; nothing sent', sequence: 12 },
            },
            default: 'queued',
        }),
        attempts: IntegerColumn({ label: 'Attempts', default: 0 }),
        polls: IntegerColumn({ label: 'Result polls', default: 0 }),
        next_attempt: DateTimeColumn({ label: 'Next attempt' }),
        job_action_id: StringColumn({ label: 'OpCon job action id', maxLength: 100 }),
        opcon_id: StringColumn({ label: 'OpCon id', maxLength: 100, hint: 'The id OpCon gave the job action, schedule build or schedule action' }),
        http_status: IntegerColumn({ label: 'Last HTTP status' }),
        message: StringColumn({ label: 'Outcome', maxLength: 4000, hint: 'The last thing OpCon or the connector said about this action' }),
        reconcile: BooleanColumn({ label: 'Check job before resending', default: false, hint: 'Set when a send may have reached OpCon: the job is read before the action is sent again' }),
        job_before: StringColumn({ label: 'Job before restart', maxLength: 1000 }),
        noted: BooleanColumn({ label: 'Work note written', default: false }),
        claim: StringColumn({ label: 'Claimed by delivery', maxLength: 40, hint: 'The delivery run working this row now' }),
        // When a claimed send or result read that saved nothing counts as interrupted (fixed when claimed).
        stale_after: DateTimeColumn({ label: 'Claim expires' }),
        held_from: StringColumn({ label: 'Held while', maxLength: 20 }),
        sent_on: DateTimeColumn({ label: 'Sent' }),
        completed_on: DateTimeColumn({ label: 'Completed' }),
    },
})
