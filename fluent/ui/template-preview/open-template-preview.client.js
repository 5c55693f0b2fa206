// UI16 form button: open the Preview dialog for this template (as saved).
function x_opconOpenTemplatePreview() {
    var modal = new GlideModal('x_opcon_template_preview');
    modal.setTitle('Preview');
    modal.setWidth(760);
    modal.setPreference('sysparm_template', g_form.getUniqueValue());
    modal.render();
}
