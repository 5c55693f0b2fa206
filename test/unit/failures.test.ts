import { OpenApiValidator } from '../support/openapi'
import {
    addIncidentTicketRequest, documentationRequest, failedJobsRequest, incidentTicketsRequest, jobOutputRequest, jobOutputResultRequest,
    setDocumentationRequest, updateIncidentTicketRequest,
} from '../../src/server/opcon/failure-requests'
import type { Built } from '../../src/server/opcon/opcon-requests'
import { isFailedCategory, readRun, runKey, RUN_FIELD_CAPS } from '../../src/server/failures/failed-run'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { morePages, newRuns, pollDates, knownKey } from '../../src/server/failures/collect-plan'
import { confirmFailure, decideIncident, graceEndsAt } from '../../src/server/failures/failure-decision'
import { incidentUrl, planTicket, readDocumentation, readTickets, withPreviousTicket } from '../../src/server/failures/ticket-plan'
import { capLog, logFileName, readOutputItems } from '../../src/server/failures/job-log'
import { readPush } from '../../src/server/failures/push-request'
import { parseFailureSettings, DEFAULT_FAILURE_SETTINGS, failureRetentionDays } from '../../src/server/failures/failure-settings'
import { appendCall, askAgainNote, messagesSince, refusalReason, refusedNote, runFacts } from '../../src/server/failures/failure-words'
import { FAILURE_RETENTION_CONDITION, FAILURE_UNFINISHED_STATES, FAILURE_ROWS, retentionChangeMessage } from '../../src/server/sync/retention'

// The REST message's endpoint per function (fluent/rest/opcon-rest-api.now.ts), to validate what goes on the wire.
const ENDPOINTS: Record<string, string> = {
    listDailyJobs: '/api/dailyjobs?${query}',
    getIncidentTickets: '/api/dailyjobs/${uid}/incidentTickets',
    addIncidentTicket: '/api/dailyjobs/${uid}/incidentTickets',
    updateIncidentTicket: '/api/dailyjobs/${uid}/incidentTickets/${id}',
    getJobDocumentation: '/api/dailyjobs/${id}/documentation',
    setJobDocumentation: '/api/dailyjobs/${id}/documentation',
    requestJobOutput: '/api/jobinstanceactions',
    getJobOutputResult: '/api/jobinstanceactions/${id}',
}

function wire(built: Built): { method: string; path: string; query: string; body: unknown } {
    if (!built.ok) throw new Error(built.message)
    const { request } = built
    const url = ENDPOINTS[request.fn].replace(/\$\{(\w+)\}/g, (_, name: string) => request.params[name] ?? '')
    const [path, query = ''] = url.split('?')
    return { method: request.method, path, query, body: request.body === null ? undefined : JSON.parse(request.body) }
}

const JOB = {
    uid: 4711, id: '20261126|42|1|PAYROLL-RUN', jobName: 'PAYROLL-RUN', jobNumber: 90001,
    jobStatus: { id: 910, description: 'Failed', category: 'Failed' },
    schedule: { name: 'PAYROLL' }, machine: { id: 3, name: 'winagent01' },
    computedStartTime: { time: '2026-11-26T10:00:00Z' }, computedEndTime: { time: '2026-11-26T10:05:00Z' },
    termination: 2, terminationDescription: 'Exit Code 2', incidentTicketId: null,
}

describe('requests for failed jobs conform to OpCon 21.2', () => {
    const validator = new OpenApiValidator()
    const requests: Array<[string, Built]> = [
        ['list', failedJobsRequest(['2026-11-25', '2026-11-26', '2026-11-27'], 200)],
        ['tickets', incidentTicketsRequest(4711)],
        ['add ticket', addIncidentTicketRequest('4711', 'INC0010001', 'https://acme.service-now.com/incident.do?sys_id=abc')],
        ['update ticket', updateIncidentTicketRequest(4711, 3, 'INC0010002', 'https://acme.service-now.com/incident.do?sys_id=def')],
        ['documentation', documentationRequest('20261126|42|1|PAY/ROLL')],
        ['set documentation', setDocumentationRequest('20261126|42|1|PAYROLL-RUN', 'Call the payroll team.\nPrevious Ticket Number (INC0010001)')],
        ['list output', jobOutputRequest('LIST', 90001)],
        ['fetch output', jobOutputRequest('FILE', '90001', 'PAYROLL-RUN.log')],
        ['output result', jobOutputResultRequest(12)],
    ]
    test.each(requests)('%s', (_, built) => {
        expect(validator.validate(wire(built))).toEqual([])
    })

    test('the list asks with the declared names for Failed jobs of the given dates, one page', () => {
        expect(wire(failedJobsRequest(['2026-11-26'], 400)).query).toBe('Dates=2026-11-26&Categories=Failed&Limit=200&Offset=400')
    })

    test('a slash in a job name is double-encoded in the documentation path', () => {
        expect(wire(documentationRequest('20261126|42|1|PAY/ROLL')).path).toBe('/api/dailyjobs/20261126%7C42%7C1%7CPAY%252FROLL/documentation')
    })

    test('bad arguments are refused before any request', () => {
        expect(failedJobsRequest([], 0).ok).toBe(false)
        expect(failedJobsRequest(['2026-02-30'], 0).ok).toBe(false)
        expect(failedJobsRequest(['2026-11-26'], -1).ok).toBe(false)
        expect(incidentTicketsRequest('12; DROP').ok).toBe(false)
        expect(addIncidentTicketRequest(1, 'INC1\nforged', 'https://x/y').ok).toBe(false)
        expect(addIncidentTicketRequest(1, 'INC1', 'javascript:alert(1)').ok).toBe(false)
        expect(documentationRequest('20261126|42|1|..').ok).toBe(false)
        expect(jobOutputRequest('FILE', 1, 'a\u0000b').ok).toBe(false)
        expect(jobOutputRequest('LIST', 'x').ok).toBe(false)
        expect(setDocumentationRequest('20261126|42|1|J', 'x'.repeat(40_000)).ok).toBe(false)
    })
})

describe('a failed run', () => {
    test('is read from a DailyJob with what tells runs apart', () => {
        const read = readRun(JOB)
        expect(read).toEqual({
            ok: true,
            run: expect.objectContaining({
                uid: '4711', dailyJobId: '20261126|42|1|PAYROLL-RUN', scheduleName: 'PAYROLL', scheduleDate: '2026-11-26', machine: 'winagent01',
                jobNumber: '90001', startedAt: '2026-11-26T10:00:00Z', endedAt: '2026-11-26T10:05:00Z', termination: '2', terminationDescription: 'Exit Code 2',
            }),
        })
        if (!read.ok) return
        expect(runKey(read.run)).toBe('90001|2026-11-26T10:00:00Z|2026-11-26T10:05:00Z')
        const again = readRun({ ...JOB, jobNumber: 90002, computedStartTime: { time: '2026-11-26T11:00:00Z' } })
        expect(again.ok && runKey(again.run)).not.toBe(runKey(read.run))
    })

    test('OpCon\'s values are cut to the failure row\'s columns before they are stored or used', () => {
        const long = (n: number) => 'M'.repeat(n)
        const read = readRun({
            ...JOB, jobName: long(5000), machine: { name: long(300) }, schedule: { name: long(2000) }, jobNumber: long(50),
            termination: long(100), terminationDescription: long(3000), jobStatus: { description: long(500), category: 'Failed' },
            computedEndTime: { time: long(100) },
        })
        if (!read.ok) throw new Error(read.why)
        // Each field against the column it is stored in (fluent/failures/x_opcon_failure.now.ts).
        const table = readFileSync(join(__dirname, '../../fluent/failures/x_opcon_failure.now.ts'), 'utf8')
        const columnSize = (column: string): number => Number(new RegExp(`\\b${column}: StringColumn\\(\\{[^}]*maxLength: (\\d+)`).exec(table)![1])
        const stored: Array<[keyof typeof RUN_FIELD_CAPS, string]> = [
            ['jobName', 'job_name'], ['scheduleName', 'schedule_name'], ['machine', 'machine'], ['jobNumber', 'job_number'], ['endedAt', 'run_ended'],
            ['statusDescription', 'job_status'], ['termination', 'termination'], ['terminationDescription', 'termination_description'],
        ]
        for (const [field, column] of stored) {
            expect(RUN_FIELD_CAPS[field]).toBeLessThanOrEqual(columnSize(column))
            expect((read.run[field] as string).length).toBeLessThanOrEqual(RUN_FIELD_CAPS[field])
        }
        expect(read.run.machine).toHaveLength(255)
    })

    test('without a usable id or uid is refused with words', () => {
        expect(readRun({ ...JOB, id: 'nonsense' })).toEqual({ ok: false, why: expect.stringContaining('cannot be used') })
        expect(readRun({ ...JOB, uid: null })).toEqual({ ok: false, why: expect.stringContaining('without a uid') })
        expect(readRun(null).ok).toBe(false)
    })

    test('Failed is the only category that counts', () => {
        expect(isFailedCategory('Failed')).toBe(true)
        expect(isFailedCategory('failed ')).toBe(true)
        expect(isFailedCategory('Finished OK')).toBe(false)
        expect(isFailedCategory('Under Review')).toBe(false)
    })
})

describe('what a poll asks for', () => {
    test('yesterday, today and tomorrow, and more days back on request', () => {
        const noon = Date.parse('2026-11-26T12:00:00Z')
        expect(pollDates(noon, 0)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27'])
        expect(pollDates(noon, 2)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'])
        expect(pollDates(Date.parse('2026-03-01T00:30:00Z'), 0)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02'])
    })

    test('a full page asks for the next one; a short page ends the list', () => {
        expect(morePages(200, 1)).toBe(true)
        expect(morePages(199, 1)).toBe(false)
        expect(morePages(200, 50)).toBe(false)
    })

    test('only runs not seen before are new, each once', () => {
        const a = readRun(JOB)
        const b = readRun({ ...JOB, jobNumber: 90002 })
        if (!a.ok || !b.ok) throw new Error('fixture')
        const known = new Set([knownKey(a.run.uid, runKey(a.run))])
        expect(newRuns([a.run, b.run, b.run], known)).toEqual([b.run])
        expect(newRuns([a.run], known)).toEqual([])
    })
})

describe('what a failure does to the incident', () => {
    test('no linked incident opens one; open is noted; resolved reopens; closed or canceled is replaced', () => {
        expect(decideIncident(null, false)).toEqual({ kind: 'open' })
        for (const state of ['1', '2', '3', '42']) expect(decideIncident({ state }, false)).toEqual({ kind: 'note' })
        expect(decideIncident({ state: '6' }, false)).toEqual({ kind: 'reopen' })
        expect(decideIncident({ state: '7' }, false)).toEqual({ kind: 'replace', why: 'closed' })
        expect(decideIncident({ state: '8' }, false)).toEqual({ kind: 'replace', why: 'closed' })
        expect(decideIncident({ state: '2' }, true)).toEqual({ kind: 'replace', why: 'always_new' })
        expect(decideIncident(null, true)).toEqual({ kind: 'open' })
    })

    test('the grace period, and what a read after it decides', () => {
        expect(graceEndsAt(1000, 5)).toBe(301_000)
        expect(confirmFailure({ failed: true, statusDescription: 'Failed', runKey: 'r1' }, 'r1', false)).toEqual({ kind: 'act' })
        expect(confirmFailure({ failed: false, statusDescription: 'Finished OK', runKey: 'r2' }, 'r1', false)).toEqual({ kind: 'recovered', note: expect.stringContaining('Finished OK') })
        expect(confirmFailure({ failed: true, statusDescription: 'Failed', runKey: 'r2' }, 'r1', false).kind).toBe('superseded')
        expect(confirmFailure({ failed: false, statusDescription: 'Running', runKey: 'r2' }, '', true)).toEqual({ kind: 'not_failed', note: expect.stringContaining('Running') })
        expect(confirmFailure({ failed: true, statusDescription: 'Failed', runKey: 'r9' }, '', true)).toEqual({ kind: 'act' })
    })
})

describe('the ticket written back to OpCon', () => {
    const url = 'https://acme.service-now.com/'
    test('is not written twice, replaces only this instance\'s ticket for the previous incident, else is added', () => {
        const tickets = readTickets([{ id: 3, ticketId: 'INC0010001', ticketUrl: `${url}incident.do?sys_id=a` }, { id: 4, ticketId: 'CHG1', ticketUrl: 'https://other/' }, 'junk'])
        expect(tickets).toHaveLength(2)
        expect(planTicket(tickets, 'INC0010001', '', url)).toEqual({ kind: 'present' })
        expect(planTicket(tickets, 'INC0010002', 'INC0010001', url)).toEqual({ kind: 'replace', ticket: tickets[0] })
        expect(planTicket(tickets, 'INC0010002', 'CHG1', url)).toEqual({ kind: 'add' })
        expect(planTicket([], 'INC0010002', '', url)).toEqual({ kind: 'add' })
        expect(readTickets({ not: 'a list' })).toEqual([])
    })

    test('links to the incident on this instance', () => {
        expect(incidentUrl('https://acme.service-now.com', 'abc')).toBe('https://acme.service-now.com/incident.do?sys_id=abc')
        expect(incidentUrl(url, 'abc')).toBe('https://acme.service-now.com/incident.do?sys_id=abc')
    })

    test('the previous ticket is appended to the documentation once, the operators\' text kept', () => {
        expect(withPreviousTicket('Call payroll.\n', 'INC1')).toBe('Call payroll.\nPrevious Ticket Number (INC1)')
        expect(withPreviousTicket('', 'INC1')).toBe('Previous Ticket Number (INC1)')
        expect(withPreviousTicket('x\nPrevious Ticket Number (INC1)', 'INC1')).toBeNull()
        expect(readDocumentation({ id: 1, job: 'text' })).toBe('text')
        expect(readDocumentation(null)).toBe('')
    })
})

describe('the job log', () => {
    test('keeps the end when it is too long, says so, and stays within the cap', () => {
        const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'é'.repeat(20)}`).join('\n') + '\nERROR: disk full'
        const capped = capLog(lines, 16)
        expect(capped.cut).toBe(true)
        expect(capped.text.endsWith('ERROR: disk full')).toBe(true)
        expect(capped.text).toMatch(/^\[The start of this job log was left out/)
        expect(Buffer.byteLength(capped.text, 'utf8')).toBeLessThanOrEqual(16 * 1024)
        expect(capped.text.split('\n')[1]).toMatch(/^line \d+ /)
        expect(capLog('short', 16)).toEqual({ text: 'short', cut: false })
    })

    test('is named after the job, the schedule date and the run', () => {
        expect(logFileName('PAY/ROLL RUN', '2026-11-26', '90001')).toBe('PAY_ROLL_RUN_2026-11-26_run90001.log.txt')
        expect(logFileName('../..', '2026-11-26', '')).toBe('job_2026-11-26_run0.log.txt')
    })

    test('answers are read item by item', () => {
        expect(readOutputItems({ jobInstanceActionItems: [{ id: 1, files: ['a.log', 2] }] })).toEqual({ files: ['a.log'], data: '', failed: '' })
        expect(readOutputItems({ jobInstanceActionItems: [{ id: 1, data: 'abc' }] }).data).toBe('abc')
        expect(readOutputItems({ jobInstanceActionItems: [{ id: 1, result: 'failed', message: 'agent down' }] }).failed).toBe('agent down')
    })
})

describe('a pushed failure', () => {
    test('takes only the address, the daily job id and text', () => {
        expect(readPush({ address: 'opcon:9010', daily_job_id: '20261126|42|1|PAY RUN|X', text: 'from OpCon' }))
            .toEqual({ ok: true, address: 'opcon:9010', dailyJobId: '20261126|42|1|PAY RUN|X', text: 'from OpCon' })
        expect(readPush({ address: 'opcon:9010', daily_job_id: '20261126|42|1|J' })).toMatchObject({ ok: true, text: '' })
    })

    test.each([
        ['not an object', [1], 'JSON object'],
        ['an unknown field', { address: 'opcon:9010', daily_job_id: '20261126|42|1|J', incident: 'x' }, 'Unknown field "incident"'],
        ['no address', { daily_job_id: '20261126|42|1|J' }, '"address" is missing'],
        ['no job', { address: 'opcon:9010' }, '"daily_job_id" is missing'],
        ['a bad address', { address: 'opcon', daily_job_id: '20261126|42|1|J' }, 'is not <host>:<port>'],
        ['a bad id', { address: 'opcon:9010', daily_job_id: '20261126|42|J' }, 'not 4'],
        ['text too long', { address: 'opcon:9010', daily_job_id: '20261126|42|1|J', text: 'x'.repeat(1001) }, '1001 characters'],
        ['control characters', { address: 'opcon:9010', daily_job_id: '20261126|42|1|J', text: 'a\u001bb' }, 'control characters'],
    ])('refuses %s in words', (_, body, words) => {
        const read = readPush(body)
        expect(read.ok).toBe(false)
        if (!read.ok) expect(read.message).toContain(words)
    })
})

describe('failure settings and words', () => {
    test('properties are clamped; nonsense falls back to the default', () => {
        const values: Record<string, string> = { 'x_opcon.failure_grace_minutes': '99999', 'x_opcon.reopen_state': '7', 'x_opcon.always_new_incident': 'true', 'x_opcon.job_log_max_kb': '0', 'x_opcon.failure_extra_days': 'x', 'x_opcon.collect_interval_minutes': '0' }
        expect(parseFailureSettings((name) => values[name] ?? null)).toEqual({ graceMinutes: 1440, extraDays: 0, reopenState: '2', alwaysNewIncident: true, jobLogMaxKb: 1, collectIntervalMinutes: 1 })
        expect(parseFailureSettings((name) => (name === 'x_opcon.collect_interval_minutes' ? '100000' : null)).collectIntervalMinutes).toBe(1440)
        expect(parseFailureSettings(() => null)).toEqual(DEFAULT_FAILURE_SETTINGS)
    })

    test('the facts name schedule, job, machine, termination, dates and the daily job id', () => {
        const read = readRun(JOB)
        if (!read.ok) throw new Error('fixture')
        const facts = runFacts(read.run, 'opcon:9010')
        for (const part of ['PAYROLL-RUN', 'PAYROLL', '2026-11-26', 'winagent01', '2 Exit Code 2', '2026-11-26T10:05:00Z', '20261126|42|1|PAYROLL-RUN', 'opcon:9010']) expect(facts).toContain(part)
    })

    test('the call log keeps the newest lines within its column', () => {
        let calls = ''
        for (let i = 0; i < 500; i++) calls = appendCall(calls, `line ${i} ${'x'.repeat(30)}`)
        expect(calls.length).toBeLessThanOrEqual(8000)
        expect(calls.endsWith(`line 499 ${'x'.repeat(30)}`)).toBe(true)
        expect(calls.startsWith('line ')).toBe(true)
    })
})

describe('no failure is lost (issue 18)', () => {
    test('a failure OpCon cannot be asked about says when it is asked again, and that it keeps asking', () => {
        expect(askAgainNote('OpCon answered 503 Service Unavailable.', 7, '2026-01-05 10:00:00')).toBe(
            'OpCon could not be asked whether the job is still failed (attempt 7): OpCon answered 503 Service Unavailable. No incident was opened yet; ' +
            'the connector asks again at 2026-01-05 10:00:00 UTC, and keeps asking (at most an hour apart) until the failure is worked or OpCon says the job is no longer failed.')
    })

    test('the messages a refusing rule added are found however the session hands them back', () => {
        // An Array that grew: only the new ones.
        expect(messagesSince(['earlier'], ['earlier', 'Change freeze'])).toEqual(['Change freeze'])
        expect(messagesSince([], [])).toEqual([])
        // A Java list printed as one text ("GlideSystem - Scoped" getErrorMessages may come back so): not lost.
        expect(messagesSince(['[earlier]'], ['[earlier, Change freeze]'])).toEqual(['[earlier, Change freeze]'])
        // A session that dropped older messages: everything it has now.
        expect(messagesSince(['a', 'b'], ['Change freeze'])).toEqual(['Change freeze'])
    })

    test('what the instance said about a refusal is quoted, capped, and absent when nothing was said', () => {
        expect(refusalReason([])).toBe('')
        expect(refusalReason(['  ', ''])).toBe('')
        expect(refusalReason(['Change freeze', 'Invalid insert'])).toBe('; it said: "Change freeze" "Invalid insert"')
        const long = refusalReason(['x'.repeat(5000), 'y'.repeat(5000), 'z'])
        expect(long.length).toBeLessThan(650)
        expect(long).toMatch(/^; it said: "x{300}" "y{297}"$/)
        expect(refusedNote('The instance refused to insert the incident', 'No incident was opened for this failure.')).toMatch(/^The instance refused to insert the incident\. No incident was opened for this failure\. Nothing is retried until an OpCon Connector admin .* clicks Retry on this failure record\.$/)
    })

    test('failure rows are kept whole days from 7 to 3650 (90 by default); rows the connector may still act on are never cleaned up', () => {
        expect([null, '', 'soon', '12.5', '90', ' 30 ', '1', '3651'].map(failureRetentionDays)).toEqual([90, 90, 90, 90, 90, 30, 7, 3650])
        expect(FAILURE_UNFINISHED_STATES).toEqual(['waiting', 'confirming', 'working', 'refused'])
        expect(FAILURE_RETENTION_CONDITION).toBe(`stateNOT IN${FAILURE_UNFINISHED_STATES.join(',')}`)
        expect(retentionChangeMessage({ raw: '30', days: 30, wasSeconds: String(90 * 86400), who: 'Olivia Admin (opcon.admin)' }, FAILURE_ROWS)).toBe(
            'x_opcon.failure_retention_days changed by Olivia Admin (opcon.admin): final failed-job rows are now deleted 30 days after their last change (were 90).')
        expect(retentionChangeMessage({ raw: '30', days: 30, wasSeconds: String(30 * 86400), who: 'x' }, FAILURE_ROWS)).toBeNull()
    })
})
