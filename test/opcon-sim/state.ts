// The simulator's in-memory OpCon: users, tokens, schedules, the daily, and the
// asynchronous operations (job actions, schedule builds, schedule actions).
// No HTTP here: server.ts maps requests onto these methods.

import type { SimMachine } from './machines'
import { isValidCompactDate, nowIso, toCompactDate, toIsoDate } from './dates'
import { ACTION_RULES, JOB_STATUSES, JOB_STATUS_CATEGORIES, allowedFrom, hasRun, jobStatusByDescription } from './statuses'
import {
    DEFAULT_BEHAVIOUR,
    DEFAULT_OUTPUT_LIMIT_BYTES,
    type FailJobInput,
    type FinishJobInput,
    type RequestCounts,
    type SimIncidentTicket,
    type ActionBehaviour,
    type AddTokenOptions,
    type AddUserInput,
    type AppliedAction,
    type JobActionName,
    type MasterJobInput,
    type RequestLogEntry,
    type ScheduleActionName,
    type SeedJobInput,
    type SeedScheduleInput,
    type SimDailySchedule,
    type SimJob,
    type SimSchedule,
    type SimToken,
} from './types'

/** A control-API input problem; answered with 400. */
export class SimInputError extends Error {}

export type OpResult = 'submitted' | 'success' | 'failed'

export interface Operation {
    id: number
    result: OpResult
    message?: string
    /** Applies the operation once; later calls do nothing. */
    applyNow: () => void
}

export interface JobActionJob {
    id: string
    result: OpResult
    message?: string
}

export interface JobActionRecord extends Operation {
    action: JobActionName
    reason: string | null
    jobs: JobActionJob[]
    expiryTime: string
}

export interface ScheduleBuildRecord extends Operation {
    schedules: Array<{ id?: number | null; name?: string | null }>
    dates: string[]
    overwrite: boolean
    hold: boolean
    expiryTime: string
}

export interface ScheduleActionJob {
    id: string
    frequency: string | null
    result: OpResult
    message?: string
}

export interface ScheduleActionItemRecord {
    id: string
    jobs: ScheduleActionJob[] | null
    result: OpResult
    message?: string
}

export interface ScheduleActionRecord extends Operation {
    action: ScheduleActionName
    reason: string | null
    items: ScheduleActionItemRecord[]
    expiryTime: string
}

export type JobInstanceActionName = 'LIST' | 'FILE'

export interface JobInstanceActionItemRecord {
    /** The job number of the run whose output is asked for. */
    id: number
    jorsRequestParameters: string | null
    result: OpResult
    message?: string
    files?: string[]
    data?: string
}

export interface JobInstanceActionRecord extends Operation {
    action: JobInstanceActionName
    items: JobInstanceActionItemRecord[]
    expiryTime: string
}

/** The output files of one run, by job number. */
interface RunOutput {
    jobId: string
    files: Map<string, string>
}

interface UserRecord {
    loginName: string
    password: string
    privileged: boolean
    id: number
}

export interface ParsedJobId {
    compactDate: string
    scheduleId: number
    instance: number
    jobName: string
}

/** `yyyyMMdd|schedId|instance|jobName`; everything after the third '|' is the name. */
export function parseDailyJobId(id: string): ParsedJobId | null {
    const m = /^(\d{8})\|(\d+)\|(\d+)\|([\s\S]+)$/.exec(id)
    if (!m || !isValidCompactDate(m[1])) return null
    return { compactDate: m[1], scheduleId: Number(m[2]), instance: Number(m[3]), jobName: m[4] }
}

export function dailyScheduleId(compactDate: string, scheduleId: number, instance: number): string {
    return `${compactDate}|${scheduleId}|${instance}`
}

const MAX_LOG = 20_000
const EXPIRY_MS = 24 * 3600 * 1000

function requireStatus(description: string, field: string): string {
    const status = jobStatusByDescription(description)
    if (!status) throw new SimInputError(`${field}: unknown job status '${description}' (one of ${JOB_STATUSES.map((s) => s.description).join(', ')})`)
    return status.description
}

function categoryOf(description: string): string {
    return jobStatusByDescription(description)?.category ?? 'Unknown'
}

export class SimState {
    users = new Map<string, UserRecord>()
    tokens = new Map<string, SimToken>()
    schedules = new Map<number, SimSchedule>()
    dailySchedules = new Map<string, SimDailySchedule>()
    jobs = new Map<string, SimJob>()
    jobActions = new Map<number, JobActionRecord>()
    scheduleBuilds = new Map<number, ScheduleBuildRecord>()
    scheduleActions = new Map<number, ScheduleActionRecord>()
    jobInstanceActions = new Map<number, JobInstanceActionRecord>()
    /** Output of every run, by job number (a job number names one run of one job). */
    private outputs = new Map<number, RunOutput>()
    /** OpCon's id of each machine name, whether a daily job or a seeded machine named it first. */
    private machineIds = new Map<string, number>()
    /** The agent machines GET /api/machines lists (machines.ts), by id. */
    machines = new Map<number, SimMachine>()
    applied: AppliedAction[] = []
    requests: RequestLogEntry[] = []
    counts: RequestCounts = { total: 0, byRoute: {}, byJob: {} }
    behaviour: ActionBehaviour = { ...DEFAULT_BEHAVIOUR }
    private timers = new Set<NodeJS.Timeout>()
    /** Requests held by a delay fault that have not been carried out yet. */
    delayedInFlight = 0
    // Ids keep counting across reset() so a stale id from an earlier test can
    // never name a new operation, job, run or ticket.
    private nextOperationId = 1
    private nextRequestSeq = 1
    private nextUserId = 1
    private nextUid = 1
    private nextJobNumber = 5001
    private nextTicketId = 1
    private nextMachineId = 1
    private lastRunTime = 0

    reset(): void {
        this.timers.forEach((t) => clearTimeout(t))
        this.timers.clear()
        for (const map of [this.users, this.tokens, this.schedules, this.dailySchedules, this.jobs, this.jobActions, this.scheduleBuilds, this.scheduleActions, this.jobInstanceActions, this.outputs, this.machineIds, this.machines]) map.clear()
        this.applied = []
        this.clearRequests()
        this.behaviour = { ...DEFAULT_BEHAVIOUR }
    }

    /** What OpCon still has to do on its own: accepted operations waiting for their apply delay, delayed requests not yet carried out. */
    pending(): { applies: number; delayedRequests: number } {
        return { applies: this.timers.size, delayedRequests: this.delayedInFlight }
    }

    // ---- request log -------------------------------------------------------

    logRequest(entry: Omit<RequestLogEntry, 'seq'>): RequestLogEntry {
        const full: RequestLogEntry = { seq: this.nextRequestSeq++, ...entry }
        this.requests.push(full)
        if (this.requests.length > MAX_LOG) this.requests.shift()
        return full
    }

    /** Counts a request once its route and jobs are known (faulted requests included). */
    countRequest(entry: RequestLogEntry): void {
        const route = entry.route ?? `${entry.method} (no route)`
        this.counts.total += 1
        this.counts.byRoute[route] = (this.counts.byRoute[route] ?? 0) + 1
        for (const id of new Set(entry.jobIds)) this.counts.byJob[id] = (this.counts.byJob[id] ?? 0) + 1
    }

    clearRequests(): void {
        this.requests = []
        this.counts = { total: 0, byRoute: {}, byJob: {} }
    }

    // ---- behaviour ---------------------------------------------------------

    setBehaviour(patch: Partial<ActionBehaviour>): ActionBehaviour {
        const next = { ...this.behaviour, ...patch }
        if (!['onFirstPoll', 'afterDelay', 'immediately', 'never'].includes(next.apply)) throw new SimInputError(`apply: '${next.apply}' is not onFirstPoll, afterDelay, immediately or never`)
        if (!(next.applyDelayMs >= 0)) throw new SimInputError('applyDelayMs: must be >= 0')
        if (!(Number.isInteger(next.postStatus) && next.postStatus >= 200 && next.postStatus < 300)) throw new SimInputError('postStatus: must be a 2xx status')
        if (!['normal', 'failed', 'never'].includes(next.jobOutput)) throw new SimInputError(`jobOutput: '${next.jobOutput}' is not normal, failed or never`)
        next.restartOutcome = requireStatus(next.restartOutcome, 'restartOutcome')
        this.behaviour = next
        return next
    }

    // ---- users and tokens --------------------------------------------------

    addUser(input: AddUserInput): { loginName: string; privileged: boolean } {
        if (!input.loginName || typeof input.password !== 'string') throw new SimInputError('loginName and password are required')
        const user: UserRecord = { loginName: input.loginName, password: input.password, privileged: input.privileged ?? true, id: this.nextUserId++ }
        this.users.set(user.loginName, user)
        return { loginName: user.loginName, privileged: user.privileged }
    }

    addToken(token: string, opts: AddTokenOptions, type: SimToken['type'] = 'External'): SimToken {
        if (!token || !opts.user) throw new SimInputError('token and user are required')
        if (opts.validUntil !== undefined && Number.isNaN(Date.parse(opts.validUntil))) throw new SimInputError('validUntil: not a date-time')
        const record: SimToken = { token, user: opts.user, privileged: opts.privileged ?? true, type, validUntil: opts.validUntil ?? null }
        this.tokens.set(token, record)
        return record
    }

    userId(loginName: string): number {
        return this.users.get(loginName)?.id ?? 0
    }

    checkPassword(loginName: string, password: string): UserRecord | null {
        const user = this.users.get(loginName)
        return user && user.password === password ? user : null
    }

    // ---- schedules and jobs ------------------------------------------------

    seedSchedule(input: SeedScheduleInput): SimSchedule {
        if (!input.name) throw new SimInputError('name is required')
        const byName = this.scheduleByName(input.name)
        if (byName && input.id !== undefined && byName.id !== input.id) throw new SimInputError(`schedule '${input.name}' already has id ${byName.id}`)
        const id = input.id ?? byName?.id ?? this.freeScheduleId()
        const jobs = (input.jobs ?? []).map((j): MasterJobInput => (typeof j === 'string' ? { name: j } : j))
        const schedule: SimSchedule = { id, name: input.name, jobs }
        this.schedules.set(id, schedule)
        return schedule
    }

    scheduleByName(name: string): SimSchedule | undefined {
        return [...this.schedules.values()].find((s) => s.name === name)
    }

    private freeScheduleId(): number {
        let id = 1000
        while (this.schedules.has(id)) id++
        return id
    }

    /**
     * Creates or replaces a job in the daily, creating its schedule and daily schedule if needed.
     * Replacing keeps what belongs to the daily job unless the input gives it: its uid, its runs
     * (a status change by reseeding is not a run), tickets, documentation and output settings.
     */
    seedJob(input: SeedJobInput): SimJob {
        const parsed = typeof input.id === 'string' ? parseDailyJobId(input.id) : null
        if (!parsed) throw new SimInputError(`id: '${String(input.id)}' is not a daily job id (yyyyMMdd|scheduleId|instance|jobName)`)
        const status = requireStatus(input.status ?? 'Failed', 'status')
        const restartOutcome = input.restartOutcome === undefined ? null : requireStatus(input.restartOutcome, 'restartOutcome')
        checkOutput(input.output, 'output')
        checkOutput(input.restartOutput, 'restartOutput')
        if (input.outputLimitBytes !== undefined && !(Number.isInteger(input.outputLimitBytes) && input.outputLimitBytes >= 0)) throw new SimInputError('outputLimitBytes: must be a non-negative integer')
        if (input.jobNumber !== undefined && !(Number.isInteger(input.jobNumber) && input.jobNumber >= 0)) throw new SimInputError('jobNumber: must be a non-negative integer')
        if (input.documentation !== undefined && typeof input.documentation !== 'string') throw new SimInputError('documentation: must be text')
        for (const field of ['start', 'end'] as const) {
            if (input[field] !== undefined && Number.isNaN(Date.parse(input[field] as string))) throw new SimInputError(`${field}: not a date-time`)
        }
        const schedule = this.ensureSchedule(parsed.scheduleId, input.scheduleName)
        const daily = this.ensureDailySchedule(parsed.compactDate, schedule, parsed.instance, 'In Process')
        const failed = categoryOf(status) === 'Failed'
        const termination = input.termination ?? (failed ? 1 : 0)
        const machine = input.machine ?? 'SIM-AGENT-01'
        const previous = this.jobs.get(input.id)
        const job: SimJob = {
            id: input.id,
            uid: previous?.uid ?? this.nextUid++,
            jobName: parsed.jobName,
            scheduleDate: toIsoDate(parsed.compactDate),
            scheduleId: schedule.id,
            instance: parsed.instance,
            scheduleName: schedule.name,
            dailyScheduleId: daily.id,
            status,
            machine,
            machineId: this.machineId(machine),
            termination,
            terminationDescription: input.terminationDescription ?? (['Failed', 'Finished OK'].includes(categoryOf(status)) ? `Exit Code ${termination}` : null),
            incidentTicketId: null,
            incidentTicketURL: null,
            tickets: [],
            frequency: input.frequency ?? 'OnRequest',
            restartOutcome,
            runCount: 0,
            jobNumber: 0,
            lastStart: null,
            lastEnd: null,
            runs: [],
            restartOutput: input.restartOutput ?? previous?.restartOutput ?? null,
            outputLimitBytes: input.outputLimitBytes ?? previous?.outputLimitBytes ?? DEFAULT_OUTPUT_LIMIT_BYTES,
            documentation: input.documentation ?? previous?.documentation ?? '',
        }
        // Reseeding changes the job, it does not run it: its runs stay unless the input names a run.
        const keepRuns = previous !== undefined && previous.runs.length > 0 && [input.jobNumber, input.start, input.end, input.output].every((v) => v === undefined)
        if (keepRuns) {
            Object.assign(job, { runs: previous.runs, jobNumber: previous.jobNumber, lastStart: previous.lastStart, lastEnd: previous.lastEnd, runCount: previous.runCount })
        } else if (previous) {
            previous.runs.forEach((run) => this.outputs.delete(run.jobNumber))
        }
        if (keepRuns) {
            // nothing to record
        } else if (input.jobNumber !== undefined ? input.jobNumber > 0 : hasRun(status)) {
            const start = input.start ?? this.runTime()
            this.recordRun(job, { jobNumber: input.jobNumber ?? this.allocateJobNumber(), start, end: input.end ?? start, output: input.output })
        } else if (input.output !== undefined) {
            throw new SimInputError(`output: a job in status '${status}' has not run, so it has no output (give a jobNumber)`)
        }
        // The daily job's tickets stay too, unless the input says which ticket it has (null: none).
        if (input.incidentTicketId === undefined) job.tickets = previous?.tickets ?? []
        else if (input.incidentTicketId !== null) job.tickets.push({ id: this.nextTicketId++, ticketId: input.incidentTicketId, ticketUrl: input.incidentTicketURL ?? null })
        showLatestTicket(job)
        this.putJob(job, daily)
        return job
    }

    /**
     * The machine's id: the one it already has, else `wanted`, else the next free one. One machine has one id
     * wherever OpCon names it (DailyJob.machine, GET /api/machines).
     */
    machineId(name: string, wanted?: number): number {
        const known = this.machineIds.get(name)
        if (known !== undefined && wanted !== undefined && known !== wanted) throw new SimInputError(`machine ${name} has id ${known} already (a daily job names it)`)
        if (known !== undefined) return known
        if (wanted !== undefined && [...this.machineIds.values()].includes(wanted)) throw new SimInputError(`machine id ${wanted} exists already`)
        const id = wanted ?? this.nextMachineId
        this.nextMachineId = Math.max(this.nextMachineId, id + 1)
        this.machineIds.set(name, id)
        return id
    }

    /** Now, but always later than the previous run, so two runs never share a start time. */
    private runTime(): string {
        this.lastRunTime = Math.max(Date.now(), this.lastRunTime + 1)
        return new Date(this.lastRunTime).toISOString()
    }

    /** Makes a run the job's current one: its number, times, termination and output. */
    private recordRun(job: SimJob, run: { jobNumber: number; start: string; end: string; output?: Record<string, string> | null }): void {
        if (this.outputs.has(run.jobNumber)) throw new SimInputError(`jobNumber: ${run.jobNumber} already names a run of job '${this.outputs.get(run.jobNumber)?.jobId}'`)
        const files = new Map(Object.entries(run.output ?? {}))
        this.outputs.set(run.jobNumber, { jobId: job.id, files })
        job.jobNumber = run.jobNumber
        job.lastStart = run.start
        job.lastEnd = run.end
        job.runs.push({ jobNumber: run.jobNumber, start: run.start, end: run.end, status: job.status, termination: job.termination, terminationDescription: job.terminationDescription, files: [...files.keys()] })
    }

    /** A new run of the job: a new job number and new times (OpCon numbers every run). */
    private newRun(job: SimJob, status: string, termination: number, terminationDescription: string | null, output: Record<string, string> | null): void {
        job.runCount += 1
        job.status = status
        job.termination = termination
        job.terminationDescription = terminationDescription
        const start = this.runTime()
        this.recordRun(job, { jobNumber: this.allocateJobNumber(), start, end: start, output })
    }

    /** The next unused job number (a seeded job may have taken one explicitly). */
    private allocateJobNumber(): number {
        while (this.outputs.has(this.nextJobNumber)) this.nextJobNumber++
        return this.nextJobNumber++
    }

    private requireJob(id: string): SimJob {
        const job = this.jobs.get(id)
        if (!job) throw new SimInputError(`no job '${id}'`)
        return job
    }

    /** Control API: the job runs again and fails. */
    failJob(id: string, input: FailJobInput = {}): SimJob {
        const job = this.requireJob(id)
        const status = requireStatus(input.status ?? 'Failed', 'status')
        if (categoryOf(status) !== 'Failed') throw new SimInputError(`status: '${status}' is not in the Failed category`)
        checkOutput(input.output, 'output')
        const termination = input.termination ?? 1
        this.newRun(job, status, termination, input.terminationDescription ?? `Exit Code ${termination}`, input.output ?? null)
        return job
    }

    /** Control API: the job runs again and finishes OK. */
    finishJob(id: string, input: FinishJobInput = {}): SimJob {
        const job = this.requireJob(id)
        checkOutput(input.output, 'output')
        this.newRun(job, 'Finished OK', 0, 'Exit Code 0', input.output ?? null)
        return job
    }

    jobByUid(uid: number): SimJob | undefined {
        return [...this.jobs.values()].find((j) => j.uid === uid)
    }

    jobByNumber(jobNumber: number): SimJob | undefined {
        const output = this.outputs.get(jobNumber)
        return output ? this.jobs.get(output.jobId) : undefined
    }

    // ---- the daily jobs list -------------------------------------------------

    /** Jobs of the given schedule dates (yyyy-MM-dd) and status categories, by uid ascending. */
    listJobs(filter: { dates: string[] | null; categories: string[] | null }): SimJob[] {
        const categories = filter.categories?.map((c) => c.toLowerCase()) ?? null
        return [...this.jobs.values()]
            .filter((j) => filter.dates === null || filter.dates.includes(j.scheduleDate))
            .filter((j) => categories === null || categories.includes(categoryOf(j.status).toLowerCase()))
            .sort((a, b) => a.uid - b.uid)
    }

    knownCategory(name: string): boolean {
        return JOB_STATUS_CATEGORIES.some((c) => c.toLowerCase() === name.toLowerCase())
    }

    // ---- incident tickets ----------------------------------------------------

    addTicket(job: SimJob, ticketId: string | null, ticketUrl: string | null): SimIncidentTicket {
        const ticket: SimIncidentTicket = { id: this.nextTicketId++, ticketId, ticketUrl }
        job.tickets.push(ticket)
        showLatestTicket(job)
        return ticket
    }

    updateTicket(job: SimJob, ticket: SimIncidentTicket, ticketId: string | null, ticketUrl: string | null): SimIncidentTicket {
        ticket.ticketId = ticketId
        ticket.ticketUrl = ticketUrl
        showLatestTicket(job)
        return ticket
    }

    deleteTicket(job: SimJob, ticket: SimIncidentTicket): void {
        job.tickets = job.tickets.filter((t) => t !== ticket)
        showLatestTicket(job)
    }

    private putJob(job: SimJob, daily: SimDailySchedule): void {
        this.jobs.set(job.id, job)
        if (!daily.jobIds.includes(job.id)) daily.jobIds.push(job.id)
    }

    private ensureSchedule(id: number, name: string | undefined): SimSchedule {
        const existing = this.schedules.get(id)
        if (existing) {
            if (name !== undefined) existing.name = name
            return existing
        }
        const schedule: SimSchedule = { id, name: name ?? `SCHED${id}`, jobs: null }
        this.schedules.set(id, schedule)
        return schedule
    }

    private ensureDailySchedule(compactDate: string, schedule: SimSchedule, instance: number, status: string): SimDailySchedule {
        const id = dailyScheduleId(compactDate, schedule.id, instance)
        const existing = this.dailySchedules.get(id)
        if (existing) return existing
        const daily: SimDailySchedule = { id, scheduleId: schedule.id, name: schedule.name, date: toIsoDate(compactDate), instance, status, jobIds: [] }
        this.dailySchedules.set(id, daily)
        return daily
    }

    // ---- asynchronous operations -------------------------------------------

    /** Wires `apply` to the behaviour in force when the operation is accepted. */
    private track<T extends Operation>(op: Omit<T, 'id' | 'result' | 'applyNow'>, apply: (op: T) => void): T {
        const full = { ...op, id: this.nextOperationId++, result: 'submitted' } as T
        let done = false
        full.applyNow = () => {
            if (done) return
            done = true
            apply(full)
        }
        if (this.behaviour.apply === 'immediately') full.applyNow()
        if (this.behaviour.apply === 'afterDelay') {
            const timer = setTimeout(() => {
                this.timers.delete(timer)
                full.applyNow()
            }, this.behaviour.applyDelayMs)
            this.timers.add(timer)
        }
        return full
    }

    /** A GET of the operation: the default behaviour applies it now. */
    poll<T extends Operation>(op: T | undefined): T | undefined {
        if (op && this.behaviour.apply === 'onFirstPoll') op.applyNow()
        return op
    }

    private expiry(): string {
        return new Date(Date.now() + EXPIRY_MS).toISOString()
    }

    submitJobAction(action: JobActionName, reason: string | null, jobIds: string[]): JobActionRecord {
        const rec = this.track<JobActionRecord>(
            { action, reason, jobs: jobIds.map((id) => ({ id, result: 'submitted' })), expiryTime: this.expiry() },
            (op) => this.applyJobAction(op),
        )
        this.jobActions.set(rec.id, rec)
        return rec
    }

    private applyJobAction(rec: JobActionRecord): void {
        for (const item of rec.jobs) {
            const message = this.applyToJob(rec, item.id)
            item.result = message === null ? 'success' : 'failed'
            if (message !== null) item.message = message
        }
        rec.result = rec.jobs.every((j) => j.result === 'success') ? 'success' : 'failed'
    }

    /** @returns null on success, else why the action was refused. */
    private applyToJob(rec: JobActionRecord, jobId: string): string | null {
        const job = this.jobs.get(jobId)
        if (!job) return `Job '${jobId}' not found`
        if (!allowedFrom(ACTION_RULES[rec.action], job.status)) {
            return `Action '${rec.action}' is not allowed for job '${jobId}' in status '${job.status}'`
        }
        const fromStatus = job.status
        const rule = ACTION_RULES[rec.action]
        job.status = rule.to.kind === 'run' ? this.runJob(job) : rule.to.status
        this.applied.push({ actionId: rec.id, jobId, action: rec.action, at: nowIso(), fromStatus, toStatus: job.status, runCount: job.runCount })
        return null
    }

    /** The simulator runs a job instantly, as a new run; the outcome is configurable per job or globally. */
    private runJob(job: SimJob): string {
        const outcome = job.restartOutcome ?? this.behaviour.restartOutcome
        const termination = categoryOf(outcome) === 'Failed' ? 1 : 0
        this.newRun(job, outcome, termination, `Exit Code ${termination}`, job.restartOutput)
        return outcome
    }

    submitScheduleBuild(req: Pick<ScheduleBuildRecord, 'schedules' | 'dates' | 'overwrite' | 'hold'>): ScheduleBuildRecord {
        const rec = this.track<ScheduleBuildRecord>({ ...req, expiryTime: this.expiry() }, (op) => this.applyScheduleBuild(op))
        this.scheduleBuilds.set(rec.id, rec)
        return rec
    }

    private applyScheduleBuild(rec: ScheduleBuildRecord): void {
        const problems: string[] = []
        for (const ref of rec.schedules) {
            const schedule = typeof ref.id === 'number' ? this.schedules.get(ref.id) : this.scheduleByName(ref.name ?? '')
            if (!schedule) {
                problems.push(`Schedule '${ref.name ?? ref.id}' not found`)
                continue
            }
            rec.dates.forEach((date) => this.buildDaily(schedule, toCompactDate(date), rec))
        }
        rec.result = problems.length === 0 ? 'success' : 'failed'
        if (problems.length > 0) rec.message = problems.join('; ')
    }

    private buildDaily(schedule: SimSchedule, compactDate: string, rec: ScheduleBuildRecord): void {
        const id = dailyScheduleId(compactDate, schedule.id, 1)
        const existing = this.dailySchedules.get(id)
        // Like OpCon, an existing daily schedule is left alone unless overwrite is set.
        if (existing && !rec.overwrite) return
        if (existing) {
            existing.jobIds.forEach((jobId) => this.jobs.delete(jobId))
            this.dailySchedules.delete(id)
        }
        const daily = this.ensureDailySchedule(compactDate, schedule, 1, rec.hold ? 'On Hold' : 'Wait to Start')
        for (const masterJob of schedule.jobs ?? []) this.addDailyJob(daily, masterJob.name, masterJob.frequency ?? 'OnRequest')
    }

    private addDailyJob(daily: SimDailySchedule, jobName: string, frequency: string): SimJob {
        return this.seedJob({ id: `${daily.id}|${jobName}`, status: 'Waiting', frequency, scheduleName: daily.name })
    }

    submitScheduleAction(action: ScheduleActionName, reason: string | null, items: Array<{ id: string; jobs: Array<{ id: string; frequency: string | null }> | null }>): ScheduleActionRecord {
        const rec = this.track<ScheduleActionRecord>(
            {
                action,
                reason,
                expiryTime: this.expiry(),
                items: items.map((it) => ({ id: it.id, result: 'submitted', jobs: it.jobs?.map((j) => ({ ...j, result: 'submitted' })) ?? null })),
            },
            (op) => this.applyScheduleAction(op),
        )
        this.scheduleActions.set(rec.id, rec)
        return rec
    }

    private applyScheduleAction(rec: ScheduleActionRecord): void {
        for (const item of rec.items) {
            const daily = this.dailySchedules.get(item.id)
            if (!daily) {
                this.failItem(item, `Daily schedule '${item.id}' not found`)
                continue
            }
            if (rec.action === 'addJobs') this.addJobsTo(daily, item)
            else this.changeScheduleStatus(daily, rec.action, item)
        }
        rec.result = rec.items.every((i) => i.result === 'success') ? 'success' : 'failed'
        if (rec.result === 'failed') rec.message = rec.items.flatMap((i) => (i.message ? [i.message] : [])).join('; ')
    }

    private failItem(item: ScheduleActionItemRecord, message: string): void {
        item.result = 'failed'
        item.message = message
        item.jobs?.forEach((j) => {
            j.result = 'failed'
            j.message = message
        })
    }

    private addJobsTo(daily: SimDailySchedule, item: ScheduleActionItemRecord): void {
        for (const job of item.jobs ?? []) {
            const problem = this.addJobProblem(daily, job)
            job.result = problem === null ? 'success' : 'failed'
            if (problem !== null) job.message = problem
            else this.addDailyJob(daily, job.id, job.frequency ?? 'OnRequest')
        }
        item.result = (item.jobs ?? []).every((j) => j.result === 'success') ? 'success' : 'failed'
        if (item.result === 'failed') item.message = (item.jobs ?? []).flatMap((j) => (j.message ? [j.message] : [])).join('; ')
    }

    private addJobProblem(daily: SimDailySchedule, job: ScheduleActionJob): string | null {
        if (this.jobs.has(`${daily.id}|${job.id}`)) return `Job '${job.id}' already exists in daily schedule '${daily.id}'`
        const master = this.schedules.get(daily.scheduleId)
        // A schedule created implicitly by seedJob has no job list: accept any job.
        if (!master || master.jobs === null || master.jobs.length === 0) return null
        const masterJob = master.jobs.find((j) => j.name === job.id)
        if (!masterJob) return `Job '${job.id}' is not defined in schedule '${master.name}'`
        if (masterJob.frequency !== undefined && masterJob.frequency !== job.frequency) {
            return `Frequency '${job.frequency ?? ''}' is not defined for job '${job.id}' in schedule '${master.name}'`
        }
        return null
    }

    private changeScheduleStatus(daily: SimDailySchedule, action: ScheduleActionName, item: ScheduleActionItemRecord): void {
        const next: Record<string, string> = { hold: 'On Hold', start: 'In Process', close: 'Completed', release: this.anyJobRan(daily) ? 'In Process' : 'Wait to Start' }
        daily.status = next[action] ?? daily.status
        item.result = 'success'
    }

    private anyJobRan(daily: SimDailySchedule): boolean {
        return daily.jobIds.some((id) => !['Waiting', 'Held'].includes(categoryOf(this.jobs.get(id)?.status ?? 'Waiting')))
    }

    // ---- job instance actions (job output) ------------------------------------

    submitJobInstanceAction(action: JobInstanceActionName, items: Array<{ id: number; jorsRequestParameters: string | null }>): JobInstanceActionRecord {
        const rec = this.track<JobInstanceActionRecord>(
            { action, expiryTime: this.expiry(), items: items.map((it) => ({ ...it, result: 'submitted' })) },
            (op) => this.applyJobInstanceAction(op),
        )
        this.jobInstanceActions.set(rec.id, rec)
        return rec
    }

    /** Polled like the other operations; the jobOutput behaviour can fail it or keep it submitted. */
    pollJobInstanceAction(id: number): JobInstanceActionRecord | undefined {
        const rec = this.jobInstanceActions.get(id)
        return this.behaviour.jobOutput === 'never' && rec?.result === 'submitted' ? rec : this.poll(rec)
    }

    private applyJobInstanceAction(rec: JobInstanceActionRecord): void {
        for (const item of rec.items) {
            const message = this.behaviour.jobOutput === 'failed'
                ? `The agent did not return the output of job number ${item.id}`
                : this.answerItem(rec.action, item)
            item.result = message === null ? 'success' : 'failed'
            if (message !== null) item.message = message
        }
        rec.result = rec.items.every((i) => i.result === 'success') ? 'success' : 'failed'
        if (rec.result === 'failed') rec.message = rec.items.flatMap((i) => (i.message ? [i.message] : [])).join('; ')
    }

    /** @returns null on success, else why the item failed. */
    private answerItem(action: JobInstanceActionName, item: JobInstanceActionItemRecord): string | null {
        const output = this.outputs.get(item.id)
        const job = output ? this.jobs.get(output.jobId) : undefined
        if (!output || !job) return `Job number ${item.id} not found`
        if (action === 'LIST') {
            item.files = [...output.files.keys()]
            return null
        }
        const name = item.jorsRequestParameters ?? ''
        const content = output.files.get(name)
        if (content === undefined) return `File '${name}' not found in the output of job number ${item.id}`
        item.data = firstBytes(content, job.outputLimitBytes)
        return null
    }

    jobsOf(daily: SimDailySchedule): SimJob[] {
        return daily.jobIds.flatMap((id) => this.jobs.get(id) ?? [])
    }
}

/** The latest ticket (highest id) is what DailyJob.incidentTicketId / incidentTicketURL show (assumed). */
function showLatestTicket(job: SimJob): void {
    const latest = job.tickets.reduce<SimIncidentTicket | null>((best, t) => (best === null || t.id > best.id ? t : best), null)
    job.incidentTicketId = latest?.ticketId ?? null
    job.incidentTicketURL = latest?.ticketUrl ?? null
}

function checkOutput(output: unknown, field: string): void {
    if (output === undefined || output === null) return
    if (typeof output !== 'object' || Array.isArray(output) || !Object.values(output).every((v) => typeof v === 'string')) {
        throw new SimInputError(`${field}: must be an object of file name -> text`)
    }
}

/**
 * The agent's truncation keeps the first `limit` bytes (assumed: the opcon README says only that the
 * agent truncates output, 64 KB by default), cut back to a whole UTF-8 character.
 */
export function firstBytes(text: string, limit: number): string {
    const bytes = Buffer.from(text, 'utf8')
    if (bytes.length <= limit) return text
    let end = limit
    while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--
    return bytes.subarray(0, end).toString('utf8')
}
