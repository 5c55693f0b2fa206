// GET /api/machines, built in the shape of every other OpCon request
// (../opcon/opcon-requests.ts), sent through the "OpCon REST API" message's
// getMachines function.
import type { Built, OpConRequest } from '../opcon/opcon-requests.ts'

/** Machines per page: OpCon's Limit / Offset query parameters (OpenAPI 21.2, GET /api/machines). */
export const MACHINE_PAGE = 500
/** Pages read at most in one sync (10,000 agents); a sync stops there and says so. */
export const MAX_MACHINE_PAGES = 20

export function machinesRequest(offset: number, limit: number = MACHINE_PAGE): Built {
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1) {
        return { ok: false, message: `A page of machines needs a whole offset of 0 or more and a limit of 1 or more (got ${offset} and ${limit}).` }
    }
    const request: OpConRequest = {
        fn: 'getMachines',
        method: 'GET',
        params: { query: `Offset=${offset}&Limit=${limit}` },
        body: null,
        authenticated: true,
        purpose: `list the agent machines ${offset + 1} to ${offset + limit}`,
    }
    return { ok: true, request }
}

/** Whether another page may hold more machines: a full page came back and the page budget is not spent. */
export function morePages(pageIndex: number, received: number, limit: number = MACHINE_PAGE): boolean {
    return received >= limit && pageIndex + 1 < MAX_MACHINE_PAGES
}
