import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { opconAdmin } from '../roles/roles.now'
import { suite } from './opcon-connector.now'

// Two more tests of the "OpCon Connector" suite: the Flow Designer actions
// refuse an incident with no job link and a linked job on an inactive server
// (run through sn_fd.FlowAPI from the app's own scope), and the failure endpoint answers 400 and 403. Like the
// rest of the suite (opcon-connector.now.ts says how it is written), nothing is sent to any OpCon server,
// no property is written, and the first step refuses an instance marked production.

export const flowTest = Test({
    $id: Now.ID['atf_flow'],
    name: 'OpCon Connector: the Flow actions refuse an unlinked incident and an inactive OpCon server in words',
    description: 'First checks that the actions it runs are published (says which to publish when not). Then runs "Mark job Fixed" with an incident that is not linked to an OpCon job and "Restart job" with an incident linked to a job on a registered but inactive server, through sn_fd.FlowAPI in the foreground, as a user who holds x_opcon.admin (it contains x_opcon.user, and an admin\'s link is in force at once: the integration account\'s waits for OpCon to report the job failed); asserts both complete with succeeded false, an error code and a sentence, that the first leaves no action row and the second an audit row from source flow that was not sent (with x_opcon.enabled false: the words name the switch).',
}, (atf) => {
    atf.server.runServerSideScript({
        $id: Now.ID['atf_flow_not_production'],
        description: 'Refuses an instance marked production (glide.installation.production), then checks that the two Flow actions this test runs are published.',
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
    assertEqual({ name: 'This instance is marked production (glide.installation.production); run the OpCon Connector suite on a sub-production clone', shouldbe: false, value: fx.markedProduction() });
    // A script runs published actions only; an install other than now-sdk install leaves them drafts.
    var unpublished = fx.unpublishedFlowActions(['opcon_mark_job_fixed', 'opcon_restart_job']);
    assertEqual({
        name: unpublished.map(function (a) {
            return 'Flow action "' + a.name + '" (' + a.id + ') is not published (' + a.state + '): open it in Flow Designer and publish it, or install with now-sdk install, which publishes the actions';
        }).join('; ') || 'the Flow actions this test runs are published',
        shouldbe: 0,
        value: unpublished.length
    });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
    atf.server.createUser({
        $id: Now.ID['atf_flow_user'], firstName: 'ATF', lastName: 'Flow', fieldValues: { user_name: 'atf.opcon.flow' },
        roles: [opconAdmin], groups: [], impersonate: true,
    })
    atf.server.runServerSideScript({
        $id: Now.ID['atf_flow_script'],
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
    var FLOW = 'ATF: OpCon Connector';
    function runAction(name, inputs) {
        // How a script starts an action ("ScriptableFlowRunner - Scoped"): scope.internal_name, in the foreground.
        return sn_fd.FlowAPI.getRunner().action('x_opcon.' + name).inForeground().withInputs(inputs).run().getOutputs();
    }
    function actionRows() {
        var out = [];
        var a = new GlideRecord('x_opcon_action');
        a.addQuery('flow_name', FLOW);
        a.query();
        while (a.next()) out.push({ action: String(a.getValue('action')), state: String(a.getValue('state')), source: String(a.getValue('source')), sent: String(a.getValue('sent_on') || '') });
        return out;
    }
    var unlinked = runAction('opcon_mark_job_fixed', { incident: fx.newIncident('', null), flow_name: FLOW });
    assertEqual({ name: 'Mark job Fixed for an incident not linked to an OpCon job completes with succeeded false', shouldbe: 'false', value: String(unlinked.succeeded) });
    assertEqual({ name: 'its error code is not_linked', shouldbe: 'not_linked', value: String(unlinked.error_code) });
    assertEqual({ name: 'its words say the incident is not linked to an OpCon job', shouldbe: true, value: String(unlinked.error_message).indexOf('is not linked to an OpCon job') >= 0 });
    assertEqual({ name: 'its words say nothing was sent to OpCon', shouldbe: true, value: String(unlinked.error_message).indexOf('Nothing was sent to OpCon') >= 0 });
    assertEqual({ name: 'it records no job action', shouldbe: 0, value: actionRows().length });

    fx.registerInactiveServer();
    var inactive = runAction('opcon_restart_job', { incident: fx.newIncident(fx.opconDisplay(), '102'), reason: 'ATF', flow_name: FLOW });
    var rows = actionRows();
    var row = rows.length === 1 ? rows[0] : { action: '', state: '', source: '', sent: '' };
    assertEqual({ name: 'Restart job for a job on an inactive server completes with succeeded false', shouldbe: 'false', value: String(inactive.succeeded) });
    assertEqual({ name: 'it gives an error code', shouldbe: true, value: String(inactive.error_code || '') !== '' });
    // Switched off (x_opcon.enabled false, read, never set), the refusal names the switch instead of the server.
    var why = fx.connectorEnabled() ? fx.ATF_ADDRESS : 'x_opcon.enabled is false';
    assertEqual({ name: 'its words name ' + why, shouldbe: true, value: String(inactive.error_message).indexOf(why) >= 0 });
    assertEqual({ name: 'it leaves one audit row from the flow', shouldbe: 1, value: rows.length });
    assertEqual({ name: 'the audit row is the restart', shouldbe: 'restart', value: row.action });
    assertEqual({ name: 'the audit row comes from source flow', shouldbe: 'flow', value: row.source });
    assertEqual({ name: 'the audit row was never sent (no sent time)', shouldbe: '', value: row.sent });
    assertEqual({ name: 'the audit row is neither sent nor succeeded (state ' + row.state + ')', shouldbe: true, value: row.state !== '' && row.state !== 'sent' && row.state !== 'succeeded' });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
})

// The endpoint needs credentials. "REST test steps" (ServiceNow docs, Authentication): without a basic
// auth profile a Send REST Request - Inbound step sends the credentials of the user who runs the test;
// "to address the issue of user credentials, create a basic-authentication profile for a test user and
// then on the Send REST Request - Inbound form, specify that the profile be used" ("Create a basic auth
// profile using the Automated Test Framework": the step's Basic authentication field). The app ships no
// credentials and no privilege on any credential table: the admin selects a profile on each of the two
// request steps once (README, "Prove it on your instance"), and ATF itself reads it when the step runs.
// The first step checks what an app script may check (the two users, through the shipped sys_user read)
// and says what to do when they are missing.

export const endpointTest = Test({
    $id: Now.ID['atf_endpoint'],
    name: 'OpCon Connector: the failure endpoint answers 400 to bad input and 403 to a user without x_opcon.failure_reporter',
    description: 'POSTs to /api/x_opcon/v1/opcon/failures with the basic auth profile selected on each Send REST Request - Inbound step (README, "Prove it on your instance", step 2): as atf.opcon.endpoint (x_opcon.failure_reporter) a report for an unregistered OpCon server gets 400 with one neutral sentence that names no server; as atf.opcon.norole (no OpCon role) it gets 403; no failure row is recorded.',
}, (atf) => {
    atf.server.runServerSideScript({
        $id: Now.ID['atf_endpoint_setup_check'],
        description: 'Refuses an instance marked production (glide.installation.production); checks the one-time setup (the two test users exist and are active) and that the connector is on, which the 400 answer needs.',
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var fx = require('x_opcon/opcon-connector/1.0.0/src/server/atf/atf-fixtures.ts');
    assertEqual({ name: 'This instance is marked production (glide.installation.production); run the OpCon Connector suite on a sub-production clone', shouldbe: false, value: fx.markedProduction() });
    var missing = [];
    ['atf.opcon.endpoint', 'atf.opcon.norole'].forEach(function (name) {
        var user = new GlideRecord('sys_user');
        user.addQuery('user_name', name);
        user.addQuery('active', true);
        user.setLimit(1);
        user.query();
        if (!user.hasNext()) missing.push(name);
    });
    assertEqual({
        name: 'the one-time setup (README, "Prove it on your instance", step 2) has the two test users: no active user ' + missing.join(' or ') + '. ' +
            'Create the users atf.opcon.endpoint (role x_opcon.failure_reporter) and atf.opcon.norole (no role), a basic auth profile for each, ' +
            'and in this test select each profile in the Basic authentication field of the Send REST Request - Inbound step whose Notes name it',
        shouldbe: '',
        value: missing.join(' or ')
    });
    assertEqual({ name: 'x_opcon.enabled is false on this instance: switched off, the endpoint answers every report 503 and this test cannot see its 400; run the suite where the connector is on', shouldbe: true, value: fx.connectorEnabled() });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
    atf.rest.sendRestRequest({
        $id: Now.ID['atf_endpoint_bad_input'],
        notes: 'Basic authentication: select the profile of atf.opcon.endpoint (role x_opcon.failure_reporter) here once (README, "Prove it on your instance", step 2).',
        method: 'post',
        path: '/api/x_opcon/v1/opcon/failures',
        auth: 'basic',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: '{"address":"atf-unregistered.invalid:9010","daily_job_id":"20260101|101|1|ATFJOB"}',
    })
    atf.rest.assertStatusCode({ $id: Now.ID['atf_endpoint_bad_input_status'], operation: 'equals', statusCode: 400 })
    atf.rest.assertResponsePayload({ $id: Now.ID['atf_endpoint_bad_input_words'], operation: 'contains', responseBody: 'No OpCon server registered in this instance takes failure reports' })
    atf.rest.sendRestRequest({
        $id: Now.ID['atf_endpoint_no_role'],
        notes: 'Basic authentication: select the profile of atf.opcon.norole (no OpCon role) here once (README, "Prove it on your instance", step 2).',
        method: 'post',
        path: '/api/x_opcon/v1/opcon/failures',
        auth: 'basic',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: '{"address":"atf-unregistered.invalid:9010","daily_job_id":"20260101|101|1|ATFJOB"}',
    })
    atf.rest.assertStatusCode({ $id: Now.ID['atf_endpoint_no_role_status'], operation: 'equals', statusCode: 403 })
    atf.server.runServerSideScript({
        $id: Now.ID['atf_endpoint_nothing_recorded'],
        script: `
(function(outputs, steps, params, stepResult, assertEqual) {
    var rows = new GlideRecord('x_opcon_failure');
    rows.addQuery('daily_job_id', '20260101|101|1|ATFJOB');
    rows.query();
    assertEqual({ name: 'the two refused reports left no failure row', shouldbe: false, value: rows.hasNext() });
})(outputs, steps, params, stepResult, assertEqual);
`,
    })
})

Record({ $id: Now.ID['atf_suite_flow'], table: 'sys_atf_test_suite_test', data: { test_suite: suite, test: flowTest, order: 600 } })
Record({ $id: Now.ID['atf_suite_endpoint'], table: 'sys_atf_test_suite_test', data: { test_suite: suite, test: endpointTest, order: 700 } })
