// GlideRecord, GlideRecordSecure and GlideElement over the bench's store, with
// the platform semantics that decide whether app code is right: fields are
// objects (so `===` against a string fails), getValue returns text or null,
// booleans read '1'/'0', password2 values stay encrypted, journal fields append.
// Sources, unless a comment below names another: ServiceNow docs "GlideRecord -
// Scoped" and "GlideElement - Scoped" (server API reference), "Using
// GlideRecordSecure" (Glide Server APIs), ../shared/sdk-notes.md.
// Where the bench is stricter than the platform on purpose (an unknown table or
// field throws), the comment says so.
import { compileEncodedQuery, termToEncoded, type CompiledQuery } from './encoded-query'
import type { Column } from './schema'
import type { Row } from './store'
import type { Operation, Runtime } from './runtime'

// Number prefixes per table live in sys_number ("Record numbering", ServiceNow docs: INC for
// incidents); the docs' sample records are numbered INC0010001 on (Store.nextNumber).
const TASK_PREFIXES: Record<string, string> = { incident: 'INC', task: 'TASK' }
const SYSTEM_FIELDS = new Set(['sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by', 'sys_mod_count'])

export interface GlideClasses {
    GlideRecord: new (table: string) => BenchGlideRecord
    GlideRecordSecure: new (table: string) => BenchGlideRecord
    GlideElement: typeof BenchGlideElement
    /** A GlideRecord positioned on a row, e.g. `previous` in a business rule. */
    fromRow(table: string, row: Row, secure?: boolean): BenchGlideRecord
}

export function formatDateTime(ms: number): string {
    return new Date(ms).toISOString().replace('T', ' ').slice(0, 19)
}

function toStoredBoolean(value: unknown): string {
    const text = String(value)
    return text === 'true' || text === '1' ? '1' : '0'
}

export class BenchGlideElement {
    constructor(readonly _record: BenchGlideRecord, readonly _field: string, readonly _column: Column) {}

    private raw(): string {
        return this._record._rawValue(this._field)
    }

    // A boolean prints true/false while getValue() reads '1'/'0' ("GlideRecord - Scoped" getValue; sdk-notes).
    toString(): string {
        const raw = this.raw()
        if (this._column.type === 'boolean') return raw === '1' ? 'true' : 'false'
        return raw
    }

    // Loose equality (`current.state == 2`) goes through valueOf, as in Rhino.
    valueOf(): string {
        return this.toString()
    }

    toJSON(): string {
        return this.toString()
    }

    getValue(): string | null {
        return this._record.getValue(this._field)
    }

    setValue(value: unknown): void {
        this._record.setValue(this._field, value)
    }

    getDisplayValue(_maxCharacters?: number): string {
        return this._record.getDisplayValue(this._field)
    }

    setDisplayValue(value: unknown): void {
        this._record.setValue(this._field, value)
    }

    // "GlideElement - Scoped" getDecryptedValue: the clear text of a password2 field.
    getDecryptedValue(): string {
        if (this._column.type !== 'password2') return this.toString()
        return this._record._runtime.store.decrypt(this.raw())
    }

    getName(): string {
        return this._field
    }

    getLabel(): string {
        return this._column.label
    }

    getTableName(): string {
        return this._record.getTableName()
    }

    getED(): { getInternalType(): string; getLabel(): string; getName(): string; isMandatory(): boolean } {
        const column = this._column
        return { getInternalType: () => column.type, getLabel: () => column.label, getName: () => column.name, isMandatory: () => Boolean(column.mandatory) }
    }

    nil(): boolean {
        return this.raw() === ''
    }

    // "GlideElement - Scoped" changes(): compared with the values loaded; they are reset only after the
    // write and all after rules, so changes() stays true in after rules. (The docs exclude journal
    // fields; here a journal field "changes" when an entry is pending.)
    changes(): boolean {
        return this._record._changed(this._field)
    }

    changesFrom(value: unknown): boolean {
        return this.changes() && this._record._originalValue(this._field) === this._record._normalise(this._field, value)
    }

    changesTo(value: unknown): boolean {
        return this.changes() && this.raw() === this._record._normalise(this._field, value)
    }

    getReferenceTable(): string {
        return this._column.reference ?? ''
    }

    // "GlideElement - Scoped" getRefRecord: an empty GlideRecord (not null) when the reference is empty.
    getRefRecord(): BenchGlideRecord {
        const table = this._column.reference
        if (!table) throw new Error(`${this._record.getTableName()}.${this._field} is not a reference field`)
        const ref = this._record._runtime.createGlideRecord(table) as BenchGlideRecord
        if (this.raw()) ref.get(this.raw())
        return ref
    }

    // "GlideElement - Scoped" getJournalEntry: 1 the newest entry, -1 all, each headed by timestamp,
    // user and field label and delimited by "\n\n". The docs name the user's display name; the bench
    // writes the user name (sys_created_by) and the timestamp in UTC.
    getJournalEntry(count: number): string {
        const record = this._record
        const rows = record._runtime.store.rows('sys_journal_field')
            .filter((row) => row.element_id === record.getUniqueValue() && row.element === this._field)
            .sort((a, b) => Number(b.sys_mod_count) - Number(a.sys_mod_count))
        const picked = count < 0 ? rows : rows.slice(0, count)
        return picked.map((row) => `${row.sys_created_on} - ${row.sys_created_by} (${this._column.label})\n${row.value}\n\n`).join('')
    }

    canRead(): boolean {
        return this._record._runtime.canAccess('read', this._record.getTableName(), this._field, this._record._rowOrNull())
    }

    canWrite(): boolean {
        return this._record._runtime.canAccess('write', this._record.getTableName(), this._field, this._record._rowOrNull())
    }
}

interface QueryCondition {
    addOrCondition(field: string, operatorOrValue?: unknown, value?: unknown): QueryCondition
}

function termFromArguments(args: [string, unknown?, unknown?]): string {
    const [field, operatorOrValue, value] = args
    if (args.length === 1) return field
    return args.length >= 3 ? termToEncoded(field, String(operatorOrValue), value) : termToEncoded(field, '=', operatorOrValue)
}

export class BenchGlideRecord {
    _values: Row = {}
    _original: Row | null = null
    _journal = new Map<string, string>()
    _queryParts: string[] = []
    _orderBy: Array<{ field: string; descending: boolean }> = []
    _limit = Number.POSITIVE_INFINITY
    _results: Row[] = []
    _index = -1
    _loaded = false
    _abort = false
    _workflow = true
    _autoSysFields = true
    _operation: Operation | null = null
    /** Set by GlideAggregate (glide-aggregate.ts): its query is logged as an aggregate. */
    _aggregate = false

    // Stricter than the platform on purpose: there, a GlideRecord on an unknown table is made and
    // isValid() answers false ("GlideRecord - Scoped" isValid); here it throws.
    constructor(readonly _runtime: Runtime, readonly _table: string, readonly _secure: boolean) {
        if (!_runtime.schema.has(_table)) throw new Error(`Invalid table name "${_table}"`)
    }

    // ---------- fields ----------
    _column(field: string): Column | undefined {
        return this._runtime.schema.column(this._table, field)
    }

    // Stricter than the platform on purpose: getValue() of a field that does not exist is null there
    // ("GlideRecord - Scoped" getValue); here it throws, so a typo cannot pass as an empty field.
    _requireColumn(field: string): Column {
        const column = this._column(field)
        if (!column) throw new Error(`Field "${field}" does not exist on table ${this._table}`)
        return column
    }

    _rawValue(field: string): string {
        if (field.includes('.')) return this._dotWalk(field)
        // Through GlideRecordSecure a field the user may not read reads as empty ("Using GlideRecordSecure":
        // a NULL value is created in memory).
        if (this._secure && this._loaded && !this._runtime.canAccess('read', this._table, field, this._values)) return ''
        const column = this._column(field)
        if (column?.type === 'journal_input') return this._journal.get(field) ?? ''
        return this._values[field] ?? ''
    }

    _dotWalk(path: string): string {
        const [head, ...rest] = path.split('.')
        const column = this._requireColumn(head)
        const id = this._values[head] ?? ''
        if (!column.reference || !id) return ''
        const ref = this._runtime.createGlideRecord(column.reference) as BenchGlideRecord
        return ref.get(id) ? ref._rawValue(rest.join('.')) : ''
    }

    _originalValue(field: string): string {
        return this._original?.[field] ?? ''
    }

    _changed(field: string): boolean {
        const column = this._column(field)
        if (column?.type === 'journal_input') return (this._journal.get(field) ?? '') !== ''
        return this._rawValue(field) !== this._originalValue(field)
    }

    _normalise(field: string, value: unknown): string {
        const column = this._requireColumn(field)
        if (value instanceof BenchGlideElement) value = value._record._rawValue(value._field)
        if (value instanceof BenchGlideRecord) value = value.getUniqueValue()
        if (value === null || value === undefined) return ''
        if (column.type === 'boolean') return toStoredBoolean(value)
        return String(value)
    }

    _rowOrNull(): Row | null {
        return this._loaded || this._original ? { ...this._values } : null
    }

    getElement(field: string): BenchGlideElement | null {
        const column = this._column(field)
        if (!column) return null
        const element = new BenchGlideElement(this, field, column)
        if (!column.reference) return element
        // Dot-walking (`current.assigned_to.name`) reads through the reference ("GlideRecord - Scoped"
        // getElement: the same object as dot-walking the field).
        return new Proxy(element, {
            get: (target, prop, receiver) => {
                if (typeof prop === 'string' && !(prop in target) && this._runtime.schema.column(column.reference!, prop)) {
                    return (target.getRefRecord() as unknown as Record<string, unknown>)[prop]
                }
                return Reflect.get(target, prop, receiver)
            },
        })
    }

    getElements(): BenchGlideElement[] {
        return this._runtime.schema.columns(this._table).map((column) => this.getElement(column.name)!)
    }

    // "GlideRecord - Scoped" getValue: the stored text, null when empty.
    getValue(field: string): string | null {
        this._requireColumn(field.split('.')[0])
        const raw = this._rawValue(field)
        return raw === '' ? null : raw
    }

    setValue(field: string, value: unknown): void {
        const column = this._requireColumn(field)
        // Field ACLs apply to what the caller sets, not to what its business rules set on `current`;
        // on a new record the create ACL governs. "Using GlideRecordSecure" says a field the user may not
        // write is set to NULL when the record is written; the bench drops the assignment instead (the
        // stored value stays) and logs a warning whose wording is the bench's own.
        const operation = this._loaded ? 'write' : 'create'
        if (this._secure && this._operation === null && !this._runtime.canAccess(operation, this._table, field, this._rowOrNull())) {
            this._runtime.log('warn', `Security restricted: cannot write ${this._table}.${field}`)
            return
        }
        if (column.type === 'journal_input') {
            this._journal.set(field, value === null || value === undefined ? '' : String(value))
            return
        }
        let stored = this._normalise(field, value)
        if (column.type === 'password2' && !stored.startsWith('enc1:')) stored = this._runtime.store.encrypt(stored)
        // KB0685779: the platform does not enforce max_length, the database column does: a string of
        // max_length 255 or less is a varchar of that size. Whether the database cuts a longer value or
        // refuses it is not documented; assumed: it is cut, silently (the harder case for a script).
        if (column.type === 'string' && column.maxLength !== undefined && column.maxLength <= 255 && stored.length > column.maxLength) {
            stored = stored.slice(0, column.maxLength)
        }
        this._values[field] = stored
    }

    // "GlideRecord - Scoped" getDisplayValue: a choice field shows its label (sys_choice, on the table or
    // a parent), a reference the referenced record's display field. Assumed: a password2 field shows a
    // mask (the docs do not say), the strict choice; dates are not converted (the bench's users are in UTC).
    getDisplayValue(field?: string): string {
        if (field === undefined) {
            const display = this._runtime.schema.table(this._table).display
            return display ? this.getDisplayValue(display) : this.getUniqueValue()
        }
        const column = this._requireColumn(field)
        const raw = this._rawValue(field)
        if (column.type === 'boolean') return raw === '1' ? 'true' : 'false'
        if (column.type === 'password2') return raw ? '********' : ''
        if (column.reference && raw) {
            const ref = this._runtime.createGlideRecord(column.reference) as BenchGlideRecord
            return ref.get(raw) ? ref.getDisplayValue() : ''
        }
        const choice = this._runtime.store.rows('sys_choice')
            .find((row) => this._runtime.schema.lineage(this._table).includes(row.name) && row.element === field && row.value === raw)
        return choice ? choice.label : raw
    }

    getUniqueValue(): string {
        return this._values.sys_id ?? ''
    }

    getTableName(): string {
        return this._table
    }

    getRecordClassName(): string {
        return this._values.sys_class_name || this._table
    }

    isValid(): boolean {
        return true
    }

    isValidRecord(): boolean {
        return this._loaded
    }

    isNewRecord(): boolean {
        return !this._loaded
    }

    isValidField(field: string): boolean {
        return this._column(field) !== undefined
    }

    // ---------- new records ----------
    initialize(): void {
        this._values = {}
        this._original = null
        this._journal.clear()
        this._loaded = false
        for (const column of this._runtime.schema.columns(this._table)) {
            if (column.defaultValue !== undefined && column.type !== 'journal_input') {
                this._values[column.name] = column.type === 'boolean' ? toStoredBoolean(column.defaultValue) : column.defaultValue
            }
        }
    }

    newRecord(): void {
        this.initialize()
        this._values.sys_id = this._runtime.store.newSysId()
    }

    setNewGuidValue(sysId: string): void {
        this._values.sys_id = sysId
    }

    // ---------- queries ----------
    // addQuery('a=1'), addQuery(field, value), addQuery(field, operator, value): "GlideRecord - Scoped" addQuery.
    addQuery(...args: [string, unknown?, unknown?]): QueryCondition {
        this._queryParts.push(termFromArguments(args))
        return this._condition(this._queryParts.length - 1)
    }

    _condition(index: number): QueryCondition {
        return {
            addOrCondition: (...args: [string, unknown?, unknown?]): QueryCondition => {
                this._queryParts[index] += `^OR${termFromArguments(args)}`
                return this._condition(index)
            },
        }
    }

    addEncodedQuery(query: string, _enforceFieldAcls?: unknown): void {
        if (query) this._queryParts.push(query)
    }

    addNullQuery(field: string): QueryCondition {
        return this.addQuery(`${field}ISEMPTY`)
    }

    addNotNullQuery(field: string): QueryCondition {
        return this.addQuery(`${field}ISNOTEMPTY`)
    }

    addActiveQuery(): QueryCondition {
        return this.addQuery('active', 'true')
    }

    orderBy(field: string): void {
        this._orderBy.push({ field, descending: false })
    }

    orderByDesc(field: string): void {
        this._orderBy.push({ field, descending: true })
    }

    setLimit(limit: number): void {
        this._limit = limit
    }

    getEncodedQuery(): string {
        return this._queryParts.join('^')
    }

    _compiled(): CompiledQuery[] {
        const schema = this._runtime.schema.querySchema(this._table)
        return this._queryParts.map((part) => compileEncodedQuery(part, schema, this._table))
    }

    // A query of a parent table finds the rows of the tables extending it (Store.rows; "Table extension",
    // ServiceNow docs). Through GlideRecordSecure rows the user may not read are skipped ("Using
    // GlideRecordSecure": next() moves past them); query ACLs (addUserEncodedQuery) are not modelled.
    query(): void {
        if (!this._runtime.crossScope('read', this._table)) {
            this._results = []
            this._index = -1
            return
        }
        const compiled = this._compiled()
        const order = [...compiled.flatMap((query) => query.orderBy), ...this._orderBy]
        const view = (row: Row): { value(field: string): string } => ({
            value: (field: string) => (field.includes('.') ? this._dotWalkRow(row, field) : row[field] ?? ''),
        })
        // A primary-key condition reads one row, as the database would, instead of scanning the table.
        // An equality on a sys_id or a reference (a 32-hex value) is answered from an index, as a
        // database would; every condition is still checked on the rows it yields.
        const keyed = this._queryParts.map((part) => /^([a-z_][a-z0-9_]*)=([0-9a-f]{32})$/.exec(part)).find((match) => match !== null)
        const candidates = !keyed ? this._runtime.store.rows(this._table)
            : keyed[1] === 'sys_id' ? [this._runtime.store.get(this._table, keyed[2])].filter((row): row is Row => row !== undefined)
            : this._runtime.store.rowsWhere(this._table, keyed[1], keyed[2])
        let rows = candidates.filter((row) => compiled.every((query) => query.matches(view(row))))
        if (this._secure) rows = rows.filter((row) => this._runtime.canAccess('read', this._table, null, row))
        rows.sort((a, b) => {
            for (const { field, descending } of order) {
                const type = this._column(field)?.type
                const left = a[field] ?? ''
                const right = b[field] ?? ''
                const diff = type === 'integer' ? Number(left) - Number(right) : left.localeCompare(right)
                if (diff !== 0) return descending ? -diff : diff
            }
            return 0
        })
        this._results = rows.slice(0, this._limit).map((row) => ({ ...row }))
        this._index = -1
        this._runtime.onQuery?.({
            table: this._table,
            query: [...this._queryParts, ...this._orderBy.map((o) => `ORDERBY${o.descending ? 'DESC' : ''}${o.field}`)].join('^'),
            limit: Number.isFinite(this._limit) ? this._limit : null,
            rows: this._results.length,
            secure: this._secure,
            ...(this._aggregate ? { aggregate: true } : {}),
        })
    }

    _dotWalkRow(row: Row, path: string): string {
        const record = this._runtime.createGlideRecord(this._table) as BenchGlideRecord
        record._values = row
        return record._dotWalk(path)
    }

    next(): boolean {
        if (this._index + 1 >= this._results.length) return false
        this._index += 1
        this._load(this._results[this._index])
        return true
    }

    hasNext(): boolean {
        return this._index + 1 < this._results.length
    }

    getRowCount(): number {
        return this._results.length
    }

    _load(row: Row): void {
        this._values = { ...row }
        this._original = { ...row }
        this._journal.clear()
        this._loaded = true
        this._abort = false
    }

    // "GlideRecord - Scoped" get: one argument is a sys_id (the platform then also tries the display
    // value, which the bench does not), two a field and a value.
    get(fieldOrSysId: string, value?: unknown): boolean {
        this._queryParts = []
        if (value === undefined) {
            if (!this._runtime.crossScope('read', this._table)) return false
            const row = this._runtime.store.get(this._table, String(fieldOrSysId))
            if (!row || (this._secure && !this._runtime.canAccess('read', this._table, null, row))) return false
            this._load(row)
            this._results = [row]
            this._index = 0
            return true
        }
        this.addQuery(fieldOrSysId, value)
        this.setLimit(1)
        this.query()
        return this.next()
    }

    // ---------- writes ----------
    // "GlideRecord - Scoped" setAbortAction: prevents the database action of a before rule's write.
    setAbortAction(abort: boolean): void {
        this._abort = Boolean(abort)
    }

    isActionAborted(): boolean {
        return this._abort
    }

    // "GlideRecord - Scoped" getLastErrorMessage: "Retrieves the last error message"; the platform fills it from
    // a failed database operation (a data policy's words, for one). The bench models no database errors and,
    // assumed (the strict side; ASSUMPTIONS.md), a before rule's setAbortAction leaves it empty: null.
    getLastErrorMessage(): string | null {
        return null
    }

    operation(): string | null {
        return this._operation
    }

    // "GlideRecord - Scoped" setWorkflow(false): no business rules run for this record's writes.
    setWorkflow(enabled: boolean): void {
        this._workflow = Boolean(enabled)
    }

    autoSysFields(enabled: boolean): void {
        this._autoSysFields = Boolean(enabled)
    }

    insert(): string | null {
        return this._write('insert')
    }

    // "GlideRecord - Scoped" update: inserts when the record does not exist yet; null when it fails.
    update(_reason?: unknown): string | null {
        if (!this._loaded) return this._write('insert')
        return this._write('update')
    }

    _hasChanges(): boolean {
        if (this._journal.size > 0 && [...this._journal.values()].some((v) => v !== '')) return true
        const fields = new Set([...Object.keys(this._values), ...Object.keys(this._original ?? {})])
        return [...fields].some((field) => !SYSTEM_FIELDS.has(field) && (this._values[field] ?? '') !== (this._original?.[field] ?? ''))
    }

    _write(operation: 'insert' | 'update'): string | null {
        const rt = this._runtime
        const insert = operation === 'insert'
        if (!rt.crossScope(insert ? 'create' : 'write', this._table)) return null
        // The session message's wording is assumed (the platform tells the user; its words are not documented).
        if (this._secure && !rt.canAccess(insert ? 'create' : 'write', this._table, null, insert ? null : this._values)) {
            rt.log('warn', `Security restricted: ${insert ? 'create' : 'write'} on ${this._table} denied for ${rt.session().userName}`)
            rt.addMessage('error', `Security constraints prevent ${insert ? 'insert into' : 'update of'} ${this._table}`)
            return null
        }
        if (insert) {
            if (!this._values.sys_id) this._values.sys_id = rt.store.newSysId()
            this._values.sys_class_name = this._table
            const prefix = rt.schema.lineage(this._table).map((name) => TASK_PREFIXES[name]).find(Boolean)
            if (prefix && this._column('number') && !this._values.number) this._values.number = rt.store.nextNumber(TASK_PREFIXES[this._table] ?? prefix)
        }
        const previousRow = insert ? null : { ...(this._original ?? {}) }
        const context = { operation, table: this._table, current: this, previousRow, row: () => ({ ...this._values }) }
        this._operation = operation
        this._abort = false
        try {
            // An aborted write returns null and the user is told; the words "Invalid insert"/"Invalid update" are assumed.
            if (this._workflow && !rt.beforeWrite(context)) {
                rt.addMessage('error', `Invalid ${operation}`)
                return null
            }
            // Assumed: an update that changes nothing writes nothing (sys_mod_count stays) and runs no after rules.
            if (!insert && !this._hasChanges()) return this.getUniqueValue()
            if (!insert) this._stampReopen(previousRow)
            this._stampSystemFields(insert)
            rt.store.put(this._table, this._values)
            rt.recordUpdate(this._table, this.getUniqueValue(), 'INSERT_OR_UPDATE')
            this._flushJournal()
            if (this._workflow) rt.afterWrite(context)
            this._original = { ...this._values }
            this._loaded = true
            return this.getUniqueValue()
        } finally {
            this._operation = null
        }
    }

    // "Reopening an incident" (ServiceNow docs, Xanadu): "Reopen count, Last reopened by, and Last reopened at
    // fields are automatically populated" when a Resolved (or Closed) incident goes back to New, In Progress or
    // On Hold. The platform does it, not the app: an app that also counts reopens counts each one twice here.
    // Assumed: it happens on the write itself, after every before rule, whoever saves the incident.
    _stampReopen(previousRow: Record<string, string> | null): void {
        if (!previousRow || !this._runtime.schema.lineage(this._table).includes('incident')) return
        const was = String(previousRow.state ?? '')
        const now = String(this._values.state ?? '')
        if (!['6', '7'].includes(was) || !['1', '2', '3'].includes(now)) return
        const rt = this._runtime
        this._values.reopen_count = String((parseInt(String(this._values.reopen_count ?? '0'), 10) || 0) + 1)
        this._values.reopened_by = rt.session().sysId
        this._values.reopened_time = formatDateTime(rt.now())
    }

    // System fields as the platform keeps them; autoSysFields(false) leaves them alone ("GlideRecord" autoSysFields).
    _stampSystemFields(insert: boolean): void {
        if (!this._autoSysFields) return
        const rt = this._runtime
        const now = formatDateTime(rt.now())
        const user = rt.session().userName
        if (insert) {
            this._values.sys_created_on = now
            this._values.sys_created_by = user
            this._values.sys_mod_count = '0'
        } else {
            this._values.sys_mod_count = String(Number(this._values.sys_mod_count ?? '0') + 1)
        }
        this._values.sys_updated_on = now
        this._values.sys_updated_by = user
    }

    _flushJournal(): void {
        const rt = this._runtime
        for (const [field, value] of this._journal) {
            if (value === '') continue
            rt.store.put('sys_journal_field', {
                sys_id: rt.store.newSysId(),
                name: this._table,
                element: field,
                element_id: this.getUniqueValue(),
                value,
                sys_created_on: formatDateTime(rt.now()),
                sys_created_by: rt.session().userName,
                sys_mod_count: String(rt.store.rows('sys_journal_field').length),
            })
        }
        this._journal.clear()
    }

    deleteRecord(): boolean {
        const rt = this._runtime
        if (!this._loaded) return false
        if (!rt.crossScope('delete', this._table)) return false
        if (this._secure && !rt.canAccess('delete', this._table, null, this._values)) return false
        const context = { operation: 'delete' as const, table: this._table, current: this, previousRow: { ...this._values }, row: () => ({ ...this._values }) }
        this._operation = 'delete'
        try {
            if (this._workflow && !rt.beforeWrite(context)) return false
            rt.store.delete(this.getRecordClassName(), this.getUniqueValue())
            rt.recordUpdate(this._table, this.getUniqueValue(), 'DELETE')
            if (this._workflow) rt.afterWrite(context)
            this._loaded = false
            return true
        } finally {
            this._operation = null
        }
    }

    deleteMultiple(): void {
        if (!this._runtime.crossScope('delete', this._table)) return
        this.query()
        while (this.next()) this.deleteRecord()
    }

    /**
     * Sets the values given with setValue() on every row the query matches
     * ("GlideRecord - Scoped" updateMultiple). Assumed (sdk-notes: whether it is
     * one atomic UPDATE ... WHERE is unknown): each row is re-checked against
     * the query when it is written and left alone if it no longer matches, and
     * each row is written with update() (business rules run, whatever
     * setWorkflow() said on this record). The bench runs one transaction at a
     * time, so two workers racing for a row are not modelled either way.
     */
    updateMultiple(): void {
        if (!this._runtime.crossScope('write', this._table)) return
        const values = { ...this._values }
        const compiled = this._compiled()
        this.query()
        const ids = this._results.map((row) => row.sys_id)
        for (const id of ids) {
            const row = new BenchGlideRecord(this._runtime, this._table, this._secure)
            if (!row.get(id)) continue
            const current = this._runtime.store.get(this._table, id)!
            if (!compiled.every((query) => query.matches({ value: (field: string) => current[field] ?? '' }))) continue
            for (const [field, value] of Object.entries(values)) if (field !== 'sys_id') row.setValue(field, value)
            row.update()
        }
    }

    canRead(): boolean {
        return this._runtime.canAccess('read', this._table, null, this._rowOrNull())
    }

    canWrite(): boolean {
        return this._runtime.canAccess('write', this._table, null, this._rowOrNull())
    }

    canCreate(): boolean {
        return this._runtime.canAccess('create', this._table, null, null)
    }

    canDelete(): boolean {
        return this._runtime.canAccess('delete', this._table, null, this._rowOrNull())
    }
}

/** Field access (`gr.state`, `gr.state = 2`) as Rhino exposes it: GlideElement objects ("GlideRecord - Scoped" getElement). */
function withFieldAccess(record: BenchGlideRecord): BenchGlideRecord {
    return new Proxy(record, {
        get(target, prop, receiver) {
            if (typeof prop === 'symbol' || prop in target) return Reflect.get(target, prop, receiver)
            return target.getElement(prop) ?? undefined
        },
        set(target, prop, value, receiver) {
            if (typeof prop === 'string' && !(prop in target) && target._column(prop)) {
                target.setValue(prop, value)
                return true
            }
            return Reflect.set(target, prop, value, receiver)
        },
    })
}

export function createGlideClasses(runtime: Runtime): GlideClasses {
    // `new GlideRecord('incident')` must return the field-access proxy.
    function GlideRecord(this: unknown, table: string): BenchGlideRecord {
        return withFieldAccess(new BenchGlideRecord(runtime, table, false))
    }
    function GlideRecordSecure(this: unknown, table: string): BenchGlideRecord {
        return withFieldAccess(new BenchGlideRecord(runtime, table, true))
    }
    GlideRecord.prototype = BenchGlideRecord.prototype
    GlideRecordSecure.prototype = BenchGlideRecord.prototype
    return {
        GlideRecord: GlideRecord as unknown as GlideClasses['GlideRecord'],
        GlideRecordSecure: GlideRecordSecure as unknown as GlideClasses['GlideRecordSecure'],
        GlideElement: BenchGlideElement,
        fromRow(table: string, row: Row, secure = false): BenchGlideRecord {
            const record = withFieldAccess(new BenchGlideRecord(runtime, table, secure))
            record._load(row)
            return record
        },
    }
}
