// Business rules of the base system that act on data the app writes, seeded
// as global sys_script rows so they run like any rule (engine.ts), in the
// global scope and in the session of whoever saved.
import type { Store } from './store'

/**
 * "Update Child Incidents" (incident, after update): when a parent incident's
 * state changes to Resolved, every active child not yet resolved is resolved
 * with the parent's close code, its resolution notes (prefixed "Resolution
 * notes copied from Parent Incident", when the child has none), a comment
 * "Resolved based on resolution of Parent Incident." and the parent's work
 * note; each child's update() runs the child's own business rules.
 * Sources: ServiceNow docs "Synchronizing parent and child incidents"
 * (it-service-management/incident-management/parent-child-state-sync:
 * parent Resolved → child Resolved, "the resolution notes copied from the
 * parent"; parent Closed → children not closed; parent Canceled → children
 * not updated; not for major incidents), and the rule's script as captured
 * from instances in public repositories (its `resolveChildIncidents()`:
 * addActiveQuery, parent_incident = current, state != IncidentState.RESOLVED,
 * then per child state/close_notes/close_code/comments/work_notes and
 * `incident.update()`).
 * Also (same docs page): a parent put In Progress puts its children In
 * Progress; the bench does that for its active New and On Hold children, each
 * saved with its own rules (which children, and that rules run, assumed: the
 * strict side, since each child's rules then act on its job). The On Hold
 * branch (children follow a parent On Hold awaiting change, problem or vendor)
 * is not modelled: no hold_reason here, and On Hold moves no OpCon job.
 * Not modelled: its other branch (a parent's new comment or work note copied
 * to the children by the background flow action global.update_child_incidents),
 * gs.print of each child, major incidents (no major_incident_state here), and the
 * parent's new work note copied to each child (`incident.work_notes =
 * current.work_notes`: the bench's journal input reads empty in an after rule).
 * Assumed (test/bench/ASSUMPTIONS.md): its name, `after` and order 100, so it
 * runs before the app's after rules of order 1000 on the same parent save.
 */
export const UPDATE_CHILD_INCIDENTS = `
// IncidentState is the platform's global script include; its values are incident.state's.
var IncidentState = { NEW: '1', IN_PROGRESS: '2', ON_HOLD: '3', RESOLVED: '6' };
updateChildIncidents();
function updateChildIncidents() {
    if (current.state.changesTo(IncidentState.RESOLVED))
        resolveChildIncidents();
    else if (current.state.changesTo(IncidentState.IN_PROGRESS))
        progressChildIncidents();
}
// The docs' "parent In Progress: child In Progress"; which children (here the
// active ones that are New or On Hold) and that each is saved with its rules
// are assumed (test/bench/ASSUMPTIONS.md).
function progressChildIncidents() {
    if (current.isActionAborted())
        return;
    var incident = new GlideRecord('incident');
    incident.addActiveQuery();
    incident.addQuery('parent_incident', current.sys_id);
    incident.addQuery('state', 'IN', IncidentState.NEW + ',' + IncidentState.ON_HOLD);
    incident.query();
    while (incident.next()) {
        incident.state = IncidentState.IN_PROGRESS;
        incident.update();
    }
}
function resolveChildIncidents() {
    if (current.isActionAborted())
        return;
    var incident = new GlideRecord('incident');
    incident.addActiveQuery();
    incident.addQuery('parent_incident', current.sys_id);
    incident.addQuery('state', '!=', IncidentState.RESOLVED);
    incident.query();
    var msg = '';
    while (incident.next()) {
        incident.state = IncidentState.RESOLVED;
        if (incident.isValidField('close_notes') && incident.close_notes.nil()) {
            msg = gs.getMessage('{0} copied from Parent Incident', current.close_notes.getLabel());
            if (current.close_notes.toString().indexOf(msg) == 0)
                incident.close_notes = current.close_notes;
            else
                incident.close_notes = msg + ': ' + current.close_notes;
        }
        if (incident.isValidField('close_code'))
            incident.close_code = current.close_code;
        msg = gs.getMessage('Resolved based on resolution of Parent Incident.');
        if (current.comments.toString().indexOf(msg) == 0)
            incident.comments = current.comments;
        else
            incident.comments = msg + ' ' + current.comments;
        incident.work_notes = current.work_notes;
        incident.update();
    }
}
`

export function seedPlatformRules(store: Store): void {
    store.put('sys_script', {
        sys_id: store.newSysId(), name: 'Update Child Incidents', collection: 'incident', when: 'after', order: '100', active: 'true',
        action_insert: 'false', action_update: 'true', action_delete: 'false', filter_condition: '', condition: '', sys_scope: 'global',
        script: UPDATE_CHILD_INCIDENTS,
    })
}
