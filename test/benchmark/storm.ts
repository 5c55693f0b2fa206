// `npm run bench -- storm`: a failure storm (issue 21). 5,000 jobs fail on 3
// OpCon servers within one minute, 4,000 of them on one server with the same
// termination code, with x_opcon.storm_grouping on; then the storm's parent
// is resolved with x_opcon.resolve_action = restart.
import { performance } from 'node:perf_hooks'
import { startOpConSim, type OpConSim } from '../opcon-sim/client'
import { createOpConAlias, startConnector, TOKEN, type Connector } from '../app/support/connector'
import { saveToAccepted } from './latency'
import { percentile, millis, seconds, stampWallClock, type Figures, type WallStamps } from './timing'

const COLLECT = 'OpCon: collect failed jobs'
const STORM = 5000
const SHARED = 4000
const SHARED_CODE = 137
/** Bench minutes the storm and the restarts may take before the section stops and says so. */
const STORM_MINUTES = 120
const RESOLVE_MINUTES = 240

interface StormJob { id: string; sim: OpConSim; at: number }

function propertyExists(c: Connector, name: string): boolean {
    return c.instance.query('sys_properties', `name=${name}`).length > 0
}

/** Sets a property the merged build has; says so when this build lacks it (the section then measures without it). */
function setIfPresent(c: Connector, name: string, value: string, missing: string[]): void {
    if (propertyExists(c, name)) c.instance.setProperty(name, value)
    else missing.push(name)
}

/**
 * Who fails: on server 1, 4,000 jobs with termination code 137 on 20 agents
 * (the outage) and 200 others; on servers 2 and 3, 400 each. The others
 * spread over 50 or 100 machines and codes, so none of their machines or
 * codes reaches a threshold of 10.
 */
function stormJob(i: number, day: string): { server: number; input: Parameters<OpConSim['seedJob']>[0] } {
    const output = { 'job.log': `run of STORM-${i}\nERROR\n` }
    if (i < SHARED) {
        return { server: 0, input: { id: `${day}|${500 + (i % 40)}|1|STORM-${i}`, status: 'Failed', scheduleName: `NIGHTLY-${i % 40}`, machine: `dbagent${i % 20}`, termination: SHARED_CODE, terminationDescription: `Exit Code ${SHARED_CODE}`, output } }
    }
    if (i < SHARED + 200) {
        return { server: 0, input: { id: `${day}|${600 + (i % 10)}|1|STORM-${i}`, status: 'Failed', scheduleName: `DAILY-${i % 10}`, machine: `a-misc-${i % 50}`, termination: 1000 + (i % 50), output } }
    }
    const server = i < SHARED + 600 ? 1 : 2
    return { server, input: { id: `${day}|${700 + (i % 10)}|1|STORM-${i}`, status: 'Failed', scheduleName: `BATCH-${i % 10}`, machine: `m${server}-${i % 100}`, termination: 2000 + (i % 100), output } }
}

/** Incidents linked to the storm's jobs, per job: links are what say which incident belongs to which job. */
function linksPerJob(c: Connector): Map<string, number> {
    const perJob = new Map<string, number>()
    for (const link of c.instance.query('x_opcon_binding', 'daily_job_idLIKESTORM-')) {
        const key = `${link.address},${link.daily_job_id}`
        perJob.set(key, (perJob.get(key) ?? 0) + 1)
    }
    return perJob
}

/** Parents and children, by incident.parent_incident; null when this build's instance has no such field. */
function parentsAndChildren(c: Connector): { parents: string[]; children: number } | null {
    if (!c.instance.schema.column('incident', 'parent_incident')) return null
    const children = c.instance.query('incident', 'parent_incidentISNOTEMPTY^correlation_display=SMA_OPCON')
    return { parents: [...new Set(children.map((row) => row.parent_incident))], children: children.length }
}

interface Unrelated { incident: string; job: string }

/** Linked incidents of older jobs (not the storm's), whose job actions the storm must not hold up. */
async function unrelatedIncidents(c: Connector, sims: OpConSim[], count: number): Promise<Unrelated[]> {
    const made: Unrelated[] = []
    for (let i = 0; i < count; i++) {
        const sim = sims[i % sims.length]
        const job = `20191220|123|1|CALM${i}`
        await sim.seedJob({ id: job, status: 'Failed' })
        const incident = c.instance.insert('incident', { short_description: `unrelated ${i}`, correlation_display: 'SMA_OPCON', correlation_id: `${sim.address},${job}`, state: 1 }, { as: 'opcon.admin' })!
        made.push({ incident, job })
    }
    c.instance.drain()
    return made
}

async function threeServers(): Promise<{ c: Connector; sims: OpConSim[]; stop: () => Promise<void> }> {
    const others = [await startOpConSim(), await startOpConSim()]
    const c = await startConnector({ extraCa: others.map((sim) => sim.ca!) })
    c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })
    for (const [i, sim] of others.entries()) {
        await sim.addToken(TOKEN, { user: 'snow', privileged: true })
        c.instance.insert('x_opcon_server', { name: `opcon-${i + 2}`, address: sim.address, base_url: sim.url, connection_alias: createOpConAlias(c.instance, { name: `opcon-${i + 2}`, url: sim.url, token: TOKEN }), active: true, collect_failures: true }, { as: 'opcon.admin' })
    }
    return { c, sims: [c.sim, ...others], stop: async () => { await c.stop(); for (const sim of others) await sim.stop() } }
}

/** One collector run as the scheduler runs it, timed on the wall clock: how long it holds its worker. */
function timedCollectorRun(c: Connector): number {
    const t0 = performance.now()
    c.instance.runScheduledJob(COLLECT)
    return performance.now() - t0
}

interface StormResult { figures: Figures; ok: boolean; parent: string | null; sims: OpConSim[] }

async function storm(c: Connector, sims: OpConSim[], stamps: WallStamps): Promise<StormResult> {
    const missing: string[] = []
    setIfPresent(c, 'x_opcon.storm_grouping', 'true', missing)
    await Promise.all(sims.map((sim) => sim.setActionBehaviour({ apply: 'onFirstPoll', restartOutcome: 'Finished OK' })))
    const calm = await unrelatedIncidents(c, sims, 90)
    // The same job actions before the storm, after three that warm the code up: what "delayed" is measured against.
    const before: number[] = []
    for (const [i, u] of calm.slice(0, 13).entries()) {
        const m = saveToAccepted(c, stamps, u.incident, u.job, 2)
        if (m && i >= 3) before.push(m.wallMs)
    }
    let nextCalm = 13
    const wallStart = performance.now()
    // The storm starts right after a collector run, so the whole minute of failures lands before the next.
    timedCollectorRun(c)
    c.instance.drain()
    const day = new Date(c.instance.now()).toISOString().slice(0, 10).replace(/-/g, '')
    const jobs: StormJob[] = []
    const seedStart = performance.now()
    for (let slice = 0; slice < 12; slice++) {
        const at = c.instance.now()
        const end = new Date(at).toISOString()
        for (let i = Math.floor((slice * STORM) / 12); i < Math.floor(((slice + 1) * STORM) / 12); i++) {
            const { server, input } = stormJob(i, day)
            await sims[server].seedJob({ ...input, start: new Date(at - 60_000).toISOString(), end })
            jobs.push({ id: input.id, sim: sims[server], at })
        }
        // 12 slices 4,999 ms apart: every failure within the minute before the next collector run.
        c.instance.advanceTime(4_999)
    }
    const seedSeconds = (performance.now() - seedStart) / 1000
    const firstFailure = jobs[0].at
    const runMs: number[] = []
    const during: number[] = []
    const late: Array<{ job: string; savedAt: number }> = []
    let allAt: number | null = null
    let minutes = 0
    for (; minutes < STORM_MINUTES; minutes++) {
        // 59,999 ms: the collector's next run (a minute after this one) stays for this loop to start and time.
        if (minutes > 0) c.instance.advanceTime(59_999)
        runMs.push(timedCollectorRun(c))
        // Two agents act on unrelated incidents while the collector's work is queued.
        for (let k = 0; k < 2 && nextCalm < calm.length; k++, nextCalm++) {
            const u = calm[nextCalm]
            const m = saveToAccepted(c, stamps, u.incident, u.job, 2)
            if (m) during.push(m.wallMs)
            else late.push({ job: u.job, savedAt: c.instance.now() })
        }
        c.instance.drain()
        const linked = linksPerJob(c).size
        if (linked >= STORM && allAt === null) allAt = c.instance.now()
        if (allAt !== null && c.instance.query('x_opcon_failure', 'stateINwaiting,confirming,working').length === 0) break
        if (minutes % 5 === 4) console.log(`  storm: bench minute ${minutes + 1}, ${linked} of ${STORM} jobs have their incident (${((performance.now() - wallStart) / 1000).toFixed(0)} s)`)
    }
    // Actions that were not accepted in their save's own delivery: how long until they were, on the bench clock.
    for (const pending of late) {
        const post = c.instance.httpLog.find((e) => e.fn === 'updateJobStatusById' && e.status >= 200 && e.status < 300 && e.at >= pending.savedAt && (e.requestBody ?? '').includes(pending.job))
        during.push(post ? post.at - pending.savedAt : Number.POSITIVE_INFINITY)
    }
    const perJob = linksPerJob(c)
    const duplicates = [...perJob.values()].filter((n) => n > 1).length
    const family = parentsAndChildren(c)
    const incidents = c.instance.query('incident', 'correlation_display=SMA_OPCON^short_descriptionNOT LIKEunrelated').length
    const figures: Figures = {
        'failed jobs (3 servers, within one bench minute)': `${STORM} (${SHARED} with termination code ${SHARED_CODE} on one server)`,
        'x_opcon.storm_grouping': missing.length > 0 ? 'not in this build: nothing groups' : 'true',
        'incidents (parents and children)': incidents,
        'parent incidents': family ? family.parents.length : 'none: incident.parent_incident is not on this build\'s bench',
        'child incidents (parent_incident set)': family ? family.children : 'n/a',
        'storm jobs with an incident': perJob.size,
        'jobs with more than one incident': duplicates,
        'time until every failure had its incident (bench minutes from the first failure)': allAt === null ? `not reached in ${STORM_MINUTES} bench minutes` : ((allAt - firstFailure) / 60_000).toFixed(1),
        'collector runs': runMs.length,
        'scheduler worker time per collector run (wall), max / median': `${seconds(Math.max(...runMs))} / ${seconds(percentile(runMs, 50))}`,
        'unrelated job actions during the storm: save → accepted, max / p50': `${millis(Math.max(...during))} / ${millis(percentile(during, 50))}`,
        'the same before the storm (10 actions), max / p50': `${millis(Math.max(...before))} / ${millis(percentile(before, 50))}`,
        'max delay by the storm (max during − p50 before)': millis(Math.max(0, Math.max(...during) - percentile(before, 50))),
        'unrelated actions not accepted in their own delivery': late.length,
        'wall time: seeding the 5,000 jobs / the storm until all were worked': `${seedSeconds.toFixed(0)} s / ${((performance.now() - wallStart) / 1000 - seedSeconds).toFixed(0)} s`,
    }
    const ok = duplicates === 0 && perJob.size === STORM
    return { figures, ok, parent: family && family.parents.length > 0 ? family.parents[0] : null, sims }
}

/**
 * Resolving the storm's parent with resolve_action = restart: the platform's
 * rule resolves its children, each child's job is restarted by its own
 * action. Calls per second are counted from each simulator's request log
 * (wall clock, OpCon's side) and from the instance's call log (bench clock).
 */
async function resolveParent(c: Connector, sims: OpConSim[], parent: string | null): Promise<{ figures: Figures; ok: boolean }> {
    if (parent === null) {
        return { figures: { 'resolve the storm\'s parent (restart)': 'not measured: no parent incident (storm grouping not in this build)' }, ok: true }
    }
    c.instance.setProperty('x_opcon.resolve_action', 'restart')
    // The pace as shipped (the bench's connector starts with 0, no pace, for the delivery figures).
    const shipped = c.instance.pkg.records.find((r) => r.table === 'sys_properties' && r.fields.name === 'x_opcon.max_calls_per_second')
    if (shipped) c.instance.setProperty('x_opcon.max_calls_per_second', String(shipped.fields.value))
    const pace = shipped ? Number(shipped.fields.value) : null
    const children = c.instance.query('incident', `parent_incident=${parent}`)
    const childJobs = new Set(children.map((row) => row.correlation_id.slice(row.correlation_id.indexOf(',') + 1)))
    const appliedBefore = await Promise.all(sims.map(async (sim) => (await sim.appliedActions()).length))
    for (const sim of sims) await sim.clearRequests()
    const logFrom = c.instance.httpLog.length
    const t0 = performance.now()
    c.instance.update('incident', parent, { state: 6, close_code: 'Solved (Permanently)', close_notes: 'The database is back: storm resolved.' }, { as: 'agent' })
    c.instance.drain()
    const childIds = new Set(children.map((row) => row.sys_id))
    const open = (): number => c.instance.query('x_opcon_action', 'stateINqueued,sending,sent,held').filter((row) => childIds.has(row.incident)).length
    let minutes = 0
    while (open() > 0 && minutes < RESOLVE_MINUTES) {
        c.instance.advanceTime(60_000)
        minutes++
    }
    const wall = (performance.now() - t0) / 1000
    const restarts = new Map<string, number>()
    for (const [i, sim] of sims.entries()) {
        for (const a of (await sim.appliedActions()).slice(appliedBefore[i])) {
            if (a.action === 'restart' && childJobs.has(a.jobId)) restarts.set(a.jobId, (restarts.get(a.jobId) ?? 0) + 1)
        }
    }
    const once = [...childJobs].filter((job) => restarts.get(job) === 1).length
    const twice = [...restarts.values()].filter((n) => n > 1).length
    // OpCon's side: API requests per wall-clock second, per server.
    let wallMax = 0
    for (const sim of sims) {
        const perSecond = new Map<string, number>()
        for (const r of await sim.requests()) if (r.path.startsWith('/api/')) perSecond.set(r.at.slice(0, 19), (perSecond.get(r.at.slice(0, 19)) ?? 0) + 1)
        wallMax = Math.max(wallMax, ...perSecond.values(), 0)
    }
    // The instance's side: calls per bench-clock second, per server.
    // The pace governs delivery's calls (server-pace.ts: the job read, the POST, the result reads); the
    // collector's listing is not paced (one listing a minute, in pages), so it is counted apart.
    const PACED = new Set(['updateJobStatusById', 'getJobActionResult', 'getDailyJob'])
    const benchPerSecond = new Map<string, number>()
    const allPerSecond = new Map<string, Map<string, number>>()
    for (const e of c.instance.httpLog.slice(logFrom)) {
        const key = `${new URL(e.url).host} ${Math.floor(e.at / 1000)}`
        if (PACED.has(e.fn)) benchPerSecond.set(key, (benchPerSecond.get(key) ?? 0) + 1)
        const fns = allPerSecond.get(key) ?? new Map<string, number>()
        fns.set(e.fn, (fns.get(e.fn) ?? 0) + 1)
        allPerSecond.set(key, fns)
    }
    const benchMax = Math.max(0, ...benchPerSecond.values())
    let busiest = { calls: 0, words: 'none' }
    for (const fns of allPerSecond.values()) {
        const calls = [...fns.values()].reduce((a, b) => a + b, 0)
        if (calls > busiest.calls) busiest = { calls, words: [...fns.entries()].map(([fn, n]) => `${n} ${fn}`).join(', ') }
    }
    const rows = c.instance.query('x_opcon_action').filter((row) => childIds.has(row.incident))
    const figures: Figures = {
        'children of the parent': children.length,
        'child jobs restarted exactly once': `${once} of ${childJobs.size}`,
        'child jobs restarted more than once': twice,
        'x_opcon.max_calls_per_second': pace === null ? 'not in this build' : pace,
        'job-action calls per second (job read, POST, result reads), max over bench-clock seconds, per server': benchMax,
        'all calls per second, max over bench-clock seconds, per server (with the collector\'s unpaced listing pages)': `${busiest.calls} (${busiest.words})`,
        'for reference: API requests per wall-clock second at the simulators (the bench compresses time: not the pace)': wallMax,
        'actions succeeded / other final / not final': `${rows.filter((r) => r.state === 'succeeded').length} / ${rows.filter((r) => ['failed', 'rejected', 'superseded', 'skipped'].includes(r.state)).length} / ${open()}`,
        'time until all were final': `${minutes} bench minutes, ${wall.toFixed(0)} s wall`,
    }
    // The pace is kept on the instance's clock (server-pace.ts), which the bench's clock is; a bench minute
    // passes in a moment of wall time, so the simulators' wall-clock rate says nothing about it.
    const ok = twice === 0 && once === childJobs.size && (pace === null || pace === 0 || benchMax <= pace)
    return { figures, ok }
}

export async function stormSection(): Promise<{ storm: Figures; resolve: Figures; ok: boolean }> {
    const { c, sims, stop } = await threeServers()
    try {
        const stamps = stampWallClock(c.instance)
        const s = await storm(c, sims, stamps)
        const r = await resolveParent(c, sims, s.parent)
        return { storm: s.figures, resolve: r.figures, ok: s.ok && r.ok }
    } finally {
        await stop()
    }
}
