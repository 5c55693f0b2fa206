// The Overview's figures (src/server/overview/overview-figures.ts): percentiles,
// words for states and times, and each figure's list link.
import {
    agoWords, buildOverview, collectorRunWords, durationWords, failureBucket, listLink, percentiles, startOfUtcDay,
    type OverviewFacts, type ServerFacts,
} from '../../src/server/overview/overview-figures'

const NOW = Date.UTC(2026, 11, 7, 15, 30, 0)
const ID = 'a'.repeat(32)

function server(overrides: Partial<ServerFacts> = {}): ServerFacts {
    return {
        sysId: ID, name: 'OpCon prod', address: 'opcon.example.com:9010', baseUrl: 'https://opcon.example.com:9010', active: true, collectFailures: true, hasTemplate: false,
        collectedOn: '2026-12-07 15:29:30', collectMs: 1234, collectFound: 'No new failed job (1 list call to OpCon).', collectError: '', collectOkOn: '2026-12-07 15:29:30',
        lastActionOkOn: '', lastActionError: null, failuresToday: {}, pushesToday: 0, pushRefusedToday: 0, refused: 0, waiting: 0, held: 0, oldestWaiting: '', oldestHeld: '', failed24h: 0, deliveryMs: [],
        ...overrides,
    }
}

const facts = (servers: ServerFacts[], defaultTemplate: OverviewFacts['defaultTemplate'] = { sysId: 'b'.repeat(32), hasCaller: true, hasGroup: true }): OverviewFacts =>
    ({ nowMs: NOW, servers, moreServers: false, defaultTemplate })

const figure = (view: ReturnType<typeof buildOverview>, label: string) =>
    view.servers[0].sections.flatMap((section) => section.figures).find((f) => f.label === label)!

const query = (link: string) => decodeURIComponent(link.split('sysparm_query=')[1])

describe('percentiles', () => {
    test('median and 95th percentile by nearest rank; none for no durations; negatives ignored', () => {
        expect(percentiles([])).toBeNull()
        expect(percentiles([5])).toEqual({ median: 5, p95: 5, count: 1 })
        const hundred = Array.from({ length: 100 }, (_, i) => 100 - i) // 100..1, unsorted on purpose
        expect(percentiles(hundred)).toEqual({ median: 50, p95: 95, count: 100 })
        expect(percentiles([1, 2, 3, 4, -7])).toEqual({ median: 2, p95: 4, count: 4 })
    })
})

describe('words', () => {
    test('durations and ages read as a person says them', () => {
        expect(durationWords(850)).toBe('850 ms')
        expect(durationWords(4230)).toBe('4.2 s')
        expect(durationWords(185_000)).toBe('3 min 5 s')
        expect(durationWords(7_800_000)).toBe('2 h 10 min')
        expect(agoWords('2026-12-07 15:29:30', NOW)).toBe('30 s ago (2026-12-07 15:29:30 UTC)')
        expect(agoWords('', NOW)).toBe('')
        expect(startOfUtcDay(NOW)).toBe('2026-12-07 00:00:00')
    })

    test('each failure state and outcome counts in one bucket; refused in none', () => {
        expect(failureBucket('done', 'opened')).toBe('opened')
        expect(failureBucket('done', 'replaced')).toBe('replaced')
        expect(failureBucket('recovered', '')).toBe('recovered')
        expect(failureBucket('not_failed', 'none')).toBe('not_failed')
        expect(failureBucket('confirming', '')).toBe('waiting')
        expect(failureBucket('error', '')).toBe('error')
        expect(failureBucket('refused', '')).toBeNull()
    })

    test('a collector run in words', () => {
        expect(collectorRunWords({ listCalls: 1, newFailures: 0, problem: '' })).toBe('No new failed job (1 list call to OpCon).')
        expect(collectorRunWords({ listCalls: 2, newFailures: 3, problem: '' })).toBe('3 new failed jobs (2 list calls to OpCon).')
    })
})

describe('links', () => {
    test('a list link carries the encoded query, newest first unless it orders itself', () => {
        expect(listLink('x_opcon_action', 'state=held')).toBe('x_opcon_action_list.do?sysparm_query=state%3Dheld%5EORDERBYDESCsys_created_on')
        expect(listLink('x_opcon_action', 'state=held^ORDERBYsys_created_on')).toBe('x_opcon_action_list.do?sysparm_query=state%3Dheld%5EORDERBYsys_created_on')
    })

    test('each figure links to the list it was counted from', () => {
        const view = buildOverview(facts([server({ failuresToday: { opened: 2, waiting: 1 }, waiting: 3, held: 1, oldestWaiting: '2026-12-07 15:00:00', failed24h: 4, refused: 1, pushesToday: 2 })]))
        expect(figure(view, 'Incident opened').value).toBe('2')
        expect(query(figure(view, 'Incident opened').link)).toBe(`server=${ID}^sys_created_on>=2026-12-07 00:00:00^outcome=opened^ORDERBYDESCsys_created_on`)
        expect(query(figure(view, 'Waiting or being worked').link)).toContain('^stateINwaiting,confirming,working')
        expect(figure(view, 'Waiting for OpCon').value).toBe('3, the oldest saved 30 min ago (2026-12-07 15:00:00 UTC)')
        expect(query(figure(view, 'Waiting for OpCon').link)).toBe(`server=${ID}^stateINqueued,sending,sent^ORDERBYsys_created_on`)
        expect(query(figure(view, 'Held: server not active').link)).toBe(`server=${ID}^state=held^ORDERBYsys_created_on`)
        expect(query(figure(view, 'Failed in the last 24 hours').link)).toBe(`server=${ID}^stateINfailed,rejected^sys_updated_on>=2026-12-06 15:30:00^ORDERBYDESCsys_created_on`)
        expect(query(figure(view, 'Reported by OpCon (push)').link)).toContain('^source=push')
        expect(query(figure(view, 'Reports refused by the endpoint (server inactive or not collecting)').link)).toBe('source=x_opcon^messageLIKEA failure report from^messageLIKE on opcon.example.com:9010 was refused^ORDERBYDESCsys_created_on')
        expect(query(figure(view, 'Refused by the instance, waiting for an admin (any day)').link)).toBe(`server=${ID}^state=refused^ORDERBYDESCsys_created_on`)
        expect(view.links.map((l) => query(l.link))).toEqual([
            'source=x_opcon^ORDERBYDESCsys_created_on',
            'source=x_opcon^messageLIKEA failure report from^ORDERBYDESCsys_created_on',
            'urlSTARTSWITHhttps://opcon.example.com:9010^ORDERBYDESCsys_created_on',
        ])
    })
})

describe('health and warnings', () => {
    test('OpCon answered recently: ok; an error newer than the last answer: error, in words', () => {
        expect(buildOverview(facts([server()])).servers[0].health).toBe('ok')
        const failing = buildOverview(facts([server({ collectedOn: '2026-12-07 15:29:50', collectError: 'OpCon opcon.example.com:9010 refused the token (HTTP 401).', collectOkOn: '2026-12-07 14:00:00' })])).servers[0]
        expect(failing.health).toBe('error')
        expect(failing.healthWords).toBe('OpCon last answered 1 h 30 min ago (2026-12-07 14:00:00 UTC). Last error 10 s ago (2026-12-07 15:29:50 UTC): Collector: OpCon opcon.example.com:9010 refused the token (HTTP 401).')
        const quiet = buildOverview(facts([server({ collectFailures: false, collectedOn: '', collectOkOn: '' })])).servers[0]
        expect(quiet.health).toBe('unknown')
        expect(quiet.healthWords).toContain('The collector is off for this server')
    })

    test('the delivery time: median and 95th percentile of the sample, or words when none', () => {
        expect(figure(buildOverview(facts([server({ deliveryMs: [1000, 2000, 3000, 60_000] })])), 'Save to OpCon\'s answer, last 24 hours').value)
            .toBe('median 2 s, 95th percentile 1 min (4 newest actions)')
        expect(figure(buildOverview(facts([server()])), 'Save to OpCon\'s answer, last 24 hours').value).toBe('No job action answered in the last 24 hours')
    })

    test('the Default template without caller or group is called out, with the servers that fall back to it', () => {
        const none = buildOverview(facts([server()], { sysId: 'b'.repeat(32), hasCaller: false, hasGroup: false }))
        expect(none.warnings[0].text).toBe('The Default incident template has no caller and no assignment group: a failed job that no other template matches opens an incident with no caller and no assignment group, which nobody is assigned to fix. Set them on the Default template. Servers without a template of their own: OpCon prod.')
        expect(none.warnings[0].link).toBe(`x_opcon_template.do?sys_id=${'b'.repeat(32)}`)
        expect(buildOverview(facts([server()])).warnings).toEqual([])
        expect(buildOverview(facts([server()], { sysId: 'b'.repeat(32), hasCaller: true, hasGroup: false })).warnings[0].text).toMatch(/^The Default incident template has no assignment group:/)
    })
})
