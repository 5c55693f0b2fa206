// Where the install script puts the connector's lists on the incident form:
// after the lists already there, in a fixed order, each once, moving nothing.
import { INCIDENT_RELATED_LISTS, relatedListsToAdd } from '../../src/server/admin/form-layout'

const PLATFORM = [
    { relatedList: 'task_sla.task', position: 0 },
    { relatedList: 'incident_task.incident', position: 1 },
    { relatedList: 'task_ci.task', position: 2 },
]
const added = (existing: Array<{ relatedList: string; position: number }>) => relatedListsToAdd(existing).map((entry) => [entry.relatedList, entry.position])

test('on a form with the platform\'s lists: OpCon Actions, Failed Jobs and Job Links after the last of them', () => {
    expect(added(PLATFORM)).toEqual([['x_opcon_action.incident', 3], ['x_opcon_failure.incident', 4], ['x_opcon_binding.incident', 5]])
    expect(INCIDENT_RELATED_LISTS.map((list) => list.title)).toEqual(['OpCon Actions', 'OpCon Failed Jobs', 'OpCon Job Links'])
})

test('on an upgrade where OpCon Actions is there already: only the two new lists, right after the last entry', () => {
    expect(added([...PLATFORM, { relatedList: 'x_opcon_action.incident', position: 3 }])).toEqual([['x_opcon_failure.incident', 4], ['x_opcon_binding.incident', 5]])
})

test('after an admin\'s own ordering with gaps, and never twice', () => {
    expect(added([{ relatedList: 'task_sla.task', position: 10 }, { relatedList: 'x_opcon_failure.incident', position: 2 }])).toEqual([['x_opcon_action.incident', 11], ['x_opcon_binding.incident', 12]])
    expect(added(INCIDENT_RELATED_LISTS.map((list, position) => ({ relatedList: list.relatedList, position })))).toEqual([])
})

test('an empty layout, or positions that are not numbers, start at 0', () => {
    expect(added([])).toEqual([['x_opcon_action.incident', 0], ['x_opcon_failure.incident', 1], ['x_opcon_binding.incident', 2]])
    expect(added([{ relatedList: 'task_sla.task', position: Number.NaN }])).toEqual([['x_opcon_action.incident', 0], ['x_opcon_failure.incident', 1], ['x_opcon_binding.incident', 2]])
})
