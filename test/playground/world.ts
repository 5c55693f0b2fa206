// The playground's world: two OpCon simulators with a small working day in
// them, the bench instance with the built app, and the two servers registered
// and switched to open incidents for failed jobs, all by saves an admin would
// make. Nothing here decides anything the app decides.
import { Instance } from '../bench/instance'
import { startOpConSim, type OpConSim, type SeedJobInput } from '../opcon-sim/client'
import { createOpConAlias } from '../app/support/connector'

/** The person at the browser when the playground starts: an OpCon Connector admin who also works incidents. */
export const USER = 'alex.admin'

/**
 * Whom the banner's role switch signs in as: each with the roles a real instance would give that
 * person, so the menus, buttons, lists and refusals they get are the package's own (its modules',
 * UI actions' and ACLs' roles), never decided here.
 */
export const ROLES: ReadonlyArray<{ userName: string; name: string; roles: string[]; who: string }> = [
    { userName: USER, name: 'Alex Admin', roles: ['x_opcon.admin', 'itil'], who: 'OpCon Connector admin' },
    { userName: 'ann.agent', name: 'Ann Agent', roles: ['itil', 'x_opcon.user'], who: 'agent with x_opcon.user' },
    { userName: 'bob.agent', name: 'Bob Agent', roles: ['itil'], who: 'agent without x_opcon.user' },
    { userName: 'opcon.push', name: 'OpCon Push', roles: ['x_opcon.failure_reporter'], who: 'the push account (reports failures only)' },
]

export interface OpConServer {
    /** The name the server is registered under. */
    name: string
    sim: OpConSim
    /** sys_id of its x_opcon_server row. */
    sysId: string
}

export interface World {
    instance: Instance
    servers: OpConServer[]
    stop(): Promise<void>
}

interface DayPlan {
    name: string
    description: string
    token: string
    schedules: Array<{ name: string; id: number; jobs: Array<Omit<SeedJobInput, 'id'> & { name: string }> }>
}

const log = (job: string, lines: string[]): Record<string, string> => ({ [`${job}.log`]: `${lines.join('\n')}\n` })

/** A small realistic day: most jobs ran fine, a few failed with their termination code and job log. */
const DAY: DayPlan[] = [
    {
        name: 'OpCon Production',
        description: 'Production scheduling (payroll and billing)',
        token: 'playground-prod-token-7d1e0c5b',
        schedules: [
            {
                name: 'PAYROLL', id: 42, jobs: [
                    { name: 'GENP001', status: 'Failed', machine: 'WINAPP01', termination: 2, terminationDescription: 'Exit Code 2: input file missing',
                        output: log('GENP001', ['02:00:01 Payroll extract starting', '02:00:02 Reading \\\\fs01\\payroll\\in\\hours.csv', '02:00:02 ERROR: file not found: hours.csv', '02:00:02 Exit code 2']) },
                    { name: 'PAYEXPORT', status: 'Finished OK', machine: 'WINAPP01' },
                    { name: 'PAYREPORT', status: 'Waiting', machine: 'WINAPP01' },
                ],
            },
            {
                name: 'BILLING', id: 57, jobs: [
                    { name: 'INVOICE-RUN', status: 'Failed', machine: 'LNXBATCH02', termination: 137, terminationDescription: 'Killed: out of memory',
                        output: log('INVOICE-RUN', ['03:10:00 invoice-run --month current', '03:10:41 loaded 182,311 customers', '03:14:09 java.lang.OutOfMemoryError: Java heap space', 'Killed']) },
                    { name: 'BILLING-SYNC', status: 'Finished OK', machine: 'LNXBATCH02' },
                ],
            },
        ],
    },
    {
        name: 'OpCon Europe',
        description: 'EU data warehouse loads',
        token: 'playground-eu-token-4a9f2c61',
        schedules: [
            {
                name: 'ETL-NIGHTLY', id: 12, jobs: [
                    { name: 'LOAD-SALES', status: 'Failed', machine: 'DWHETL01', termination: 1, terminationDescription: 'Exit Code 1: table SALES_FACT is locked',
                        output: log('LOAD-SALES', ['01:30:00 sqlldr control=sales.ctl', '01:30:07 ORA-00054: resource busy and acquire with NOWAIT specified', '01:30:07 load aborted']) },
                    { name: 'LOAD-STOCK', status: 'Finished OK', machine: 'DWHETL01' },
                    { name: 'DWH-REFRESH', status: 'Waiting', machine: 'DWHETL01' },
                ],
            },
        ],
    },
]

/** The schedule date a job runs under today, by the bench clock (the collector lists today's and yesterday's). */
export function scheduleDate(now: number): string {
    return new Date(now).toISOString().slice(0, 10).replace(/-/g, '')
}

export function dailyJobId(now: number, scheduleId: number, jobName: string): string {
    return `${scheduleDate(now)}|${scheduleId}|1|${jobName}`
}

async function seedDay(sim: OpConSim, plan: DayPlan, now: number): Promise<void> {
    await sim.addToken(plan.token, { user: 'servicenow', privileged: true })
    for (const schedule of plan.schedules) {
        await sim.seedSchedule({ name: schedule.name, id: schedule.id, jobs: schedule.jobs.map((job) => job.name) })
        for (const { name, ...job } of schedule.jobs) {
            await sim.seedJob({ ...job, id: dailyJobId(now, schedule.id, name), scheduleName: schedule.name })
        }
    }
}

export async function startWorld(): Promise<World> {
    const sims: OpConSim[] = []
    try {
        // One simulator per OpCon server: each is its own process with its own address.
        for (const started of await Promise.all(DAY.map(() => startOpConSim()))) sims.push(started)
        // The bench clock starts at the wall clock, so the simulator's "today" is the collector's.
        const now = Date.now()
        await Promise.all(DAY.map((plan, i) => seedDay(sims[i], plan, now)))
        const instance = Instance.load({ trustedCa: sims.map((sim) => sim.ca!), startTime: now })
        for (const role of ROLES) instance.createUser({ userName: role.userName, name: role.name, roles: role.roles })
        instance.createUser({ userName: 'opcon.integration', name: 'OpCon Integration', roles: ['itil', 'x_opcon.integration'] })
        const servers = DAY.map((plan, i): OpConServer => {
            // What an admin does on the OpCon Servers form (through their ACLs): a new server, saved; then, on its row, "Open incidents for failed jobs".
            const sysId = instance.insert('x_opcon_server', {
                name: plan.name, description: plan.description, address: sims[i].address, base_url: sims[i].url, active: true,
                connection_alias: createOpConAlias(instance, { name: plan.name, url: sims[i].url, token: plan.token }),
            }, { as: USER, form: true })
            if (!sysId) throw new Error(`Registering ${plan.name} failed: ${instance.messages.map((m) => m.message).join(' ')}`)
            instance.update('x_opcon_server', sysId, { collect_failures: true }, { as: USER, form: true })
            return { name: plan.name, sim: sims[i], sysId }
        })
        instance.drain()
        return { instance, servers, stop: () => Promise.all(sims.map((sim) => sim.stop())).then(() => undefined) }
    } catch (error) {
        await Promise.all(sims.map((sim) => sim.stop()))
        throw error
    }
}
