import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { opconAdmin } from '../roles/roles.now'

// Servers hold API tokens: only x_opcon.admin reads or changes them, and the
// token field is not even open to plain admin (adminOverrides false).
Acl({ $id: Now.ID['acl_server_read'], type: 'record', table: 'x_opcon_server', operation: 'read', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_server_write'], type: 'record', table: 'x_opcon_server', operation: 'write', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_server_create'], type: 'record', table: 'x_opcon_server', operation: 'create', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_server_delete'], type: 'record', table: 'x_opcon_server', operation: 'delete', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_server_token_read'], type: 'record', table: 'x_opcon_server', field: 'api_token', operation: 'read', roles: [opconAdmin], adminOverrides: false })
Acl({ $id: Now.ID['acl_server_token_write'], type: 'record', table: 'x_opcon_server', field: 'api_token', operation: 'write', roles: [opconAdmin], adminOverrides: false })
