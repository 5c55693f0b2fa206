// Where the connector's related lists go on the incident form: appended after
// the lists an admin already has, in this order, each once. Positions of the
// lists already there are never changed: they are the instance's, not ours.

/** The connector's lists on an incident, in the order they are added (each is `<table>.<reference field>`). */
export const INCIDENT_RELATED_LISTS: ReadonlyArray<{ relatedList: string; title: string }> = [
    { relatedList: 'x_opcon_action.incident', title: 'OpCon Actions' },
    { relatedList: 'x_opcon_failure.incident', title: 'OpCon Failed Jobs' },
    { relatedList: 'x_opcon_binding.incident', title: 'OpCon Job Links' },
]

/** The entries to add to the form's related lists: the connector's lists it lacks, after the last one there. */
export function relatedListsToAdd(existing: Array<{ relatedList: string; position: number }>): Array<{ relatedList: string; title: string; position: number }> {
    const present = new Set(existing.map((entry) => entry.relatedList))
    let next = existing.reduce((max, entry) => Math.max(max, Number.isFinite(entry.position) ? entry.position + 1 : max), 0)
    return INCIDENT_RELATED_LISTS.filter((list) => !present.has(list.relatedList)).map((list) => ({ ...list, position: next++ }))
}
