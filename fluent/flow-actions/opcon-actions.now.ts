import '@servicenow/sdk/global'
import { BooleanColumn, IntegerColumn, ReferenceColumn, StringColumn } from '@servicenow/sdk/core'
import { Action, actionStep, wfa } from '@servicenow/sdk/automation'

// The OpCon actions for Flow Designer (category OpCon). Each is one script step
// that calls src/server/flow/flow-actions.ts, which calls OpConApi's own
// functions: same role check (held by the flow's user themselves), allow-list,
// master switch and audit row (source flow). Accessible from this application
// scope only (access package_private; ServiceNow docs, "Create an action":
// Accessible From): a flow or a script in another scope cannot run them, as
// OpConApi refuses a scope an admin has not approved. The job actions take
// only an Incident: they move the job it is linked to. Script steps on the instance need no Integration Hub subscription
// ("Script step", ServiceNow docs: Required Runtime shows only with Integration
// Hub). The step stops the action on error, and the script errors only when the
// flow's author set Stop the flow when it fails; otherwise every failure is in
// the outputs. Generated from one table of actions: keep them alike.
const MODULE = "require('x_opcon/opcon-connector/1.0.0/src/server/flow/flow-actions.ts')"

export const markJobUnderReview = Action({
    $id: Now.ID['fa_mark_job_under_review'],
    name: 'Mark job Under Review',
    internalName: 'opcon_mark_job_under_review',
    category: 'OpCon',
    description: 'Marks an OpCon daily job Under Review: the job the incident is linked to. Outputs say whether it succeeded, is pending, or why not (Error message).',
    access: 'package_private',
    inputs: {
        incident: ReferenceColumn({ label: 'Incident (moves the job it is linked to)', referenceTable: 'incident', mandatory: true, hint: 'The job is the one the incident is linked to (OpCon Connector > Job Links), never its Correlation ID, which agents can edit. There is no other way to name a job.' }),
        reason: StringColumn({ label: 'Reason', maxLength: 1000, hint: 'Shown in OpCon with the action, e.g. the change number.' }),
        flow_name: StringColumn({ label: 'Flow name (for the audit row)', maxLength: 255, hint: 'Written on the OpCon Action row, so the audit says which flow asked.' }),
        stop_on_error: BooleanColumn({ label: 'Stop the flow when it fails', default: false, hint: 'On: a refusal or failure fails the action (and the flow, unless it handles errors). Off: the flow goes on; read Succeeded and Error message.' }),
    },
    outputs: {
        succeeded: BooleanColumn({ label: 'Succeeded' }),
        pending: BooleanColumn({ label: 'Pending (read it later with Wait for OpCon result)' }),
        action_row: ReferenceColumn({ label: 'Action row', referenceTable: 'x_opcon_action' }),
        opcon_status: IntegerColumn({ label: 'OpCon HTTP status' }),
        opcon_message: StringColumn({ label: 'OpCon message', maxLength: 4000 }),
        job_status: StringColumn({ label: 'Job status', maxLength: 100 }),
        daily_schedule_id: StringColumn({ label: 'Daily schedule id', maxLength: 100 }),
        error_code: StringColumn({ label: 'Error code', maxLength: 40 }),
        error_message: StringColumn({ label: 'Error message', maxLength: 4000 }),
    },
}, (params) => {
    const step = wfa.actionStep(actionStep.script, { $id: Now.ID['fa_mark_job_under_review_step'], label: 'Call OpCon' }, {
        script: `(function execute(inputs, outputs) { ${MODULE}.runFlowStep('markUnderReview', inputs, outputs); })(inputs, outputs);`,
        required_run_time: 'instance',
        errorHandlingType: 'stop_the_action',
        inputVariables: {
            incident: { label: 'incident', value: wfa.dataPill(params.inputs.incident, 'reference') },
            reason: { label: 'reason', value: wfa.dataPill(params.inputs.reason, 'string') },
            flow_name: { label: 'flow_name', value: wfa.dataPill(params.inputs.flow_name, 'string') },
            stop_on_error: { label: 'stop_on_error', value: wfa.dataPill(params.inputs.stop_on_error, 'boolean') },
        },
        outputVariables: {
            succeeded: BooleanColumn({ label: 'succeeded' }),
            pending: BooleanColumn({ label: 'pending' }),
            action_row: StringColumn({ label: 'action_row', maxLength: 32 }),
            opcon_status: IntegerColumn({ label: 'opcon_status' }),
            opcon_message: StringColumn({ label: 'opcon_message', maxLength: 4000 }),
            job_status: StringColumn({ label: 'job_status', maxLength: 4000 }),
            daily_schedule_id: StringColumn({ label: 'daily_schedule_id', maxLength: 4000 }),
            error_code: StringColumn({ label: 'error_code', maxLength: 4000 }),
            error_message: StringColumn({ label: 'error_message', maxLength: 4000 }),
        },
    })
    wfa.assignActionOutputs(params.outputs, {
        succeeded: wfa.dataPill(step.succeeded, 'boolean'),
        pending: wfa.dataPill(step.pending, 'boolean'),
        action_row: wfa.dataPill(step.action_row, 'string'),
        opcon_status: wfa.dataPill(step.opcon_status, 'integer'),
        opcon_message: wfa.dataPill(step.opcon_message, 'string'),
        job_status: wfa.dataPill(step.job_status, 'string'),
        daily_schedule_id: wfa.dataPill(step.daily_schedule_id, 'string'),
        error_code: wfa.dataPill(step.error_code, 'string'),
        error_message: wfa.dataPill(step.error_message, 'string'),
    })
})

export const markJobFixed = Action({
    $id: Now.ID['fa_mark_job_fixed'],
    name: 'Mark job Fixed',
    internalName: 'opcon_mark_job_fixed',
    category: 'OpCon',
    description: 'Marks an OpCon daily job Fixed: the job the incident is linked to. Outputs say whether it succeeded, is pending, or why not (Error message).',
    access: 'package_private',
    inputs: {
        incident: ReferenceColumn({ label: 'Incident (moves the job it is linked to)', referenceTable: 'incident', mandatory: true, hint: 'The job is the one the incident is linked to (OpCon Connector > Job Links), never its Correlation ID, which agents can edit. There is no other way to name a job.' }),
        reason: StringColumn({ label: 'Reason', maxLength: 1000, hint: 'Shown in OpCon with the action, e.g. the change number.' }),
        flow_name: StringColumn({ label: 'Flow name (for the audit row)', maxLength: 255, hint: 'Written on the OpCon Action row, so the audit says which flow asked.' }),
        stop_on_error: BooleanColumn({ label: 'Stop the flow when it fails', default: false, hint: 'On: a refusal or failure fails the action (and the flow, unless it handles errors). Off: the flow goes on; read Succeeded and Error message.' }),
    },
    outputs: {
        succeeded: BooleanColumn({ label: 'Succeeded' }),
        pending: BooleanColumn({ label: 'Pending (read it later with Wait for OpCon result)' }),
        action_row: ReferenceColumn({ label: 'Action row', referenceTable: 'x_opcon_action' }),
        opcon_status: IntegerColumn({ label: 'OpCon HTTP status' }),
        opcon_message: StringColumn({ label: 'OpCon message', maxLength: 4000 }),
        job_status: StringColumn({ label: 'Job status', maxLength: 100 }),
        daily_schedule_id: StringColumn({ label: 'Daily schedule id', maxLength: 100 }),
        error_code: StringColumn({ label: 'Error code', maxLength: 40 }),
        error_message: StringColumn({ label: 'Error message', maxLength: 4000 }),
    },
}, (params) => {
    const step = wfa.actionStep(actionStep.script, { $id: Now.ID['fa_mark_job_fixed_step'], label: 'Call OpCon' }, {
        script: `(function execute(inputs, outputs) { ${MODULE}.runFlowStep('markFixed', inputs, outputs); })(inputs, outputs);`,
        required_run_time: 'instance',
        errorHandlingType: 'stop_the_action',
        inputVariables: {
            incident: { label: 'incident', value: wfa.dataPill(params.inputs.incident, 'reference') },
            reason: { label: 'reason', value: wfa.dataPill(params.inputs.reason, 'string') },
            flow_name: { label: 'flow_name', value: wfa.dataPill(params.inputs.flow_name, 'string') },
            stop_on_error: { label: 'stop_on_error', value: wfa.dataPill(params.inputs.stop_on_error, 'boolean') },
        },
        outputVariables: {
            succeeded: BooleanColumn({ label: 'succeeded' }),
            pending: BooleanColumn({ label: 'pending' }),
            action_row: StringColumn({ label: 'action_row', maxLength: 32 }),
            opcon_status: IntegerColumn({ label: 'opcon_status' }),
            opcon_message: StringColumn({ label: 'opcon_message', maxLength: 4000 }),
            job_status: StringColumn({ label: 'job_status', maxLength: 4000 }),
            daily_schedule_id: StringColumn({ label: 'daily_schedule_id', maxLength: 4000 }),
            error_code: StringColumn({ label: 'error_code', maxLength: 4000 }),
            error_message: StringColumn({ label: 'error_message', maxLength: 4000 }),
        },
    })
    wfa.assignActionOutputs(params.outputs, {
        succeeded: wfa.dataPill(step.succeeded, 'boolean'),
        pending: wfa.dataPill(step.pending, 'boolean'),
        action_row: wfa.dataPill(step.action_row, 'string'),
        opcon_status: wfa.dataPill(step.opcon_status, 'integer'),
        opcon_message: wfa.dataPill(step.opcon_message, 'string'),
        job_status: wfa.dataPill(step.job_status, 'string'),
        daily_schedule_id: wfa.dataPill(step.daily_schedule_id, 'string'),
        error_code: wfa.dataPill(step.error_code, 'string'),
        error_message: wfa.dataPill(step.error_message, 'string'),
    })
})

export const restartJob = Action({
    $id: Now.ID['fa_restart_job'],
    name: 'Restart job',
    internalName: 'opcon_restart_job',
    category: 'OpCon',
    description: 'Restarts an OpCon daily job: the job the incident is linked to. Outputs say whether it succeeded, is pending, or why not (Error message).',
    access: 'package_private',
    inputs: {
        incident: ReferenceColumn({ label: 'Incident (moves the job it is linked to)', referenceTable: 'incident', mandatory: true, hint: 'The job is the one the incident is linked to (OpCon Connector > Job Links), never its Correlation ID, which agents can edit. There is no other way to name a job.' }),
        reason: StringColumn({ label: 'Reason', maxLength: 1000, hint: 'Shown in OpCon with the action, e.g. the change number.' }),
        flow_name: StringColumn({ label: 'Flow name (for the audit row)', maxLength: 255, hint: 'Written on the OpCon Action row, so the audit says which flow asked.' }),
        stop_on_error: BooleanColumn({ label: 'Stop the flow when it fails', default: false, hint: 'On: a refusal or failure fails the action (and the flow, unless it handles errors). Off: the flow goes on; read Succeeded and Error message.' }),
    },
    outputs: {
        succeeded: BooleanColumn({ label: 'Succeeded' }),
        pending: BooleanColumn({ label: 'Pending (read it later with Wait for OpCon result)' }),
        action_row: ReferenceColumn({ label: 'Action row', referenceTable: 'x_opcon_action' }),
        opcon_status: IntegerColumn({ label: 'OpCon HTTP status' }),
        opcon_message: StringColumn({ label: 'OpCon message', maxLength: 4000 }),
        job_status: StringColumn({ label: 'Job status', maxLength: 100 }),
        daily_schedule_id: StringColumn({ label: 'Daily schedule id', maxLength: 100 }),
        error_code: StringColumn({ label: 'Error code', maxLength: 40 }),
        error_message: StringColumn({ label: 'Error message', maxLength: 4000 }),
    },
}, (params) => {
    const step = wfa.actionStep(actionStep.script, { $id: Now.ID['fa_restart_job_step'], label: 'Call OpCon' }, {
        script: `(function execute(inputs, outputs) { ${MODULE}.runFlowStep('restart', inputs, outputs); })(inputs, outputs);`,
        required_run_time: 'instance',
        errorHandlingType: 'stop_the_action',
        inputVariables: {
            incident: { label: 'incident', value: wfa.dataPill(params.inputs.incident, 'reference') },
            reason: { label: 'reason', value: wfa.dataPill(params.inputs.reason, 'string') },
            flow_name: { label: 'flow_name', value: wfa.dataPill(params.inputs.flow_name, 'string') },
            stop_on_error: { label: 'stop_on_error', value: wfa.dataPill(params.inputs.stop_on_error, 'boolean') },
        },
        outputVariables: {
            succeeded: BooleanColumn({ label: 'succeeded' }),
            pending: BooleanColumn({ label: 'pending' }),
            action_row: StringColumn({ label: 'action_row', maxLength: 32 }),
            opcon_status: IntegerColumn({ label: 'opcon_status' }),
            opcon_message: StringColumn({ label: 'opcon_message', maxLength: 4000 }),
            job_status: StringColumn({ label: 'job_status', maxLength: 4000 }),
            daily_schedule_id: StringColumn({ label: 'daily_schedule_id', maxLength: 4000 }),
            error_code: StringColumn({ label: 'error_code', maxLength: 4000 }),
            error_message: StringColumn({ label: 'error_message', maxLength: 4000 }),
        },
    })
    wfa.assignActionOutputs(params.outputs, {
        succeeded: wfa.dataPill(step.succeeded, 'boolean'),
        pending: wfa.dataPill(step.pending, 'boolean'),
        action_row: wfa.dataPill(step.action_row, 'string'),
        opcon_status: wfa.dataPill(step.opcon_status, 'integer'),
        opcon_message: wfa.dataPill(step.opcon_message, 'string'),
        job_status: wfa.dataPill(step.job_status, 'string'),
        daily_schedule_id: wfa.dataPill(step.daily_schedule_id, 'string'),
        error_code: wfa.dataPill(step.error_code, 'string'),
        error_message: wfa.dataPill(step.error_message, 'string'),
    })
})

export const cancelJob = Action({
    $id: Now.ID['fa_cancel_job'],
    name: 'Cancel job',
    internalName: 'opcon_cancel_job',
    category: 'OpCon',
    description: 'Cancels an OpCon daily job: the job the incident is linked to. Outputs say whether it succeeded, is pending, or why not (Error message).',
    access: 'package_private',
    inputs: {
        incident: ReferenceColumn({ label: 'Incident (moves the job it is linked to)', referenceTable: 'incident', mandatory: true, hint: 'The job is the one the incident is linked to (OpCon Connector > Job Links), never its Correlation ID, which agents can edit. There is no other way to name a job.' }),
        reason: StringColumn({ label: 'Reason', maxLength: 1000, hint: 'Shown in OpCon with the action, e.g. the change number.' }),
        flow_name: StringColumn({ label: 'Flow name (for the audit row)', maxLength: 255, hint: 'Written on the OpCon Action row, so the audit says which flow asked.' }),
        stop_on_error: BooleanColumn({ label: 'Stop the flow when it fails', default: false, hint: 'On: a refusal or failure fails the action (and the flow, unless it handles errors). Off: the flow goes on; read Succeeded and Error message.' }),
    },
    outputs: {
        succeeded: BooleanColumn({ label: 'Succeeded' }),
        pending: BooleanColumn({ label: 'Pending (read it later with Wait for OpCon result)' }),
        action_row: ReferenceColumn({ label: 'Action row', referenceTable: 'x_opcon_action' }),
        opcon_status: IntegerColumn({ label: 'OpCon HTTP status' }),
        opcon_message: StringColumn({ label: 'OpCon message', maxLength: 4000 }),
        job_status: StringColumn({ label: 'Job status', maxLength: 100 }),
        daily_schedule_id: StringColumn({ label: 'Daily schedule id', maxLength: 100 }),
        error_code: StringColumn({ label: 'Error code', maxLength: 40 }),
        error_message: StringColumn({ label: 'Error message', maxLength: 4000 }),
    },
}, (params) => {
    const step = wfa.actionStep(actionStep.script, { $id: Now.ID['fa_cancel_job_step'], label: 'Call OpCon' }, {
        script: `(function execute(inputs, outputs) { ${MODULE}.runFlowStep('cancel', inputs, outputs); })(inputs, outputs);`,
        required_run_time: 'instance',
        errorHandlingType: 'stop_the_action',
        inputVariables: {
            incident: { label: 'incident', value: wfa.dataPill(params.inputs.incident, 'reference') },
            reason: { label: 'reason', value: wfa.dataPill(params.inputs.reason, 'string') },
            flow_name: { label: 'flow_name', value: wfa.dataPill(params.inputs.flow_name, 'string') },
            stop_on_error: { label: 'stop_on_error', value: wfa.dataPill(params.inputs.stop_on_error, 'boolean') },
        },
        outputVariables: {
            succeeded: BooleanColumn({ label: 'succeeded' }),
            pending: BooleanColumn({ label: 'pending' }),
            action_row: StringColumn({ label: 'action_row', maxLength: 32 }),
            opcon_status: IntegerColumn({ label: 'opcon_status' }),
            opcon_message: StringColumn({ label: 'opcon_message', maxLength: 4000 }),
            job_status: StringColumn({ label: 'job_status', maxLength: 4000 }),
            daily_schedule_id: StringColumn({ label: 'daily_schedule_id', maxLength: 4000 }),
            error_code: StringColumn({ label: 'error_code', maxLength: 4000 }),
            error_message: StringColumn({ label: 'error_message', maxLength: 4000 }),
        },
    })
    wfa.assignActionOutputs(params.outputs, {
        succeeded: wfa.dataPill(step.succeeded, 'boolean'),
        pending: wfa.dataPill(step.pending, 'boolean'),
        action_row: wfa.dataPill(step.action_row, 'string'),
        opcon_status: wfa.dataPill(step.opcon_status, 'integer'),
        opcon_message: wfa.dataPill(step.opcon_message, 'string'),
        job_status: wfa.dataPill(step.job_status, 'string'),
        daily_schedule_id: wfa.dataPill(step.daily_schedule_id, 'string'),
        error_code: wfa.dataPill(step.error_code, 'string'),
        error_message: wfa.dataPill(step.error_message, 'string'),
    })
})

export const holdJob = Action({
    $id: Now.ID['fa_hold_job'],
    name: 'Hold job',
    internalName: 'opcon_hold_job',
    category: 'OpCon',
    description: 'Puts an OpCon daily job on hold: the job the incident is linked to. Outputs say whether it succeeded, is pending, or why not (Error message).',
    access: 'package_private',
    inputs: {
        incident: ReferenceColumn({ label: 'Incident (moves the job it is linked to)', referenceTable: 'incident', mandatory: true, hint: 'The job is the one the incident is linked to (OpCon Connector > Job Links), never its Correlation ID, which agents can edit. There is no other way to name a job.' }),
        reason: StringColumn({ label: 'Reason', maxLength: 1000, hint: 'Shown in OpCon with the action, e.g. the change number.' }),
        flow_name: StringColumn({ label: 'Flow name (for the audit row)', maxLength: 255, hint: 'Written on the OpCon Action row, so the audit says which flow asked.' }),
        stop_on_error: BooleanColumn({ label: 'Stop the flow when it fails', default: false, hint: 'On: a refusal or failure fails the action (and the flow, unless it handles errors). Off: the flow goes on; read Succeeded and Error message.' }),
    },
    outputs: {
        succeeded: BooleanColumn({ label: 'Succeeded' }),
        pending: BooleanColumn({ label: 'Pending (read it later with Wait for OpCon result)' }),
        action_row: ReferenceColumn({ label: 'Action row', referenceTable: 'x_opcon_action' }),
        opcon_status: IntegerColumn({ label: 'OpCon HTTP status' }),
        opcon_message: StringColumn({ label: 'OpCon message', maxLength: 4000 }),
        job_status: StringColumn({ label: 'Job status', maxLength: 100 }),
        daily_schedule_id: StringColumn({ label: 'Daily schedule id', maxLength: 100 }),
        error_code: StringColumn({ label: 'Error code', maxLength: 40 }),
        error_message: StringColumn({ label: 'Error message', maxLength: 4000 }),
    },
}, (params) => {
    const step = wfa.actionStep(actionStep.script, { $id: Now.ID['fa_hold_job_step'], label: 'Call OpCon' }, {
        script: `(function execute(inputs, outputs) { ${MODULE}.runFlowStep('hold', inputs, outputs); })(inputs, outputs);`,
        required_run_time: 'instance',
        errorHandlingType: 'stop_the_action',
        inputVariables: {
            incident: { label: 'incident', value: wfa.dataPill(params.inputs.incident, 'reference') },
            reason: { label: 'reason', value: wfa.dataPill(params.inputs.reason, 'string') },
            flow_name: { label: 'flow_name', value: wfa.dataPill(params.inputs.flow_name, 'string') },
            stop_on_error: { label: 'stop_on_error', value: wfa.dataPill(params.inputs.stop_on_error, 'boolean') },
        },
        outputVariables: {
            succeeded: BooleanColumn({ label: 'succeeded' }),
            pending: BooleanColumn({ label: 'pending' }),
            action_row: StringColumn({ label: 'action_row', maxLength: 32 }),
            opcon_status: IntegerColumn({ label: 'opcon_status' }),
            opcon_message: StringColumn({ label: 'opcon_message', maxLength: 4000 }),
            job_status: StringColumn({ label: 'job_status', maxLength: 4000 }),
            daily_schedule_id: StringColumn({ label: 'daily_schedule_id', maxLength: 4000 }),
            error_code: StringColumn({ label: 'error_code', maxLength: 4000 }),
            error_message: StringColumn({ label: 'error_message', maxLength: 4000 }),
        },
    })
    wfa.assignActionOutputs(params.outputs, {
        succeeded: wfa.dataPill(step.succeeded, 'boolean'),
        pending: wfa.dataPill(step.pending, 'boolean'),
        action_row: wfa.dataPill(step.action_row, 'string'),
        opcon_status: wfa.dataPill(step.opcon_status, 'integer'),
        opcon_message: wfa.dataPill(step.opcon_message, 'string'),
        job_status: wfa.dataPill(step.job_status, 'string'),
        daily_schedule_id: wfa.dataPill(step.daily_schedule_id, 'string'),
        error_code: wfa.dataPill(step.error_code, 'string'),
        error_message: wfa.dataPill(step.error_message, 'string'),
    })
})

export const releaseJob = Action({
    $id: Now.ID['fa_release_job'],
    name: 'Release job',
    internalName: 'opcon_release_job',
    category: 'OpCon',
    description: 'Releases an OpCon daily job from hold: the job the incident is linked to. Outputs say whether it succeeded, is pending, or why not (Error message).',
    access: 'package_private',
    inputs: {
        incident: ReferenceColumn({ label: 'Incident (moves the job it is linked to)', referenceTable: 'incident', mandatory: true, hint: 'The job is the one the incident is linked to (OpCon Connector > Job Links), never its Correlation ID, which agents can edit. There is no other way to name a job.' }),
        reason: StringColumn({ label: 'Reason', maxLength: 1000, hint: 'Shown in OpCon with the action, e.g. the change number.' }),
        flow_name: StringColumn({ label: 'Flow name (for the audit row)', maxLength: 255, hint: 'Written on the OpCon Action row, so the audit says which flow asked.' }),
        stop_on_error: BooleanColumn({ label: 'Stop the flow when it fails', default: false, hint: 'On: a refusal or failure fails the action (and the flow, unless it handles errors). Off: the flow goes on; read Succeeded and Error message.' }),
    },
    outputs: {
        succeeded: BooleanColumn({ label: 'Succeeded' }),
        pending: BooleanColumn({ label: 'Pending (read it later with Wait for OpCon result)' }),
        action_row: ReferenceColumn({ label: 'Action row', referenceTable: 'x_opcon_action' }),
        opcon_status: IntegerColumn({ label: 'OpCon HTTP status' }),
        opcon_message: StringColumn({ label: 'OpCon message', maxLength: 4000 }),
        job_status: StringColumn({ label: 'Job status', maxLength: 100 }),
        daily_schedule_id: StringColumn({ label: 'Daily schedule id', maxLength: 100 }),
        error_code: StringColumn({ label: 'Error code', maxLength: 40 }),
        error_message: StringColumn({ label: 'Error message', maxLength: 4000 }),
    },
}, (params) => {
    const step = wfa.actionStep(actionStep.script, { $id: Now.ID['fa_release_job_step'], label: 'Call OpCon' }, {
        script: `(function execute(inputs, outputs) { ${MODULE}.runFlowStep('release', inputs, outputs); })(inputs, outputs);`,
        required_run_time: 'instance',
        errorHandlingType: 'stop_the_action',
        inputVariables: {
            incident: { label: 'incident', value: wfa.dataPill(params.inputs.incident, 'reference') },
            reason: { label: 'reason', value: wfa.dataPill(params.inputs.reason, 'string') },
            flow_name: { label: 'flow_name', value: wfa.dataPill(params.inputs.flow_name, 'string') },
            stop_on_error: { label: 'stop_on_error', value: wfa.dataPill(params.inputs.stop_on_error, 'boolean') },
        },
        outputVariables: {
            succeeded: BooleanColumn({ label: 'succeeded' }),
            pending: BooleanColumn({ label: 'pending' }),
            action_row: StringColumn({ label: 'action_row', maxLength: 32 }),
            opcon_status: IntegerColumn({ label: 'opcon_status' }),
            opcon_message: StringColumn({ label: 'opcon_message', maxLength: 4000 }),
            job_status: StringColumn({ label: 'job_status', maxLength: 4000 }),
            daily_schedule_id: StringColumn({ label: 'daily_schedule_id', maxLength: 4000 }),
            error_code: StringColumn({ label: 'error_code', maxLength: 4000 }),
            error_message: StringColumn({ label: 'error_message', maxLength: 4000 }),
        },
    })
    wfa.assignActionOutputs(params.outputs, {
        succeeded: wfa.dataPill(step.succeeded, 'boolean'),
        pending: wfa.dataPill(step.pending, 'boolean'),
        action_row: wfa.dataPill(step.action_row, 'string'),
        opcon_status: wfa.dataPill(step.opcon_status, 'integer'),
        opcon_message: wfa.dataPill(step.opcon_message, 'string'),
        job_status: wfa.dataPill(step.job_status, 'string'),
        daily_schedule_id: wfa.dataPill(step.daily_schedule_id, 'string'),
        error_code: wfa.dataPill(step.error_code, 'string'),
        error_message: wfa.dataPill(step.error_message, 'string'),
    })
})

export const getDailyJob = Action({
    $id: Now.ID['fa_get_daily_job'],
    name: 'Get daily job',
    internalName: 'opcon_get_daily_job',
    category: 'OpCon',
    description: 'Reads an OpCon daily job; Job status says its status. Outputs say whether it succeeded, is pending, or why not (Error message).',
    access: 'package_private',
    inputs: {
        server: ReferenceColumn({ label: 'OpCon server', referenceTable: 'x_opcon_server', mandatory: true, hint: 'A server registered under OpCon Connector > Servers.' }),
        daily_job_id: StringColumn({ label: 'Daily job id', maxLength: 4000, mandatory: true, hint: 'yyyyMMdd|schedule id|instance|job name, as on the incident (Correlation ID) or from Get daily job.' }),
        stop_on_error: BooleanColumn({ label: 'Stop the flow when it fails', default: false, hint: 'On: a refusal or failure fails the action (and the flow, unless it handles errors). Off: the flow goes on; read Succeeded and Error message.' }),
    },
    outputs: {
        succeeded: BooleanColumn({ label: 'Succeeded' }),
        pending: BooleanColumn({ label: 'Pending (read it later with Wait for OpCon result)' }),
        action_row: ReferenceColumn({ label: 'Action row', referenceTable: 'x_opcon_action' }),
        opcon_status: IntegerColumn({ label: 'OpCon HTTP status' }),
        opcon_message: StringColumn({ label: 'OpCon message', maxLength: 4000 }),
        job_status: StringColumn({ label: 'Job status', maxLength: 100 }),
        daily_schedule_id: StringColumn({ label: 'Daily schedule id', maxLength: 100 }),
        error_code: StringColumn({ label: 'Error code', maxLength: 40 }),
        error_message: StringColumn({ label: 'Error message', maxLength: 4000 }),
    },
}, (params) => {
    const step = wfa.actionStep(actionStep.script, { $id: Now.ID['fa_get_daily_job_step'], label: 'Call OpCon' }, {
        script: `(function execute(inputs, outputs) { ${MODULE}.runFlowStep('getDailyJob', inputs, outputs); })(inputs, outputs);`,
        required_run_time: 'instance',
        errorHandlingType: 'stop_the_action',
        inputVariables: {
            server: { label: 'server', value: wfa.dataPill(params.inputs.server, 'reference') },
            daily_job_id: { label: 'daily_job_id', value: wfa.dataPill(params.inputs.daily_job_id, 'string') },
            stop_on_error: { label: 'stop_on_error', value: wfa.dataPill(params.inputs.stop_on_error, 'boolean') },
        },
        outputVariables: {
            succeeded: BooleanColumn({ label: 'succeeded' }),
            pending: BooleanColumn({ label: 'pending' }),
            action_row: StringColumn({ label: 'action_row', maxLength: 32 }),
            opcon_status: IntegerColumn({ label: 'opcon_status' }),
            opcon_message: StringColumn({ label: 'opcon_message', maxLength: 4000 }),
            job_status: StringColumn({ label: 'job_status', maxLength: 4000 }),
            daily_schedule_id: StringColumn({ label: 'daily_schedule_id', maxLength: 4000 }),
            error_code: StringColumn({ label: 'error_code', maxLength: 4000 }),
            error_message: StringColumn({ label: 'error_message', maxLength: 4000 }),
        },
    })
    wfa.assignActionOutputs(params.outputs, {
        succeeded: wfa.dataPill(step.succeeded, 'boolean'),
        pending: wfa.dataPill(step.pending, 'boolean'),
        action_row: wfa.dataPill(step.action_row, 'string'),
        opcon_status: wfa.dataPill(step.opcon_status, 'integer'),
        opcon_message: wfa.dataPill(step.opcon_message, 'string'),
        job_status: wfa.dataPill(step.job_status, 'string'),
        daily_schedule_id: wfa.dataPill(step.daily_schedule_id, 'string'),
        error_code: wfa.dataPill(step.error_code, 'string'),
        error_message: wfa.dataPill(step.error_message, 'string'),
    })
})

export const findDailySchedule = Action({
    $id: Now.ID['fa_find_daily_schedule'],
    name: 'Find daily schedule by name and date',
    internalName: 'opcon_find_daily_schedule',
    category: 'OpCon',
    description: 'Finds the daily schedule of a schedule on a date; Daily schedule id feeds Add job to daily schedule. Outputs say whether it succeeded, is pending, or why not (Error message).',
    access: 'package_private',
    inputs: {
        server: ReferenceColumn({ label: 'OpCon server', referenceTable: 'x_opcon_server', mandatory: true, hint: 'A server registered under OpCon Connector > Servers.' }),
        schedule_name: StringColumn({ label: 'Schedule name', maxLength: 255, mandatory: true }),
        date: StringColumn({ label: 'Date (yyyy-MM-dd)', maxLength: 10, mandatory: true }),
        stop_on_error: BooleanColumn({ label: 'Stop the flow when it fails', default: false, hint: 'On: a refusal or failure fails the action (and the flow, unless it handles errors). Off: the flow goes on; read Succeeded and Error message.' }),
    },
    outputs: {
        succeeded: BooleanColumn({ label: 'Succeeded' }),
        pending: BooleanColumn({ label: 'Pending (read it later with Wait for OpCon result)' }),
        action_row: ReferenceColumn({ label: 'Action row', referenceTable: 'x_opcon_action' }),
        opcon_status: IntegerColumn({ label: 'OpCon HTTP status' }),
        opcon_message: StringColumn({ label: 'OpCon message', maxLength: 4000 }),
        job_status: StringColumn({ label: 'Job status', maxLength: 100 }),
        daily_schedule_id: StringColumn({ label: 'Daily schedule id', maxLength: 100 }),
        error_code: StringColumn({ label: 'Error code', maxLength: 40 }),
        error_message: StringColumn({ label: 'Error message', maxLength: 4000 }),
    },
}, (params) => {
    const step = wfa.actionStep(actionStep.script, { $id: Now.ID['fa_find_daily_schedule_step'], label: 'Call OpCon' }, {
        script: `(function execute(inputs, outputs) { ${MODULE}.runFlowStep('findDailySchedule', inputs, outputs); })(inputs, outputs);`,
        required_run_time: 'instance',
        errorHandlingType: 'stop_the_action',
        inputVariables: {
            server: { label: 'server', value: wfa.dataPill(params.inputs.server, 'reference') },
            schedule_name: { label: 'schedule_name', value: wfa.dataPill(params.inputs.schedule_name, 'string') },
            date: { label: 'date', value: wfa.dataPill(params.inputs.date, 'string') },
            stop_on_error: { label: 'stop_on_error', value: wfa.dataPill(params.inputs.stop_on_error, 'boolean') },
        },
        outputVariables: {
            succeeded: BooleanColumn({ label: 'succeeded' }),
            pending: BooleanColumn({ label: 'pending' }),
            action_row: StringColumn({ label: 'action_row', maxLength: 32 }),
            opcon_status: IntegerColumn({ label: 'opcon_status' }),
            opcon_message: StringColumn({ label: 'opcon_message', maxLength: 4000 }),
            job_status: StringColumn({ label: 'job_status', maxLength: 4000 }),
            daily_schedule_id: StringColumn({ label: 'daily_schedule_id', maxLength: 4000 }),
            error_code: StringColumn({ label: 'error_code', maxLength: 4000 }),
            error_message: StringColumn({ label: 'error_message', maxLength: 4000 }),
        },
    })
    wfa.assignActionOutputs(params.outputs, {
        succeeded: wfa.dataPill(step.succeeded, 'boolean'),
        pending: wfa.dataPill(step.pending, 'boolean'),
        action_row: wfa.dataPill(step.action_row, 'string'),
        opcon_status: wfa.dataPill(step.opcon_status, 'integer'),
        opcon_message: wfa.dataPill(step.opcon_message, 'string'),
        job_status: wfa.dataPill(step.job_status, 'string'),
        daily_schedule_id: wfa.dataPill(step.daily_schedule_id, 'string'),
        error_code: wfa.dataPill(step.error_code, 'string'),
        error_message: wfa.dataPill(step.error_message, 'string'),
    })
})

export const buildSchedule = Action({
    $id: Now.ID['fa_build_schedule'],
    name: 'Build schedule',
    internalName: 'opcon_build_schedule',
    category: 'OpCon',
    description: 'Builds an OpCon schedule for a date. Outputs say whether it succeeded, is pending, or why not (Error message).',
    access: 'package_private',
    inputs: {
        server: ReferenceColumn({ label: 'OpCon server', referenceTable: 'x_opcon_server', mandatory: true, hint: 'A server registered under OpCon Connector > Servers.' }),
        schedule_name: StringColumn({ label: 'Schedule name', maxLength: 255, mandatory: true }),
        date: StringColumn({ label: 'Date (yyyy-MM-dd)', maxLength: 10, mandatory: true }),
        flow_name: StringColumn({ label: 'Flow name (for the audit row)', maxLength: 255, hint: 'Written on the OpCon Action row, so the audit says which flow asked.' }),
        stop_on_error: BooleanColumn({ label: 'Stop the flow when it fails', default: false, hint: 'On: a refusal or failure fails the action (and the flow, unless it handles errors). Off: the flow goes on; read Succeeded and Error message.' }),
    },
    outputs: {
        succeeded: BooleanColumn({ label: 'Succeeded' }),
        pending: BooleanColumn({ label: 'Pending (read it later with Wait for OpCon result)' }),
        action_row: ReferenceColumn({ label: 'Action row', referenceTable: 'x_opcon_action' }),
        opcon_status: IntegerColumn({ label: 'OpCon HTTP status' }),
        opcon_message: StringColumn({ label: 'OpCon message', maxLength: 4000 }),
        job_status: StringColumn({ label: 'Job status', maxLength: 100 }),
        daily_schedule_id: StringColumn({ label: 'Daily schedule id', maxLength: 100 }),
        error_code: StringColumn({ label: 'Error code', maxLength: 40 }),
        error_message: StringColumn({ label: 'Error message', maxLength: 4000 }),
    },
}, (params) => {
    const step = wfa.actionStep(actionStep.script, { $id: Now.ID['fa_build_schedule_step'], label: 'Call OpCon' }, {
        script: `(function execute(inputs, outputs) { ${MODULE}.runFlowStep('buildSchedule', inputs, outputs); })(inputs, outputs);`,
        required_run_time: 'instance',
        errorHandlingType: 'stop_the_action',
        inputVariables: {
            server: { label: 'server', value: wfa.dataPill(params.inputs.server, 'reference') },
            schedule_name: { label: 'schedule_name', value: wfa.dataPill(params.inputs.schedule_name, 'string') },
            date: { label: 'date', value: wfa.dataPill(params.inputs.date, 'string') },
            flow_name: { label: 'flow_name', value: wfa.dataPill(params.inputs.flow_name, 'string') },
            stop_on_error: { label: 'stop_on_error', value: wfa.dataPill(params.inputs.stop_on_error, 'boolean') },
        },
        outputVariables: {
            succeeded: BooleanColumn({ label: 'succeeded' }),
            pending: BooleanColumn({ label: 'pending' }),
            action_row: StringColumn({ label: 'action_row', maxLength: 32 }),
            opcon_status: IntegerColumn({ label: 'opcon_status' }),
            opcon_message: StringColumn({ label: 'opcon_message', maxLength: 4000 }),
            job_status: StringColumn({ label: 'job_status', maxLength: 4000 }),
            daily_schedule_id: StringColumn({ label: 'daily_schedule_id', maxLength: 4000 }),
            error_code: StringColumn({ label: 'error_code', maxLength: 4000 }),
            error_message: StringColumn({ label: 'error_message', maxLength: 4000 }),
        },
    })
    wfa.assignActionOutputs(params.outputs, {
        succeeded: wfa.dataPill(step.succeeded, 'boolean'),
        pending: wfa.dataPill(step.pending, 'boolean'),
        action_row: wfa.dataPill(step.action_row, 'string'),
        opcon_status: wfa.dataPill(step.opcon_status, 'integer'),
        opcon_message: wfa.dataPill(step.opcon_message, 'string'),
        job_status: wfa.dataPill(step.job_status, 'string'),
        daily_schedule_id: wfa.dataPill(step.daily_schedule_id, 'string'),
        error_code: wfa.dataPill(step.error_code, 'string'),
        error_message: wfa.dataPill(step.error_message, 'string'),
    })
})

export const addJobToDailySchedule = Action({
    $id: Now.ID['fa_add_job_to_daily_schedule'],
    name: 'Add job to daily schedule',
    internalName: 'opcon_add_job_to_daily_schedule',
    category: 'OpCon',
    description: 'Adds a job to a daily schedule in OpCon. Outputs say whether it succeeded, is pending, or why not (Error message).',
    access: 'package_private',
    inputs: {
        server: ReferenceColumn({ label: 'OpCon server', referenceTable: 'x_opcon_server', mandatory: true, hint: 'A server registered under OpCon Connector > Servers.' }),
        daily_schedule_id: StringColumn({ label: 'Daily schedule id', maxLength: 100, mandatory: true, hint: 'The Daily schedule id output of Find daily schedule by name and date.' }),
        job_name: StringColumn({ label: 'Job name', maxLength: 255, mandatory: true }),
        frequency: StringColumn({ label: 'Frequency', maxLength: 255, mandatory: true }),
        flow_name: StringColumn({ label: 'Flow name (for the audit row)', maxLength: 255, hint: 'Written on the OpCon Action row, so the audit says which flow asked.' }),
        stop_on_error: BooleanColumn({ label: 'Stop the flow when it fails', default: false, hint: 'On: a refusal or failure fails the action (and the flow, unless it handles errors). Off: the flow goes on; read Succeeded and Error message.' }),
    },
    outputs: {
        succeeded: BooleanColumn({ label: 'Succeeded' }),
        pending: BooleanColumn({ label: 'Pending (read it later with Wait for OpCon result)' }),
        action_row: ReferenceColumn({ label: 'Action row', referenceTable: 'x_opcon_action' }),
        opcon_status: IntegerColumn({ label: 'OpCon HTTP status' }),
        opcon_message: StringColumn({ label: 'OpCon message', maxLength: 4000 }),
        job_status: StringColumn({ label: 'Job status', maxLength: 100 }),
        daily_schedule_id: StringColumn({ label: 'Daily schedule id', maxLength: 100 }),
        error_code: StringColumn({ label: 'Error code', maxLength: 40 }),
        error_message: StringColumn({ label: 'Error message', maxLength: 4000 }),
    },
}, (params) => {
    const step = wfa.actionStep(actionStep.script, { $id: Now.ID['fa_add_job_to_daily_schedule_step'], label: 'Call OpCon' }, {
        script: `(function execute(inputs, outputs) { ${MODULE}.runFlowStep('addJob', inputs, outputs); })(inputs, outputs);`,
        required_run_time: 'instance',
        errorHandlingType: 'stop_the_action',
        inputVariables: {
            server: { label: 'server', value: wfa.dataPill(params.inputs.server, 'reference') },
            daily_schedule_id: { label: 'daily_schedule_id', value: wfa.dataPill(params.inputs.daily_schedule_id, 'string') },
            job_name: { label: 'job_name', value: wfa.dataPill(params.inputs.job_name, 'string') },
            frequency: { label: 'frequency', value: wfa.dataPill(params.inputs.frequency, 'string') },
            flow_name: { label: 'flow_name', value: wfa.dataPill(params.inputs.flow_name, 'string') },
            stop_on_error: { label: 'stop_on_error', value: wfa.dataPill(params.inputs.stop_on_error, 'boolean') },
        },
        outputVariables: {
            succeeded: BooleanColumn({ label: 'succeeded' }),
            pending: BooleanColumn({ label: 'pending' }),
            action_row: StringColumn({ label: 'action_row', maxLength: 32 }),
            opcon_status: IntegerColumn({ label: 'opcon_status' }),
            opcon_message: StringColumn({ label: 'opcon_message', maxLength: 4000 }),
            job_status: StringColumn({ label: 'job_status', maxLength: 4000 }),
            daily_schedule_id: StringColumn({ label: 'daily_schedule_id', maxLength: 4000 }),
            error_code: StringColumn({ label: 'error_code', maxLength: 4000 }),
            error_message: StringColumn({ label: 'error_message', maxLength: 4000 }),
        },
    })
    wfa.assignActionOutputs(params.outputs, {
        succeeded: wfa.dataPill(step.succeeded, 'boolean'),
        pending: wfa.dataPill(step.pending, 'boolean'),
        action_row: wfa.dataPill(step.action_row, 'string'),
        opcon_status: wfa.dataPill(step.opcon_status, 'integer'),
        opcon_message: wfa.dataPill(step.opcon_message, 'string'),
        job_status: wfa.dataPill(step.job_status, 'string'),
        daily_schedule_id: wfa.dataPill(step.daily_schedule_id, 'string'),
        error_code: wfa.dataPill(step.error_code, 'string'),
        error_message: wfa.dataPill(step.error_message, 'string'),
    })
})

export const waitForResult = Action({
    $id: Now.ID['fa_wait_for_result'],
    name: 'Wait for OpCon result',
    internalName: 'opcon_wait_for_result',
    category: 'OpCon',
    description: 'Reads the result of an OpCon action that was pending, by its Action row. Outputs say whether it succeeded, is pending, or why not (Error message).',
    access: 'package_private',
    inputs: {
        action_row: ReferenceColumn({ label: 'Action row', referenceTable: 'x_opcon_action', mandatory: true, hint: 'The Action row output of an OpCon action earlier in this flow that is pending (another flow\'s or user\'s row is refused).' }),
        flow_name: StringColumn({ label: 'Flow name (as given to that action)', maxLength: 255, hint: 'The Flow name the pending action was given: the row must be this flow\'s.' }),
        stop_on_error: BooleanColumn({ label: 'Stop the flow when it fails', default: false, hint: 'On: a refusal or failure fails the action (and the flow, unless it handles errors). Off: the flow goes on; read Succeeded and Error message.' }),
    },
    outputs: {
        succeeded: BooleanColumn({ label: 'Succeeded' }),
        pending: BooleanColumn({ label: 'Pending (read it later with Wait for OpCon result)' }),
        action_row: ReferenceColumn({ label: 'Action row', referenceTable: 'x_opcon_action' }),
        opcon_status: IntegerColumn({ label: 'OpCon HTTP status' }),
        opcon_message: StringColumn({ label: 'OpCon message', maxLength: 4000 }),
        job_status: StringColumn({ label: 'Job status', maxLength: 100 }),
        daily_schedule_id: StringColumn({ label: 'Daily schedule id', maxLength: 100 }),
        error_code: StringColumn({ label: 'Error code', maxLength: 40 }),
        error_message: StringColumn({ label: 'Error message', maxLength: 4000 }),
    },
}, (params) => {
    const step = wfa.actionStep(actionStep.script, { $id: Now.ID['fa_wait_for_result_step'], label: 'Call OpCon' }, {
        script: `(function execute(inputs, outputs) { ${MODULE}.runFlowStep('waitForResult', inputs, outputs); })(inputs, outputs);`,
        required_run_time: 'instance',
        errorHandlingType: 'stop_the_action',
        inputVariables: {
            action_row: { label: 'action_row', value: wfa.dataPill(params.inputs.action_row, 'reference') },
            flow_name: { label: 'flow_name', value: wfa.dataPill(params.inputs.flow_name, 'string') },
            stop_on_error: { label: 'stop_on_error', value: wfa.dataPill(params.inputs.stop_on_error, 'boolean') },
        },
        outputVariables: {
            succeeded: BooleanColumn({ label: 'succeeded' }),
            pending: BooleanColumn({ label: 'pending' }),
            action_row: StringColumn({ label: 'action_row', maxLength: 32 }),
            opcon_status: IntegerColumn({ label: 'opcon_status' }),
            opcon_message: StringColumn({ label: 'opcon_message', maxLength: 4000 }),
            job_status: StringColumn({ label: 'job_status', maxLength: 4000 }),
            daily_schedule_id: StringColumn({ label: 'daily_schedule_id', maxLength: 4000 }),
            error_code: StringColumn({ label: 'error_code', maxLength: 4000 }),
            error_message: StringColumn({ label: 'error_message', maxLength: 4000 }),
        },
    })
    wfa.assignActionOutputs(params.outputs, {
        succeeded: wfa.dataPill(step.succeeded, 'boolean'),
        pending: wfa.dataPill(step.pending, 'boolean'),
        action_row: wfa.dataPill(step.action_row, 'string'),
        opcon_status: wfa.dataPill(step.opcon_status, 'integer'),
        opcon_message: wfa.dataPill(step.opcon_message, 'string'),
        job_status: wfa.dataPill(step.job_status, 'string'),
        daily_schedule_id: wfa.dataPill(step.daily_schedule_id, 'string'),
        error_code: wfa.dataPill(step.error_code, 'string'),
        error_message: wfa.dataPill(step.error_message, 'string'),
    })
})
