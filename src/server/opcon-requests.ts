// Builds each request the connector sends to OpCon. Bodies are JSON.stringify
// of plain objects (never pasted strings) holding only what OpCon's OpenAPI
// lets a request carry, and ids in paths are percent-encoded, so a job name
// with quotes, slashes or unicode arrives intact.
import { isCalendarDate } from './correlation.ts'
import { actionWords, isOpConAction } from './job-status.ts'

/** The functions of the "OpCon REST API" REST message. */
export type RestFunctionName =
    | 'updateJobStatusById' | 'getJobActionResult' | 'getDailyJob'
    | 'buildSchedule' | 'getScheduleBuildResult' | 'getDailyScheduleByNameAndDate'
    | 'addJobToScheduleInDaily' | 'getScheduleActionResult' | 'getApiVersion'

export interface OpConRequest {
    fn: RestFunctionName
    method: 'GET' | 'POST'
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

/** A yyyy-MM-dd date that exists on the calendar. */
export function isIsoDate(value: unknown): value is string {
    return typeof value === 'string' && DATE.test(value) && isCalendarDate(value.replace(/-/g, ''))
}

function resultId(value: unknown): string | null {
    const id = typeof value === 'number' ? String(value) : value
    return typeof id === 'string' && /^\d{1,10}$/.test(id) ? id : null
}

export function jobActionRequest(jobId: unknown, action: unknown, reason: unknown): Built {
    const id = text(jobId)
    if (id === null) return invalid('The daily job id is empty: give the job as yyyyMMdd|schedule id|instance|job name.')
    if (!isOpConAction(action)) return invalid(`"${String(action)}" is not an OpCon job action (use markUnderReview, markFixed, restart, cancel, hold, release, ...).`)
    if (reason !== undefined && reason !== null && typeof reason !== 'string') return invalid('The reason must be text.')
    const why = (reason ?? '').slice(0, MAX_REASON)
    return built({
        fn: 'updateJobStatusById', method: 'POST', params: {}, authenticated: true,
        body: JSON.stringify({ action, reason: why, jobs: [{ id }] }),
        purpose: `${actionWords(action)} job ${id}`,
    })
}

export function jobActionResultRequest(jobActionId: unknown): Built {
    const id = resultId(jobActionId)
    if (id === null) return invalid(`"${String(jobActionId)}" is not an OpCon job action id (a number).`)
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
    const id = text(jobId)
    if (id === null) return invalid('The daily job id is empty: give the job as yyyyMMdd|schedule id|instance|job name.')
    return built({ fn: 'getDailyJob', method: 'GET', params: { id: dailyJobIdSegment(id) }, body: null, authenticated: true, purpose: `read daily job ${id}` })
}

export interface ScheduleBuildOptions {
    overwrite?: boolean
    hold?: boolean
    namedInstance?: string
}

export function scheduleBuildRequest(scheduleName: unknown, dates: unknown, options: ScheduleBuildOptions = {}): Built {
    const name = text(scheduleName)
    if (name === null) return invalid('The schedule name is empty.')
    const list = typeof dates === 'string' ? [dates] : dates
    if (!Array.isArray(list) || list.length === 0) return invalid('Give at least one date to build, as yyyy-MM-dd.')
    const bad = list.find((date) => !isIsoDate(date))
    if (bad !== undefined) return invalid(`"${String(bad)}" is not a date in the form yyyy-MM-dd.`)
    if (options === null || typeof options !== 'object') return invalid('The build options must be an object {overwrite, hold, namedInstance}.')
    const body: Record<string, unknown> = {
        schedules: [{ name }],
        dates: list,
        overwrite: options.overwrite === undefined ? true : options.overwrite === true,
        hold: options.hold === true,
    }
    if (text(options.namedInstance) !== null) body.namedInstance = options.namedInstance
    return built({ fn: 'buildSchedule', method: 'POST', params: {}, body: JSON.stringify(body), authenticated: true, purpose: `build schedule ${name} for ${list.join(', ')}` })
}

export function scheduleBuildResultRequest(buildId: unknown): Built {
    const id = resultId(buildId)
    if (id === null) return invalid(`"${String(buildId)}" is not an OpCon schedule build id (a number).`)
    return built({ fn: 'getScheduleBuildResult', method: 'GET', params: { id }, body: null, authenticated: true, purpose: `read the result of schedule build ${id}` })
}

/** Daily schedules by name and date; without a name, every schedule of that date. */
export function dailySchedulesRequest(scheduleName: unknown, date: unknown): Built {
    if (scheduleName !== undefined && scheduleName !== null && typeof scheduleName !== 'string') return invalid('The schedule name must be text.')
    if (!isIsoDate(date)) return invalid(`"${String(date)}" is not a date in the form yyyy-MM-dd.`)
    const name = scheduleName ?? ''
    const query = name === '' ? `Dates=${date}` : `Name=${encodeURIComponent(name)}&Dates=${date}`
    return built({
        fn: 'getDailyScheduleByNameAndDate', method: 'GET', params: { query }, body: null, authenticated: true,
        purpose: name === '' ? `list the daily schedules of ${date}` : `find daily schedule ${name} on ${date}`,
    })
}

const DAILY_SCHEDULE_ID = /^\d{8}\|\d+\|\d+$/

export function addJobRequest(dailyScheduleId: unknown, jobName: unknown, frequency: unknown, properties: unknown): Built {
    if (typeof dailyScheduleId !== 'string' || !DAILY_SCHEDULE_ID.test(dailyScheduleId)) {
        return invalid(`"${String(dailyScheduleId)}" is not a daily schedule id (yyyyMMdd|schedule id|instance).`)
    }
    const name = text(jobName)
    if (name === null) return invalid('The job name is empty.')
    const freq = text(frequency)
    if (freq === null) return invalid(`Give the frequency to add job ${name} with (a frequency name defined on the job).`)
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
    if (id === null) return invalid(`"${String(actionId)}" is not an OpCon schedule action id (a number).`)
    return built({ fn: 'getScheduleActionResult', method: 'GET', params: { id }, body: null, authenticated: true, purpose: `read the result of schedule action ${id}` })
}

export function versionRequest(): Built {
    return built({ fn: 'getApiVersion', method: 'GET', params: {}, body: null, authenticated: false, purpose: 'read the API version' })
}
