// The template Preview dialog (UI page x_opcon_template_preview), browser side.
// Plain ES5 for UI16. Everything comes from x_opcon.OpConTemplatePreviewAjax as
// JSON and is written with textContent only.
(function () {
    'use strict';

    var PROCESSOR = 'x_opcon.OpConTemplatePreviewAjax';
    var TIMEOUT_MS = 60000;

    function el(id) { return document.getElementById(id); }

    function make(tag, textValue) {
        var node = document.createElement(tag);
        if (textValue !== undefined && textValue !== null) node.textContent = textValue;
        return node;
    }

    function clear(node) {
        while (node.firstChild) node.removeChild(node.firstChild);
    }

    var root = el('x_opcon_tp');
    var template = root ? root.getAttribute('data-template') || '' : '';
    var busy = false;

    function setStatus(text) {
        el('x_opcon_tp_status').textContent = text;
    }

    function showError(title, message) {
        el('x_opcon_tp_error_title').textContent = title;
        el('x_opcon_tp_error_message').textContent = message;
        el('x_opcon_tp_error').hidden = false;
        el('x_opcon_tp_result').hidden = true;
        setStatus('');
    }

    function hideError() {
        el('x_opcon_tp_error').hidden = true;
    }

    // One GlideAjax call; onAnswer gets the parsed JSON, every other outcome ends in showError.
    function call(method, params, onAnswer) {
        var done = false;
        function finish() {
            if (done) return false;
            done = true;
            clearTimeout(timer);
            busy = false;
            el('x_opcon_tp_go').disabled = false;
            return true;
        }
        var timer = setTimeout(function () {
            if (finish()) showError('No answer', 'ServiceNow gave no answer within ' + (TIMEOUT_MS / 1000) + ' seconds. Close the dialog and try again; the system log (source x_opcon) may say why.');
        }, TIMEOUT_MS);
        var ga = new GlideAjax(PROCESSOR);
        ga.addParam('sysparm_name', method);
        for (var name in params) {
            if (Object.prototype.hasOwnProperty.call(params, name)) ga.addParam(name, params[name]);
        }
        ga.setErrorCallback(function (request) {
            if (!finish()) return;
            var status = request ? request.status : 0;
            showError('Preview failed', status === 403 ? 'You cannot preview templates: it needs the x_opcon.admin role.'
                : 'ServiceNow answered HTTP ' + status + '. Close the dialog and try again; if it keeps happening, give this message to your ServiceNow administrator.');
        });
        ga.getXMLAnswer(function (answer) {
            if (!finish()) return;
            var parsed;
            try {
                parsed = JSON.parse(answer);
            } catch (e) {
                showError('Preview failed', 'ServiceNow gave no readable answer: your session may have ended. Reload the form and log in again.');
                return;
            }
            if (!parsed || parsed.ok !== true) {
                var error = parsed && parsed.error ? parsed.error : { title: 'Preview failed', message: 'The preview could not be made.' };
                showError(error.title, error.message);
                return;
            }
            onAnswer(parsed);
        });
    }

    function render(preview) {
        hideError();
        el('x_opcon_tp_heading').textContent = preview.heading;
        var fields = el('x_opcon_tp_fields');
        clear(fields);
        for (var i = 0; i < preview.fields.length; i++) {
            fields.appendChild(make('dt', preview.fields[i].label));
            fields.appendChild(make('dd', preview.fields[i].value));
        }
        el('x_opcon_tp_description').textContent = preview.description || '(empty)';
        var notes = el('x_opcon_tp_notes');
        clear(notes);
        for (var n = 0; n < preview.notes.length; n++) notes.appendChild(make('li', preview.notes[n]));
        el('x_opcon_tp_result').hidden = false;
        setStatus('Preview ready.');
    }

    function preview() {
        if (busy) return;
        busy = true;
        el('x_opcon_tp_go').disabled = true;
        // The last answer (an error or a preview) is not this job's: it goes while this one is read.
        hideError();
        el('x_opcon_tp_result').hidden = true;
        var jobId = el('x_opcon_tp_job').value;
        setStatus(jobId.replace(/^\s+|\s+$/g, '') === '' ? 'Making the sample preview…' : 'Reading the job from OpCon…');
        call('getPreview', { sysparm_template: template, sysparm_server: el('x_opcon_tp_server').value, sysparm_job_id: jobId }, function (answer) {
            render(answer.preview);
        });
    }

    el('x_opcon_tp_go').onclick = preview;
    el('x_opcon_tp_job').onkeydown = function (event) {
        if ((event || window.event).keyCode === 13) preview();
    };

    busy = true;
    call('getChoices', { sysparm_template: template }, function (answer) {
        var select = el('x_opcon_tp_server');
        clear(select);
        if (answer.servers.length === 0) {
            var none = make('option', '(no active registered server: only the sample job)');
            none.value = '';
            select.appendChild(none);
        }
        for (var i = 0; i < answer.servers.length; i++) {
            var option = make('option', answer.servers[i].name + ' (' + answer.servers[i].address + ')');
            option.value = answer.servers[i].sysId;
            select.appendChild(option);
        }
        setStatus('Type a daily job id (or leave it empty for a sample job) and press Preview.');
    });
})();
