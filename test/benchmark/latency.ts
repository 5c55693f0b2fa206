// `npm run bench -- latency`: how long a failed OpCon job takes to become an
// incident with its ticket written back (pulled by the collector, pushed by
// OpCon), and how long an incident save takes to reach OpCon's accepted
// answer; p50 and p95 over 200 each (issue 21).
import { performance } from 'node:perf_hooks'
import type { HttpLogEntry } from '../bench/rest-message'
import { startConnector, type Connector } from '../app/support/connector'
import { namesJob, percentile, pollIntervalMs, seededRandom, seconds, millis, stampWallClock, type Figures, type WallStamps } from './timing'

const SAMPLES = 200
const PUSH_PATH = '/api/x_opcon/v1/opcon/failures'

const isTicketWrite = (entry: HttpLogEntry): boolean => ['addIncidentTicket', 'updateIncidentTicket'].includes(entry.fn) && entry.status >= 200 && entry.status < 300
const isAcceptedPost = (entry: HttpLogEntry): boolean => entry.fn === 'updateJobStatusById' && entry.status >= 200 && entry.status < 300

function scheduleDate(at: number): string {
    return new Date(at).toISOString().slice(0, 10).replace(/-/g, '')
}

function iso(at: number): string {
    return new Date(at).toISOString()
}

/** Seeds a job that failed at `at`; its uid, which the ticket calls name. */
async function seedFailed(c: Connector, id: string, at: number): Promise<number> {
    const job = await c.sim.seedJob({ id, status: 'Failed', scheduleName: 'LATENCY', machine: 'agent1', termination: 2, start: iso(at - 30_000), end: iso(at), output: { 'job.log': `run of ${id}\nERROR\n` } })
    return job.uid
}

/** The ticket write of the daily job with this uid (POST or PUT .../incidentTickets), answered 2xx. */
function ticketWriteOf(entries: HttpLogEntry[], uid: number): HttpLogEntry | undefined {
    return entries.find((entry) => isTicketWrite(entry) && new URL(entry.url).pathname.startsWith(`/api/dailyjobs/${uid}/incidentTickets`))
}

/**
 * Pull: 200 jobs fail at random moments over 20 bench minutes; the collector
 * (its scheduled job, on the bench clock) finds them. From the job's end (what
 * OpCon reports as the moment it failed) to the ticket write's answer, on the
 * bench clock: the run's own calls do not move it, so this is the wait for
 * the collector's turn (and the grace period).
 */
async function pull(c: Connector): Promise<Figures> {
    const interval = Number(c.instance.getProperty('x_opcon.collect_interval_minutes'))
    const grace = Number(c.instance.getProperty('x_opcon.failure_grace_minutes'))
    const random = seededRandom(21)
    const begin = c.instance.now() + 10_000
    const moments = Array.from({ length: SAMPLES }, () => begin + Math.floor(random() * 20 * 60_000)).sort((a, b) => a - b)
    const from = c.instance.httpLog.length
    const jobs: Array<{ uid: number; at: number }> = []
    for (const [i, at] of moments.entries()) {
        if (at > c.instance.now()) c.instance.advanceTime(at - c.instance.now())
        const id = `${scheduleDate(at)}|${300 + (i % 9)}|1|PULL-${i}`
        jobs.push({ uid: await seedFailed(c, id, at), at })
    }
    const written = (): Map<number, number> => {
        const found = new Map<number, number>()
        const writes = c.instance.httpLog.slice(from).filter(isTicketWrite)
        for (const job of jobs) {
            const write = ticketWriteOf(writes, job.uid)
            if (write) found.set(job.uid, write.at)
        }
        return found
    }
    for (let minute = 0; minute < 30 && written().size < jobs.length; minute++) c.instance.advanceTime(60_000)
    const at = written()
    const latencies = jobs.filter((job) => at.has(job.uid)).map((job) => at.get(job.uid)! - job.at)
    return {
        'failures (one server, at random moments over 20 bench minutes)': SAMPLES,
        'collector interval (x_opcon.collect_interval_minutes) / grace period (x_opcon.failure_grace_minutes)': `${interval} min / ${grace} min`,
        'bound: interval + grace': `${(interval + grace) * 60} s`,
        'failure → incident with its ticket written (bench clock), p50': seconds(percentile(latencies, 50)),
        'failure → incident with its ticket written (bench clock), p95': seconds(percentile(latencies, 95)),
        'failure → incident with its ticket written (bench clock), max': seconds(Math.max(...latencies)),
        'failures without a ticket written': SAMPLES - latencies.length,
    }
}

/**
 * Push: OpCon posts each failure to the connector's endpoint at a random
 * moment (one every 3 s on average). The event waits for the x_opcon.failures
 * queue's next poll (modelled: the bench runs events on drain(); polls every
 * poll_interval on the bench clock), then its worker works the failures of
 * that poll in order; the wall time from the poll to the ticket write's
 * answer is measured.
 */
async function push(c: Connector, stamps: WallStamps): Promise<Figures> {
    const pollMs = pollIntervalMs(c.instance, 'x_opcon.failures')
    const random = seededRandom(2101)
    const arrivals: number[] = []
    for (let t = 0; arrivals.length < SAMPLES;) {
        t += -Math.log(1 - random()) * 3000
        arrivals.push(t)
    }
    const base = c.instance.now() + 1000
    const waits: number[] = []
    const works: number[] = []
    const latencies: number[] = []
    let missing = 0
    let index = 0
    for (let poll = pollMs; index < arrivals.length; poll += pollMs) {
        const batch: Array<{ uid: number; arrival: number }> = []
        // The bench clock stays at the poll cycle's start while its pushes arrive: moving it would drain them.
        const cycleStart = base + poll - pollMs
        if (index < arrivals.length && arrivals[index] < poll && cycleStart > c.instance.now()) c.instance.advanceTime(cycleStart - c.instance.now())
        while (index < arrivals.length && arrivals[index] < poll) {
            const arrival = arrivals[index]
            const moment = base + Math.floor(arrival)
            const id = `${scheduleDate(moment)}|400|1|PUSH-${index}`
            const uid = await seedFailed(c, id, moment)
            const answer = c.instance.rest({ method: 'POST', path: PUSH_PATH, as: 'opcon.reporter', body: { address: c.sim.address, daily_job_id: id } })
            if (answer.status !== 202) throw new Error(`the push of ${id} was answered ${answer.status}: ${JSON.stringify(answer.body)}`)
            batch.push({ uid, arrival })
            index++
        }
        if (batch.length === 0) continue
        const from = c.instance.httpLog.length
        const started = performance.now()
        c.instance.drain()
        const writes = c.instance.httpLog.slice(from).filter(isTicketWrite)
        for (const job of batch) {
            const write = ticketWriteOf(writes, job.uid)
            const answered = write ? stamps.answeredAt(write) : undefined
            if (answered === undefined) {
                missing++
                continue
            }
            const wait = poll - job.arrival
            waits.push(wait)
            works.push(answered - started)
            latencies.push(wait + answered - started)
        }
    }
    return {
        'pushed failures (one every 3 s on average)': SAMPLES,
        'queue poll interval (x_opcon.failures, modelled)': seconds(pollMs),
        'POST → incident with its ticket written, p50': seconds(percentile(latencies, 50)),
        'POST → incident with its ticket written, p95': seconds(percentile(latencies, 95)),
        'of which waiting for the poll, p50 / p95': `${seconds(percentile(waits, 50))} / ${seconds(percentile(waits, 95))}`,
        'of which the work (wall, from the poll to the ticket\'s answer), p50 / p95': `${millis(percentile(works, 50))} / ${millis(percentile(works, 95))}`,
        'pushes without a ticket written': missing,
    }
}

/**
 * One incident save and its delivery: the wall time from the save to OpCon's
 * accepted answer to the POST, counted as the delivery queue's worker would
 * spend it (the bench's waitedMs for work queued on x_opcon.delivery before
 * it, then its own run up to the answer). Null when the POST was not
 * accepted during this drain.
 */
export function saveToAccepted(c: Connector, stamps: WallStamps, incident: string, jobId: string, state: number): { wallMs: number; savedAt: number } | null {
    const from = c.instance.httpLog.length
    const runsFrom = c.instance.eventRuns.length
    const savedAt = c.instance.now()
    const t0 = performance.now()
    c.instance.update('incident', incident, { state }, { as: 'agent' })
    const saveMs = performance.now() - t0
    c.instance.drain()
    const post = c.instance.httpLog.slice(from).find((entry) => isAcceptedPost(entry) && namesJob(entry, jobId))
    const answered = post ? stamps.answeredAt(post) : undefined
    if (answered === undefined) return null
    const run = stamps.runs(runsFrom).find((r) => r.queue === 'x_opcon.delivery' && r.start <= answered && answered <= r.end)
    if (!run) return null
    return { wallMs: saveMs + run.waitedMs + (answered - run.start), savedAt }
}

/** Save → OpCon: 200 linked incidents go In Progress (markUnderReview), each at a random moment of the delivery queue's poll cycle. */
async function save(c: Connector, stamps: WallStamps): Promise<Figures> {
    const pollMs = pollIntervalMs(c.instance, 'x_opcon.delivery')
    const random = seededRandom(2102)
    const incidents: Array<{ id: string; job: string }> = []
    for (let i = 0; i < SAMPLES; i++) {
        const job = `20191220|123|1|SAVE2OPCON${i}`
        await c.sim.seedJob({ id: job, status: 'Failed' })
        const id = c.instance.insert('incident', { short_description: `latency ${i}`, correlation_display: 'SMA_OPCON', correlation_id: `${c.sim.address},${job}`, state: 1 }, { as: 'opcon.admin' })!
        incidents.push({ id, job })
    }
    c.instance.drain()
    const walls: number[] = []
    const totals: number[] = []
    let missing = 0
    for (const { id, job } of incidents) {
        const measured = saveToAccepted(c, stamps, id, job, 2)
        if (!measured) {
            missing++
            continue
        }
        walls.push(measured.wallMs)
        totals.push(random() * pollMs + measured.wallMs)
        c.instance.advanceTime(3000)
    }
    return {
        'job actions (markUnderReview on 200 incidents)': SAMPLES,
        'queue poll interval (x_opcon.delivery, modelled)': seconds(pollMs),
        'save → OpCon\'s accepted answer, wall (no poll wait), p50 / p95': `${millis(percentile(walls, 50))} / ${millis(percentile(walls, 95))}`,
        'save → OpCon\'s accepted answer with the modelled poll wait, p50 / p95': `${seconds(percentile(totals, 50))} / ${seconds(percentile(totals, 95))}`,
        'actions not accepted at the first delivery': missing,
    }
}

export async function latency(): Promise<{ pull: Figures; push: Figures; save: Figures; ok: boolean }> {
    const c = await startConnector()
    try {
        const stamps = stampWallClock(c.instance)
        c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })
        await c.sim.setActionBehaviour({ apply: 'onFirstPoll', restartOutcome: 'Finished OK' })
        const pulled = await pull(c)
        const pushed = await push(c, stamps)
        const saved = await save(c, stamps)
        const ok = pulled['failures without a ticket written'] === 0 && pushed['pushes without a ticket written'] === 0 && saved['actions not accepted at the first delivery'] === 0
        return { pull: pulled, push: pushed, save: saved, ok }
    } finally {
        await c.stop()
    }
}
