// The base system's "Update Child Incidents" rule as the bench models it
// (platform-rules.ts): a resolved parent resolves its active children, each
// child's update runs the child's own rules in the saver's session; a closed
// or canceled parent leaves them alone ("Synchronizing parent and child
// incidents", ServiceNow docs).
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

let instance: Instance
let parent: string
let open: string
let resolved: string
let closed: string

beforeEach(() => {
    instance = Instance.load({ appDir: BENCH_APP })
    instance.createUser({ userName: 'jane', name: 'Jane Agent', roles: ['itil'] })
    parent = instance.insert('incident', { short_description: 'Outage' })!
    open = instance.insert('incident', { short_description: 'a', parent_incident: parent, state: 2 })!
    resolved = instance.insert('incident', { short_description: 'b', parent_incident: parent, state: 6, close_notes: 'own notes' })!
    closed = instance.insert('incident', { short_description: 'c', parent_incident: parent, state: 7, active: false })!
    // A rule of the children's own (an app's, like the connector's ticket rules): who resolved, seen from the child.
    instance.insert('sys_script', {
        name: 'Child resolved', collection: 'incident', when: 'after', active: 'true', order: '1000', action_update: 'true', filter_condition: 'stateCHANGESTO6^EQ',
        script: "gs.info('resolved ' + current.getValue('short_description') + ' by ' + gs.getUserName())",
    })
})

const resolvedBy = () => instance.logs.filter((l) => l.source === 'sys_script:Child resolved').map((l) => l.message)

test('a parent resolved: its active unresolved children are resolved with its close code and notes, as the user who resolved it, through their own rules (assumed: the platform\'s rule runs at order 100)', () => {
    instance.update('incident', parent, { state: 6, close_code: 'Solved (Permanently)', close_notes: 'Database restarted.' }, { as: 'jane' })
    expect(instance.get('incident', open)).toMatchObject({ state: '6', close_code: 'Solved (Permanently)', close_notes: 'Resolution notes copied from Parent Incident: Database restarted.' })
    expect(instance.journal('incident', open, 'comments')).toEqual(['Resolved based on resolution of Parent Incident. '])
    // Already resolved: untouched (its own notes stay); closed: not active, untouched.
    expect(instance.get('incident', resolved)).toMatchObject({ state: '6', close_notes: 'own notes' })
    expect(instance.get('incident', closed)!.state).toBe('7')
    // Inside the parent's save: the platform's rule (order 100, assumed) resolves the child before the parent's later rules run.
    expect(resolvedBy()).toEqual(['resolved a by jane', 'resolved Outage by jane'])
    expect(instance.errors).toEqual([])
})

test('a parent closed or canceled: the children are not updated', () => {
    instance.update('incident', parent, { state: 8 }, { as: 'jane' })
    expect(instance.get('incident', open)!.state).toBe('2')
    const other = instance.insert('incident', { short_description: 'Outage 2' })!
    const child = instance.insert('incident', { short_description: 'd', parent_incident: other, state: 1 })!
    instance.update('incident', other, { state: 7 }, { as: 'jane' })
    expect(instance.get('incident', child)!.state).toBe('1')
    expect(resolvedBy()).toEqual([])
})

test('the rule is the platform\'s: it runs in the global scope, whoever\'s app saved the parent', () => {
    const [rule] = instance.query('sys_script', 'name=Update Child Incidents')
    expect(rule).toMatchObject({ collection: 'incident', when: 'after', sys_scope: 'global' })
    instance.update('incident', parent, { state: 6 })
    expect(instance.errors).toEqual([])
    expect(instance.get('incident', open)!.state).toBe('6')
})

test('a parent put In Progress puts its active New and On Hold children In Progress, each through its own rules, as the user who saved it (assumed: which children, and that their rules run)', () => {
    instance.insert('sys_script', {
        name: 'Child in progress', collection: 'incident', when: 'after', active: 'true', order: '1000', action_update: 'true', filter_condition: 'stateCHANGESTO2^EQ',
        script: "gs.info('in progress ' + current.getValue('short_description') + ' by ' + gs.getUserName())",
    })
    const waiting = instance.insert('incident', { short_description: 'e', parent_incident: parent, state: 1 })!
    const onHold = instance.insert('incident', { short_description: 'f', parent_incident: parent, state: 3 })!
    instance.update('incident', parent, { state: 2 }, { as: 'jane' })
    expect(instance.get('incident', waiting)!.state).toBe('2')
    expect(instance.get('incident', onHold)!.state).toBe('2')
    // Already In Progress, resolved or closed: untouched.
    expect(instance.get('incident', resolved)!.state).toBe('6')
    expect(instance.get('incident', closed)!.state).toBe('7')
    const lines = instance.logs.filter((l) => l.source === 'sys_script:Child in progress').map((l) => l.message)
    expect(lines.sort()).toEqual(['in progress Outage by jane', 'in progress e by jane', 'in progress f by jane'])
    expect(instance.errors).toEqual([])
})
