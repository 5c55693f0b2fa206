// sn_cc.ConnectionInfoProvider as a script reaches it: a Connection & Credential
// alias's active connection and its credential, read without any GlideRecord.
//
// Sources (ServiceNow docs): "ConnectionInfoProvider - Scoped, Global"
// (`new sn_cc.ConnectionInfoProvider()`, getConnectionInfo(aliasID): the
// ConnectionInfo "identified by the given aliasID in the current domain", null
// when there is none, as the docs' `if (connectionInfo != null)` shows;
// getConnectionInfoByDomain(aliasID, domainID)); "ConnectionInfo - Scoped, Global"
// (getAttribute(name), getCredentialAttribute(name) as its example calls it,
// getDataMap(), getExtendedAttributes()); "Create an HTTP(s) connection" (a
// connection names its alias and its credential; Active; Use MID Server, MID
// Selection, MID Server); "Scope protections for
// Credentials and Connections" (a connection or credential whose Application is
// another protected scope is not visible to a script; "Empty fields and other
// scopes are not restricted"). Only these methods exist here.
//
// Assumed, the strict way (test/bench/ASSUMPTIONS.md):
// - a scoped caller needs an execute privilege for ConnectionInfoProvider (target
//   type scriptable), as the IRE's scriptable API does on the bench (scopes.ts);
// - every application scope other than global is a protected one: its
//   connections and credentials are invisible to other scopes (the docs protect
//   only "specific secured scopes");
// - an inactive connection or credential is never returned; with several active
//   connections on an alias that does not support them, none is;
// - getCredentialAttribute of a password2 field returns the secret in clear (the
//   docs' example prints `password` this way), and of an unknown name null;
// - the class is exposed as ConnectionInfoProvider (the docs' name; the
//   @servicenow/glide typings call it ConnectionProvider);
// - getAttribute answers a connection field by its column name with the stored
//   value, so a reference (the MID Server field, mid_server -> ecc_agent) gives
//   the record's sys_id, never its display name, and a checkbox 'true'/'false'
//   (the docs show only string fields: name, connection_url).
// Not modelled: domains (getConnectionInfoByDomain answers as getConnectionInfo),
// connection attributes (getExtendedAttributes is empty), retry policies, the
// platform's business rules on these tables, getConnectionInfoList (not listed on
// the docs pages above).
import type { Schema } from './schema'
import type { Store, Row } from './store'

export interface ConnectionDeps {
    schema: Schema
    store: Store
    /** The scope of the running script (null: a test acting as a user). */
    callerScope: () => string | null
    /** Why the running script may not call ConnectionInfoProvider.<method>, or null. */
    refuse: (method: string) => string | null
    logError: (message: string) => void
    /** A record's sys_scope (a scope's sys_id or name) as the scope's name. */
    scopeName: (value: string) => string
}

export interface ConnectionInfo {
    getAttribute(name: string): string | null
    getCredentialAttribute(name: string): string | null
    getDataMap(): Record<string, string>
    getExtendedAttributes(): Record<string, string>
}

export function createConnectionApi(deps: ConnectionDeps): { ConnectionInfoProvider: new () => { getConnectionInfo(aliasID?: string): ConnectionInfo | null; getConnectionInfoByDomain(aliasID?: string, domainID?: string): ConnectionInfo | null } } {
    const { schema, store } = deps

    const on = (value: string | undefined) => value === '1' || value === 'true'
    const visible = (row: Row): boolean => {
        const owner = row.sys_scope ? deps.scopeName(row.sys_scope) : ''
        const caller = deps.callerScope()
        return owner === '' || owner === 'global' || caller === null || caller === 'global' || caller === owner
    }

    const textOf = (table: string, row: Row): Record<string, string> => {
        const out: Record<string, string> = {}
        for (const column of schema.columns(table)) {
            if (column.type === 'password2') continue
            out[column.name] = row[column.name] ?? ''
        }
        out.sys_id = row.sys_id
        return out
    }

    /** The most derived table holding the row (a sys_connection row may be an http_connection). */
    const tableOf = (base: string, sysId: string): string => {
        let best = base
        for (const table of store.tableNames()) {
            if (!schema.lineage(table).includes(base) || !store.get(table, sysId)) continue
            if (schema.lineage(table).length > schema.lineage(best).length) best = table
        }
        return best
    }

    function lookUp(method: string, aliasID: unknown): ConnectionInfo | null {
        const refusal = deps.refuse(method)
        if (refusal) {
            deps.logError(refusal)
            return null
        }
        const aliasId = typeof aliasID === 'string' ? aliasID : String(aliasID ?? '')
        const alias = store.get('sys_alias', aliasId)
        if (!alias || alias.type !== 'connection' || !visible(alias)) return null
        const active = store.rows('sys_connection').filter((row) => row.connection_alias === aliasId && on(row.active) && visible(row))
        if (active.length === 0 || (active.length > 1 && !on(alias.multiple_connections))) return null
        const connection = active.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))[0]
        const connectionTable = tableOf('sys_connection', connection.sys_id)
        const data = textOf(connectionTable, connection)
        const credentialRow = connection.credential ? store.get('discovery_credentials', connection.credential) : undefined
        const credential = credentialRow && on(credentialRow.active) && visible(credentialRow) ? credentialRow : undefined
        const credentialTable = credential ? tableOf('discovery_credentials', credential.sys_id) : ''
        return {
            getAttribute: (name: string) => (Object.prototype.hasOwnProperty.call(data, String(name)) ? data[String(name)] : null),
            getCredentialAttribute: (name: string) => {
                if (!credential) return null
                const column = schema.column(credentialTable, String(name))
                if (!column) return null
                const stored = credential[String(name)] ?? ''
                return column.type === 'password2' ? store.decrypt(stored) : stored
            },
            getDataMap: () => ({ ...data }),
            getExtendedAttributes: () => ({}),
        }
    }

    class ConnectionInfoProvider {
        getConnectionInfo(aliasID?: string): ConnectionInfo | null {
            return lookUp('getConnectionInfo', aliasID)
        }

        getConnectionInfoByDomain(aliasID?: string, _domainID?: string): ConnectionInfo | null {
            return lookUp('getConnectionInfoByDomain', aliasID)
        }
    }
    return { ConnectionInfoProvider }
}
