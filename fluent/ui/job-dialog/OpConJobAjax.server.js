// GlideAjax bridge for the OpCon Job dialog (x_opcon.OpConJobAjax).
// Thin on purpose: it checks the caller's role itself (the button's visibility
// and the execute ACL are not the only guard), reads only an incident sys_id,
// an action name, a reason and an action record sys_id, and answers with the
// JSON of what src/server/dialog/job-dialog.ts returns. Addresses, URLs and tokens
// never come from or go to the browser.
var OpConJobAjax = Class.create();
OpConJobAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {

    /** sysparm_incident → {ok, view} | {ok:false, error} */
    getJob: function () {
        return this._answer(function (dialog, incident) {
            return dialog.getJobView(incident);
        });
    },

    /** sysparm_incident, sysparm_action, sysparm_reason → {ok, outcome} | {ok:false, error} */
    performAction: function () {
        var action = this._text('sysparm_action', 40);
        var reason = this._text('sysparm_reason', 1000);
        return this._answer(function (dialog, incident) {
            return dialog.requestJobAction(incident, action, reason);
        });
    },

    /** sysparm_incident, sysparm_action_id → {ok, outcome} | {ok:false, error} */
    getOutcome: function () {
        var actionId = this._text('sysparm_action_id', 32);
        return this._answer(function (dialog, incident) {
            return dialog.getActionOutcome(incident, actionId);
        });
    },

    _text: function (name, maxLength) {
        var value = this.getParameter(name);
        value = value === null || value === undefined ? '' : String(value);
        return value.length > maxLength ? value.substring(0, maxLength) : value;
    },

    _refuse: function (code, title, message, hint) {
        return JSON.stringify({ ok: false, error: { code: code, title: title, message: message, hint: hint } });
    },

    _answer: function (run) {
        if (!gs.hasRole('x_opcon.user')) {
            return this._refuse('forbidden_role', 'You cannot use the OpCon Job dialog',
                'Your account (' + gs.getUserName() + ') does not have the x_opcon.user role, which the OpCon Job dialog needs.',
                'Ask your ServiceNow administrator for the x_opcon.user role, then reload the incident.');
        }
        var incident = this._text('sysparm_incident', 64);
        if (!/^[0-9a-f]{32}$/.test(incident)) {
            return this._refuse('invalid_incident', 'No incident given',
                'The OpCon Job dialog needs the sys_id of an incident (32 hexadecimal characters); it got "' + incident.substring(0, 40) + '".',
                'Open the dialog from the OpCon Job button on an OpCon incident.');
        }
        try {
            var dialog = require('x_opcon/opcon-connector/1.0.0/src/server/dialog/job-dialog.ts');
            return JSON.stringify(run(dialog, incident));
        } catch (e) {
            gs.error('OpCon Job dialog: ' + this.getName() + ' failed for incident ' + incident + ': ' + e);
            return this._refuse('internal', 'The connector failed',
                'The OpCon Connector failed while handling ' + this.getName() + ' for incident ' + incident + ': ' + e,
                'Press Refresh; if it keeps happening, give this message to your ServiceNow administrator (system log, source x_opcon).');
        }
    },

    type: 'OpConJobAjax'
});
