import { correlationIdFor, decideCorrelationEdit, linkedNote, notLinkedReason, type CorrelationEdit } from '../../src/server/links/job-link'

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
