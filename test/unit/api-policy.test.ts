import {
    auditLine, auditOutcome, auditText, checkApiAction, checkCaller, jobActionChange, scheduleActionChange, scheduleBuildChange, waitOptionsProblem, type Caller,
} from '../../src/server/api/api-policy'
import type { OpConResult } from '../../src/server/opcon/opcon-result'

const JOB = '20191220|123|1|GENP001'
const nora: Caller = { userName: 'nora', displayName: 'Nora Noroles', interactive: true, hasApiRole: false, scope: 'x_other', flow: null }
const SIX = ['markUnderReview', 'markFixed', 'restart', 'cancel', 'hold', 'release']

describe('who may change something in OpCon', () => {
    const change = jobActionChange(JOB, 'markFixed', 'r')

    test('a logged-in user without x_opcon.user is refused, in words: who, what, which role, what to do', () => {
        expect(checkCaller(nora, change, 'opcon:9010')).toEqual({
            code: 'forbidden',
            message: `Nora Noroles (nora) may not mark fixed job ${JOB} on opcon:9010 through OpConApi: changing OpCon jobs or schedules in an interactive session needs the role x_opcon.user. `
                + 'Nothing was sent to OpCon; ask your ServiceNow administrator for x_opcon.user if your work needs it.',
        })
    })

    test('with the role, or in background processing, the caller passes (the approved scope guards background work)', () => {
        expect(checkCaller({ ...nora, hasApiRole: true }, change, 'opcon:9010')).toBeNull()
        expect(checkCaller({ ...nora, interactive: false }, change, 'opcon:9010')).toBeNull()
    })

    test('a flow is background work, but its user needs x_opcon.user as at the keyboard; the audit line names the flow', () => {
        const flow = { ...nora, interactive: false, scope: null, flow: 'Restart on approval' }
        expect(checkCaller(flow, change, 'opcon:9010')).toEqual({
            code: 'forbidden',
            message: `The flow "Restart on approval" runs as Nora Noroles (nora), who may not mark fixed job ${JOB} on opcon:9010: changing OpCon jobs or schedules needs the role x_opcon.user, held by the flow's user themselves (admin alone is not enough). `
                + "Nothing was sent to OpCon; give the flow's user x_opcon.user, or set the flow to run as a user who has it.",
        })
        expect(checkCaller({ ...flow, hasApiRole: true }, change, 'opcon:9010')).toBeNull()
        expect(auditLine(flow, change, 'opcon:9010', 'refused', 'x')).toContain('from the flow "Restart on approval" asked to')
    })

    test('control characters in a user name are shown escaped, never raw', () => {
        expect(checkCaller({ ...nora, displayName: 'Evil\nINFO forged line' }, change, 'x')!.message).toMatch(/^Evil\\u000aINFO forged line \(nora\)/)
    })
})

describe('which job actions go out', () => {
    test('an OpCon action outside x_opcon.api_actions is action_not_allowed, saying what is allowed and who can change it', () => {
        expect(checkApiAction('kill', SIX)).toEqual({
            code: 'action_not_allowed',
            message: 'OpConApi does not send the job action "kill" (kill): x_opcon.api_actions allows markUnderReview, markFixed, restart, cancel, hold, release. '
                + 'Nothing was sent to OpCon. An OpCon Connector admin (x_opcon.admin) can add it to x_opcon.api_actions if your app needs it.',
        })
        expect(checkApiAction('markFinishedOk', [])!.message).toContain('x_opcon.api_actions allows no job action.')
        expect(checkApiAction('skip', ['hold'], ['explode', 'boom'])!.message).toContain('allows hold (it also names "explode", "boom", not OpCon job actions).')
    })

    test('an allowed action passes; a name that is no OpCon action is left to the request builder (invalid_argument)', () => {
        expect(checkApiAction('markFixed', SIX)).toBeNull()
        expect(checkApiAction('explode', SIX)).toBeNull()
        expect(checkApiAction(undefined, SIX)).toBeNull()
    })
})

describe('waiting options', () => {
    test('each given option has its type', () => {
        expect(waitOptionsProblem(undefined)).toBeNull()
        expect(waitOptionsProblem({ waitForResult: true, maxPolls: 3, overwrite: false })).toBeNull()
        expect(waitOptionsProblem({ waitForResult: 'yes' })).toBe('The option waitForResult must be true or false, not "yes".')
        expect(waitOptionsProblem({ maxPolls: 'many' })).toMatch(/maxPolls must be a number/)
        expect(waitOptionsProblem('fast')).toMatch(/must be an object/)
    })
})

describe('what the audit says', () => {
    test('each kind names its action and target', () => {
        expect(jobActionChange(JOB, 'markFixed', 'Fixed in CHG1')).toEqual({
            kind: 'job_action', action: 'markFixed', what: `mark fixed job ${JOB}`, target: JOB, dailyJobId: JOB, jobName: 'GENP001', reason: 'Fixed in CHG1',
        })
        expect(jobActionChange('junk', 'explode', 42)).toMatchObject({ action: 'explode', what: 'send the job action "explode" to job junk', jobName: '', reason: '' })
        expect(scheduleBuildChange('NIGHTLY', ['2026-11-23', '2026-11-24'], { overwrite: true, namedInstance: 'extra', waitForResult: true })).toMatchObject({
            kind: 'schedule_build', action: 'build', what: 'build schedule NIGHTLY for 2026-11-23, 2026-11-24',
            target: 'NIGHTLY on 2026-11-23, 2026-11-24 (overwrite: yes, hold: no, named instance: extra)',
        })
        expect(scheduleBuildChange('N', '2026-11-23', undefined).target).toBe('N on 2026-11-23 (overwrite: no, hold: no)')
        expect(scheduleActionChange('20261123|88|1', 'SECOND', 'OnRequest')).toMatchObject({
            kind: 'schedule_action', action: 'addJobs', what: 'add job SECOND to daily schedule 20261123|88|1',
            target: 'job SECOND (frequency OnRequest) into daily schedule 20261123|88|1', jobName: 'SECOND',
        })
    })

    test('values fit their column and show control characters escaped', () => {
        expect(auditText('a\u0000b', 100)).toBe('a\\u0000b')
        expect(auditText('x'.repeat(2000), 1000)).toHaveLength(1000)
        expect(auditText(null, 10)).toBe('')
        expect(jobActionChange(`20191220|1|1|${'J'.repeat(900)}`, 'hold', 'r'.repeat(5000)).reason).toHaveLength(1000)
    })

    const result = (ok: boolean, status: number, data: unknown, error: OpConResult['error'] = null): OpConResult => ({ ok, status, data, error })
    const error = (code: string, message: string) => ({ code, message, retryable: false, ambiguous: false }) as OpConResult['error']

    test('an outcome: accepted with OpCon\'s id, succeeded, rejected when OpCon said no, failed otherwise', () => {
        expect(auditOutcome(result(true, 201, { id: 17, result: 'submitted' }), 'prod')).toEqual({
            state: 'accepted', opconId: '17', message: 'OpCon server prod accepted it as 17; the caller reads its result (do not send it again).',
        })
        expect(auditOutcome(result(true, 200, { id: 17, result: 'success' }), 'prod')).toEqual({ state: 'succeeded', opconId: '17', message: 'OpCon server prod finished it: success (17).' })
        expect(auditOutcome(result(true, 201, {}), 'prod')).toMatchObject({ state: 'accepted', opconId: '', message: expect.stringMatching(/without an id/) })
        expect(auditOutcome(result(false, 200, { id: 17 }, error('still_pending', 'accepted 17, not finished')), 'prod')).toEqual({ state: 'accepted', opconId: '17', message: 'accepted 17, not finished' })
        for (const code of ['action_failed', 'bad_request', 'not_found', 'conflict']) {
            expect(auditOutcome(result(false, 400, null, error(code, 'OpCon said no')), 'prod')).toMatchObject({ state: 'rejected', message: 'OpCon said no' })
        }
        for (const code of ['unauthorized', 'forbidden', 'server_error', 'timeout', 'unreachable', 'bad_response']) {
            expect(auditOutcome(result(false, 0, null, error(code, 'it broke')), 'prod')).toMatchObject({ state: 'failed', message: 'it broke' })
        }
    })

    test('the log line says who, from which scope, what, where and how it ended', () => {
        const change = jobActionChange(JOB, 'kill', 'r')
        expect(auditLine({ ...nora, hasApiRole: true }, change, 'opcon:9010', 'refused', 'Not allowed.'))
            .toBe(`OpConApi audit: Nora Noroles (nora) from scope x_other asked to kill job ${JOB} on opcon:9010: refused. Not allowed.`)
        expect(auditLine({ ...nora, scope: null }, change, 'opcon:9010', 'accepted', 'ok')).toContain('(nora) from no other scope asked to kill')
    })
})
