// OpCon Job dialog (UI page x_opcon_job_dialog), browser side. Plain ES5:
// it runs in UI16 (GlideModal) and in the workspace's g_modal frame. All data
// comes from the client-callable x_opcon.OpConJobAjax as JSON strings; text
// from the server is only ever written with textContent.
(function () {
    'use strict';

    var PROCESSOR = 'x_opcon.OpConJobAjax';
    var settings = window.x_opconJobDialogSettings || {};
    var POLL_MS = settings.pollMs || 2000;
    var POLL_LIMIT = settings.pollLimit || 15;
    // How long a call may go unanswered before the dialog stops waiting and says so.
    var TIMEOUT_MS = settings.timeoutMs || 30000;

    var root = document.getElementById('x_opcon_jd');
    if (!root) return;
    var incident = root.getAttribute('data-incident') || '';
    var pollTimer = null;
    var busy = false;
    // Once the dialog is closed, late answers have nothing left to show.
    var closed = false;

    function el(id) { return document.getElementById(id); }

    function make(tag, className, textValue) {
        var node = document.createElement(tag);
        if (className) node.className = className;
        if (textValue !== undefined && textValue !== null) node.textContent = textValue;
        return node;
    }

    function show(node, visible) {
        if (visible) node.removeAttribute('hidden');
        else node.setAttribute('hidden', 'hidden');
    }

    function setStatus(message, loading) {
        var status = el('x_opcon_jd_status');
        status.textContent = message;
        status.className = 'x-opcon-jd-status' + (loading ? ' is-loading' : '');
    }

    // What each call is for, in the words its errors use.
    var PURPOSE = {
        getJob: 'loading the OpCon job',
        performAction: 'sending your request',
        getOutcome: 'checking the outcome of your request'
    };

    function retryHint(method) {
        // A request that may have reached ServiceNow is not simply sent again: its row would be a second one.
        if (method === 'performAction') return 'Press Refresh and look at the action history to see whether your request was queued before you ask again.';
        return 'Press Refresh to try again.';
    }

    // ServiceNow answered with something other than HTTP 200 (GlideAjax then calls only the error callback).
    function httpError(method, status) {
        var doing = PURPOSE[method] || method;
        if (status === 401) {
            return { code: 'session_ended', title: 'Your ServiceNow session has ended',
                message: 'ServiceNow answered HTTP 401 while ' + doing + ': you are no longer logged in.',
                hint: 'Log in to ServiceNow again, then open the OpCon Job dialog again.' };
        }
        if (status === 403) {
            return { code: 'forbidden', title: 'ServiceNow refused the request',
                message: 'ServiceNow refused the OpCon Job dialog (HTTP 403) while ' + doing + ': your account may not have the x_opcon.user role, or your session has ended.',
                hint: 'Reload the incident (log in again if ServiceNow asks). If this stays, ask your ServiceNow administrator for the x_opcon.user role.' };
        }
        if (!status) {
            return { code: 'network', title: 'ServiceNow could not be reached',
                message: 'The connection to ServiceNow failed while ' + doing + '.',
                hint: 'Check your network connection. ' + retryHint(method) };
        }
        return { code: 'server_error', title: 'ServiceNow failed to answer',
            message: 'ServiceNow answered HTTP ' + status + ' while ' + doing + '.',
            hint: retryHint(method) + ' If it keeps happening, give this message to your ServiceNow administrator (system log, source x_opcon).' };
    }

    function timeoutError(method) {
        return { code: 'timeout', title: 'ServiceNow did not answer',
            message: 'ServiceNow gave no answer within ' + (TIMEOUT_MS / 1000) + ' seconds while ' + (PURPOSE[method] || method) + '.',
            hint: retryHint(method) + ' If it keeps happening, give this message to your ServiceNow administrator.' };
    }

    // One GlideAjax call; the callback always gets a plain {ok, ...} object, exactly once: the answer,
    // the error callback (any status but 200: GlideAjax calls nothing else then), or the timeout.
    function call(method, params, done) {
        var finished = false;
        var timer = null;
        function finish(result) {
            if (finished) return;
            finished = true;
            clearTimeout(timer);
            if (!closed) done(result);
        }
        var ga = new GlideAjax(PROCESSOR);
        ga.addParam('sysparm_name', method);
        ga.addParam('sysparm_incident', incident);
        for (var key in params) {
            if (Object.prototype.hasOwnProperty.call(params, key)) ga.addParam(key, params[key]);
        }
        ga.setErrorCallback(function (request) {
            finish({ ok: false, error: httpError(method, request ? request.status : 0) });
        });
        timer = setTimeout(function () {
            finish({ ok: false, error: timeoutError(method) });
        }, TIMEOUT_MS);
        ga.getXMLAnswer(function (answer) {
            if (answer === null || answer === undefined || answer === '') {
                // HTTP 200 without an answer: e.g. the login page instead of an XML answer after the session ended.
                finish({ ok: false, error: {
                    code: 'no_answer',
                    title: 'ServiceNow refused the request',
                    message: 'ServiceNow gave no answer while ' + (PURPOSE[method] || method) + ': your account may not have the x_opcon.user role, or your session has ended.',
                    hint: 'Reload the incident (log in again if ServiceNow asks). If this stays, ask your ServiceNow administrator for the x_opcon.user role.'
                } });
                return;
            }
            var parsed;
            try {
                parsed = JSON.parse(answer);
            } catch (e) {
                parsed = { ok: false, error: {
                    code: 'bad_answer',
                    title: 'Unreadable answer from ServiceNow',
                    message: 'The OpCon Job dialog got an answer it cannot read while ' + (PURPOSE[method] || method) + '.',
                    hint: 'Reload the incident; if this stays, give this message to your ServiceNow administrator.'
                } };
            }
            finish(parsed);
        });
    }

    function showError(error) {
        el('x_opcon_jd_error_title').textContent = error.title || 'Something went wrong';
        el('x_opcon_jd_error_message').textContent = error.message || '';
        el('x_opcon_jd_error_hint').textContent = error.hint ? 'What to do: ' + error.hint : '';
        show(el('x_opcon_jd_error'), true);
    }

    function hideError() { show(el('x_opcon_jd_error'), false); }

    function categoryClass(category) {
        var c = String(category || '').toLowerCase();
        if (c === 'failed' || c === 'cancelled' || c === 'missed start time') return 'cat-failed';
        if (c === 'finished ok') return 'cat-ok';
        if (c === 'under review' || c === 'fixed' || c === 'held') return 'cat-review';
        if (c === 'running' || c === 'waiting') return 'cat-running';
        return '';
    }

    function fill(id, value) {
        var node = el(id);
        node.textContent = value === '' || value === null || value === undefined ? '—' : value;
        return node;
    }

    function renderDetails(view) {
        var job = view.job;
        el('x_opcon_jd_title').textContent = 'OpCon job ' + job.name;
        el('x_opcon_jd_sub').textContent = view.incident.number + ' · ' + view.server.name + ' (' + view.server.address + ')';
        show(el('x_opcon_jd_sub'), true);
        fill('x_opcon_jd_server', view.server.name + ' (' + view.server.address + ')');
        var jobCell = fill('x_opcon_jd_job', job.name);
        jobCell.appendChild(make('span', 'x-opcon-jd-muted', ' (daily job id ' + view.dailyJobId + ')'));
        fill('x_opcon_jd_schedule', job.scheduleName);
        fill('x_opcon_jd_date', job.scheduleDate);
        var status = el('x_opcon_jd_job_status');
        status.textContent = '';
        var badge = make('span', 'x-opcon-jd-badge ' + categoryClass(job.status.category), job.status.description);
        status.appendChild(badge);
        if (job.status.category && job.status.category !== job.status.description) {
            status.appendChild(make('span', 'x-opcon-jd-muted', '  category ' + job.status.category));
        }
        var termination = job.termination === '' ? '' : 'code ' + job.termination;
        if (job.terminationDescription) termination = termination ? termination + ': ' + job.terminationDescription : job.terminationDescription;
        fill('x_opcon_jd_termination', termination);
        fill('x_opcon_jd_machine', job.machine);
        fill('x_opcon_jd_start', job.start ? job.start + (job.startEstimated ? ' (estimated)' : '') + ' OpCon time' : '');
        fill('x_opcon_jd_end', job.end ? job.end + ' OpCon time' : '');
        show(el('x_opcon_jd_details'), true);
    }

    function renderHistory(history) {
        var body = el('x_opcon_jd_history_rows');
        while (body.firstChild) body.removeChild(body.firstChild);
        for (var i = 0; i < history.length; i++) {
            var entry = history[i];
            var row = make('tr');
            var action = make('td', '', entry.actionLabel);
            if (entry.sourceLabel) action.appendChild(make('div', 'x-opcon-jd-muted', entry.sourceLabel));
            row.appendChild(action);
            row.appendChild(make('td', '', entry.stateLabel));
            row.appendChild(make('td', '', entry.message || '—'));
            row.appendChild(make('td', '', entry.requestedBy || '—'));
            row.appendChild(make('td', 'x-opcon-jd-when', entry.createdOn ? entry.createdOn + ' UTC' : '—'));
            body.appendChild(row);
        }
        show(el('x_opcon_jd_history'), history.length > 0);
        show(el('x_opcon_jd_history_empty'), history.length === 0);
        show(el('x_opcon_jd_history_section'), true);
    }

    function setActionsEnabled(enabled) {
        var buttons = el('x_opcon_jd_actions').getElementsByTagName('button');
        for (var i = 0; i < buttons.length; i++) buttons[i].disabled = !enabled;
        var fields = el('x_opcon_jd_actions').getElementsByTagName('input');
        for (var j = 0; j < fields.length; j++) fields[j].disabled = !enabled;
    }

    function actionCard(choice) {
        var card = make('div', 'x-opcon-jd-action');
        card.setAttribute('data-action', choice.name);
        var fieldId = 'x_opcon_jd_reason_' + choice.name;
        var label = make('label', '', 'Reason for ' + choice.label.toLowerCase() + ' (optional, sent to OpCon)');
        label.setAttribute('for', fieldId);
        var reason = make('input');
        reason.type = 'text';
        reason.id = fieldId;
        reason.setAttribute('maxlength', '1000');
        reason.setAttribute('autocomplete', 'off');
        var button = make('button', 'btn x-opcon-jd-do ' + (choice.confirm ? 'btn-danger' : 'btn-primary'), choice.button);
        button.type = 'button';
        button.id = 'x_opcon_jd_do_' + choice.name;
        card.appendChild(label);
        card.appendChild(reason);
        card.appendChild(button);

        button.onclick = function () {
            if (!choice.confirm) {
                send(choice, reason.value);
                return;
            }
            askConfirmation(card, choice, button, reason);
        };
        reason.onkeydown = function (event) {
            if (event.key === 'Enter' || event.keyCode === 13) button.click();
        };
        return card;
    }

    function askConfirmation(card, choice, button, reason) {
        if (card.querySelector('.x-opcon-jd-confirm')) return;
        var box = make('div', 'x-opcon-jd-confirm');
        box.setAttribute('role', 'alertdialog');
        var questionId = 'x_opcon_jd_confirm_q_' + choice.name;
        box.setAttribute('aria-labelledby', questionId);
        var question = make('p', '', choice.confirm);
        question.id = questionId;
        var yes = make('button', 'btn btn-danger', 'Yes, ' + choice.label.toLowerCase());
        yes.type = 'button';
        yes.id = 'x_opcon_jd_confirm_yes';
        var no = make('button', 'btn', 'No, keep the job as it is');
        no.type = 'button';
        no.id = 'x_opcon_jd_confirm_no';
        box.appendChild(question);
        box.appendChild(yes);
        box.appendChild(no);
        card.appendChild(box);
        button.disabled = true;
        function close() {
            card.removeChild(box);
            button.disabled = false;
            button.focus();
        }
        yes.onclick = function () {
            card.removeChild(box);
            button.disabled = false;
            send(choice, reason.value);
        };
        no.onclick = close;
        box.onkeydown = function (event) {
            if (event.key === 'Escape' || event.keyCode === 27) close();
        };
        yes.focus();
    }

    function renderActions(view) {
        var list = el('x_opcon_jd_actions');
        while (list.firstChild) list.removeChild(list.firstChild);
        for (var i = 0; i < view.actions.length; i++) list.appendChild(actionCard(view.actions[i]));
        var none = el('x_opcon_jd_noactions');
        none.textContent = view.noActionsReason || '';
        show(none, view.actions.length === 0);
        show(el('x_opcon_jd_actions_section'), true);
    }

    function showOutcome(kind, message) {
        var box = el('x_opcon_jd_outcome');
        box.className = 'x-opcon-jd-outcome is-' + kind;
        box.textContent = message;
        show(box, true);
    }

    function load(options) {
        options = options || {};
        setStatus(options.loadingText || 'Loading the job from OpCon…', true);
        call('getJob', {}, function (result) {
            if (!result.ok) {
                setStatus('Could not show the OpCon job.', false);
                show(el('x_opcon_jd_details'), false);
                show(el('x_opcon_jd_actions_section'), false);
                show(el('x_opcon_jd_history_section'), false);
                showError(result.error || {});
                if (options.focus !== false) el('x_opcon_jd_title').focus();
                return;
            }
            hideError();
            var view = result.view;
            renderDetails(view);
            if (!busy) renderActions(view);
            renderHistory(view.history);
            if (!busy && !options.keepOutcome) {
                // An action still waiting for OpCon (requested earlier, or by someone else) is said so;
                // once it is answered, its outcome is in the history below.
                var box = el('x_opcon_jd_outcome');
                if (view.pending) showOutcome('pending', 'Still pending: ' + view.pending.summary + ' Press Refresh to check again.');
                else if (/is-pending/.test(box.className)) show(box, false);
            }
            setStatus('Loaded from OpCon: ' + view.job.name + ' is ' + view.job.status.description + '.', false);
            if (options.focus !== false) el('x_opcon_jd_title').focus();
        });
    }

    function finishAction(outcome) {
        busy = false;
        var kind = outcome.succeeded ? 'ok' : 'bad';
        showOutcome(kind, outcome.summary);
        load({ focus: false, keepOutcome: true });
        el('x_opcon_jd_outcome').focus();
    }

    function poll(choice, actionSysId, count) {
        call('getOutcome', { sysparm_action_id: actionSysId }, function (result) {
            if (!result.ok) {
                busy = false;
                setStatus('Could not check the outcome of the ' + choice.label.toLowerCase() + ' request; it is in the action history once OpCon has answered.', false);
                showError(result.error || {});
                setActionsEnabled(true);
                return;
            }
            var outcome = result.outcome;
            if (outcome.finished) {
                finishAction(outcome);
                return;
            }
            if (count + 1 >= POLL_LIMIT) {
                busy = false;
                var pending = 'Still pending: ' + outcome.summary + ' The connector keeps trying and records the outcome in the action history; press Refresh later.';
                showOutcome('pending', pending);
                load({ focus: false, keepOutcome: true });
                return;
            }
            showOutcome('pending', outcome.summary);
            pollTimer = setTimeout(function () { poll(choice, actionSysId, count + 1); }, POLL_MS);
        });
    }

    function send(choice, reason) {
        if (busy) return;
        busy = true;
        hideError();
        setActionsEnabled(false);
        setStatus('Sending ' + choice.label.toLowerCase() + ' to OpCon…', true);
        call('performAction', { sysparm_action: choice.name, sysparm_reason: reason || '' }, function (result) {
            if (!result.ok) {
                busy = false;
                var code = result.error && result.error.code;
                var unknown = code === 'timeout' || code === 'server_error' || code === 'network';
                setStatus(unknown ? 'ServiceNow did not confirm the ' + choice.label.toLowerCase() + ' request.'
                    : 'The ' + choice.label.toLowerCase() + ' request was not sent.', false);
                showError(result.error || {});
                setActionsEnabled(true);
                el('x_opcon_jd_error').setAttribute('tabindex', '-1');
                el('x_opcon_jd_error').focus();
                return;
            }
            var outcome = result.outcome;
            showOutcome('pending', outcome.summary);
            el('x_opcon_jd_outcome').focus();
            if (outcome.finished) {
                finishAction(outcome);
                return;
            }
            pollTimer = setTimeout(function () { poll(choice, outcome.sysId, 0); }, POLL_MS);
        });
    }

    el('x_opcon_jd_refresh').onclick = function () {
        if (pollTimer) clearTimeout(pollTimer);
        busy = false;
        load({ focus: false, loadingText: 'Refreshing from OpCon…' });
    };

    // Close: the GlideModal this page is in. UI16 rewrites the text GlideModal.get() in a dialog's
    // scripts into an instance call for this dialog (GlideModal.js _substituteGet); there is no static
    // GlideModal.get. In the workspace's g_modal frame nothing is rewritten, so the call throws and
    // the page hides its Close button (the frame has its own).
    var closeButton = el('x_opcon_jd_close');
    var modal = null;
    try {
        modal = GlideModal.get();
    } catch (e) {
        modal = null;
    }
    if (modal && typeof modal.destroy === 'function') {
        closeButton.onclick = function () {
            closed = true;
            if (pollTimer) clearTimeout(pollTimer);
            modal.destroy();
            // GlideModal.destroy() does not move the focus (GlideModal.js): give it back to the form
            // button that opened the dialog (UI16 gives a form button its action name as id).
            var opener = document.getElementById('x_opcon_open_job_dialog');
            if (opener) opener.focus();
        };
    } else {
        show(closeButton, false);
    }

    if (!/^[0-9a-f]{32}$/.test(incident)) {
        setStatus('Could not show the OpCon job.', false);
        showError({
            title: 'No incident given',
            message: 'The OpCon Job dialog was opened without an incident.',
            hint: 'Open it from the OpCon Job button on an OpCon incident.'
        });
        return;
    }
    load({});
})();
