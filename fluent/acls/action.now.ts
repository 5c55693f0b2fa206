import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { opconAdmin, opconUser } from '../roles/roles.now'

// The action table is an audit trail: agents read it (related list on the
// incident); only the connector's own scripts write it (GlideRecord).
Acl({ $id: Now.ID['acl_action_read'], type: 'record', table: 'x_opcon_action', operation: 'read', roles: [opconUser] })
Acl({ $id: Now.ID['acl_action_write'], type: 'record', table: 'x_opcon_action', operation: 'write', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_action_delete'], type: 'record', table: 'x_opcon_action', operation: 'delete', roles: [opconAdmin] })
