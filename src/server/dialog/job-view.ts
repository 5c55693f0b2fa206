// What the OpCon Job dialog shows, as plain data: OpCon's DailyJob and the
// incident's x_opcon_action rows turned into a view model, and every failure
// turned into a title, a sentence and what to do. Pure: no Glide import, so
// it is unit-tested (test/unit/job-view.test.ts); job-dialog.ts feeds it.
import { isFinal } from '../sync/delivery-plan.ts'
import { actionDoneWords, actionWords, isJobAction, type JobActionName } from '../opcon/job-status.ts'

export interface DialogError {
    code: string
    /** A few words for the heading: "OpCon server not registered". */
    title: string
    /** What went wrong: which incident, which OpCon server, what OpCon answered. */
    message: string
    /** What the person can do about it. */
    hint: string
}

export type DialogAnswer<T> = ({ ok: true } & T) | { ok: false; error: DialogError }

export interface JobStatusView {
    id: number | null
    description: string
    category: string
}

export interface JobFacts {
    name: string
    scheduleName: string
    /** yyyy-MM-dd */
    scheduleDate: string
    status: JobStatusView
    /** The last run's exit code, as text ('' when OpCon gives none). */
    termination: string
    terminationDescription: string
    machine: string
    /** OpCon's own clock, as `yyyy-MM-dd HH:mm:ss`, '' when unknown. */
    start: string
    startEstimated: boolean
    end: string
}

export interface ActionChoice {
    name: JobActionName
    label: string
    /** The button's text: "Restart job", "Mark fixed". */
    button: string
    /** The question to confirm before sending, or null when none is needed. */
    confirm: string | null
}

export interface HistoryEntry {
    sysId: string
    action: string
    actionLabel: string
    state: string
    stateLabel: string
    message: string
    requestedBy: string
    source: string
    /** Where the request came from, in words: "OpCon Job dialog". */
    sourceLabel: string
    /** `yyyy-MM-dd HH:mm:ss` (UTC, as stored). */
    createdOn: string
    finished: boolean
    succeeded: boolean
}

export interface JobView {
    incident: { sysId: string; number: string }
    server: { name: string; address: string }
    dailyJobId: string
    job: JobFacts
    actions: ActionChoice[]
    /** Why no action is offered, when none is. */
    noActionsReason: string
    history: HistoryEntry[]
    /** The newest action OpCon has not answered yet, if any. */
    pending: ActionOutcome | null
}

/** An x_opcon_action row as text, the way GlideRecord.getValue reads it. */
export interface ActionRow {
    sys_id: string
    action?: string | null
    state?: string | null
    message?: string | null
    requested_by?: string | null
    source?: string | null
    /** The state's and source's choice labels (GlideRecord.getDisplayValue), as the table defines them. */
    state_label?: string | null
    source_label?: string | null
    sys_created_on?: string | null
    completed_on?: string | null
}

const BUTTON_LABELS: Record<JobActionName, string> = {
    markUnderReview: 'Mark under review',
    markFixed: 'Mark fixed',
    restart: 'Restart job',
    cancel: 'Cancel job',
    hold: 'Hold job',
    release: 'Release job',
}

/** "Mark under review": the action's words (job-status.ts) as a label. */
function actionLabel(action: string): string {
    const words = isJobAction(action) ? actionWords(action) : action
    return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Restart can run the job twice; cancel stops it: both are confirmed first. */
export function confirmationFor(action: JobActionName, jobName: string): string | null {
    if (action === 'restart') return `Restart ${jobName} in OpCon now? OpCon runs the job again.`
    if (action === 'cancel') return `Cancel ${jobName} in OpCon? The job will not run again unless someone restarts it.`
    return null
}

function text(value: unknown): string {
    if (value === null || value === undefined) return ''
    return String(value)
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** OpCon writes times as `2026-01-05T08:59:00` (its own clock, sometimes with fractions or a zone). */
export function openTime(value: unknown): string {
    const raw = text(value)
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(raw)
    return match ? `${match[1]} ${match[2]}` : raw
}

function timeOf(value: unknown): { time: string; estimated: boolean } {
    if (!isObject(value)) return { time: '', estimated: false }
    return { time: openTime(value.time), estimated: value.isEstimated === true }
}

/**
 * Reads the fields the dialog shows from OpCon's DailyJob JSON. OpCon's
 * answer is checked, not trusted: without a job status there is nothing to
 * decide actions on, so that is a bad answer.
 */
export function readDailyJob(data: unknown, fallbackName: string, fallbackDate: string): { ok: true; job: JobFacts } | { ok: false; problem: string } {
    if (!isObject(data)) return { ok: false, problem: 'the answer is not a DailyJob object' }
    const status = data.jobStatus
    if (!isObject(status) || typeof status.description !== 'string' || status.description === '') {
        return { ok: false, problem: 'the DailyJob has no jobStatus.description' }
    }
    const schedule = isObject(data.schedule) ? data.schedule : {}
    const machine = isObject(data.machine) ? data.machine : {}
    const start = timeOf(data.computedStartTime)
    const end = timeOf(data.computedEndTime)
    const scheduleDate = openTime(schedule.date).slice(0, 10)
    return {
        ok: true,
        job: {
            name: text(data.jobName) || fallbackName,
            scheduleName: text(schedule.name),
            scheduleDate: scheduleDate || fallbackDate,
            status: {
                id: typeof status.id === 'number' ? status.id : null,
                description: status.description,
                category: text(status.category),
            },
            termination: text(data.termination),
            terminationDescription: text(data.terminationDescription),
            machine: text(machine.name),
            start: start.time,
            startEstimated: start.estimated,
            end: end.time,
        },
    }
}

export function historyEntry(row: ActionRow, requestedByName: string): HistoryEntry {
    const state = text(row.state)
    return {
        sysId: row.sys_id,
        action: text(row.action),
        actionLabel: actionLabel(text(row.action)),
        state: state,
        stateLabel: text(row.state_label) || state,
        message: text(row.message),
        requestedBy: requestedByName,
        source: text(row.source),
        sourceLabel: text(row.source_label) || text(row.source),
        createdOn: text(row.sys_created_on),
        finished: isFinal(state),
        succeeded: state === 'succeeded',
    }
}

/** Newest first; entries created in the same second keep the order they were given in. */
export function sortHistory(entries: HistoryEntry[]): HistoryEntry[] {
    const indexed = entries.map((entry, index) => ({ entry: entry, index: index }))
    indexed.sort((a, b) => {
        if (a.entry.createdOn !== b.entry.createdOn) return a.entry.createdOn < b.entry.createdOn ? 1 : -1
        return a.index - b.index
    })
    return indexed.map((item) => item.entry)
}

export function buildJobView(input: {
    incident: { sysId: string; number: string }
    server: { name: string; address: string }
    dailyJobId: string
    job: JobFacts
    allowed: JobActionName[]
    history: HistoryEntry[]
}): JobView {
    const actions = input.allowed.map((name) => ({ name: name, label: actionLabel(name), button: BUTTON_LABELS[name], confirm: confirmationFor(name, input.job.name) }))
    let noActionsReason = ''
    if (actions.length === 0) {
        noActionsReason = /processing events/i.test(input.job.status.description)
            ? `OpCon is still processing events for ${input.job.name}; no action is allowed until it finishes. Press Refresh in a moment.`
            : `OpCon allows none of the dialog's actions while ${input.job.name} is ${input.job.status.description}.`
    }
    const history = sortHistory(input.history)
    const open = history.filter((entry) => !entry.finished)
    return {
        incident: input.incident,
        server: input.server,
        dailyJobId: input.dailyJobId,
        job: input.job,
        actions: actions,
        noActionsReason: noActionsReason,
        history: history,
        pending: open.length > 0 ? outcomeOf(open[0], input.job.name) : null,
    }
}

export interface ActionOutcome extends HistoryEntry {
    /** One sentence for the dialog: where the request is, or what OpCon answered. */
    summary: string
}

/** Where a requested action is, in words, with OpCon's message when it gave one. */
export function outcomeOf(entry: HistoryEntry, jobName: string): ActionOutcome {
    const request = `${entry.actionLabel} request`
    const words = isJobAction(entry.action) ? actionWords(entry.action) : entry.action
    const detail = entry.message ? `: ${entry.message}` : '.'
    let summary: string
    switch (entry.state) {
        case 'queued':
        case 'sending':
            summary = `${request} for ${jobName} is queued for OpCon.`
            break
        case 'sent':
            summary = `${request} for ${jobName} was sent to OpCon; waiting for OpCon's answer.`
            break
        case 'succeeded':
            summary = `${jobName} was ${isJobAction(entry.action) ? actionDoneWords(entry.action) : `given ${entry.action}`} in OpCon${entry.message ? `: ${entry.message}` : '.'}`
            break
        case 'rejected':
            summary = `OpCon refused to ${words} ${jobName}${detail}`
            break
        case 'superseded':
            summary = `${request} for ${jobName} was superseded and not sent${detail}`
            break
        default:
            summary = `${request} for ${jobName} failed${detail}`
    }
    return { ...entry, summary: summary }
}

interface ErrorContext {
    incident: string
    address?: string
    server?: string
    dailyJobId?: string
}

const TITLES: Record<string, string> = {
    forbidden_role: 'You cannot use the OpCon Job dialog',
    invalid_incident: 'No incident given',
    incident_not_found: 'Incident not found',
    not_opcon: 'Not an OpCon incident',
    not_linked: 'Not linked to an OpCon job',
    bad_correlation: 'The incident does not name an OpCon job',
    invalid_action: 'Unknown action',
    invalid_argument: 'Invalid request',
    action_not_found: 'Action not found',
    unregistered_server: 'OpCon server not registered',
    inactive_server: 'OpCon server inactive',
    insecure_url: 'OpCon server address is not secure',
    bad_url: 'OpCon server address is wrong',
    missing_token: 'No API token for this OpCon server',
    unreachable: 'OpCon is unreachable',
    timeout: 'OpCon did not answer in time',
    connection_reset: 'OpCon dropped the connection',
    tls: 'OpCon\'s certificate is not trusted',
    unauthorized: 'OpCon rejected the API token',
    forbidden: 'OpCon refused: missing privilege',
    not_found: 'Job not found in OpCon\'s daily tables',
    rate_limited: 'OpCon is busy',
    server_error: 'OpCon reported an error',
    bad_request: 'OpCon refused the request',
    bad_response: 'OpCon gave an answer the connector cannot read',
    internal: 'The connector failed',
}

function where(context: ErrorContext): string {
    return context.server ? `${context.server} (${context.address})` : context.address || 'the OpCon server'
}

function hintFor(code: string, context: ErrorContext): string {
    const server = where(context)
    switch (code) {
        case 'forbidden_role':
            return 'Ask your ServiceNow administrator for the x_opcon.user role, then reload the incident.'
        case 'invalid_incident':
        case 'incident_not_found':
            return 'Open the dialog from the incident form\'s OpCon Job button.'
        case 'not_linked':
            return 'Ask an OpCon Connector administrator (x_opcon.admin) to check the job in OpCon and link the incident with "Link to OpCon job".'
        case 'not_opcon':
        case 'bad_correlation':
            return 'The OpCon Job dialog only works for incidents OpCon opened: their Correlation ID reads <host:port>,<daily job id>. Check the incident\'s Correlation ID and Correlation display.'
        case 'invalid_action':
        case 'invalid_argument':
        case 'action_not_found':
            return 'Press Refresh and choose one of the actions the dialog offers.'
        case 'unregistered_server':
            return `Ask an OpCon Connector administrator (x_opcon.admin) to register ${context.address || 'this OpCon server'} under OpCon Connector > Servers, with its HTTPS base URL and an API token.`
        case 'inactive_server':
            return `Ask an OpCon Connector administrator to set ${server} active under OpCon Connector > Servers.`
        case 'insecure_url':
        case 'bad_url':
            return `Ask an OpCon Connector administrator to correct the base URL of ${server} (https://host:port).`
        case 'missing_token':
            return `Ask an OpCon Connector administrator to save an OpCon API token on ${server}.`
        case 'unreachable':
        case 'timeout':
        case 'connection_reset':
            return `Check that the OpCon REST API on ${server} is running and reachable from ServiceNow (or its MID server), then press Refresh.`
        case 'tls':
            return `Ask an OpCon Connector administrator to check the certificate of ${server}: ServiceNow must trust it.`
        case 'unauthorized':
            return `The API token saved for ${server} is wrong or expired: generate a new token in OpCon Solution Manager and save it on the server record.`
        case 'forbidden':
            return `Give the OpCon user behind the token for ${server} the department privilege for this job's actions, in OpCon Solution Manager.`
        case 'not_found':
            return `${context.dailyJobId ? `Job ${context.dailyJobId}` : 'The job'} is not (or no longer) in OpCon's daily tables on ${server}. Check the schedule date in OpCon Solution Manager; a purged or rebuilt daily no longer holds the job.`
        case 'rate_limited':
        case 'server_error':
        case 'bad_response':
        case 'bad_request':
            return `Press Refresh in a minute; if it keeps happening, ask your OpCon administrator to look at the OpCon REST API logs on ${server}.`
        default:
            return 'Press Refresh; if it keeps happening, give this message to your ServiceNow administrator (system log, source x_opcon).'
    }
}

export function dialogError(code: string, message: string, context: ErrorContext): DialogError {
    return { code: code, title: TITLES[code] || 'Something went wrong', message: message, hint: hintFor(code, context) }
}
