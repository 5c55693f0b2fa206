import { dailyScheduleIdOf, jobStatusOf, outputsOf, stopReason } from '../../src/server/flow/flow-outputs'
import { failure, success } from '../../src/server/opcon/opcon-result'

const ROW = 'a'.repeat(32)

describe('what an OpCon action hands back to its flow', () => {
    test('a finished change succeeded; a read without an asynchronous result succeeded', () => {
        expect(outputsOf(success(200, { id: 7, result: 'success' }), ROW)).toMatchObject({ succeeded: true, pending: false, action_row: ROW, opcon_status: 200, error_code: '' })
        expect(outputsOf(success(200, [{ id: '20261127|310|1' }]), '')).toMatchObject({ succeeded: true, pending: false })
    })

    test('an accepted but unfinished change is pending, not failed: sending it again would act twice', () => {
        expect(outputsOf(success(200, { id: 7, result: 'submitted' }), ROW)).toMatchObject({ succeeded: false, pending: true, error_code: '' })
        const stillPending = failure(503, { code: 'still_pending', message: 'read later', retryable: false, ambiguous: false })
        expect(outputsOf(stillPending, ROW)).toMatchObject({ succeeded: false, pending: true, error_code: '', error_message: '' })
    })

    test('a failure carries its code, its sentence and OpCon\'s own words', () => {
        const refused = failure(200, { code: 'action_failed', message: 'OpCon refused it.', retryable: false, ambiguous: false, opconMessage: 'not allowed' })
        expect(outputsOf(refused, ROW)).toMatchObject({ succeeded: false, pending: false, error_code: 'action_failed', error_message: 'OpCon refused it.', opcon_message: 'not allowed', opcon_status: 200 })
    })

    test('the flow stops only when its author asked and the action neither succeeded nor is pending', () => {
        const failed = outputsOf(failure(503, { code: 'server_error', message: 'OpCon is down.', retryable: true, ambiguous: false }), ROW)
        expect(stopReason(failed, true)).toBe('OpCon is down.')
        expect(stopReason(failed, false)).toBeNull()
        expect(stopReason(outputsOf(success(200, { result: 'submitted' }), ROW), true)).toBeNull()
        expect(stopReason(outputsOf(success(200, { result: 'success' }), ROW), true)).toBeNull()
    })

    test('job status and daily schedule id are read from OpCon\'s shapes, empty when absent', () => {
        expect(jobStatusOf({ jobStatus: { description: 'Held' } })).toBe('Held')
        expect(jobStatusOf({ jobStatus: null })).toBe('')
        expect(dailyScheduleIdOf([{ id: '20261127|310|1' }, { id: 'other' }])).toBe('20261127|310|1')
        expect(dailyScheduleIdOf([])).toBe('')
    })
})
