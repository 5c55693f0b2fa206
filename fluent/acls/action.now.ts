import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { canReadIncidentOf } from '../../src/server/links/incident-access.ts'
import { opconAdmin, opconUser } from '../roles/roles.now'

// The action table is an audit trail: agents read it (related list on the
// incident) for the incidents they may read, by the instance's incident ACLs
// (src/server/links/incident-access.ts); only the connector's own scripts write it (GlideRecord).
Acl({ $id: Now.ID['acl_action_read'], type: 'record', table: 'x_opcon_action', operation: 'read', roles: [opconUser], script: canReadIncidentOf })
Acl({ $id: Now.ID['acl_action_write'], type: 'record', table: 'x_opcon_action', operation: 'write', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_action_delete'], type: 'record', table: 'x_opcon_action', operation: 'delete', roles: [opconAdmin] })
