// The subset of OpCon's REST API the connector uses.
//
// Order of checks on a protected endpoint: 401 (token) -> 415/400 (body) ->
// 400 (validation) -> 403 (privilege), the order ASP.NET's model binding and
// an in-action privilege check would give.

import { randomUUID } from 'node:crypto'
import { isValidCompactDate, toCompactDate, toIsoDate } from './dates'
import {
    renderDailyJob,
    renderDailySchedule,
    renderDocumentation,
    renderJobAction,
    renderJobInstanceAction,
    renderScheduleAction,
    renderScheduleBuild,
    renderTicket,
    renderToken,
} from './render'
import { apiError, json, type Reply, type RequestContext, type Route } from './routing'
import type { JobInstanceActionName, Operation, SimState } from './state'
import { JOB_STATUS_CATEGORIES } from './statuses'
import type { JobActionName, ScheduleActionName, SimJob, SimToken } from './types'
import { validateDocumentation, validateIncidentTicket, validateJobAction, validateJobInstanceAction, validateScheduleAction, validateScheduleBuild, validateTokenRequest } from './validation'

export const OPCON_VERSION = '21.2.0.0'

const JSON_TYPES = /^application\/(json|json-patch\+json|[\w.+-]+\+json)\s*(;|$)/i

type Authenticated = { token: SimToken } | { reply: Reply }

/** `Authorization: Token <token>`, compared exactly (no trimming or case folding of the token). */
export function authenticate(state: SimState, authorization: string | null): Authenticated {
    if (authorization === null) return { reply: apiError(401, 'Authorization header is missing', { 'WWW-Authenticate': 'Token' }) }
    if (!authorization.startsWith('Token ')) return { reply: apiError(401, "Authorization scheme must be 'Token'", { 'WWW-Authenticate': 'Token' }) }
    const token = state.tokens.get(authorization.slice('Token '.length))
    // The message never echoes the token: responses end up in logs.
    if (!token) return { reply: apiError(401, 'Invalid token', { 'WWW-Authenticate': 'Token' }) }
    if (token.validUntil !== null && Date.parse(token.validUntil) < Date.now()) return { reply: apiError(401, 'Token expired', { 'WWW-Authenticate': 'Token' }) }
    return { token }
}

/** 415/400 before validation, as ASP.NET's input formatter would. */
function bodyProblem(ctx: RequestContext): Reply | null {
    if (ctx.contentType === null || !JSON_TYPES.test(ctx.contentType)) return apiError(415, `Unsupported content type '${ctx.contentType ?? ''}': send application/json`)
    if (ctx.bodyText.trim() === '') return apiError(400, 'A non-empty request body is required')
    if (ctx.bodyError !== null) return apiError(400, `The request body is not valid JSON: ${ctx.bodyError}`)
    return null
}

function validated(ctx: RequestContext, schemaName: string, validate: (body: unknown) => string[]): Reply | null {
    const problem = bodyProblem(ctx)
    if (problem) return problem
    ctx.validationErrors.push(...validate(ctx.body))
    if (ctx.validationErrors.length === 0) return null
    return apiError(400, `Invalid ${schemaName}: ${ctx.validationErrors.join('; ')}`)
}

function privileged(token: SimToken, what: string): Reply | null {
    return token.privileged ? null : apiError(403, `User '${token.user}' does not have the privileges required to submit ${what}`)
}

function parseIntId(raw: string): number | null {
    return /^\d{1,9}$/.test(raw) ? Number(raw) : null
}

function withToken(state: SimState, handler: (ctx: RequestContext, token: SimToken) => Reply): (ctx: RequestContext) => Reply {
    return (ctx) => {
        const auth = authenticate(state, ctx.authorization)
        return 'reply' in auth ? auth.reply : handler(ctx, auth.token)
    }
}

/** Shared GET of an asynchronous operation by numeric id. */
function pollHandler<T extends Operation>(state: SimState, what: string, find: (id: number) => T | undefined, render: (rec: T) => unknown) {
    return withToken(state, (ctx) => {
        const id = parseIntId(ctx.params[0])
        if (id === null) return apiError(400, `The value '${ctx.params[0]}' is not valid for id`)
        const rec = state.poll(find(id))
        return rec ? json(200, render(rec)) : apiError(404, `${what} ${id} not found`)
    })
}

/**
 * A daily job id from its route value. The path was decoded once before
 * routing (see server.ts), so a '/' in a job name must arrive double-encoded
 * (%252F, as SMA's own Java client sends it: HtmlUtil.doubleUrlEncodeSlash);
 * what is left of it here, %2F, becomes the '/'. A single-encoded %2F was
 * already a path separator, and that path matches no route (404). Assumed:
 * OpCon decodes only %2F a second time.
 */
function dailyJobId(routeValue: string): string {
    return routeValue.replace(/%2F/gi, '/')
}

interface TokenBody {
    user?: { loginName?: string; password?: string }
    tokenType?: { type?: string | null; id?: string | null }
}

function postTokens(state: SimState) {
    return (ctx: RequestContext): Reply => {
        const invalid = validated(ctx, 'Token', validateTokenRequest)
        if (invalid) return invalid
        const body = ctx.body as TokenBody
        const now = new Date().toISOString()
        if (body.tokenType?.type === 'Application') {
            // Creating an application token needs an authenticated user.
            const auth = authenticate(state, ctx.authorization)
            if ('reply' in auth) return auth.reply
            const token = state.addToken(randomUUID(), { user: auth.token.user, privileged: auth.token.privileged }, 'Application')
            return json(state.behaviour.postStatus, renderToken(token, state.userId(token.user), now, body.tokenType.id ?? undefined))
        }
        const user = state.checkPassword(body.user?.loginName ?? '', body.user?.password ?? '')
        if (!user) return apiError(401, 'Invalid user name or password')
        const token = state.addToken(randomUUID(), { user: user.loginName, privileged: user.privileged }, 'User')
        return json(state.behaviour.postStatus, renderToken(token, user.id, now))
    }
}

interface JobActionBody {
    action: JobActionName
    reason?: string | null
    jobs: Array<{ id: string }>
}

function postJobActions(state: SimState) {
    return withToken(state, (ctx, token) => {
        const refused = validated(ctx, 'JobAction', validateJobAction) ?? privileged(token, 'job actions')
        if (refused) return refused
        const body = ctx.body as JobActionBody
        const rec = state.submitJobAction(body.action, body.reason ?? null, body.jobs.map((j) => j.id))
        return { status: state.behaviour.postStatus, body: renderJobAction(rec), created: rec }
    })
}

function getDailyJob(state: SimState) {
    return withToken(state, (ctx) => {
        const id = dailyJobId(ctx.params[0])
        const job = state.jobs.get(id)
        return job ? json(200, renderDailyJob(state, job)) : apiError(404, `Daily job '${id}' not found`)
    })
}

interface ScheduleBuildBody {
    schedules: Array<{ id?: number | null; name?: string | null }>
    dates: string[]
    overwrite?: boolean
    hold?: boolean
}

function postScheduleBuilds(state: SimState) {
    return withToken(state, (ctx, token) => {
        const refused = validated(ctx, 'ScheduleBuildAction', validateScheduleBuild) ?? privileged(token, 'schedule builds')
        if (refused) return refused
        const body = ctx.body as ScheduleBuildBody
        const rec = state.submitScheduleBuild({ schedules: body.schedules, dates: body.dates, overwrite: body.overwrite ?? false, hold: body.hold ?? false })
        return { status: state.behaviour.postStatus, body: renderScheduleBuild(rec), created: rec }
    })
}

/** ASP.NET binds query parameters case-insensitively (the OpenAPI spells them `Name`, `Dates`). */
export function queryParam(query: URLSearchParams, name: string): string | null {
    for (const [key, value] of query) if (key.toLowerCase() === name.toLowerCase()) return value
    return null
}

function parseDates(raw: string): string[] | null {
    const dates = raw.split(',').map((d) => d.trim()).filter((d) => d !== '')
    const iso = dates.map((d) => (/^\d{8}$/.test(d) ? toIsoDate(d) : d.slice(0, 10)))
    return iso.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)) ? iso : null
}

function getDailySchedules(state: SimState) {
    return withToken(state, (ctx) => {
        const name = queryParam(ctx.query, 'name')
        const datesRaw = queryParam(ctx.query, 'dates')
        const ids = queryParam(ctx.query, 'ids')?.split(',').map((s) => s.trim())
        const dates = datesRaw === null ? null : parseDates(datesRaw)
        if (datesRaw !== null && dates === null) return apiError(400, `The value '${datesRaw}' is not valid for dates (yyyy-MM-dd, comma separated)`)
        const found = [...state.dailySchedules.values()]
            .filter((d) => name === null || d.name.toLowerCase() === name.toLowerCase())
            .filter((d) => dates === null || dates.includes(d.date))
            .filter((d) => ids === undefined || ids.includes(d.id))
            .sort((a, b) => a.id.localeCompare(b.id))
        return json(200, found.map((d) => renderDailySchedule(state, d)))
    })
}

interface ScheduleActionBody {
    action: ScheduleActionName
    reason?: string | null
    scheduleActionItems: Array<{ id: string; jobs?: Array<{ id: string; frequency?: string | null }> | null }>
}

function postScheduleActions(state: SimState) {
    return withToken(state, (ctx, token) => {
        const refused = validated(ctx, 'ScheduleAction', validateScheduleAction) ?? privileged(token, 'schedule actions')
        if (refused) return refused
        const body = ctx.body as ScheduleActionBody
        const items = body.scheduleActionItems.map((it) => ({ id: it.id, jobs: it.jobs?.map((j) => ({ id: j.id, frequency: j.frequency ?? null })) ?? null }))
        const rec = state.submitScheduleAction(body.action, body.reason ?? null, items)
        return { status: state.behaviour.postStatus, body: renderScheduleAction(rec), created: rec }
    })
}

// ---- the daily jobs list --------------------------------------------------

/** What the list filters on; the other Include* flags only add detail the simulator does not model. */
const LIST_PARAMS = ['dates', 'categories', 'limit', 'offset', 'includecount', 'includedocumentation']
const HARMLESS_LIST_PARAMS = ['includedetails', 'includeevents', 'includedependencies', 'includethresholdresourcedependencies', 'includethresholdresourceupdates', 'includeexpressiondependencies']
// GET /api/dailyjobs query parameters of OpCon's OpenAPI 21.2 the simulator does not model.
const DECLARED_LIST_PARAMS = [
    'Uids', 'TerminationDescription', 'JobName', 'Machine', 'StartMachine', 'PrimaryMachine', 'AlternateMachine', 'AlternateMachine2', 'AlternateMachine3', 'Reason',
    'ScheduleDates', 'SortOrders', 'JobStatus', 'JobStatusCategories', 'JobType', 'PriorityValue', 'ScheduleStatus', 'ScheduleName', 'Path', 'TagList', 'LimitValue',
    'OffsetValue', 'DepartmentList', 'AccessCodeList', 'JobNumber', 'Ids', 'ScheduleIds', 'Name', 'Status', 'SortBy', 'Priority', 'AccessCodeIds', 'Tags', 'DepartmentIds',
]

/** ASP.NET binds a repeated query key to a string as the comma-joined values; names are case-insensitive. */
function listQuery(query: URLSearchParams): Map<string, string> {
    const values = new Map<string, string[]>()
    for (const [key, value] of query) values.set(key.toLowerCase(), [...(values.get(key.toLowerCase()) ?? []), value])
    return new Map([...values].map(([key, vs]) => [key, vs.join(',')]))
}

function commaList(raw: string): string[] {
    return raw.split(',').map((v) => v.trim()).filter((v) => v !== '')
}

/** @returns the parsed filter, or the 400 problems (assumed: OpCon refuses a value it cannot bind, as ASP.NET does). */
function parseListQuery(query: URLSearchParams): { dates: string[] | null; categories: string[] | null; limit: number | null; offset: number; includeCount: boolean; includeDocumentation: boolean } | { problems: string[] } {
    const q = listQuery(query)
    const problems: string[] = []
    for (const key of q.keys()) {
        if (LIST_PARAMS.includes(key) || HARMLESS_LIST_PARAMS.includes(key)) continue
        const declared = DECLARED_LIST_PARAMS.find((p) => p.toLowerCase() === key)
        problems.push(declared
            ? `The query parameter '${declared}' is declared by OpCon but not modelled by the simulator: filter with Dates, Categories, Limit and Offset`
            : `The query parameter '${key}' is not declared by OpCon's OpenAPI for GET /api/dailyjobs`)
    }
    const dates = q.has('dates') ? commaList(q.get('dates') as string) : null
    for (const d of dates ?? []) if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || !isValidCompactDate(toCompactDate(d))) problems.push(`The value '${d}' is not valid for Dates (yyyy-MM-dd, comma separated)`)
    const categories = q.has('categories') ? commaList(q.get('categories') as string) : null
    for (const c of categories ?? []) if (!JOB_STATUS_CATEGORIES.some((k) => k.toLowerCase() === c.toLowerCase())) problems.push(`The value '${c}' is not a job status category (one of ${JOB_STATUS_CATEGORIES.join(', ')})`)
    const integer = (name: string, min: number): number | null => {
        const raw = q.get(name.toLowerCase())
        if (raw === undefined) return null
        if (/^\d{1,9}$/.test(raw.trim()) && Number(raw) >= min) return Number(raw)
        problems.push(`The value '${raw}' is not valid for ${name} (an integer, at least ${min})`)
        return null
    }
    const limit = integer('Limit', 1)
    const offset = integer('Offset', 0) ?? 0
    const flag = (name: string): boolean => {
        const raw = q.get(name.toLowerCase())
        if (raw === undefined || /^false$/i.test(raw)) return false
        if (/^true$/i.test(raw)) return true
        problems.push(`The value '${raw}' is not valid for ${name} (true or false)`)
        return false
    }
    const includeCount = flag('IncludeCount')
    const includeDocumentation = flag('IncludeDocumentation')
    return problems.length > 0 ? { problems } : { dates, categories, limit, offset, includeCount, includeDocumentation }
}

/**
 * Items ordered by uid ascending, so Limit/Offset pages are stable while jobs change status
 * (assumed: the OpenAPI names no default order). IncludeCount=true adds the TotalResourceCount
 * header, the count before paging (SMA's Java client reads it; ../shared/opcon/README.md).
 */
function getDailyJobs(state: SimState) {
    return withToken(state, (ctx) => {
        const parsed = parseListQuery(ctx.query)
        if ('problems' in parsed) return apiError(400, parsed.problems.join('; '))
        const all = state.listJobs(parsed)
        const page = all.slice(parsed.offset, parsed.limit === null ? undefined : parsed.offset + parsed.limit)
        const reply = json(200, page.map((job) => renderDailyJob(state, job, parsed.includeDocumentation)))
        if (parsed.includeCount) reply.headers = { TotalResourceCount: String(all.length) }
        return reply
    })
}

// ---- incident tickets ------------------------------------------------------

type JobFound = { job: SimJob } | { reply: Reply }

/** `{uid}` is DailyJob.uid, an integer in the OpenAPI. */
function jobByUid(state: SimState, raw: string): JobFound {
    const uid = parseIntId(raw)
    if (uid === null) return { reply: apiError(400, `The value '${raw}' is not valid for uid (DailyJob.uid, an integer)`) }
    const job = state.jobByUid(uid)
    return job ? { job } : { reply: apiError(404, `Daily job with uid ${uid} not found`) }
}

function jobByRawId(state: SimState, raw: string): JobFound {
    const id = dailyJobId(raw)
    const job = state.jobs.get(id)
    return job ? { job } : { reply: apiError(404, `Daily job '${id}' not found`) }
}

interface TicketBody {
    id?: number
    ticketId?: string | null
    ticketUrl?: string | null
}

function getTickets(state: SimState) {
    return withToken(state, (ctx) => {
        const found = jobByUid(state, ctx.params[0])
        return 'reply' in found ? found.reply : json(200, found.job.tickets.map(renderTicket))
    })
}

/** Ticket writes need the same privileges as job actions (assumed). */
function writeTicket(state: SimState, what: 'create' | 'update' | 'delete') {
    return withToken(state, (ctx, token) => {
        const byUid = jobByUid(state, ctx.params[0])
        if ('reply' in byUid && byUid.reply.status === 400) return byUid.reply
        const refused = (what === 'delete' ? null : validated(ctx, 'DailyJobIncidentTicket', validateIncidentTicket)) ?? privileged(token, 'incident tickets')
        if (refused) return refused
        if ('reply' in byUid) return byUid.reply
        const job = byUid.job
        const body = (ctx.body ?? {}) as TicketBody
        if (what === 'create') {
            // Assumed: id 0 (or none) asks for a new ticket; PUT .../incidentTickets/{id} changes one.
            if (body.id !== undefined && body.id !== 0) return apiError(400, `body.id: must be 0 to create a ticket (it is ${body.id}); change ticket ${body.id} with PUT /api/dailyjobs/${job.uid}/incidentTickets/${body.id}`)
            return json(state.behaviour.postStatus, renderTicket(state.addTicket(job, body.ticketId ?? null, body.ticketUrl ?? null)))
        }
        const ticket = job.tickets.find((t) => String(t.id) === ctx.params[1])
        if (!ticket) return apiError(404, `Incident ticket '${ctx.params[1]}' not found on daily job with uid ${job.uid}`)
        if (what === 'delete') {
            state.deleteTicket(job, ticket)
            return { status: 200 }
        }
        if (body.id !== undefined && body.id !== 0 && body.id !== ticket.id) return apiError(400, `body.id: ${body.id} does not match the ticket in the path (${ticket.id})`)
        return json(200, renderTicket(state.updateTicket(job, ticket, body.ticketId ?? null, body.ticketUrl ?? null)))
    })
}

// ---- job documentation -----------------------------------------------------

function getDocumentation(state: SimState) {
    return withToken(state, (ctx) => {
        const found = jobByRawId(state, ctx.params[0])
        return 'reply' in found ? found.reply : json(200, renderDocumentation(found.job))
    })
}

/** Writes the job's documentation text (assumed semantics: the body's `job` replaces it). */
function postDocumentation(state: SimState) {
    return withToken(state, (ctx, token) => {
        const refused = validated(ctx, 'DailyJobDocumentation', validateDocumentation) ?? privileged(token, 'job documentation')
        if (refused) return refused
        const found = jobByRawId(state, ctx.params[0])
        if ('reply' in found) return found.reply
        const body = ctx.body as { frequency?: string | null; job: string }
        // Assumed: documentation belongs to the job's frequency, so another frequency is a mistake.
        if (typeof body.frequency === 'string' && body.frequency !== found.job.frequency) {
            return apiError(400, `body.frequency: '${body.frequency}' is not the frequency of daily job '${found.job.id}' ('${found.job.frequency}')`)
        }
        found.job.documentation = body.job
        return json(state.behaviour.postStatus, renderDocumentation(found.job))
    })
}

// ---- job instance actions (job output) -------------------------------------

interface JobInstanceActionBody {
    action: JobInstanceActionName
    jobInstanceActionItems: Array<{ id: number; jorsRequestParameters?: string | null }>
}

function postJobInstanceActions(state: SimState) {
    return withToken(state, (ctx, token) => {
        const refused = validated(ctx, 'JobInstanceAction', validateJobInstanceAction) ?? privileged(token, 'job output requests')
        if (refused) return refused
        const body = ctx.body as JobInstanceActionBody
        const rec = state.submitJobInstanceAction(body.action, body.jobInstanceActionItems.map((it) => ({ id: it.id, jorsRequestParameters: it.jorsRequestParameters ?? null })))
        return { status: state.behaviour.postStatus, body: renderJobInstanceAction(rec), created: rec }
    })
}

function getJobInstanceAction(state: SimState) {
    return withToken(state, (ctx) => {
        const id = parseIntId(ctx.params[0])
        if (id === null) return apiError(400, `The value '${ctx.params[0]}' is not valid for id`)
        const rec = state.pollJobInstanceAction(id)
        return rec ? json(200, renderJobInstanceAction(rec)) : apiError(404, `Job instance action ${id} not found`)
    })
}

// ---- which jobs a request names (for per-job request counts) ---------------

const byRawId = (params: string[]): string[] => [dailyJobId(params[0])]

function byUidOf(state: SimState) {
    return (params: string[]): string[] => {
        const uid = parseIntId(params[0])
        const job = uid === null ? undefined : state.jobByUid(uid)
        return job ? [job.id] : []
    }
}

function bodyItems(body: unknown, field: string): Array<Record<string, unknown>> {
    const items = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[field] : undefined
    return Array.isArray(items) ? items.filter((i): i is Record<string, unknown> => i !== null && typeof i === 'object') : []
}

function byJobNumbers(state: SimState, numbers: unknown[]): string[] {
    return numbers.flatMap((n) => (typeof n === 'number' ? state.jobByNumber(n)?.id ?? [] : []))
}

// ASP.NET routing ignores case and a trailing slash.
const path = (p: string): RegExp => new RegExp(`^${p}/?$`, 'i')

export function createApiRoutes(state: SimState): Route[] {
    const byUid = byUidOf(state)
    const routes: Array<[string, string, string, (ctx: RequestContext) => Reply, ((params: string[], body: unknown) => string[])?]> = [
        ['GET', '/api/version', '/api/version', () => json(200, { opConRestApiProductVersion: OPCON_VERSION })],
        ['POST', '/api/tokens', '/api/tokens', postTokens(state)],
        ['POST', '/api/jobactions', '/api/jobactions', postJobActions(state), (_, body) => bodyItems(body, 'jobs').flatMap((j) => (typeof j.id === 'string' ? [j.id] : []))],
        ['GET', '/api/jobactions/([^/]+)', '/api/jobactions/{id}', pollHandler(state, 'Job action', (id) => state.jobActions.get(id), renderJobAction), (params) => state.jobActions.get(Number(params[0]))?.jobs.map((j) => j.id) ?? []],
        ['GET', '/api/dailyjobs', '/api/dailyjobs', getDailyJobs(state)],
        ['GET', '/api/dailyjobs/([^/]+)', '/api/dailyjobs/{rawId}', getDailyJob(state), byRawId],
        ['GET', '/api/dailyjobs/([^/]+)/incidentTickets', '/api/dailyjobs/{uid}/incidentTickets', getTickets(state), byUid],
        ['POST', '/api/dailyjobs/([^/]+)/incidentTickets', '/api/dailyjobs/{uid}/incidentTickets', writeTicket(state, 'create'), byUid],
        ['PUT', '/api/dailyjobs/([^/]+)/incidentTickets/([^/]+)', '/api/dailyjobs/{uid}/incidentTickets/{id}', writeTicket(state, 'update'), byUid],
        ['DELETE', '/api/dailyjobs/([^/]+)/incidentTickets/([^/]+)', '/api/dailyjobs/{uid}/incidentTickets/{id}', writeTicket(state, 'delete'), byUid],
        ['GET', '/api/dailyjobs/([^/]+)/documentation', '/api/dailyjobs/{rawId}/documentation', getDocumentation(state), byRawId],
        ['POST', '/api/dailyjobs/([^/]+)/documentation', '/api/dailyjobs/{rawId}/documentation', postDocumentation(state), byRawId],
        ['POST', '/api/jobinstanceactions', '/api/jobinstanceactions', postJobInstanceActions(state), (_, body) => byJobNumbers(state, bodyItems(body, 'jobInstanceActionItems').map((i) => i.id))],
        ['GET', '/api/jobinstanceactions/([^/]+)', '/api/jobinstanceactions/{id}', getJobInstanceAction(state), (params) => byJobNumbers(state, state.jobInstanceActions.get(Number(params[0]))?.items.map((i) => i.id) ?? [])],
        ['POST', '/api/schedulebuilds', '/api/schedulebuilds', postScheduleBuilds(state)],
        ['GET', '/api/schedulebuilds/([^/]+)', '/api/schedulebuilds/{id}', pollHandler(state, 'Schedule build', (id) => state.scheduleBuilds.get(id), renderScheduleBuild)],
        ['GET', '/api/dailyschedules', '/api/dailyschedules', getDailySchedules(state)],
        ['POST', '/api/scheduleactions', '/api/scheduleactions', postScheduleActions(state)],
        ['GET', '/api/scheduleactions/([^/]+)', '/api/scheduleactions/{id}', pollHandler(state, 'Schedule action', (id) => state.scheduleActions.get(id), renderScheduleAction)],
    ]
    return routes.map(([method, pattern, template, handler, jobIds]) => ({ method, pattern: path(pattern), handler, name: `${method} ${template}`, jobIds }))
}
