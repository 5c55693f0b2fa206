// Glide shell: the connector's own value in cmdb_ci.discovery_source, which the
// Identification and Reconciliation Engine requires of a source ("IdentificationEngine
// - Scoped": it "must be one of the choice values defined for the discovery_source
// field of the cmdb_ci table"). A sys_choice record shipped in the package would carry
// the update name sys_choice_cmdb_ci_discovery_source, which stands for the field's
// whole list ("View choice list definitions"): installing or uninstalling it may
// replace or orphan Discovery's and other sources' values. So the install's fix script
// adds the one value when it is missing and touches nothing else.
import { GlideRecord } from '@servicenow/glide'
import { DISCOVERY_SOURCE } from './agent-ci.ts'
import { log } from '../log/log.ts'

export const DISCOVERY_SOURCE_LABEL = 'OpCon Connector'

/** Adds "OpCon Connector" to cmdb_ci.discovery_source if no choice has its value yet (any language, active or not: an admin's own change stands). */
export function addDiscoverySource(): void {
    const existing = new GlideRecord('sys_choice')
    existing.addQuery('name', 'cmdb_ci')
    existing.addQuery('element', 'discovery_source')
    existing.addQuery('value', DISCOVERY_SOURCE)
    existing.setLimit(1)
    existing.query()
    if (existing.next()) return
    const choice = new GlideRecord('sys_choice')
    choice.initialize()
    choice.setValue('name', 'cmdb_ci')
    choice.setValue('element', 'discovery_source')
    choice.setValue('value', DISCOVERY_SOURCE)
    choice.setValue('label', DISCOVERY_SOURCE_LABEL)
    choice.setValue('language', 'en')
    choice.setValue('sequence', 100)
    choice.setValue('inactive', false)
    if (String(choice.insert() ?? '') === '') {
        log.error(`The discovery source "${DISCOVERY_SOURCE_LABEL}" could not be added to cmdb_ci.discovery_source: "Sync OpCon agents to CMDB" is refused by the IRE until an admin adds the choice (value ${DISCOVERY_SOURCE}) by hand.`)
        return
    }
    log.info(`Added the discovery source "${DISCOVERY_SOURCE_LABEL}" (${DISCOVERY_SOURCE}) to cmdb_ci.discovery_source; no other choice was changed.`)
}
