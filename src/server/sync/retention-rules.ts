// Glide shell: keeps the connector's cleanup policy (its sys_auto_flush record)
// at x_opcon.action_retention_days. The platform's Table Cleaner deletes final
// action rows by that policy; this rule only moves the policy's age when an
// admin saves the property. It leaves Active alone: an admin who switches the
// policy off (a legal hold) keeps every row until they switch it on again.
import { gs, GlideRecord } from '@servicenow/glide'
import { log } from '../log/log.ts'
import { retentionAgeSeconds, retentionChangeMessage } from './retention.ts'
import { ACTION_RETENTION, actionRetentionDays } from '../settings/settings.ts'

/**
 * The asynchronous rule on sys_properties (after x_opcon.action_retention_days
 * is saved). `current` is the property: the policy is the app's own
 * sys_auto_flush record for x_opcon_action, found by the property's application
 * (sys_scope), so a customer's own policy on the table is never touched.
 */
export function syncActionRetention(current: GlideRecord, previous: GlideRecord | null): void {
    void previous
    const raw = current.getValue('value')
    const days = actionRetentionDays(raw)
    const age = String(retentionAgeSeconds(days))
    const policy = new GlideRecord('sys_auto_flush')
    policy.addQuery('tablename', 'x_opcon_action')
    policy.addQuery('sys_scope', String(current.getValue('sys_scope') ?? ''))
    policy.setLimit(1)
    policy.query()
    if (!policy.next()) {
        log.error(`${ACTION_RETENTION.property} is ${days} days, but the OpCon Connector's cleanup policy for x_opcon_action (sys_auto_flush) is missing or cannot be read: final OpCon action rows are not deleted. Reinstall the OpCon Connector to restore the policy.`)
        return
    }
    const was = policy.getValue('age')
    if (was !== age) {
        policy.setValue('age', age)
        if (policy.update() === null) {
            log.error(`${ACTION_RETENTION.property} is ${days} days, but the instance refused to update the OpCon Connector's cleanup policy (sys_auto_flush ${policy.getUniqueValue()}): it still deletes final action rows after ${was} seconds.`)
            return
        }
    }
    // A change of how long the audit trail is kept is itself worth a trace in the system log.
    const message = retentionChangeMessage({ raw, days, wasSeconds: was, who: `${gs.getUserDisplayName()} (${gs.getUserName()})` })
    if (message) log.warn(message)
}
