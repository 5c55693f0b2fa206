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

// The discovery source the connector reports to the Identification and Reconciliation
// Engine: createOrUpdateCI's source "must be one of the choice values defined for the
// discovery_source field of the cmdb_ci table" ("IdentificationEngine - Scoped",
// ServiceNow docs). A scoped app may not use ChoiceSet on a global table, and a
// ChoiceSet would replace the whole list on install (`now-sdk explain
// choiceset-guide`: the v3 loader deletes every existing choice first), so this is one
// sys_choice row added to cmdb_ci's list, leaving Discovery's and others' sources alone.
Record({
    $id: Now.ID['choice_discovery_source_opcon'],
    table: 'sys_choice',
    data: {
        name: 'cmdb_ci',
        element: 'discovery_source',
        value: 'OpConConnector',
        label: 'OpCon Connector',
        language: 'en',
        sequence: 100,
        inactive: false,
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
