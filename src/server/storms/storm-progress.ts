// Glide shell: the outcome of an outage on its parent. Once the parent was
// resolved or canceled and every job action its children queued since then
// is final, one work note on the parent counts them (succeeded, failed,
// rejected...). delivery.ts calls noteOutageProgress after each final
// outcome; the rule that records the settling calls checkOutageProgress (all
// actions may have been rejected at once, and then delivery finishes none).
import { GlideRecord, gs } from '@servicenow/glide'
import { CAPS, journalText } from '../log/journal-text.ts'
import { log } from '../log/log.ts'
import { progressCounts, progressNote } from './storm-plan.ts'
import { STORM_TABLE } from './storm-grouping.ts'

function text(row: GlideRecord, field: string): string {
    return String(row.getValue(field) ?? '')
}

/** After a job action of `incidentSysId` became final. Never throws: the action's outcome is already saved. */
export function noteOutageProgress(incidentSysId: string): void {
    try {
        if (incidentSysId === '') return
        // One small query for every other action: is any outage waiting for its note at all?
        const waiting = new GlideRecord(STORM_TABLE)
        waiting.addNotNullQuery('settled_on')
        waiting.addQuery('progress_noted', false)
        waiting.setLimit(1)
        waiting.query()
        if (!waiting.next()) return
        const child = new GlideRecord('incident')
        if (!child.get(incidentSysId) || text(child, 'parent_incident') === '') return
        checkOutageProgress(text(child, 'parent_incident'))
    } catch (error) {
        log.error(`The outage progress for incident ${incidentSysId} could not be checked: ${error instanceof Error ? error.message : String(error)}`)
    }
}

export function checkOutageProgress(parentSysId: string): void {
    const outage = new GlideRecord(STORM_TABLE)
    outage.addQuery('parent_incident', parentSysId)
    outage.addNotNullQuery('settled_on')
    outage.addQuery('progress_noted', false)
    outage.setLimit(1)
    outage.query()
    if (!outage.next()) return
    const children: string[] = []
    const child = new GlideRecord('incident')
    child.addQuery('parent_incident', parentSysId)
    child.query()
    while (child.next()) children.push(child.getUniqueValue())
    if (children.length === 0) return
    const states: string[] = []
    const actions = new GlideRecord('x_opcon_action')
    actions.addQuery('incident', 'IN', children.join(','))
    actions.addQuery('kind', 'job_action')
    actions.addQuery('sys_created_on', '>=', text(outage, 'settled_on'))
    actions.query()
    while (actions.next()) states.push(text(actions, 'state'))
    const counts = progressCounts(states)
    if (counts === null) return
    // Once: the worker that finishes the last action and the settling rule may both get here.
    const token = String(gs.generateGUID())
    const claim = new GlideRecord(STORM_TABLE)
    claim.addQuery('sys_id', outage.getUniqueValue())
    claim.addQuery('progress_noted', false)
    claim.setValue('progress_noted', true)
    claim.setValue('claim', token)
    claim.updateMultiple()
    if (!outage.get(outage.getUniqueValue()) || text(outage, 'claim') !== token) return
    const parent = new GlideRecord('incident')
    if (!parent.get(parentSysId)) return
    parent.setValue('work_notes', journalText(progressNote(counts, children.length), CAPS.note))
    parent.update()
}
