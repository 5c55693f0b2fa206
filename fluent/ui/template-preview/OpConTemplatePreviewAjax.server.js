// GlideAjax bridge for the template Preview dialog (x_opcon.OpConTemplatePreviewAjax).
// Thin on purpose: it checks x_opcon.admin itself (the page's and the execute
// ACLs are not the only guard), cuts each parameter to its length before
// anything reads it, and answers with the JSON of
// src/server/templates/preview-action.ts. No token or URL goes to the browser.
var OpConTemplatePreviewAjax = Class.create();
OpConTemplatePreviewAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {

    /** sysparm_template → {ok, template, servers: [{sysId, name, address}]} | {ok:false, error} */
    getChoices: function () {
        var template = this._text('sysparm_template', 64);
        return this._answer(function (preview) {
            return preview.previewChoices(template);
        });
    },

    /** sysparm_template, sysparm_server, sysparm_job_id → {ok, preview} | {ok:false, error} */
    getPreview: function () {
        var template = this._text('sysparm_template', 64);
        var server = this._text('sysparm_server', 64);
        // One past the longest id a record holds (4000), so that a longer one is refused in words, not cut.
        var jobId = this._text('sysparm_job_id', 4001);
        return this._answer(function (preview) {
            return preview.previewTemplate(template, server, jobId);
        });
    },

    _text: function (name, maxLength) {
        var value = this.getParameter(name);
        value = value === null || value === undefined ? '' : String(value);
        return value.length > maxLength ? value.substring(0, maxLength) : value;
    },

    _answer: function (run) {
        if (!gs.hasRole('x_opcon.admin')) {
            return JSON.stringify({ ok: false, error: { title: 'You cannot preview templates',
                message: 'Your account (' + gs.getUserName() + ') does not have the x_opcon.admin role, which Preview needs. Ask your ServiceNow administrator for it.' } });
        }
        try {
            return JSON.stringify(run(require('x_opcon/opcon-connector/1.0.0/src/server/templates/preview-action.ts')));
        } catch (e) {
            gs.error('OpCon template Preview: ' + this.getName() + ' failed: ' + e);
            return JSON.stringify({ ok: false, error: { title: 'The connector failed',
                message: 'The OpCon Connector failed while previewing: ' + e + '. The system log (source x_opcon) has the details.' } });
        }
    },

    type: 'OpConTemplatePreviewAjax'
});
