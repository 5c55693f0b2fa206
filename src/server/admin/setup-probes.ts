// The reads "Test connection" sends to OpCon. Only GETs, each asking for
// little: a test never moves a job, writes a ticket or asks an agent for
// output (OpCon checks those privileges when the connector really acts, and
// the checklist reads the connector's own rows for how that went).
import { failedJobsRequest, incidentTicketsRequest } from '../opcon/failure-requests.ts'
import { isIsoDate, versionRequest, type Built } from '../opcon/opcon-requests.ts'

/** Failed jobs listed, at most: enough to see whether the collector recorded them. */
export const PROBE_FAILED_JOBS = 25

export const versionProbe = (): Built => versionRequest()

/** The collector's own call (GET /api/dailyjobs, Failed category), for one date and a few jobs. */
export const failedJobsProbe = (date: string): Built => failedJobsRequest([date], 0, PROBE_FAILED_JOBS)

/** One daily job of the date, whatever its status: a job whose tickets can be read when none failed. */
export function anyJobProbe(date: string): Built {
    if (!isIsoDate(date)) return { ok: false, message: `"${String(date).slice(0, 40)}" is not a date in the form yyyy-MM-dd.` }
    return { ok: true, request: { fn: 'listDailyJobs', method: 'GET', params: { query: `Dates=${date}&Limit=1` }, body: null, authenticated: true, purpose: `list one daily job of ${date}` } }
}

/** GET /api/dailyjobs/{uid}/incidentTickets: the endpoint the connector writes tickets back to, read only. */
export const ticketsProbe = (uid: string): Built => incidentTicketsRequest(uid)
