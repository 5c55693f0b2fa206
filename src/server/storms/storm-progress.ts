// Glide shell: the outcome of an outage on its parent. Once the parent was
// resolved or canceled and every job action its children queued since then
// is final, one work note on the parent counts them (succeeded, failed,
// rejected...). delivery.ts calls noteOutageProgress after each final
// outcome; the rule that records the settling calls checkOutageProgress (all
// actions may have been rejected at once, and then delivery finishes none).
import { GlideRecord, gs } from '@servicenow/glide'
import { CAPS, journalText } from '../log/journal-text.ts'
import { log } from '../log/log.ts'
import { openActions, progressCounts, progressNote, remainingOpen } from './storm-plan.ts'
import { STORM_TABLE } from './storm-grouping.ts'

function text(row: GlideRecord, field: string): string {
    return String(row.getValue(field) ?? '')
}

/** Swaps tried on the outage's count of open actions before falling back to the full check. */
const COUNT_TRIES = 3

/**
 * After a job action of `incidentSysId` became final. Never throws: the
 * action's outcome is already saved. The outage keeps how many of its
 * children's actions were still open when it was settled (actions_open), so
 * a storm of thousands of children costs one count per final action, and the
 * full check (every child and action) runs only once that count is down.
 */
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
        const parentSysId = text(child, 'parent_incident')
        const outage = settledOutage(parentSysId)
        if (outage === null) return
        if (countDown(outage.getUniqueValue()) > 0) return
        checkOutageProgress(parentSysId)
    } catch (error) {
        log.error(`The outage progress for incident ${incidentSysId} could not be checked: ${error instanceof Error ? error.message : String(error)}`)
    }
}

/**
 * One fewer open action on the outage, and what is left. A conditional update
 * with a token, as delivery's claim(): two workers ending actions at once
 * never count as one (a swap whose token was overwritten is tried again, so a
 * count can only go down too fast, which the full check then corrects, never
 * too slowly). 0 when every try was lost: the full check decides.
 */
function countDown(outageSysId: string): number {
    for (let i = 0; i < COUNT_TRIES; i++) {
        const row = new GlideRecord(STORM_TABLE)
        if (!row.get(outageSysId)) return 0
        const before = text(row, 'actions_open')
        const after = remainingOpen(before)
        if (String(after) === before) return after
        const token = String(gs.generateGUID())
        const swap = new GlideRecord(STORM_TABLE)
        swap.addQuery('sys_id', outageSysId)
        swap.addQuery('actions_open', before)
        swap.setValue('actions_open', String(after))
        swap.setValue('claim', token)
        swap.setWorkflow(false)
        swap.updateMultiple()
        const read = new GlideRecord(STORM_TABLE)
        if (read.get(outageSysId) && text(read, 'claim') === token) return after
    }
    return 0
}

/** The job actions the parent's children queued since `since`: how many children, and each action's state. */
function childActionStates(parentSysId: string, since: string): { children: number; states: string[] } {
    const children: string[] = []
    const child = new GlideRecord('incident')
    child.addQuery('parent_incident', parentSysId)
    child.query()
    while (child.next()) children.push(child.getUniqueValue())
    const states: string[] = []
    if (children.length === 0) return { children: 0, states }
    const actions = new GlideRecord('x_opcon_action')
    actions.addQuery('incident', 'IN', children.join(','))
    actions.addQuery('kind', 'job_action')
    actions.addQuery('sys_created_on', '>=', since)
    actions.query()
    while (actions.next()) states.push(text(actions, 'state'))
    return { children: children.length, states }
}

/** When a parent is settled: how many of its children's actions are still open, kept on the outage for noteOutageProgress. */
export function countOpenChildActions(outage: GlideRecord, parentSysId: string): void {
    const { states } = childActionStates(parentSysId, text(outage, 'settled_on'))
    outage.setValue('actions_open', String(openActions(states)))
    outage.update()
}

/** The outage of this parent that was settled and still waits for its progress note, or null. */
function settledOutage(parentSysId: string): GlideRecord | null {
    const outage = new GlideRecord(STORM_TABLE)
    outage.addQuery('parent_incident', parentSysId)
    outage.addNotNullQuery('settled_on')
    outage.addQuery('progress_noted', false)
    outage.setLimit(1)
    outage.query()
    return outage.next() ? outage : null
}

export function checkOutageProgress(parentSysId: string): void {
    const outage = settledOutage(parentSysId)
    if (outage === null) return
    const { children: childCount, states } = childActionStates(parentSysId, text(outage, 'settled_on'))
    if (childCount === 0) return
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
    parent.setValue('work_notes', journalText(progressNote(counts, childCount), CAPS.note))
    parent.update()
}
