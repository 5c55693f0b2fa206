import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Everything the connector touches outside x_opcon. Once the app is published,
// the platform runs a cross-scope request only when one of these allows it
// ("Cross-scope privilege record", ServiceNow docs; `now-sdk explain
// cross-scope-privilege-guide`). The bench refuses any other (test/bench/scopes.ts).

// incident: the rules read `current`, the dialog reads the incident
// (GlideRecordSecure), delivery reads it and writes work notes.
CrossScopePrivilege({ $id: Now.ID['csp_incident_read'], status: 'allowed', operation: 'read', targetName: 'incident', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_incident_write'], status: 'allowed', operation: 'write', targetName: 'incident', targetScope: 'global', targetType: 'sys_db_object' })

// sys_user: who asked for an action (the dialog's history shows requested_by).
CrossScopePrivilege({ $id: Now.ID['csp_user_read'], status: 'allowed', operation: 'read', targetName: 'sys_user', targetScope: 'global', targetType: 'sys_db_object' })

// The install-time fix script adds the OpCon Actions list to the incident
// form's existing Default view layout (it never creates a layout).
CrossScopePrivilege({ $id: Now.ID['csp_related_list_read'], status: 'allowed', operation: 'read', targetName: 'sys_ui_related_list', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_related_list_entry_read'], status: 'allowed', operation: 'read', targetName: 'sys_ui_related_list_entry', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_related_list_entry_create'], status: 'allowed', operation: 'create', targetName: 'sys_ui_related_list_entry', targetScope: 'global', targetType: 'sys_db_object' })

// OpConJobAjax extends the global AbstractAjaxProcessor.
CrossScopePrivilege({ $id: Now.ID['csp_ajax_processor'], status: 'allowed', operation: 'execute', targetName: 'AbstractAjaxProcessor', targetScope: 'global', targetType: 'sys_script_include' })

// The rule that keeps the connector's cleanup policy at x_opcon.action_retention_days
// finds the policy and updates its age (fluent/retention/).
CrossScopePrivilege({ $id: Now.ID['csp_auto_flush_read'], status: 'allowed', operation: 'read', targetName: 'sys_auto_flush', targetScope: 'global', targetType: 'sys_db_object' })
CrossScopePrivilege({ $id: Now.ID['csp_auto_flush_write'], status: 'allowed', operation: 'write', targetName: 'sys_auto_flush', targetScope: 'global', targetType: 'sys_db_object' })

// The ATF suite's Flow test (fluent/atf/flow-and-endpoint.now.ts) and Test connection
// (fluent/ui-actions/test-connection.now.ts) read whether the Flow actions are published:
// a script runs published actions only.
CrossScopePrivilege({ $id: Now.ID['csp_flow_action_read'], status: 'allowed', operation: 'read', targetName: 'sys_hub_action_type_definition', targetScope: 'global', targetType: 'sys_db_object' })

// Each server's endpoint and API token come from its Connection & Credential alias,
// read through the scriptable sn_cc.ConnectionInfoProvider ("ConnectionInfoProvider -
// Scoped"), never by querying the credential tables. Whether a scoped app needs this
// privilege is not documented: shipped, the strict way (test/bench/ASSUMPTIONS.md).
CrossScopePrivilege({ $id: Now.ID['csp_connection_info'], status: 'allowed', operation: 'execute', targetName: 'ConnectionInfoProvider.getConnectionInfo', targetScope: 'global', targetType: 'scriptable' })

// The Instance Scan check "old OpConAPI business rules active" (fluent/scan/) reads
// business rules of other scopes by name. Whether the scan engine reads a check's table
// in the check's scope is not documented: shipped, the strict way (test/bench/ASSUMPTIONS.md).
CrossScopePrivilege({ $id: Now.ID['csp_sys_script_read'], status: 'allowed', operation: 'read', targetName: 'sys_script', targetScope: 'global', targetType: 'sys_db_object' })

// A server's MID server is its alias's HTTP connection's "MID Server", a reference
// whose value is the MID server record's sys_id; RESTMessageV2.setMIDServer takes its
// name, read from that one record (src/server/opcon/connection-alias.ts).
CrossScopePrivilege({ $id: Now.ID['csp_ecc_agent_read'], status: 'allowed', operation: 'read', targetName: 'ecc_agent', targetScope: 'global', targetType: 'sys_db_object' })
