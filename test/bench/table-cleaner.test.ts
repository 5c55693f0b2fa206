// The platform's Table Cleaner (table-cleaner.ts) on the bench's fixture app:
// cleanup policies in sys_auto_flush, as an admin creates them, delete old
// rows as the bench clock passes each hour.
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

const TABLE = 'x_bench_thing'
const MINUTE = 60_000

let instance: Instance

beforeEach(() => {
    // The clock starts at 09:00:00 UTC.
    instance = Instance.load({ appDir: BENCH_APP })
})

const names = (): string[] => instance.query(TABLE, 'ORDERBYname').map((row) => row.name)
const thing = (name: string, state: string): string => instance.insert(TABLE, { name, state })!
const policy = (values: Record<string, unknown>): string => instance.insert('sys_auto_flush', { tablename: TABLE, active: true, ...values })!

describe('a cleanup policy (sys_auto_flush)', () => {
    test('deletes, on each full hour the clock passes (assumed: on the hour), the rows of its table whose matchfield is older than its age and that match its conditions', () => {
        thing('a-done-0900', 'done')
        thing('b-new-0900', 'new')
        instance.advanceTime(30 * MINUTE)
        thing('c-done-0930', 'done')
        policy({ matchfield: 'sys_created_on', age: 90 * 60, conditions: 'state=done' })

        instance.advanceTime(29 * MINUTE) // 09:59: the job has not run
        expect(instance.tableCleanerRuns).toEqual([])
        instance.advanceTime(MINUTE) // 10:00: nothing is older than 08:30
        expect(names()).toEqual(['a-done-0900', 'b-new-0900', 'c-done-0930'])
        instance.advanceTime(60 * MINUTE) // 11:00: older than 09:30, and done
        expect(names()).toEqual(['b-new-0900', 'c-done-0930'])
        instance.advanceTime(60 * MINUTE) // 12:00: c is older than 10:30 now; b never matches the conditions
        expect(names()).toEqual(['b-new-0900'])
        expect(instance.tableCleanerRuns.map((run) => [new Date(run.at).toISOString().slice(11, 16), run.table, run.deleted])).toEqual([
            ['10:00', TABLE, 0], ['11:00', TABLE, 1], ['12:00', TABLE, 1],
        ])
    })

    test('follows its matchfield (sys_created_on when empty), and a row whose matchfield is empty is never old (assumed)', () => {
        const old = thing('old', 'new')
        instance.advanceTime(3 * 60 * MINUTE)
        instance.update(TABLE, old, { note: 'touched at 12:00' })
        thing('fresh', 'new')
        const byUpdate = policy({ matchfield: 'sys_updated_on', age: 3600 })
        expect(instance.runTableCleaner()).toEqual([expect.objectContaining({ policy: byUpdate, deleted: 0 })])
        instance.update('sys_auto_flush', byUpdate, { matchfield: '' })
        expect(instance.runTableCleaner()).toEqual([expect.objectContaining({ policy: byUpdate, deleted: 1 })])
        expect(names()).toEqual(['fresh'])
        // A row with no value in the matchfield stays, however old the policy's age says.
        instance.store.put(TABLE, { ...instance.get(TABLE, instance.query(TABLE)[0].sys_id)!, sys_created_on: '' })
        instance.advanceTime(48 * 60 * MINUTE)
        expect(names()).toEqual(['fresh'])
    })

    test('does nothing while inactive, and its new age applies from the next run', () => {
        thing('one', 'new')
        const id = policy({ age: 7200, active: false })
        instance.advanceTime(3 * 60 * MINUTE)
        expect(names()).toEqual(['one'])
        instance.update('sys_auto_flush', id, { active: true, age: 4 * 3600 })
        expect(instance.runTableCleaner()[0].deleted).toBe(0)
        instance.update('sys_auto_flush', id, { age: 3600 })
        expect(instance.runTableCleaner()[0].deleted).toBe(1)
        expect(names()).toEqual([])
    })

    test('with Clean journals, the deleted rows\' journal entries go too; without, they stay', () => {
        const a = thing('a', 'new')
        const b = thing('b', 'new')
        for (const id of [a, b]) instance.store.put('sys_journal_field', { sys_id: instance.store.newSysId(), name: TABLE, element: 'comments', element_id: id, value: `about ${id}` })
        policy({ age: 60, conditions: 'name=a', clean_peripheral: true })
        policy({ age: 60, conditions: 'name=b' })
        instance.advanceTime(60 * MINUTE)
        expect(names()).toEqual([])
        expect(instance.store.rows('sys_journal_field').map((row) => row.element_id)).toEqual([b])
    })

    test('naming a field its table lacks is refused loudly (stricter than the platform, whose handling is not documented)', () => {
        thing('one', 'done')
        policy({ age: 60, conditions: 'stat=done' })
        expect(() => instance.runTableCleaner()).toThrow(/stat/)
    })
})
