// The simulator's own control API under /__sim/: no auth, JSON in and out,
// never logged in the request log and never subject to faults, so tests can
// always set up and inspect state.

import { checkFaultRule, type FaultEngine } from './faults'
import { apiError, json, type Reply, type RequestContext, type Route } from './routing'
import { SimInputError, type SimState } from './state'
import { renderDocumentation, renderTicket } from './render'
import type { ActionBehaviour, AddTokenOptions, AddUserInput, FailJobInput, FinishJobInput, SeedJobInput, SeedScheduleInput } from './types'

function requireBody<T>(ctx: RequestContext): T {
    if (ctx.bodyError !== null) throw new SimInputError(`body is not valid JSON: ${ctx.bodyError}`)
    if (ctx.body === undefined) throw new SimInputError('a JSON body is required')
    return ctx.body as T
}

/** Control handlers throw SimInputError for bad input; this turns it into a 400. */
function guarded(handler: (ctx: RequestContext) => Reply): (ctx: RequestContext) => Reply {
    return (ctx) => {
        try {
            return handler(ctx)
        } catch (e) {
            if (e instanceof SimInputError) return json(400, { error: e.message })
            throw e
        }
    }
}

function seedJobs(state: SimState, ctx: RequestContext): Reply {
    const body = requireBody<SeedJobInput | SeedJobInput[]>(ctx)
    const jobs = (Array.isArray(body) ? body : [body]).map((j) => state.seedJob(j))
    return json(201, Array.isArray(body) ? jobs : jobs[0])
}

/** The control API takes the job id percent-encoded once (encodeURIComponent). */
function jobIdParam(ctx: RequestContext): string {
    try {
        return decodeURIComponent(ctx.params[0])
    } catch {
        throw new SimInputError('the job id is not correctly percent-encoded')
    }
}

function getJob(state: SimState, ctx: RequestContext): Reply {
    const id = jobIdParam(ctx)
    const job = state.jobs.get(id)
    return job ? json(200, job) : json(404, { error: `no job '${id}'` })
}

/** A job's view for the control API, or a 404; `view` runs only for a known job. */
function withJob(state: SimState, view: (job: NonNullable<ReturnType<SimState['jobs']['get']>>) => unknown): (ctx: RequestContext) => Reply {
    return (ctx) => {
        const id = jobIdParam(ctx)
        const job = state.jobs.get(id)
        return job ? json(200, view(job)) : json(404, { error: `no job '${id}'` })
    }
}

function optionalBody<T>(ctx: RequestContext): T {
    if (ctx.bodyError !== null) throw new SimInputError(`body is not valid JSON: ${ctx.bodyError}`)
    return (ctx.body ?? {}) as T
}

function addToken(state: SimState, ctx: RequestContext): Reply {
    const body = requireBody<AddTokenOptions & { token: string }>(ctx)
    const { token, ...opts } = body
    return json(201, state.addToken(token, opts))
}

function setFaults(faults: FaultEngine, ctx: RequestContext): Reply {
    const body = requireBody<unknown>(ctx)
    if (!Array.isArray(body)) throw new SimInputError('body must be an array of fault rules')
    try {
        faults.set(body.map((r, i) => checkFaultRule(r, i)))
    } catch (e) {
        throw new SimInputError((e as Error).message)
    }
    return json(200, faults.list())
}

function reset(state: SimState, faults: FaultEngine): Reply {
    state.reset()
    faults.clear()
    return json(200, { reset: true })
}

const path = (p: string): RegExp => new RegExp(`^/__sim/${p}/?$`)

export function createControlRoutes(state: SimState, faults: FaultEngine): Route[] {
    const routes: Array<[string, string, (ctx: RequestContext) => Reply]> = [
        ['POST', 'reset', () => reset(state, faults)],
        ['GET', 'users', () => json(200, [...state.users.values()].map((u) => ({ loginName: u.loginName, privileged: u.privileged })))],
        ['POST', 'users', (ctx) => json(201, state.addUser(requireBody<AddUserInput>(ctx)))],
        ['GET', 'tokens', () => json(200, [...state.tokens.values()])],
        ['POST', 'tokens', (ctx) => addToken(state, ctx)],
        ['GET', 'jobs', () => json(200, [...state.jobs.values()])],
        ['POST', 'jobs', (ctx) => seedJobs(state, ctx)],
        ['GET', 'jobs/([^/]+)', (ctx) => getJob(state, ctx)],
        ['POST', 'jobs/([^/]+)/fail', (ctx) => json(200, state.failJob(jobIdParam(ctx), optionalBody<FailJobInput>(ctx)))],
        ['POST', 'jobs/([^/]+)/finish', (ctx) => json(200, state.finishJob(jobIdParam(ctx), optionalBody<FinishJobInput>(ctx)))],
        ['GET', 'jobs/([^/]+)/tickets', withJob(state, (job) => job.tickets.map(renderTicket))],
        ['GET', 'jobs/([^/]+)/documentation', withJob(state, (job) => renderDocumentation(job))],
        ['GET', 'schedules', () => json(200, [...state.schedules.values()])],
        ['POST', 'schedules', (ctx) => json(201, state.seedSchedule(requireBody<SeedScheduleInput>(ctx)))],
        ['GET', 'dailyschedules', () => json(200, [...state.dailySchedules.values()])],
        ['GET', 'faults', () => json(200, faults.list())],
        ['PUT', 'faults', (ctx) => setFaults(faults, ctx)],
        ['DELETE', 'faults', () => (faults.clear(), json(200, []))],
        ['GET', 'requests', () => json(200, state.requests)],
        ['DELETE', 'requests', () => (state.clearRequests(), json(200, []))],
        ['GET', 'request-counts', () => json(200, state.counts)],
        ['GET', 'applied-actions', () => json(200, state.applied)],
        ['GET', 'pending', () => json(200, state.pending())],
        ['GET', 'behaviour', () => json(200, state.behaviour)],
        ['PUT', 'behaviour', (ctx) => json(200, state.setBehaviour(requireBody<Partial<ActionBehaviour>>(ctx)))],
    ]
    return routes.map(([method, p, handler]) => ({ method, pattern: path(p), handler: guarded(handler) }))
}

export function controlNotFound(method: string, rawPath: string): Reply {
    return apiError(404, `No control endpoint ${method} ${rawPath}`)
}
