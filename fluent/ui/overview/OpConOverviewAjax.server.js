// GlideAjax bridge for the OpCon Connector Overview (x_opcon.OpConOverviewAjax).
// Thin on purpose: it checks x_opcon.admin itself (the page's and the execute
// ACLs are not the only guard), takes no parameter, and answers with the JSON
// of src/server/overview/overview-reader.ts.
var OpConOverviewAjax = Class.create();
OpConOverviewAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {

    /** → {ok:true, warnings, servers, links, generatedAt} | {ok:false, error} */
    getOverview: function () {
        if (!gs.hasRole('x_opcon.admin')) {
            return JSON.stringify({ ok: false, error: 'Your account (' + gs.getUserName() + ') does not have the x_opcon.admin role, which the OpCon Connector overview needs. Ask your ServiceNow administrator for it.' });
        }
        try {
            var overview = require('x_opcon/opcon-connector/1.0.0/src/server/overview/overview-reader.ts');
            return JSON.stringify(overview.readOverview());
        } catch (e) {
            gs.error('OpCon Connector overview failed: ' + e);
            return JSON.stringify({ ok: false, error: 'The overview could not be read: ' + e + '. The system log (source x_opcon) has the details.' });
        }
    },

    type: 'OpConOverviewAjax'
});
