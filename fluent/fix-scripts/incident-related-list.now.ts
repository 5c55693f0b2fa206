import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

// Runs once on install/upgrade; idempotent. Not Unloadable: an unloadable fix
// script records what it writes as customer updates (sys_update_xml), and the
// incident form's list would then travel in an admin's update set as if they
// had customised it ("Create a fix script", ServiceNow docs).
Record({
    $id: Now.ID['fix_incident_related_list'],
    table: 'sys_script_fix',
    data: {
        name: 'OpCon Connector: show the OpCon related lists on the incident form',
        description: 'Adds the OpCon Actions, OpCon Failed Jobs and OpCon Job Links related lists to the incident form\'s Default view, after the existing lists, each once.',
        script: "require('x_opcon/opcon-connector/1.0.0/src/server/admin/form-setup.ts').addIncidentRelatedLists();",
        unloadable: false,
        before: false,
    },
})
