// What one collector run asks OpCon for, and which listed failures are new.
// Dates are this instance's yesterday, today and tomorrow (and more days back
// if an admin asks): OpCon's schedule dates follow OpCon's own clock, so a
// time-zone difference between the two never hides a failure.
import { FAILED_PAGE_SIZE } from '../opcon/failure-requests.ts'
import { runKey, type FailedRun } from './failed-run.ts'
import { fairOrder } from '../sync/run-budget.ts'

/** A page this many jobs long ends the list; a full page asks for the next. No server has this many failures in three days. */
export const MAX_PAGES = 50

function isoDay(ms: number): string {
    return new Date(ms).toISOString().slice(0, 10)
}

/** The schedule dates to list, oldest first: `extraDays` before yesterday, yesterday, today, tomorrow (UTC days of `nowMs`). */
export function pollDates(nowMs: number, extraDays: number): string[] {
    const day = 86_400_000
    const dates: string[] = []
    for (let back = extraDays + 1; back >= -1; back--) dates.push(isoDay(nowMs - back * day))
    return dates
}

/** Whether another page follows a page of `count` jobs. */
export function morePages(count: number, pagesSoFar: number, pageSize = FAILED_PAGE_SIZE): boolean {
    return count >= pageSize && pagesSoFar < MAX_PAGES
}

/** The listed runs not seen before (by run key), each once even if OpCon listed it on two pages. */
export function newRuns(listed: readonly FailedRun[], known: ReadonlySet<string>): FailedRun[] {
    const seen = new Set(known)
    const fresh: FailedRun[] = []
    for (const run of listed) {
        const key = `${run.uid}#${runKey(run)}`
        if (seen.has(key)) continue
        seen.add(key)
        fresh.push(run)
    }
    return fresh
}

/** The identity a failure row is found by: the job's uid and the run. */
export function knownKey(uid: string, key: string): string {
    return `${uid}#${key}`
}

/** How often the collector job runs (fluent/failures/failures.now.ts). */
export const JOB_PERIOD_MS = 60_000

/** What the collector keeps on a server row about its listing of failed jobs. */
export interface ServerListing {
    sysId: string
    /** When its last complete listing started (ms), null when never. */
    listedAt: number | null
    /** The offset an unfinished listing goes on from; 0 when none is unfinished. */
    resumeAt: number
}

/**
 * Whether the server is listed in this run: an unfinished listing goes on at
 * once; otherwise x_opcon.collect_interval_minutes after the last complete
 * one started (a listing OpCon did not answer is not complete). An interval
 * of one run's period lists it on every run; a longer one allows half a
 * period early, so a run that starts a little early does not skip it.
 */
export function listingDue(server: ServerListing, nowMs: number, intervalMinutes: number): boolean {
    const intervalMs = intervalMinutes * 60_000
    if (server.resumeAt > 0 || server.listedAt === null || intervalMs <= JOB_PERIOD_MS) return true
    // A listing stamped in the future (the clock was set back) must not hold the server off.
    if (server.listedAt > nowMs) return true
    return nowMs - server.listedAt >= intervalMs - JOB_PERIOD_MS / 2
}

/**
 * The servers due in this run, in turn: the run's `turn` (its minute) picks
 * which goes first, so a server the runs before did not reach, because
 * another was slow, goes first within a few runs.
 */
export function listingOrder<T extends ServerListing>(servers: readonly T[], nowMs: number, intervalMinutes: number, turn: number): T[] {
    return fairOrder(servers.filter((server) => listingDue(server, nowMs, intervalMinutes)), (server) => server.sysId, turn)
}
