// The Overview (fluent/ui/overview/, src/server/overview/) on the bench: the
// figures for a seeded scenario, the list each figure links to, what the
// collector records for it, who may see it, and how its reads are bounded.
import { AccessDenied } from '../bench/instance'
import { mapCallDurations } from '../bench/rest-message'
import { createOpConAlias, startConnector, scopeRefusals, type Connector } from './support/connector'

let c: Connector
let otherServer: string
const HOUR = 3600_000

interface Figure { label: string; value: string; link: string; alert?: boolean }
interface View {
    ok: boolean
    error?: string
    warnings: Array<{ text: string; link: string }>
    servers: Array<{ name: string; address: string; link: string; health: string; healthWords: string; sections: Array<{ title: string; figures: Figure[] }> }>
    links: Array<{ label: string; link: string }>
}

const PROCESSOR = 'x_opcon.OpConOverviewAjax'
const overview = (as = 'opcon.admin'): View => JSON.parse(c.instance.ajax({ as, processor: PROCESSOR, method: 'getOverview', params: {}, scope: 'global' }) as string)
const serverView = (view: View, name: string) => view.servers.find((s) => s.name === name)!
const figure = (view: View, name: string, label: string): Figure => serverView(view, name).sections.flatMap((s) => s.figures).find((f) => f.label === label)!
const stamp = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19)

/** What a figure's link lists: its table and the rows its encoded query finds on the bench. */
function listed(link: string): { table: string; rows: number } {
    const match = /^([a-z_]+)_list\.do\?sysparm_query=(.*)$/.exec(link)
    if (!match) throw new Error(`not a list link: ${link}`)
    const query = decodeURIComponent(match[2]).replace(/\^?ORDERBY(DESC)?[a-z_]+/g, '')
    return { table: match[1], rows: c.instance.query(match[1], query).length }
}

/** A row inserted as the connector would have, then dated as needed (the bench's clock stamps inserts with now). */
function seed(table: string, values: Record<string, unknown>, createdAgoMs = 0, extra: Record<string, string> = {}): string {
    const id = c.instance.insert(table, values)!
    const row = c.instance.store.get(table, id)!
    c.instance.store.put(table, { ...row, sys_created_on: stamp(c.instance.now() - createdAgoMs), ...extra })
    return id
}

beforeAll(async () => {
    c = await startConnector({ serverName: 'OpCon prod' })
    // Midday, so "today" (since 00:00 UTC) and "the last 24 hours" differ.
    const now = c.instance.now()
    const noon = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate() + 1, 12, 0, 0)
    c.instance.advanceTime(noon - now)
    otherServer = c.instance.insert('x_opcon_server', { name: 'Lab <b>&"x</b>', address: 'lab.example.com:9010', base_url: 'https://lab.example.com:9010', active: true }, { as: 'opcon.admin' })!
    const f = (values: Record<string, unknown>, agoMs = HOUR) => seed('x_opcon_failure', { server: c.serverId, address: c.sim.address, daily_job_id: `20261207|1|1|J${Math.random()}`, ...values }, agoMs)
    // Refused reports, counted by the push endpoint per UTC day: 5 today on prod, 9 yesterday on the lab.
    const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)
    const setServer = (id: string, values: Record<string, string>) => c.instance.store.put('x_opcon_server', { ...c.instance.store.get('x_opcon_server', id)!, ...values })
    setServer(c.serverId, { push_refused_day: dayOf(c.instance.now()), push_refused_today: '5' })
    setServer(otherServer, { push_refused_day: dayOf(c.instance.now() - 24 * HOUR), push_refused_today: '9' })
    f({ state: 'done', outcome: 'opened', source: 'poll' })
    f({ state: 'done', outcome: 'opened', source: 'push' })
    f({ state: 'done', outcome: 'noted', source: 'push' })
    f({ state: 'waiting', source: 'poll' })
    f({ state: 'confirming', source: 'poll' })
    f({ state: 'error', source: 'poll' })
    f({ state: 'recovered', source: 'poll' })
    f({ state: 'done', outcome: 'opened', source: 'poll' }, 13 * HOUR) // yesterday: not today
    f({ state: 'refused', source: 'push' }, 3 * 24 * HOUR) // refused days ago: still waiting for an admin
    seed('x_opcon_failure', { server: otherServer, address: 'lab.example.com:9010', daily_job_id: '20261207|2|1|LAB', state: 'done', outcome: 'reopened', source: 'poll' }, HOUR)
    const a = (values: Record<string, unknown>, agoMs: number, extra: Record<string, string> = {}) =>
        seed('x_opcon_action', { server: c.serverId, address: c.sim.address, daily_job_id: '20261207|1|1|J', action: 'restart', ...values }, agoMs, extra)
    const at = (agoMs: number) => stamp(c.instance.now() - agoMs)
    a({ state: 'held' }, 2 * HOUR)
    a({ state: 'sent' }, 30 * 60_000)
    a({ state: 'queued' }, 5 * 60_000)
    a({ state: 'failed', message: 'OpCon refused the restart: the job is not in a failed state.' }, 2 * HOUR, { sys_updated_on: at(HOUR) })
    a({ state: 'failed', message: 'old' }, 30 * HOUR, { sys_updated_on: at(30 * HOUR) })
    // Delivered: saved, answered 2, 4, 6 and 60 s later.
    for (const seconds of [2, 4, 6, 60]) a({ state: 'succeeded' }, 3 * HOUR, { sent_on: at(3 * HOUR - 1000), completed_on: at(3 * HOUR - seconds * 1000) })
    a({ state: 'succeeded' }, 30 * HOUR, { sent_on: at(30 * HOUR), completed_on: at(30 * HOUR - 1000) }) // answered before the last 24 hours
}, 120_000)

afterAll(async () => {
    await c?.stop()
})

let logsBefore = 0
beforeEach(() => {
    logsBefore = c.instance.logs.length
})
afterEach(() => {
    expect(scopeRefusals(c.instance, logsBefore)).toEqual([])
})

describe('the figures for a seeded scenario', () => {
    test('failed jobs today by outcome, pushes, reports refused today, and refused rows of any day', () => {
        const view = overview()
        const value = (label: string) => figure(view, 'OpCon prod', label).value
        expect(value('Incident opened')).toBe('2')
        expect(value('Work note on the open incident')).toBe('1')
        expect(value('Incident reopened')).toBe('0')
        expect(value('Waiting or being worked')).toBe('2')
        expect(value('In error (no incident)')).toBe('1')
        expect(value('Recovered (no incident)')).toBe('1')
        expect(value('Not failed (no incident)')).toBe('0')
        expect(value('Reported by OpCon (push)')).toBe('2')
        expect(value('Refused by the instance, waiting for an admin (any day)')).toBe('1')
        expect(figure(view, 'Lab <b>&"x</b>', 'Incident reopened').value).toBe('1')
        expect(value('Reports refused by the endpoint (server inactive or not collecting)')).toBe('5')
        expect(figure(view, 'Lab <b>&"x</b>', 'Reports refused by the endpoint (server inactive or not collecting)').value).toBe('0')
    })

    test('job actions waiting (with the oldest), held, failed in 24 hours, and the delivery time', () => {
        const view = overview()
        expect(figure(view, 'OpCon prod', 'Waiting for OpCon').value).toBe(`2, the oldest saved 30 min ago (${stamp(c.instance.now() - 30 * 60_000)} UTC)`)
        expect(figure(view, 'OpCon prod', 'Held: server not active').value).toBe(`1, the oldest saved 2 h ago (${stamp(c.instance.now() - 2 * HOUR)} UTC)`)
        expect(figure(view, 'OpCon prod', 'Failed in the last 24 hours').value).toBe('1')
        expect(figure(view, 'OpCon prod', 'Save to OpCon\'s answer, last 24 hours').value).toBe('median 4 s, 95th percentile 1 min (4 newest actions)')
    })

    test('each figure\'s link lists exactly the rows it counted', () => {
        const view = overview()
        let checked = 0
        for (const s of view.servers) {
            for (const f of s.sections.flatMap((section) => section.figures)) {
                if (!/_list\.do/.test(f.link) || !/^\d+/.test(f.value)) continue
                // Refused reports are logged at most once a minute per server (refusal-log.ts): that link shows the lines, not one row per refusal.
                if (f.label.startsWith('Reports refused by the endpoint')) continue
                const count = Number(/^\d+/.exec(f.value)![0])
                expect({ label: f.label, rows: listed(f.link).rows }).toEqual({ label: f.label, rows: count })
                checked++
            }
        }
        expect(checked).toBeGreaterThanOrEqual(20)
        const delivery = listed(figure(view, 'OpCon prod', 'Save to OpCon\'s answer, last 24 hours').link)
        expect(delivery).toEqual({ table: 'x_opcon_action', rows: 4 })
    })

    test('links to the system log of the app and to the outbound HTTP log of each server', () => {
        const links = overview().links.map((l) => decodeURIComponent(l.link))
        expect(links).toContain('syslog_list.do?sysparm_query=source=x_opcon^ORDERBYDESCsys_created_on')
        expect(links).toContain(`sys_outbound_http_log_list.do?sysparm_query=urlSTARTSWITH${c.sim.url}^ORDERBYDESCsys_created_on`)
    })

    test('server names reach the page as text, unescaped and unchanged (the page writes them with textContent)', () => {
        const lab = serverView(overview(), 'Lab <b>&"x</b>')
        expect(lab.address).toBe('lab.example.com:9010')
        expect(lab.link).toBe(`x_opcon_server.do?sys_id=${otherServer}`)
    })
})

describe('the collector\'s run', () => {
    test('is recorded on the server row and shown: when, how long, what it found; OpCon answered', () => {
        c.instance.setProperty('x_opcon.enabled', 'true')
        c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })
        const updatedBefore = c.instance.get('x_opcon_server', c.serverId)!.sys_updated_on
        c.instance.advanceTime(1000)
        // OpCon takes 1.5 s to answer the one list call: the run's time is the instance's, as the run budget's.
        const slow = mapCallDurations([{ urlPrefix: c.sim.url, ms: 1500 }])
        try {
            c.instance.runScheduledJob('OpCon: collect failed jobs')
        } finally {
            slow()
        }
        const row = c.instance.get('x_opcon_server', c.serverId)!
        expect(row.collected_on).toBe(stamp(c.instance.now()))
        expect(row.collect_ok_on).toBe(row.collected_on)
        expect(row.collect_error).toBe('')
        expect(row.collect_found).toMatch(/^(No new failed job|\d+ new failed jobs?) \(1 list call to OpCon\)\.$/)
        expect(Number(row.collect_ms)).toBe(1500)
        // A fact about the run, not an admin's edit.
        expect(row.sys_updated_on).toBe(updatedBefore)
        const view = overview()
        expect(serverView(view, 'OpCon prod').health).toBe('ok')
        expect(serverView(view, 'OpCon prod').healthWords).toMatch(/^OpCon last answered just now \(/)
        expect(figure(view, 'OpCon prod', 'It found').value).toBe(row.collect_found)
    })

    test('a run OpCon does not answer is recorded as the last error, in words', async () => {
        c.instance.setProperty('x_opcon.enabled', 'true')
        c.instance.insert('x_opcon_server', { name: 'Gone', address: '127.0.0.1:9', base_url: 'https://127.0.0.1:9', active: true, collect_failures: true, connection_alias: createOpConAlias(c.instance, { name: 'Gone', url: 'https://127.0.0.1:9', token: 'tok-gone-0000000000000000' }) }, { as: 'opcon.admin' })
        c.instance.advanceTime(60_000)
        c.instance.runScheduledJob('OpCon: collect failed jobs')
        const gone = serverView(overview(), 'Gone')
        expect(gone.health).toBe('error')
        expect(gone.healthWords).toMatch(/^No answer from OpCon recorded yet\. Last error just now \(.* UTC\): Collector: .+/)
        expect(figure(overview(), 'Gone', 'It found').alert).toBe(true)
    })
})

describe('who sees it', () => {
    test('x_opcon.admin opens the page and gets the figures; a user without it gets neither', () => {
        expect(c.instance.canOpenUiPage('x_opcon_overview.do', 'opcon.admin')).toBe(true)
        expect(overview('opcon.admin').ok).toBe(true)
        expect(c.instance.canOpenUiPage('x_opcon_overview.do', 'agent')).toBe(false)
        expect(() => overview('agent')).toThrow(AccessDenied)
    })

    test('the module is first in the OpCon Connector menu, for x_opcon.admin, and opens the page', () => {
        const menu = c.instance.query('sys_app_module', 'title=Servers^name=x_opcon_server')[0].application
        const modules = c.instance.query('sys_app_module', `active=true^application=${menu}`)
        expect(modules.length).toBeGreaterThan(5)
        const first = modules.sort((x, y) => Number(x.order) - Number(y.order))[0]
        expect(first).toEqual(expect.objectContaining({ title: 'Overview', link_type: 'DIRECT', query: 'x_opcon_overview.do', roles: 'x_opcon.admin' }))
    })
})

describe('the Default template', () => {
    test('without caller and group the Overview says so in words, with a link to it; once set, it does not', () => {
        const warning = overview().warnings.find((w) => w.text.startsWith('The Default incident template'))!
        expect(warning.text).toMatch(/has no caller and no assignment group: a failed job that no other template matches opens an incident with no caller and no assignment group, which nobody is assigned to fix\./)
        expect(warning.text).toContain('Servers without a template of their own: Gone, Lab <b>&"x</b>, OpCon prod.')
        const id = /sys_id=([0-9a-f]{32})$/.exec(warning.link)![1]
        const user = c.instance.query('sys_user', 'user_name=agent')[0].sys_id
        const group = c.instance.createGroup({ name: 'OpCon operators' })
        c.instance.update('x_opcon_template', id, { caller: user, assignment_group: group }, { as: 'opcon.admin' })
        try {
            expect(overview().warnings.filter((w) => w.text.startsWith('The Default incident template'))).toEqual([])
        } finally {
            c.instance.update('x_opcon_template', id, { caller: '', assignment_group: '' }, { as: 'opcon.admin' })
        }
    })
})

describe('coexistence with SMA\'s older OpCon integrations', () => {
    const OLD_RULES = (view: View) => view.warnings.filter((w) => w.text.startsWith('SMA\'s old OpConAPI update set is active'))
    const TWO_INCIDENTS = (view: View) => view.warnings.filter((w) => /not opened by this connector/.test(w.text))

    test('an active global rule of the old OpConAPI update set on incident: the Overview says two job actions per state change, and what to do', () => {
        // The connector's own rules carry the same names (fluent/business-rules/ticket-rules.now.ts): never a warning.
        expect(c.instance.query('sys_script', 'nameINOpConTicketAccepted,OpConTicketResolved,OpConTicketRelease,OpConTicketCanceled^active=true')).toHaveLength(4)
        expect(OLD_RULES(overview())).toEqual([])
        // As the update set leaves it: a global business rule on incident (never fired here: no action ticked).
        const rule = c.instance.insert('sys_script', { name: 'OpConTicketResolved', collection: 'incident', active: 'true', when: 'after', sys_scope: 'global', script: '' })!
        const inactive = c.instance.insert('sys_script', { name: 'OpConTicketCanceled', collection: 'incident', active: 'false', when: 'after', sys_scope: 'global', script: '' })!
        try {
            const [warning] = OLD_RULES(overview())
            expect(warning.text).toMatch(/business rule OpConTicketResolved on incident also call OpCon when an incident changes\. With both, each state change sends two job actions to OpCon/)
            expect(warning.text).toContain('Deactivate those rules')
            expect(listed(warning.link)).toEqual({ table: 'sys_script', rows: 1 })
            c.instance.update('sys_script', rule, { active: 'false' })
            expect(OLD_RULES(overview())).toEqual([])
        } finally {
            for (const id of [rule, inactive]) c.instance.store.delete('sys_script', id)
        }
    })

    test('incidents saying SMA_OPCON opened by another account while the collector opens incidents: the Overview says two incidents per failure', () => {
        c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })
        const opened = c.instance.insert('incident', { short_description: 'Opened by the connector', correlation_display: 'SMA_OPCON' })!
        const link = c.instance.insert('x_opcon_binding', { incident: opened, address: c.sim.address, daily_job_id: '20261207|9|1|OURS', how: 'app', active: true })!
        const old = seed('incident', { short_description: 'Opened by SMA\'s connector last month', correlation_display: 'SMA_OPCON' }, 8 * 24 * HOUR)
        try {
            expect(TWO_INCIDENTS(overview())).toEqual([])
            const theirs = [1, 2].map(() => c.instance.insert('incident', { short_description: 'Opened by SMA\'s Windows connector', correlation_display: 'SMA_OPCON' }, { as: 'agent' })!)
            const [warning] = TWO_INCIDENTS(overview())
            expect(warning.text).toMatch(/^2 incidents of the last 7 days say "SMA_OPCON" but were not opened by this connector: .* a failed job can get two incidents\. Keep one: turn off "Open incidents for failed jobs"/)
            expect(warning.text).toContain('OpCon prod')
            // Lists every SMA_OPCON incident of the 7 days (the connector's own too), not the one of 8 days ago.
            const all = c.instance.query('incident', 'correlation_display=SMA_OPCON').map((row) => row.sys_id)
            expect(all).toContain(old)
            expect(listed(warning.link)).toEqual({ table: 'incident', rows: all.length - 1 })
            // The Windows connector opening incidents is the supported set-up when this connector's collector is off.
            c.instance.update('x_opcon_server', c.serverId, { collect_failures: false }, { as: 'opcon.admin' })
            const collecting = c.instance.query('x_opcon_server', 'collect_failures=true')
            for (const server of collecting) c.instance.update('x_opcon_server', server.sys_id, { collect_failures: false }, { as: 'opcon.admin' })
            expect(TWO_INCIDENTS(overview())).toEqual([])
            for (const server of collecting) c.instance.update('x_opcon_server', server.sys_id, { collect_failures: true }, { as: 'opcon.admin' })
            for (const id of theirs) c.instance.store.delete('incident', id)
        } finally {
            c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })
            for (const id of [opened, old]) c.instance.store.delete('incident', id)
            c.instance.store.delete('x_opcon_binding', link)
        }
    })
})

describe('bounded reads', () => {
    test('counts are aggregate queries over all servers; the only row reads per server are bounded (1 and 500 rows)', () => {
        const { queries } = c.instance.captureQueries(() => overview())
        const aggregates = queries.filter((q) => q.aggregate)
        const reads = queries.filter((q) => !q.aggregate)
        expect(aggregates.map((q) => q.table)).toEqual(['x_opcon_failure', 'x_opcon_failure', 'x_opcon_action', 'x_opcon_action', 'x_opcon_action', 'incident', 'x_opcon_binding'])
        const servers = c.instance.query('x_opcon_server', '').length
        expect(reads.filter((q) => q.table === 'x_opcon_server')).toEqual([expect.objectContaining({ limit: 51 })])
        const actionReads = reads.filter((q) => q.table === 'x_opcon_action')
        expect(actionReads).toHaveLength(2 * servers)
        for (const q of actionReads) expect([1, 500]).toContain(q.limit)
        expect(reads.every((q) => q.limit !== null)).toBe(true)
    })
})
