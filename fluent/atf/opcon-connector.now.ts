import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { opconAdmin, opconIntegration } from '../roles/roles.now'

// The "OpCon Connector" suite: runs on any instance, with no OpCon reachable.
// Every test registers its own OpCon server as INACTIVE, so each request ends
// in a row that says why it was not sent and nothing leaves the instance. ATF
// rolls back every record a test creates or changes (the users, the server,
// the incidents, the action rows, a changed property).

// The scripts share their set-up and reads through one module of the app
// (src/server/atf/atf-fixtures.ts): Fluent takes each script as one literal.

export const rulesTest = Test({
    $id: Now.ID['atf_rules'],
    name: 'OpCon Connector: the four incident rules ask for the right job action, nothing is sent to an inactive server',
    description: 'A linked OpCon incident moved to In Progress, Resolved (markFixed, then restart when x_opcon.resolve_action says so) and Canceled gets one action row per change, each rejected with a reason because its server is inactive; a non-OpCon incident gets none.',
}, (atf) => {
    atf.server.createUser({
        $id: Now.ID['atf_rules_user'], firstName: 'ATF', lastName: 'Integration', fieldValues: { user_name: 'atf.opcon.integration' },
        roles: [opconIntegration, opconAdmin], groups: [], impersonate: true,
    })
    atf.server.runServerSideScript({
        $id: Now.ID['atf_rules_script'],
        jasmineVersion: '3.1',
        script: `
var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
fx.registerInactiveServer();
var linked = fx.newIncident('SMA_OPCON', '101');
var other = fx.newIncident('', null);
fx.setState(linked, 2); fx.setState(other, 2);
fx.setState(linked, 6);
var restarted = fx.newIncident('SMA_OPCON', '102');
gs.setProperty('x_opcon.resolve_action', 'restart');
fx.setState(restarted, 6);
var canceled = fx.newIncident('SMA_OPCON', '103');
fx.setState(canceled, 8);
describe('the incident rules', function () {
    it('link the incident the integration user created', function () {
        expect(fx.activeBinding(linked)).toBe('20250101|101|1|ATFJOB');
    });
    it('ask for markUnderReview on In Progress and markFixed on Resolved', function () {
        expect(fx.actions(linked).map(function (a) { return a.action; }).join(',')).toBe('markUnderReview,markFixed');
    });
    it('ask for restart on Resolved when x_opcon.resolve_action is restart', function () {
        expect(fx.actions(restarted).map(function (a) { return a.action; }).join(',')).toBe('restart');
    });
    it('ask for cancel on Canceled', function () {
        expect(fx.actions(canceled).map(function (a) { return a.action; }).join(',')).toBe('cancel');
    });
    it('send nothing to an inactive server and say why', function () {
        var all = fx.actions(linked).concat(fx.actions(restarted), fx.actions(canceled));
        all.forEach(function (a) {
            expect(a.state).toBe('rejected');
            expect(a.message).toContain('ATF inactive OpCon');
        });
    });
    it('record nothing for an incident that is not OpCon\\'s', function () {
        expect(fx.actions(other).length).toBe(0);
    });
});
`,
    })
})

export const linkTest = Test({
    $id: Now.ID['atf_link'],
    name: 'OpCon Connector: a correlation edit by a user without an OpCon role does not move the job link',
    description: 'The integration user links an incident to job 201; a user with no OpCon role then points its correlation id at job 999 and moves it to In Progress: the link still names job 201, and an incident that only says OpCon in its fields gets a rejected, never a queued, action.',
}, (atf) => {
    atf.server.createUser({
        $id: Now.ID['atf_link_user'], firstName: 'ATF', lastName: 'Integration', fieldValues: { user_name: 'atf.opcon.integration' },
        roles: [opconIntegration, opconAdmin], groups: [], impersonate: true,
    })
    atf.server.runServerSideScript({
        $id: Now.ID['atf_link_setup'],
        jasmineVersion: '3.1',
        script: `
var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
fx.registerInactiveServer();
var linked = fx.newIncident('SMA_OPCON', '201');
describe('setup', function () { it('links the incident', function () { expect(fx.activeBinding(linked)).toBe('20250101|201|1|ATFJOB'); }); });
`,
    })
    atf.server.createUser({
        $id: Now.ID['atf_link_untrusted'], firstName: 'ATF', lastName: 'Untrusted', fieldValues: { user_name: 'atf.untrusted' },
        roles: [], groups: [], impersonate: true,
    })
    atf.server.runServerSideScript({
        $id: Now.ID['atf_link_edit'],
        jasmineVersion: '3.1',
        script: `
var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
var i = new GlideRecord('incident');
i.get('correlation_id', fx.ATF_ADDRESS + ',20250101|201|1|ATFJOB');
var linked = i.getUniqueValue();
i.setValue('correlation_id', fx.ATF_ADDRESS + ',20250101|999|1|OTHERJOB');
i.update();
var unlinked = fx.newIncident('SMA_OPCON', '301');
fx.setState(unlinked, 2);
describe('an untrusted correlation edit', function () {
    it('leaves the link on the job it named', function () {
        expect(fx.activeBinding(linked)).toBe('20250101|201|1|ATFJOB');
    });
    it('does not link an incident the user typed OpCon fields into', function () {
        expect(fx.activeBinding(unlinked)).toBeNull();
        expect(fx.actions(unlinked).map(function (a) { return a.state; }).join(',')).toBe('rejected');
    });
});
`,
    })
})

export const switchTest = Test({
    $id: Now.ID['atf_switch'],
    name: 'OpCon Connector: with x_opcon.enabled false a state change is recorded as skipped, never sent',
    description: 'With the master switch off, a linked incident moved to In Progress gets one markUnderReview row in state skipped whose message names x_opcon.enabled.',
}, (atf) => {
    atf.server.createUser({
        $id: Now.ID['atf_switch_user'], firstName: 'ATF', lastName: 'Integration', fieldValues: { user_name: 'atf.opcon.integration' },
        roles: [opconIntegration, opconAdmin], groups: [], impersonate: true,
    })
    atf.server.runServerSideScript({
        $id: Now.ID['atf_switch_script'],
        jasmineVersion: '3.1',
        script: `
var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
fx.registerInactiveServer();
gs.setProperty('x_opcon.enabled', 'false');
var linked = fx.newIncident('SMA_OPCON', '401');
fx.setState(linked, 2);
describe('the master switch', function () {
    it('records the request as skipped', function () {
        var a = fx.actions(linked);
        expect(a.length).toBe(1);
        expect(a[0].action).toBe('markUnderReview');
        expect(a[0].state).toBe('skipped');
        expect(a[0].message).toContain('x_opcon.enabled is false');
    });
});
`,
    })
})

export const tokenTest = Test({
    $id: Now.ID['atf_token'],
    name: 'OpCon Connector: the server token is unreadable to admin without x_opcon.admin',
    description: 'As admin (no x_opcon.admin), a server row read through GlideRecordSecure shows the server but an empty api_token: the field ACL has no admin override.',
}, (atf) => {
    atf.server.runServerSideScript({
        $id: Now.ID['atf_token_script'],
        jasmineVersion: '3.1',
        script: `
var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
var id = fx.registerInactiveServer();
var s = new GlideRecordSecure('x_opcon_server');
var found = s.get(id);
describe('the token field', function () {
    it('is empty to admin', function () {
        expect(found).toBe(true);
        expect(String(s.getValue('name'))).toBe('ATF inactive OpCon');
        expect(s.getValue('api_token') || '').toBe('');
    });
});
`,
    })
})

export const suite = Record({
    $id: Now.ID['atf_suite'],
    table: 'sys_atf_test_suite',
    data: { name: 'OpCon Connector', active: true, description: 'Proves the connector on this instance without calling OpCon: incident rules, job links, the master switch, the token field.' },
})

export const ajaxTest = Test({
    $id: Now.ID['atf_ajax'],
    name: 'OpCon Connector: an agent without x_opcon.user gets nothing from the OpCon Job dialog\'s AJAX',
    description: 'Impersonating an itil agent without x_opcon.user, the dialog\'s processor (x_opcon.OpConJobAjax) answers getJob and performAction with forbidden_role and words, and queues nothing.',
}, (atf) => {
    atf.server.createUser({
        $id: Now.ID['atf_ajax_user'], firstName: 'ATF', lastName: 'Agent', fieldValues: { user_name: 'atf.opcon.agent' },
        roles: [], groups: [], impersonate: true,
    })
    atf.server.runServerSideScript({
        $id: Now.ID['atf_ajax_script'],
        jasmineVersion: '3.1',
        script: `
var params = { sysparm_incident: '0123456789abcdef0123456789abcdef', sysparm_action: 'restart', sysparm_reason: 'ATF' };
function call(method) {
    // The processor as GlideAjax builds it: a request whose parameters the page sent.
    var ajax = new x_opcon.OpConJobAjax({ getParameter: function (name) { return params.hasOwnProperty(name) ? params[name] : null; } }, null, null);
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
describe('the OpCon Job dialog for an agent without x_opcon.user', function () {
    it('shows no job', function () {
        expect(job.ok).toBe(false);
        expect(job.error.code).toBe('forbidden_role');
        expect(job.error.message).toContain('x_opcon.user');
        expect(job.view === undefined).toBe(true);
    });
    it('queues no action', function () {
        expect(action.ok).toBe(false);
        expect(action.error.code).toBe('forbidden_role');
        expect(rowsAfter).toBe(rowsBefore);
    });
});
`,
    })
})

Record({ $id: Now.ID['atf_suite_rules'], table: 'sys_atf_test_suite_test', data: { test_suite: suite, test: rulesTest, order: 100 } })
Record({ $id: Now.ID['atf_suite_link'], table: 'sys_atf_test_suite_test', data: { test_suite: suite, test: linkTest, order: 200 } })
Record({ $id: Now.ID['atf_suite_switch'], table: 'sys_atf_test_suite_test', data: { test_suite: suite, test: switchTest, order: 300 } })
Record({ $id: Now.ID['atf_suite_token'], table: 'sys_atf_test_suite_test', data: { test_suite: suite, test: tokenTest, order: 400 } })
Record({ $id: Now.ID['atf_suite_ajax'], table: 'sys_atf_test_suite_test', data: { test_suite: suite, test: ajaxTest, order: 500 } })
