// Browser-side stand-ins for the few UI16 globals the OpCon Job dialog and its
// form button use. Served by the harness (harness.ts); every GlideAjax call is
// POSTed to the harness, which runs the real script include in the bench.
(function () {
    'use strict';

    // GlideAjax: form-encoded POST to /xmlhttp.do like the platform's; the
    // harness answers {answer} (null when the platform would send no answer).
    function GlideAjax(processor) {
        this.params = { sysparm_processor: processor };
    }
    GlideAjax.prototype.addParam = function (name, value) {
        this.params[name] = value === undefined || value === null ? '' : String(value);
    };
    GlideAjax.prototype.getXMLAnswer = function (callback) {
        var body = new URLSearchParams(this.params);
        fetch('/xmlhttp.do', { method: 'POST', body: body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
            .then(function (response) { return response.json(); })
            .then(function (json) { callback(json.answer); })
            .catch(function () { callback(null); });
    };
    window.GlideAjax = GlideAjax;

    // GlideModal: renders the UI page into an overlay in this document (as
    // UI16 does), then runs its client script.
    var current = null;
    function GlideModal(name) {
        this.name = name;
        this.title = '';
        this.width = 600;
        this.preferences = {};
    }
    GlideModal.get = function () { return current; };
    GlideModal.prototype.setTitle = function (title) { this.title = title; };
    GlideModal.prototype.setWidth = function (width) { this.width = width; };
    GlideModal.prototype.setPreference = function (name, value) { this.preferences[name] = String(value); };
    GlideModal.prototype.destroy = function () {
        if (this.overlay && this.overlay.parentNode) this.overlay.parentNode.removeChild(this.overlay);
        if (current === this) current = null;
        if (this.opener && this.opener.focus) this.opener.focus();
    };
    GlideModal.prototype.render = function () {
        renderModal(this);
    };
    function renderModal(self) {
        current = self;
        self.opener = document.activeElement;
        var query = new URLSearchParams(self.preferences);
        query.set('sysparm_name', self.name);
        fetch('/ui_page.do?' + query.toString())
            .then(function (response) { return response.json().then(function (json) { return { status: response.status, json: json }; }); })
            .then(function (page) {
                var overlay = document.createElement('div');
                overlay.className = 'modal-overlay';
                var dialog = document.createElement('div');
                dialog.className = 'modal-dialog';
                dialog.setAttribute('role', 'dialog');
                dialog.setAttribute('aria-modal', 'true');
                dialog.setAttribute('aria-label', self.title || self.name);
                dialog.style.width = self.width + 'px';
                var header = document.createElement('div');
                header.className = 'modal-header';
                var title = document.createElement('h1');
                title.className = 'modal-title';
                title.textContent = self.title;
                var close = document.createElement('button');
                close.type = 'button';
                close.className = 'modal-close';
                close.setAttribute('aria-label', 'Close');
                close.textContent = '×';
                close.onclick = function () { self.destroy(); };
                header.appendChild(title);
                header.appendChild(close);
                var body = document.createElement('div');
                body.className = 'modal-body';
                body.innerHTML = page.json.html;
                dialog.appendChild(header);
                dialog.appendChild(body);
                overlay.appendChild(dialog);
                document.body.appendChild(overlay);
                self.overlay = overlay;
                if (page.json.clientScript) {
                    var script = document.createElement('script');
                    script.textContent = page.json.clientScript;
                    body.appendChild(script);
                }
            });
    }
    window.GlideModal = GlideModal;
})();
