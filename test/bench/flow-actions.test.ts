// The bench's Flow Designer action runner (flow-actions.ts) on a fixture action
// written as the Now SDK builds one: two script steps, input and output
// mappings, each step's "If this step fails" option.
import * as path from 'node:path'
import { Instance } from './instance'
import { InstallError } from './install'
import { loadPackage, type PackageRecord } from './records'
import { BENCH_APP } from './support/fixtures'

const ACTION = 'a0000000000000000000000000000001'
const STEP1 = 'b0000000000000000000000000000001'
const STEP2 = 'b0000000000000000000000000000002'
const CID1 = 'b0000000-0000-0000-0000-000000000001'
const CID2 = 'b0000000-0000-0000-0000-000000000002'

let seq = 0
function rec(table: string, fields: Record<string, string>): PackageRecord {
    const sysId = fields.sys_id ?? `f${String(++seq).padStart(31, '0')}`
    return { table, action: 'INSERT_OR_UPDATE', sysId, fields: { sys_id: sysId, ...fields }, attributes: {}, file: 'fixture' }
}

/** A fixture action: step 1 echoes who runs it and how; step 2 fails when asked, with the given error handling. */
function fixture(step1Handling: string, access = ''): PackageRecord[] {
    const input = (element: string, type: string, mandatory = 'false', order = '1') =>
        rec('sys_hub_action_input', { model: ACTION, element, label: element, internal_type: type, mandatory, order, default_value: '' })
    const output = (element: string, type: string) => rec('sys_hub_action_output', { model: ACTION, element, label: element, internal_type: type })
    const extIn = (step: string, element: string) => rec('sys_hub_step_ext_input', { model: step, element, internal_type: 'string' })
    const extOut = (step: string, element: string, type: string) => rec('sys_hub_step_ext_output', { model: step, element, internal_type: type })
    const map = (id: string, table: string, field: string, value: string) => rec('sys_element_mapping', { id, table: `${table}_${id}`, field, value })
    return [
        rec('sys_hub_action_type_definition', { sys_id: ACTION, name: 'Echo fixture', internal_name: 'echo_fixture', category: 'Bench', ...(access === '' ? {} : { access }) }),
        input('who', 'reference', 'true'), input('fail', 'boolean'), input('count', 'integer'),
        output('user', 'string'), output('interactive', 'boolean'), output('scope', 'string'), output('who_seen', 'string'),
        output('doubled', 'integer'), output('after', 'string'), output('__action_status__', 'string'),
        rec('sys_hub_step_instance', { sys_id: STEP1, action: ACTION, cid: CID1, label: 'Echo', order: '1', step_type: '106afb6647032200b4fad7527c9a71e7', error_handling_type: step1Handling }),
        rec('sys_variable_value', { document: 'sys_hub_step_instance', document_key: STEP1, variable: '71aa7f6647032200b4fad7527c9a719b', value: `(function execute(inputs, outputs) {
            outputs.user = gs.getUserName(); outputs.interactive = gs.isInteractive(); outputs.scope = gs.getCurrentScopeName();
            outputs.who_seen = typeof inputs.who + ':' + inputs.who; outputs.doubled = inputs.count * 2;
            if (inputs.fail === 'true') throw new Error('The echo step was told to fail.');
        })(inputs, outputs);` }),
        extIn(STEP1, 'who'), extIn(STEP1, 'fail'), extIn(STEP1, 'count'),
        map(STEP1, 'var__m_sys_hub_step_ext_input', 'who', '{{action.who}}'),
        map(STEP1, 'var__m_sys_hub_step_ext_input', 'fail', '{{action.fail}}'),
        map(STEP1, 'var__m_sys_hub_step_ext_input', 'count', '{{action.count}}'),
        extOut(STEP1, 'user', 'string'), extOut(STEP1, 'interactive', 'boolean'), extOut(STEP1, 'scope', 'string'), extOut(STEP1, 'who_seen', 'string'), extOut(STEP1, 'doubled', 'integer'),
        rec('sys_hub_step_instance', { sys_id: STEP2, action: ACTION, cid: CID2, label: 'After', order: '2', step_type: '106afb6647032200b4fad7527c9a71e7', error_handling_type: '1' }),
        rec('sys_variable_value', { document: 'sys_hub_step_instance', document_key: STEP2, variable: '71aa7f6647032200b4fad7527c9a719b', value: 'outputs.after = "ran";' }),
        extOut(STEP2, 'after', 'string'),
        ...['user', 'interactive', 'scope', 'who_seen', 'doubled'].map((name) => map(ACTION, 'var__m_sys_hub_action_output', name, `{{step[${CID1}].${name}}}`)),
        map(ACTION, 'var__m_sys_hub_action_output', 'after', `{{step[${CID2}].after}}`),
    ]
}

function load(step1Handling: string, access = '', installedWith?: 'now-sdk install'): Instance {
    const pkg = loadPackage(BENCH_APP)
    const instance = new Instance({ ...pkg, records: [...pkg.records, ...fixture(step1Handling, access)] }, { installedWith })
    instance.createUser({ userName: 'flow.user', name: 'Flo User' })
    return instance
}

const WHO = 'c0000000000000000000000000000001'

test('inputs go in through the step mappings as text (assumed), the script runs as the flow\'s user, not interactive, in the app scope (assumed), outputs come out typed', () => {
    const instance = load('1')
    const run = instance.runFlowAction('Echo fixture', { who: WHO, count: 21 }, { as: 'flow.user' })
    expect(run).toEqual({ status: 'completed', outputs: { user: 'flow.user', interactive: false, scope: 'x_bench', who_seen: `string:${WHO}`, doubled: 42, after: 'ran' } })
    // By internal name as well.
    expect(instance.runFlowAction('echo_fixture', { who: WHO }).outputs.user).toBe('admin')
})

test('a step that fails with "stop the action" errors the action; later steps do not run; its outputs so far are mapped (assumed)', () => {
    const run = load('1').runFlowAction('Echo fixture', { who: WHO, fail: true }, { as: 'flow.user' })
    expect(run.status).toBe('error')
    expect(run.error).toBe('The echo step was told to fail.')
    expect(run.outputs).toMatchObject({ user: 'flow.user', after: '' })
})

test('a step that fails with "don\'t stop the action" goes on to the next step, and the action completes', () => {
    const run = load('2').runFlowAction('Echo fixture', { who: WHO, fail: true })
    expect(run).toMatchObject({ status: 'completed', outputs: { after: 'ran', user: 'admin' } })
    expect(run.error).toBeUndefined()
})

test('a missing mandatory input fails the action before any step runs (assumed); an unknown input or action is a test error', () => {
    const instance = load('1')
    expect(instance.runFlowAction('Echo fixture', {})).toEqual({ status: 'error', outputs: {}, error: 'The mandatory input who of action Echo fixture has no value.' })
    expect(() => instance.runFlowAction('Echo fixture', { who: WHO, wrong: 1 })).toThrow(/has no input wrong/)
    expect(() => instance.runFlowAction('No such action', {})).toThrow(/No Flow Designer action "No such action"/)
})

test('a step field named action survives the package reader (the record\'s action attribute is another thing)', () => {
    const app = loadPackage(path.resolve(__dirname, '../../dist/app'))
    const steps = app.records.filter((record) => record.table === 'sys_hub_step_instance' && record.action !== 'DELETE')
    expect(steps.length).toBeGreaterThan(0)
    const definitions = new Set(app.records.filter((record) => record.table === 'sys_hub_action_type_definition').map((record) => record.sysId))
    for (const step of steps) expect(definitions.has(step.fields.action)).toBe(true)
})

test('a script step that requires a module the package does not hold is refused at install', () => {
    const pkg = loadPackage(BENCH_APP)
    const records = fixture('1').map((record) => record.table === 'sys_variable_value' && record.fields.document_key === STEP2
        ? { ...record, fields: { ...record.fields, value: "require('x_bench/bench-fixture/0.0.9/src/server/gone.ts').run(inputs, outputs);" } }
        : record)
    expect(() => new Instance({ ...pkg, records: [...pkg.records, ...records] })).toThrow(InstallError)
    expect(() => new Instance({ ...pkg, records: [...pkg.records, ...records] })).toThrow(/require\('x_bench\/bench-fixture\/0.0.9\/src\/server\/gone.ts'\) names no sys_module/)
})

describe('sn_fd.FlowAPI in a script (flow-api.ts, "ScriptableFlowRunner - Scoped")', () => {
    const RUN = `sn_fd.FlowAPI.getRunner().action('x_bench.echo_fixture').inForeground().withInputs({ who: '${WHO}', count: 2 }).run()`

    test('runs a published action in the foreground as the session user and gives its outputs', () => {
        const instance = load('1')
        instance.publishFlowActions()
        const outputs = instance.runScript(`var r = ${RUN}; JSON.stringify({ o: r.getOutputs(), name: r.getFlowObjectName() })`, { as: 'flow.user' }) as string
        expect(JSON.parse(outputs)).toEqual({ o: { user: 'flow.user', interactive: false, scope: 'x_bench', who_seen: `string:${WHO}`, doubled: 4, after: 'ran' }, name: 'x_bench.echo_fixture' })
    })

    test('a draft action does not run from a script (assumed), nor one of another scope, nor in the background (not modelled)', () => {
        const instance = load('1')
        expect(() => instance.runScript(RUN)).toThrow(/is not published: open it in Flow Designer and publish it/)
        instance.publishFlowActions()
        expect(() => instance.runScript(RUN.replace('x_bench.', 'global.'))).toThrow(/Action global.echo_fixture was not found/)
        expect(() => instance.runScript(RUN.replace('.inForeground()', ''))).toThrow(/not modelled by the bench/)
    })

    test('now-sdk install publishes the package\'s actions (its post-install flow activation) and says so; another install leaves them drafts', () => {
        const deployed = load('1', '', 'now-sdk install')
        expect(deployed.installLog).toEqual(['Flow activation complete: 1/1 succeeded'])
        expect(JSON.parse(deployed.runScript(`JSON.stringify(${RUN}.getOutputs())`, { as: 'flow.user' }) as string)).toMatchObject({ after: 'ran' })
        const fromRepository = load('1')
        expect(fromRepository.installLog).toEqual([])
        expect(() => fromRepository.runScript(RUN)).toThrow(/is not published/)
    })

    test('an action that ends in error makes run() throw its message (assumed)', () => {
        const instance = load('1')
        instance.publishFlowActions()
        expect(() => instance.runScript(RUN.replace("count: 2", "count: 2, fail: true"))).toThrow(/The echo step was told to fail/)
    })

    test('a package_private action ("Accessible from": this application scope only) runs from its own scope only: a script of another scope is refused before it runs (assumed)', () => {
        const instance = load('1', 'package_private')
        instance.publishFlowActions()
        expect(() => instance.runScript(RUN, { as: 'flow.user', scope: 'global' })).toThrow('Action x_bench.echo_fixture ("Echo fixture") is accessible only from its own application scope (x_bench), not from global.')
        const own = instance.runScript(`JSON.stringify(${RUN}.getOutputs())`, { as: 'flow.user' }) as string
        expect(JSON.parse(own)).toMatchObject({ user: 'flow.user', after: 'ran' })
        // Public (or no access given, the SDK's default): any scope.
        const open = load('1')
        open.publishFlowActions()
        expect(JSON.parse(open.runScript(`JSON.stringify(${RUN}.getOutputs())`, { scope: 'global' }) as string)).toMatchObject({ after: 'ran' })
    })
})

test('a flow of another scope does not run a package_private action: the run errors before any step ("Create an action": Accessible From; when and in which words, assumed)', () => {
    const instance = load('1', 'package_private')
    expect(instance.runFlowAction('Echo fixture', { who: WHO }, { scope: 'global' })).toEqual({
        status: 'error', outputs: {}, error: 'Action Echo fixture is accessible only from its own application scope (x_bench), not from a flow in global.',
    })
    expect(instance.runFlowAction('Echo fixture', { who: WHO }, { scope: 'x_bench' }).status).toBe('completed')
    expect(load('1').runFlowAction('Echo fixture', { who: WHO }, { scope: 'global' }).status).toBe('completed')
})
