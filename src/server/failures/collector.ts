// Glide shell: the scheduled collector. A run works the failures already due,
// then lists the Failed jobs of the recent schedule dates on each active
// server with "Open incidents for failed jobs" on whose turn it is
// (x_opcon.collect_interval_minutes), records each run not seen before (one
// query per page answers "seen?"), and works what came due. A failure
// already handled costs no call beyond the list. A run never holds its
// scheduler worker longer than RUN_LIMIT_MS (run-budget.ts): it starts a
// call only when the call's whole wait still fits, and leaves the rest to
// the next run, which starts with what this one did not reach.
import { writeFinalOutageWords } from '../storms/storm-grouping.ts'
import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { inSeconds } from '../clock/glide-clock.ts'
import { callServer } from '../api/opcon-api.ts'
import { failedJobsRequest, FAILED_PAGE_SIZE } from '../opcon/failure-requests.ts'
import { openConnection, type Connection } from '../opcon/server-registry.ts'
import { log } from '../log/log.ts'
import { fairOrder, runCall, runTurn, RUN_LIMIT_MS } from '../sync/run-budget.ts'
import { nowMs } from '../sync/run-clock.ts'
import { knownKey, listingOrder, morePages, newRuns, pollDates, type ServerListing } from './collect-plan.ts'
import { isFailedCategory, readRun, runKey, type FailedRun } from './failed-run.ts'
import { FAILURE_TABLE, OPEN_STATES, storeRun, workContext, workFailure, type WorkContext } from './failure-worker.ts'
import { recordCollectorRun } from '../overview/collector-run.ts'

/** Due failures one run looks at, at most. */
const DUE_BATCH = 200
/**
 * The failures already due get the first half of the time in which the run
 * may start calls: listing cannot keep them waiting while OpCon is slow, and
 * they cannot keep listing waiting (each one that fails backs off).
 */
const FIRST_WORK_SHARE = 0.5

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
    summary.worked += workDueFailures({ ...ctx, share: FIRST_WORK_SHARE })
    listDueServers(ctx, summary)
    summary.worked += workDueFailures(ctx)
    // Outages whose window closed: their parent gets the final count once.
    writeFinalOutageWords()
    if (ctx.budget.refused > 0) {
        log.warn(`The collector stopped starting calls to OpCon after ${Math.round(ctx.budget.elapsedMs() / 1000)} s (${ctx.budget.calls} call(s)): `
            + `a run holds its scheduler worker at most ${RUN_LIMIT_MS / 1000} s. The rest goes on in the next run.`)
    }
    return summary
}

interface ServerTurn extends ServerListing {
    address: string
}

/** The servers whose listing is due, in this run's turn (collect-plan.ts). */
function dueServers(ctx: WorkContext): ServerTurn[] {
    const servers = new GlideRecord('x_opcon_server')
    servers.addQuery('active', true)
    servers.addQuery('collect_failures', true)
    servers.query()
    const all: ServerTurn[] = []
    while (servers.next()) {
        const listed = String(servers.getValue('failures_listed') ?? '')
        all.push({
            sysId: servers.getUniqueValue(),
            address: String(servers.getValue('address') ?? ''),
            listedAt: listed === '' ? null : new GlideDateTime(listed).getNumericValue(),
            resumeAt: Math.max(0, parseInt(String(servers.getValue('failures_resume') ?? '0'), 10) || 0),
        })
    }
    return listingOrder(all, nowMs(), ctx.failures.collectIntervalMinutes, runTurn(nowMs()))
}

function listDueServers(ctx: WorkContext, summary: CollectSummary): void {
    for (const server of dueServers(ctx)) {
        if (!ctx.budget.hasTime()) return
        summary.servers++
        recordCollectorRun(server.sysId, summary, () => collectServer(server, ctx, summary))
    }
}

/**
 * Where the server's listing stands after its turn, as fields of its row (recordCollectorRun writes them
 * with the run's facts, in one update): a complete listing (resume 0) is stamped with when it started.
 */
function turnFields(startedAt: string, resumeAt: number): Record<string, string> {
    return resumeAt === 0 ? { failures_listed: startedAt, failures_resume: '0' } : { failures_resume: String(resumeAt) }
}

function collectServer(server: ServerTurn, ctx: WorkContext, summary: CollectSummary): Record<string, string> {
    const { address } = server
    const opened = openConnection(address)
    if (!opened.ok) {
        summary.problems.push(opened.error.message)
        log.warn(`Failed jobs were not collected from ${address}: ${opened.error.message}`)
        return {}
    }
    const startedAt = new GlideDateTime().getValue()
    const turn = listPages(opened.value, server, ctx, summary)
    return turn.complete || turn.resumeAt !== server.resumeAt ? turnFields(startedAt, turn.complete ? 0 : turn.resumeAt) : {}
}

/**
 * Lists pages from where the server's listing stands, while the run has time.
 * An unfinished listing goes on over this run's dates: one cut off across
 * midnight may miss a job for one pass, which the next full listing finds.
 * Not complete: the offset the next turn asks for (0 when even the first
 * page is still to be had: the server stays due).
 */
function listPages(connection: Connection, server: ServerTurn, ctx: WorkContext, summary: CollectSummary): { complete: boolean; resumeAt: number } {
    const { address } = server
    const dates = pollDates(new GlideDateTime().getNumericValue(), ctx.failures.extraDays)
    const { timeoutMs, waitMs } = runCall(ctx.settings.httpTimeoutMs, connection.server.midServer !== '', ctx.settings.midServerWaitMs)
    for (let offset = server.resumeAt; ;) {
        if (!ctx.budget.mayCall(waitMs)) return { complete: false, resumeAt: offset }
        ctx.budget.called()
        const result = callServer(connection, failedJobsRequest(dates, offset), timeoutMs)
        summary.listCalls++
        if (!result.ok || !Array.isArray(result.data)) {
            const why = result.ok ? `OpCon ${address} answered the failed-jobs list with something that is not a list` : result.error?.message ?? 'no answer'
            summary.problems.push(why)
            // The next listing asks for this page again: nothing is lost, only delayed.
            log.warn(`Failed jobs could not be listed: ${why}`)
            return { complete: false, resumeAt: offset }
        }
        const runs: FailedRun[] = []
        for (const item of result.data) {
            const read = readRun(item)
            if (!read.ok) log.warn(`${read.why} (OpCon ${address}); it was skipped.`)
            else if (isFailedCategory(read.run.category)) runs.push(read.run)
        }
        summary.newFailures += recordNew(server.sysId, address, runs, ctx)
        if (!morePages(result.data.length, offset / FAILED_PAGE_SIZE + 1)) return { complete: true, resumeAt: 0 }
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

/**
 * Works the failures that are due, oldest first within each server, taking
 * the servers in turn (fairOrder), while the run has time. A failure whose
 * next step needs a call the run has no time for keeps its place for the
 * next run; the ones after it may still go as far as they can without one.
 */
export function workDueFailures(ctx: WorkContext = workContext()): number {
    const due = new GlideRecord(FAILURE_TABLE)
    due.addQuery('state', 'IN', OPEN_STATES)
    due.addEncodedQuery(`next_attemptISEMPTY^ORnext_attempt<=${new GlideDateTime().getValue()}`)
    due.orderBy('first_seen')
    due.setLimit(DUE_BATCH)
    due.query()
    const rows: Array<{ sysId: string; server: string }> = []
    while (due.next()) rows.push({ sysId: due.getUniqueValue(), server: String(due.getValue('server') ?? '') })
    let worked = 0
    for (const { sysId } of fairOrder(rows, (row) => row.server, runTurn(nowMs()))) {
        if (!ctx.budget.hasTime()) break
        const row = new GlideRecord(FAILURE_TABLE)
        if (!row.get(sysId)) continue
        try {
            workFailure(row, ctx)
            worked++
        } catch (error) {
            log.error(`Failure record ${sysId} could not be worked: ${error instanceof Error ? error.message : String(error)}. It is tried again on the next run.`)
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

