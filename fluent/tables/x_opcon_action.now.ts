import '@servicenow/sdk/global'
import { Table, StringColumn, ChoiceColumn, IntegerColumn, ReferenceColumn, DateTimeColumn, BooleanColumn } from '@servicenow/sdk/core'

// The audit trail and delivery queue: one row per job action requested of OpCon.
export const x_opcon_action = Table({
    name: 'x_opcon_action',
    label: 'OpCon Action',
    // The audit trail is written only by the connector. Other apps read and act
    // through OpConApi (whose calls are audited), never by writing rows here.
    accessibleFrom: 'package_private',
    actions: [],
    allowWebServiceAccess: false,
    display: 'action',
    schema: {
        incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident' }),
        server: ReferenceColumn({ label: 'OpCon server', referenceTable: 'x_opcon_server' }),
        address: StringColumn({ label: 'Address', maxLength: 255 }),
        daily_job_id: StringColumn({ label: 'Daily job id', maxLength: 4000 }),
        job_name: StringColumn({ label: 'Job name', maxLength: 255 }),
        action: ChoiceColumn({
            label: 'Action',
            choices: {
                markUnderReview: { label: 'Mark under review', sequence: 1 },
                markFixed: { label: 'Mark fixed', sequence: 2 },
                restart: { label: 'Restart', sequence: 3 },
                cancel: { label: 'Cancel', sequence: 4 },
                hold: { label: 'Hold', sequence: 5 },
                release: { label: 'Release', sequence: 6 },
            },
        }),
        reason: StringColumn({ label: 'Reason', maxLength: 1000 }),
        source: ChoiceColumn({
            label: 'Source',
            choices: { rule: { label: 'Incident state change', sequence: 1 }, dialog: { label: 'OpCon Job dialog', sequence: 2 }, api: { label: 'Script API', sequence: 3 } },
            default: 'rule',
        }),
        requested_by: ReferenceColumn({ label: 'Requested by', referenceTable: 'sys_user' }),
        state: ChoiceColumn({
            label: 'State',
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
            },
            default: 'queued',
        }),
        attempts: IntegerColumn({ label: 'Attempts', default: 0 }),
        polls: IntegerColumn({ label: 'Result polls', default: 0 }),
        next_attempt: DateTimeColumn({ label: 'Next attempt' }),
        job_action_id: StringColumn({ label: 'OpCon job action id', maxLength: 100 }),
        http_status: IntegerColumn({ label: 'Last HTTP status' }),
        message: StringColumn({ label: 'Outcome', maxLength: 4000 }),
        reconcile: BooleanColumn({ label: 'Check job before resending', default: false }),
        job_before: StringColumn({ label: 'Job before restart', maxLength: 1000 }),
        noted: BooleanColumn({ label: 'Work note written', default: false }),
        claim: StringColumn({ label: 'Claimed by delivery', maxLength: 40 }),
        // When a claimed send or result read that saved nothing counts as interrupted (fixed when claimed).
        stale_after: DateTimeColumn({ label: 'Claim expires' }),
        held_from: StringColumn({ label: 'Held while', maxLength: 20 }),
        sent_on: DateTimeColumn({ label: 'Sent' }),
        completed_on: DateTimeColumn({ label: 'Completed' }),
    },
})
