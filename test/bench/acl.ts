// Access controls as the platform applies them to the acting user: the most
// specific matching ACLs decide, any one of them passing is enough, field
// ACLs come on top of table ACLs; admin passes every role check, and the whole
// ACL where it lets admin override it.
// Sources: ServiceNow docs "ACL rule types" (table rules: table, parent, *;
// field rules only after a table rule passes; the first field rule that passes
// stops the search; UI page ACLs named by the scoped page name) and "Create an
// ACL rule" (Admin overrides); "Explore Access Control Lists" and `now-sdk
// explain security-guide` (roles, condition and script must all pass; a script
// passes by evaluating to true or setting `answer`). Not modelled: Deny-Unless ACLs
// (decision_type deny are read as allow ACLs), security attributes, query ACLs.
import { compileEncodedQuery } from './encoded-query'
import type { Schema } from './schema'
import type { Row } from './store'

export interface AclRecord {
    sysId: string
    type: string
    name: string
    operation: string
    adminOverrides: boolean
    active: boolean
    condition: string
    script: string
    roles: string[]
}

export interface AclSubject {
    roles: Set<string>
}

/**
 * Runs an ACL's script as `subject`, the user being checked. The platform checks ACLs for the session's
 * user, so `gs` in an ACL script is that user; the bench also checks for other users (readAsUser).
 */
export interface AclScriptRunner<S extends AclSubject> {
    (acl: AclRecord, row: Row | null, table: string, subject: S): boolean
}

export type AclDecision = { allowed: true } | { allowed: false; reason: string }

export class AccessControl<S extends AclSubject = AclSubject> {
    constructor(
        private readonly acls: () => AclRecord[],
        private readonly schema: Schema,
        /** Tables defined by the app: with no matching ACL, only admin gets in. */
        private readonly appTables: () => Set<string>,
        private readonly runScript: AclScriptRunner<S>,
    ) {}

    // "Create an ACL rule": with Admin overrides on, an admin passes the whole ACL whatever its roles,
    // condition or script say. With it off, an admin still passes the Requires-role check ("the admin
    // role automatically grants users all other roles"): only the condition or the script can keep an
    // admin out, so a role-only ACL without admin override does not.
    private passes(acl: AclRecord, subject: S, row: Row | null, table: string): boolean {
        const admin = subject.roles.has('admin')
        if (acl.adminOverrides && admin) return true
        if (acl.roles.length > 0 && !admin && !acl.roles.some((role) => subject.roles.has(role))) return false
        if (acl.condition && row) {
            const query = compileEncodedQuery(acl.condition, this.schema.querySchema(table), table)
            if (!query.matches({ value: (field) => row[field] ?? '' })) return false
        }
        if (acl.script && !this.runScript(acl, row, table, subject)) return false
        return true
    }

    private matching(type: string, operation: string, names: string[]): AclRecord[] {
        const all = this.acls().filter((acl) => acl.active && acl.type === type && acl.operation === operation)
        for (const name of names) {
            const found = all.filter((acl) => acl.name === name)
            if (found.length > 0) return found
        }
        return []
    }

    record(subject: S, operation: string, table: string, field: string | null, row: Row | null): AclDecision {
        const lineage = this.schema.lineage(table)
        const tableAcls = this.matching('record', operation, [...lineage, '*'])
        // No matching table ACL: on the platform the base system's * table ACLs (admin only) decide
        // ("ACL rule types"). The bench has them only for the app's tables; platform tables it does not
        // secure at all (incident's own ACLs, e.g. for itil, are not installed).
        if (tableAcls.length === 0) {
            if (lineage.some((name) => this.appTables().has(name)) && !subject.roles.has('admin')) {
                return { allowed: false, reason: `no ${operation} ACL on ${table}` }
            }
        } else if (!tableAcls.some((acl) => this.passes(acl, subject, row, table))) {
            return { allowed: false, reason: `${operation} on ${table} needs one of: ${describe(tableAcls)}` }
        }
        if (!field) return { allowed: true }
        // "ACL rule types" orders field rules table.field, parent.field, *.field, table.*, parent.*, *.*;
        // the bench looks at *.field after the table.* rules and has no *.* rule (the app ships neither).
        const fieldAcls = this.matching('record', operation, [
            ...lineage.map((name) => `${name}.${field}`),
            ...lineage.map((name) => `${name}.*`),
            `*.${field}`,
        ])
        if (fieldAcls.length > 0 && !fieldAcls.some((acl) => this.passes(acl, subject, row, table))) {
            return { allowed: false, reason: `${operation} on ${table}.${field} needs one of: ${describe(fieldAcls)}` }
        }
        return { allowed: true }
    }

    /** UI pages (name = endpoint without `.do`) and client-callable script includes. */
    named(subject: S, type: 'ui_page' | 'client_callable_script_include', operation: string, names: string[]): AclDecision {
        const acls = this.matching(type, operation, names)
        // Without a matching ACL the platform falls back to its STAR (*) rule for the type ("ACL rule types");
        // the base system has no client-callable ACLs. Assumed: no rule means allowed (what that * rule
        // demands is not documented), which is not the strict choice; the app ships an ACL for each.
        if (acls.length === 0) return { allowed: true }
        if (acls.some((acl) => this.passes(acl, subject, null, ''))) return { allowed: true }
        return { allowed: false, reason: `${type} ${names[0]} needs one of: ${describe(acls)}` }
    }

    /**
     * ACLs named by sys_id, as a scripted REST resource's enforce_acl lists them: any one passing is
     * enough ("Configure a scripted REST API resource to require an ACL"). An id with no installed ACL
     * (or an inactive one) is skipped; when none is left the request is refused (assumed, the strict choice).
     */
    anyOf(subject: S, sysIds: string[]): AclDecision {
        const acls = this.acls().filter((acl) => acl.active && sysIds.includes(acl.sysId))
        if (acls.some((acl) => this.passes(acl, subject, null, ''))) return { allowed: true }
        return { allowed: false, reason: acls.length === 0 ? `none of the ACLs ${sysIds.join(', ')} is installed` : `needs one of: ${describe(acls)}` }
    }
}

function describe(acls: AclRecord[]): string {
    return acls.map((acl) => (acl.roles.length > 0 ? acl.roles.join(' or ') : 'its condition/script')).join('; ')
}
