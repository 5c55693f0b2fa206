import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { opconAdmin, opconIntegration } from '../roles/roles.now'

// The "OpCon Connector" suite: runs on a sub-production instance, with no
// OpCon reachable. Every test registers its own OpCon server as INACTIVE, so
// each request ends in a row that says why it was not sent and nothing leaves
// the instance. ATF rolls back every record a test creates or changes, but only
// after the test, while real incidents are worked: no test writes a property.
// The connector's settings are read as the admin left them (x_opcon.enabled,
// x_opcon.resolve_action, x_opcon.correlation_display) and each test asserts
// what the app does with them. The first step of every test refuses an
// instance marked production.

// Each step script is the platform's documented function form and asserts with
// assertEqual: in a scoped app ATF runs no Jasmine spec by itself and
// "describe is only supported in Global scope" (the step's default script).
// The scripts share their set-up and reads through one module of the app
// (src/server/atf/atf-fixtures.ts): Fluent takes each script as one literal.

export const rulesTest = Test({
    $id: Now.ID['atf_rules'],
    name: 'OpCon Connector: the four incident rules ask for the right job action, nothing is sent to an inactive server',
    description: 'A linked OpCon incident moved to In Progress and Resolved asks for markUnderReview, then the action x_opcon.resolve_action names on this instance (read, never set); one moved to Canceled asks for cancel; each request is rejected because its server is inactive (skipped, naming x_opcon.enabled, when the connector is switched off); a non-OpCon incident gets none.',
}, (atf) => {
    atf.server.runServerSideScript({
        $id: Now.ID['atf_rules_not_production'],
        description: 'Refuses an instance marked production (glide.installation.production).',
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
    assertEqual({ name: 'This instance is marked production (glide.installation.production); run the OpCon Connector suite on a sub-production clone', shouldbe: false, value: fx.markedProduction() });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
    atf.server.createUser({
        $id: Now.ID['atf_rules_user'], firstName: 'ATF', lastName: 'Integration', fieldValues: { user_name: 'atf.opcon.integration' },
        roles: [opconIntegration, opconAdmin], groups: [], impersonate: true,
    })
    atf.server.runServerSideScript({
        $id: Now.ID['atf_rules_script'],
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
    fx.registerInactiveServer();
    var linked = fx.newIncident(fx.opconDisplay(), '101');
    var other = fx.newIncident('', null);
    fx.setState(linked, 2); fx.setState(other, 2);
    fx.setState(linked, 6);
    var canceled = fx.newIncident(fx.opconDisplay(), '103');
    fx.setState(canceled, 8);
    var resolveAction = fx.resolveAction();
    var notSent = fx.notSentOutcome();
    assertEqual({ name: 'the incident the integration user created is linked to its OpCon job', shouldbe: '20250101|101|1|ATFJOB', value: fx.activeBinding(linked) });
    assertEqual({ name: 'In Progress asks for markUnderReview, then Resolved for the action x_opcon.resolve_action names (' + resolveAction + ')', shouldbe: 'markUnderReview,' + resolveAction, value: fx.actionNames(linked) });
    assertEqual({ name: 'Canceled asks for cancel', shouldbe: 'cancel', value: fx.actionNames(canceled) });
    fx.actions(linked).concat(fx.actions(canceled)).forEach(function (a) {
        assertEqual({ name: 'the ' + a.action + ' request is ' + notSent.state + ', never sent (' + notSent.why + ')', shouldbe: notSent.state, value: a.state });
        assertEqual({ name: 'the ' + a.action + ' request says why it was not sent (' + notSent.words + ')', shouldbe: true, value: a.message.indexOf(notSent.words) >= 0 });
    });
    assertEqual({ name: 'an incident that is not an OpCon incident gets no OpCon action', shouldbe: '', value: fx.actionNames(other) });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
})

export const linkTest = Test({
    $id: Now.ID['atf_link'],
    name: 'OpCon Connector: a correlation edit by a user without an OpCon role does not move the job link',
    description: 'The integration user links an incident to job 201; a user with no OpCon role then points its correlation id at job 999 and moves it to In Progress: the link still names job 201, and an incident that only says OpCon in its fields gets a rejected, never a queued, action.',
}, (atf) => {
    atf.server.runServerSideScript({
        $id: Now.ID['atf_link_not_production'],
        description: 'Refuses an instance marked production (glide.installation.production).',
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
    assertEqual({ name: 'This instance is marked production (glide.installation.production); run the OpCon Connector suite on a sub-production clone', shouldbe: false, value: fx.markedProduction() });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
    atf.server.createUser({
        $id: Now.ID['atf_link_user'], firstName: 'ATF', lastName: 'Integration', fieldValues: { user_name: 'atf.opcon.integration' },
        roles: [opconIntegration, opconAdmin], groups: [], impersonate: true,
    })
    atf.server.runServerSideScript({
        $id: Now.ID['atf_link_setup'],
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
    fx.registerInactiveServer();
    var linked = fx.newIncident(fx.opconDisplay(), '201');
    assertEqual({ name: 'the incident the integration user created is linked to job 201', shouldbe: '20250101|201|1|ATFJOB', value: fx.activeBinding(linked) });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
    atf.server.createUser({
        $id: Now.ID['atf_link_untrusted'], firstName: 'ATF', lastName: 'Untrusted', fieldValues: { user_name: 'atf.untrusted' },
        roles: [], groups: [], impersonate: true,
    })
    atf.server.runServerSideScript({
        $id: Now.ID['atf_link_edit'],
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
    var i = new GlideRecord('incident');
    var found = i.get('correlation_id', fx.ATF_ADDRESS + ',20250101|201|1|ATFJOB');
    assertEqual({ name: 'the user without an OpCon role finds the linked incident', shouldbe: true, value: found });
    var linked = i.getUniqueValue();
    i.setValue('correlation_id', fx.ATF_ADDRESS + ',20250101|999|1|OTHERJOB');
    i.update();
    var unlinked = fx.newIncident(fx.opconDisplay(), '301');
    fx.setState(unlinked, 2);
    assertEqual({ name: 'the link still names job 201 after the correlation id was pointed at job 999', shouldbe: '20250101|201|1|ATFJOB', value: fx.activeBinding(linked) });
    assertEqual({ name: 'an incident the user typed OpCon fields into is not linked', shouldbe: null, value: fx.activeBinding(unlinked) });
    assertEqual({ name: 'its In Progress request is rejected, never queued', shouldbe: 'rejected', value: fx.actions(unlinked).map(function (a) { return a.state; }).join(',') });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
})

export const switchTest = Test({
    $id: Now.ID['atf_switch'],
    name: 'OpCon Connector: a state change follows x_opcon.enabled as set: skipped while it is false, rejected for an inactive server while it is true, never sent',
    description: 'Reads the master switch x_opcon.enabled (never sets it) and moves a linked incident to In Progress: it gets one markUnderReview row, in state skipped whose message names x_opcon.enabled when the switch is false, or handled and rejected naming the inactive server when it is true.',
}, (atf) => {
    atf.server.runServerSideScript({
        $id: Now.ID['atf_switch_not_production'],
        description: 'Refuses an instance marked production (glide.installation.production).',
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
    assertEqual({ name: 'This instance is marked production (glide.installation.production); run the OpCon Connector suite on a sub-production clone', shouldbe: false, value: fx.markedProduction() });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
    atf.server.createUser({
        $id: Now.ID['atf_switch_user'], firstName: 'ATF', lastName: 'Integration', fieldValues: { user_name: 'atf.opcon.integration' },
        roles: [opconIntegration, opconAdmin], groups: [], impersonate: true,
    })
    atf.server.runServerSideScript({
        $id: Now.ID['atf_switch_script'],
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
    fx.registerInactiveServer();
    var linked = fx.newIncident(fx.opconDisplay(), '401');
    fx.setState(linked, 2);
    var rows = fx.actions(linked);
    var row = rows.length === 1 ? rows[0] : { action: '', state: '', message: '' };
    assertEqual({ name: 'In Progress records one markUnderReview request', shouldbe: 'markUnderReview', value: fx.actionNames(linked) });
    if (fx.connectorEnabled()) {
        assertEqual({ name: 'with x_opcon.enabled true the request is handled and rejected: its server is inactive', shouldbe: 'rejected', value: row.state });
        assertEqual({ name: 'the rejection names the inactive server ' + fx.ATF_SERVER_NAME, shouldbe: true, value: row.message.indexOf(fx.ATF_SERVER_NAME) >= 0 });
    } else {
        assertEqual({ name: 'with x_opcon.enabled false the request is recorded as skipped, never sent', shouldbe: 'skipped', value: row.state });
        assertEqual({ name: 'the skipped request names the switch (x_opcon.enabled is false)', shouldbe: true, value: row.message.indexOf('x_opcon.enabled is false') >= 0 });
    }
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
})

export const tokenTest = Test({
    $id: Now.ID['atf_token'],
    name: 'OpCon Connector: no token on the server row, and admin without x_opcon.admin cannot change which token goes where',
    description: 'The server row has no token field (the token is the Connection & Credential alias\'s credential); as admin (no x_opcon.admin), GlideRecordSecure shows the server but refuses writing its connection alias or base URL: the field ACLs have no admin override.',
}, (atf) => {
    atf.server.runServerSideScript({
        $id: Now.ID['atf_token_not_production'],
        description: 'Refuses an instance marked production (glide.installation.production).',
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
    assertEqual({ name: 'This instance is marked production (glide.installation.production); run the OpCon Connector suite on a sub-production clone', shouldbe: false, value: fx.markedProduction() });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
    atf.server.runServerSideScript({
        $id: Now.ID['atf_token_script'],
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
    var id = fx.registerInactiveServer();
    var s = new GlideRecordSecure('x_opcon_server');
    assertEqual({ name: 'admin can read the server row', shouldbe: true, value: s.get(id) });
    assertEqual({ name: 'admin sees the server name', shouldbe: fx.ATF_SERVER_NAME, value: String(s.getValue('name')) });
    assertEqual({ name: 'the server row has no token field (the token lives in Connections & Credentials)', shouldbe: false, value: s.isValidField('api_token') });
    assertEqual({ name: 'admin without x_opcon.admin cannot change the connection alias', shouldbe: false, value: s.getElement('connection_alias').canWrite() });
    assertEqual({ name: 'admin without x_opcon.admin cannot change the base URL', shouldbe: false, value: s.getElement('base_url').canWrite() });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
})

export const suite = Record({
    $id: Now.ID['atf_suite'],
    table: 'sys_atf_test_suite',
    data: { name: 'OpCon Connector', active: true, description: 'Proves the connector on a sub-production instance without calling OpCon and without changing its settings: incident rules, job links, the master switch as set, no token on the server row, the dialog, the Flow actions, the failure endpoint. Refuses an instance marked production.' },
})

export const ajaxTest = Test({
    $id: Now.ID['atf_ajax'],
    name: 'OpCon Connector: an agent without x_opcon.user gets nothing from the OpCon Job dialog\'s AJAX',
    description: 'Impersonating an itil agent without x_opcon.user, the dialog\'s processor (x_opcon.OpConJobAjax) answers getJob and performAction with forbidden_role and words, and queues nothing.',
}, (atf) => {
    atf.server.runServerSideScript({
        $id: Now.ID['atf_ajax_not_production'],
        description: 'Refuses an instance marked production (glide.installation.production).',
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
    assertEqual({ name: 'This instance is marked production (glide.installation.production); run the OpCon Connector suite on a sub-production clone', shouldbe: false, value: fx.markedProduction() });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
    atf.server.createUser({
        $id: Now.ID['atf_ajax_user'], firstName: 'ATF', lastName: 'Agent', fieldValues: { user_name: 'atf.opcon.agent' },
        roles: [], groups: [], impersonate: true,
    })
    atf.server.runServerSideScript({
        $id: Now.ID['atf_ajax_script'],
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var sent = { sysparm_incident: '0123456789abcdef0123456789abcdef', sysparm_action: 'restart', sysparm_reason: 'ATF' };
    function call(method) {
        // The processor as GlideAjax builds it: a request whose parameters the page sent.
        var ajax = new x_opcon.OpConJobAjax({ getParameter: function (name) { return sent.hasOwnProperty(name) ? sent[name] : null; } }, null, null);
        return JSON.parse(ajax[method]());
    }
    function actionRows() {
        var rows = new GlideRecord('x_opcon_action');
        rows.query();
        var n = 0;
        while (rows.next()) n++;
        return n;
    }
    var rowsBefore = actionRows();
    var job = call('getJob');
    var action = call('performAction');
    var rowsAfter = actionRows();
    assertEqual({ name: 'the dialog shows no job to an agent without x_opcon.user', shouldbe: false, value: job.ok });
    assertEqual({ name: 'getJob refuses with forbidden_role', shouldbe: 'forbidden_role', value: job.error && job.error.code });
    assertEqual({ name: 'getJob says the agent needs x_opcon.user', shouldbe: true, value: String(job.error && job.error.message).indexOf('x_opcon.user') >= 0 });
    assertEqual({ name: 'getJob answers no job view', shouldbe: true, value: job.view === undefined });
    assertEqual({ name: 'performAction is refused', shouldbe: false, value: action.ok });
    assertEqual({ name: 'performAction refuses with forbidden_role', shouldbe: 'forbidden_role', value: action.error && action.error.code });
    assertEqual({ name: 'performAction queues no OpCon action', shouldbe: rowsBefore, value: rowsAfter });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
})

Record({ $id: Now.ID['atf_suite_rules'], table: 'sys_atf_test_suite_test', data: { test_suite: suite, test: rulesTest, order: 100 } })
Record({ $id: Now.ID['atf_suite_link'], table: 'sys_atf_test_suite_test', data: { test_suite: suite, test: linkTest, order: 200 } })
Record({ $id: Now.ID['atf_suite_switch'], table: 'sys_atf_test_suite_test', data: { test_suite: suite, test: switchTest, order: 300 } })
Record({ $id: Now.ID['atf_suite_token'], table: 'sys_atf_test_suite_test', data: { test_suite: suite, test: tokenTest, order: 400 } })
Record({ $id: Now.ID['atf_suite_ajax'], table: 'sys_atf_test_suite_test', data: { test_suite: suite, test: ajaxTest, order: 500 } })
