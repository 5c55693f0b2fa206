// Glide shell: reads the facts behind the Overview. Counts are GlideAggregate
// queries over all servers at once (grouped by server), so their cost does
// not grow with the number of servers; the delivery time is the one per-server
// read, bounded to the DELIVERY_SAMPLE newest answered actions of the last
// 24 hours. The figures and words are overview-figures.ts's.
import { GlideAggregate, GlideDateTime, GlideRecord } from '@servicenow/glide'
import {
    buildOverview, DELIVERY_SAMPLE, failureBucket, FAILED_ACTION_STATES, formatStamp, MAX_SERVERS, parseStamp, startOfUtcDay, WAITING_ACTION_STATES,
    type OverviewView, type ServerFacts,
} from './overview-figures.ts'
import { refusedToday } from '../failures/refusal-log.ts'
import { DEFAULT_TEMPLATE_ID } from '../templates/templates.ts'
import { loadSettings } from '../settings/config.ts'
import { APP_SCOPE_ID, OLD_RULE_NAMES, OTHER_INCIDENT_DAYS, type CoexistenceFacts } from './coexistence.ts'

const DAY_MS = 24 * 60 * 60 * 1000

const text = (record: { getValue(name: string): string | null }, field: string): string => String(record.getValue(field) ?? '')

function readServers(nowMs: number): { servers: ServerFacts[]; more: boolean } {
    const record = new GlideRecord('x_opcon_server')
    record.orderBy('name')
    record.setLimit(MAX_SERVERS + 1)
    record.query()
    const servers: ServerFacts[] = []
    while (record.next()) {
        servers.push({
            sysId: record.getUniqueValue(), name: text(record, 'name'), address: text(record, 'address'), baseUrl: text(record, 'base_url'),
            active: text(record, 'active') === '1', collectFailures: text(record, 'collect_failures') === '1', hasTemplate: text(record, 'incident_template') !== '',
            collectedOn: text(record, 'collected_on'), collectMs: text(record, 'collect_ms') === '' ? null : Number(text(record, 'collect_ms')),
            pushRefusedToday: refusedToday({ day: text(record, 'push_refused_day'), count: Number(text(record, 'push_refused_today') || '0') }, nowMs),
            collectFound: text(record, 'collect_found'), collectError: text(record, 'collect_error'), collectOkOn: text(record, 'collect_ok_on'),
            lastActionOkOn: '', lastActionError: null, failuresToday: {}, pushesToday: 0, refused: 0, waiting: 0, held: 0, oldestWaiting: '', oldestHeld: '', failed24h: 0, deliveryMs: [],
        })
    }
    const more = servers.length > MAX_SERVERS
    return { servers: servers.slice(0, MAX_SERVERS), more }
}

/** The docs' own examples ("GlideAggregate - Scoped") read a plain COUNT with one argument; the typings ask for two. */
const countOf = (row: GlideAggregate): number => Number((row as unknown as { getAggregate(agg: string): string }).getAggregate('COUNT'))

/** One aggregate query; `each` gets every group row. */
function aggregate(table: string, query: string, groups: string[], aggregates: Array<[string, string?]>, each: (row: GlideAggregate) => void): void {
    const ga = new GlideAggregate(table)
    ga.addEncodedQuery(query)
    for (const [agg, field] of aggregates) {
        if (field === undefined) (ga as unknown as { addAggregate(agg: string): void }).addAggregate(agg)
        else ga.addAggregate(agg, field)
    }
    for (const field of groups) ga.groupBy(field)
    ga.query()
    while (ga.next()) each(ga)
}

export function readOverview(): OverviewView {
    const nowMs = new GlideDateTime().getNumericValue()
    const today = startOfUtcDay(nowMs)
    const since24h = formatStamp(nowMs - DAY_MS)
    const { servers, more } = readServers(nowMs)
    const byId = new Map(servers.map((server) => [server.sysId, server]))
    const serverOf = (row: GlideAggregate) => byId.get(String(row.getValue('server') ?? ''))

    // Failures found today, by server, source, state and outcome: at most servers x 2 x 8 x 6 groups.
    aggregate('x_opcon_failure', `sys_created_on>=${today}`, ['server', 'source', 'state', 'outcome'], [['COUNT']], (row) => {
        const server = serverOf(row)
        if (!server) return
        const count = countOf(row)
        const bucket = failureBucket(String(row.getValue('state')), String(row.getValue('outcome')))
        if (bucket) server.failuresToday[bucket] = (server.failuresToday[bucket] ?? 0) + count
        if (row.getValue('source') === 'push') server.pushesToday += count
    })
    // Refused rows wait for an admin whatever day they came: never removed by retention.
    aggregate('x_opcon_failure', 'state=refused', ['server'], [['COUNT']], (row) => {
        const server = serverOf(row)
        if (server) server.refused = countOf(row)
    })
    aggregate('x_opcon_action', `stateIN${[...WAITING_ACTION_STATES, 'held'].join(',')}`, ['server', 'state'], [['COUNT'], ['MIN', 'sys_created_on']], (row) => {
        const server = serverOf(row)
        if (!server) return
        const count = countOf(row)
        const oldest = String(row.getAggregate('MIN', 'sys_created_on') ?? '')
        const earlier = (known: string) => (oldest !== '' && (known === '' || oldest < known) ? oldest : known)
        if (row.getValue('state') === 'held') {
            server.held += count
            server.oldestHeld = earlier(server.oldestHeld)
        } else {
            server.waiting += count
            server.oldestWaiting = earlier(server.oldestWaiting)
        }
    })
    aggregate('x_opcon_action', `stateIN${FAILED_ACTION_STATES.join(',')}^sys_updated_on>=${since24h}`, ['server'], [['COUNT']], (row) => {
        const server = serverOf(row)
        if (server) server.failed24h = countOf(row)
    })
    aggregate('x_opcon_action', 'state=succeeded', ['server'], [['MAX', 'completed_on']], (row) => {
        const server = serverOf(row)
        if (server) server.lastActionOkOn = String(row.getAggregate('MAX', 'completed_on') ?? '')
    })
    for (const server of servers) {
        readLastActionError(server)
        server.deliveryMs = readDeliveryTimes(server.sysId, since24h)
    }
    const since7d = formatStamp(nowMs - OTHER_INCIDENT_DAYS * DAY_MS)
    return buildOverview({
        nowMs, servers, moreServers: more, defaultTemplate: readDefaultTemplate(),
        coexistence: { facts: readCoexistence(servers, since7d), since: since7d },
    })
}

function readLastActionError(server: ServerFacts): void {
    const record = new GlideRecord('x_opcon_action')
    record.addQuery('server', server.sysId)
    record.addQuery('state', 'IN', FAILED_ACTION_STATES.join(','))
    record.orderByDesc('sys_updated_on')
    record.setLimit(1)
    record.query()
    if (record.next()) server.lastActionError = { at: text(record, 'sys_updated_on'), message: text(record, 'message'), sysId: record.getUniqueValue() }
}

/** Save-to-answer times of the newest answered actions of the last 24 hours: at most DELIVERY_SAMPLE rows. */
function readDeliveryTimes(serverSysId: string, since: string): number[] {
    const record = new GlideRecord('x_opcon_action')
    record.addQuery('server', serverSysId)
    record.addEncodedQuery(`sent_onISNOTEMPTY^completed_on>=${since}`)
    record.orderByDesc('completed_on')
    record.setLimit(DELIVERY_SAMPLE)
    record.query()
    const durations: number[] = []
    while (record.next()) {
        const saved = parseStamp(text(record, 'sys_created_on'))
        const answered = parseStamp(text(record, 'completed_on'))
        if (saved !== null && answered !== null) durations.push(answered - saved)
    }
    return durations
}

function readDefaultTemplate(): { sysId: string; hasCaller: boolean; hasGroup: boolean } | null {
    const record = new GlideRecord('x_opcon_template')
    if (!record.get(DEFAULT_TEMPLATE_ID)) return null
    return { sysId: DEFAULT_TEMPLATE_ID, hasCaller: text(record, 'caller') !== '', hasGroup: text(record, 'assignment_group') !== '' }
}

/**
 * SMA's old rules still active, and incidents of the last days that carry the
 * connector's correlation display without the connector having opened them.
 * Three bounded reads: at most OLD_RULE_NAMES rule rows, two COUNTs.
 */
function readCoexistence(servers: ServerFacts[], since: string): CoexistenceFacts {
    const rules = new GlideRecord('sys_script')
    rules.addQuery('collection', 'incident')
    rules.addQuery('active', true)
    rules.addQuery('name', 'IN', OLD_RULE_NAMES.join(','))
    rules.addQuery('sys_scope', '!=', APP_SCOPE_ID)
    rules.setLimit(OLD_RULE_NAMES.length * 4)
    rules.query()
    const oldRules = new Set<string>()
    while (rules.next()) oldRules.add(text(rules, 'name'))

    const correlationDisplay = loadSettings().correlationDisplay
    let withDisplay = 0
    aggregate('incident', `correlation_display=${correlationDisplay.replace(/\^/g, '')}^sys_created_on>=${since}`, [], [['COUNT']], (row) => { withDisplay = countOf(row) })
    // The connector writes one link "how: app" for each incident it opens (incident-writer.ts), in the same transaction.
    let opened = 0
    aggregate('x_opcon_binding', `how=app^sys_created_on>=${since}`, [], [['COUNT']], (row) => { opened = countOf(row) })
    return {
        oldRules: OLD_RULE_NAMES.filter((name) => oldRules.has(name)),
        otherIncidents: Math.max(0, withDisplay - opened),
        correlationDisplay,
        collectingServers: servers.filter((server) => server.active && server.collectFailures).map((server) => server.name),
    }
}
