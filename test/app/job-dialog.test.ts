// The OpCon Job button, page and AJAX bridge on the bench (no browser): who
// sees the button on which incident, who may open the page and call the
// bridge, what the bridge accepts from a browser, and that no answer carries
// the server's token.
import { AccessDenied } from '../bench/instance'
import { startScenario, JOB_ID, TOKEN, type Scenario } from '../browser/scenario'
import { scopeRefusals, setServerToken } from './support/connector'

let world: Scenario

beforeAll(async () => {
    world = await startScenario()
    world.instance.createUser({ userName: 'ada', name: 'Ada Admin', roles: ['x_opcon.admin'] })
}, 60_000)

afterAll(async () => {
    await world?.stop()
})

// Scopes are enforced as on a published install: no test may leave a cross-scope refusal behind.
let logsBefore = 0
beforeEach(() => {
    logsBefore = world.instance.logs.length
})
afterEach(() => {
    expect(scopeRefusals(world.instance, logsBefore)).toEqual([])
})

const BUTTON = 'x_opcon_open_job_dialog'
const PROCESSOR = 'x_opcon.OpConJobAjax'

function call(as: string, method: string, params: Record<string, string>): { ok: boolean; [key: string]: unknown } {
    const answer = world.instance.ajax({ as, processor: PROCESSOR, method, params })
    expect(typeof answer).toBe('string')
    return JSON.parse(answer as string)
}

const errorCode = (answer: { ok: boolean; error?: unknown }) => (answer.ok ? 'ok' : (answer.error as { code: string }).code)

describe('the OpCon Job form button', () => {
    test('shows on OpCon incidents for x_opcon.user (and x_opcon.admin, which contains it)', () => {
        expect(world.instance.uiActionVisible(BUTTON, 'incident', world.incident, 'jane')).toBe(true)
        expect(world.instance.uiActionVisible(BUTTON, 'incident', world.incident, 'ada')).toBe(true)
    })

    test('is hidden from users without the role', () => {
        expect(world.instance.uiActionVisible(BUTTON, 'incident', world.incident, 'bob')).toBe(false)
    })

    test('is hidden on incidents OpCon did not open, shows on linked ones, and follows x_opcon.correlation_display', () => {
        const other = world.instance.insert('incident', { short_description: 'Printer jam', correlation_display: '', correlation_id: '' })!
        const monitoring = world.instance.insert('incident', { short_description: 'Disk full', correlation_display: 'SCOM', correlation_id: 'abc' })!
        expect(world.instance.uiActionVisible(BUTTON, 'incident', other, 'jane')).toBe(false)
        expect(world.instance.uiActionVisible(BUTTON, 'incident', monitoring, 'jane')).toBe(false)
        world.instance.setProperty('x_opcon.correlation_display', 'SCOM')
        try {
            expect(world.instance.uiActionVisible(BUTTON, 'incident', monitoring, 'jane')).toBe(true)
            // Its link, not its correlation display, makes an incident OpCon's.
            expect(world.instance.uiActionVisible(BUTTON, 'incident', world.incident, 'jane')).toBe(true)
        } finally {
            world.instance.setProperty('x_opcon.correlation_display', 'SMA_OPCON')
        }
        expect(world.instance.errors).toEqual([])
    })

    test('opens the job dialog page with the incident as preference, in UI16 and in the workspace', () => {
        const action = world.instance.query('sys_ui_action', `action_name=${BUTTON}`)[0]
        expect(action).toMatchObject({ table: 'incident', client: 'true', ui16_compatible: 'true', form_button: 'true', form_button_v2: 'true', format_for_configurable_workspace: 'true' })
        expect(action.script).toContain("new GlideModal('x_opcon_job_dialog')")
        expect(action.script).toContain("setPreference('sysparm_incident', g_form.getUniqueValue())")
        expect(action.client_script_v2).toContain("'/x_opcon_job_dialog.do?sysparm_stack=no&sysparm_workspace=true&sysparm_incident='")
    })
})

describe('the page and the bridge need x_opcon.user', () => {
    test('the UI page ACL', () => {
        expect(world.instance.canOpenUiPage('x_opcon_job_dialog.do', 'jane')).toBe(true)
        expect(world.instance.canOpenUiPage('x_opcon_job_dialog.do', 'ada')).toBe(true)
        expect(world.instance.canOpenUiPage('x_opcon_job_dialog.do', 'bob')).toBe(false)
    })

    test('the execute ACL refuses the call before the bridge runs', () => {
        expect(() => world.instance.ajax({ as: 'bob', processor: PROCESSOR, method: 'getJob', params: { sysparm_incident: world.incident } }))
            .toThrow(AccessDenied)
    })

    test('the bridge checks the role itself, whatever the ACLs say', () => {
        const answer = world.instance.as('bob', () => {
            const Processor = world.instance.scriptInclude('OpConJobAjax') as new (request: unknown) => { getJob(): string; performAction(): string }
            const params: Record<string, string> = { sysparm_incident: world.incident, sysparm_action: 'restart' }
            const request = { getParameter: (name: string) => params[name] ?? null }
            return [new Processor(request).getJob(), new Processor(request).performAction()]
        })
        for (const text of answer) {
            expect(JSON.parse(text)).toEqual({
                ok: false,
                error: expect.objectContaining({ code: 'forbidden_role', message: expect.stringContaining('(bob) does not have the x_opcon.user role') }),
            })
        }
        expect(world.instance.query('x_opcon_action', `incident=${world.incident}`)).toHaveLength(0)
    })

    test('the bridge is public: the page\'s GlideAjax, sent with sysparm_scope=global, reaches it', () => {
        const include = world.instance.query('sys_script_include', 'name=OpConJobAjax')[0]
        expect(include).toMatchObject({ client_callable: 'true', access: 'public' })
        const answer = world.instance.ajax({ as: 'jane', processor: PROCESSOR, method: 'getJob', params: { sysparm_incident: 'x' }, scope: 'global' })
        expect(JSON.parse(answer as string)).toMatchObject({ ok: false, error: { code: 'invalid_incident' } })
    })

    test('a package_private client-callable include is "not found" from another scope (strict choice, sdk-notes)', () => {
        const include = world.instance.query('sys_script_include', 'name=OpConJobAjax')[0]
        world.instance.store.put('sys_script_include', { ...include, access: 'package_private' })
        try {
            const call = (scope: string) => world.instance.ajax({ as: 'jane', processor: PROCESSOR, method: 'getJob', params: { sysparm_incident: 'x' }, scope })
            expect(() => call('global')).toThrow(AccessDenied)
            expect(() => call('global')).toThrow('x_opcon.OpConJobAjax not found from scope global: it is package_private, reachable from x_opcon only')
            expect(JSON.parse(call('x_opcon') as string).error.code).toBe('invalid_incident')
        } finally {
            world.instance.store.put('sys_script_include', include)
        }
    })

    test('assumed: the execute ACLs under both names, x_opcon.OpConJobAjax and the bare OpConJobAjax, must each pass', () => {
        // The dialog's bridge; the Overview's has its own pair (test/app/overview.test.ts).
        const acls = world.instance.query('sys_security_acl', 'type=client_callable_script_include^operation=execute').filter((acl) => /(^|\.)OpConJobAjax$/.test(acl.name))
        expect(acls.map((acl) => acl.name).sort()).toEqual(['OpConJobAjax', 'x_opcon.OpConJobAjax'])
        const adminRole = world.instance.query('sys_user_role', 'name=admin')[0].sys_id
        const call = () => world.instance.ajax({ as: 'jane', processor: PROCESSOR, method: 'getJob', params: { sysparm_incident: 'x' }, scope: 'global' })
        for (const acl of acls) {
            // This one ACL asks for admin instead of x_opcon.user: jane, who passes the other, is refused.
            const link = world.instance.query('sys_security_acl_role', `sys_security_acl=${acl.sys_id}`)[0]
            world.instance.store.put('sys_security_acl_role', { ...link, sys_user_role: adminRole })
            try {
                expect(call).toThrow(new RegExp(`^jane may not call x_opcon\\.OpConJobAjax: client_callable_script_include ${acl.name.replace('.', '\\.')} needs one of: admin$`))
            } finally {
                world.instance.store.put('sys_security_acl_role', link)
            }
        }
        expect(JSON.parse(call() as string).ok).toBe(false)
    })

    test('a user without x_opcon.user gets nothing from the page\'s calls, and nothing is queued', () => {
        for (const method of ['getJob', 'performAction', 'getOutcome']) {
            expect(() => world.instance.ajax({ as: 'bob', processor: PROCESSOR, method, params: { sysparm_incident: world.incident, sysparm_action: 'restart' }, scope: 'global' }))
                .toThrow(/^bob may not call x_opcon\.OpConJobAjax: /)
        }
        expect(world.instance.query('x_opcon_action', `incident=${world.incident}`)).toHaveLength(0)
    })

    test('only the three dialog methods are callable (assumed: initialize and _ methods are not callable through GlideAjax)', () => {
        expect(() => world.instance.ajax({ as: 'jane', processor: PROCESSOR, method: '_answer', params: {} })).toThrow(/no callable method _answer/)
        expect(() => world.instance.ajax({ as: 'jane', processor: PROCESSOR, method: 'initialize', params: {} })).toThrow(AccessDenied)
    })
})

describe('what the bridge accepts from a browser', () => {
    test.each([
        ['empty', ''],
        ['an address', `${'127.0.0.1:9010'}`],
        ['a URL', 'https://evil.example.com/api/dailyjobs/x'],
        ['upper-case hex', 'A'.repeat(32)],
        ['33 characters', 'a'.repeat(33)],
        ['a query', `${'a'.repeat(32)}^ORactive=true`],
    ])('refuses %s as sysparm_incident, without calling OpCon', (_name, value) => {
        const before = world.instance.httpLog.length
        for (const method of ['getJob', 'performAction', 'getOutcome']) {
            expect(errorCode(call('jane', method, { sysparm_incident: value, sysparm_action: 'restart', sysparm_action_id: 'b'.repeat(32) }))).toBe('invalid_incident')
        }
        expect(world.instance.httpLog.length).toBe(before)
    })

    test('a well-formed sys_id that is no incident is "incident not found"', () => {
        expect(call('jane', 'getJob', { sysparm_incident: 'c'.repeat(32) })).toMatchObject({ ok: false, error: { code: 'incident_not_found' } })
    })

    test('refuses action names other than the six, queuing nothing', () => {
        for (const action of ['', 'kill', 'markFinishedOk', 'RESTART', 'restart ', 'restart;cancel', '__proto__', 'constructor']) {
            const answer = call('jane', 'performAction', { sysparm_incident: world.incident, sysparm_action: action, sysparm_reason: 'x' })
            expect([action, errorCode(answer)]).toEqual([action, 'invalid_action'])
        }
        expect(world.instance.query('x_opcon_action', `incident=${world.incident}`)).toHaveLength(0)
    })

    test('an incident OpCon did not open (and nobody linked) is refused with why', () => {
        const other = world.instance.insert('incident', { short_description: 'Printer jam', correlation_display: 'SCOM', correlation_id: `${world.sim.address},${JOB_ID}` })!
        const answer = call('jane', 'getJob', { sysparm_incident: other })
        expect(answer).toMatchObject({ ok: false, error: { code: 'not_opcon', message: expect.stringMatching(/^INC\d+ is not linked to an OpCon job\. Nothing was sent to OpCon\./) } })
    })

    test('a malformed correlation id links nothing: the dialog says so with the parser\'s reason and what to do', () => {
        const bad = world.newIncident(`${world.sim.address};${JOB_ID}`)
        expect(call('jane', 'getJob', { sysparm_incident: bad })).toMatchObject({
            ok: false,
            error: {
                code: 'not_linked', title: 'Not linked to an OpCon job',
                message: expect.stringMatching(/^INC\d+ says it is an OpCon incident, but it is not linked to an OpCon job: its correlation id cannot be used: .*has no comma/),
                hint: expect.stringContaining('Link to OpCon job'),
            },
        })
    })

    test('getOutcome answers only for an action of the same incident', async () => {
        await world.sim.seedJob({ id: JOB_ID, status: 'Failed' })
        const queued = call('jane', 'performAction', { sysparm_incident: world.incident, sysparm_action: 'markUnderReview', sysparm_reason: 'looking' })
        expect(queued.ok).toBe(true)
        const actionId = (queued.outcome as { sysId: string }).sysId
        expect(call('jane', 'getOutcome', { sysparm_incident: world.incident, sysparm_action_id: actionId })).toMatchObject({ ok: true, outcome: { sysId: actionId, action: 'markUnderReview' } })
        // Another job's incident (a newer link to the same job would take the job from world.incident).
        const other = world.newIncident(`${world.sim.address},${JOB_ID.replace(/\|[^|]+$/, '|OTHERJOB')}`)
        expect(errorCode(call('jane', 'getOutcome', { sysparm_incident: other, sysparm_action_id: actionId }))).toBe('action_not_found')
        expect(errorCode(call('jane', 'getOutcome', { sysparm_incident: world.incident, sysparm_action_id: 'not-a-sys-id' }))).toBe('invalid_argument')
    })
})

test.each([
    ['Failed', ['markUnderReview', 'markFixed', 'restart', 'cancel']],
    ['Under Review', ['markFixed', 'restart', 'cancel']],
    ['Waiting', ['cancel', 'hold']],
    ['Held', ['cancel', 'release']],
    ['Finished OK', ['restart']],
    ['Job Running', []],
    ['Failed; Processing Events', []],
])('from the live status %s the dialog offers %p', async (status, actions) => {
    await world.sim.seedJob({ id: JOB_ID, status })
    const answer = call('jane', 'getJob', { sysparm_incident: world.incident })
    const view = answer.view as { job: { status: { description: string } }; actions: Array<{ name: string }>; noActionsReason: string }
    expect(view.job.status.description).toBe(status)
    expect(view.actions.map((action) => action.name)).toEqual(actions)
    expect(view.noActionsReason === '').toBe(actions.length > 0)
})

test('no answer ever carries the token, the base URL\'s secrets or the server record', async () => {
    await world.sim.seedJob({ id: JOB_ID, status: 'Failed' })
    const answers: string[] = []
    const record = (method: string, params: Record<string, string>) => {
        answers.push(world.instance.ajax({ as: 'jane', processor: PROCESSOR, method, params }) as string)
        world.instance.drain()
    }
    record('getJob', { sysparm_incident: world.incident })
    record('performAction', { sysparm_incident: world.incident, sysparm_action: 'markFixed', sysparm_reason: 'done' })
    const actionId = JSON.parse(answers[1]).outcome.sysId
    record('getOutcome', { sysparm_incident: world.incident, sysparm_action_id: actionId })
    // Error answers too: a bad token (401) and OpCon down.
    setServerToken(world.instance, world.serverSysId, 'wrong-token-value')
    record('getJob', { sysparm_incident: world.incident })
    setServerToken(world.instance, world.serverSysId, TOKEN)
    await world.sim.setFaults([{ kind: 'status', status: 500, body: { code: 500, message: 'database offline' } }])
    record('getJob', { sysparm_incident: world.incident })
    await world.sim.clearFaults()

    expect(answers.map((text) => JSON.parse(text).ok)).toEqual([true, true, true, false, false])
    expect(JSON.parse(answers[3]).error.code).toBe('unauthorized')
    expect(JSON.parse(answers[4]).error.code).toBe('server_error')
    for (const text of answers) {
        expect(text).not.toContain(TOKEN)
        expect(text).not.toContain('wrong-token-value')
        expect(text).not.toContain('api_key')
    }
    // The view names the server; it does not hand out how to call it.
    expect(JSON.parse(answers[0]).view.server).toEqual({ name: 'OpCon Production', address: world.sim.address })
})

test('OpCon answering 503 to the dialog\'s read: it says OpCon was unavailable and what to do, never that anything is retried', async () => {
    await world.sim.seedJob({ id: JOB_ID, status: 'Failed' })
    await world.sim.setFaults([{ kind: 'status', status: 503, path: '/api/dailyjobs', body: { code: 503, message: 'Service Unavailable' } }])
    try {
        const answer = call('jane', 'getJob', { sysparm_incident: world.incident })
        expect(answer.ok).toBe(false)
        const error = answer.error as { code: string; title: string; message: string; hint: string }
        expect(error.code).toBe('server_error')
        expect(error.message).toMatch(/^INC\d+: OpCon server OpCon Production \(.*\) was unavailable \(HTTP 503\) while trying to read daily job .*: OpCon did not take the request on\. OpCon said: "Service Unavailable"\. If it stays unavailable, check that OpCon's REST API service is running, and its log\.$/)
        expect(error.hint).toMatch(/^Press Refresh in a minute; if it keeps happening, ask your OpCon administrator/)
        expect(JSON.stringify(error)).not.toMatch(/retr(y|ied|ies)/i)
    } finally {
        await world.sim.clearFaults()
    }
})
