import { awaitingReason, correlationIdFor, decideCorrelationEdit, holdsJob, linkedNote, notLinkedReason, type CorrelationEdit, type JobHolder } from '../../src/server/links/job-link'
import { decideLinkCheck } from '../../src/server/links/link-check'

const edit = (overrides: Partial<CorrelationEdit>): CorrelationEdit => ({
    trusted: 'integration', user: 'Bob Itil (bob)', number: 'INC0010001',
    correlationDisplay: 'SMA_OPCON', correlationId: 'opcon.example.com:9010,20191220|123|1|GENP001',
    opconDisplay: 'SMA_OPCON', correlationIdMaxLength: 100, linked: null, ...overrides,
})
const linked = { address: 'opcon.example.com:9010', dailyJobId: '20191220|123|1|GENP001' }

describe('decideCorrelationEdit', () => {
    test('fields of another integration on an unlinked incident are none of the connector\'s business', () => {
        expect(decideCorrelationEdit(edit({ correlationDisplay: 'SCOM', trusted: null }))).toEqual({ kind: 'ignore' })
    })

    test('a trusted source links the job its fields name', () => {
        const decision = decideCorrelationEdit(edit({ trusted: 'admin' }))
        expect(decision).toMatchObject({ kind: 'link', how: 'admin', reference: { address: 'opcon.example.com:9010', dailyJobId: '20191220|123|1|GENP001', jobName: 'GENP001' } })
    })

    test('the same job again changes nothing', () => {
        expect(decideCorrelationEdit(edit({ linked }))).toEqual({ kind: 'unchanged' })
    })

    test('anyone else is refused, whether or not the incident is linked, and the note says what stays', () => {
        const unlinked = decideCorrelationEdit(edit({ trusted: null }))
        expect(unlinked).toMatchObject({ kind: 'refused', why: 'untrusted' })
        expect(unlinked.kind === 'refused' && unlinked.note).toMatch(/^The OpCon link of INC0010001 is unchanged\. Bob Itil \(bob\) changed its correlation fields.*It is not linked to an OpCon job, so its state changes send nothing to OpCon\. An OpCon Connector admin/)
        const stays = decideCorrelationEdit(edit({ trusted: null, linked, correlationId: 'opcon.example.com:9010,20191220|999|1|PAYROLL' }))
        expect(stays.kind === 'refused' && stays.note).toMatch(/It stays linked to OpCon job 20191220\|123\|1\|GENP001 on opcon\.example\.com:9010\.$/)
        // Even blanking the display of a linked incident is an edit the link ignores.
        expect(decideCorrelationEdit(edit({ trusted: null, linked, correlationDisplay: '' }))).toMatchObject({ kind: 'refused', why: 'untrusted' })
    })

    test('a trusted source cannot drop a link by blanking the display', () => {
        expect(decideCorrelationEdit(edit({ linked, correlationDisplay: '' }))).toMatchObject({ kind: 'refused', why: 'not_opcon' })
    })

    test('an id that fills the field may be cut short: not linked', () => {
        const id = `opcon.example.com:9010,20191220|123|1|${'J'.repeat(100 - 38)}`
        expect(id).toHaveLength(100)
        expect(decideCorrelationEdit(edit({ correlationId: id }))).toMatchObject({ kind: 'refused', why: 'truncated' })
        expect(decideCorrelationEdit(edit({ correlationId: id.slice(0, 99) }))).toMatchObject({ kind: 'link' })
    })

    test('an id the parser refuses links nothing, with the parser\'s words', () => {
        const decision = decideCorrelationEdit(edit({ correlationId: 'opcon.example.com:9010;20191220|123|1|X' }))
        expect(decision).toMatchObject({ kind: 'refused', why: 'unparsable' })
        expect(decision.kind === 'refused' && decision.note).toContain('has no comma')
    })
})

test('notLinkedReason says why and what to do', () => {
    expect(notLinkedReason('INC1', { saysOpCon: false, correlationId: '', correlationIdMaxLength: 100 })).toMatch(/^INC1 is not linked to an OpCon job\. Nothing was sent to OpCon\. An OpCon Connector admin can/)
    expect(notLinkedReason('INC1', { saysOpCon: true, correlationId: 'x', correlationIdMaxLength: 100 })).toContain('its correlation id cannot be used')
    expect(notLinkedReason('INC1', { saysOpCon: true, correlationId: 'opcon.example.com:9010,20191220|123|1|GENP001', correlationIdMaxLength: 100 }))
        .toContain('its correlation fields were not set by the OpCon integration account or an OpCon Connector admin')
})

test('linkedNote names the job, who, and what it replaced', () => {
    expect(linkedNote(linked, 'Olivia Admin (opcon.admin)', { address: 'old:9010', dailyJobId: '20191220|1|1|OLD' }))
        .toBe('Linked to OpCon job 20191220|123|1|GENP001 on opcon.example.com:9010 by Olivia Admin (opcon.admin) (it was linked to OpCon job 20191220|1|1|OLD on old:9010). State changes of this incident now act on that job.')
})

describe('fields that say what the link says', () => {
    const linked = { address: 'opcon.example.com:9010', dailyJobId: '20191220|123|1|GENP001' }
    const base = { user: 'Jane Agent (agent)', number: 'INC1', correlationDisplay: 'SMA_OPCON', opconDisplay: 'SMA_OPCON', correlationIdMaxLength: 100, linked }

    test('move nothing and are not refused, whoever set them', () => {
        expect(decideCorrelationEdit({ ...base, trusted: null, correlationId: `${linked.address},${linked.dailyJobId}` })).toEqual({ kind: 'unchanged' })
    })

    test('an id too long for the field is carried as an empty field', () => {
        const long = { address: linked.address, dailyJobId: `20191220|123|1|${'J'.repeat(100)}` }
        expect(correlationIdFor(long)).toBe('')
        expect(correlationIdFor(linked)).toBe(`${linked.address},${linked.dailyJobId}`)
        expect(decideCorrelationEdit({ ...base, linked: long, trusted: null, correlationId: '' })).toEqual({ kind: 'unchanged' })
        // Another job's id from an untrusted user is still refused.
        expect(decideCorrelationEdit({ ...base, trusted: null, correlationId: `${linked.address},20191220|123|1|OTHER` })).toMatchObject({ kind: 'refused', why: 'untrusted' })
    })
})

describe('links the connector or an admin made hold their job', () => {
    const job = { address: 'opcon.example.com:9010', dailyJobId: '20191220|123|1|GENP001' }
    const holder = (how: string, incidentState: string): JobHolder => ({ ...job, incidentSysId: 'i1', incidentNumber: 'INC0000042', how, incidentState })

    test('while the incident is open, a link by the connector or an admin holds; integration links, closed or canceled incidents do not', () => {
        expect(holdsJob(holder('app', '1'))).toBe(true)
        expect(holdsJob(holder('admin', '6'))).toBe(true)
        expect(holdsJob(holder('integration', '2'))).toBe(false)
        expect(holdsJob(holder('app', '7'))).toBe(false)
        expect(holdsJob(holder('admin', '8'))).toBe(false)
        // An incident that is gone holds nothing.
        expect(holdsJob(holder('app', ''))).toBe(false)
    })

    test('no correlation edit takes a held job from another incident, whoever makes it; the note names the incident that keeps it', () => {
        for (const trusted of ['integration', 'admin'] as const) {
            const decision = decideCorrelationEdit(edit({ trusted, user: 'OpCon Integration (opcon.integration)', holderOf: () => holder('app', '2') }))
            expect(decision).toMatchObject({ kind: 'refused', why: 'taken' })
            expect(decision.kind === 'refused' && decision.note).toBe('The OpCon link of INC0010001 is unchanged. OpCon Integration (opcon.integration) changed its correlation id to name OpCon job 20191220|123|1|GENP001 on opcon.example.com:9010, ' +
                'but that job is linked to INC0000042 by the connector itself, and such a link stands until that incident is closed or canceled. ' +
                'It is not linked to an OpCon job, so its state changes send nothing to OpCon. An OpCon Connector admin who has checked the job in OpCon can move it with "Link to OpCon job" on the incident that should act on it.')
        }
    })

    test('an admin relinking by hand moves a held job', () => {
        expect(decideCorrelationEdit(edit({ trusted: 'admin', relink: true, holderOf: () => holder('app', '2') }))).toMatchObject({ kind: 'link', how: 'admin', awaitsOpCon: false })
    })

    test('a held job of a closed incident, or one the integration account linked, may be linked (the integration account\'s after OpCon confirms)', () => {
        expect(decideCorrelationEdit(edit({ holderOf: () => holder('app', '7') }))).toMatchObject({ kind: 'link', awaitsOpCon: true })
        expect(decideCorrelationEdit(edit({ holderOf: () => holder('integration', '2') }))).toMatchObject({ kind: 'link', awaitsOpCon: true })
    })

    test('the incident\'s own held link is not re-aimed by an edit', () => {
        const own = { address: 'opcon.example.com:9010', dailyJobId: '20191220|1|1|OWN', how: 'app' }
        const decision = decideCorrelationEdit(edit({ linked: own, incidentState: '2' }))
        expect(decision).toMatchObject({ kind: 'refused', why: 'held' })
        expect(decision.kind === 'refused' && decision.note).toContain('but INC0010001 was linked by the connector itself, and such a link stands until the incident is closed or canceled. It stays linked to OpCon job 20191220|1|1|OWN')
        expect(decideCorrelationEdit(edit({ linked: own, incidentState: '7' }))).toMatchObject({ kind: 'link' })
        expect(decideCorrelationEdit(edit({ linked: { ...own, how: 'integration' }, incidentState: '2' }))).toMatchObject({ kind: 'link', awaitsOpCon: true })
    })
})

describe('the integration account\'s links await OpCon', () => {
    test('an admin\'s link is in force at once; the integration account\'s waits, and says so', () => {
        expect(decideCorrelationEdit(edit({ trusted: 'admin' }))).toMatchObject({ kind: 'link', awaitsOpCon: false })
        const decision = decideCorrelationEdit(edit({ user: 'OpCon Integration (opcon.integration)' }))
        expect(decision).toMatchObject({ kind: 'link', how: 'integration', awaitsOpCon: true })
        expect(decision.kind === 'link' && decision.awaitsOpCon && decision.note).toBe('OpCon Integration (opcon.integration) linked INC0010001 to OpCon job 20191220|123|1|GENP001 on opcon.example.com:9010. ' +
            'The link awaits OpCon\'s confirmation that the job failed: the connector reads the job from the registered server and confirms the link only if OpCon reports it failed. Meanwhile its state changes send nothing to OpCon.')
    })

    test('the same job again while it awaits changes nothing', () => {
        expect(decideCorrelationEdit(edit({ pending: { address: 'opcon.example.com:9010', dailyJobId: '20191220|123|1|GENP001' } }))).toEqual({ kind: 'unchanged' })
    })

    test('a state change meanwhile says what it waits for', () => {
        expect(awaitingReason('INC1', { address: 'a:1', dailyJobId: '20191220|1|1|J' }, 'OpCon server x is not active.')).toBe(
            'INC1\'s link to OpCon job 20191220|1|1|J on a:1 awaits OpCon\'s confirmation that the job failed, so nothing was sent to OpCon. Last check: OpCon server x is not active. ' +
            'Once OpCon confirms it, change the state again (or use the OpCon Job button); if OpCon does not, the incident\'s work notes say why.')
    })

    test('a refused link is what a later state change cites', () => {
        expect(notLinkedReason('INC1', { saysOpCon: true, correlationId: 'opcon.example.com:9010,20191220|123|1|GENP001', correlationIdMaxLength: 100, refusedLink: 'The link was refused: not failed.' }))
            .toMatch(/^INC1 says it is an OpCon incident, but it is not linked to an OpCon job: OpCon did not confirm the OpCon integration account's link: The link was refused: not failed\. Nothing was sent/)
    })
})

describe('decideLinkCheck', () => {
    const ctx = { number: 'INC1', job: { address: 'a:1', dailyJobId: '20191220|1|1|J' }, serverName: 'prod', attempts: 1, maxAttempts: 3, backoffBaseSeconds: 60 }

    test('OpCon reports the job failed: confirmed', () => {
        expect(decideLinkCheck({ ok: true, dailyJobId: '20191220|1|1|J', statusDescription: 'Failed', category: 'Failed' }, ctx))
            .toEqual({ kind: 'confirm', note: 'Linked to OpCon job 20191220|1|1|J on a:1: OpCon server prod reports the job failed ("Failed"). State changes of INC1 now act on that job.' })
    })

    test.each([['Finished OK', 'Finished'], ['Running', 'Running'], ['On Hold', 'Held'], ['Cancelled', 'Cancelled']])('"%s" (%s) is not failed: refused in words', (description, category) => {
        const decision = decideLinkCheck({ ok: true, dailyJobId: '20191220|1|1|J', statusDescription: description, category }, ctx)
        expect(decision).toMatchObject({ kind: 'refuse' })
        expect(decision.note).toContain(`OpCon server prod reports the job as "${description}", not failed`)
    })

    test('an answer about another job, or no such job, refuses', () => {
        expect(decideLinkCheck({ ok: true, dailyJobId: '20191220|1|1|OTHER', statusDescription: 'Failed', category: 'Failed' }, ctx)).toMatchObject({ kind: 'refuse', note: expect.stringContaining('answered about another job') })
        expect(decideLinkCheck({ ok: false, code: 'not_found', message: 'x', retryable: false }, ctx)).toMatchObject({ kind: 'refuse', note: expect.stringContaining('has no such daily job') })
    })

    test('a transient failure is asked again with the job actions\' backoff, then refused; a lasting one at once', () => {
        const down = { ok: false as const, code: 'server_error', message: 'OpCon answered 503.', retryable: true }
        expect(decideLinkCheck(down, ctx)).toMatchObject({ kind: 'retry', inSeconds: 60 })
        expect(decideLinkCheck(down, { ...ctx, attempts: 2 })).toMatchObject({ kind: 'retry', inSeconds: 120 })
        expect(decideLinkCheck(down, { ...ctx, attempts: 3 })).toMatchObject({ kind: 'refuse', note: expect.stringContaining('could not confirm that the job failed after 3 attempts: OpCon answered 503. A link is never confirmed') })
        expect(decideLinkCheck({ ok: false, code: 'unauthorized', message: 'Token refused.', retryable: false }, ctx)).toMatchObject({ kind: 'refuse', note: expect.stringContaining('could not confirm that the job failed: Token refused.') })
    })
})
