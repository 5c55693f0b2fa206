// What one collector run asks OpCon for, and which listed failures are new.
// Dates are this instance's yesterday, today and tomorrow (and more days back
// if an admin asks): OpCon's schedule dates follow OpCon's own clock, so a
// time-zone difference between the two never hides a failure.
import { FAILED_PAGE_SIZE } from '../opcon/failure-requests.ts'
import { runKey, type FailedRun } from './failed-run.ts'

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
