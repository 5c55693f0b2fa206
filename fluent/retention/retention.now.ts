import '@servicenow/sdk/global'
import { BusinessRule, Record } from '@servicenow/sdk/core'
import { RETENTION_CONDITION } from '../../src/server/sync/retention.ts'
import { syncActionRetention } from '../../src/server/sync/retention-rules.ts'

// Final OpCon action rows are deleted by the platform's own table cleanup, not
// by a job of the connector's: one cleanup policy (Auto Flush, sys_auto_flush;
// ServiceNow docs "Create a table cleanup rule in Core UI": Tablename,
// Matchfield, Age in seconds, Active, Conditions; "Table cleaner": the platform
// job runs once an hour). A row goes once it has not changed for
// x_opcon.action_retention_days (90 by default, so 7,776,000 seconds here) and
// is not unfinished (src/server/sync/retention.ts): an unfinished row is never
// deleted, and a final state added later needs no change here.
Record({
    $id: Now.ID['auto_flush_actions'],
    table: 'sys_auto_flush',
    data: {
        tablename: 'x_opcon_action',
        matchfield: 'sys_updated_on',
        age: 7776000,
        conditions: RETENTION_CONDITION,
        active: true,
        cascade_delete: false,
    },
})

// The policy's age follows the property. An asynchronous rule because a scoped
// app may only put an async scripted rule (or a before rule without a script)
// on another scope's table ("Business rules in scoped applications", ServiceNow
// docs); it needs read and write on sys_auto_flush (fluent/privileges).
BusinessRule({
    $id: Now.ID['br_retention_sync'],
    name: 'OpCon: action retention follows its property',
    table: 'sys_properties',
    when: 'async',
    order: 100,
    action: ['insert', 'update'],
    filterCondition: 'name=x_opcon.action_retention_days^valueVALCHANGES^EQ',
    script: syncActionRetention,
    description: 'x_opcon.action_retention_days saved: the OpCon Connector\'s cleanup policy for x_opcon_action (sys_auto_flush) deletes final action rows that many days after their last change.',
})
