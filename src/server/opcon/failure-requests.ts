// The requests the connector sends to OpCon when failed jobs open incidents:
// the Failed jobs of the daily, the job's incident tickets and documentation,
// and its output through the job-instance actions. Query parameter names are
// the ones OpCon 21.2's OpenAPI declares for GET /api/dailyjobs; bodies carry
// only what the schemas allow (DailyJobIncidentTicket, DailyJobDocumentation,
// JobInstanceAction), as JSON.stringify of plain objects.
import { checkDailyJobId, hasControlCharacter, shown } from './correlation.ts'
import { dailyJobIdSegment, isIsoDate, resultId, type Built, type OpConRequest } from './opcon-requests.ts'

/** Jobs per page of the Failed list: small enough for one answer, large enough that a quiet day is one call per server. */
export const FAILED_PAGE_SIZE = 200
/** DailyJobIncidentTicket.ticketId and .ticketUrl: OpCon stores them in its database (assumed 255 like other OpCon text). */
const TICKET_TEXT_MAX = 255
/** A documentation text this long is an operator's essay: we append a line, never cut theirs. */
const DOCUMENTATION_MAX = 32_000

function built(request: OpConRequest): Built {
    return { ok: true, request }
}

function invalid(message: string): Built {
    return { ok: false, message }
}

/** The Failed-category jobs of some schedule dates, one page (OpenAPI: Dates, Categories, Limit, Offset). */
export function failedJobsRequest(dates: readonly string[], offset: number, limit = FAILED_PAGE_SIZE): Built {
    if (dates.length === 0) return invalid('Give at least one schedule date to list failed jobs for.')
    const bad = dates.find((date) => !isIsoDate(date))
    if (bad !== undefined) return invalid(`"${shown(bad)}" is not a date in the form yyyy-MM-dd.`)
    if (!Number.isInteger(offset) || offset < 0) return invalid(`The offset ${shown(offset)} is not a whole number of jobs.`)
    if (!Number.isInteger(limit) || limit < 1) return invalid(`The page size ${shown(limit)} is not a positive whole number.`)
    const query = `Dates=${dates.join(',')}&Categories=Failed&Limit=${limit}&Offset=${offset}`
    return built({
        fn: 'listDailyJobs', method: 'GET', params: { query }, body: null, authenticated: true,
        purpose: `list the failed jobs of ${dates.join(', ')} (from job ${offset + 1})`,
    })
}

function uidOf(uid: unknown): string | null {
    return resultId(uid)
}

export function incidentTicketsRequest(uid: unknown): Built {
    const id = uidOf(uid)
    if (id === null) return invalid(`"${shown(uid)}" is not an OpCon daily job uid (a number).`)
    return built({ fn: 'getIncidentTickets', method: 'GET', params: { uid: id }, body: null, authenticated: true, purpose: `read the incident tickets of daily job ${id}` })
}

function ticketProblem(ticketId: string, ticketUrl: string): string | null {
    if (ticketId.trim() === '' || ticketId.length > TICKET_TEXT_MAX || hasControlCharacter(ticketId)) return `"${shown(ticketId)}" cannot be an incident ticket id.`
    if (!/^https?:\/\/[^\s]+$/.test(ticketUrl) || ticketUrl.length > TICKET_TEXT_MAX * 8) return `"${shown(ticketUrl)}" is not a link to the incident.`
    return null
}

/** A new ticket on the job (`id: 0` asks OpCon to create one). */
export function addIncidentTicketRequest(uid: unknown, ticketId: string, ticketUrl: string): Built {
    const id = uidOf(uid)
    if (id === null) return invalid(`"${shown(uid)}" is not an OpCon daily job uid (a number).`)
    const problem = ticketProblem(ticketId, ticketUrl)
    if (problem !== null) return invalid(problem)
    return built({
        fn: 'addIncidentTicket', method: 'POST', params: { uid: id }, authenticated: true,
        body: JSON.stringify({ id: 0, ticketId, ticketUrl }),
        purpose: `record incident ${ticketId} on daily job ${id}`,
    })
}

/** The job's existing ticket pointed at another incident (a new incident replaces the closed one). */
export function updateIncidentTicketRequest(uid: unknown, ticketSysId: unknown, ticketId: string, ticketUrl: string): Built {
    const id = uidOf(uid)
    const ticket = resultId(ticketSysId)
    if (id === null) return invalid(`"${shown(uid)}" is not an OpCon daily job uid (a number).`)
    if (ticket === null) return invalid(`"${shown(ticketSysId)}" is not an OpCon incident ticket id (a number).`)
    const problem = ticketProblem(ticketId, ticketUrl)
    if (problem !== null) return invalid(problem)
    return built({
        fn: 'updateIncidentTicket', method: 'PUT', params: { uid: id, id: ticket }, authenticated: true,
        body: JSON.stringify({ id: Number(ticket), ticketId, ticketUrl }),
        purpose: `point the incident ticket of daily job ${id} at ${ticketId}`,
    })
}

export function documentationRequest(dailyJobId: unknown): Built {
    const problem = checkDailyJobId(dailyJobId)
    if (problem !== null) return invalid(problem)
    const id = dailyJobId as string
    return built({ fn: 'getJobDocumentation', method: 'GET', params: { id: dailyJobIdSegment(id) }, body: null, authenticated: true, purpose: `read the documentation of daily job ${id}` })
}

export function setDocumentationRequest(dailyJobId: unknown, documentation: string): Built {
    const problem = checkDailyJobId(dailyJobId)
    if (problem !== null) return invalid(problem)
    if (documentation.length > DOCUMENTATION_MAX) return invalid(`The documentation of daily job ${shown(dailyJobId)} would be ${documentation.length} characters long; it was left as it is.`)
    const id = dailyJobId as string
    return built({
        fn: 'setJobDocumentation', method: 'POST', params: { id: dailyJobIdSegment(id) }, authenticated: true,
        body: JSON.stringify({ job: documentation }),
        purpose: `add the previous ticket number to the documentation of daily job ${id}`,
    })
}

/** A file name the agent listed for a run: text without control characters. */
function fileProblem(file: unknown): string | null {
    if (typeof file !== 'string' || file.trim() === '' || hasControlCharacter(file) || file.length > 1024) return `"${shown(file)}" is not a job output file name OpCon listed.`
    return null
}

/** LIST: the names of a run's output files; FILE: one file's content (OpCon's job-instance actions, answered asynchronously). */
export function jobOutputRequest(kind: 'LIST' | 'FILE', jobNumber: unknown, file?: string): Built {
    const number = resultId(jobNumber)
    if (number === null) return invalid(`"${shown(jobNumber)}" is not an OpCon job number.`)
    const item: Record<string, unknown> = { id: Number(number) }
    if (kind === 'FILE') {
        const problem = fileProblem(file)
        if (problem !== null) return invalid(problem)
        item.jorsRequestParameters = file
    }
    return built({
        fn: 'requestJobOutput', method: 'POST', params: {}, authenticated: true,
        body: JSON.stringify({ action: kind, jobInstanceActionItems: [item] }),
        purpose: kind === 'LIST' ? `list the output files of job run ${number}` : `fetch output file ${shown(file, 80)} of job run ${number}`,
    })
}

export function jobOutputResultRequest(actionId: unknown): Built {
    const id = resultId(actionId)
    if (id === null) return invalid(`"${shown(actionId)}" is not an OpCon job instance action id (a number).`)
    return built({ fn: 'getJobOutputResult', method: 'GET', params: { id }, body: null, authenticated: true, purpose: `read the result of job instance action ${id}` })
}
