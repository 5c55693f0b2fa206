// GlideAggregate over the bench's store: the aggregate queries a script may
// run on a table (COUNT, MIN, MAX), grouped by fields. Source: ServiceNow docs
// "GlideAggregate - Scoped" (server API reference; public copy
// ServiceNow/ServiceNowDocs api-reference/server-api-reference/
// c_GlideAggregateScopedAPI.md): the class extends GlideRecord's querying
// (addQuery, addEncodedQuery, addNullQuery, addNotNullQuery), addAggregate(agg,
// name) with AVG, COUNT, MIN, MAX, STDDEV, SUM..., groupBy(name), query(),
// next(), hasNext(), getRowCount(), getAggregate(agg, name) (a String),
// getValue(name) (a group's value), getTableName(). The docs' addAggregate
// example counts per category with addAggregate('COUNT', 'category') and no
// groupBy: COUNT with a field groups by that field.
// Modelled: COUNT, MIN, MAX. Not modelled (they throw, so no test relies on
// them silently): AVG, SUM, STDDEV, GROUP_CONCAT, trends, having,
// orderByAggregate, field access (`agg.category`), getDisplayValue.
// Assumed: MIN/MAX of a group with only empty values is '' (SQL's NULL); a
// date-time aggregates as its stored text 'yyyy-MM-dd HH:mm:ss' (UTC), which
// sorts as time does; groups come back ordered by their group-by values.
// Stricter than the platform on purpose: getAggregate of an aggregate the
// query did not add, and getValue of a field it does not group by, throw
// (the platform answers null / an empty value).
import { BenchGlideRecord } from './glide-record'
import type { Row } from './store'
import type { Runtime } from './runtime'

const MODELLED = new Set(['COUNT', 'MIN', 'MAX'])

interface Group {
    values: Record<string, string>
    aggregates: Map<string, string>
}

const keyOf = (agg: string, field: string | undefined): string => `${agg.toUpperCase()}:${field ?? ''}`

export class BenchGlideAggregate {
    readonly _source: BenchGlideRecord
    _aggregates: Array<{ agg: string; field: string | undefined }> = []
    _groupBy: string[] = []
    _groups: Group[] = []
    _index = -1

    constructor(readonly _runtime: Runtime, table: string) {
        this._source = new BenchGlideRecord(_runtime, table, false)
        this._source._aggregate = true
    }

    addQuery(...args: [string, unknown?, unknown?]): ReturnType<BenchGlideRecord['addQuery']> {
        return this._source.addQuery(...args)
    }

    addEncodedQuery(query: string, enforceFieldAcls?: unknown): void {
        this._source.addEncodedQuery(query, enforceFieldAcls)
    }

    addNullQuery(field: string): ReturnType<BenchGlideRecord['addQuery']> {
        return this._source.addNullQuery(field)
    }

    addNotNullQuery(field: string): ReturnType<BenchGlideRecord['addQuery']> {
        return this._source.addNotNullQuery(field)
    }

    getEncodedQuery(): string {
        return this._source.getEncodedQuery()
    }

    getTableName(): string {
        return this._source.getTableName()
    }

    addAggregate(agg: string, name?: string): void {
        const upper = String(agg).toUpperCase()
        if (!MODELLED.has(upper)) throw new Error(`GlideAggregate ${upper} is not modelled by the bench (only COUNT, MIN, MAX)`)
        if (name !== undefined && name !== null) this._source._requireColumn(name)
        if ((upper === 'MIN' || upper === 'MAX') && !name) throw new Error(`GlideAggregate ${upper} needs a field`)
        this._aggregates.push({ agg: upper, field: name ?? undefined })
        // "GlideAggregate - Scoped" addAggregate example: COUNT of a field counts per value of that field.
        if (upper === 'COUNT' && name && !this._groupBy.includes(name)) this._groupBy.push(name)
    }

    groupBy(name: string): void {
        this._source._requireColumn(name)
        if (!this._groupBy.includes(name)) this._groupBy.push(name)
    }

    query(): void {
        this._source.query()
        const rows: Row[] = this._source._results
        const groups = new Map<string, { values: Record<string, string>; rows: Row[] }>()
        for (const row of rows) {
            const values = Object.fromEntries(this._groupBy.map((field) => [field, row[field] ?? '']))
            const key = JSON.stringify(this._groupBy.map((field) => values[field]))
            const group = groups.get(key) ?? { values, rows: [] }
            group.rows.push(row)
            groups.set(key, group)
        }
        // Without a group-by an aggregate query answers one row, also over no rows (SQL: COUNT(*) is 0).
        if (this._groupBy.length === 0 && groups.size === 0) groups.set('[]', { values: {}, rows: [] })
        this._groups = [...groups.values()]
            .sort((a, b) => {
                for (const field of this._groupBy) {
                    const diff = a.values[field].localeCompare(b.values[field])
                    if (diff !== 0) return diff
                }
                return 0
            })
            .map((group) => ({ values: group.values, aggregates: this._compute(group.rows) }))
        this._index = -1
    }

    _compute(rows: Row[]): Map<string, string> {
        const result = new Map<string, string>()
        for (const { agg, field } of this._aggregates) {
            if (agg === 'COUNT') {
                result.set(keyOf(agg, field), String(rows.length))
                continue
            }
            const type = this._source._column(field!)?.type
            const values = rows.map((row) => row[field!] ?? '').filter((value) => value !== '')
            const compare = (a: string, b: string) => (type === 'integer' ? Number(a) - Number(b) : a.localeCompare(b))
            values.sort(compare)
            result.set(keyOf(agg, field), values.length === 0 ? '' : agg === 'MIN' ? values[0] : values[values.length - 1])
        }
        return result
    }

    next(): boolean {
        if (this._index + 1 >= this._groups.length) return false
        this._index += 1
        return true
    }

    hasNext(): boolean {
        return this._index + 1 < this._groups.length
    }

    getRowCount(): number {
        return this._groups.length
    }

    getAggregate(agg: string, name?: string): string {
        const group = this._current()
        const key = keyOf(agg, name ?? undefined)
        if (!group.aggregates.has(key)) throw new Error(`GlideAggregate: ${agg}(${name ?? ''}) was not added to the query`)
        return group.aggregates.get(key)!
    }

    getValue(name: string): string {
        const group = this._current()
        if (!this._groupBy.includes(name)) throw new Error(`GlideAggregate: ${name} is not a group-by field of the query`)
        return group.values[name]
    }

    _current(): Group {
        const group = this._groups[this._index]
        if (!group) throw new Error('GlideAggregate: no current row (call next() first)')
        return group
    }
}

export function createGlideAggregate(runtime: Runtime): new (table: string) => BenchGlideAggregate {
    function GlideAggregate(this: unknown, table: string): BenchGlideAggregate {
        return new BenchGlideAggregate(runtime, table)
    }
    GlideAggregate.prototype = BenchGlideAggregate.prototype
    return GlideAggregate as unknown as new (table: string) => BenchGlideAggregate
}
