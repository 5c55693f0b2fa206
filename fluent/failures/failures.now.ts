import '@servicenow/sdk/global'
import { Acl, CrossScopePrivilege, Property, Record, RestApi, ScheduledScript, ScriptAction } from '@servicenow/sdk/core'
import { collectFailedJobs, onFailureReported } from '../../src/server/failures/collector.ts'
import { receiveFailure } from '../../src/server/failures/push-endpoint.ts'
import { menu } from '../menu/menu.now'
import { category } from '../properties/properties.now'
import { ciClass } from '../cmdb/cmdb.now'
import { opconAdmin, opconFailureReporter } from '../roles/roles.now'
import { schedulerAccount } from '../delivery/scheduler-account.now'

// Failed OpCon jobs open incidents (src/server/failures/): a collector that
// polls each server with "Open incidents for failed jobs" on, and an endpoint
// OpCon's Notification Manager can call for an immediate report.

ScheduledScript({
    $id: Now.ID['job_collect_failures'],
    name: 'OpCon: collect failed jobs',
    frequency: 'periodically',
    executionInterval: { minutes: 1 },
    executionStart: '2026-01-01 00:00:00',
    runAs: schedulerAccount,
    script: collectFailedJobs,
    active: true,
})

// Pushed failures are worked on their own queue: reading the job from OpCon blocks, and a flood of
// reports must never wait in front of the job actions on x_opcon.delivery (fluent/delivery/), nor
// in front of the default queue (`now-sdk explain registering-events-guide`, "Custom Queue
// Registration"). Provider 44af4464431212108da9a574a9b8f2f5 is the platform's Event Provider.
Record({
    $id: Now.ID['queue_failures'],
    table: 'sysevent_queue',
    data: {
        sys_class_name: 'sysevent_queue',
        queue: 'x_opcon.failures',
        suffix: 'failures',
        description: 'OpCon Connector: works failed jobs OpCon reported (blocking HTTP calls to OpCon), apart from job actions.',
        poll_interval: '1970-01-01 00:00:05',
        job_config: 'jobs_per_node',
        job_config_value: 1,
        provider: '44af4464431212108da9a574a9b8f2f5',
        automatic_processing: true,
        processing_order: 'parallel',
    },
})

Record({
    $id: Now.ID['event_failure_reported'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_opcon.failure.reported',
        suffix: 'failure.reported',
        table: 'x_opcon_failure',
        queue: 'x_opcon.failures',
        description: 'OpCon reported a failed job through the REST endpoint; read it from OpCon and act (parm1 failure sys_id).',
        fired_by: 'OpCon Connector failure endpoint (src/server/failures/push-endpoint.ts)',
    },
})

ScriptAction({
    $id: Now.ID['sa_failure_reported'],
    name: 'OpCon: work a reported failed job',
    eventName: 'x_opcon.failure.reported',
    script: onFailureReported,
    active: true,
    order: 100,
    description: 'Reads the reported job from its registered OpCon server, confirms it failed, and opens, notes or reopens its incident.',
})

// POST /api/x_opcon/v1/opcon/failures: only the failure reporter account.
export const failureEndpointAcl = Acl({
    $id: Now.ID['acl_failure_endpoint'],
    type: 'rest_endpoint',
    name: 'x_opcon/opcon/failures',
    operation: 'execute',
    roles: [opconFailureReporter],
    description: 'Only the failure reporter account (x_opcon.failure_reporter) may report failed OpCon jobs.',
})

RestApi({
    $id: Now.ID['rest_api_opcon'],
    name: 'OpCon',
    serviceId: 'opcon',
    namespace: 'x_opcon',
    shortDescription: 'OpCon reports failed jobs to the OpCon Connector.',
    consumes: 'application/json',
    produces: 'application/json',
    versions: [{ $id: Now.ID['rest_api_opcon_v1'], version: 1, active: true, isDefault: true, shortDescription: 'First version.' }],
    routes: [
        {
            $id: Now.ID['rest_route_failures'],
            name: 'failures',
            method: 'POST',
            path: '/failures',
            version: 1,
            active: true,
            authentication: true,
            authorization: true,
            enforceAcl: [failureEndpointAcl],
            consumes: 'application/json',
            produces: 'application/json',
            shortDescription: 'A job failed in OpCon: {"address": "<host:port>", "daily_job_id": "<yyyyMMdd|schedule id|instance|job name>", "text": "<optional>"}. Answers 202 with a link to the failure record.',
            requestExample: '{"address": "opcon.example.com:9010", "daily_job_id": "20261126|42|1|PAYROLL-RUN"}',
            script: receiveFailure,
        },
    ],
})

// The failure log is the admins' (it names servers and jobs); only the connector writes it.
Acl({ $id: Now.ID['acl_failure_read'], type: 'record', table: 'x_opcon_failure', operation: 'read', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_failure_write'], type: 'record', table: 'x_opcon_failure', operation: 'write', roles: [opconAdmin], script: 'answer = false;' })
Acl({ $id: Now.ID['acl_failure_create'], type: 'record', table: 'x_opcon_failure', operation: 'create', roles: [opconAdmin], script: 'answer = false;' })
Acl({ $id: Now.ID['acl_failure_delete'], type: 'record', table: 'x_opcon_failure', operation: 'delete', roles: [opconAdmin] })

Record({
    $id: Now.ID['module_failures'],
    table: 'sys_app_module',
    data: { title: 'Failed Jobs', application: menu, link_type: 'LIST', name: 'x_opcon_failure', filter: 'ORDERBYDESCsys_created_on', order: 360, active: true, roles: ['x_opcon.admin'] },
})

export const collectInterval = Property({
    $id: Now.ID['property_collect_interval_minutes'],
    name: 'x_opcon.collect_interval_minutes',
    type: 'integer',
    value: 1,
    description: 'Minutes between two listings of a server\'s failed jobs by the collector (1 to 1440; 1: every run of its job, which runs every minute). Failures already found are worked every minute whatever this says.',
    roles: { write: [opconAdmin] },
})
export const failureGrace = Property({
    $id: Now.ID['property_failure_grace_minutes'],
    name: 'x_opcon.failure_grace_minutes',
    type: 'integer',
    value: 0,
    description: 'Minutes a failed OpCon job must stay failed before an incident is opened (0 to 1440). A job that OpCon\'s own automatic restart recovers in that time opens nothing.',
    roles: { write: [opconAdmin] },
})
export const failureExtraDays = Property({
    $id: Now.ID['property_failure_extra_days'],
    name: 'x_opcon.failure_extra_days',
    type: 'integer',
    value: 0,
    description: 'Schedule dates before yesterday the collector also lists (0 to 30). Yesterday, today and tomorrow are always listed.',
    roles: { write: [opconAdmin] },
})
export const reopenState = Property({
    $id: Now.ID['property_reopen_state'],
    name: 'x_opcon.reopen_state',
    type: 'choicelist',
    choices: ['2', '1', '3'],
    value: '2',
    description: 'The state a Resolved incident goes back to when its restarted job fails again: 2 In Progress (default: the job is then marked Under Review), 1 New, 3 On Hold.',
    roles: { write: [opconAdmin] },
})
export const alwaysNewIncident = Property({
    $id: Now.ID['property_always_new_incident'],
    name: 'x_opcon.always_new_incident',
    type: 'boolean',
    value: false,
    description: 'Open a new incident for every failed run, instead of noting an open incident or reopening a resolved one.',
    roles: { write: [opconAdmin] },
})
export const pushMaxPerMinute = Property({
    $id: Now.ID['property_push_max_per_minute'],
    name: 'x_opcon.push_max_per_minute',
    type: 'integer',
    value: 60,
    description: 'New failed jobs one account may report through the failure endpoint in a minute (1 to 1000). More are answered 429 with Retry-After and not recorded; the collector still finds them on servers with "Open incidents for failed jobs" on.',
    roles: { write: [opconAdmin] },
})
export const jobLogMaxKb = Property({
    $id: Now.ID['property_job_log_max_kb'],
    name: 'x_opcon.job_log_max_kb',
    type: 'integer',
    value: 256,
    description: 'How much of a failed job\'s output is attached to its incident, in KB (1 to 10240). The end of the log is kept: that is where the error is.',
    roles: { write: [opconAdmin] },
})

// A new incident for a failed job (the connector inserts it; the work note names the failure).
CrossScopePrivilege({ $id: Now.ID['csp_incident_create'], status: 'allowed', operation: 'create', targetName: 'incident', targetScope: 'global', targetType: 'sys_db_object' })

// On the "OpCon Connector Properties" page, after the job-action properties.
Record({ $id: Now.ID['category_collect_interval_minutes'], table: 'sys_properties_category_m2m', data: { category: category, property: collectInterval, order: 1900 } })
Record({ $id: Now.ID['category_failure_grace_minutes'], table: 'sys_properties_category_m2m', data: { category: category, property: failureGrace, order: 2000 } })
Record({ $id: Now.ID['category_failure_extra_days'], table: 'sys_properties_category_m2m', data: { category: category, property: failureExtraDays, order: 2100 } })
Record({ $id: Now.ID['category_reopen_state'], table: 'sys_properties_category_m2m', data: { category: category, property: reopenState, order: 2200 } })
Record({ $id: Now.ID['category_always_new_incident'], table: 'sys_properties_category_m2m', data: { category: category, property: alwaysNewIncident, order: 2300 } })
Record({ $id: Now.ID['category_ci_class'], table: 'sys_properties_category_m2m', data: { category: category, property: ciClass, order: 2500 } })
Record({ $id: Now.ID['category_job_log_max_kb'], table: 'sys_properties_category_m2m', data: { category: category, property: jobLogMaxKb, order: 2400 } })
Record({ $id: Now.ID['category_push_max_per_minute'], table: 'sys_properties_category_m2m', data: { category: category, property: pushMaxPerMinute, order: 2600 } })

// The job log is attached to the incident (GlideSysAttachment.write creates a sys_attachment row).
CrossScopePrivilege({ $id: Now.ID['csp_attachment_create'], status: 'allowed', operation: 'create', targetName: 'sys_attachment', targetScope: 'global', targetType: 'sys_db_object' })
