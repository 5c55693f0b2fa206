// The bench's GlideAggregate (glide-aggregate.ts), as "GlideAggregate - Scoped" documents it.
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

const TABLE = 'x_bench_thing'

let instance: Instance

beforeEach(() => {
    instance = Instance.load({ appDir: BENCH_APP })
    instance.insert(TABLE, { name: 'a', state: 'new', count: 9 })
    instance.insert(TABLE, { name: 'b', state: 'new', count: 10 })
    instance.insert(TABLE, { name: 'c', state: 'done', count: 2 })
    instance.insert(TABLE, { name: 'd', state: 'done' })
})

const run = (code: string): unknown => instance.runScript(code)

describe('GlideAggregate', () => {
    test('counts and takes MIN/MAX per group; integers compare as numbers, empty values are left out', () => {
        const answer = run(`var ga = new GlideAggregate('${TABLE}'); ga.addAggregate('COUNT'); ga.addAggregate('MIN', 'count'); ga.addAggregate('MAX', 'count');
            ga.groupBy('state'); ga.query(); var out = [];
            while (ga.next()) out.push([ga.getValue('state'), ga.getAggregate('COUNT'), ga.getAggregate('MIN', 'count'), ga.getAggregate('MAX', 'count')].join(':'));
            out.join(' ')`)
        expect(answer).toBe('done:2:2:2 new:2:9:10')
    })

    test('without a group-by answers one row, also when no row matches (assumed: COUNT 0, MIN empty)', () => {
        const answer = run(`var ga = new GlideAggregate('${TABLE}'); ga.addQuery('name', 'zzz'); ga.addAggregate('COUNT'); ga.addAggregate('MIN', 'count'); ga.query();
            ga.next() ? ga.getAggregate('COUNT') + '|' + ga.getAggregate('MIN', 'count') + '|' + ga.getRowCount() : 'none'`)
        expect(answer).toBe('0||1')
    })

    test('COUNT of a field counts per value of that field, as the docs\' addAggregate example', () => {
        const answer = run(`var ga = new GlideAggregate('${TABLE}'); ga.addEncodedQuery('count>5'); ga.addAggregate('COUNT', 'state'); ga.query(); var out = [];
            while (ga.next()) out.push(ga.getValue('state') + '=' + ga.getAggregate('COUNT', 'state')); out.join(',')`)
        expect(answer).toBe('new=2')
    })

    test('is logged as an aggregate query; an unmodelled aggregate, an unknown field or an aggregate never added throws', () => {
        const { queries } = instance.captureQueries(() => run(`var ga = new GlideAggregate('${TABLE}'); ga.addAggregate('COUNT'); ga.query(); ga.next(); ga.getAggregate('COUNT')`))
        expect(queries).toEqual([expect.objectContaining({ table: TABLE, aggregate: true, rows: 4 })])
        expect(() => run(`new GlideAggregate('${TABLE}').addAggregate('AVG', 'count')`)).toThrow(/not modelled/)
        expect(() => run(`new GlideAggregate('${TABLE}').groupBy('nope')`)).toThrow(/does not exist/)
        expect(() => run(`var ga = new GlideAggregate('${TABLE}'); ga.addAggregate('COUNT'); ga.query(); ga.next(); ga.getAggregate('MAX', 'count')`)).toThrow(/not added/)
    })
})
