// Glide shell: works one failure row through its steps, each idempotent and
// recorded on the row: confirm the run is (still) failed when that needs a
// read, act on the incident, write the ticket back to OpCon, add the
// previous ticket to the job's documentation, attach the job log. A
// transient OpCon error is retried with the job actions' backoff; a step that
// keeps failing is given up in words, never at the incident's expense. A
// failure not yet worked is never given up: while OpCon cannot be asked it
// stays due (asked again at most an hour apart), and an incident write the
// instance refuses waits, in state refused, for an admin's Retry.
import { gs, GlideRecord } from '@servicenow/glide'
import { inSeconds, nowValue } from '../clock/glide-clock.ts'
import { callServer } from '../api/opcon-api.ts'
import { findAgentCi } from '../cmdb/cmdb.ts'
import { dailyJobRequest } from '../opcon/opcon-requests.ts'
import {
    addIncidentTicketRequest, documentationRequest, incidentTicketsRequest, jobOutputRequest, jobOutputResultRequest,
    setDocumentationRequest, updateIncidentTicketRequest,
} from '../opcon/failure-requests.ts'
import { interpretAsyncResult } from '../opcon/opcon-responses.ts'
import type { OpConResult } from '../opcon/opcon-result.ts'
import { openConnection, type Connection } from '../opcon/server-registry.ts'
import { log } from '../log/log.ts'
import { loadSettings } from '../settings/config.ts'
import type { Settings } from '../settings/settings.ts'
import { backoffSeconds } from '../sync/delivery-plan.ts'
import { runCall, type RunBudget } from '../sync/run-budget.ts'
import { startRunNow } from '../sync/run-clock.ts'
import { incidentValuesFor } from '../templates/templates.ts'
import { isFailedCategory, readRun, runKey, type FailedRun } from './failed-run.ts'
import { confirmFailure, decideIncident, INCIDENT_STATE } from './failure-decision.ts'
import { loadFailureSettings } from './failure-config.ts'
import type { FailureSettings } from './failure-settings.ts'
import { appendCall, askAgainNote, callLine, failedAgainNote, openedNote, refusedNote, reopenedNote, replacedNote } from './failure-words.ts'
import { attachLog, incidentNumber, linkedIncidentOf, noteOn, openIncident, touchIncident } from './incident-writer.ts'
import { capLog, logFileName, readOutputItems } from './job-log.ts'
import { childOpened, parentFor, parentOfReopened } from '../storms/storm-grouping.ts'
import { incidentUrl, planTicket, readDocumentation, readTickets, withPreviousTicket } from './ticket-plan.ts'

export const FAILURE_TABLE = 'x_opcon_failure'
/** Rows still to work on. */
export const OPEN_STATES = 'waiting,confirming,working'
/** A failure the instance refused to act on: it waits for an admin's Retry (failure-retry.ts). */
export const REFUSED_STATE = 'refused'
/** How long one run may hold a row before another may take it over. */
const CLAIM_SECONDS = 300
/** Job-output results read right away before the row waits for the next run. */
const OUTPUT_POLLS = 3
/** How often a failure whose server was switched off looks again. */
const SERVER_WAIT_SECONDS = 300

export interface WorkContext {
    settings: Settings
    failures: FailureSettings
    instanceUrl: string
    /** The run's time (run-budget.ts): a call starts only if its whole wait ends within the run's limit. */
    budget: RunBudget
    /** The part of the run's call time in which this phase may start a row's first call (run-budget.ts mayCall). */
    share: number
}

/** The context of one run (a collector run, or one reported failure's event): its budget starts now. */
export function workContext(): WorkContext {
    return {
        settings: loadSettings(),
        failures: loadFailureSettings(),
        instanceUrl: String(gs.getProperty('glide.servlet.uri', '') ?? ''),
        budget: startRunNow(),
        share: 1,
    }
}

/**
 * The run has no time left for the call a step needs: the row keeps what it
 * has done so far and stays due, and the next run goes on from there.
 */
class NoTimeLeft extends Error {
    constructor() {
        super('no time left in this run for a call to OpCon')
    }
}

function text(row: GlideRecord, field: string): string {
    return String(row.getValue(field) ?? '')
}

/** Takes the row for this run, unless another run holds it (a conditional update: the platform applies it to one row or none). */
function claim(row: GlideRecord): boolean {
    const token = String(gs.generateGUID())
    const update = new GlideRecord(FAILURE_TABLE)
    update.addQuery('sys_id', row.getUniqueValue())
    update.addQuery('state', 'IN', OPEN_STATES)
    update.addEncodedQuery(`claimed_untilISEMPTY^ORclaimed_until<=${nowValue()}`)
    update.setValue('claim', token)
    update.setValue('claimed_until', inSeconds(CLAIM_SECONDS))
    update.updateMultiple()
    return row.get(row.getUniqueValue()) && text(row, 'claim') === token
}

function record(row: GlideRecord, result: OpConResult<unknown>, purpose: string): void {
    const outcome = result.ok ? 'ok' : `${result.error?.code}: ${result.error?.message ?? ''}`
    row.setValue('calls', appendCall(text(row, 'calls'), callLine(nowValue(), purpose, result.status, outcome)))
}

function call(row: GlideRecord, connection: Connection, built: ReturnType<typeof dailyJobRequest>, ctx: WorkContext): OpConResult<unknown> {
    const { timeoutMs, waitMs } = runCall(ctx.settings.httpTimeoutMs, connection.server.midServer !== '', ctx.settings.midServerWaitMs)
    if (!ctx.budget.mayCall(waitMs, ctx.share)) throw new NoTimeLeft()
    ctx.budget.called()
    // The phase's share decides whether a row starts; once started, its next calls may use the whole run.
    ctx.share = 1
    const result = callServer(connection, built, timeoutMs)
    record(row, result, built.ok ? built.request.purpose : 'an invalid request')
    return result
}

/** The run as stored on the row. */
function storedRun(row: GlideRecord): FailedRun {
    return {
        uid: text(row, 'job_uid'), dailyJobId: text(row, 'daily_job_id'), jobName: text(row, 'job_name'), scheduleName: text(row, 'schedule_name'),
        scheduleDate: text(row, 'schedule_date'), machine: text(row, 'machine'), jobNumber: text(row, 'job_number'), startedAt: '', endedAt: text(row, 'run_ended'),
        statusDescription: text(row, 'job_status'), category: 'Failed', termination: text(row, 'termination'), terminationDescription: text(row, 'termination_description'), ticketId: '',
    }
}

/** Copies what OpCon said about the run onto the row. */
export function storeRun(row: GlideRecord, run: FailedRun): void {
    row.setValue('job_uid', run.uid)
    row.setValue('job_name', run.jobName)
    row.setValue('schedule_name', run.scheduleName)
    row.setValue('schedule_date', run.scheduleDate)
    row.setValue('machine', run.machine)
    row.setValue('job_number', run.jobNumber)
    row.setValue('run_key', runKey(run))
    row.setValue('run_ended', run.endedAt)
    row.setValue('job_status', run.statusDescription)
    row.setValue('termination', run.termination)
    row.setValue('termination_description', run.terminationDescription.slice(0, 1000))
}

function finish(row: GlideRecord, state: 'done' | 'recovered' | 'not_failed' | 'error', note: string): void {
    row.setValue('state', state)
    row.setValue('note', note.slice(0, 4000))
    row.setValue('next_attempt', '')
    row.setValue('claimed_until', '')
    row.update()
}

/** A transient failure: try again later, or give up after x_opcon.max_attempts. Returns true when given up. */
function retryLater(row: GlideRecord, result: OpConResult<unknown>, ctx: WorkContext): boolean {
    const attempts = (parseInt(text(row, 'attempts') || '0', 10) || 0) + 1
    row.setValue('attempts', String(attempts))
    if (!result.error?.retryable || attempts >= ctx.settings.maxAttempts) return true
    row.setValue('next_attempt', inSeconds(backoffSeconds(attempts, ctx.settings.retryBackoffSeconds)))
    row.setValue('claimed_until', '')
    row.update()
    return false
}

/**
 * OpCon could not be asked whether the job is still failed: the failure stays
 * due, asked again after the job actions' backoff (capped at an hour), however
 * many attempts that takes. Nothing is given up before OpCon answers.
 */
function askAgainLater(row: GlideRecord, result: OpConResult<unknown>, ctx: WorkContext): void {
    const attempts = (parseInt(text(row, 'attempts') || '0', 10) || 0) + 1
    const at = inSeconds(backoffSeconds(attempts, ctx.settings.retryBackoffSeconds))
    row.setValue('attempts', String(attempts))
    row.setValue('next_attempt', at)
    row.setValue('claimed_until', '')
    row.setValue('note', askAgainNote(result.error?.message ?? 'no answer.', attempts, at).slice(0, 4000))
    row.update()
}

/** The instance refused the incident write: the row waits for an admin (the Retry button makes it due again). */
function refuse(row: GlideRecord, why: string, consequence: string): void {
    const note = refusedNote(why, consequence)
    row.setValue('state', REFUSED_STATE)
    row.setValue('note', note.slice(0, 4000))
    row.setValue('next_attempt', '')
    row.setValue('claimed_until', '')
    row.update()
    log.error(`Failed OpCon job ${text(row, 'daily_job_id')} on ${text(row, 'address')} (failure record ${row.getUniqueValue()}): ${note}`)
}

/**
 * Works the row as far as it can go now. Returns false when the row waits
 * (grace period, a retry, a job log still being prepared, no time left in
 * this run for its next call).
 */
export function workFailure(row: GlideRecord, ctx: WorkContext): boolean {
    if (!claim(row)) return false
    try {
        return workClaimed(row, { ...ctx })
    } catch (error) {
        if (!(error instanceof NoTimeLeft)) throw error
        // Saved as far as it got, and released: due again at once for the next run.
        row.setValue('claimed_until', '')
        row.update()
        return false
    }
}

function workClaimed(row: GlideRecord, ctx: WorkContext): boolean {
    const address = text(row, 'address')
    const opened = openConnection(address)
    if (!opened.ok) {
        // Switched off by an admin: the failure waits for the server, as its job actions do (delivery holds them).
        if (opened.error.code === 'inactive_server') {
            row.setValue('note', `${opened.error.message} The failure waits until the server is active again.`.slice(0, 4000))
            row.setValue('next_attempt', inSeconds(SERVER_WAIT_SECONDS))
            row.setValue('claimed_until', '')
            row.update()
            return false
        }
        // Unregistered or unusable: nothing is opened behind the admin's back; the row says why.
        finish(row, 'error', `${opened.error.message} No incident was opened for this failure.`)
        return true
    }
    const connection = opened.value
    if (text(row, 'state') !== 'working' && !confirm(row, connection, ctx)) return false
    if (text(row, 'state') !== 'working') return true
    if (text(row, 'incident') === '' && !actOnIncident(row, connection, ctx)) return true
    if (text(row, 'ticket_state') === 'pending' && !writeTicket(row, connection, ctx)) return false
    if (text(row, 'documentation_state') === 'pending' && !writeDocumentation(row, connection, ctx)) return false
    if (text(row, 'log_state') === 'pending' && !fetchLog(row, connection, ctx)) return false
    finish(row, 'done', text(row, 'note'))
    return true
}

/** The grace period is over (or OpCon pushed the failure): is the same run still failed? */
function confirm(row: GlideRecord, connection: Connection, ctx: WorkContext): boolean {
    const pushed = text(row, 'source') === 'push'
    const needsRead = pushed || ctx.failures.graceMinutes > 0
    if (!needsRead) {
        row.setValue('state', 'working')
        return true
    }
    const result = call(row, connection, dailyJobRequest(text(row, 'daily_job_id')), ctx)
    if (!result.ok) {
        if (result.error?.code === 'not_found') {
            finish(row, pushed ? 'not_failed' : 'recovered', `OpCon has no daily job ${text(row, 'daily_job_id')} (any more): no incident was opened.`)
            return false
        }
        askAgainLater(row, result, ctx)
        return false
    }
    const read = readRun(result.data)
    if (!read.ok) {
        finish(row, 'error', `${read.why}. No incident was opened.`)
        return false
    }
    const run = read.run
    const decision = confirmFailure({ failed: isFailedCategory(run.category), statusDescription: run.statusDescription, runKey: runKey(run) }, pushed ? '' : text(row, 'run_key'), pushed)
    if (decision.kind !== 'act') {
        finish(row, decision.kind === 'superseded' ? 'recovered' : decision.kind, decision.note)
        return false
    }
    if (pushed) {
        storeRun(row, run)
        const twin = handledElsewhere(row)
        if (twin !== '') {
            row.setValue('outcome', 'none')
            finish(row, 'done', `This failed run is already recorded (failure record ${twin}, which is worked or waits for an admin's Retry); nothing more was done here.`)
            return false
        }
    }
    row.setValue('state', 'working')
    row.setValue('attempts', '0')
    return true
}

/** Another row about the same run of the same job, found first. */
function handledElsewhere(row: GlideRecord): string {
    const other = new GlideRecord(FAILURE_TABLE)
    other.addQuery('server', text(row, 'server'))
    other.addQuery('run_key', text(row, 'run_key'))
    other.addQuery('job_uid', text(row, 'job_uid'))
    other.addQuery('sys_id', '!=', row.getUniqueValue())
    other.addQuery('state', 'IN', `${OPEN_STATES},${REFUSED_STATE},done`)
    other.setLimit(1)
    other.query()
    return other.next() ? other.getUniqueValue() : ''
}

function actOnIncident(row: GlideRecord, connection: Connection, ctx: WorkContext): boolean {
    const run = storedRun(row)
    const address = text(row, 'address')
    const linked = linkedIncidentOf(address, run.dailyJobId)
    const action = decideIncident(linked, ctx.failures.alwaysNewIncident)
    if (action.kind === 'note' || action.kind === 'reopen') {
        // A reopened child of an outage: its parent stays as it is, and both incidents say so.
        const outage = action.kind === 'reopen' && linked!.state === INCIDENT_STATE.resolved ? parentOfReopened(linked!.sysId) : null
        const words = action.kind === 'note' ? failedAgainNote(run, address) : `${reopenedNote(run, address)}${outage ? ` ${outage.childWords}` : ''}`
        const touched = touchIncident(linked!, words, action.kind === 'reopen' ? ctx.failures.reopenState : null)
        if (!touched.ok) {
            refuse(row, touched.why, `The failure was not recorded on ${linked!.number}.`)
            return false
        }
        if (outage) noteOn(outage.parentSysId, outage.parentWords)
        row.setValue('incident', linked!.sysId)
        row.setValue('outcome', action.kind === 'note' ? 'noted' : 'reopened')
        row.setValue('ticket_state', 'kept')
        row.setValue('note', action.kind === 'note' ? `Work note added to ${linked!.number}, which is still open.` : `${linked!.number} reopened.`)
        planLog(row, true)
        row.update()
        return true
    }
    const previous = action.kind === 'replace' ? linked! : null
    const values = incidentValuesFor(text(row, 'server'), { scheduleName: run.scheduleName, jobName: run.jobName }, {
        address, server: connection.server.name, dailyJobId: run.dailyJobId, schedule: run.scheduleName, job: run.jobName, machine: run.machine,
        termination: run.termination, terminationDescription: run.terminationDescription, date: run.scheduleDate, failedAt: run.endedAt,
        jobNumber: run.jobNumber, previousIncident: previous?.number ?? '', text: text(row, 'text'),
    })
    const fields: Record<string, string> = {
        short_description: values.short_description, description: values.description, caller_id: values.caller_id,
        assignment_group: values.assignment_group, category: values.category, subcategory: values.subcategory,
        impact: values.impact, urgency: values.urgency,
    }
    const notes = [openedNote(run, address, values.template)]
    if (previous) notes.push(replacedNote(previous.number, action.kind === 'replace' ? action.why : 'closed'))
    if (run.machine !== '') {
        const ci = findAgentCi(run.machine)
        if ('note' in ci) notes.push(ci.note)
        else fields.cmdb_ci = ci.sysId
    }
    const facts = { failureSysId: row.getUniqueValue(), serverSysId: text(row, 'server'), serverName: connection.server.name, machine: run.machine, termination: run.termination, schedule: run.scheduleName }
    const outage = parentFor(facts, fields)
    if (outage) {
        fields.parent_incident = outage.parentSysId
        notes.push(outage.note)
    }
    const made = openIncident({
        fields, address, dailyJobId: run.dailyJobId, jobName: run.jobName, serverSysId: text(row, 'server'),
        correlationDisplay: ctx.settings.correlationDisplay, note: notes.join(' '),
    })
    if (!made.ok) {
        refuse(row, made.why, 'No incident was opened for this failure.')
        return false
    }
    if (outage) childOpened(outage, facts)
    row.setValue('incident', made.incident.sysId)
    row.setValue('previous_incident', previous?.sysId ?? '')
    row.setValue('template', values.template)
    row.setValue('outcome', previous ? 'replaced' : 'opened')
    row.setValue('ticket_state', 'pending')
    if (previous && action.kind === 'replace' && action.why === 'closed') row.setValue('documentation_state', 'pending')
    row.setValue('note', previous ? `${made.incident.number} opened; it replaces ${previous.number}.` : `${made.incident.number} opened.`)
    planLog(row, values.attachJobLog)
    row.setValue('attempts', '0')
    row.update()
    log.info(`${made.incident.number} opened for failed OpCon job ${run.dailyJobId} on ${address}.`)
    return true
}

/** The job log is fetched when asked for and OpCon named the run (its job number). */
function planLog(row: GlideRecord, wanted: boolean): void {
    if (wanted && text(row, 'job_number') !== '') row.setValue('log_state', 'pending')
}

/** The incident on the OpCon job (Solution Manager shows it as a link); a new incident replaces the closed one's ticket. */
function writeTicket(row: GlideRecord, connection: Connection, ctx: WorkContext): boolean {
    const number = incidentNumber(text(row, 'incident'))
    const previous = text(row, 'previous_incident') === '' ? '' : incidentNumber(text(row, 'previous_incident'))
    const uid = text(row, 'job_uid')
    const url = incidentUrl(ctx.instanceUrl, text(row, 'incident'))
    const tickets = call(row, connection, incidentTicketsRequest(uid), ctx)
    if (!tickets.ok) return stepFailed(row, tickets, ctx, 'ticket_state', `The incident could not be recorded on the OpCon job: ${tickets.error?.message ?? ''}`)
    const plan = planTicket(readTickets(tickets.data), number, previous, ctx.instanceUrl)
    if (plan.kind !== 'present') {
        const built = plan.kind === 'add' ? addIncidentTicketRequest(uid, number, url) : updateIncidentTicketRequest(uid, plan.ticket.id, number, url)
        const written = call(row, connection, built, ctx)
        // A lost answer to the POST is settled by the read before the next attempt, never by posting blindly.
        if (!written.ok) return stepFailed(row, written, ctx, 'ticket_state', `The incident could not be recorded on the OpCon job: ${written.error?.message ?? ''}`)
    }
    row.setValue('ticket_state', 'written')
    row.setValue('attempts', '0')
    return true
}

function writeDocumentation(row: GlideRecord, connection: Connection, ctx: WorkContext): boolean {
    const previous = incidentNumber(text(row, 'previous_incident'))
    const id = text(row, 'daily_job_id')
    const current = call(row, connection, documentationRequest(id), ctx)
    if (!current.ok) return stepFailed(row, current, ctx, 'documentation_state', `The previous ticket number could not be added to the OpCon job's documentation: ${current.error?.message ?? ''}`)
    const updated = withPreviousTicket(readDocumentation(current.data), previous)
    if (updated !== null) {
        const written = call(row, connection, setDocumentationRequest(id, updated), ctx)
        if (!written.ok) return stepFailed(row, written, ctx, 'documentation_state', `The previous ticket number could not be added to the OpCon job's documentation: ${written.error?.message ?? ''}`)
    }
    row.setValue('documentation_state', 'written')
    row.setValue('attempts', '0')
    return true
}

/**
 * A step's call failed: wait and retry, or give the step up with a work
 * note. Returns true when the row may go on to its next step now.
 */
function stepFailed(row: GlideRecord, result: OpConResult<unknown>, ctx: WorkContext, step: 'ticket_state' | 'documentation_state' | 'log_state', words: string): boolean {
    if (!retryLater(row, result, ctx)) return false
    row.setValue(step, 'failed')
    row.setValue('attempts', '0')
    noteOn(text(row, 'incident'), words)
    log.warn(`${incidentNumber(text(row, 'incident'))}: ${words}`)
    return true
}

/**
 * The job's output: LIST the run's files, then FILE the first one, each an
 * asynchronous OpCon action read a few times right away and otherwise on the
 * next run. log_action holds the pending action ("LIST:<id>" / "FILE:<id>").
 */
function fetchLog(row: GlideRecord, connection: Connection, ctx: WorkContext): boolean {
    const pending = text(row, 'log_action')
    const [kind, actionId] = pending === '' ? ['', ''] : pending.split(':')
    if (kind === '') {
        const listed = call(row, connection, jobOutputRequest('LIST', text(row, 'job_number')), ctx)
        if (!listed.ok) return stepFailed(row, listed, ctx, 'log_state', `The job log could not be fetched from OpCon: ${listed.error?.message ?? ''}`)
        const id = interpretAsyncResult(listed.data)?.id ?? ''
        row.setValue('log_action', `LIST:${id}`)
        return fetchLog(row, connection, ctx)
    }
    let answer: OpConResult<unknown> | null = null
    for (let polls = 0; polls < OUTPUT_POLLS; polls++) {
        answer = call(row, connection, jobOutputResultRequest(actionId), ctx)
        if (!answer.ok) return stepFailed(row, answer, ctx, 'log_state', `The job log could not be fetched from OpCon: ${answer.error?.message ?? ''}`)
        if (interpretAsyncResult(answer.data)?.outcome !== 'submitted') break
    }
    const outcome = interpretAsyncResult(answer?.data)
    if (!outcome || outcome.outcome === 'submitted') {
        const attempts = (parseInt(text(row, 'attempts') || '0', 10) || 0) + 1
        if (attempts >= ctx.settings.maxAttempts) return giveUpLog(row, 'OpCon did not prepare the job log in time.')
        row.setValue('attempts', String(attempts))
        row.setValue('next_attempt', inSeconds(30))
        row.setValue('claimed_until', '')
        row.update()
        return false
    }
    const items = readOutputItems(answer!.data)
    if (outcome.outcome === 'failed' || items.failed !== '') return giveUpLog(row, `OpCon could not read the job's output: ${items.failed || outcome.message}.`)
    if (kind === 'LIST') {
        if (items.files.length === 0) {
            row.setValue('log_state', 'none')
            noteOn(text(row, 'incident'), 'OpCon has no output for this run of the job, so no job log is attached.')
            return true
        }
        const file = items.files[0]
        const fetched = call(row, connection, jobOutputRequest('FILE', text(row, 'job_number'), file), ctx)
        if (!fetched.ok) return stepFailed(row, fetched, ctx, 'log_state', `The job log could not be fetched from OpCon: ${fetched.error?.message ?? ''}`)
        row.setValue('log_file', file)
        row.setValue('log_action', `FILE:${interpretAsyncResult(fetched.data)?.id ?? ''}`)
        row.setValue('attempts', '0')
        return fetchLog(row, connection, ctx)
    }
    const capped = capLog(items.data, ctx.failures.jobLogMaxKb)
    const name = logFileName(text(row, 'job_name'), text(row, 'schedule_date'), text(row, 'job_number'))
    if (attachLog(text(row, 'incident'), name, capped.text) === '') return giveUpLog(row, 'The instance refused to attach the job log (the system log says why).')
    row.setValue('log_state', 'attached')
    row.setValue('log_action', '')
    row.setValue('attempts', '0')
    return true
}

function giveUpLog(row: GlideRecord, why: string): boolean {
    row.setValue('log_state', 'failed')
    row.setValue('log_action', '')
    row.setValue('attempts', '0')
    noteOn(text(row, 'incident'), `The job log is not attached: ${why}`)
    return true
}
