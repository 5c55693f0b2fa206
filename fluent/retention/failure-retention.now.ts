import '@servicenow/sdk/global'
import { BusinessRule, Property, Record } from '@servicenow/sdk/core'
import { FAILURE_RETENTION_CONDITION } from '../../src/server/sync/retention.ts'
import { syncFailureRetention } from '../../src/server/sync/retention-rules.ts'
import { category } from '../properties/properties.now'
import { opconAdmin } from '../roles/roles.now'

// Final failed-job rows (x_opcon_failure: done, recovered, not failed, error)
// go the way final action rows do (retention.now.ts): the platform's Table
// Cleaner applies the connector's own cleanup policy, kept at
// x_opcon.failure_retention_days (90 by default, 7,776,000 seconds here) by
// the rule below. A row still waiting, being read or worked, or refused and
// waiting for an admin's Retry is never deleted (src/server/sync/retention.ts).

export const failureRetentionDays = Property({
    $id: Now.ID['property_failure_retention_days'],
    name: 'x_opcon.failure_retention_days',
    type: 'integer',
    value: 90,
    description: 'Days a failed-job row is kept after its last change once it is final (done, recovered, not failed, error), 7 to 3650. The platform\'s table cleanup deletes older final rows every hour (the connector\'s Auto Flush policy for x_opcon_failure follows this value); failures still waiting, being worked or refused are never deleted.',
    roles: { write: [opconAdmin] },
})

Record({ $id: Now.ID['category_failure_retention_days'], table: 'sys_properties_category_m2m', data: { category: category, property: failureRetentionDays, order: 2700 } })

Record({
    $id: Now.ID['auto_flush_failures'],
    table: 'sys_auto_flush',
    data: {
        tablename: 'x_opcon_failure',
        matchfield: 'sys_updated_on',
        age: 7776000,
        conditions: FAILURE_RETENTION_CONDITION,
        active: true,
        cascade_delete: false,
    },
})

// Asynchronous for the same reason as the action policy's rule (a scoped app's scripted rule on another scope's table).
BusinessRule({
    $id: Now.ID['br_failure_retention_sync'],
    name: 'OpCon: failure retention follows its property',
    table: 'sys_properties',
    when: 'async',
    order: 100,
    action: ['insert', 'update'],
    filterCondition: 'name=x_opcon.failure_retention_days^valueVALCHANGES^EQ',
    script: syncFailureRetention,
    description: 'x_opcon.failure_retention_days saved: the OpCon Connector\'s cleanup policy for x_opcon_failure (sys_auto_flush) deletes final failed-job rows that many days after their last change.',
})
