// Glide shell: sends queued job actions to OpCon, one incident at a time and
// in order, follows each to its final outcome, retries transient failures on
// the schedule delivery-plan.ts decides, and tells the incident.
import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { inSeconds, nowValue } from '../clock/glide-clock.ts'
import { loadSettings } from '../settings/config.ts'
import { parseDailyJobId } from '../opcon/correlation.ts'
import {
    afterCheck, afterPoll, afterRefusedRead, afterSend, callWaitMs, IMMEDIATE_POLLS, isFinal, pauseAsked, pickNext, reconcile, staleSendingMs, type ActionState, type JobSnapshot, type PendingAction,
} from './delivery-plan.ts'
import { allowedActions, isJobAction, type JobActionName } from '../opcon/job-status.ts'
import { log } from '../log/log.ts'
import { callServer } from '../api/opcon-api.ts'
import { dailyJobRequest, jobActionRequest, jobActionResultRequest } from '../opcon/opcon-requests.ts'
import { interpretAsyncResult } from '../opcon/opcon-responses.ts'
import type { OpConResult } from '../opcon/opcon-result.ts'
import { findServer, openConnection, type Connection } from '../opcon/server-registry.ts'
import type { Settings } from '../settings/settings.ts'
import { notSentNote, outcomeNote } from './work-notes.ts'
import { fairOrder, runCall, runTurn, RUN_LIMIT_MS, type RunBudget } from './run-budget.ts'
import { nowMs, startRunNow } from './run-clock.ts'
import { noteOutageProgress } from '../storms/storm-progress.ts'
import { holdServer, takeSlot } from './server-pace-slots.ts'
import { QUEUED_EVENT } from './action-queue.ts'
import type { Built } from '../opcon/opcon-requests.ts'

/** Rows still in the incident's queue: a held one keeps its place (and blocks the later ones). */
const NON_FINAL = 'queued,sending,sent,held'
/** Rows one scheduled run looks at, at most: the rest waits for the next minute. */
const SCHEDULED_BATCH = 200

/**
 * What one delivery run may still do. An event (on the connector's own queue)
 * sends at most one action and reads at most one result: its worker stays
 * free for the next incident, and later reads belong to the scheduled job.
 * Either way a call starts only when its whole wait ends within the run's
 * limit (run-budget.ts); what does not fit waits for the next run.
 */
interface Budget {
    posts: number
    resultReads: number
    time: RunBudget
}

const eventBudget = (): Budget => ({ posts: 1, resultReads: 1, time: startRunNow() })
const scheduledBudget = (): Budget => ({ posts: Number.POSITIVE_INFINITY, resultReads: Number.POSITIVE_INFINITY, time: startRunNow() })

/** The timeout of the row's next call and whether the run still has time for it (counted as started when it has). */
function timeFor(budget: Budget, settings: Settings, connection: Connection): number | null {
    const { timeoutMs, waitMs } = runCall(settings.httpTimeoutMs, connection.server.midServer !== '', settings.midServerWaitMs)
    if (!budget.time.mayCall(waitMs)) return null
    budget.time.called()
    return timeoutMs
}

/** Whether the run has time for one more call to this server (without starting it). */
function hasTimeFor(budget: Budget, settings: Settings, connection: Connection): boolean {
    const { waitMs } = runCall(settings.httpTimeoutMs, connection.server.midServer !== '', settings.midServerWaitMs)
    return budget.time.mayCall(waitMs)
}

function isDue(row: GlideRecord): boolean {
    const next = String(row.getValue('next_attempt') ?? '')
    return next === '' || new GlideDateTime(next).getNumericValue() <= new GlideDateTime().getNumericValue()
}

function text(row: GlideRecord, field: string): string {
    return String(row.getValue(field) ?? '')
}

function count(row: GlideRecord, field: string): number {
    return parseInt(text(row, field) || '0', 10)
}

/** The incident's action to work on next (delivery-plan.ts decides which), and how many are pending. */
function nextFor(incidentSysId: string): { row: GlideRecord | null; pending: number } {
    const rows = new GlideRecord('x_opcon_action')
    rows.addQuery('incident', incidentSysId)
    rows.addQuery('state', 'IN', NON_FINAL)
    rows.orderBy('sys_created_on')
    rows.query()
    const pending: PendingAction[] = []
    // Stops on the last row (hasNext), so the record still holds it: usually the one to work on.
    while (rows.next()) {
        pending.push({ sysId: rows.getUniqueValue(), state: text(rows, 'state'), reconcile: rows.getValue('reconcile') === '1' })
        if (!rows.hasNext()) break
    }
    const next = pickNext(pending)
    if (next === null) return { row: null, pending: pending.length }
    // The only pending action (the usual case) is not read a second time.
    if (rows.getUniqueValue() === next) return { row: rows, pending: pending.length }
    const row = new GlideRecord('x_opcon_action')
    return { row: row.get(next) ? row : null, pending: pending.length }
}

// ---------- outcomes ----------

function jobReference(row: GlideRecord): { jobName: string; scheduleId: string; scheduleDate: string } {
    const parsed = parseDailyJobId(text(row, 'daily_job_id'))
    if (parsed.ok) return parsed.value
    return { jobName: text(row, 'job_name') || text(row, 'daily_job_id') || '(unknown)', scheduleId: '?', scheduleDate: '?' }
}

/** Whether the row's server is called through a MID server (its calls then wait the platform's cap, not the timeout). */
function viaMidServer(row: GlideRecord): boolean {
    const found = findServer(text(row, 'address'))
    return found.ok && found.server.midServer !== ''
}

function serverName(row: GlideRecord): string {
    const server = new GlideRecord('x_opcon_server')
    return server.get(text(row, 'server')) ? text(server, 'name') : text(row, 'address') || 'an unregistered OpCon server'
}

/** The work note for a final outcome, or null when none is due (property off, already written, not final). */
function noteFor(row: GlideRecord, settings: Settings): string | null {
    const state = text(row, 'state')
    const action = text(row, 'action')
    if (row.getValue('noted') === '1' || !settings.workNotes || !isJobAction(action)) return null
    if (state !== 'succeeded' && state !== 'failed' && state !== 'rejected' && state !== 'skipped') return null
    return (text(row, 'server') === '' && state === 'rejected') || state === 'skipped'
        ? notSentNote(action, text(row, 'message'))
        : outcomeNote({ action, job: jobReference(row), serverName: serverName(row), state, message: text(row, 'message') })
}

/** Adds the note after the row is saved: a failing incident rule must not keep the outcome from being recorded. */
function postNote(incidentSysId: string, note: string): void {
    const failed = (why: string) => log.error(`The work note for incident ${incidentSysId} could not be written (${why}): ${note}`)
    try {
        const incident = new GlideRecord('incident')
        if (!incident.get(incidentSysId)) {
            failed('the incident could not be read: it was deleted, or the instance refused the read')
            return
        }
        incident.setValue('work_notes', note)
        if (!incident.update()) failed('the instance refused the update; the system log has its reason')
    } catch (error) {
        failed(error instanceof Error ? error.message : String(error))
    }
}

function finish(row: GlideRecord, state: ActionState, message: string, settings: Settings): void {
    row.setValue('state', state)
    row.setValue('message', message)
    row.setValue('completed_on', nowValue())
    row.setValue('next_attempt', '')
    const note = noteFor(row, settings)
    if (note !== null) row.setValue('noted', '1')
    row.update()
    const line = `${text(row, 'action')} for OpCon job ${text(row, 'daily_job_id')} (action ${row.getUniqueValue()}) ${state}: ${message}`
    if (state === 'succeeded') log.info(line)
    else log.warn(line)
    if (note !== null) postNote(text(row, 'incident'), note)
    noteOutageProgress(text(row, 'incident'))
}

/**
 * Parks the row until its server is active again (server-lifecycle.ts resumes
 * it): a deactivated server is a pause an admin chose, not OpCon refusing.
 */
function hold(row: GlideRecord, heldFrom: 'queued' | 'sent', serverMessage: string): void {
    row.setValue('state', 'held')
    row.setValue('held_from', heldFrom)
    row.setValue('claim', '')
    row.setValue('message', `Held: ${serverMessage} The action waits and goes on when the server is active again.`)
    row.update()
    log.warn(`${text(row, 'action')} for OpCon job ${text(row, 'daily_job_id')} (action ${row.getUniqueValue()}) held: ${serverMessage}`)
}

/** A server the row cannot be sent to: held while inactive, failed in words otherwise (nothing sent). */
function serverUnusable(row: GlideRecord, heldFrom: 'queued' | 'sent', error: { code: string; message: string }, settings: Settings): void {
    if (error.code === 'inactive_server') {
        hold(row, heldFrom, error.message)
        return
    }
    const unknownFate = heldFrom === 'sent' || row.getValue('reconcile') === '1'
        ? ' OpCon may have applied it already: check the job in OpCon before acting again.' : ''
    finish(row, 'failed', `Not sent: ${error.message}${unknownFate}`, settings)
}

// ---------- pace (server-pace.ts) ----------

/**
 * Room for the row's next call to its server. Without it the row is left
 * where it is (only while still in `state`, so a worker that took it since is
 * not overwritten), due at the second it was booked for, and an event is
 * scheduled for then ("GlideSystem - Scoped" eventQueueScheduled: the
 * event's registered queue, x_opcon.delivery); the scheduled job picks the
 * row up if that event is lost.
 */
function paced(row: GlideRecord, connection: Connection, settings: Settings, waited: boolean, state: 'queued' | 'sent'): boolean {
    const slot = takeSlot(connection.server.sysId, settings.maxCallsPerSecond, waited)
    if (slot.ok) return true
    const booked = new GlideRecord('x_opcon_action')
    booked.addQuery('sys_id', row.getUniqueValue())
    booked.addQuery('state', state)
    booked.setValue('next_attempt', slot.wakeAt.getValue())
    booked.updateMultiple()
    row.setValue('next_attempt', slot.wakeAt.getValue())
    wakeUp(row, slot.wakeAt)
    return false
}

function wakeUp(row: GlideRecord, at: GlideDateTime): void {
    gs.eventQueueScheduled(QUEUED_EVENT, row, row.getUniqueValue(), text(row, 'incident'), at)
}

/** One call to OpCon; a pause OpCon asks for (429, Retry-After) holds every worker's calls to that server. */
function call(connection: Connection, built: Built, timeoutMs: number, settings: Settings): OpConResult<unknown> {
    const result = callServer(connection, built, timeoutMs)
    const pause = settings.maxCallsPerSecond > 0 && !result.ok ? pauseAsked(result.error) : null
    if (pause !== null) holdServer(connection.server.sysId, pause)
    return result
}

function queuedSeconds(row: GlideRecord): number {
    const created = text(row, 'sys_created_on')
    return created === '' ? 0 : Math.max(0, (nowMs() - new GlideDateTime(created).getNumericValue()) / 1000)
}

// ---------- sending ----------

function snapshotOf(result: OpConResult<unknown>): JobSnapshot | null {
    const job = result.data as { jobStatus?: { description?: string; category?: string }; start?: unknown; computedStartTime?: { time?: string; isEstimated?: boolean } } | null
    if (!result.ok || !job?.jobStatus) return null
    const started = job.start !== undefined && job.start !== null ? String(job.start)
        : job.computedStartTime && job.computedStartTime.isEstimated === false ? String(job.computedStartTime.time ?? '') : ''
    return { status: String(job.jobStatus.description ?? ''), category: String(job.jobStatus.category ?? ''), lastStart: started }
}

function retryLater(row: GlideRecord, retryInSeconds: number, reconcileNext: boolean, message: string, status: number, notAnAttempt = false, pauseAsked = false): void {
    // OpCon did not take it on (429, 503 with Retry-After): the attempt is given back.
    if (notAnAttempt) row.setValue('attempts', String(Math.max(0, count(row, 'attempts') - 1)))
    row.setValue('state', 'queued')
    row.setValue('next_attempt', inSeconds(retryInSeconds))
    row.setValue('message', `Attempt ${count(row, 'attempts')} failed; next attempt in ${retryInSeconds} s. ${message}`)
    row.setValue('http_status', String(status))
    if (reconcileNext) row.setValue('reconcile', '1')
    row.update()
    // A pause OpCon asked for is often seconds: an event at its end, rather than the scheduled job's next minute.
    if (pauseAsked) wakeUp(row, new GlideDateTime(text(row, 'next_attempt')))
}

/** A failed read/post before or instead of the action: retry while it makes sense. */
function handleFailure(row: GlideRecord, result: OpConResult<unknown>, settings: Settings): void {
    const decision = afterSend({ ok: false, error: result.error! }, count(row, 'attempts'), settings.maxAttempts, settings.retryBackoffSeconds, row.getValue('reconcile') === '1', queuedSeconds(row))
    if (decision.state === 'queued') retryLater(row, decision.retryInSeconds, decision.reconcile || row.getValue('reconcile') === '1', decision.message, result.status, decision.notAnAttempt, pauseAsked(result.error) !== null)
    else finish(row, decision.state as ActionState, 'message' in decision ? decision.message : '', settings)
}

/**
 * Takes the row for this worker: one conditional update (only while it is
 * still queued), then a re-read. Another worker that got there first wins and
 * this one leaves the row alone, so no action is sent twice by two workers.
 */
function claim(row: GlideRecord, settings: Settings, connection: Connection): boolean {
    const token = String(gs.generateGUID())
    const update = new GlideRecord('x_opcon_action')
    update.addQuery('sys_id', row.getUniqueValue())
    update.addQuery('state', 'queued')
    update.setValue('state', 'sending')
    update.setValue('claim', token)
    update.setValue('attempts', String(count(row, 'attempts') + 1))
    // The claim's own limit: a send that saved nothing by then died with its transaction,
    // judged by the wait its calls had when it started (not by settings changed since).
    update.setValue('stale_after', staleAt(settings, connection.server.midServer !== ''))
    update.updateMultiple()
    return row.get(row.getUniqueValue()) && text(row, 'claim') === token && text(row, 'state') === 'sending'
}

/** When a claimed send counts as interrupted: fixed at the claim; for a row claimed without one (an older version), from its last save. */
function staleLimit(row: GlideRecord, settings: Settings): GlideDateTime {
    const fixed = text(row, 'stale_after')
    if (fixed !== '') return new GlideDateTime(fixed)
    const at = new GlideDateTime(text(row, 'sys_updated_on'))
    at.add(staleSendingMs(callWaitMs(settings.httpTimeoutMs, viaMidServer(row), settings.midServerWaitMs)))
    return at
}

function staleAt(settings: Settings, viaMid: boolean): string {
    const at = new GlideDateTime()
    at.add(staleSendingMs(callWaitMs(settings.httpTimeoutMs, viaMid, settings.midServerWaitMs)))
    return at.getValue()
}

/**
 * Takes a sent row's result read for this worker, as claim() takes a send:
 * one conditional update that succeeds only while no other worker's read
 * claim is live, so two workers never both read and record one outcome.
 */
function claimRead(row: GlideRecord, settings: Settings, connection: Connection): boolean {
    const token = String(gs.generateGUID())
    const update = new GlideRecord('x_opcon_action')
    update.addQuery('sys_id', row.getUniqueValue())
    update.addEncodedQuery(`state=sent^stale_afterISEMPTY^ORstale_after<=${nowValue()}`)
    update.setValue('claim', token)
    update.setValue('stale_after', staleAt(settings, connection.server.midServer !== ''))
    update.updateMultiple()
    return row.get(row.getUniqueValue()) && text(row, 'claim') === token && text(row, 'state') === 'sent'
}

/**
 * No time left in the run for the next call of a claimed send: the row goes
 * back to the queue, due at once, as if this attempt had not been made; a
 * check is read again first.
 */
function unclaim(row: GlideRecord, checkAgain: boolean): void {
    row.setValue('state', 'queued')
    row.setValue('claim', '')
    row.setValue('stale_after', '')
    row.setValue('attempts', String(Math.max(0, count(row, 'attempts') - 1)))
    if (checkAgain) row.setValue('reconcile', '1')
    row.update()
}

function send(row: GlideRecord, settings: Settings, budget: Budget, waited: boolean): void {
    const action = text(row, 'action') as JobActionName
    // The server first: an inactive one holds the row without spending an attempt.
    const found = openConnection(text(row, 'address'))
    if (!found.ok) {
        serverUnusable(row, 'queued', found.error, settings)
        return
    }
    const connection = found.value
    // Not claimed without time for its first call: the row stays queued and due for the next run.
    if (!hasTimeFor(budget, settings, connection)) return
    // Room for the first call (the job read, or the POST) before the claim: without it the row stays queued.
    if (!paced(row, connection, settings, waited, 'queued')) return
    if (!claim(row, settings, connection)) return
    const jobId = text(row, 'daily_job_id')
    const checking = row.getValue('reconcile') === '1'

    const readJob = checking || (action === 'restart' && text(row, 'job_before') === '')
    if (readJob) {
        const readTimeout = timeFor(budget, settings, connection)
        if (readTimeout === null) {
            unclaim(row, checking)
            return
        }
        const read = call(connection, dailyJobRequest(jobId), readTimeout, settings)
        if (!read.ok) {
            handleFailure(row, read, settings)
            return
        }
        const now = snapshotOf(read)
        if (!now) {
            finish(row, 'failed', `OpCon answered the job read without a status; nothing was sent. Check the job in OpCon${checking ? ' before acting again' : ''}.`, settings)
            return
        }
        if (checking) {
            const before = text(row, 'job_before') ? (JSON.parse(text(row, 'job_before')) as JobSnapshot) : null
            const found = reconcile(action, before, now, allowedActions(now.status, now.category).includes(action))
            const decision = afterCheck(found, now.status, count(row, 'attempts'), settings.maxAttempts)
            if (decision.kind === 'finish') {
                finish(row, decision.state, decision.message, settings)
                return
            }
            row.setValue('reconcile', '0')
        }
        if (action === 'restart' && text(row, 'job_before') === '') row.setValue('job_before', JSON.stringify(now))
        // Saved before the POST: the snapshot must survive this transaction, and the save renews the claim.
        row.update()
    }

    const postTimeout = timeFor(budget, settings, connection)
    // After a job read the POST needs room of its own; a restart's snapshot is kept, so the next run goes straight to the POST.
    const slot = postTimeout !== null && readJob ? takeSlot(connection.server.sysId, settings.maxCallsPerSecond, true) : null
    if (postTimeout === null || (slot !== null && !slot.ok)) {
        if (slot !== null && !slot.ok) {
            row.setValue('next_attempt', slot.wakeAt.getValue())
            wakeUp(row, slot.wakeAt)
        }
        // A check read just now is read again before the send: by the next run it may be out of date.
        unclaim(row, checking)
        return
    }
    const posted = call(connection, jobActionRequest(jobId, action, text(row, 'reason')), postTimeout, settings)
    const accepted = posted.ok ? interpretAsyncResult(posted.data) : null
    row.setValue('http_status', String(posted.status))
    const decision = posted.ok
        ? afterSend({ ok: true, jobActionId: accepted?.id || null }, count(row, 'attempts'), settings.maxAttempts, settings.retryBackoffSeconds)
        : afterSend({ ok: false, error: posted.error! }, count(row, 'attempts'), settings.maxAttempts, settings.retryBackoffSeconds, false, queuedSeconds(row))
    if (decision.state === 'sent') {
        row.setValue('state', 'sent')
        row.setValue('job_action_id', decision.jobActionId)
        row.setValue('sent_on', nowValue())
        row.setValue('message', 'Accepted by OpCon; waiting for its result.')
        row.setValue('next_attempt', '')
        // The send's claim ends here; a result read takes its own (claimRead).
        row.setValue('stale_after', '')
        // Saved with the first result read: if this transaction dies before, the row stays
        // 'sending' and is settled by reading the job, never by blindly sending again.
        if (accepted && accepted.outcome !== 'submitted') {
            settle(row, accepted, settings)
            return
        }
        let reads = 0
        for (; reads < IMMEDIATE_POLLS && budget.resultReads > 0 && text(row, 'state') === 'sent'; reads++) {
            const pollTimeout = timeFor(budget, settings, connection)
            if (pollTimeout === null) break
            // No room for the first read: the row is saved as sent, due at the second it was booked for.
            const slot = takeSlot(connection.server.sysId, settings.maxCallsPerSecond, true)
            if (!slot.ok) {
                if (reads === 0) {
                    row.setValue('next_attempt', slot.wakeAt.getValue())
                    wakeUp(row, slot.wakeAt)
                }
                break
            }
            budget.resultReads -= 1
            poll(row, connection, settings, pollTimeout)
        }
        // No read made in this run: saved as sent, due for the next run (at once, or at its booked second).
        if (reads === 0) row.update()
        return
    }
    if (decision.state === 'queued') retryLater(row, decision.retryInSeconds, decision.reconcile, decision.message, posted.status, decision.notAnAttempt, pauseAsked(posted.error) !== null)
    else finish(row, decision.state as ActionState, decision.message, settings)
}

function settle(row: GlideRecord, result: { outcome: 'submitted' | 'success' | 'failed'; message: string } | null, settings: Settings): void {
    const decision = afterPoll(result, count(row, 'polls'))
    // The read is done: its claim ends with this save.
    row.setValue('stale_after', '')
    if (decision.state === 'sent') {
        row.setValue('next_attempt', inSeconds(decision.pollInSeconds))
        row.update()
        return
    }
    finish(row, decision.state, decision.message, settings)
}

function poll(row: GlideRecord, connection: Connection, settings: Settings, timeoutMs: number): void {
    row.setValue('polls', String(count(row, 'polls') + 1))
    const read = call(connection, jobActionResultRequest(text(row, 'job_action_id')), timeoutMs, settings)
    const refused = read.ok ? null : afterRefusedRead(read.error!)
    if (refused !== null) {
        // OpCon asked for a pause: read again after it (a 429 costs none of the action's reads).
        if (!refused.countsAsRead) row.setValue('polls', String(Math.max(0, count(row, 'polls') - 1)))
        row.setValue('stale_after', '')
        row.setValue('next_attempt', inSeconds(refused.readInSeconds))
        row.update()
        return
    }
    if (!read.ok) {
        if (read.error!.retryable) settle(row, null, settings)
        else finish(row, 'failed', `OpCon accepted the action, but its outcome could not be read: ${read.error!.message}`, settings)
        return
    }
    settle(row, interpretAsyncResult(read.data), settings)
}

// ---------- the queue of one incident ----------

/** Works through an incident's pending actions in order until one has to wait or the budget is spent. */
export function deliverIncident(incidentSysId: string, settings: Settings = loadSettings(), budget: Budget = scheduledBudget()): void {
    // Bounded: each pass either finishes an action or stops.
    for (let pass = 0; pass < 20; pass++) {
        const { row, pending } = nextFor(incidentSysId)
        if (!row || !isDue(row)) return
        const state = text(row, 'state')
        // A row coming back at a time it was given (a booked second, a retry) goes before rows that never waited.
        const waited = text(row, 'next_attempt') !== ''
        if (state === 'held') return
        if (state === 'sent') {
            if (budget.resultReads <= 0) return
            const found = openConnection(text(row, 'address'))
            if (!found.ok) {
                serverUnusable(row, 'sent', { code: found.error.code, message: `the result of OpCon job action ${text(row, 'job_action_id')} could not be read: ${found.error.message}` }, settings)
            } else if (!hasTimeFor(budget, settings, found.value)) {
                return
            } else if (!paced(row, found.value, settings, waited, 'sent')) {
                return
            } else if (claimRead(row, settings, found.value)) {
                const pollTimeout = timeFor(budget, settings, found.value)
                if (pollTimeout === null) {
                    // Read claims expire by themselves (stale_after): the next run reads it.
                    return
                }
                budget.resultReads -= 1
                poll(row, found.value, settings, pollTimeout)
            } else {
                return
            }
        } else if (state === 'sending') {
            // A send that never recorded its outcome (its transaction died): settle it by reading the job first.
            if (staleLimit(row, settings).getNumericValue() > new GlideDateTime().getNumericValue()) return
            const reset = new GlideRecord('x_opcon_action')
            reset.addQuery('sys_id', row.getUniqueValue())
            reset.addQuery('state', 'sending')
            reset.addQuery('claim', text(row, 'claim'))
            reset.setValue('state', 'queued')
            reset.setValue('reconcile', '1')
            reset.setValue('message', 'A send was interrupted before its outcome was saved; the job is read before anything is sent again.')
            reset.updateMultiple()
            continue
        } else {
            if (!settings.enabled || budget.posts <= 0) return
            budget.posts -= 1
            send(row, settings, budget, waited)
        }
        // Finished the only pending action: nothing more to look for.
        if (!isFinal(text(row, 'state')) || pending <= 1) return
    }
}

// ---------- a server's life ----------

function setAll(query: string, values: Record<string, string>): void {
    const rows = new GlideRecord('x_opcon_action')
    rows.addEncodedQuery(query)
    for (const [field, value] of Object.entries(values)) rows.setValue(field, value)
    rows.updateMultiple()
}

/** A server was deactivated: its waiting actions are held where they are (queued, or sent and awaiting a result). */
export function holdServerActions(serverSysId: string, serverName: string): void {
    const message = `Held: OpCon server ${serverName} was deactivated. The action waits and goes on when the server is active again.`
    for (const state of ['queued', 'sent']) setAll(`server=${serverSysId}^state=${state}`, { state: 'held', held_from: state, claim: '', message })
}

/** A server was activated again: its held actions go on from where they were, at once. */
export function resumeServerActions(serverSysId: string, serverName: string): void {
    const message = `Resumed: OpCon server ${serverName} is active again.`
    for (const state of ['queued', 'sent']) setAll(`server=${serverSysId}^state=held^held_from=${state}`, { state, held_from: '', next_attempt: '', message })
}

/** A server is being deleted: its unfinished actions fail, each saying whether OpCon may have it, with a work note. */
export function failServerActions(serverSysId: string, serverName: string, deletedBy: string): void {
    const settings = loadSettings()
    const rows = new GlideRecord('x_opcon_action')
    rows.addQuery('server', serverSysId)
    rows.addQuery('state', 'IN', NON_FINAL)
    rows.query()
    while (rows.next()) {
        const mayBeAtOpCon = ['sending', 'sent'].includes(text(rows, 'state')) || text(rows, 'held_from') === 'sent' || rows.getValue('reconcile') === '1'
        finish(rows, 'failed', mayBeAtOpCon
            ? `OpCon server ${serverName} was deleted by ${deletedBy} before the connector knew this action's outcome; OpCon may have applied it. Check the job in OpCon before acting again.`
            : `Not sent: OpCon server ${serverName} was deleted by ${deletedBy}. Act on the job in OpCon, or register the server again and use the OpCon Job button.`, settings)
    }
}

/** Script action for x_opcon.action.queued: `current` is the action row. */
export function onActionQueued(event: GlideRecord, current: GlideRecord): void {
    void event
    const incident = String(current.getValue('incident') ?? '')
    try {
        const settings = loadSettings()
        // Actions rejected while the incident was being saved get their note here, outside that save.
        const note = isFinal(String(current.getValue('state') ?? '')) ? noteFor(current, settings) : null
        if (note !== null) {
            current.setValue('noted', '1')
            current.update()
            postNote(String(current.getValue('incident') ?? ''), note)
        }
        deliverIncident(incident, settings, eventBudget())
    } catch (error) {
        // The scheduled job picks the action up again; an interrupted send is reconciled first.
        log.error(`Delivering OpCon actions for incident ${incident} failed: ${error instanceof Error ? error.message : String(error)}. The connector retries within a minute.`)
    }
}

/**
 * Scheduled job: retries and result reads that have come due, plus sends
 * interrupted mid-way. It reads only due rows, at most SCHEDULED_BATCH of
 * them, the one served longest ago first, and takes the servers in turn
 * (fairOrder); it starts a call only while the call's whole wait fits in the
 * run's limit (run-budget.ts), and what is left waits for the next minute.
 */
export function deliverDueActions(): void {
    const budget = scheduledBudget()
    const now = nowValue()
    const due = `next_attempt<=${now}^ORnext_attemptISEMPTY`
    const incidents: Array<{ incident: string; server: string }> = []
    const rows = new GlideRecord('x_opcon_action')
    rows.addEncodedQuery(`state=queued^${due}^NQstate=sent^${due}^NQstate=sending^stale_after<=${now}^NQstate=sending^stale_afterISEMPTY`)
    // Served rows are saved (a send, a result read): the ones a run did not reach come first in the next.
    rows.orderBy('sys_updated_on')
    rows.setLimit(SCHEDULED_BATCH)
    rows.query()
    while (rows.next()) {
        const incident = String(rows.getValue('incident') ?? '')
        if (incident && !incidents.some((entry) => entry.incident === incident)) incidents.push({ incident, server: String(rows.getValue('server') ?? '') })
    }
    const settings = loadSettings()
    const ordered = fairOrder(incidents, (entry) => entry.server, runTurn(nowMs()))
    let looked = 0
    for (const { incident } of ordered) {
        if (!budget.time.hasTime()) break
        looked++
        try {
            deliverIncident(incident, settings, budget)
        } catch (error) {
            log.error(`Delivering OpCon actions for incident ${incident} failed: ${error instanceof Error ? error.message : String(error)}`)
        }
    }
    if (budget.time.refused > 0 || looked < ordered.length) {
        log.warn(`Scheduled delivery stopped starting calls to OpCon after ${Math.round(budget.time.elapsedMs() / 1000)} s (${budget.time.calls} call(s)): `
            + `a run holds its scheduler worker at most ${RUN_LIMIT_MS / 1000} s. What is left goes on in the next run.`)
    }
    if (incidents.length > 0) log.debug(`Scheduled delivery looked at ${looked} of ${incidents.length} incident(s).`)
}
