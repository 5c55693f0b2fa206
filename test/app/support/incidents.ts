// OpCon incidents on the bench, as OpCon's own connector creates them.
import type { Connector } from './connector'

let sequence = 0

export interface OpConIncident {
    sysId: string
    jobId: string
    jobName: string
    number: string
}

/** Seeds a job in the simulator (Failed unless told) and opens its incident in New, as OpCon does. */
export async function openOpConIncident(c: Connector, options: { status?: string; address?: string; display?: string; correlationId?: string } = {}): Promise<OpConIncident> {
    sequence += 1
    const jobName = `GENP${String(sequence).padStart(3, '0')}`
    const jobId = `20191220|123|1|${jobName}`
    await c.sim.seedJob({ id: jobId, status: options.status ?? 'Failed', scheduleName: 'DAILY-PROD' })
    const sysId = c.instance.insert('incident', {
        short_description: `OpCon job ${jobName} failed`,
        correlation_display: options.display ?? 'SMA_OPCON',
        correlation_id: options.correlationId ?? `${options.address ?? c.sim.address},${jobId}`,
        state: 1,
    }, { as: 'opcon.integration' })!
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
