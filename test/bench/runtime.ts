// What the Glide emulations share: one emulated instance's state.
import type { Schema } from './schema'
import type { QueryLogEntry } from './query-log'
import type { Store, Row } from './store'

export interface SessionUser {
    sysId: string
    userName: string
    displayName: string
    /** Roles granted, with contained roles expanded. */
    roles: Set<string>
    /** The session's own time zone (the user's Time zone; a scheduled job's Run as time zone); empty or absent: the system's. */
    timeZone?: string
}

export type Operation = 'insert' | 'update' | 'delete'

export interface LogEntry {
    seq: number
    level: 'debug' | 'info' | 'warn' | 'error'
    message: string
    /** The record whose script wrote it, e.g. `sys_script:OpConTicketAccepted`. */
    source: string
    scope: string
    at: number
}

/** A write about to happen or just done, as business rules see it. */
export interface WriteContext {
    operation: Operation
    table: string
    /** The GlideRecord being written (the rule's `current`). */
    current: unknown
    /** Values before the write ('' for each field on insert). */
    previousRow: Row | null
    /** Values as they will be / were written. */
    row: () => Row
}

export interface Runtime {
    schema: Schema
    store: Store
    now(): number
    session(): SessionUser
    /** The time zone the session works in: its own, else the instance's (instance.ts names the source). */
    sessionTimeZone(): string
    log(level: LogEntry['level'], message: string): void
    addMessage(kind: 'info' | 'error', message: string): void
    /** The session user's messages of that kind so far, oldest first (gs.getErrorMessages). */
    sessionMessages(kind: 'info' | 'error'): string[]
    /** Runs before rules; false when one aborted the write. */
    beforeWrite(context: WriteContext): boolean
    afterWrite(context: WriteContext): void
    canAccess(operation: 'read' | 'write' | 'create' | 'delete', table: string, field: string | null, row: Row | null): boolean
    /**
     * Whether the running script's scope may do this to the table (scopes.ts);
     * false, with the platform's error logged, when it is refused.
     */
    crossScope(operation: 'read' | 'write' | 'create' | 'delete', table: string): boolean
    /** A row of a table tracked by update sets was written or deleted (customer updates, instance.ts). */
    recordUpdate(table: string, sysId: string, action: 'INSERT_OR_UPDATE' | 'DELETE'): void
    createGlideRecord(table: string, secure?: boolean): unknown
    /** `processOn` (epoch ms): not before then (gs.eventQueueScheduled); absent: at once. */
    queueEvent(name: string, table: string, sysId: string, parm1: string, parm2: string, queue: string, processOn?: number): void
    /** A query ran (query-log.ts); the instance adds the scope. */
    onQuery?(entry: Omit<QueryLogEntry, 'scope'>): void
}
