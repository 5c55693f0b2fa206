import '@servicenow/sdk/global'
import { Acl, BusinessRule, Record, ScheduledScript, ScriptAction, UiAction } from '@servicenow/sdk/core'
import { checkJobLink, guardJobLink, recordJobLink, retireOlderLinks } from '../../src/server/links/link-rules.ts'
import { checkDueLinks, onLinkCheck } from '../../src/server/links/link-confirm.ts'
import { opconAdmin, opconUser } from '../roles/roles.now'
import { canReadIncidentOf } from '../../src/server/links/incident-access.ts'
import { schedulerAccount } from '../delivery/scheduler-account.now'

// Which OpCon job an incident controls (src/server/links/job-link.ts). The rules
// watch the correlation fields; only a trusted source's values become a link.
const CORRELATION_CHANGED = 'correlation_idVALCHANGES^ORcorrelation_displayVALCHANGES^EQ'

BusinessRule({
    $id: Now.ID['br_link_guard'],
    name: 'OpCon: guard the job link',
    table: 'incident',
    when: 'before',
    order: 900,
    action: ['insert', 'update'],
    filterCondition: CORRELATION_CHANGED,
    script: guardJobLink,
    description: 'Correlation fields of an OpCon incident changed by someone who may not link incidents to OpCon jobs: the link stays, a work note says so.',
})

BusinessRule({
    $id: Now.ID['br_link_record'],
    name: 'OpCon: record the job link',
    table: 'incident',
    when: 'after',
    order: 900,
    action: ['insert', 'update'],
    filterCondition: CORRELATION_CHANGED,
    script: recordJobLink,
    description: 'Correlation fields set by the OpCon integration account (pending until OpCon reports the job failed) or an OpCon Connector admin: the incident is linked to that OpCon job.',
})

BusinessRule({
    $id: Now.ID['br_link_check'],
    name: 'OpCon: check a job link',
    table: 'x_opcon_binding',
    when: 'before',
    order: 100,
    action: ['insert'],
    script: checkJobLink,
    description: 'Refuses a link with a malformed address or daily job id; a link typed in the form is stamped as an admin\'s.',
})

BusinessRule({
    $id: Now.ID['br_link_retire'],
    name: 'OpCon: retire older job links',
    table: 'x_opcon_binding',
    when: 'after',
    order: 100,
    action: ['insert', 'update'],
    filterCondition: 'active=true^EQ',
    script: retireOlderLinks,
    description: 'A link that comes into force (inserted active, or confirmed by OpCon) replaces the incident\'s older one, which stays as history, and other incidents\' links to the job (never, for the integration account, one the connector or an admin made on an open incident).',
})

// The integration account's links await OpCon: the read runs on the
// connector's own queue (fluent/delivery/delivery.now.ts), after the save
// (`now-sdk explain registering-events-guide`: scoped events need the suffix).
Record({
    $id: Now.ID['event_link_check'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_opcon.link.check',
        suffix: 'link.check',
        table: 'x_opcon_binding',
        queue: 'x_opcon.delivery',
        description: 'A job link of the OpCon integration account awaits OpCon\'s confirmation that the job failed (parm1 link sys_id, parm2 incident sys_id).',
        fired_by: 'OpCon Connector job link rules (src/server/links/link-rules.ts)',
    },
})

ScriptAction({
    $id: Now.ID['sa_link_check'],
    name: 'OpCon: confirm a job link',
    eventName: 'x_opcon.link.check',
    script: onLinkCheck,
    active: true,
    order: 100,
    description: 'Reads the linked job from its registered OpCon server; the link comes into force only if OpCon reports the job failed.',
})

ScheduledScript({
    $id: Now.ID['job_link_check'],
    name: 'OpCon: confirm pending job links',
    frequency: 'periodically',
    executionInterval: { minutes: 1 },
    executionStart: '2026-01-01 00:00:00',
    runAs: schedulerAccount,
    script: checkDueLinks,
    active: true,
})

// "Link to OpCon job": for incidents opened before the connector was installed,
// or whose fields were set by someone else, once an admin has checked the job.
UiAction({
    $id: Now.ID['ua_link_job'],
    table: 'incident',
    name: 'Link to OpCon job',
    actionName: 'x_opcon_link_job',
    hint: 'Link this incident to the OpCon job its correlation id names, after checking it in OpCon',
    roles: [opconAdmin],
    showUpdate: true,
    showInsert: false,
    form: { showLink: true },
    condition: "String(current.correlation_display) == (String(gs.getProperty('x_opcon.correlation_display', '') || '').trim() || 'SMA_OPCON')",
    script: "require('x_opcon/opcon-connector/1.0.0/src/server/links/link-rules.ts').linkFromForm(current);\naction.setRedirectURL(current);",
})

// Links are an audit trail. Agents read them; an OpCon Connector admin (holding
// the role, not through admin's implicit pass: "Create an ACL rule", ServiceNow
// docs) types one in the form or deactivates one; nobody edits one into another
// job, sets who linked it, or deletes it.
const HOLDS_OPCON_ADMIN = "var r = gs.getUser().getRoles(); answer = (Array.isArray(r) ? r : String(r).replace(/^\\[|\\]$/g, '').split(/\\s*,\\s*/)).indexOf('x_opcon.admin') >= 0;"
Acl({ $id: Now.ID['acl_link_read'], type: 'record', table: 'x_opcon_binding', operation: 'read', roles: [opconUser], script: canReadIncidentOf })
Acl({ $id: Now.ID['acl_link_create'], type: 'record', table: 'x_opcon_binding', operation: 'create', roles: [opconAdmin], adminOverrides: false, script: HOLDS_OPCON_ADMIN })
Acl({ $id: Now.ID['acl_link_write'], type: 'record', table: 'x_opcon_binding', operation: 'write', roles: [opconAdmin], adminOverrides: false, script: HOLDS_OPCON_ADMIN })
Acl({ $id: Now.ID['acl_link_write_fields'], type: 'record', table: 'x_opcon_binding', field: '*', operation: 'write', roles: [opconAdmin], adminOverrides: false, script: 'answer = current.isNewRecord();' })
Acl({ $id: Now.ID['acl_link_write_active'], type: 'record', table: 'x_opcon_binding', field: 'active', operation: 'write', roles: [opconAdmin], adminOverrides: false, script: HOLDS_OPCON_ADMIN })
Acl({ $id: Now.ID['acl_link_write_how'], type: 'record', table: 'x_opcon_binding', field: 'how', operation: 'write', roles: [opconAdmin], adminOverrides: false, script: 'answer = false;' })
Acl({ $id: Now.ID['acl_link_write_state'], type: 'record', table: 'x_opcon_binding', field: 'state', operation: 'write', roles: [opconAdmin], adminOverrides: false, script: 'answer = false;' })
Acl({ $id: Now.ID['acl_link_write_by'], type: 'record', table: 'x_opcon_binding', field: 'bound_by', operation: 'write', roles: [opconAdmin], adminOverrides: false, script: 'answer = false;' })
Acl({ $id: Now.ID['acl_link_delete'], type: 'record', table: 'x_opcon_binding', operation: 'delete', roles: [opconAdmin], adminOverrides: false, script: 'answer = false;' })
