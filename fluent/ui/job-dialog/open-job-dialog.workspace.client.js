// Service Operations Workspace form button: the same UI page in a g_modal frame, opened the way
// ServiceNow's own g_modal.showFrame example opens a UI page (docs: "g_modal (Next Experience) -
// Client", showFrame): sysparm_stack=no&sysparm_workspace=true on the URL, and a height in one of
// the units showFrame documents (%, em, px, vh). The URL is absolute: a relative one would resolve
// under the workspace's /now/sow/... path.
function onClick(g_form) {
    g_modal.showFrame({
        title: 'OpCon Job',
        url: '/x_opcon_job_dialog.do?sysparm_stack=no&sysparm_workspace=true&sysparm_incident=' + encodeURIComponent(g_form.getUniqueValue()),
        size: 'lg',
        height: '75vh'
    });
}
