// The incident rule for outage parents (fluent/storms/storms.now.ts). The
// platform resolves a parent's children by its own rule ("Synchronizing
// parent and child incidents": Resolved → children Resolved), but does not
// touch them on cancel. For a parent the connector opened (recorded in
// x_opcon_storm) this rule cancels its open children in the session of the
// user who canceled the parent: each child's own ticket rule then decides,
// as for any incident that user cancels, whether its job is canceled. No
// elevation: the children's writes are that user's.
import { GlideRecord, gs } from '@servicenow/glide'
import { nowValue } from '../clock/glide-clock.ts'
import { CAPS, journalText } from '../log/journal-text.ts'
import { log } from '../log/log.ts'
import { INCIDENT_STATE } from '../failures/failure-decision.ts'
import { canceledChildNote } from './storm-plan.ts'
import { STORM_TABLE } from './storm-grouping.ts'
import { checkOutageProgress, countOpenChildActions } from './storm-progress.ts'

function text(row: GlideRecord, field: string): string {
    return String(row.getValue(field) ?? '')
}

export function onParentSettled(current: GlideRecord, previous: GlideRecord | null): void {
    const state = text(current, 'state')
    if (previous && text(previous, 'state') === state) return
    if (state !== INCIDENT_STATE.resolved && state !== INCIDENT_STATE.canceled) return
    try {
        const outage = new GlideRecord(STORM_TABLE)
        outage.addQuery('parent_incident', current.getUniqueValue())
        outage.setLimit(1)
        outage.query()
        if (!outage.next()) return
        // The parent's own save time: the platform's rule (order 100) resolved the children, and they
        // queued their actions, within this save, before this rule; with thousands of children that
        // takes longer than a second, so "now" would leave the first actions out.
        outage.setValue('settled_on', text(current, 'sys_updated_on') || nowValue())
        outage.setValue('settled_by', gs.getUserID())
        outage.setValue('progress_noted', false)
        outage.update()
        if (state === INCIDENT_STATE.canceled) cancelChildren(current)
        countOpenChildActions(outage, current.getUniqueValue())
        checkOutageProgress(current.getUniqueValue())
    } catch (error) {
        // Never fail the agent's save because of the connector; say what was not done.
        log.error(`${text(current, 'number')}: its open child incidents could not be settled with it: ${error instanceof Error ? error.message : String(error)}. Cancel them one by one.`)
    }
}

/** Children still being worked (New, In Progress, On Hold); a resolved child already moved its job. */
function cancelChildren(parent: GlideRecord): void {
    const children = new GlideRecord('incident')
    children.addQuery('parent_incident', parent.getUniqueValue())
    children.addQuery('state', 'IN', `${INCIDENT_STATE.new},${INCIDENT_STATE.inProgress},${INCIDENT_STATE.onHold}`)
    children.query()
    const note = journalText(canceledChildNote(text(parent, 'number')), CAPS.note)
    while (children.next()) {
        const child = new GlideRecord('incident')
        if (!child.get(children.getUniqueValue())) continue
        child.setValue('state', INCIDENT_STATE.canceled)
        child.setValue('work_notes', note)
        if (!child.update()) log.warn(`${text(child, 'number')} was not canceled with its parent ${text(parent, 'number')}: the instance refused the update.`)
    }
}
