import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { opconAdmin } from '../roles/roles.now'

// Servers say where OpCon's API token may be sent: only x_opcon.admin reads or
// changes them. The token itself is the alias's credential (Connections &
// Credentials, the platform's credential_admin and connection_admin).
//
// The fields that decide which token is sent and where (connection alias, base
// URL, Allow plain http) are for x_opcon.admin held in person. The MID server that
// carries the token is the alias's HTTP connection's, as its URL is (connection_admin). "Create an ACL rule":
// with Admin overrides off an admin still passes the ACL's roles ("the admin role
// automatically grants users all other roles"); only a condition or a script keeps
// an admin out. So these ACLs also run a script that looks for x_opcon.admin among
// the roles the user holds: "GlideUser - Scoped" getRoles() lists roles granted,
// inherited and from groups, not the ones admin only passes. Its text form lists
// the names whether the platform hands back an array or a Java list.
const HOLDS_OPCON_ADMIN = `var held = String(gs.getUser().getRoles()).replace(/[\\[\\]\\s]/g, '').split(',');
answer = held.indexOf('x_opcon.admin') >= 0;`

Acl({ $id: Now.ID['acl_server_read'], type: 'record', table: 'x_opcon_server', operation: 'read', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_server_write'], type: 'record', table: 'x_opcon_server', operation: 'write', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_server_create'], type: 'record', table: 'x_opcon_server', operation: 'create', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_server_delete'], type: 'record', table: 'x_opcon_server', operation: 'delete', roles: [opconAdmin] })
Acl({
    $id: Now.ID['acl_server_connection_alias_write'], type: 'record', table: 'x_opcon_server', field: 'connection_alias', operation: 'write',
    roles: [opconAdmin], adminOverrides: false, script: HOLDS_OPCON_ADMIN,
    description: 'Whose API token the connector sends: only users who hold x_opcon.admin themselves (admin alone does not).',
})
Acl({
    $id: Now.ID['acl_server_base_url_write'], type: 'record', table: 'x_opcon_server', field: 'base_url', operation: 'write',
    roles: [opconAdmin], adminOverrides: false, script: HOLDS_OPCON_ADMIN,
    description: 'Where the API token is sent: only users who hold x_opcon.admin themselves (admin alone does not).',
})
Acl({
    $id: Now.ID['acl_server_allow_http_write'], type: 'record', table: 'x_opcon_server', field: 'allow_http', operation: 'write',
    roles: [opconAdmin], adminOverrides: false, script: HOLDS_OPCON_ADMIN,
    description: 'Whether the API token may travel unencrypted: only users who hold x_opcon.admin themselves (admin alone does not).',
})
