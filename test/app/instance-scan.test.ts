// The Overview's warnings ship as Instance Scan checks (fluent/scan/): a full
// scan of an instance where the connector is misconfigured reports each
// problem as a finding on the record to fix, and a healthy one reports none.
// The scan is the bench's model (test/bench/instance-scan.ts, with sources).
import { Instance } from '../bench/instance'
import type { PackageRecord } from '../bench/records'
import { runFullScan, type ScanFinding } from '../bench/instance-scan'
import { createOpConAlias, scopeRefusals } from './support/connector'
import { DEFAULT_TEMPLATE_ID } from '../../src/server/templates/templates'
import { FLOW_ACTIONS } from '../../src/server/admin/setup-checklist'
import { buildOverview } from '../../src/server/overview/overview-figures'
import {
    ACTIONS_UNPUBLISHED, APP_SCOPE_ID, DEFAULT_TEMPLATE_INCOMPLETE, FAILURES_IN_ERROR, NO_CREDENTIAL, OLD_SMA_RULES, OLD_SMA_RULES_ACTIVE,
} from '../../src/server/scan/scan-conditions'

const CHECKS = {
    credential: 'OpCon Connector: server without a connection alias',
    template: 'OpCon Connector: Default incident template without a caller or group',
    oldRules: 'OpCon Connector: old OpConAPI business rules active',
    actions: 'OpCon Connector: Flow action not published',
    failures: 'OpCon Connector: failed job in error',
} as const

/** The findings of one check, as "table sys_id". */
const of = (findings: ScanFinding[], check: string): string[] => findings.filter((f) => f.checkName === check).map((f) => `${f.table} ${f.sysId}`).sort()

const URL = 'https://opcon.example.com:9010'

/** An instance with the connector set up as the README says: a server with its alias, the Default template filled in, the Flow actions published. */
function healthy(options: { exclude?: (record: PackageRecord) => boolean } = {}): { instance: Instance; serverId: string } {
    const instance = Instance.load({ exclude: options.exclude })
    instance.createUser({ userName: 'opcon.admin', name: 'Olivia Admin', roles: ['x_opcon.admin'] })
    const group = instance.createGroup({ name: 'OpCon operators' })
    const caller = instance.createUser({ userName: 'opcon.caller', name: 'OpCon Caller' })
    instance.update('x_opcon_template', DEFAULT_TEMPLATE_ID, { caller, assignment_group: group })
    instance.publishFlowActions()
    const serverId = instance.insert('x_opcon_server', {
        name: 'prod', address: 'opcon.example.com:9010', base_url: URL, active: true,
        connection_alias: createOpConAlias(instance, { name: 'prod', url: URL, token: 'tok-scan' }),
    }, { as: 'opcon.admin' })
    if (!serverId) throw new Error(`registering the server failed: ${JSON.stringify(instance.messages)}`)
    return { instance, serverId }
}

describe('the checks as shipped', () => {
    const pkg = Instance.load().pkg
    const checks = pkg.records.filter((record) => record.table === 'scan_table_check' && record.action !== 'DELETE')

    test('five condition-only table checks, each with a name, what is wrong, how to fix it, a priority and a category', () => {
        expect(checks.map((check) => check.fields.name).sort()).toEqual(Object.values(CHECKS).sort())
        for (const check of checks) {
            expect({ name: check.fields.name, advanced: check.fields.advanced, script: check.fields.script ?? '', active: check.fields.active }).toEqual({ name: check.fields.name, advanced: 'false', script: '', active: 'true' })
            expect(check.fields.short_description.length).toBeGreaterThan(30)
            expect(check.fields.description.length).toBeGreaterThan(60)
            expect(check.fields.resolution_details).toMatch(/Open |Set |clear /)
            expect(['1', '2', '3', '4']).toContain(check.fields.priority)
            expect(['upgradability', 'performance', 'security', 'manageability', 'user_experience']).toContain(check.fields.category)
            expect(check.fields.sys_scope).toBe(APP_SCOPE_ID)
        }
    })

    test('each query names exactly what the Overview and Test connection decide on', () => {
        const app = pkg.records.find((record) => record.table === 'sys_app')!
        expect(app.sysId).toBe(APP_SCOPE_ID)
        const rules = pkg.records.filter((record) => record.table === 'sys_script' && /^OpConTicket/.test(record.fields.name)).map((record) => record.fields.name).sort()
        expect([...OLD_SMA_RULES].sort()).toEqual(rules)
        expect(OLD_SMA_RULES_ACTIVE).toBe(`nameIN${OLD_SMA_RULES.join(',')}^active=true^sys_scope!=${APP_SCOPE_ID}`)
        expect(DEFAULT_TEMPLATE_INCOMPLETE).toBe(`sys_id=${DEFAULT_TEMPLATE_ID}^callerISEMPTY^ORassignment_groupISEMPTY`)
        expect(ACTIONS_UNPUBLISHED).toBe(`internal_nameIN${FLOW_ACTIONS.join(',')}^state!=published^ORstateISEMPTY^ORactive=false`)
        const shipped = Object.fromEntries(checks.map((check) => [check.fields.name, `${check.fields.table}: ${check.fields.conditions}`]))
        expect(shipped).toEqual({
            [CHECKS.credential]: `x_opcon_server: ${NO_CREDENTIAL}`,
            [CHECKS.template]: `x_opcon_template: ${DEFAULT_TEMPLATE_INCOMPLETE}`,
            [CHECKS.oldRules]: `sys_script: ${OLD_SMA_RULES_ACTIVE}`,
            [CHECKS.actions]: `sys_hub_action_type_definition: ${ACTIONS_UNPUBLISHED}`,
            [CHECKS.failures]: `x_opcon_failure: ${FAILURES_IN_ERROR}`,
        })
    })
})

describe('a full scan', () => {
    test('of a healthy setup finds nothing, and reads nothing it may not', () => {
        const { instance } = healthy()
        const logs = instance.logs.length
        expect(runFullScan(instance)).toEqual([])
        expect(scopeRefusals(instance, logs)).toEqual([])
    })

    test('an active server without a connection alias is a finding on that server; an inactive one is not', () => {
        const { instance, serverId } = healthy()
        const bare = instance.insert('x_opcon_server', { name: 'test', address: 'opcon-test.example.com:9010', base_url: 'https://opcon-test.example.com:9010', active: true }, { as: 'opcon.admin' })!
        instance.insert('x_opcon_server', { name: 'old', address: 'opcon-old.example.com:9010', base_url: 'https://opcon-old.example.com:9010', active: false }, { as: 'opcon.admin' })
        const findings = runFullScan(instance)
        expect(of(findings, CHECKS.credential)).toEqual([`x_opcon_server ${bare}`])
        expect(findings.filter((f) => f.sysId === serverId)).toEqual([])
        instance.update('x_opcon_server', bare, { active: false }, { as: 'opcon.admin' })
        expect(runFullScan(instance)).toEqual([])
    })

    test('the Default template without a caller or without a group is a finding on it, exactly when the Overview warns', () => {
        const { instance } = healthy()
        const filled = instance.get('x_opcon_template', DEFAULT_TEMPLATE_ID)!
        for (const [caller, group] of [['', ''], [filled.caller, ''], ['', filled.assignment_group], [filled.caller, filled.assignment_group]]) {
            instance.update('x_opcon_template', DEFAULT_TEMPLATE_ID, { caller, assignment_group: group })
            const overview = buildOverview({ nowMs: 0, servers: [], moreServers: false, defaultTemplate: { sysId: DEFAULT_TEMPLATE_ID, hasCaller: caller !== '', hasGroup: group !== '' } })
            const warns = overview.warnings.some((warning) => warning.link.includes(DEFAULT_TEMPLATE_ID))
            expect({ caller, group, finding: of(runFullScan(instance), CHECKS.template) }).toEqual({ caller, group, finding: warns ? [`x_opcon_template ${DEFAULT_TEMPLATE_ID}`] : [] })
        }
        // As installed, before an admin sets it.
        expect(of(runFullScan(Instance.load()), CHECKS.template)).toEqual([`x_opcon_template ${DEFAULT_TEMPLATE_ID}`])
    })

    test('an old OpConAPI rule active in another scope is a finding on that rule; inactive, or the connector\'s own rules, are not (assumed: the scan reads in the check\'s scope)', () => {
        const { instance } = healthy()
        const old = instance.insert('sys_script', { name: 'OpConTicketResolved', collection: 'x_opcon_binding', active: true, when: 'after', action_update: true, script: '', sys_scope: 'global' })!
        instance.insert('sys_script', { name: 'OpConTicketCanceled', collection: 'x_opcon_binding', active: false, when: 'after', action_update: true, script: '', sys_scope: 'global' })
        const own = instance.query('sys_script', `nameIN${OLD_SMA_RULES.join(',')}^sys_scope=${APP_SCOPE_ID}`)
        expect(own.map((rule) => rule.active)).toEqual(['true', 'true', 'true', 'true'])
        expect(of(runFullScan(instance), CHECKS.oldRules)).toEqual([`sys_script ${old}`])
    })

    test('without the sys_script read privilege the check would find nothing, and the platform logs the refusal (assumed: the scan reads in the check\'s scope)', () => {
        const { instance } = healthy({ exclude: (record) => record.table === 'sys_scope_privilege' && record.fields.target_name === 'sys_script' })
        instance.insert('sys_script', { name: 'OpConTicketAccepted', collection: 'x_opcon_binding', active: true, when: 'after', action_update: true, script: '', sys_scope: 'global' })
        const logs = instance.logs.length
        expect(of(runFullScan(instance), CHECKS.oldRules)).toEqual([])
        expect(scopeRefusals(instance, logs).join('\n')).toMatch(/sys_script/)
    })

    test('each Flow action that is a draft or inactive is a finding on it; published ones are not', () => {
        const drafts = runFullScan(Instance.load())
        const all = of(drafts, CHECKS.actions)
        expect(all).toHaveLength(FLOW_ACTIONS.length)
        const { instance } = healthy()
        const [first, second] = instance.query('sys_hub_action_type_definition', `internal_nameIN${FLOW_ACTIONS.join(',')}`)
        instance.store.put('sys_hub_action_type_definition', { ...first, state: 'draft' })
        instance.store.put('sys_hub_action_type_definition', { ...second, active: 'false' })
        expect(of(runFullScan(instance), CHECKS.actions)).toEqual([`sys_hub_action_type_definition ${first.sys_id}`, `sys_hub_action_type_definition ${second.sys_id}`].sort())
    })

    test('a failed job in error is a finding on its row; other states are not', () => {
        const { instance, serverId } = healthy()
        const row = (state: string, job: string) => instance.insert('x_opcon_failure', { server: serverId, address: 'opcon.example.com:9010', daily_job_id: job, state })!
        const inError = row('error', '20260105|1|1|job-a')
        row('recovered', '20260105|1|1|job-b')
        row('waiting', '20260105|1|1|job-c')
        expect(of(runFullScan(instance), CHECKS.failures)).toEqual([`x_opcon_failure ${inError}`])
    })
})
