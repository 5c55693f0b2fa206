// The bench's query log (query-log.ts): what each GlideRecord query asked the
// database for, so a test can tell a limit in the query from a trim afterwards.
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

const TABLE = 'x_bench_thing'

let instance: Instance

beforeEach(() => {
    instance = Instance.load({ appDir: BENCH_APP })
    instance.createUser({ userName: 'no.roles' })
    for (const name of ['a', 'b', 'c']) instance.insert(TABLE, { name })
})

describe('captureQueries', () => {
    test('records each query: table, encoded query with its order, limit, rows returned, and the script\'s scope', () => {
        const { result, queries } = instance.captureQueries(() => instance.runScript(
            `var gr = new GlideRecord('${TABLE}'); gr.addQuery('name', '!=', 'b'); gr.orderByDesc('name'); gr.setLimit(1); gr.query(); gr.next() ? gr.getValue('name') : ''`))
        expect(result).toBe('c')
        expect(queries).toEqual([{ table: TABLE, query: 'name!=b^ORDERBYDESCname', limit: 1, rows: 1, secure: false, scope: 'x_bench' }])
    })

    test('a query without a limit says so, however few rows a script then reads', () => {
        const { queries } = instance.captureQueries(() => instance.runScript(`var gr = new GlideRecord('${TABLE}'); gr.query(); gr.next(); gr.getValue('name')`))
        expect(queries).toEqual([expect.objectContaining({ query: '', limit: null, rows: 3 })])
    })

    test('counts the rows GlideRecordSecure returns, after the user\'s ACLs', () => {
        const { queries } = instance.captureQueries(() => instance.runScript(`var gr = new GlideRecordSecure('${TABLE}'); gr.query(); gr.getRowCount()`, { as: 'no.roles' }))
        expect(queries).toEqual([expect.objectContaining({ rows: 0, secure: true })])
    })

    test('keeps nothing outside a capture; a capture inside another shows in both', () => {
        instance.runScript(`var gr = new GlideRecord('${TABLE}'); gr.query();`)
        const outer = instance.captureQueries(() => {
            instance.query(TABLE, 'name=a')
            return instance.captureQueries(() => instance.query(TABLE, 'name=b')).queries
        })
        expect(outer.result.map((q) => q.query)).toEqual(['name=b'])
        expect(outer.queries.map((q) => [q.query, q.scope])).toEqual([['name=a', null], ['name=b', null]])
    })
})
