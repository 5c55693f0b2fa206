// The world the dialog tests run in: the OpCon simulator over HTTPS, the bench
// instance with the built app, a registered server with its token, agents
// with and without x_opcon.user, and OpCon incidents pointing at seeded jobs.
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Instance } from '../bench/instance'
import type { OpConSim } from '../opcon-sim/client'
import { startConnector, TOKEN } from '../app/support/connector'

export { TOKEN }

export const ARTIFACTS = path.resolve(__dirname, '../artifacts')
export const JOB_ID = '20260105|42|1|GENP001'

export interface Scenario {
    sim: OpConSim
    instance: Instance
    serverSysId: string
    /** An OpCon incident for JOB_ID (Failed in OpCon). */
    incident: string
    newIncident(correlationId: string, values?: Record<string, unknown>, as?: 'opcon.integration' | 'opcon.admin'): string
    stop(): Promise<void>
}

export async function startScenario(): Promise<Scenario> {
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    // The connector's own set-up (simulator, token, installed app, registered server), named as in production.
    const { sim, instance, serverId: serverSysId } = await startConnector({ serverName: 'OpCon Production' })
    await sim.seedSchedule({ name: 'PAYROLL', id: 42, jobs: ['GENP001'] })
    await sim.seedJob({ id: JOB_ID, status: 'Failed', machine: 'WINAPP01', termination: 2, terminationDescription: 'Exit code 2: input file missing' })
    instance.createUser({ userName: 'jane', name: 'Jane Agent', roles: ['x_opcon.user'] })
    instance.createUser({ userName: 'bob', name: 'Bob Itil', roles: ['itil'] })
    // SMA connector's account by default; an admin for a job OpCon cannot confirm as failed (an admin's link is in force at once).
    const newIncident = (correlationId: string, values: Record<string, unknown> = {}, as: 'opcon.integration' | 'opcon.admin' = 'opcon.integration'): string => {
        const sysId = instance.insert('incident', {
            short_description: 'OpCon job failed', correlation_display: 'SMA_OPCON', correlation_id: correlationId, state: 1, ...values,
        }, { as })!
        // The integration account's link is in force once OpCon reports the job failed (read on the connector's queue).
        instance.drain()
        return sysId
    }
    const incident = newIncident(`${sim.address},${JOB_ID}`, { short_description: 'GENP001 failed on WINAPP01' })
    return { sim, instance, serverSysId, incident, newIncident, stop: () => sim.stop() }
}
