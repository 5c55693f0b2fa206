// Business rules, events with their script actions, and scheduled jobs, run
// the way the platform runs them: before rules by order and able to abort,
// after rules once the row is written, async rules and events only when the
// test drains the queue (with `previous` null in async rules).
// Sources: ServiceNow docs "Classic Business rules" (before / after / async,
// Order lowest first, filter conditions and the Condition field evaluated
// together, `previous` only on update and delete and never in async rules,
// rules on a parent table run for its children, setWorkflow(false) skips them)
// and "Abort a database action in a before business-rule" (same page).
// Differences from those docs: the platform runs the remaining before rules
// after setAbortAction(true); the bench stops at the aborting rule. Async rules
// run here in the order they were queued; the docs guarantee no order.
//
// Events and their queues (`now-sdk explain registering-events-guide`): an
// event that is not registered is dropped ("fails silently in scoped apps";
// the bench does the same for every event, the strict choice); an event goes
// to the queue gs.eventQueue names, else its registration's queue, else the
// instance's default queue, which every app's notifications and SLAs share
// (also "Using custom queues to process events", ServiceNow docs, Server-side
// script use cases). A custom queue is worked only when a sysevent_queue record
// processes it automatically; otherwise its events wait forever (same page:
// "The events are stuck in the queue"). Assumed: each queue is one worker
// working its events in order, first queued first (registering-events-guide
// says the default queue runs on several workers, and queues have priorities,
// processing_order and job counts the bench ignores): the pessimistic model
// for how slow work delays a queue. `eventRuns` says how long each event
// waited behind the events queued before it on the same queue (wall-clock
// time the worker spent on them), so a test can show slow work delaying a queue.
import { compileEncodedQuery, type CompiledQuery } from './encoded-query'
import { formatDateTime, type BenchGlideRecord, type GlideClasses } from './glide-record'
import type { Row, Store } from './store'
import type { Schema } from './schema'
import type { SessionUser, WriteContext } from './runtime'
import type { ScriptHost } from './scripting'

type Phase = 'before' | 'after' | 'async' | 'display'

interface Rule {
    sysId: string
    name: string
    table: string
    phase: Phase
    order: number
    insert: boolean
    update: boolean
    delete: boolean
    filter: CompiledQuery | null
    condition: string
    script: string
    /** A platform rule (platform-rules.ts) runs in the global scope; the package's run in the app's. */
    global: boolean
}

type Job =
    | { kind: 'async_rule'; rule: Rule; table: string; row: Row; user: SessionUser }
    | { kind: 'event'; eventId: string; user: SessionUser; queue: string; mark: number }

/** One run of a scheduled job: as whom (null: it did not run), and from when to when on the instance's clock. */
export interface ScheduledJobRun {
    name: string
    user: string | null
    startedAt: number
    endedAt: number
}

/** One processed event: its queue, how long it waited behind earlier events of that queue, how long it ran. */
export interface EventRun {
    name: string
    queue: string
    waitedMs: number
    ranMs: number
}

export interface EngineDeps {
    schema: Schema
    store: Store
    glide: () => GlideClasses
    host: () => ScriptHost
    session: () => SessionUser
    runAs<T>(user: SessionUser, run: () => T): T
    /** Whom a scheduled job (its sysauto_script row) runs as; null when it cannot run (instance.ts). */
    jobSession(job: Row): SessionUser | null
    withSource<T>(source: string, run: () => T): T
    /** Runs a package script in the app's scope (scopes.ts). */
    inAppScope<T>(run: () => T): T
    /** Runs a platform script (a base-system rule) in the global scope. */
    inGlobalScope<T>(run: () => T): T
    reportError(source: string, error: unknown): void
    now(): number
    setNow(ms: number): void
    /** A bench-side notice (not something the platform would log). */
    warn(message: string): void
}

// The SDK writes `when: 'async'` as async_always, and 'async_deprecated' as async.
// A display rule is written before_display (sdk-notes: BusinessRule when 'display').
const PHASES: Record<string, Phase> = { before: 'before', after: 'after', async_always: 'async', async: 'async', before_display: 'display' }

export class Engine {
    private queue: Job[] = []
    private scheduledEvents: Array<{ at: number; seq: number; eventId: string; user: SessionUser; queue: string }> = []
    private scheduledSeq = 0
    private rules: Rule[] | null = null
    private rulesVersion = -1
    private readonly jobRuns = new Map<string, number>()
    private readonly installedAt: number
    /** Per queue ('' is the default queue), the milliseconds its worker has spent on events. */
    private readonly queueWork = new Map<string, number>()
    readonly eventRuns: EventRun[] = []
    readonly jobRunLog: ScheduledJobRun[] = []

    constructor(private readonly deps: EngineDeps) {
        this.installedAt = deps.now()
    }

    private loadRules(): Rule[] {
        // A rule added or changed after install (an admin's, a customer's) takes effect on the next write, as on the platform.
        const version = this.deps.store.version('sys_script')
        if (this.rules && this.rulesVersion === version) return this.rules
        this.rulesVersion = version
        const { store, schema } = this.deps
        this.rules = store.rows('sys_script')
            .filter((row) => row.active === 'true' && PHASES[row.when] !== undefined)
            .map((row) => ({
                sysId: row.sys_id,
                name: row.name,
                table: row.collection,
                phase: PHASES[row.when],
                order: Number(row.order || 100),
                insert: row.action_insert === 'true',
                update: row.action_update === 'true',
                delete: row.action_delete === 'true',
                filter: row.filter_condition ? compileEncodedQuery(row.filter_condition, schema.querySchema(row.collection), row.collection) : null,
                condition: (row.condition ?? '').trim(),
                script: row.script ?? '',
                global: row.sys_scope === 'global',
            }))
            .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
        return this.rules
    }

    private applicable(phase: Phase, context: WriteContext): Rule[] {
        const lineage = this.deps.schema.lineage(context.table)
        return this.loadRules().filter((rule) => rule.phase === phase && lineage.includes(rule.table) && rule[context.operation])
    }

    private matches(rule: Rule, context: WriteContext, current: BenchGlideRecord, previous: BenchGlideRecord | null): boolean {
        if (rule.filter) {
            const row = context.row()
            const before = context.previousRow ?? {}
            const matched = rule.filter.matches({ value: (field) => row[field] ?? '', previousValue: (field) => before[field] ?? '' })
            if (!matched) return false
        }
        if (!rule.condition) return true
        const source = `sys_script:${rule.name} (condition)`
        try {
            const fn = this.deps.host().compile(['current', 'previous'], `return (${rule.condition});`, source)
            return Boolean(this.inRuleScope(rule, () => this.deps.withSource(source, () => fn(current, previous))))
        } catch (error) {
            this.deps.reportError(source, error)
            return false
        }
    }

    private run(rule: Rule, current: BenchGlideRecord, previous: BenchGlideRecord | null): void {
        const source = `sys_script:${rule.name}`
        try {
            const fn = this.deps.host().compile(['current', 'previous'], rule.script, source)
            this.inRuleScope(rule, () => this.deps.withSource(source, () => fn(current, previous)))
        } catch (error) {
            // Assumed: the platform logs a failing rule and carries on with the transaction.
            this.deps.reportError(source, error)
        }
    }

    private inRuleScope<T>(rule: Rule, run: () => T): T {
        return rule.global ? this.deps.inGlobalScope(run) : this.deps.inAppScope(run)
    }

    private previousOf(context: WriteContext): BenchGlideRecord | null {
        return context.previousRow ? this.deps.glide().fromRow(context.table, context.previousRow) : null
    }

    /** Before rules by order (then name: assumed); false when one aborted the write (see the header for the difference). */
    beforeWrite(context: WriteContext): boolean {
        const current = context.current as BenchGlideRecord
        const previous = this.previousOf(context)
        for (const rule of this.applicable('before', context)) {
            if (!this.matches(rule, context, current, previous)) continue
            this.run(rule, current, previous)
            if (current.isActionAborted()) return false
        }
        return true
    }

    /**
     * A form opens on a record: display rules of its table (and those it extends), by order, with
     * `current` and no `previous` ("Business rules", ServiceNow docs: When "display" runs "before the
     * form is presented to the user, just after the data is read from the database"; what they add
     * with gs.addInfoMessage is shown on that form). Their filter and condition apply as for others.
     * Not modelled: g_scratchpad.
     */
    displayForm(table: string, current: BenchGlideRecord, row: Row): void {
        const lineage = this.deps.schema.lineage(table)
        const context: WriteContext = { operation: 'update', table, current, previousRow: null, row: () => row }
        for (const rule of this.loadRules().filter((r) => r.phase === 'display' && lineage.includes(r.table))) {
            if (this.matches(rule, context, current, null)) this.run(rule, current, null)
        }
    }

    afterWrite(context: WriteContext): void {
        const current = context.current as BenchGlideRecord
        const previous = this.previousOf(context)
        for (const rule of this.applicable('after', context)) {
            if (this.matches(rule, context, current, previous)) this.run(rule, current, previous)
        }
        for (const rule of this.applicable('async', context)) {
            // The condition is checked when the job is queued (re-checked on the platform only with
            // glide.businessrule.async_condition_check, "Classic Business rules"). Assumed: the job runs as
            // the user who saved, on the row as it was written.
            if (this.matches(rule, context, current, previous)) {
                this.queue.push({ kind: 'async_rule', rule, table: context.table, row: context.row(), user: this.deps.session() })
            }
        }
    }

    queueEvent(name: string, table: string, sysId: string, parm1: string, parm2: string, queue: string, processOn?: number): void {
        const { store } = this.deps
        const registration = store.rows('sysevent_register').find((row) => row.event_name === name)
        if (!registration) {
            this.deps.warn(`gs.eventQueue('${name}'): the event is not registered (sysevent_register), so the platform drops it silently`)
            return
        }
        const target = queue || registration.queue || ''
        const user = this.deps.session()
        const eventId = store.newSysId()
        store.put('sysevent', {
            sys_id: eventId, name, table, instance: sysId, parm1, parm2, queue: target, state: 'ready',
            user_id: user.sysId, user_name: user.userName, sys_created_on: formatDateTime(this.deps.now()),
            process_on: formatDateTime(processOn ?? this.deps.now()),
        })
        // On a queue nobody processes, the event stays 'ready'.
        if (target !== '' && !this.processes(target)) return
        if (processOn !== undefined && processOn > this.deps.now()) {
            this.scheduledEvents.push({ at: processOn, seq: this.scheduledSeq++, eventId, user, queue: target })
            return
        }
        this.queue.push({ kind: 'event', eventId, user, queue: target, mark: this.queueWork.get(target) ?? 0 })
    }

    /**
     * Scheduled events whose time has come join their queue, earliest process_on first, then in the
     * order they were queued ("GlideEventManager - Global" process: the worker claims the events with
     * the oldest pending process_on times; among equal times the order is assumed).
     */
    private releaseDueEvents(): void {
        const now = this.deps.now()
        const due = this.scheduledEvents.filter((event) => event.at <= now).sort((a, b) => a.at - b.at || a.seq - b.seq)
        if (due.length === 0) return
        this.scheduledEvents = this.scheduledEvents.filter((event) => event.at > now)
        for (const event of due) this.queue.push({ kind: 'event', eventId: event.eventId, user: event.user, queue: event.queue, mark: this.queueWork.get(event.queue) ?? 0 })
    }

    /** When the next scheduled event comes due (epoch ms); Infinity when none waits. */
    private nextScheduledEvent(): number {
        return this.scheduledEvents.reduce((first, event) => Math.min(first, event.at), Number.POSITIVE_INFINITY)
    }

    private processes(queue: string): boolean {
        return this.deps.store.rows('sysevent_queue').some((row) => row.queue === queue && row.active !== 'false' && row.automatic_processing === 'true')
    }

    pending(): number {
        return this.queue.length
    }

    /** Events queued for a later time (gs.eventQueueScheduled) that have not come due yet. */
    scheduledPending(): number {
        return this.scheduledEvents.length
    }

    /** Runs queued async rules and events (and whatever they queue) until none is left. */
    drain(limit = 100_000): number {
        let ran = 0
        this.releaseDueEvents()
        while (this.queue.length > 0) {
            if (ran >= limit) throw new Error(`drain(): more than ${limit} queued jobs; a rule or event is probably re-queueing itself`)
            const job = this.queue.shift()!
            ran += 1
            if (job.kind === 'event') this.deps.runAs(job.user, () => this.timeEvent(job))
            else this.deps.runAs(job.user, () => this.runAsyncRule(job))
            // A call that took time (mapCallDurations) may have brought scheduled events due.
            this.releaseDueEvents()
        }
        return ran
    }

    private timeEvent(job: Extract<Job, { kind: 'event' }>): void {
        const worked = this.queueWork.get(job.queue) ?? 0
        const started = performance.now()
        this.processEvent(job.eventId)
        const ranMs = performance.now() - started
        this.queueWork.set(job.queue, worked + ranMs)
        const name = this.deps.store.get('sysevent', job.eventId)?.name ?? ''
        this.eventRuns.push({ name, queue: job.queue, waitedMs: worked - job.mark, ranMs })
    }

    private runAsyncRule(job: Extract<Job, { kind: 'async_rule' }>): void {
        const current = this.deps.glide().fromRow(job.table, job.row)
        this.run(job.rule, current, null)
    }

    private processEvent(eventId: string): void {
        const { store } = this.deps
        const row = store.get('sysevent', eventId)
        if (!row) return
        const glide = this.deps.glide()
        const event = glide.fromRow('sysevent', row)
        let current: BenchGlideRecord | null = null
        if (row.table && row.instance) {
            const record = new glide.GlideRecord(row.table)
            if (record.get(row.instance)) current = record
        }
        // "Script actions" (ServiceNow docs): active actions of the event by execution order, the script
        // only when the condition script is true, with `event` (the sysevent) and `current` (its record).
        // Assumed: they run as the user who queued the event (sysevent.user_id).
        const actions = store.rows('sysevent_script_action')
            .filter((action) => action.event_name === row.name && action.active === 'true')
            .sort((a, b) => Number(a.order || 100) - Number(b.order || 100))
        for (const action of actions) {
            const source = `sysevent_script_action:${action.name}`
            try {
                const host = this.deps.host()
                if (action.condition_script) {
                    const condition = host.compile(['event', 'current'], `return (${action.condition_script});`, `${source} (condition)`)
                    if (!this.deps.inAppScope(() => this.deps.withSource(source, () => condition(event, current)))) continue
                }
                const fn = host.compile(['event', 'current'], action.script ?? '', source)
                this.deps.inAppScope(() => this.deps.withSource(source, () => fn(event, current)))
            } catch (error) {
                this.deps.reportError(source, error)
            }
        }
        store.put('sysevent', { ...row, state: 'processed' })
    }

    // ---------- scheduled jobs ----------
    // Active sysauto_script rows; a periodic one runs every run_period (scheduled-script-guide), as its Run as
    // user (jobSession). Not modelled: run types other than periodically (runScheduledJob runs any job by name),
    // a job's own time zone for its start, skipped overlapping runs. The clock moves while a job's calls block
    // (rest-message.ts mapCallDurations), so a run can be seen to last.
    private jobs(): Row[] {
        return this.deps.store.rows('sysauto_script').filter((row) => row.active === 'true')
    }

    runScheduledJob(name: string): void {
        const job = this.jobs().find((row) => row.name === name)
        if (!job) throw new Error(`No active scheduled job named "${name}"`)
        const source = `sysauto_script:${name}`
        // The next run is due one period after this one started (Repeat Interval, "Scheduled Script Execution Form").
        const started = this.deps.now()
        const user = this.deps.jobSession(job)
        if (user === null) {
            this.deps.warn(`Scheduled job "${name}" did not run: its Run as user (${job.run_as}) is missing or inactive (assumed: the platform then skips the job)`)
        } else {
            try {
                const fn = this.deps.host().compile([], job.script ?? '', source)
                this.deps.runAs(user, () => this.deps.inAppScope(() => this.deps.withSource(source, () => fn())))
            } catch (error) {
                this.deps.reportError(source, error)
            }
        }
        this.jobRunLog.push({ name, user: user?.userName ?? null, startedAt: started, endedAt: this.deps.now() })
        this.jobRuns.set(name, started)
    }

    /**
     * Moves the clock forward, running each periodic job whenever it comes due, and each scheduled
     * event when its time comes (a job and an event due at the same moment: the job first, assumed),
     * draining after each.
     */
    advanceTime(ms: number): void {
        const end = this.deps.now() + ms
        for (;;) {
            const due = this.jobs()
                .filter((job) => job.run_type === 'periodically')
                .map((job) => ({ job, at: this.nextRun(job) }))
                .filter((entry) => entry.at <= end)
                .sort((a, b) => a.at - b.at)[0]
            const event = this.nextScheduledEvent()
            if (event <= end && (!due || event < due.at)) {
                this.deps.setNow(Math.max(this.deps.now(), event))
                this.drain()
                continue
            }
            if (!due) break
            this.deps.setNow(Math.max(this.deps.now(), due.at))
            this.runScheduledJob(due.job.name)
            this.drain()
        }
        // A run that lasted past `end` (its calls took that long) leaves the clock where it ended.
        this.deps.setNow(Math.max(this.deps.now(), end))
        this.drain()
    }

    private nextRun(job: Row): number {
        const period = Date.parse(`${job.run_period.replace(' ', 'T')}Z`)
        const start = job.run_start ? Date.parse(`${job.run_start.replace(' ', 'T')}Z`) : 0
        if (!period) return Number.POSITIVE_INFINITY
        // Assumed: a job whose start has passed first runs one period after install.
        const last = this.jobRuns.get(job.name) ?? (start > this.installedAt ? undefined : this.installedAt)
        return last === undefined ? start : last + period
    }
}
