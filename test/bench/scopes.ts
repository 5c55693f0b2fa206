// Application scopes as a published install enforces them. A script runs in
// the scope of the record that holds it; when it touches a table or calls a
// script include that belongs to another scope, the platform lets it through
// only when both sides allow it:
//  - the caller's side: a sys_scope_privilege record of the calling app that
//    allows the operation on that target. "Tracking" creates such records
//    only while an app is developed on the instance; after it is published
//    and installed elsewhere only the shipped records count ("Cross-scope
//    privilege record", ServiceNow docs; `now-sdk explain
//    cross-scope-privilege-guide`: "Without these declarations, the platform
//    blocks cross-scope operations at runtime").
//  - the target's side: an app table's Application Access settings
//    (sys_db_object.access public / package_private and can read / create /
//    update / delete), "Application access settings", ServiceNow docs;
//    KB0727180 ("Create operation against 'x_…' from scope 'rhino.global' has
//    been refused due to the table's cross-scope access policy"). A private
//    script include is reachable only from its own scope ("Script includes",
//    ServiceNow docs: Accessible from "This application scope only").
// Not modelled: more than one application on the instance (every table that
// is not the app's belongs to global), runtime access tracking modes.
// The bench applies these to every script it runs (strict by default: there
// is no "tracking" mode). Table operations that are refused do nothing (a
// query finds no rows, insert/update return null) and the platform's
// "Security restricted" error is logged (KB1641480 lists the messages); a
// refused script include access throws.
import type { Row, Store } from './store'

export type TableOperation = 'read' | 'create' | 'write' | 'delete'

export interface ScopeDeps {
    store: Store
    /** The installed app's scope name (x_opcon) and its sys_app sys_id. */
    appScope: string
    appId: string
    /** Tables the app's package defines. */
    appTables: () => ReadonlySet<string>
}

/** How the platform names a scope in its messages: global is "rhino.global" (KB0727180). */
const named = (scope: string): string => (scope === 'global' ? 'rhino.global' : scope)

const OPERATION_WORDS: Record<TableOperation, string> = { read: 'Read', create: 'Create', write: 'Write', delete: 'Delete' }
/** sys_db_object's "can ..." flag per operation ("Application access settings"). */
const ACCESS_FLAGS: Record<TableOperation, string> = { read: 'read_access', create: 'create_access', write: 'update_access', delete: 'delete_access' }

export class ScopePolicy {
    constructor(private readonly deps: ScopeDeps) {}

    /** The scope that owns a table: the app's tables are the app's, every other table is global. */
    ownerOfTable(table: string): string {
        return this.deps.appTables().has(table) ? this.deps.appScope : 'global'
    }

    /** The scope name a sys_scope value (a sys_app sys_id, or a scope name) stands for. */
    scopeName(value: string): string {
        return value === this.deps.appId ? this.deps.appScope : value
    }

    private privilegeAllows(caller: string, targetType: string, targetName: string, targetScope: string, operation: string): boolean {
        return this.deps.store.rows('sys_scope_privilege').some((row: Row) =>
            this.scopeName(row.source_scope ?? '') === caller &&
            row.target_type === targetType &&
            row.target_name === targetName &&
            this.scopeName(row.target_scope ?? '') === targetScope &&
            row.operation === operation &&
            row.status === 'allowed')
    }

    /** Why a table operation from `caller` is refused, or null when it may run. */
    refuseTable(caller: string | null, table: string, operation: TableOperation): string | null {
        if (caller === null) return null
        const owner = this.ownerOfTable(table)
        if (owner === caller) return null
        const op = OPERATION_WORDS[operation]
        if (owner === this.deps.appScope) {
            // The target is one of the app's tables: its Application Access settings decide.
            const definition = this.deps.store.rows('sys_db_object').find((row) => row.name === table)
            const open = definition?.access === 'public' && definition[ACCESS_FLAGS[operation]] === 'true'
            return open ? null : `Security restricted: ${op} operation against '${table}' from scope '${named(caller)}' has been refused due to the table's cross-scope access policy`
        }
        // A platform table: the calling app must have declared the privilege.
        if (this.privilegeAllows(caller, 'sys_db_object', table, owner, operation)) return null
        return `Security restricted: ${op} operation on table '${table}' from scope '${named(caller)}' was denied. ` +
            `The application '${named(caller)}' must declare a cross scope access privilege. Please contact the application admin to update their access requests.`
    }

    /**
     * Why calling a script include of `owner` from `caller` is refused, or null.
     * `access` and `callerAccess` are the include's sys_script_include fields
     * ("Script includes" and "Restricted caller access privilege settings",
     * ServiceNow docs): a private include answers only its own scope; caller
     * restriction ('2') needs an admin-allowed privilege record for the
     * calling scope, and the attempt leaves a "requested" one; caller tracking
     * ('1') lets the call through and records an allowed one. Otherwise a
     * scoped caller needs a privilege it shipped itself, as for tables.
     */
    refuseScriptInclude(caller: string | null, owner: string, name: string, access: string, callerAccess: string): string | null {
        if (caller === null || caller === owner) return null
        if (owner !== 'global' && access !== 'public') {
            // The rule is documented; the wording is assumed.
            return `Illegal access to private script include ${name} in scope ${owner} being called from scope ${named(caller)}`
        }
        if (this.privilegeAllows(caller, 'sys_script_include', name, owner, 'execute')) return null
        const api = owner === 'global' ? name : `${owner}.${name}`
        if (callerAccess === '2') {
            this.record(caller, name, owner, 'requested')
            return `Security restricted: Execute operation on API '${api}' from scope '${caller}' was denied. ` +
                `The application '${caller}' must declare a Restricted Caller Access privilege. Please contact the application admin to update their access requests.`
        }
        if (callerAccess === '1') {
            this.record(caller, name, owner, 'allowed')
            return null
        }
        // Global scripts have no runtime access tracking of their own (assumed; not the strict choice:
        // a global caller reaches any public include without a privilege).
        if (caller === 'global') return null
        return `Security restricted: Execute operation on API '${api}' from scope '${caller}' was denied. ` +
            `The application '${caller}' must declare a cross scope access privilege. Please contact the application admin to update their access requests.`
    }

    /**
     * Why calling a global scriptable API (`api.method`, e.g. IdentificationEngine.createOrUpdateCI) from
     * `caller` is refused, or null. A scoped caller needs an execute privilege of target type scriptable
     * (cross-scope-privilege-guide); assumed, the strict way: it names the method, as scriptable privileges
     * do for GlideRecord.setValue, or the class for all its methods.
     */
    refuseScriptable(caller: string | null, api: string, method: string): string | null {
        if (caller === null || caller === 'global') return null
        if ([`${api}.${method}`, api].some((name) => this.privilegeAllows(caller, 'scriptable', name, 'global', 'execute'))) return null
        return `Security restricted: Execute operation on API '${api}.${method}' from scope '${caller}' was denied. ` +
            `The application '${caller}' must declare a cross scope access privilege. Please contact the application admin to update their access requests.`
    }

    private record(caller: string, name: string, owner: string, status: 'requested' | 'allowed'): void {
        const { store } = this.deps
        const exists = store.rows('sys_scope_privilege').some((row) => this.scopeName(row.source_scope ?? '') === caller &&
            row.target_type === 'sys_script_include' && row.target_name === name && this.scopeName(row.target_scope ?? '') === owner && row.operation === 'execute')
        if (exists) return
        store.put('sys_scope_privilege', {
            sys_id: store.newSysId(), source_scope: caller, target_type: 'sys_script_include', target_name: name,
            target_scope: owner, operation: 'execute', status,
        })
    }
}
