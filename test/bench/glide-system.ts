// `gs` and GlideDateTime for scripts on the bench. Source: ServiceNow docs
// "GlideSystem - Scoped" (getProperty, setProperty, info..., eventQueue,
// hasRole, getMessage, getCurrentScopeName, getCallerScopeName, isInteractive),
// unless noted.
// Not modelled: property caching and gs.setProperty's limit to the script's
// own scope; gs.nowDateTime() is offered although scoped apps may not use it
// (`now-sdk explain module-guide`).
import { randomBytes } from 'node:crypto'
import { formatDateTime, type BenchGlideRecord } from './glide-record'
import type { Runtime } from './runtime'

/** `{0}`-style substitution, as gs.info and gs.getMessage do it ("GlideSystem - Scoped": parm1..parm5, an args array). */
export function substitute(message: unknown, args: unknown[]): string {
    const text = String(message)
    const values = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = values[Number(index)]
        return value === undefined ? whole : String(value)
    })
}

/** What gs reads of the request a script runs in (instance.ts keeps it). */
export interface RequestContext {
    /** Whether a logged-in user's request is running (gs.isInteractive). */
    interactive(): boolean
    /** The scope of the script that called into the running script include, or null (gs.getCallerScopeName). */
    callerScope(): string | null
}

const NO_REQUEST: RequestContext = { interactive: () => false, callerScope: () => null }

export function createGlideSystem(rt: Runtime, messages: () => Map<string, string>, scope: () => string, request: RequestContext = NO_REQUEST) {
    const properties = () => rt.store.rows('sys_properties')
    const findProperty = (name: string) => properties().find((row) => row.name === name)
    return {
        // Values are text ("Add a property using sys_properties.list": all property values are strings);
        // a missing one gives the alternate, else null (null assumed).
        getProperty(name: string, alternate?: unknown): unknown {
            const row = findProperty(String(name))
            if (!row) return alternate === undefined ? null : alternate
            return row.value ?? ''
        },
        setProperty(name: string, value: unknown, description?: string): void {
            const row = findProperty(name)
            if (row) {
                rt.store.put('sys_properties', { ...row, value: String(value) })
            } else {
                rt.store.put('sys_properties', { sys_id: rt.store.newSysId(), name, value: String(value), type: 'string', description: description ?? '' })
            }
        },
        info: (message: unknown, ...args: unknown[]) => rt.log('info', substitute(message, args)),
        warn: (message: unknown, ...args: unknown[]) => rt.log('warn', substitute(message, args)),
        error: (message: unknown, ...args: unknown[]) => rt.log('error', substitute(message, args)),
        debug: (message: unknown, ...args: unknown[]) => rt.log('debug', substitute(message, args)),
        log: (message: unknown) => rt.log('info', String(message)),
        addInfoMessage: (message: unknown) => rt.addMessage('info', String(message)),
        addErrorMessage: (message: unknown) => rt.addMessage('error', String(message)),
        // "GlideSystem - Scoped" getErrorMessages: the session's error messages added by addErrorMessage (a
        // refusing rule's words among them), as an Array. The bench's session is the user's: assumed, a
        // scheduled job or event reads the messages its own user's session got (see ASSUMPTIONS.md).
        getErrorMessages: (): string[] => rt.sessionMessages('error'),
        eventQueue(name: string, record: BenchGlideRecord | null, parm1?: unknown, parm2?: unknown, queue?: string): void {
            const table = record ? record.getTableName() : ''
            const sysId = record ? record.getUniqueValue() : ''
            rt.queueEvent(name, table, sysId, parm1 == null ? '' : String(parm1), parm2 == null ? '' : String(parm2), queue ?? '')
        },
        // "GlideSystem - Scoped" eventQueueScheduled(name, instance, parm1, parm2, expiration): "Queues an event for
        // the event manager at a specified date and time"; expiration is the "Date and time to process this event"
        // (a GlideDateTime). It takes no queue: the event goes to its registration's queue. The platform keeps
        // sysevent.process_on to the second (a glide_date_time field): the bench drops the milliseconds too, so
        // an event asked for at .900 runs up to 900 ms early, as it may on an instance.
        eventQueueScheduled(name: string, record: BenchGlideRecord | null, parm1?: unknown, parm2?: unknown, expiration?: unknown): void {
            const table = record ? record.getTableName() : ''
            const sysId = record ? record.getUniqueValue() : ''
            const at = expiration && typeof (expiration as { getNumericValue?: unknown }).getNumericValue === 'function'
                ? Number((expiration as { getNumericValue(): number }).getNumericValue())
                : Date.parse(`${String(expiration ?? '').replace(' ', 'T')}Z`)
            if (!Number.isFinite(at)) throw new Error(`gs.eventQueueScheduled('${name}'): "${String(expiration)}" is not a date and time`)
            rt.queueEvent(name, table, sysId, parm1 == null ? '' : String(parm1), parm2 == null ? '' : String(parm2), '', Math.floor(at / 1000) * 1000)
        },
        // gs.hasRole is true for admin whatever the role ("GlideSystem - Scoped" hasRole).
        hasRole(role: string): boolean {
            const roles = rt.session().roles
            return roles.has('admin') || String(role).split(',').some((name) => roles.has(name.trim()))
        },
        // The session user's GlideUser ("GlideSystem - Scoped" getUser; "GlideUser - Scoped"), with the one
        // method the app uses. getRoles(): "explicitly granted roles, inherited roles, and roles acquired by
        // group membership", an Array; admin's implicit pass of every role check adds nothing to it. The
        // bench has no groups, so it lists the granted roles with the ones they contain.
        getUser: () => {
            const roles = [...rt.session().roles]
            return { getRoles: (): string[] => [...roles] }
        },
        getUserID: () => rt.session().sysId,
        getUserName: () => rt.session().userName,
        getUserDisplayName: () => rt.session().displayName,
        nowDateTime: () => formatDateTime(rt.now()),
        nowNoTZ: () => formatDateTime(rt.now()),
        getMessage(key: string, args?: unknown): string {
            const template = messages().get(key) ?? key
            return substitute(template, args === undefined ? [] : Array.isArray(args) ? args : [args])
        },
        generateGUID: () => randomBytes(16).toString('hex'),
        nil: (value: unknown) => value === null || value === undefined || String(value) === '',
        // "GlideSystem - Scoped" isInteractive: true in an interactive session, one where a user logged in
        // normally (the UI: a form save, a UI action, GlideAjax, Scripts - Background), false e.g. for a SOAP or
        // web-service request. instance.ts says which bench request is which; assumed (the docs are silent):
        // scheduled jobs, events (script actions) and async rules are not interactive.
        isInteractive: () => request.interactive(),
        // The running script's scope; global reads "rhino.global", as in the platform's messages (KB0727180).
        getCurrentScopeName: () => (scope() === 'global' ? 'rhino.global' : scope()),
        // "Gets the caller scope name; returns null if there is no caller" (GlideSystem - Scoped; the
        // @servicenow/glide declaration's words): the scope of the script that called into the running
        // script include. Assumed: global reads "rhino.global", as getCurrentScopeName does.
        getCallerScopeName: () => {
            const caller = request.callerScope()
            return caller === 'global' ? 'rhino.global' : caller
        },
    }
}

export type GlideSystem = ReturnType<typeof createGlideSystem>

/** GlideDateTime in UTC, on the bench clock: display values are UTC too (every bench user's time zone is UTC). */
export function createGlideDateTime(rt: Runtime) {
    return class GlideDateTime {
        private ms: number

        constructor(value?: string | GlideDateTime) {
            if (value instanceof GlideDateTime) this.ms = value.ms
            else if (value) this.ms = GlideDateTime.parse(value)
            else this.ms = rt.now()
        }

        static parse(value: string): number {
            const ms = Date.parse(String(value).replace(' ', 'T') + (String(value).includes('Z') ? '' : 'Z'))
            if (Number.isNaN(ms)) throw new Error(`GlideDateTime: cannot parse "${value}"`)
            return ms
        }

        getValue(): string { return formatDateTime(this.ms) }
        getDisplayValue(): string { return formatDateTime(this.ms) }
        toString(): string { return this.getValue() }
        setValue(value: string | number): void { this.ms = typeof value === 'number' ? value : GlideDateTime.parse(value) }
        getNumericValue(): number { return this.ms }
        setNumericValue(ms: number): void { this.ms = ms }
        add(ms: number): void { this.ms += Number(ms) }
        addSeconds(seconds: number): void { this.ms += Number(seconds) * 1000 }
        addDaysUTC(days: number): void { this.ms += Number(days) * 86_400_000 }
        before(other: GlideDateTime): boolean { return this.ms < other.ms }
        after(other: GlideDateTime): boolean { return this.ms > other.ms }
        compareTo(other: GlideDateTime): number { return Math.sign(this.ms - other.ms) }
        equals(other: GlideDateTime): boolean { return this.ms === other.ms }
        getDate(): string { return this.getValue().slice(0, 10) }
    }
}
