// What the latency and storm figures are measured with: wall-clock moments of
// the instance's HTTP calls and event runs (the bench's own logs hold the
// bench clock, which stands still while a script runs), percentiles, a seeded
// random source, and the queues' poll intervals the bench does not model.
import { performance } from 'node:perf_hooks'
import { createPrng } from '../opcon-sim/faults'
import type { Instance } from '../bench/instance'
import type { HttpLogEntry } from '../bench/rest-message'
import type { EventRun } from '../bench/engine'

export type Figures = Record<string, string | number>

/** The same "random" moments on every run, so two runs measure the same arrivals (the simulator's seeded generator). */
export const seededRandom = createPrng

/** Nearest-rank percentile (p in 0..100) of the values. */
export function percentile(values: number[], p: number): number {
    if (values.length === 0) return NaN
    const sorted = [...values].sort((a, b) => a - b)
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

export function seconds(ms: number): string {
    return `${(ms / 1000).toFixed(2)} s`
}

export function millis(ms: number): string {
    return `${ms.toFixed(1)} ms`
}

/**
 * The wall-clock moment each HTTP call's answer was read and each event run
 * ended, taken as the bench appends them to `httpLog` and `eventRuns` (it
 * appends an HTTP entry once the answer is read, an event run once it ends).
 * A harness device: the platform has no such log.
 */
export interface WallStamps {
    answeredAt(entry: HttpLogEntry): number | undefined
    /** Event runs with their wall-clock start and end. */
    runs(from?: number): Array<EventRun & { start: number; end: number }>
}

export function stampWallClock(instance: Instance): WallStamps {
    const answered = new WeakMap<HttpLogEntry, number>()
    const ended = new WeakMap<EventRun, number>()
    const log = instance.httpLog as HttpLogEntry[]
    const pushLog = log.push.bind(log)
    log.push = (...entries: HttpLogEntry[]) => {
        for (const entry of entries) answered.set(entry, performance.now())
        return pushLog(...entries)
    }
    const events = instance.eventRuns as EventRun[]
    const pushEvent = events.push.bind(events)
    events.push = (...runs: EventRun[]) => {
        for (const run of runs) ended.set(run, performance.now())
        return pushEvent(...runs)
    }
    return {
        answeredAt: (entry) => answered.get(entry),
        runs: (from = 0) => events.slice(from).map((run) => {
            const end = ended.get(run) ?? NaN
            return { ...run, start: end - run.ranMs, end }
        }),
    }
}

/**
 * A queue's poll interval in ms, from its sysevent_queue record (`poll_interval`, a duration
 * stored as a date-time after the epoch): how long an event may wait before the queue's worker
 * looks ("Using custom queues to process events"). The bench runs events on drain() instead.
 */
export function pollIntervalMs(instance: Instance, queue: string): number {
    const [row] = instance.query('sysevent_queue', `queue=${queue}`)
    if (!row) throw new Error(`no sysevent_queue record for ${queue}`)
    return Date.parse(`${row.poll_interval.replace(' ', 'T')}Z`)
}

/** The daily job an HTTP call of the instance named, in its URL (decoded) or body. */
export function namesJob(entry: HttpLogEntry, jobId: string): boolean {
    let url = entry.url
    try {
        url = decodeURIComponent(entry.url)
    } catch {
        // a URL that does not decode is matched as sent
    }
    return url.includes(jobId) || (entry.requestBody ?? '').includes(jobId)
}
