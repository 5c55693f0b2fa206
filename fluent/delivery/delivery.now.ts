import '@servicenow/sdk/global'
import { Record, ScriptAction, ScheduledScript } from '@servicenow/sdk/core'
import { deliverDueActions, onActionQueued } from '../../src/server/delivery.ts'

Record({
    $id: Now.ID['event_action_queued'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_opcon.action.queued',
        table: 'x_opcon_action',
        description: 'An OpCon job action was recorded; deliver it (parm1 action sys_id, parm2 incident sys_id).',
        fired_by: 'OpCon Connector action queue',
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
    script: deliverDueActions,
    active: true,
})
