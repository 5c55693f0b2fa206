import { actionForState, actionReason } from '../../src/server/sync/state-actions'
import { outcomeNote, notSentNote } from '../../src/server/sync/work-notes'

describe('actionForState', () => {
    test('In Progress, Resolved (per property) and Canceled; nothing for the rest', () => {
        expect(actionForState('2', 'markFixed')).toBe('markUnderReview')
        expect(actionForState('6', 'markFixed')).toBe('markFixed')
        expect(actionForState('6', 'restart')).toBe('restart')
        expect(actionForState('8', 'markFixed')).toBe('cancel')
        expect(['1', '3', '7', ''].map((s) => actionForState(s, 'markFixed'))).toEqual([null, null, null, null])
    })
})

describe('actionReason', () => {
    test('names the incident and who changed it', () => {
        expect(actionReason({ number: 'INC0010023', action: 'markFixed', userName: 'Jane Admin', source: 'rule' })).toBe('INC0010023 resolved by Jane Admin in ServiceNow')
        expect(actionReason({ number: 'INC1', action: 'restart', userName: 'Al', source: 'dialog', note: ' fixed the disk ' })).toBe('INC1: Al asked to restart the job in ServiceNow: fixed the disk')
        expect(actionReason({ number: 'INC1', action: 'cancel', userName: ' ', source: 'rule' })).toBe('INC1 canceled by an unknown user in ServiceNow')
    })
})

describe('work notes', () => {
    const job = { jobName: 'GENP001', scheduleId: '123', scheduleDate: '2019-12-20' }

    test('success in one sentence', () => {
        expect(outcomeNote({ action: 'markFixed', job, serverName: 'opcon-prod', state: 'succeeded', message: '' }))
            .toBe('OpCon job GENP001 (schedule 123, 2019-12-20) marked Fixed on opcon-prod.')
    })

    test('refusal and failure say why and what to do', () => {
        expect(outcomeNote({ action: 'markUnderReview', job, serverName: 'p', state: 'rejected', message: 'Job is not Failed.' }))
            .toMatch(/^OpCon job GENP001 .* was not marked Under Review on p: OpCon refused the action\. Job is not Failed\. Look at the job in OpCon/)
        expect(outcomeNote({ action: 'restart', job, serverName: 'p', state: 'failed', message: 'Gave up.' })).toMatch(/could not be restarted on p: Gave up\. An OpCon Connector admin/)
        expect(notSentNote('cancel', 'no server.')).toBe('The OpCon job was not cancelled: no server.')
    })
})
