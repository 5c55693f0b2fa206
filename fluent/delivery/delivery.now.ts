import '@servicenow/sdk/global'
import { Record, ScriptAction, ScheduledScript } from '@servicenow/sdk/core'
import { deliverDueActions, onActionQueued } from '../../src/server/sync/delivery.ts'
import { schedulerAccount } from './scheduler-account.now'

// Delivery makes blocking calls to OpCon (up to x_opcon.http_timeout_ms each):
// it runs on the connector's own event queue, so an OpCon outage never holds
// up the default queue that every other app's notifications and SLAs share
// (`now-sdk explain registering-events-guide`, "Custom Queue Registration").
// Provider 44af4464431212108da9a574a9b8f2f5 is the platform's Event Provider.
Record({
    $id: Now.ID['queue_delivery'],
    table: 'sysevent_queue',
    data: {
        sys_class_name: 'sysevent_queue',
        queue: 'x_opcon.delivery',
        suffix: 'delivery',
        description: 'OpCon Connector: sends queued OpCon job actions (blocking HTTP calls to OpCon).',
        poll_interval: '1970-01-01 00:00:05',
        job_config: 'jobs_per_node',
        job_config_value: 1,
        provider: '44af4464431212108da9a574a9b8f2f5',
        automatic_processing: true,
        processing_order: 'parallel',
    },
})

Record({
    $id: Now.ID['event_action_queued'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_opcon.action.queued',
        suffix: 'action.queued',
        table: 'x_opcon_action',
        queue: 'x_opcon.delivery',
        description: 'An OpCon job action was recorded; deliver it (parm1 action sys_id, parm2 incident sys_id).',
        fired_by: 'OpCon Connector action queue (src/server/sync/action-queue.ts)',
    },
})

ScriptAction({
    $id: Now.ID['sa_deliver_action'],
    name: 'OpCon: deliver queued job action',
    eventName: 'x_opcon.action.queued',
    script: onActionQueued,
    active: true,
    order: 100,
    description: 'Sends the incident\'s pending OpCon job actions in order and follows each to its outcome.',
})

ScheduledScript({
    $id: Now.ID['job_deliver_due'],
    name: 'OpCon: retry and follow job actions',
    frequency: 'periodically',
    executionInterval: { minutes: 1 },
    executionStart: '2026-01-01 00:00:00',
    runAs: schedulerAccount,
    script: deliverDueActions,
    active: true,
})
