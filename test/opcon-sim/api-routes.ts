// The subset of OpCon's REST API the connector uses.
//
// Order of checks on a protected endpoint: 401 (token) -> 415/400 (body) ->
// 400 (validation) -> 403 (privilege), the order ASP.NET's model binding and
// an in-action privilege check would give.

import { randomUUID } from 'node:crypto'
import { toIsoDate } from './dates'
import { renderDailyJob, renderDailySchedule, renderJobAction, renderScheduleAction, renderScheduleBuild, renderToken } from './render'
import { apiError, json, type Reply, type RequestContext, type Route } from './routing'
import type { Operation, SimState } from './state'
import type { JobActionName, ScheduleActionName, SimToken } from './types'
import { validateJobAction, validateScheduleAction, validateScheduleBuild, validateTokenRequest } from './validation'

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
function queryParam(query: URLSearchParams, name: string): string | null {
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

// ASP.NET routing ignores case and a trailing slash.
const path = (p: string): RegExp => new RegExp(`^${p}/?$`, 'i')

export function createApiRoutes(state: SimState): Route[] {
    return [
        { method: 'GET', pattern: path('/api/version'), handler: () => json(200, { opConRestApiProductVersion: OPCON_VERSION }) },
        { method: 'POST', pattern: path('/api/tokens'), handler: postTokens(state) },
        { method: 'POST', pattern: path('/api/jobactions'), handler: postJobActions(state) },
        { method: 'GET', pattern: path('/api/jobactions/([^/]+)'), handler: pollHandler(state, 'Job action', (id) => state.jobActions.get(id), renderJobAction) },
        { method: 'GET', pattern: path('/api/dailyjobs/([^/]+)'), handler: getDailyJob(state) },
        { method: 'POST', pattern: path('/api/schedulebuilds'), handler: postScheduleBuilds(state) },
        { method: 'GET', pattern: path('/api/schedulebuilds/([^/]+)'), handler: pollHandler(state, 'Schedule build', (id) => state.scheduleBuilds.get(id), renderScheduleBuild) },
        { method: 'GET', pattern: path('/api/dailyschedules'), handler: getDailySchedules(state) },
        { method: 'POST', pattern: path('/api/scheduleactions'), handler: postScheduleActions(state) },
        { method: 'GET', pattern: path('/api/scheduleactions/([^/]+)'), handler: pollHandler(state, 'Schedule action', (id) => state.scheduleActions.get(id), renderScheduleAction) },
    ]
}
