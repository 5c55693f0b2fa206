// ServiceNow encoded queries (`active=true^stateIN1,2^ORpriority=1^NQ...`),
// evaluated against stored rows. Used by GlideRecord queries and by business
// rule filter conditions, where the CHANGES operators see the previous row.
// Sources: ServiceNow docs "Encoded query strings" and "Operators available for
// filters and queries" (operators, ^OR, ^NQ, and the email-notification table
// for VALCHANGES / CHANGESFROM / CHANGESTO); `now-sdk explain encoded-query-guide`
// (^OR binds to the term before it, ^NQ starts a new OR-ed group, ^EQ, ORDERBY /
// ORDERBYDESC). Assumed, each the bench's reading where the docs give none:
// = and IN compare text case-sensitively (numbers numerically, booleans in
// either spelling); LIKE / CONTAINS ignore case; < > <= >= never match an empty
// value and compare other text by code unit; javascript: values are refused.

/** What the evaluator needs to know about a row. Values are the stored text ('' when empty). */
export interface QueryRow {
    value(field: string): string
    /** Only business-rule filters have a previous row; queries do not. */
    previousValue?(field: string): string
}

export interface QuerySchema {
    hasField(field: string): boolean
    fieldType(field: string): string
}

export interface Term {
    field: string
    operator: string
    value: string
}

/** A disjunction of terms: `a^ORb` is one clause of two terms. */
type Clause = Term[]
/** Clauses joined by `^` (AND); top-level groups joined by `^NQ` (OR). */
type Group = Clause[]

export interface CompiledQuery {
    groups: Group[]
    orderBy: Array<{ field: string; descending: boolean }>
    matches(row: QueryRow): boolean
    /** True when a term needs the previous row (CHANGES operators). */
    usesChanges: boolean
}

// Longest operators first so `!=` wins over `=` and `NOT IN` over `IN`.
const OPERATORS = [
    'VALCHANGES', 'CHANGESFROM', 'CHANGESTO', 'ISNOTEMPTY', 'ISEMPTY', 'ANYTHING',
    'DOES NOT CONTAIN', 'STARTSWITH', 'ENDSWITH', 'NOT IN', 'NOT LIKE', 'CONTAINS', 'NOTLIKE',
    'LIKE', 'IN', 'NSAMEAS', 'SAMEAS', '!=', '<=', '>=', '=', '<', '>',
]
const VALUELESS = new Set(['VALCHANGES', 'ISNOTEMPTY', 'ISEMPTY', 'ANYTHING'])
const CHANGE_OPERATORS = new Set(['VALCHANGES', 'CHANGESFROM', 'CHANGESTO'])
const NUMERIC_TYPES = new Set(['integer', 'decimal', 'float', 'longint', 'numeric'])

export class EncodedQueryError extends Error {}

export function parseTerm(text: string): Term {
    const field = matchFieldPrefix(text)
    if (!field) throw new EncodedQueryError(`Cannot read encoded query term "${text}": no field name`)
    const rest = text.slice(field.length)
    const operator = OPERATORS.find((op) => rest.startsWith(op))
    if (!operator) throw new EncodedQueryError(`Cannot read encoded query term "${text}": unknown operator after "${field}"`)
    const value = rest.slice(operator.length)
    if (VALUELESS.has(operator) && value !== '') {
        throw new EncodedQueryError(`Encoded query term "${text}": ${operator} takes no value`)
    }
    if (value.startsWith('javascript:')) {
        throw new EncodedQueryError(`Encoded query term "${text}": javascript: values are not supported by the bench`)
    }
    return { field, operator, value }
}

// Field names are lower case; operators are upper case or symbols, so the
// field ends where the first operator begins.
function matchFieldPrefix(text: string): string {
    return /^[a-z0-9_.]+/.exec(text)?.[0] ?? ''
}

function splitTerms(group: string): Clause[] {
    const clauses: Clause[] = []
    for (const part of group.split('^')) {
        if (part === '' || part === 'EQ') continue
        if (part.startsWith('OR') && clauses.length > 0 && !part.startsWith('ORDERBY')) {
            clauses[clauses.length - 1].push(parseTerm(part.slice(2)))
        } else {
            clauses.push([parseTerm(part)])
        }
    }
    return clauses
}

function compare(type: string, left: string, right: string): number {
    if (NUMERIC_TYPES.has(type)) return Number(left) - Number(right)
    return left < right ? -1 : left > right ? 1 : 0
}

function sameValue(type: string, left: string, right: string): boolean {
    if (type === 'boolean') return normaliseBoolean(left) === normaliseBoolean(right)
    if (NUMERIC_TYPES.has(type) && left !== '' && right !== '') return Number(left) === Number(right)
    return left === right
}

function normaliseBoolean(value: string): string {
    return value === '1' || value === 'true' ? 'true' : value === '' ? '' : 'false'
}

function evaluateTerm(term: Term, row: QueryRow, schema: QuerySchema): boolean {
    const type = schema.fieldType(term.field)
    const current = row.value(term.field)
    const value = term.value
    const previous = (): string => {
        if (!row.previousValue) {
            throw new EncodedQueryError(`${term.operator} on "${term.field}" only works in a business rule condition`)
        }
        return row.previousValue(term.field)
    }
    switch (term.operator) {
        case '=': return sameValue(type, current, value)
        case '!=': return !sameValue(type, current, value)
        case 'IN': return value.split(',').some((v) => sameValue(type, current, v))
        case 'NOT IN': return !value.split(',').some((v) => sameValue(type, current, v))
        case 'STARTSWITH': return current.startsWith(value)
        case 'ENDSWITH': return current.endsWith(value)
        case 'CONTAINS': case 'LIKE': return current.toLowerCase().includes(value.toLowerCase())
        case 'DOES NOT CONTAIN': case 'NOTLIKE': case 'NOT LIKE': return !current.toLowerCase().includes(value.toLowerCase())
        case 'ISEMPTY': return current === ''
        case 'ISNOTEMPTY': return current !== ''
        case 'ANYTHING': return true
        case 'SAMEAS': return current === row.value(value)
        case 'NSAMEAS': return current !== row.value(value)
        case '<': return current !== '' && compare(type, current, value) < 0
        case '>': return current !== '' && compare(type, current, value) > 0
        case '<=': return current !== '' && compare(type, current, value) <= 0
        case '>=': return current !== '' && compare(type, current, value) >= 0
        case 'VALCHANGES': return !sameValue(type, previous(), current)
        case 'CHANGESFROM': return !sameValue(type, previous(), current) && sameValue(type, previous(), value)
        case 'CHANGESTO': return !sameValue(type, previous(), current) && sameValue(type, current, value)
        default: throw new EncodedQueryError(`Operator ${term.operator} is not supported`)
    }
}

/**
 * Compiles an encoded query for one table. Unknown fields are an error,
 * stricter than the platform on purpose: it silently drops such a condition and
 * may return every row ("GlideRecord - Scoped"; unless
 * glide.invalid_query.returns_no_rows is set), which is exactly the mistake the
 * bench exists to catch.
 */
export function compileEncodedQuery(query: string, fullSchema: QuerySchema, table = 'table'): CompiledQuery {
    // A query is matched against every row of its table: look each field's type up once.
    const types = new Map<string, string>()
    const schema: QuerySchema = {
        hasField: (field) => fullSchema.hasField(field),
        fieldType: (field) => {
            let type = types.get(field)
            if (type === undefined) {
                type = fullSchema.fieldType(field)
                types.set(field, type)
            }
            return type
        },
    }
    const orderBy: CompiledQuery['orderBy'] = []
    const groups: Group[] = []
    for (const groupText of query.split('^NQ')) {
        const kept: string[] = []
        for (const part of groupText.split('^')) {
            if (part.startsWith('ORDERBYDESC')) orderBy.push({ field: part.slice(11), descending: true })
            else if (part.startsWith('ORDERBY')) orderBy.push({ field: part.slice(7), descending: false })
            else kept.push(part)
        }
        const clauses = splitTerms(kept.join('^'))
        if (clauses.length > 0) groups.push(clauses)
    }
    const terms = groups.flat(2)
    for (const term of terms) {
        if (!schema.hasField(term.field)) {
            throw new EncodedQueryError(`Invalid query: table ${table} has no field "${term.field}" (in "${query}")`)
        }
    }
    for (const order of orderBy) {
        if (!schema.hasField(order.field)) {
            throw new EncodedQueryError(`Invalid order by: table ${table} has no field "${order.field}"`)
        }
    }
    return {
        groups,
        orderBy,
        usesChanges: terms.some((term) => CHANGE_OPERATORS.has(term.operator)),
        matches(row: QueryRow): boolean {
            if (groups.length === 0) return true
            return groups.some((group) =>
                group.every((clause) => clause.some((term) => evaluateTerm(term, row, schema))))
        },
    }
}

/** Builds the encoded form of one `addQuery(field, operator, value)` call. */
export function termToEncoded(field: string, operator: string, value: unknown): string {
    const text = Array.isArray(value) ? value.join(',') : value === null || value === undefined ? '' : String(value)
    return `${field}${operator.toUpperCase()}${text}`
}
