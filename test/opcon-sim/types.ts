// Types shared by the simulator process and the test-side client. The client
// imports only this file so a test never loads the server code in-process.

export const JOB_ACTION_NAMES = [
    'hold',
    'cancel',
    'skip',
    'kill',
    'release',
    'start',
    'restart',
    'restartOnHold',
    'forceRestart',
    'markFinishedOk',
    'markFailed',
    'markUnderReview',
    'markFixed',
] as const
export type JobActionName = (typeof JOB_ACTION_NAMES)[number]

export const SCHEDULE_ACTION_NAMES = ['addJobs', 'hold', 'release', 'start', 'close'] as const
export type ScheduleActionName = (typeof SCHEDULE_ACTION_NAMES)[number]

/** A job in the daily (what GET /api/dailyjobs/{id} reports), as seeded through the control API. */
export interface SeedJobInput {
    /** Daily job id `yyyyMMdd|scheduleId|instance|jobName`; the job name may contain '|'. */
    id: string
    /** JobStatus description (see statuses.ts); default 'Failed'. */
    status?: string
    /** Name of the schedule; default the master schedule's name, or `SCHED<id>`. */
    scheduleName?: string
    machine?: string
    /** Exit code of the last run; default 1 for a Failed-category status, else 0. */
    termination?: number
    terminationDescription?: string
    /** Creates an incident ticket on the job (as POST .../incidentTickets would) with this ticket id. */
    incidentTicketId?: string | null
    /** The ticket's URL; only with incidentTicketId. */
    incidentTicketURL?: string | null
    frequency?: string
    /** Overrides the behaviour's restartOutcome for this job. */
    restartOutcome?: string
    /**
     * The job number of the current run. Default: a new one from the simulator's counter when the
     * status says the job has run (not Held, Waiting or Missed Start Time), else 0 (not run yet).
     */
    jobNumber?: number
    /** ISO date-times of the current run; default now (a job that has run) or none. */
    start?: string
    end?: string
    /** The current run's output files, file name -> content (what LIST and FILE job instance actions see). */
    output?: Record<string, string>
    /** Output files of the runs that restart/start/forceRestart start. */
    restartOutput?: Record<string, string>
    /** The agent's limit on a job output file answered by FILE, in bytes; default 64 KB. */
    outputLimitBytes?: number
    /** The job's documentation text (DailyJobDocumentation.job). */
    documentation?: string
}

/** One run of a daily job: OpCon gives each run a new job number. */
export interface SimRun {
    jobNumber: number
    start: string
    end: string
    /** The status the run ended in. */
    status: string
    termination: number
    terminationDescription: string | null
    /** Output file names of the run, in order. */
    files: string[]
}

/** Control API: make a job run again and fail (POST /__sim/jobs/{id}/fail). */
export interface FailJobInput {
    /** A status in the Failed category; default 'Failed'. */
    status?: string
    /** Default 1. */
    termination?: number
    /** Default `Exit Code <termination>`. */
    terminationDescription?: string
    output?: Record<string, string>
}

/** Control API: make a job run again and finish OK (POST /__sim/jobs/{id}/finish). */
export interface FinishJobInput {
    output?: Record<string, string>
}

/** DailyJobIncidentTicket as OpCon's OpenAPI declares it. */
export interface SimIncidentTicket {
    id: number
    ticketId: string | null
    ticketUrl: string | null
}

export interface SimJob {
    id: string
    jobName: string
    /** yyyy-MM-dd */
    scheduleDate: string
    scheduleId: number
    instance: number
    scheduleName: string
    dailyScheduleId: string
    status: string
    machine: string
    termination: number
    terminationDescription: string | null
    /** DailyJob.uid: stable for the daily job, never reused (the counter survives reset). */
    uid: number
    machineId: number
    /** The latest ticket (highest id) of `tickets`, as DailyJob.incidentTicketId / incidentTicketURL. */
    incidentTicketId: string | null
    incidentTicketURL: string | null
    tickets: SimIncidentTicket[]
    frequency: string
    restartOutcome: string | null
    /** How many times the simulator ran the job because of start/restart/forceRestart. */
    runCount: number
    /** Job number of the current run; 0 before the job first runs. */
    jobNumber: number
    lastStart: string | null
    lastEnd: string | null
    /** Every run, oldest first (a seeded job that has run has one). */
    runs: SimRun[]
    restartOutput: Record<string, string> | null
    outputLimitBytes: number
    documentation: string
}

export interface MasterJobInput {
    name: string
    /** When set, addJobs must ask for this frequency. */
    frequency?: string
}

export interface SeedScheduleInput {
    name: string
    id?: number
    /** Jobs of the master schedule; a build puts each in the daily as Waiting. */
    jobs?: Array<string | MasterJobInput>
}

export interface SimSchedule {
    id: number
    name: string
    /** null when the schedule was created implicitly by seeding a job: any job may then be added. */
    jobs: MasterJobInput[] | null
}

export interface SimDailySchedule {
    id: string
    scheduleId: number
    name: string
    /** yyyy-MM-dd */
    date: string
    instance: number
    status: string
    jobIds: string[]
}

export interface AddUserInput {
    loginName: string
    password: string
    /** false: the user lacks the privileges for job/schedule actions (403). Default true. */
    privileged?: boolean
}

export interface AddTokenOptions {
    user: string
    privileged?: boolean
    /** ISO date-time; the token is rejected (401) after it. */
    validUntil?: string
}

export interface SimToken {
    token: string
    user: string
    privileged: boolean
    type: 'User' | 'Application' | 'External'
    validUntil: string | null
}

/** When an accepted job action, schedule build or schedule action takes effect. */
export type ApplyMode = 'onFirstPoll' | 'afterDelay' | 'immediately' | 'never'

export interface ActionBehaviour {
    apply: ApplyMode
    /** Used when apply is 'afterDelay'. */
    applyDelayMs: number
    /** JobStatus description a job ends in after start/restart/forceRestart. */
    restartOutcome: string
    /** HTTP status of a successful POST; the OpenAPI documents only 200. */
    postStatus: number
    /**
     * How job instance actions (job output) end once applied: 'normal' answers what the runs hold,
     * 'failed' fails every item (the agent did not deliver the output), 'never' leaves them submitted.
     */
    jobOutput: 'normal' | 'failed' | 'never'
}

export const DEFAULT_BEHAVIOUR: ActionBehaviour = {
    apply: 'onFirstPoll',
    applyDelayMs: 0,
    restartOutcome: 'Finished OK',
    postStatus: 200,
    jobOutput: 'normal',
}

/** The agent's default limit on job output (../shared/opcon/README.md: "The agent truncates output (64 KB by default)"). */
export const DEFAULT_OUTPUT_LIMIT_BYTES = 64 * 1024

export type FaultKind = 'status' | 'delay' | 'reset-before' | 'reset-after' | 'non-json' | 'echo-headers'

export interface FaultRule {
    kind: FaultKind
    /** Case-insensitive; any method when absent. */
    method?: string
    /** Raw (still percent-encoded) path, query excluded: a prefix, or a regular expression when it starts with '^'. */
    path?: string
    /** Apply to the next N matching requests only; unlimited when absent. */
    times?: number
    /** 0..1; rolled with the seeded PRNG for each matching request. */
    probability?: number
    /** 'status': the status to answer (default 503); 'echo-headers': default 400. */
    status?: number
    /** 'status': the JSON body (default {code, message}); 'non-json': the text body. */
    body?: unknown
    headers?: Record<string, string>
    /** 'status' with 429 or 503: Retry-After seconds (default 1 for 429). */
    retryAfter?: number
    /** 'delay': how long to wait before handling the request normally. */
    delayMs?: number
}

export interface FaultRuleState extends FaultRule {
    /** Applications left (null = unlimited). */
    remaining: number | null
    hits: number
}

export interface RequestLogEntry {
    seq: number
    at: string
    method: string
    /** Raw request path, still percent-encoded, without the query. */
    path: string
    /** Raw query string without '?', still encoded ('' if none). */
    query: string
    /** The Authorization header as sent, or null. Never printed by the simulator. */
    authorization: string | null
    /** The token when the header is `Token <token>`, else null. */
    token: string | null
    contentType: string | null
    /** Parsed JSON body, the raw text when it is not JSON, or null when empty. */
    body: unknown
    validationErrors: string[]
    /** Status sent, or null when the socket was destroyed instead. */
    responseStatus: number | null
    fault: FaultKind | null
    /** The OpenAPI route the request matched, e.g. `GET /api/dailyjobs/{rawId}`; null when none did. */
    route: string | null
    /** The daily jobs the request named (by id, uid or job number, in the path or the body). */
    jobIds: string[]
}

/** Request counts kept beside the log (the log keeps only the newest entries). */
export interface RequestCounts {
    total: number
    /** By `route` of the log entries; unmatched requests count under `<METHOD> (no route)`. */
    byRoute: Record<string, number>
    /** By daily job id (see RequestLogEntry.jobIds). */
    byJob: Record<string, number>
}

export interface AppliedAction {
    actionId: number
    jobId: string
    action: JobActionName
    at: string
    fromStatus: string
    toStatus: string
    runCount: number
}

export interface ReadyLine {
    ready: true
    port: number
    url: string
    address: string
    /** PEM of the self-signed certificate; null with --http. */
    ca: string | null
}
