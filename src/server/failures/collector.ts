// Glide shell: the scheduled collector. Lists the Failed jobs of the recent
// schedule dates on every active server with "Open incidents for failed jobs"
// on, records each run not seen before (one query per page answers "seen?"),
// then works the failures that are due. A failure already handled costs no
// call beyond the list.
import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { inSeconds } from '../clock/glide-clock.ts'
import { callServer } from '../api/opcon-api.ts'
import { failedJobsRequest, FAILED_PAGE_SIZE } from '../opcon/failure-requests.ts'
import { openConnection } from '../opcon/server-registry.ts'
import { log } from '../log/log.ts'
import { knownKey, morePages, newRuns, pollDates } from './collect-plan.ts'
import { isFailedCategory, readRun, runKey, type FailedRun } from './failed-run.ts'
import { FAILURE_TABLE, OPEN_STATES, storeRun, workContext, workFailure, type WorkContext } from './failure-worker.ts'
import { recordCollectorRun } from '../overview/collector-run.ts'

/** One scheduled run works due failures for at most this long; the rest waits a minute. */
const RUN_BUDGET_MS = 45_000
/** Due failures one run looks at, at most. */
const DUE_BATCH = 200

export interface CollectSummary {
    servers: number
    listCalls: number
    newFailures: number
    worked: number
    problems: string[]
}

/** The scheduled job "OpCon: collect failed jobs". */
export function collectFailedJobs(): CollectSummary {
    const ctx = workContext()
    const summary: CollectSummary = { servers: 0, listCalls: 0, newFailures: 0, worked: 0, problems: [] }
    if (!ctx.settings.enabled) {
        log.info('Failed OpCon jobs were not collected: the connector is switched off (x_opcon.enabled).')
        return summary
    }
    const servers = new GlideRecord('x_opcon_server')
    servers.addQuery('active', true)
    servers.addQuery('collect_failures', true)
    servers.query()
    while (servers.next()) {
        summary.servers++
        recordCollectorRun(servers.getUniqueValue(), summary, () => collectServer(servers.getUniqueValue(), String(servers.getValue('address') ?? ''), ctx, summary))
    }
    summary.worked = workDueFailures(ctx)
    return summary
}

function collectServer(serverSysId: string, address: string, ctx: WorkContext, summary: CollectSummary): void {
    const opened = openConnection(address)
    if (!opened.ok) {
        summary.problems.push(opened.error.message)
        log.warn(`Failed jobs were not collected from ${address}: ${opened.error.message}`)
        return
    }
    const dates = pollDates(new GlideDateTime().getNumericValue(), ctx.failures.extraDays)
    for (let page = 0, offset = 0; ; page++) {
        const result = callServer(opened.value, failedJobsRequest(dates, offset), ctx.settings.httpTimeoutMs)
        summary.listCalls++
        if (!result.ok || !Array.isArray(result.data)) {
            const why = result.ok ? `OpCon ${address} answered the failed-jobs list with something that is not a list` : result.error?.message ?? 'no answer'
            summary.problems.push(why)
            // The next run lists again: nothing is lost, only delayed.
            log.warn(`Failed jobs could not be listed: ${why}`)
            return
        }
        const runs: FailedRun[] = []
        for (const item of result.data) {
            const read = readRun(item)
            if (!read.ok) log.warn(`${read.why} (OpCon ${address}); it was skipped.`)
            else if (isFailedCategory(read.run.category)) runs.push(read.run)
        }
        summary.newFailures += recordNew(serverSysId, address, runs, ctx)
        if (!morePages(result.data.length, page + 1)) return
        offset += FAILED_PAGE_SIZE
    }
}

/** Inserts a row for each run not recorded before; returns how many. */
function recordNew(serverSysId: string, address: string, runs: FailedRun[], ctx: WorkContext): number {
    if (runs.length === 0) return 0
    const known = new Set<string>()
    const rows = new GlideRecord(FAILURE_TABLE)
    rows.addQuery('server', serverSysId)
    rows.addQuery('run_key', 'IN', runs.map((run) => runKey(run)).join(','))
    rows.query()
    while (rows.next()) known.add(knownKey(String(rows.getValue('job_uid') ?? ''), String(rows.getValue('run_key') ?? '')))
    const fresh = newRuns(runs, known)
    const now = new GlideDateTime()
    for (const run of fresh) {
        const row = new GlideRecord(FAILURE_TABLE)
        row.initialize()
        row.setValue('server', serverSysId)
        row.setValue('address', address)
        row.setValue('daily_job_id', run.dailyJobId)
        storeRun(row, run)
        row.setValue('source', 'poll')
        row.setValue('state', 'waiting')
        row.setValue('first_seen', now.getValue())
        if (ctx.failures.graceMinutes > 0) row.setValue('next_attempt', inSeconds(ctx.failures.graceMinutes * 60))
        row.setValue('note', ctx.failures.graceMinutes > 0 ? `Seen failed; acted on if still failed after ${ctx.failures.graceMinutes} minutes (x_opcon.failure_grace_minutes).` : 'Seen failed.')
        if (String(row.insert() ?? '') === '') log.error(`The failure of OpCon job ${run.dailyJobId} on ${address} could not be recorded; the next poll tries again.`)
    }
    return fresh.length
}

/** Works the failures that are due, oldest first, within the run's budget. */
export function workDueFailures(ctx: WorkContext = workContext()): number {
    const started = Date.now()
    const due = new GlideRecord(FAILURE_TABLE)
    due.addQuery('state', 'IN', OPEN_STATES)
    due.addEncodedQuery(`next_attemptISEMPTY^ORnext_attempt<=${new GlideDateTime().getValue()}`)
    due.orderBy('first_seen')
    due.setLimit(DUE_BATCH)
    due.query()
    let worked = 0
    while (due.next() && Date.now() - started < RUN_BUDGET_MS) {
        const row = new GlideRecord(FAILURE_TABLE)
        if (!row.get(due.getUniqueValue())) continue
        try {
            workFailure(row, ctx)
            worked++
        } catch (error) {
            log.error(`Failure record ${due.getUniqueValue()} could not be worked: ${error instanceof Error ? error.message : String(error)}. It is tried again on the next run.`)
        }
    }
    return worked
}

/** Script action of x_opcon.failure.reported: works the pushed failure at once (parm1: its sys_id). */
export function onFailureReported(event: { parm1: string }, current: GlideRecord | null): void {
    // The SDK calls a script action's module with the parameters it names; the platform provides (event, current).
    void current
    const row = new GlideRecord(FAILURE_TABLE)
    if (!row.get(String(event.parm1 ?? ''))) return
    const next = String(row.getValue('next_attempt') ?? '')
    if (next !== '' && new GlideDateTime(next).getNumericValue() > new GlideDateTime().getNumericValue()) return
    const ctx = workContext()
    // Switched off since it was reported: it waits for the collector's first run after switching on.
    if (!ctx.settings.enabled) return
    workFailure(row, ctx)
}

