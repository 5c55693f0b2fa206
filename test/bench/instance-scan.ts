// Instance Scan, as far as ServiceNow's docs describe it, for the checks a
// package ships. Sources:
//  - "Exploring Instance Scan" (docs, platform-administration/instance-scan/
//    hs-getting-started): a full scan "runs all the active checks present in
//    your instance"; "A finding is a reference to a record that has violated a
//    rule from a check".
//  - "Create a table type check" (hs-create-table-health-check): a table check
//    applies to one table and its conditions; the Advanced option adds a script.
//  - The Now SDK's instance-scan-guide / tablecheck-api: in condition-only mode
//    "every matching record is a finding"; findings go to scan_finding unless
//    finding_type says otherwise.
//  - "Findings - Scoped, Global" (API reference): engine.finding.increment()
//    counts a finding for the current record, from a check's script.
// Modelled: condition-only table checks. Everything else a package may ship
// (advanced table checks, script-only, linter and column type checks, a run
// condition, use_manifest) is refused with words, never silently skipped: the
// docs do not say enough to model them (what `engine`, `current` and
// `finding` hold in each, in which scope the script runs).
// Assumed (strict, test/bench/ASSUMPTIONS.md): the scan reads a check's table
// in the check's own application scope, so a check of x_opcon on a global
// table needs the app's cross-scope read privilege, and a refused read finds
// nothing (scopes.ts), as it does for the app's scripts.
import type { Instance } from './instance'

export interface ScanFinding {
    /** The check's sys_id and name. */
    check: string
    checkName: string
    priority: string
    category: string
    /** The record that violated the check. */
    table: string
    sysId: string
}

/** Check tables the bench does not run: shipping an active one fails the scan. */
const NOT_MODELLED = ['scan_script_only_check', 'scan_linter_check', 'scan_column_type_check']

const isTrue = (value: string | undefined): boolean => value === 'true' || value === '1'

/** A full scan ("Execute Full Scan"): every active check, its findings. */
export function runFullScan(instance: Instance, options: { as?: string } = {}): ScanFinding[] {
    const app = instance.pkg.records.find((record) => record.table === 'sys_app')
    const scopeOf = (value: string): string => (app && value === app.sysId ? app.fields.scope : value || 'global')
    for (const table of NOT_MODELLED) {
        const active = instance.store.rows(table).filter((row) => row.active !== 'false')
        if (active.length > 0) throw new Error(`${table} "${active[0].name}": the bench does not model this kind of check (see instance-scan.ts)`)
    }
    const findings: ScanFinding[] = []
    for (const check of instance.store.rows('scan_table_check')) {
        if (check.active === 'false') continue
        const named = `scan_table_check "${check.name}"`
        if (isTrue(check.advanced) || (check.script ?? '') !== '') throw new Error(`${named}: advanced (scripted) table checks are not modelled`)
        if ((check.run_condition ?? '') !== '') throw new Error(`${named}: a run condition is not modelled`)
        if (isTrue(check.use_manifest)) throw new Error(`${named}: use_manifest is not modelled`)
        const script = `(function () {
            var gr = new GlideRecord(${JSON.stringify(check.table)});
            gr.addEncodedQuery(${JSON.stringify(check.conditions ?? '')});
            gr.query();
            var ids = [];
            while (gr.next()) ids.push(gr.getUniqueValue());
            return ids.join(',');
        })()`
        const ids = String(instance.runScript(script, { as: options.as ?? 'admin', scope: scopeOf(check.sys_scope ?? ''), interactive: false }))
        for (const sysId of ids.split(',').filter(Boolean)) {
            findings.push({ check: check.sys_id, checkName: check.name, priority: check.priority, category: check.category, table: check.table, sysId })
        }
    }
    return findings
}
