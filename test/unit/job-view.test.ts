import {
    buildJobView, dialogError, historyEntry, outcomeOf, readDailyJob, sortHistory, type ActionRow, type JobFacts,
} from '../../src/server/dialog/job-view.ts'

// A DailyJob as OpCon 21.2 (and the simulator) returns it.
const DAILY_JOB = {
    id: '20260105|42|1|GENP001',
    jobName: 'GENP001',
    jobStatus: { id: 500, description: 'Failed', category: 'Failed' },
    termination: 2,
    terminationDescription: 'Exit code 2: input file missing',
    machine: { id: 1, name: 'WINAPP01' },
    schedule: { id: '20260105|42|1', name: 'PAYROLL', date: '2026-01-05T00:00:00', status: { id: 2, description: 'In Process' } },
    computedStartTime: { time: '2026-01-05T08:59:12.407', isEstimated: false },
    computedEndTime: { time: '2026-01-05T09:01:40', isEstimated: false },
}

function facts(overrides: Partial<JobFacts> = {}): JobFacts {
    const read = readDailyJob(DAILY_JOB, 'x', 'x')
    if (!read.ok) throw new Error(read.problem)
    return { ...read.job, ...overrides }
}

const row = (values: Partial<ActionRow> & { sys_id: string }): ActionRow => ({ action: 'restart', state: 'queued', source: 'dialog', sys_created_on: '2026-01-05 09:00:00', ...values })

describe('readDailyJob', () => {
    test('reads every field the dialog shows from OpCon\'s DailyJob', () => {
        expect(readDailyJob(DAILY_JOB, 'fallback', '1999-01-01')).toEqual({
            ok: true,
            job: {
                name: 'GENP001', scheduleName: 'PAYROLL', scheduleDate: '2026-01-05',
                status: { id: 500, description: 'Failed', category: 'Failed' },
                termination: '2', terminationDescription: 'Exit code 2: input file missing', machine: 'WINAPP01',
                start: '2026-01-05 08:59:12', startEstimated: false, end: '2026-01-05 09:01:40',
            },
        })
    })

    test('falls back to the correlation id\'s job name and date, and leaves unknown fields empty', () => {
        const read = readDailyJob({ jobStatus: { description: 'Waiting', category: 'Waiting' }, computedStartTime: { time: '2026-01-06T00:00:00', isEstimated: true } }, 'GENP002', '2026-01-06')
        expect(read).toEqual({
            ok: true,
            job: {
                name: 'GENP002', scheduleName: '', scheduleDate: '2026-01-06', status: { id: null, description: 'Waiting', category: 'Waiting' },
                termination: '', terminationDescription: '', machine: '', start: '2026-01-06 00:00:00', startEstimated: true, end: '',
            },
        })
    })

    test.each([
        ['not an object', 'Failed', 'the answer is not a DailyJob object'],
        [null, '', 'the answer is not a DailyJob object'],
        [{ jobName: 'GENP001' }, '', 'the DailyJob has no jobStatus.description'],
        [{ jobName: 'GENP001', jobStatus: { id: 500 } }, '', 'the DailyJob has no jobStatus.description'],
    ])('refuses an answer without a job status (%p)', (data, _unused, problem) => {
        expect(readDailyJob(data, 'GENP001', '2026-01-05')).toEqual({ ok: false, problem })
    })
})

describe('buildJobView', () => {
    const base = { incident: { sysId: 'a'.repeat(32), number: 'INC0010001' }, server: { name: 'OpCon Production', address: 'opcon:9010' }, dailyJobId: DAILY_JOB.id, history: [] }

    test('offers the allowed actions in order, asking to confirm restart and cancel only', () => {
        const view = buildJobView({ ...base, job: facts(), allowed: ['markUnderReview', 'restart', 'cancel'] })
        expect(view.actions).toEqual([
            { name: 'markUnderReview', label: 'Mark under review', button: 'Mark under review', confirm: null },
            { name: 'restart', label: 'Restart', button: 'Restart job', confirm: 'Restart GENP001 in OpCon now? OpCon runs the job again.' },
            { name: 'cancel', label: 'Cancel', button: 'Cancel job', confirm: 'Cancel GENP001 in OpCon? The job will not run again unless someone restarts it.' },
        ])
        expect(view.noActionsReason).toBe('')
    })

    test('says why nothing is offered', () => {
        expect(buildJobView({ ...base, job: facts({ status: { id: 301, description: 'Start Attempted', category: 'Running' } }), allowed: [] }).noActionsReason)
            .toBe('OpCon allows none of the dialog\'s actions while GENP001 is Start Attempted.')
        expect(buildJobView({ ...base, job: facts({ status: { id: 501, description: 'Failed; Processing Events', category: 'Failed' } }), allowed: [] }).noActionsReason)
            .toMatch(/^OpCon is still processing events for GENP001; no action is allowed until it finishes/)
    })

    test('lists the history newest first', () => {
        const older = historyEntry(row({ sys_id: '1', sys_created_on: '2026-01-05 09:00:00' }), 'Jane Agent')
        const newer = historyEntry(row({ sys_id: '2', sys_created_on: '2026-01-05 10:00:00' }), 'Jane Agent')
        const sameSecond = historyEntry(row({ sys_id: '3', sys_created_on: '2026-01-05 10:00:00' }), 'Rule')
        const view = buildJobView({ ...base, job: facts(), allowed: [], history: [older, sameSecond, newer] })
        // Same second: the order given (job-dialog.ts gives newest first) is kept.
        expect(view.history.map((entry) => entry.sysId)).toEqual(['3', '2', '1'])
        expect(sortHistory([older, newer]).map((entry) => entry.sysId)).toEqual(['2', '1'])
        expect(sortHistory([older, newer, sameSecond]).map((entry) => entry.sysId)).toEqual(['2', '3', '1'])
    })

    test('names the newest action OpCon has not answered yet', () => {
        const done = historyEntry(row({ sys_id: '1', state: 'succeeded', sys_created_on: '2026-01-05 09:00:00' }), '')
        const sent = historyEntry(row({ sys_id: '2', action: 'markFixed', state: 'sent', sys_created_on: '2026-01-05 09:30:00' }), '')
        expect(buildJobView({ ...base, job: facts(), allowed: [], history: [done] }).pending).toBeNull()
        expect(buildJobView({ ...base, job: facts(), allowed: [], history: [done, sent] }).pending).toMatchObject({
            sysId: '2', summary: 'Mark fixed request for GENP001 was sent to OpCon; waiting for OpCon\'s answer.',
        })
    })
})

describe('historyEntry and outcomeOf', () => {
    test('labels the action and state and knows when it is over', () => {
        expect(historyEntry(row({ sys_id: '1', action: 'markFixed', state: 'rejected', state_label: 'Rejected', source_label: 'OpCon Job dialog', message: 'not allowed' }), 'Jane Agent')).toEqual({
            sysId: '1', action: 'markFixed', actionLabel: 'Mark fixed', state: 'rejected', stateLabel: 'Rejected',
            message: 'not allowed', requestedBy: 'Jane Agent', source: 'dialog', sourceLabel: 'OpCon Job dialog', createdOn: '2026-01-05 09:00:00', finished: true, succeeded: false,
        })
        expect(historyEntry(row({ sys_id: '1', state: 'sent' }), '')).toMatchObject({ finished: false, stateLabel: 'sent', sourceLabel: 'dialog' }) // no labels: the values
        expect(historyEntry(row({ sys_id: '1', state: 'sent' }), '').finished).toBe(false)
        expect(historyEntry(row({ sys_id: '1', state: 'succeeded' }), '').succeeded).toBe(true)
    })

    test.each([
        ['queued', '', 'Restart request for GENP001 is queued for OpCon.'],
        ['sent', '', 'Restart request for GENP001 was sent to OpCon; waiting for OpCon\'s answer.'],
        ['succeeded', '', 'GENP001 was restarted in OpCon.'],
        ['succeeded', 'OpCon restarted it; it ended Finished OK.', 'GENP001 was restarted in OpCon: OpCon restarted it; it ended Finished OK.'],
        ['rejected', "Action 'restart' is not allowed for job 'x' in status 'Held'", "OpCon refused to restart GENP001: Action 'restart' is not allowed for job 'x' in status 'Held'"],
        ['failed', 'OpCon server OpCon Production (opcon:9010) did not answer after 5 attempts.', 'Restart request for GENP001 failed: OpCon server OpCon Production (opcon:9010) did not answer after 5 attempts.'],
        ['superseded', '', 'Restart request for GENP001 was superseded and not sent.'],
    ])('summarises a %s action in one sentence', (state, message, summary) => {
        expect(outcomeOf(historyEntry(row({ sys_id: '1', state, message }), ''), 'GENP001').summary).toBe(summary)
    })
})

describe('dialogError', () => {
    const context = { incident: 'INC0010001', address: 'opcon.example.com:9010', server: 'OpCon Production', dailyJobId: '20260105|42|1|GENP001' }

    test.each([
        ['unregistered_server', 'OpCon server not registered', /register opcon\.example\.com:9010 under OpCon Connector > Servers/],
        ['unreachable', 'OpCon is unreachable', /OpCon REST API on OpCon Production \(opcon\.example\.com:9010\) is running and reachable/],
        ['unauthorized', 'OpCon rejected the API token', /generate a new token in OpCon Solution Manager/],
        ['not_found', 'Job not found in OpCon\'s daily tables', /^Job 20260105\|42\|1\|GENP001 is not \(or no longer\) in OpCon's daily tables on OpCon Production/],
        ['forbidden_role', 'You cannot use the OpCon Job dialog', /x_opcon\.user role/],
        ['something_new', 'Something went wrong', /give this message to your ServiceNow administrator/],
    ])('%s has a title and says what to do', (code, title, hint) => {
        const error = dialogError(code, 'INC0010001: details', context)
        expect(error).toMatchObject({ code, title, message: 'INC0010001: details' })
        expect(error.hint).toMatch(hint)
    })
})
