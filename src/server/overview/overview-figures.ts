// The Overview's figures, from facts the adapter (overview-reader.ts) read:
// words for each state, the delivery time's median and 95th percentile, and
// for each figure the list it comes from (a list URL whose filter is the
// query that counted it). Pure: no Glide.
import { coexistenceWarnings, type CoexistenceFacts } from './coexistence.ts'

/** How a failure found today ended up, as the Overview counts it. */
export const FAILURE_BUCKETS = ['opened', 'noted', 'reopened', 'replaced', 'recovered', 'not_failed', 'waiting', 'error'] as const
export type FailureBucket = typeof FAILURE_BUCKETS[number]

const BUCKET_WORDS: Record<FailureBucket, string> = {
    opened: 'Incident opened',
    noted: 'Work note on the open incident',
    reopened: 'Incident reopened',
    replaced: 'New incident (previous one closed)',
    recovered: 'Recovered (no incident)',
    not_failed: 'Not failed (no incident)',
    waiting: 'Waiting or being worked',
    error: 'In error (no incident)',
}

/** The filter that selects a bucket's rows (x_opcon_failure's state and outcome choices). */
const BUCKET_QUERY: Record<FailureBucket, string> = {
    opened: 'outcome=opened',
    noted: 'outcome=noted',
    reopened: 'outcome=reopened',
    replaced: 'outcome=replaced',
    recovered: 'state=recovered',
    not_failed: 'state=not_failed',
    waiting: 'stateINwaiting,confirming,working',
    error: 'state=error',
}

/** Which bucket a failure row with this state and outcome counts in; null for none (e.g. refused, counted apart). */
export function failureBucket(state: string, outcome: string): FailureBucket | null {
    if (outcome === 'opened' || outcome === 'noted' || outcome === 'reopened' || outcome === 'replaced') return outcome
    if (state === 'recovered' || state === 'not_failed' || state === 'error') return state
    if (state === 'waiting' || state === 'confirming' || state === 'working') return 'waiting'
    return null
}

/** Job action states the Overview calls waiting: not yet answered by OpCon. */
export const WAITING_ACTION_STATES = ['queued', 'sending', 'sent']
/** Job action states that count as failed. */
export const FAILED_ACTION_STATES = ['failed', 'rejected']

/** The median and 95th percentile (nearest rank) of durations in ms; null for none. */
export function percentiles(durations: number[]): { median: number; p95: number; count: number } | null {
    const sorted = durations.filter((value) => Number.isFinite(value) && value >= 0).sort((a, b) => a - b)
    if (sorted.length === 0) return null
    const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
    return { median: rank(50), p95: rank(95), count: sorted.length }
}

/** A duration in words a person reads: 850 ms, 4.2 s, 3 min 5 s, 2 h 10 min. */
export function durationWords(ms: number): string {
    if (ms < 1000) return `${Math.round(ms)} ms`
    if (ms < 60_000) return `${(Math.round(ms / 100) / 10).toString()} s`
    const seconds = Math.round(ms / 1000)
    if (seconds < 3600) return `${Math.floor(seconds / 60)} min${seconds % 60 ? ` ${seconds % 60} s` : ''}`
    const minutes = Math.round(seconds / 60)
    if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`
    return `${Math.round(minutes / 1440)} days`
}

/** How long ago a stored date-time ('yyyy-MM-dd HH:mm:ss', UTC) was, in words; '' for none. */
export function agoWords(stamp: string, nowMs: number): string {
    const at = parseStamp(stamp)
    if (at === null) return ''
    const ms = nowMs - at
    if (ms < 0) return `at ${stamp} UTC`
    return ms < 1000 ? `just now (${stamp} UTC)` : `${durationWords(ms)} ago (${stamp} UTC)`
}

export function parseStamp(stamp: string): number | null {
    const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(stamp)
    if (!match) return null
    const [, y, mo, d, h, mi, s] = match.map(Number)
    return Date.UTC(y, mo - 1, d, h, mi, s)
}

export function formatStamp(ms: number): string {
    return new Date(ms).toISOString().replace('T', ' ').slice(0, 19)
}

/** The start of the UTC day `nowMs` falls in, as a stored date-time. */
export function startOfUtcDay(nowMs: number): string {
    return `${formatStamp(nowMs).slice(0, 10)} 00:00:00`
}

/** A list of `table` filtered by `query` (an encoded query), newest first unless the query orders it. */
export function listLink(table: string, query: string): string {
    const ordered = /\^?ORDERBY/.test(query) ? query : `${query}${query ? '^' : ''}ORDERBYDESCsys_created_on`
    return `${table}_list.do?sysparm_query=${encodeURIComponent(ordered)}`
}

export function recordLink(table: string, sysId: string): string {
    return `${table}.do?sys_id=${encodeURIComponent(sysId)}`
}

/** What the adapter read for one registered server. */
export interface ServerFacts {
    sysId: string
    name: string
    address: string
    baseUrl: string
    active: boolean
    collectFailures: boolean
    /** Whether the server names its own incident template (else the Default is used when no pattern matches). */
    hasTemplate: boolean
    /** The collector's last run on this server (x_opcon_server collect_* fields); '' when it never ran. */
    collectedOn: string
    collectMs: number | null
    collectFound: string
    collectError: string
    collectOkOn: string
    /** The newest job action OpCon accepted (completed_on of a succeeded row), '' for none. */
    lastActionOkOn: string
    /** The newest failed or rejected job action, if any. */
    lastActionError: { at: string; message: string; sysId: string } | null
    failuresToday: Partial<Record<FailureBucket, number>>
    pushesToday: number
    /** Reports for this server the push endpoint refused today (inactive, or not collecting): refusal-log.ts. */
    pushRefusedToday: number
    refused: number
    waiting: number
    held: number
    /** sys_created_on of the oldest waiting job action, '' for none. */
    oldestWaiting: string
    /** sys_created_on of the oldest held job action, '' for none. */
    oldestHeld: string
    failed24h: number
    /** Save-to-answer durations (ms) of the newest delivered job actions of the last 24 hours, at most DELIVERY_SAMPLE. */
    deliveryMs: number[]
}

export interface OverviewFacts {
    nowMs: number
    servers: ServerFacts[]
    /** More servers are registered than the Overview shows. */
    moreServers: boolean
    /** The shipped Default template, when installed. */
    defaultTemplate: { sysId: string; hasCaller: boolean; hasGroup: boolean } | null
    /** SMA's old rules or another connector working the same incidents (coexistence.ts); absent when not read. */
    coexistence?: { facts: CoexistenceFacts; since: string }
}

export interface Figure {
    label: string
    value: string
    /** Where the figure comes from; '' when it has no list. */
    link: string
    /** Calls for an admin's attention. */
    alert?: boolean
}

export interface ServerView {
    name: string
    address: string
    link: string
    /** 'ok' OpCon answered recently, 'error' its last contact failed, 'unknown' no contact recorded. */
    health: 'ok' | 'error' | 'unknown'
    healthWords: string
    sections: Array<{ title: string; figures: Figure[] }>
}

export interface OverviewView {
    ok: true
    generatedAt: string
    warnings: Array<{ text: string; link: string }>
    servers: ServerView[]
    links: Array<{ label: string; link: string }>
}

/** Job actions per server read for the delivery time, newest first: the bound of that read. */
export const DELIVERY_SAMPLE = 500
/** Servers the Overview shows, at most. */
export const MAX_SERVERS = 50
/** "Recently": a success older than this no longer counts as OpCon answering. */
export const RECENT_MS = 15 * 60 * 1000

const DAY_MS = 24 * 60 * 60 * 1000

function newest(...stamps: string[]): string {
    return stamps.filter((stamp) => parseStamp(stamp) !== null).sort().pop() ?? ''
}

function health(server: ServerFacts, nowMs: number): Pick<ServerView, 'health' | 'healthWords'> {
    const lastOk = newest(server.collectOkOn, server.lastActionOkOn)
    const collectorFailed = server.collectError !== '' && server.collectedOn !== ''
    const lastErrorAt = newest(collectorFailed ? server.collectedOn : '', server.lastActionError?.at ?? '')
    const errorWords = lastErrorAt === '' ? ''
        : lastErrorAt === (collectorFailed ? server.collectedOn : '') ? `Collector: ${server.collectError}` : `Job action: ${server.lastActionError?.message || 'failed without a message'}`
    const okWords = lastOk === '' ? 'No answer from OpCon recorded yet.' : `OpCon last answered ${agoWords(lastOk, nowMs)}.`
    if (lastErrorAt !== '' && (lastOk === '' || lastErrorAt > lastOk)) {
        return { health: 'error', healthWords: `${okWords} Last error ${agoWords(lastErrorAt, nowMs)}: ${errorWords}` }
    }
    if (lastOk !== '' && nowMs - (parseStamp(lastOk) ?? 0) <= RECENT_MS) {
        return { health: 'ok', healthWords: `${okWords}${errorWords ? ` Last error ${agoWords(lastErrorAt, nowMs)}: ${errorWords}` : ''}` }
    }
    const why = server.collectFailures ? '' : ' The collector is off for this server, so only job actions show whether OpCon answers.'
    return { health: 'unknown', healthWords: `${okWords}${errorWords ? ` Last error ${agoWords(lastErrorAt, nowMs)}: ${errorWords}` : ''}${why}` }
}

function collectorFigures(server: ServerFacts, nowMs: number): Figure[] {
    const serverLink = recordLink('x_opcon_server', server.sysId)
    if (!server.collectFailures) return [{ label: 'Collector', value: 'Off for this server ("Open incidents for failed jobs")', link: serverLink }]
    if (!server.active) return [{ label: 'Collector', value: 'Not run: the server is not active', link: serverLink, alert: true }]
    if (server.collectedOn === '') return [{ label: 'Collector', value: 'Has not run yet (it runs every minute while x_opcon.enabled is true)', link: serverLink, alert: true }]
    const stale = nowMs - (parseStamp(server.collectedOn) ?? 0) > 5 * 60 * 1000
    return [
        { label: 'Collector last ran', value: `${agoWords(server.collectedOn, nowMs)}${stale ? ': it should run every minute; is x_opcon.enabled on and the job "OpCon: collect failed jobs" active?' : ''}`, link: serverLink, alert: stale },
        { label: 'It took', value: server.collectMs === null ? 'unknown' : durationWords(server.collectMs), link: '' },
        { label: 'It found', value: server.collectError ? `${server.collectFound} Problem: ${server.collectError}` : server.collectFound, link: listLink('x_opcon_failure', `server=${server.sysId}^source=poll`), alert: server.collectError !== '' },
    ]
}

function serverView(server: ServerFacts, nowMs: number): ServerView {
    const today = startOfUtcDay(nowMs)
    const since24h = formatStamp(nowMs - DAY_MS)
    const failures = (query: string) => listLink('x_opcon_failure', `server=${server.sysId}^sys_created_on>=${today}${query ? `^${query}` : ''}`)
    const actions = (query: string) => listLink('x_opcon_action', `server=${server.sysId}^${query}`)
    const delivery = percentiles(server.deliveryMs)
    const failureFigures: Figure[] = FAILURE_BUCKETS.map((bucket) => ({
        label: BUCKET_WORDS[bucket],
        value: String(server.failuresToday[bucket] ?? 0),
        link: failures(BUCKET_QUERY[bucket]),
        alert: bucket === 'error' && (server.failuresToday.error ?? 0) > 0,
    }))
    failureFigures.push(
        { label: 'Reported by OpCon (push)', value: String(server.pushesToday), link: failures('source=push') },
        {
            label: 'Reports refused by the endpoint (server inactive or not collecting)',
            value: String(server.pushRefusedToday),
            link: listLink('syslog', `source=x_opcon^messageLIKEA failure report from^messageLIKE on ${server.address.replace(/\^/g, '')} was refused`),
            alert: server.pushRefusedToday > 0,
        },
        { label: 'Refused by the instance, waiting for an admin (any day)', value: String(server.refused), link: listLink('x_opcon_failure', `server=${server.sysId}^state=refused`), alert: server.refused > 0 },
    )
    const oldest = (count: number, stamp: string) => `${count}${count > 0 && stamp ? `, the oldest saved ${agoWords(stamp, nowMs)}` : ''}`
    return {
        name: server.name,
        address: server.address,
        link: recordLink('x_opcon_server', server.sysId),
        ...health(server, nowMs),
        sections: [
            { title: 'Collector', figures: collectorFigures(server, nowMs) },
            { title: `Failed jobs today (since ${today} UTC)`, figures: failureFigures },
            {
                title: 'Job actions',
                figures: [
                    { label: 'Waiting for OpCon', value: oldest(server.waiting, server.oldestWaiting), link: actions(`stateIN${WAITING_ACTION_STATES.join(',')}^ORDERBYsys_created_on`) },
                    { label: 'Held: server not active', value: oldest(server.held, server.oldestHeld), link: actions('state=held^ORDERBYsys_created_on'), alert: server.held > 0 },
                    { label: 'Failed in the last 24 hours', value: String(server.failed24h), link: actions(`stateIN${FAILED_ACTION_STATES.join(',')}^sys_updated_on>=${since24h}`), alert: server.failed24h > 0 },
                    {
                        label: 'Save to OpCon\'s answer, last 24 hours',
                        value: delivery === null ? 'No job action answered in the last 24 hours'
                            : `median ${durationWords(delivery.median)}, 95th percentile ${durationWords(delivery.p95)} (${delivery.count} newest action${delivery.count === 1 ? '' : 's'}${delivery.count >= DELIVERY_SAMPLE ? `, at most ${DELIVERY_SAMPLE}` : ''})`,
                        link: actions(`sent_onISNOTEMPTY^completed_on>=${since24h}^ORDERBYDESCcompleted_on`),
                    },
                ],
            },
        ],
    }
}

/** The Overview, from what was read. */
export function buildOverview(facts: OverviewFacts): OverviewView {
    const warnings: OverviewView['warnings'] = []
    const template = facts.defaultTemplate
    if (template && (!template.hasCaller || !template.hasGroup)) {
        const missing = [!template.hasCaller ? 'no caller' : '', !template.hasGroup ? 'no assignment group' : ''].filter(Boolean).join(' and ')
        const users = facts.servers.filter((server) => !server.hasTemplate).map((server) => server.name)
        warnings.push({
            text: `The Default incident template has ${missing}: a failed job that no other template matches opens an incident with ${missing}` +
                `${!template.hasGroup ? ', which nobody is assigned to fix' : ''}. Set them on the Default template.` +
                `${users.length > 0 ? ` Servers without a template of their own: ${users.join(', ')}.` : ''}`,
            link: recordLink('x_opcon_template', template.sysId),
        })
    }
    if (facts.coexistence) warnings.push(...coexistenceWarnings(facts.coexistence.facts, facts.coexistence.since))
    if (facts.servers.length === 0) warnings.push({ text: 'No OpCon server is registered yet: register one under OpCon Connector > New Server.', link: 'x_opcon_server.do?sys_id=-1' })
    if (facts.moreServers) warnings.push({ text: `More than ${MAX_SERVERS} servers are registered; the Overview shows the first ${MAX_SERVERS} by name.`, link: listLink('x_opcon_server', 'ORDERBYname') })
    return {
        ok: true,
        generatedAt: formatStamp(facts.nowMs),
        warnings,
        servers: facts.servers.map((server) => serverView(server, facts.nowMs)),
        links: [
            { label: 'System log: the connector\'s entries', link: listLink('syslog', 'source=x_opcon') },
            { label: 'System log: pushes the endpoint refused', link: listLink('syslog', 'source=x_opcon^messageLIKEA failure report from') },
            ...facts.servers.map((server) => ({
                label: `Outbound HTTP log: calls to ${server.name}`,
                link: listLink('sys_outbound_http_log', `urlSTARTSWITH${server.baseUrl.replace(/\^/g, '')}`),
            })),
        ],
    }
}

/** Words for what one collector run on a server found. */
export function collectorRunWords(run: { listCalls: number; newFailures: number; problem: string }): string {
    const found = run.newFailures === 0 ? 'No new failed job' : `${run.newFailures} new failed job${run.newFailures === 1 ? '' : 's'}`
    return `${found} (${run.listCalls} list call${run.listCalls === 1 ? '' : 's'} to OpCon).`
}
