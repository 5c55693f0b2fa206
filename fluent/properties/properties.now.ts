import '@servicenow/sdk/global'
import { Property, Record } from '@servicenow/sdk/core'
import { opconAdmin } from '../roles/roles.now'

// Every property is written by x_opcon.admin (admin passes by role) and
// listed on one "OpCon Connector Properties" page (see category below).
export const enabled = Property({
    $id: Now.ID['property_enabled'],
    name: 'x_opcon.enabled',
    type: 'boolean',
    value: true,
    description: 'Master switch for the connector. When false, incident state changes queue nothing, the OpCon Job dialog and the API queue nothing, and actions already queued wait until it is true again (results of actions already sent are still read).',
    roles: { write: [opconAdmin] },
})

export const correlationDisplay = Property({
    $id: Now.ID['property_correlation_display'],
    name: 'x_opcon.correlation_display',
    type: 'string',
    value: 'SMA_OPCON',
    description: 'Incidents whose Correlation display equals this value were opened by OpCon and are synchronised with their OpCon job.',
    roles: { write: [opconAdmin] },
})

export const resolveAction = Property({
    $id: Now.ID['property_resolve_action'],
    name: 'x_opcon.resolve_action',
    type: 'choicelist',
    choices: ['markFixed', 'restart'],
    value: 'markFixed',
    description: 'What resolving an OpCon incident does to its job: markFixed (rule OpConTicketResolved) or restart (rule OpConTicketRelease). Change this instead of editing the business rules.',
    roles: { write: [opconAdmin] },
})

export const httpTimeout = Property({
    $id: Now.ID['property_http_timeout_ms'],
    name: 'x_opcon.http_timeout_ms',
    type: 'integer',
    value: 30000,
    description: 'How long one call to OpCon may take, in milliseconds (1000 to 120000). A call that times out is retried.',
    roles: { write: [opconAdmin] },
})

export const maxAttempts = Property({
    $id: Now.ID['property_max_attempts'],
    name: 'x_opcon.max_attempts',
    type: 'integer',
    value: 5,
    description: 'How many times a job action is sent to OpCon before it is marked failed (1 to 20). Only transient failures (unreachable, timeout, 429, 5xx) are retried.',
    roles: { write: [opconAdmin] },
})

export const retryBackoff = Property({
    $id: Now.ID['property_retry_backoff_seconds'],
    name: 'x_opcon.retry_backoff_seconds',
    type: 'integer',
    value: 60,
    description: 'Seconds before the first retry; each further retry waits twice as long (capped at one hour).',
    roles: { write: [opconAdmin] },
})

// OpCon publishes no rate limit for its REST API; every job action is a row its SAM
// picks up from the database, and a storm's restarts (a job read, the POST, a result
// read each) all go to one server at once. Five calls a second is a restart every
// ~0.6 s, 500 restarts in about five minutes, well under what one REST API service
// answers interactively, and leaves room for Solution Manager users on the same server.
export const maxCallsPerSecond = Property({
    $id: Now.ID['property_max_calls_per_second'],
    name: 'x_opcon.max_calls_per_second',
    type: 'integer',
    value: 5,
    description: 'The most job-action calls (job actions, their result reads, the job read before a restart) the connector starts per second to one OpCon server, across all its workers (0 to 100; 0: no pace). The rest wait their turn in order.',
    roles: { write: [opconAdmin] },
})

export const workNotes = Property({
    $id: Now.ID['property_work_notes'],
    name: 'x_opcon.work_notes',
    type: 'boolean',
    value: true,
    description: 'Write a work note on the incident for the final outcome of each OpCon job action.',
    roles: { write: [opconAdmin] },
})

export const logLevel = Property({
    $id: Now.ID['property_log_level'],
    name: 'x_opcon.log_level',
    type: 'choicelist',
    choices: ['error', 'warn', 'info', 'debug'],
    value: 'info',
    description: 'How much the connector writes to the system log (error, warn, info or debug). Tokens are never logged.',
    roles: { write: [opconAdmin] },
})

// OpConApi sends only these job actions; the rules and the dialog do not read it.
export const apiActions = Property({
    $id: Now.ID['property_api_actions'],
    name: 'x_opcon.api_actions',
    type: 'string',
    value: 'markUnderReview,markFixed,restart,cancel,hold,release',
    description: 'The OpCon job actions other apps may send through the OpConApi script include, comma-separated OpCon action names (hold, cancel, skip, kill, release, start, restart, restartOnHold, forceRestart, markFinishedOk, markFailed, markUnderReview, markFixed). Any other action is refused before anything is sent. Empty: no job action through the API.',
    roles: { write: [opconAdmin] },
})

export const actionRetentionDays = Property({
    $id: Now.ID['property_action_retention_days'],
    name: 'x_opcon.action_retention_days',
    type: 'integer',
    value: 90,
    description: 'Days an OpCon action row is kept after its last change once it is final (succeeded, failed, rejected, superseded), 7 to 3650. The platform\'s table cleanup deletes older final rows every hour (the connector\'s Auto Flush policy for x_opcon_action follows this value); unfinished actions are never deleted.',
    roles: { write: [opconAdmin] },
})

export const category = Record({
    $id: Now.ID['properties_category'],
    table: 'sys_properties_category',
    data: { name: 'x_opcon', title: 'OpCon Connector Properties' },
})

Record({ $id: Now.ID['category_enabled'], table: 'sys_properties_category_m2m', data: { category: category, property: enabled, order: 100 } })
Record({ $id: Now.ID['category_correlation_display'], table: 'sys_properties_category_m2m', data: { category: category, property: correlationDisplay, order: 200 } })
Record({ $id: Now.ID['category_resolve_action'], table: 'sys_properties_category_m2m', data: { category: category, property: resolveAction, order: 300 } })
Record({ $id: Now.ID['category_http_timeout_ms'], table: 'sys_properties_category_m2m', data: { category: category, property: httpTimeout, order: 400 } })
Record({ $id: Now.ID['category_max_attempts'], table: 'sys_properties_category_m2m', data: { category: category, property: maxAttempts, order: 500 } })
Record({ $id: Now.ID['category_retry_backoff_seconds'], table: 'sys_properties_category_m2m', data: { category: category, property: retryBackoff, order: 600 } })
Record({ $id: Now.ID['category_max_calls_per_second'], table: 'sys_properties_category_m2m', data: { category: category, property: maxCallsPerSecond, order: 650 } })
Record({ $id: Now.ID['category_work_notes'], table: 'sys_properties_category_m2m', data: { category: category, property: workNotes, order: 700 } })
Record({ $id: Now.ID['category_log_level'], table: 'sys_properties_category_m2m', data: { category: category, property: logLevel, order: 800 } })
Record({ $id: Now.ID['category_api_actions'], table: 'sys_properties_category_m2m', data: { category: category, property: apiActions, order: 900 } })
Record({ $id: Now.ID['category_action_retention_days'], table: 'sys_properties_category_m2m', data: { category: category, property: actionRetentionDays, order: 1000 } })
