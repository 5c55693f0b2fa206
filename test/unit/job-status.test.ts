import { allowedActions } from '../../src/server/opcon/job-status'

// OpCon docs, status-change commands (../shared/opcon/README.md): Mark Under Review from Failed,
// Marked Failed or Initialization Error; Mark Fixed from those three or Under Review.
describe('mark under review and mark fixed follow OpCon\'s status-change rules', () => {
    const marks = (status: string, category: string) => allowedActions(status, category).filter((a) => a === 'markUnderReview' || a === 'markFixed')

    test.each([['Failed'], ['Marked Failed'], ['Initialization Error']])('%s allows both', (status) => {
        expect(marks(status, 'Failed')).toEqual(['markUnderReview', 'markFixed'])
        // Decided by the status itself: a missing category changes nothing.
        expect(marks(status, '')).toEqual(['markUnderReview', 'markFixed'])
        expect(marks(status.toUpperCase(), ' failed ')).toEqual(['markUnderReview', 'markFixed'])
    })

    test('Under Review allows mark fixed only', () => {
        expect(marks('Under Review', 'Under Review')).toEqual(['markFixed'])
    })

    test.each([
        ['Failed; Processing Events', 'Failed'], ['Marked Failed; Processing Events', 'Failed'], ['Fixed', 'Fixed'],
        ['Finished OK', 'Finished OK'], ['Marked Finished OK', 'Finished OK'], ['Cancelled', 'Cancelled'], ['Job Running', 'Running'],
    ])('%s (%s) allows neither', (status, category) => {
        expect(marks(status, category)).toEqual([])
    })

    test('by the status, not the category: a Failed-category status the docs do not name allows neither', () => {
        expect(marks('Failed Start', 'Failed')).toEqual([])
        expect(allowedActions('Failed Start', 'Failed')).toEqual(['restart', 'cancel'])
    })

    test('the other actions still go by status or category', () => {
        expect(allowedActions('Marked Failed', 'Failed')).toEqual(['markUnderReview', 'markFixed', 'restart', 'cancel'])
        expect(allowedActions('Initialization Error', 'Failed')).toEqual(['markUnderReview', 'markFixed', 'restart', 'cancel'])
        expect(allowedActions('Marked Finished OK', 'Finished OK')).toEqual(['restart'])
        expect(allowedActions('Failed', '')).toEqual(['markUnderReview', 'markFixed', 'restart', 'cancel'])
    })
})
