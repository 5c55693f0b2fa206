import { roleRefusal, rowFlowName, waitRefusal } from '../../src/server/flow/flow-policy'

const USER = 'a'.repeat(32)
const OTHER = 'b'.repeat(32)
const ROW = 'c'.repeat(32)

describe('who may use an OpCon Flow action', () => {
    test('only a user who holds x_opcon.user themselves; the refusal says who, which action, which role and what to do', () => {
        expect(roleRefusal({ userName: 'jane', displayName: 'Jane Agent', holdsRole: true }, 'F', 'Get daily job')).toBeNull()
        expect(roleRefusal({ userName: 'admin', displayName: 'System Administrator', holdsRole: false }, 'Nightly check', 'Get daily job')).toBe(
            'The flow "Nightly check" runs as System Administrator (admin), who may not use the OpCon action "Get daily job": every OpCon action needs the role x_opcon.user, '
            + 'held by the flow\'s user themselves (admin alone is not enough). Nothing was sent to OpCon and nothing changed; give that user x_opcon.user, or set the flow to run as a user who has it.')
        expect(roleRefusal({ userName: 'admin', displayName: 'A', holdsRole: false }, '', 'Get daily job')).toMatch(/^The flow runs as A \(admin\)/)
    })
})

describe('which row "Wait for OpCon result" may complete', () => {
    const own = { id: ROW, source: 'flow', requestedBy: USER, flowName: 'Restart on approval' }

    test('its own flow\'s row: same user, same flow name (an unnamed flow matches an unnamed one)', () => {
        expect(waitRefusal(own, { userId: USER, flowName: 'Restart on approval' })).toBeNull()
        expect(waitRefusal({ ...own, flowName: '(flow not named)' }, { userId: USER, flowName: '' })).toBeNull()
        // A long name is compared as the row stores it (cut).
        const long = 'x'.repeat(300)
        expect(waitRefusal({ ...own, flowName: rowFlowName(long) }, { userId: USER, flowName: long })).toBeNull()
    })

    test('another user\'s row, another flow\'s, a row without a user, or a row not written by a Flow action is refused, saying what to give instead', () => {
        expect(waitRefusal(own, { userId: OTHER, flowName: 'Restart on approval' })).toContain('another user\'s flow asked for it')
        expect(waitRefusal({ ...own, requestedBy: '' }, { userId: '', flowName: 'Restart on approval' })).toContain('another user\'s flow asked for it')
        expect(waitRefusal(own, { userId: USER, flowName: 'Other' })).toContain('it belongs to the flow "Restart on approval", not "Other"')
        for (const source of ['api', 'rule', 'dialog', '']) {
            const refusal = waitRefusal({ ...own, source }, { userId: USER, flowName: 'Restart on approval' })
            expect(refusal).toContain('it was not written by an OpCon Flow action')
            expect(refusal).toContain('Nothing was read or changed')
        }
    })
})
