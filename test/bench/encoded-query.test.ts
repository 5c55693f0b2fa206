import { compileEncodedQuery, EncodedQueryError, type QuerySchema } from './encoded-query'

const types: Record<string, string> = { state: 'integer', active: 'boolean', name: 'string', priority: 'integer', note: 'string' }
const schema: QuerySchema = { hasField: (field) => field in types, fieldType: (field) => types[field] ?? 'string' }
const row = (values: Record<string, string>, previous?: Record<string, string>) => ({
    value: (field: string) => values[field] ?? '',
    previousValue: previous ? (field: string) => previous[field] ?? '' : undefined,
})
const matches = (query: string, values: Record<string, string>, previous?: Record<string, string>) =>
    compileEncodedQuery(query, schema).matches(row(values, previous))

describe('encoded queries', () => {
    test('= and != compare integers numerically and booleans in either spelling', () => {
        expect(matches('state=2', { state: '2' })).toBe(true)
        expect(matches('state=2', { state: '6' })).toBe(false)
        expect(matches('state!=2', { state: '6' })).toBe(true)
        expect(matches('active=true', { active: '1' })).toBe(true)
        expect(matches('active=true', { active: '0' })).toBe(false)
    })

    test('IN, STARTSWITH, CONTAINS, ISEMPTY, ISNOTEMPTY', () => {
        expect(matches('stateIN2,6,8', { state: '6' })).toBe(true)
        expect(matches('stateIN2,6,8', { state: '1' })).toBe(false)
        expect(matches('nameSTARTSWITHopcon', { name: 'opcon-prod' })).toBe(true)
        expect(matches('nameSTARTSWITHprod', { name: 'opcon-prod' })).toBe(false)
        expect(matches('nameCONTAINSPROD', { name: 'opcon-prod' })).toBe(true)
        expect(matches('noteISEMPTY', { note: '' })).toBe(true)
        expect(matches('noteISEMPTY', { note: 'x' })).toBe(false)
        expect(matches('noteISNOTEMPTY', { note: 'x' })).toBe(true)
    })

    test('^ is AND, ^OR binds to the term before it, ^NQ starts a new OR-ed query', () => {
        expect(matches('state=2^active=true', { state: '2', active: '0' })).toBe(false)
        expect(matches('state=2^ORstate=6^active=true', { state: '6', active: '1' })).toBe(true)
        expect(matches('state=2^ORstate=6^active=true', { state: '6', active: '0' })).toBe(false)
        expect(matches('state=2^NQname=x', { state: '1', name: 'x' })).toBe(true)
        expect(matches('state=2^NQname=x', { state: '1', name: 'y' })).toBe(false)
        expect(matches('state=2^EQ', { state: '2' })).toBe(true)
    })

    test('VALCHANGES, CHANGESFROM and CHANGESTO look at the previous row', () => {
        expect(matches('stateVALCHANGES', { state: '6' }, { state: '2' })).toBe(true)
        expect(matches('stateVALCHANGES', { state: '6' }, { state: '6' })).toBe(false)
        expect(matches('stateCHANGESTO6', { state: '6' }, { state: '2' })).toBe(true)
        // Staying Resolved is not a change to Resolved: the original app's mistake.
        expect(matches('stateCHANGESTO6', { state: '6' }, { state: '6' })).toBe(false)
        expect(matches('stateCHANGESFROM6', { state: '2' }, { state: '6' })).toBe(true)
        expect(matches('stateCHANGESFROM6', { state: '2' }, { state: '1' })).toBe(false)
    })

    test('CHANGES operators outside a business rule are an error, not a silent match', () => {
        expect(() => matches('stateCHANGESTO6', { state: '6' })).toThrow(/only works in a business rule/)
    })

    test('ORDERBY and ORDERBYDESC are read out of the query', () => {
        const query = compileEncodedQuery('active=true^ORDERBYDESCpriority^ORDERBYname', schema)
        expect(query.orderBy).toEqual([{ field: 'priority', descending: true }, { field: 'name', descending: false }])
        expect(query.matches(row({ active: '1' }))).toBe(true)
    })

    test('an unknown field is an error instead of a condition the platform would drop', () => {
        expect(() => compileEncodedQuery('stat=2', schema, 'incident')).toThrow(EncodedQueryError)
        expect(() => compileEncodedQuery('stat=2', schema, 'incident')).toThrow(/incident has no field "stat"/)
    })

    test('malformed terms are reported', () => {
        expect(() => compileEncodedQuery('state~2', schema)).toThrow(/unknown operator/)
        expect(() => compileEncodedQuery('stateISEMPTYx', schema)).toThrow(/takes no value/)
    })
})
