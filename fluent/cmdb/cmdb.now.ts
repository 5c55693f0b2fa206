import '@servicenow/sdk/global'
import { Property, Record, UiAction } from '@servicenow/sdk/core'
import { opconAdmin } from '../roles/roles.now'

// The OpCon agent as a configuration item (src/server/cmdb/).

export const ciClass = Property({
    $id: Now.ID['property_ci_class'],
    name: 'x_opcon.ci_class',
    type: 'choicelist',
    // Only classes the connector holds a read privilege for (fluent/privileges/cmdb.now.ts).
    choices: ['cmdb_ci_computer', 'cmdb_ci_hardware', 'cmdb_ci_server', 'cmdb_ci_win_server', 'cmdb_ci_linux_server'],
    value: 'cmdb_ci_computer',
    description: 'The CMDB class of OpCon agent machines: an incident\'s configuration item is the one CI of this class or a class extending it whose name is the agent\'s, and "Sync OpCon agents to CMDB" creates agents no CI matches in this class (with the OS fields only for cmdb_ci_computer and the classes extending it).',
    roles: { write: [opconAdmin] },
})

// The discovery source the connector reports to the IRE ("OpCon Connector") is added to
// cmdb_ci.discovery_source by a fix script when missing (src/server/cmdb/discovery-source.ts),
// never shipped as a sys_choice record: its update name would stand for the field's whole
// choice list ("View choice list definitions"). Not Unloadable: the value is not a customer update.
Record({
    $id: Now.ID['fix_discovery_source'],
    table: 'sys_script_fix',
    data: {
        name: 'OpCon Connector: add the discovery source OpCon Connector',
        description: 'Adds the value OpConConnector ("OpCon Connector") to cmdb_ci.discovery_source when no choice has it; leaves every other choice of the field alone.',
        script: "require('x_opcon/opcon-connector/1.0.0/src/server/cmdb/discovery-source.ts').addDiscoverySource();",
        unloadable: false,
        before: false,
    },
})

UiAction({
    $id: Now.ID['ua_sync_agents'],
    table: 'x_opcon_server',
    name: 'Sync OpCon agents to CMDB',
    actionName: 'x_opcon_sync_agents',
    hint: 'Reads this server\'s agent machines from OpCon and, through the Identification and Reconciliation Engine, creates a configuration item per new agent and updates the ones the connector created; a CI another discovery source owns is left unchanged',
    roles: [opconAdmin],
    showUpdate: true,
    showInsert: false,
    form: { showButton: true },
    condition: '!current.isNewRecord()',
    script: "require('x_opcon/opcon-connector/1.0.0/src/server/cmdb/cmdb.ts').showAgentSync(current);\naction.setRedirectURL(current);",
})
