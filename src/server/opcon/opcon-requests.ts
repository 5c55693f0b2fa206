// Builds each request the connector sends to OpCon. Bodies are JSON.stringify
// of plain objects (never pasted strings) holding only what OpCon's OpenAPI
// lets a request carry, and ids in paths are percent-encoded, so a job name
// with quotes, slashes or unicode arrives intact.
import { checkDailyJobId, hasControlCharacter, isCalendarDate, shown } from './correlation.ts'
import { actionWords, isOpConAction } from './job-status.ts'

/** The functions of the "OpCon REST API" REST message. */
export type RestFunctionName =
    | 'updateJobStatusById' | 'getJobActionResult' | 'getDailyJob'
    | 'buildSchedule' | 'getScheduleBuildResult' | 'getDailyScheduleByNameAndDate'
    | 'addJobToScheduleInDaily' | 'getScheduleActionResult' | 'getApiVersion'
    // Failed jobs opening incidents (failure-requests.ts)
    | 'listDailyJobs' | 'getIncidentTickets' | 'addIncidentTicket' | 'updateIncidentTicket'
    | 'getJobDocumentation' | 'setJobDocumentation' | 'requestJobOutput' | 'getJobOutputResult'
    // Agents synchronised to the CMDB (../cmdb/machines-request.ts)
    | 'getMachines'

export interface OpConRequest {
    fn: RestFunctionName
    method: 'GET' | 'POST' | 'PUT'
    /** Values for the function's ${variables} (already URL-encoded where they land in the URL). */
    params: Record<string, string>
    body: string | null
    /** Whether the call needs the server's token (all but the version). */
    authenticated: boolean
    /** What the call does, for messages: "mark fixed job 20191220|123|1|GENP001". */
    purpose: string
}

export type Built = { ok: true; request: OpConRequest } | { ok: false; message: string }

const MAX_REASON = 1000
const DATE = /^\d{4}-\d{2}-\d{2}$/

function built(request: OpConRequest): Built {
    return { ok: true, request }
}

function invalid(message: string): Built {
    return { ok: false, message }
}

function text(value: unknown): string | null {
    return typeof value === 'string' && value.trim() !== '' ? value : null
}

const NAME_HINTS = {
    'schedule name': 'give the schedule\'s name as OpCon shows it, e.g. NIGHTLY',
    'job name': 'give the job\'s name as its master schedule has it',
    frequency: 'give a frequency name defined on the job, e.g. OnRequest',
    'named instance': 'give the instance name, or leave the option out',
} as const

/**
 * What is wrong with a name a caller gives (a schedule, job or frequency
 * name), or null: it must be text, not empty, without spaces around it or a
 * control character (no OpCon name holds one, and it would forge lines in a
 * log or row); a job name may not be "." or ".." either, since the daily job
 * id it becomes could then never be addressed.
 */
export function nameProblem(value: unknown, what: keyof typeof NAME_HINTS): string | null {
    if (typeof value !== 'string' || value.trim() === '') return `The ${what} is empty or not text; ${NAME_HINTS[what]}.`
    if (value !== value.trim()) return `The ${what} "${shown(value)}" has spaces around it.`
    if (hasControlCharacter(value)) return `The ${what} "${shown(value)}" holds a control character (a line break, tab or similar).`
    if (what === 'job name' && (value === '.' || value === '..')) return `The job name "${value}" is not a job name (the daily job id it would become could not be addressed); ${NAME_HINTS[what]}.`
    return null
}

/** A reason may run over lines, but holds no other control character. */
function reasonProblem(reason: unknown): string | null {
    if (reason === undefined || reason === null) return null
    if (typeof reason !== 'string') return 'The reason must be text.'
    return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(reason)
        ? `The reason "${shown(reason, 80)}" holds a control character other than a line break or tab.`
        : null
}

/** A yyyy-MM-dd date that exists on the calendar. */
export function isIsoDate(value: unknown): value is string {
    return typeof value === 'string' && DATE.test(value) && isCalendarDate(value.replace(/-/g, ''))
}

export function resultId(value: unknown): string | null {
    const id = typeof value === 'number' ? String(value) : value
    return typeof id === 'string' && /^\d{1,10}$/.test(id) ? id : null
}

export function jobActionRequest(jobId: unknown, action: unknown, reason: unknown): Built {
    const problem = checkDailyJobId(jobId)
    if (problem !== null) return invalid(problem)
    const id = jobId as string
    if (!isOpConAction(action)) return invalid(`"${shown(action)}" is not an OpCon job action (use markUnderReview, markFixed, restart, cancel, hold, release, ...).`)
    const badReason = reasonProblem(reason)
    if (badReason !== null) return invalid(badReason)
    const why = ((reason as string | null | undefined) ?? '').slice(0, MAX_REASON)
    return built({
        fn: 'updateJobStatusById', method: 'POST', params: {}, authenticated: true,
        body: JSON.stringify({ action, reason: why, jobs: [{ id }] }),
        purpose: `${actionWords(action)} job ${id}`,
    })
}

export function jobActionResultRequest(jobActionId: unknown): Built {
    const id = resultId(jobActionId)
    if (id === null) return invalid(`"${shown(jobActionId)}" is not an OpCon job action id (a number).`)
    return built({ fn: 'getJobActionResult', method: 'GET', params: { id }, body: null, authenticated: true, purpose: `read the result of job action ${id}` })
}

/**
 * A daily job id as a URL path segment. OpCon decodes the path, %2F included,
 * before routing, so a '/' in a job name goes double-encoded (%252F), as SMA's
 * own Java client sends it (HtmlUtil.doubleUrlEncodeSlash); everything else is
 * percent-encoded once.
 */
export function dailyJobIdSegment(id: string): string {
    return encodeURIComponent(id).replace(/%2F/g, '%252F')
}

export function dailyJobRequest(jobId: unknown): Built {
    const problem = checkDailyJobId(jobId)
    if (problem !== null) return invalid(problem)
    const id = jobId as string
    return built({ fn: 'getDailyJob', method: 'GET', params: { id: dailyJobIdSegment(id) }, body: null, authenticated: true, purpose: `read daily job ${id}` })
}

export interface ScheduleBuildOptions {
    /** Replace the day's daily schedule if it was built already. Default false: a build never overwrites unless asked to. */
    overwrite?: boolean
    hold?: boolean
    namedInstance?: string
}

/** What is wrong with a build's options, or null: each given option must have its type (a 'yes' is not true). */
function buildOptionsProblem(options: unknown): string | null {
    if (options === undefined || options === null) return null
    if (typeof options !== 'object' || Array.isArray(options)) return 'The build options must be an object {overwrite, hold, namedInstance}.'
    const { overwrite, hold, namedInstance } = options as Record<string, unknown>
    if (overwrite !== undefined && typeof overwrite !== 'boolean') return `The build option overwrite must be true or false, not "${shown(overwrite)}".`
    if (hold !== undefined && typeof hold !== 'boolean') return `The build option hold must be true or false, not "${shown(hold)}".`
    if (namedInstance !== undefined && namedInstance !== null && namedInstance !== '') return nameProblem(namedInstance, 'named instance')
    return null
}

export function scheduleBuildRequest(scheduleName: unknown, dates: unknown, options: ScheduleBuildOptions | null = {}): Built {
    const badName = nameProblem(scheduleName, 'schedule name')
    if (badName !== null) return invalid(badName)
    const name = scheduleName as string
    const list = typeof dates === 'string' ? [dates] : dates
    if (!Array.isArray(list) || list.length === 0) return invalid('Give at least one date to build, as yyyy-MM-dd.')
    const bad = list.find((date) => !isIsoDate(date))
    if (bad !== undefined) return invalid(`"${shown(bad)}" is not a date in the form yyyy-MM-dd.`)
    const badOptions = buildOptionsProblem(options)
    if (badOptions !== null) return invalid(badOptions)
    const { overwrite, hold, namedInstance } = options ?? {}
    const body: Record<string, unknown> = {
        schedules: [{ name }],
        dates: list,
        overwrite: overwrite === true,
        hold: hold === true,
    }
    if (text(namedInstance) !== null) body.namedInstance = namedInstance
    return built({ fn: 'buildSchedule', method: 'POST', params: {}, body: JSON.stringify(body), authenticated: true, purpose: `build schedule ${name} for ${list.join(', ')}` })
}

export function scheduleBuildResultRequest(buildId: unknown): Built {
    const id = resultId(buildId)
    if (id === null) return invalid(`"${shown(buildId)}" is not an OpCon schedule build id (a number).`)
    return built({ fn: 'getScheduleBuildResult', method: 'GET', params: { id }, body: null, authenticated: true, purpose: `read the result of schedule build ${id}` })
}

/** Daily schedules by name and date; without a name, every schedule of that date. */
export function dailySchedulesRequest(scheduleName: unknown, date: unknown): Built {
    if (scheduleName !== undefined && scheduleName !== null && scheduleName !== '') {
        const badName = nameProblem(scheduleName, 'schedule name')
        if (badName !== null) return invalid(badName)
    }
    if (!isIsoDate(date)) return invalid(`"${shown(date)}" is not a date in the form yyyy-MM-dd.`)
    const name = (scheduleName as string | null | undefined) ?? ''
    const query = name === '' ? `Dates=${date}` : `Name=${encodeURIComponent(name)}&Dates=${date}`
    return built({
        fn: 'getDailyScheduleByNameAndDate', method: 'GET', params: { query }, body: null, authenticated: true,
        purpose: name === '' ? `list the daily schedules of ${date}` : `find daily schedule ${name} on ${date}`,
    })
}

const DAILY_SCHEDULE_ID = /^\d{8}\|\d+\|\d+$/

export function addJobRequest(dailyScheduleId: unknown, jobName: unknown, frequency: unknown, properties: unknown): Built {
    if (typeof dailyScheduleId !== 'string' || !DAILY_SCHEDULE_ID.test(dailyScheduleId) || !isCalendarDate(dailyScheduleId.slice(0, 8))) {
        return invalid(`"${shown(dailyScheduleId)}" is not a daily schedule id (yyyyMMdd|schedule id|instance, with a real date), e.g. 20261123|77|1 as getDailyScheduleByNameAndDate answers.`)
    }
    const badName = nameProblem(jobName, 'job name')
    if (badName !== null) return invalid(badName)
    const name = jobName as string
    if (text(frequency) === null) return invalid(`Give the frequency to add job ${name} with (a frequency name defined on the job).`)
    const badFrequency = nameProblem(frequency, 'frequency')
    if (badFrequency !== null) return invalid(badFrequency)
    const freq = frequency as string
    // OpCon 21.2's OpenAPI marks StringInstanceProperty.name and .value readOnly: addJobs cannot carry them.
    const plainObject = properties !== null && typeof properties === 'object' && !Array.isArray(properties)
    const names = plainObject ? Object.keys(properties) : []
    if (properties !== undefined && properties !== null && !(plainObject && names.length === 0)) {
        return invalid(`OpCon 21.2 cannot take instance properties when adding a job (its REST API marks them read-only in this call), so job ${name} was not added`
            + `${names.length > 0 ? ` with ${names.join(', ')}` : ''}. Add it without them (pass null), then set them on the daily job in OpCon Solution Manager, or define them on the job in the master schedule.`)
    }
    return built({
        fn: 'addJobToScheduleInDaily', method: 'POST', params: {}, authenticated: true,
        body: JSON.stringify({ action: 'addJobs', scheduleActionItems: [{ id: dailyScheduleId, jobs: [{ id: name, frequency: freq }] }] }),
        purpose: `add job ${name} to daily schedule ${dailyScheduleId}`,
    })
}

export function scheduleActionResultRequest(actionId: unknown): Built {
    const id = resultId(actionId)
    if (id === null) return invalid(`"${shown(actionId)}" is not an OpCon schedule action id (a number).`)
    return built({ fn: 'getScheduleActionResult', method: 'GET', params: { id }, body: null, authenticated: true, purpose: `read the result of schedule action ${id}` })
}

export function versionRequest(): Built {
    return built({ fn: 'getApiVersion', method: 'GET', params: {}, body: null, authenticated: false, purpose: 'read the API version' })
}
