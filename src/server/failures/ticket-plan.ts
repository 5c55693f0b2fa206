// Writing the incident back to the OpCon job (DailyJobIncidentTicket) so that
// Solution Manager shows it as a link. The plan is made from the tickets the
// job has now, read just before: a ticket already there is not written twice
// (so a POST whose answer was lost is never repeated blindly), and a new
// incident replaces the ticket this instance wrote for the old one.

export interface Ticket {
    id: string
    ticketId: string
    ticketUrl: string
}

export type TicketPlan =
    | { kind: 'present' }
    | { kind: 'add' }
    | { kind: 'replace'; ticket: Ticket }

/** Tickets as OpCon answered them (an array of DailyJobIncidentTicket); anything else reads as none. */
export function readTickets(data: unknown): Ticket[] {
    if (!Array.isArray(data)) return []
    return data.flatMap((item) => {
        if (item === null || typeof item !== 'object') return []
        const t = item as Record<string, unknown>
        const id = typeof t.id === 'number' || typeof t.id === 'string' ? String(t.id) : ''
        return id === '' ? [] : [{ id, ticketId: typeof t.ticketId === 'string' ? t.ticketId : '', ticketUrl: typeof t.ticketUrl === 'string' ? t.ticketUrl : '' }]
    })
}

/**
 * `number` is the incident to record, `previous` the one it replaces ('' if
 * none), `instanceUrl` this instance's URL: only a ticket this instance wrote
 * for the previous incident is replaced; an operator's own tickets stay.
 */
export function planTicket(existing: readonly Ticket[], number: string, previous: string, instanceUrl: string): TicketPlan {
    if (existing.some((ticket) => ticket.ticketId === number)) return { kind: 'present' }
    const ours = previous === '' ? undefined : existing.find((ticket) => ticket.ticketId === previous && ticket.ticketUrl.startsWith(instanceUrl))
    return ours ? { kind: 'replace', ticket: ours } : { kind: 'add' }
}

/** The incident's URL on this instance, from its own URL property (glide.servlet.uri). */
export function incidentUrl(instanceUrl: string, incidentSysId: string): string {
    const base = instanceUrl.endsWith('/') ? instanceUrl : `${instanceUrl}/`
    return `${base}incident.do?sys_id=${encodeURIComponent(incidentSysId)}`
}

/** "Previous Ticket Number (INC…)" appended to the job's documentation, once; the operators' own text stays. */
export function withPreviousTicket(documentation: string, previousNumber: string): string | null {
    const line = `Previous Ticket Number (${previousNumber})`
    if (documentation.includes(line)) return null
    return documentation.trim() === '' ? line : `${documentation.replace(/\s+$/, '')}\n${line}`
}

/** The documentation text of a DailyJobDocumentation answer. */
export function readDocumentation(data: unknown): string {
    if (data === null || typeof data !== 'object') return ''
    const job = (data as Record<string, unknown>).job
    return typeof job === 'string' ? job : ''
}
