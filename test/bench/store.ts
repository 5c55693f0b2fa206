// The in-memory database: rows per concrete table, values as stored text.
import { randomBytes, createCipheriv, createDecipheriv } from 'node:crypto'
import type { Schema } from './schema'

export type Row = Record<string, string>

export class Store {
    private readonly tables = new Map<string, Map<string, Row>>()
    private sequence = 0
    private readonly counters = new Map<string, number>()
    private readonly key = randomBytes(32)
    /** Equality indexes built on first use: concrete table → field → value → sys_ids. */
    private readonly indexes = new Map<string, Map<string, Map<string, Set<string>>>>()
    private readonly versions = new Map<string, number>()

    constructor(private readonly schema: Schema) {}

    newSysId(): string {
        this.sequence += 1
        return randomBytes(12).toString('hex') + this.sequence.toString(16).padStart(8, '0')
    }

    /** Every table that holds rows. */
    tableNames(): string[] {
        return [...this.tables.keys()]
    }

    /** Rows of a table and of every table extending it (querying task finds incidents; "Table extension", ServiceNow docs). */
    rows(table: string): Row[] {
        const out: Row[] = []
        for (const [name, rows] of this.tables) {
            if (name === table || this.schema.lineage(name).includes(table)) out.push(...rows.values())
        }
        return out
    }

    get(table: string, sysId: string): Row | undefined {
        for (const [name, rows] of this.tables) {
            if (name !== table && !this.schema.lineage(name).includes(table)) continue
            const row = rows.get(sysId)
            if (row) return row
        }
        return undefined
    }

    /** How many writes a table has had: lets caches of configuration (business rules) notice a change. */
    version(table: string): number {
        return this.versions.get(table) ?? 0
    }

    put(table: string, row: Row): void {
        this.versions.set(table, this.version(table) + 1)
        let rows = this.tables.get(table)
        if (!rows) {
            rows = new Map()
            this.tables.set(table, rows)
        }
        this.unindex(table, rows.get(row.sys_id))
        const stored = { ...row }
        rows.set(row.sys_id, stored)
        this.index(table, stored)
    }

    private index(table: string, row: Row | undefined): void {
        if (!row) return
        for (const [field, byValue] of this.indexes.get(table) ?? []) {
            const value = row[field] ?? ''
            let ids = byValue.get(value)
            if (!ids) byValue.set(value, (ids = new Set()))
            ids.add(row.sys_id)
        }
    }

    private unindex(table: string, row: Row | undefined): void {
        if (!row) return
        for (const [field, byValue] of this.indexes.get(table) ?? []) byValue.get(row[field] ?? '')?.delete(row.sys_id)
    }

    /**
     * Rows of `table` (and the tables extending it) whose `field` equals
     * `value`, from an index, as a database would answer an indexed equality.
     */
    rowsWhere(table: string, field: string, value: string): Row[] {
        const out: Row[] = []
        for (const [name, rows] of this.tables) {
            if (name !== table && !this.schema.lineage(name).includes(table)) continue
            let byField = this.indexes.get(name)
            if (!byField) this.indexes.set(name, (byField = new Map()))
            let byValue = byField.get(field)
            if (!byValue) {
                byValue = new Map()
                byField.set(field, byValue)
                for (const row of rows.values()) {
                    const key = row[field] ?? ''
                    let ids = byValue.get(key)
                    if (!ids) byValue.set(key, (ids = new Set()))
                    ids.add(row.sys_id)
                }
            }
            for (const id of byValue.get(value) ?? []) {
                const row = rows.get(id)
                if (row) out.push(row)
            }
        }
        return out
    }

    delete(table: string, sysId: string): boolean {
        this.versions.set(table, this.version(table) + 1)
        const rows = this.tables.get(table)
        this.unindex(table, rows?.get(sysId))
        return rows?.delete(sysId) ?? false
    }

    /** INC0010001, INC0010002...: the form of the numbers in ServiceNow's docs (e.g. "Table API" samples); the counter's start is assumed. */
    nextNumber(prefix: string): string {
        const next = (this.counters.get(prefix) ?? 10000) + 1
        this.counters.set(prefix, next)
        return `${prefix}${String(next).padStart(7, '0')}`
    }

    /**
     * password2 values are stored encrypted, as on the platform: getValue never sees the secret
     * (sdk-notes; "GlideElement - Scoped" getDecryptedValue). The cipher is the bench's own.
     */
    encrypt(plain: string): string {
        if (plain === '') return ''
        const iv = randomBytes(12)
        const cipher = createCipheriv('aes-256-gcm', this.key, iv)
        const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
        return `enc1:${Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64')}`
    }

    decrypt(stored: string): string {
        if (!stored.startsWith('enc1:')) return stored
        const raw = Buffer.from(stored.slice(5), 'base64')
        const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12))
        decipher.setAuthTag(raw.subarray(12, 28))
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
    }
}
