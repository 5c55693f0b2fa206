// The OpCon agent as a configuration item: what the IRE is sent, what its answers
// mean, and which CIs the sync may write (src/server/cmdb/agent-ci.ts).
import {
    agentPayload, checkWrite, countLeft, DISCOVERY_SOURCE, emptyCounts, hasComputerFields, interpretIdentification,
    syncStep, syncSummary, type MatchedCi, type OpConMachine,
} from '../../src/server/cmdb/agent-ci'

const MACHINE: OpConMachine = { id: 7, name: 'agent-win01', osType: 'Windows', osVersion: '10.0.20348', tcpIpAddress: '10.0.0.11', fqdn: 'agent-win01.corp' }
const values = (payload: string): Record<string, string> => JSON.parse(payload).items[0].values
const answer = (item: Record<string, unknown>): string => JSON.stringify({ items: [item], relations: [] })

describe('the IRE payload', () => {
    test('a computer class gets the OS fields; cmdb_ci_hardware, which has none, gets only the name and IP address', () => {
        expect(values(agentPayload(MACHINE, 'cmdb_ci_computer'))).toEqual({ name: 'agent-win01', ip_address: '10.0.0.11', os: 'Windows', os_version: '10.0.20348', fqdn: 'agent-win01.corp' })
        expect(values(agentPayload(MACHINE, 'cmdb_ci_linux_server'))).toHaveProperty('os', 'Windows')
        expect(values(agentPayload(MACHINE, 'cmdb_ci_hardware'))).toEqual({ name: 'agent-win01', ip_address: '10.0.0.11' })
        expect(['cmdb_ci_computer', 'cmdb_ci_server', 'cmdb_ci_win_server', 'cmdb_ci_linux_server', 'cmdb_ci_hardware', 'cmdb_ci'].map(hasComputerFields))
            .toEqual([true, true, true, true, false, false])
    })

    test('an empty value is never sent, and every reclassification is forbidden', () => {
        const item = JSON.parse(agentPayload({ ...MACHINE, osVersion: '', tcpIpAddress: '' }, 'cmdb_ci_server')).items[0]
        expect(item.values).toEqual({ name: 'agent-win01', os: 'Windows', fqdn: 'agent-win01.corp' })
        expect(item.settings).toEqual({ updateWithoutUpgrade: true, updateWithoutDowngrade: true, updateWithoutSwitch: true })
    })
})

describe('identifyCI\'s answer', () => {
    test('INSERT is no CI; UPDATE and NO_CHANGE name the CI', () => {
        expect(interpretIdentification(answer({ operation: 'INSERT', sysId: '' }), 'a')).toEqual({ ok: true, sysId: null })
        expect(interpretIdentification(answer({ operation: 'INSERT', sysId: 'Unknown' }), 'a')).toEqual({ ok: true, sysId: null })
        expect(interpretIdentification(answer({ operation: 'UPDATE', sysId: 'ci1' }), 'a')).toEqual({ ok: true, sysId: 'ci1' })
        expect(interpretIdentification(answer({ operation: 'NO_CHANGE', sysId: 'ci1' }), 'a')).toEqual({ ok: true, sysId: 'ci1' })
    })

    test('a refusal, an answer without a CI or not JSON is a sentence, never a guess', () => {
        expect(interpretIdentification(answer({ operation: 'NO_CHANGE', errorCount: 1, errors: [{ error: 'MULTIPLE_DUPLICATE_RECORDS', message: 'two' }] }), 'a<b>'))
            .toEqual({ ok: false, message: 'Agent a<b> was not synchronised: the Identification and Reconciliation Engine refused it (MULTIPLE_DUPLICATE_RECORDS: two).' })
        expect(interpretIdentification(answer({ operation: 'UPDATE', sysId: 'Unknown' }), 'a')).toMatchObject({ ok: false })
        expect(interpretIdentification(answer({ operation: 'DELETE', sysId: 'ci1' }), 'a')).toMatchObject({ ok: false })
        expect(interpretIdentification('{', 'a')).toMatchObject({ ok: false, message: expect.stringMatching(/not JSON/) })
        expect(interpretIdentification('{"items":[]}', 'a')).toMatchObject({ ok: false, message: expect.stringMatching(/without a result/) })
    })
})

describe('which CI the sync may write', () => {
    const ci = (values: Partial<MatchedCi>): MatchedCi => ({ sysId: 'ci1', name: 'AGENT-WIN01', className: 'cmdb_ci_win_server', discoverySource: DISCOVERY_SOURCE, ...values })

    test('no CI matched: a new CI with the machine\'s name', () => {
        const step = syncStep(MACHINE, 'cmdb_ci_computer', { sysId: null }, null)
        expect(step.kind).toBe('create')
        expect(step.kind === 'create' && values(step.payload).name).toBe('agent-win01')
    })

    test('the connector\'s own CI is updated under its own name, never renamed', () => {
        const step = syncStep(MACHINE, 'cmdb_ci_computer', { sysId: 'ci1' }, ci({}))
        expect(step).toMatchObject({ kind: 'update', sysId: 'ci1' })
        expect(step.kind === 'update' && values(step.payload)).toMatchObject({ name: 'AGENT-WIN01', ip_address: '10.0.0.11', os: 'Windows' })
    })

    test('an own CI of a class without OS fields gets none, even when the configured class has them', () => {
        const step = syncStep(MACHINE, 'cmdb_ci_computer', { sysId: 'ci1' }, ci({ className: 'cmdb_ci_hardware' }))
        expect(step.kind === 'update' && values(step.payload)).toEqual({ name: 'AGENT-WIN01', ip_address: '10.0.0.11' })
    })

    test('a CI another source owns, or none, or one that cannot be read, is left unchanged with a sentence', () => {
        expect(syncStep(MACHINE, 'cmdb_ci_computer', { sysId: 'ci1' }, ci({ discoverySource: 'ServiceNow' }))).toEqual({
            kind: 'leave',
            note: 'Agent agent-win01 is configuration item AGENT-WIN01 (cmdb_ci_win_server), which discovery source ServiceNow owns: the connector left it unchanged; incidents for jobs on this agent still reference it.',
        })
        expect(syncStep(MACHINE, 'cmdb_ci_computer', { sysId: 'ci1' }, ci({ discoverySource: '' }))).toMatchObject({ kind: 'leave', note: expect.stringMatching(/which no discovery source owns/) })
        expect(syncStep(MACHINE, 'cmdb_ci_computer', { sysId: 'ci1' }, ci({ discoverySource: 'opconconnector' }))).toMatchObject({ kind: 'leave' })
        expect(syncStep(MACHINE, 'cmdb_ci_computer', { sysId: 'ci1' }, null)).toMatchObject({ kind: 'leave', note: expect.stringMatching(/cannot read/) })
    })
})

describe('the write against what was identified', () => {
    test('a create must insert and an update must touch the identified CI; anything else names the CI written', () => {
        const insert = { ok: true as const, operation: 'INSERT' as const, sysId: 'new1' }
        const update = { ok: true as const, operation: 'UPDATE' as const, sysId: 'ci1' }
        expect(checkWrite({ kind: 'create' }, insert, 'a')).toEqual(insert)
        expect(checkWrite({ kind: 'update', sysId: 'ci1' }, update, 'a')).toEqual(update)
        expect(checkWrite({ kind: 'update', sysId: 'ci1' }, { ...update, operation: 'NO_CHANGE' }, 'a')).toMatchObject({ ok: true })
        expect(checkWrite({ kind: 'create' }, update, 'a')).toEqual({
            ok: false,
            message: 'Agent a: the Identification and Reconciliation Engine wrote to configuration item ci1, not the one identified a moment before (the CMDB changed meanwhile); check that CI\'s name, IP address and OS.',
        })
        expect(checkWrite({ kind: 'update', sysId: 'ci1' }, { ...update, sysId: 'ci2' }, 'a')).toMatchObject({ ok: false })
        expect(checkWrite({ kind: 'update', sysId: 'ci1' }, insert, 'a')).toMatchObject({ ok: false, message: expect.stringMatching(/created configuration item new1/) })
        expect(checkWrite({ kind: 'create' }, { ok: false, message: 'refused' }, 'a')).toEqual({ ok: false, message: 'refused' })
    })
})

describe('the sync\'s sentence', () => {
    test('agents left unchanged are counted, and named only when there are some', () => {
        expect(syncSummary('s1', { ...emptyCounts(), created: 1 })).toBe('OpCon server s1: 1 agent synchronised to the CMDB: 1 created, 0 updated, 0 unchanged.')
        const left = countLeft(countLeft({ ...emptyCounts(), updated: 1 }, 'one'), 'two')
        expect(left).toMatchObject({ left: 2, notes: ['one', 'two'] })
        expect(syncSummary('s1', left)).toBe('OpCon server s1: 3 agents synchronised to the CMDB: 0 created, 1 updated, 0 unchanged, 2 left unchanged (another discovery source owns their CIs).')
    })
})
