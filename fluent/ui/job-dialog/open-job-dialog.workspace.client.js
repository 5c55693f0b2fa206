// Service Operations Workspace form button: the same UI page in a g_modal frame.
// The URL is absolute: a relative one would resolve under the workspace's /now/sow/... path.
function onClick(g_form) {
    g_modal.showFrame({
        title: 'OpCon Job',
        url: '/x_opcon_job_dialog.do?sysparm_incident=' + encodeURIComponent(g_form.getUniqueValue()),
        size: 'lg',
        height: '40rem'
    });
}
