// UI16 form button: open the OpCon Job dialog for this incident.
function x_opconOpenJobDialog() {
    var modal = new GlideModal('x_opcon_job_dialog');
    modal.setTitle('OpCon Job');
    modal.setWidth(760);
    modal.setPreference('sysparm_incident', g_form.getUniqueValue());
    modal.render();
}
