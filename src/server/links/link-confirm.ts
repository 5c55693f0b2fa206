// Glide shell: asks OpCon about a job link that awaits its confirmation (the
// OpCon integration account's links). Runs on the connector's own event queue
// (event x_opcon.link.check, queued after the incident's save) and from a
// scheduled job that retries with the job actions' backoff. Reads the daily
// job from the registered server, as the failure worker does; link-check.ts
// decides. A confirmed link comes into force (the table's after rule retires
// older links); a refused one never does, and the incident's work notes and
// the log say why.
import { gs, GlideRecord } from '@servicenow/glide'
import { inSeconds, nowValue } from '../clock/glide-clock.ts'
import { callServer } from '../api/opcon-api.ts'
import { dailyJobRequest } from '../opcon/opcon-requests.ts'
import { openConnection } from '../opcon/server-registry.ts'
import { readRun } from '../failures/failed-run.ts'
import { loadSettings } from '../settings/config.ts'
import { log } from '../log/log.ts'
import { CAPS, journalText } from '../log/journal-text.ts'
import { holdsJob } from './job-link.ts'
import { jobHolder } from './job-links.ts'
import { decideLinkCheck, unreachableServer, type JobRead } from './link-check.ts'
import { fairOrder, runCall, runTurn, RUN_LIMIT_MS, type RunBudget } from '../sync/run-budget.ts'
import { nowMs, startRunNow } from '../sync/run-clock.ts'

export const LINK_CHECK_EVENT = 'x_opcon.link.check'
/** The connector's own event queue (fluent/delivery/delivery.now.ts): blocking calls never hold up the default queue. */
const CONNECTOR_QUEUE = 'x_opcon.delivery'
/** How often a link whose connector or server is switched off looks again. */
const WAIT_SECONDS = 300

function text(row: GlideRecord, field: string): string {
    return String(row.getValue(field) ?? '')
}

/** Queues the check of a pending link; the read happens after the save, on the connector's queue. */
export function queueLinkCheck(linkSysId: string, incidentSysId: string): void {
    const row = new GlideRecord('x_opcon_binding')
    row.get(linkSysId)
    gs.eventQueue(LINK_CHECK_EVENT, row, linkSysId, incidentSysId, CONNECTOR_QUEUE)
}

/** Script action of x_opcon.link.check (parm1: the link's sys_id). */
export function onLinkCheck(event: { parm1: unknown }, current: GlideRecord | null): void {
    void current
    try {
        checkLink(String(event.parm1 ?? ''), startRunNow())
    } catch (error) {
        log.error(`The link ${String(event.parm1 ?? '')} could not be checked with OpCon: ${error instanceof Error ? error.message : String(error)}. It stays unconfirmed; the scheduled job "OpCon: confirm pending job links" tries again.`)
    }
}

/**
 * Scheduled: the pending links whose next read is due (retries, and any whose
 * event was lost), the servers taken in turn (fairOrder). A read starts only
 * while its whole wait fits in the run's limit (run-budget.ts); a link not
 * reached stays due for the next run.
 */
export function checkDueLinks(): void {
    const budget = startRunNow()
    const due = new GlideRecord('x_opcon_binding')
    due.addQuery('state', 'pending')
    due.addEncodedQuery(`next_checkISEMPTY^ORnext_check<=${nowValue()}`)
    due.orderBy('sys_created_on')
    due.setLimit(50)
    due.query()
    const links: Array<{ id: string; address: string }> = []
    while (due.next()) links.push({ id: due.getUniqueValue(), address: text(due, 'address') })
    for (const { id } of fairOrder(links, (link) => link.address, runTurn(nowMs()))) {
        if (!budget.hasTime()) break
        try {
            checkLink(id, budget)
        } catch (error) {
            log.error(`The link ${id} could not be checked with OpCon: ${error instanceof Error ? error.message : String(error)}. It stays unconfirmed.`)
        }
    }
    if (budget.refused > 0) {
        log.warn(`Confirming pending job links stopped starting reads of OpCon after ${Math.round(budget.elapsedMs() / 1000)} s (${budget.calls} read(s)): `
            + `a run holds its scheduler worker at most ${RUN_LIMIT_MS / 1000} s. The rest is read in the next run.`)
    }
}

function incidentNumber(sysId: string): string {
    const incident = new GlideRecord('incident')
    return incident.get(sysId) ? text(incident, 'number') : sysId
}

function noteOnIncident(sysId: string, note: string): void {
    const incident = new GlideRecord('incident')
    if (!incident.get(sysId)) return
    incident.setValue('work_notes', journalText(note, CAPS.note))
    incident.update()
}

function refuse(row: GlideRecord, number: string, note: string): void {
    row.setValue('state', 'refused')
    row.setValue('active', false)
    row.setValue('check_note', note.slice(0, 1000))
    row.setValue('next_check', '')
    row.update()
    noteOnIncident(text(row, 'incident'), note)
    log.warn(`${note} (link ${row.getUniqueValue()}, ${number})`)
}

function checkLink(linkSysId: string, budget: RunBudget): void {
    const row = new GlideRecord('x_opcon_binding')
    if (linkSysId === '' || !row.get(linkSysId) || text(row, 'state') !== 'pending') return
    const incident = text(row, 'incident')
    const number = incidentNumber(incident)
    const job = { address: text(row, 'address'), dailyJobId: text(row, 'daily_job_id') }
    const settings = loadSettings()
    if (!settings.enabled) {
        row.setValue('check_note', 'The OpCon Connector is switched off (x_opcon.enabled): OpCon is asked once it is on again.')
        row.setValue('next_check', inSeconds(WAIT_SECONDS))
        row.update()
        return
    }
    const opened = openConnection(job.address)
    if (!opened.ok) {
        // Switched off by an admin: the link waits for the server, as job actions and failures do.
        if (opened.error.code === 'inactive_server') {
            row.setValue('check_note', `${opened.error.message} OpCon is asked once the server is active again.`.slice(0, 1000))
            row.setValue('next_check', inSeconds(WAIT_SECONDS))
            row.update()
            return
        }
        refuse(row, number, unreachableServer(number, job, opened.error.message))
        return
    }
    const connection = opened.value
    const { timeoutMs, waitMs } = runCall(settings.httpTimeoutMs, connection.server.midServer !== '', settings.midServerWaitMs)
    // No time left in this run: the link stays due, unchanged, for the next one.
    if (!budget.mayCall(waitMs)) return
    budget.called()
    const result = callServer(connection, dailyJobRequest(job.dailyJobId), timeoutMs)
    let read: JobRead
    if (result.ok) {
        const run = readRun(result.data)
        read = run.ok
            ? { ok: true, dailyJobId: run.run.dailyJobId, statusDescription: run.run.statusDescription, category: run.run.category }
            : { ok: false, code: 'unreadable', message: `${run.why}.`, retryable: false }
    } else {
        read = { ok: false, code: result.error?.code ?? 'unknown', message: result.error?.message ?? 'no answer.', retryable: result.error?.retryable === true }
    }
    const attempts = (parseInt(text(row, 'attempts') || '0', 10) || 0) + 1
    row.setValue('attempts', String(attempts))
    const decision = decideLinkCheck(read, {
        number, job, serverName: connection.server.name, attempts,
        maxAttempts: settings.maxAttempts, backoffBaseSeconds: settings.retryBackoffSeconds,
    })
    if (decision.kind === 'retry') {
        row.setValue('check_note', decision.note.slice(0, 1000))
        row.setValue('next_check', inSeconds(decision.inSeconds))
        row.update()
        log.warn(`${number}: ${decision.note}`)
        return
    }
    if (decision.kind === 'refuse') {
        refuse(row, number, decision.note)
        return
    }
    // Between the save and this read, the connector or an admin may have linked the job to another incident.
    const holder = jobHolder(job, incident)
    if (holder && holdsJob(holder)) {
        refuse(row, number, `The link of ${number} to OpCon job ${job.dailyJobId} on ${job.address} was refused: that job is linked to ${holder.incidentNumber} ` +
            `by ${holder.how === 'app' ? 'the connector itself' : 'an OpCon Connector admin'}, and such a link stands until that incident is closed or canceled. ` +
            'An OpCon Connector admin who has checked the job in OpCon can move it with "Link to OpCon job".')
        return
    }
    row.setValue('state', 'confirmed')
    row.setValue('active', true)
    row.setValue('check_note', decision.note.slice(0, 1000))
    row.setValue('next_check', '')
    // The table's after rule (link-rules.ts retireOlderLinks) retires the older links now that this one is in force.
    row.update()
    // No work note: the link's row says what OpCon said; only a refusal is the incident's business.
    log.info(`${number}: ${decision.note}`)
}
