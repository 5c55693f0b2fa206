// What the failed-job tests read back: the collector run as the platform's scheduler does, a job's failure
// rows and the incidents its links name.
import type { Connector } from './connector'

export const COLLECT = 'OpCon: collect failed jobs'

/** One collector run, then every event it queued. */
export function collectFailures(c: Connector): void {
    c.instance.runScheduledJob(COLLECT)
    c.instance.drain()
}

/** The job's failure rows, oldest first. */
export function failureRowsOf(c: Connector, jobId: string): Array<Record<string, string>> {
    return c.instance.query('x_opcon_failure', `daily_job_id=${jobId}^ORDERBYsys_created_on`)
}

/** The incidents the job was ever linked to, oldest link first. */
export function incidentsLinkedTo(c: Connector, jobId: string): Array<Record<string, string>> {
    const links = c.instance.query('x_opcon_binding', `daily_job_id=${jobId}^ORDERBYsys_created_on`)
    return links.map((link) => c.instance.get('incident', link.incident)!).filter(Boolean)
}
