// Glide shell: keeps the connector's cleanup policies (its sys_auto_flush
// records) at x_opcon.action_retention_days and x_opcon.failure_retention_days.
// The platform's Table Cleaner deletes final action and failure rows by those
// policies; these rules only move a policy's age when an admin saves its
// property. They leave Active alone: an admin who switches a policy off (a
// legal hold) keeps every row until they switch it on again.
import { gs, GlideRecord } from '@servicenow/glide'
import { log } from '../log/log.ts'
import { ACTION_ROWS, FAILURE_ROWS, retentionAgeSeconds, retentionChangeMessage, type RetentionKind } from './retention.ts'

/** The asynchronous rule on sys_properties after x_opcon.action_retention_days is saved. */
export function syncActionRetention(current: GlideRecord, previous: GlideRecord | null): void {
    void previous
    syncRetention(current, ACTION_ROWS)
}

/** The asynchronous rule on sys_properties after x_opcon.failure_retention_days is saved. */
export function syncFailureRetention(current: GlideRecord, previous: GlideRecord | null): void {
    void previous
    syncRetention(current, FAILURE_ROWS)
}

/**
 * `current` is the property: the policy is the app's own sys_auto_flush record
 * for the kind's table, found by the property's application (sys_scope), so a
 * customer's own policy on the table is never touched.
 */
function syncRetention(current: GlideRecord, kind: RetentionKind): void {
    const raw = current.getValue('value')
    const days = kind.days(raw)
    const age = String(retentionAgeSeconds(days))
    const policy = new GlideRecord('sys_auto_flush')
    policy.addQuery('tablename', kind.table)
    policy.addQuery('sys_scope', String(current.getValue('sys_scope') ?? ''))
    policy.setLimit(1)
    policy.query()
    if (!policy.next()) {
        log.error(`${kind.property} is ${days} days, but the OpCon Connector's cleanup policy for ${kind.table} (sys_auto_flush) is missing or cannot be read: ${kind.rows} are not deleted. Reinstall the OpCon Connector to restore the policy.`)
        return
    }
    const was = policy.getValue('age')
    if (was !== age) {
        policy.setValue('age', age)
        if (policy.update() === null) {
            log.error(`${kind.property} is ${days} days, but the instance refused to update the OpCon Connector's cleanup policy (sys_auto_flush ${policy.getUniqueValue()}): it still deletes ${kind.rows} after ${was} seconds.`)
            return
        }
    }
    // A change of how long the audit trail is kept is itself worth a trace in the system log.
    const message = retentionChangeMessage({ raw, days, wasSeconds: was, who: `${gs.getUserDisplayName()} (${gs.getUserName()})` }, kind)
    if (message) log.warn(message)
}
