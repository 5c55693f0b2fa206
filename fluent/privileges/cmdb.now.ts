import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

// What the CMDB code (src/server/cmdb/) touches outside x_opcon; see cross-scope.now.ts
// for why these records are needed once the app is published ("Cross-scope privilege
// record", ServiceNow docs; `now-sdk explain cross-scope-privilege-guide`).

// findAgentCi reads the class x_opcon.ci_class names (a query on a class also returns
// the classes extending it): one read privilege per class that property offers. The
// sync reads the CI identifyCI matched on cmdb_ci_hardware (its owner: discovery_source).
CrossScopePrivilege({ $id: Now.ID['csp_cmdb_hardware_read'], status: 'allowed', operation: 'read', targetName: 'cmdb_ci_hardware', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_cmdb_computer_read'], status: 'allowed', operation: 'read', targetName: 'cmdb_ci_computer', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_cmdb_server_read'], status: 'allowed', operation: 'read', targetName: 'cmdb_ci_server', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_cmdb_win_server_read'], status: 'allowed', operation: 'read', targetName: 'cmdb_ci_win_server', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_cmdb_linux_server_read'], status: 'allowed', operation: 'read', targetName: 'cmdb_ci_linux_server', targetScope: 'global', targetType: 'sys_db_object' })

// "Sync OpCon agents to CMDB" writes CIs only through the Identification and
// Reconciliation Engine (a scriptable API, "IdentificationEngine - Scoped"), never into
// the CMDB tables: the privilege names the method, as scriptable privileges do
// (the guide's targetType 'scriptable'; e.g. GlideRecord.setValue). It first asks the
// engine which CI an agent is without writing (identifyCI), so that it writes only a
// new CI or one it owns (src/server/cmdb/agent-ci.ts syncStep).
CrossScopePrivilege({ $id: Now.ID['csp_ire_identify'], status: 'allowed', operation: 'execute', targetName: 'IdentificationEngine.identifyCI', targetScope: 'global', targetType: 'scriptable' })
CrossScopePrivilege({ $id: Now.ID['csp_ire_create_or_update'], status: 'allowed', operation: 'execute', targetName: 'IdentificationEngine.createOrUpdateCI', targetScope: 'global', targetType: 'scriptable' })

// The install's fix script adds the connector's discovery source when it is missing
// (discovery-source.ts): it reads cmdb_ci.discovery_source's choices and creates one.
CrossScopePrivilege({ $id: Now.ID['csp_sys_choice_read'], status: 'allowed', operation: 'read', targetName: 'sys_choice', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_sys_choice_create'], status: 'allowed', operation: 'create', targetName: 'sys_choice', targetScope: 'global', targetType: 'sys_db_object' })
