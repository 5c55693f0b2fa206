// OpCon incidents on the bench, as OpCon's own connector creates them.
import type { Connector } from './connector'

let sequence = 0

export interface OpConIncident {
    sysId: string
    jobId: string
    jobName: string
    number: string
}

/**
 * Seeds a job in the simulator (Failed unless told) and opens its incident in New, as OpCon does.
 * The integration account's link awaits OpCon's confirmation that the job failed: the queued
 * check runs before this returns (drain), so the incident is linked once its job is failed.
 */
export async function openOpConIncident(c: Connector, options: { status?: string; address?: string; display?: string; correlationId?: string; as?: 'opcon.integration' | 'opcon.admin' } = {}): Promise<OpConIncident> {
    sequence += 1
    const jobName = `GENP${String(sequence).padStart(3, '0')}`
    const jobId = `20191220|123|1|${jobName}`
    await c.sim.seedJob({ id: jobId, status: options.status ?? 'Failed', scheduleName: 'DAILY-PROD' })
    const sysId = c.instance.insert('incident', {
        short_description: `OpCon job ${jobName} failed`,
        correlation_display: options.display ?? 'SMA_OPCON',
        correlation_id: options.correlationId ?? `${options.address ?? c.sim.address},${jobId}`,
        state: 1,
    }, { as: options.as ?? 'opcon.integration' })!
    c.instance.drain()
    return { sysId, jobId, jobName, number: c.instance.get('incident', sysId)!.number }
}

export function actionsOf(c: Connector, incident: OpConIncident): Array<Record<string, string>> {
    return c.instance.query('x_opcon_action', `incident=${incident.sysId}^ORDERBYsys_created_on`)
}

/** Changes an incident's state as an agent saving the form would, then lets async work run. */
export function setState(c: Connector, incident: OpConIncident, state: number, options: { as?: string; drain?: boolean } = {}): void {
    c.instance.update('incident', incident.sysId, { state }, { as: options.as ?? 'agent' })
    if (options.drain !== false) c.instance.drain()
}

/**
 * A job fails and OpCon reports it through the push endpoint (as the dedicated
 * push account): the connector opens the incident and links it itself (how: app).
 */
export async function connectorIncident(c: Connector, options: { jobName?: string } = {}): Promise<OpConIncident> {
    sequence += 1
    const jobName = options.jobName ?? `PUSHED${String(sequence).padStart(3, '0')}`
    const date = new Date(c.instance.now()).toISOString().slice(0, 10).replace(/-/g, '')
    const jobId = `${date}|${800 + sequence}|1|${jobName}`
    await c.sim.seedJob({ id: jobId, status: 'Failed', scheduleName: 'NIGHTLY', machine: 'winagent01', termination: 2, terminationDescription: 'Exit Code 2' })
    const collecting = c.instance.get('x_opcon_server', c.serverId)!.collect_failures === '1'
    // The push is taken only for a server that opens incidents for failed jobs; it is switched back after.
    if (!collecting) c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })
    const answer = c.instance.rest({ method: 'POST', path: '/api/x_opcon/v1/opcon/failures', as: 'opcon.reporter', body: { address: c.sim.address, daily_job_id: jobId } })
    if (answer.status !== 202) throw new Error(`the push was refused: ${answer.status} ${JSON.stringify(answer.body)}`)
    c.instance.drain()
    if (!collecting) c.instance.update('x_opcon_server', c.serverId, { collect_failures: false }, { as: 'opcon.admin' })
    const [link] = c.instance.query('x_opcon_binding', `daily_job_id=${jobId}^how=app^active=true`)
    if (!link) throw new Error(`the connector opened no incident for ${jobId}: ${JSON.stringify(c.instance.query('x_opcon_failure', `daily_job_id=${jobId}`))}`)
    return { sysId: link.incident, jobId, jobName, number: c.instance.get('incident', link.incident)!.number }
}
