// Browser-side stand-ins for the two UI16 globals the OpCon Job dialog and its
// form button use, GlideAjax and GlideModal. Served by the harness
// (harness.ts), which answers /xmlhttp.do the way the instance does.
//
// They copy the platform's own code paths where the page's fate depends on
// them, and each modelled behaviour names its source. They offer no method the
// platform lacks (there is no static GlideModal.get, for one), only fewer.
// Sources:
//  - GlideAjax.js: the platform's /scripts/classes/ajax/GlideAjax.js (a public
//    copy: repository jacebenson/sndocs, sources/eureka/0/scripts/classes/ajax/GlideAjax.js).
//  - GlideModal.js: the platform's /scripts/classes/doctype/GlideModal.js (the
//    same code as the nowapi variant, /scripts/classes/nowapi/ui/GlideModal.js;
//    a public copy: repository shenzhongkang/ServiceNowCode). Its documented
//    surface: "GlideModal - Client" (ServiceNow docs, client API reference).
//  - sdk-notes: /work/shared/sdk-notes.md, "Platform behaviour the bench must copy".
(function () {
    'use strict';

    // ---------------------------------------------------------------- GlideAjax
    function GlideAjax(processor) {
        this.params = {};
        this.callbackFunction = null;
        this.errorCallbackFunction = null;
        this.wantAnswer = false;
        this.requestObject = null;
        this.setProcessor(processor);
    }
    GlideAjax.prototype.setProcessor = function (processor) {
        this.processor = processor;
        this.addParam('sysparm_processor', processor);
    };
    GlideAjax.prototype.getProcessor = function () { return this.processor; };
    GlideAjax.prototype.addParam = function (name, value) { this.params[name] = value; };
    // GlideAjax.js getXML / getXMLAnswer: the request goes out on a timer (_getXML0's setTimeout 0).
    GlideAjax.prototype.getXML = function (callback) {
        this.wantAnswer = false;
        this._getXML0(callback);
    };
    GlideAjax.prototype.getXMLAnswer = function (callback) {
        this.wantAnswer = true;
        this._getXML0(callback);
    };
    GlideAjax.prototype._getXML0 = function (callback) {
        this.callbackFunction = callback;
        setTimeout(this._makeRequest.bind(this), 0);
    };
    GlideAjax.prototype.setErrorCallback = function (callback) { this.errorCallbackFunction = callback; };
    // GlideAjax.js getAnswer: the `answer` attribute of the XML answer's root; null without an XML answer.
    GlideAjax.prototype.getAnswer = function () {
        if (!(this.requestObject && this.requestObject.responseXML)) return null;
        return this.requestObject.responseXML.documentElement.getAttribute('answer');
    };
    GlideAjax.prototype._makeRequest = function () {
        // sdk-notes: GlideAjax from a UI page's client script is sent with sysparm_scope=global.
        if (!Object.prototype.hasOwnProperty.call(this.params, 'sysparm_scope')) this.addParam('sysparm_scope', 'global');
        var body = [];
        for (var name in this.params) {
            if (Object.prototype.hasOwnProperty.call(this.params, name)) body.push(encodeURIComponent(name) + '=' + encodeURIComponent(this.params[name]));
        }
        var request = new XMLHttpRequest();
        this.requestObject = request;
        request.onreadystatechange = this._processReqChange.bind(this);
        // GlideAjax.js _sendRequest: a form-encoded POST to xmlhttp.do.
        request.open('POST', '/xmlhttp.do', true);
        request.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
        request.send(body.join('&'));
    };
    // GlideAjax.js _processReqChange / _errorCheck / _handleError: the callback runs only on HTTP 200;
    // any other status calls only the callback set with setErrorCallback (with the request object,
    // which carries status and responseText); without one nothing happens at all.
    GlideAjax.prototype._processReqChange = function () {
        var request = this.requestObject;
        if (request.readyState !== 4) return;
        request.onreadystatechange = function () {};
        if (request.status !== 200) {
            if (this.errorCallbackFunction) this.errorCallbackFunction(request);
            return;
        }
        // GlideAjax.js _responseReceived.
        if (this.callbackFunction) {
            if (this.wantAnswer) this.callbackFunction(this.getAnswer());
            else this.callbackFunction(request);
        }
    };
    window.GlideAjax = GlideAjax;

    // ---------------------------------------------------------------- GlideModal
    // GlideModal.js: the modal's element (id = the dialog id) knows its GlideModal ($modal.data('gWindow')).
    var windows = new Map();

    function GlideModal(id, readOnly, width) {
        // GlideModal.js initialize.
        this.preferences = {};
        this.id = id;
        this.readOnly = readOnly;
        this.title = '';
        this.setDialog(id);
        this.setWidth(width);
        this.setPreference('renderer', 'RenderForm');
        this.setPreference('type', 'direct');
    }
    GlideModal.prototype.setDialog = function (dialogName) { this.setPreference('table', dialogName); };
    GlideModal.prototype.setPreference = function (name, value) { this.preferences[name] = value; };
    GlideModal.prototype.getPreference = function (name) { return this.preferences[name]; };
    GlideModal.prototype.getPreferences = function () { return this.preferences; };
    GlideModal.prototype.getID = function () { return this.id; };
    GlideModal.prototype.type = function () { return 'GlideModal'; };
    GlideModal.prototype.setTitle = function (title) { this.title = title; };
    // Chrome only: the platform picks a size class from the width (modal-lg from 650 px); the harness draws that many pixels.
    GlideModal.prototype.setWidth = function (width) { this.width = width || 600; };

    // GlideModal.js render: a GlideAjax to processor RenderInfo; the dialog id as sysparm_name, the
    // preferences as the XML text of getDescribingText() in sysparm_value; the answer goes to _renderFromAjax.
    GlideModal.prototype.render = function () {
        var ajax = new GlideAjax('RenderInfo');
        ajax.addParam('sysparm_value', this.getDescribingText());
        ajax.addParam('sysparm_name', this.id);
        ajax.getXML(this._renderFromAjax.bind(this));
    };
    // GlideModal.js getDescribingXML / getDescribingText: <section name="id"><preference name="…" value="…">…
    // (On the platform Prototype.js gives strings escapeHTML(); this browser has no such method, so the branch is skipped here.)
    GlideModal.prototype.getDescribingXML = function () {
        var section = document.createElement('section');
        section.setAttribute('name', this.getID());
        var preferences = this.getPreferences();
        for (var name in preferences) {
            if (!Object.prototype.hasOwnProperty.call(preferences, name)) continue;
            var preference = document.createElement('preference');
            var value = preferences[name];
            preference.setAttribute('name', name);
            if (value !== null && typeof value === 'object') {
                if (typeof value.join === 'function') value = value.join(',');
                else if (typeof value.toString === 'function') value = value.toString();
            }
            if (value && typeof value.escapeHTML === 'function') value = value.escapeHTML();
            if (value) preference.setAttribute('value', value);
            section.appendChild(preference);
        }
        return section;
    };
    GlideModal.prototype.getDescribingText = function () {
        var gxml = document.createElement('gxml');
        gxml.appendChild(this.getDescribingXML());
        return gxml.innerHTML;
    };
    // GlideModal.js _renderFromAjax: the <html> element of the XML answer, re-serialised with
    // XMLSerializer (an empty element becomes <p/>, <strong/>, <dd/>, <tbody/>; text in <style>
    // gets > escaped as &gt;), inserted by setEscapedBody, then its scripts run from the XML text.
    GlideModal.prototype._renderFromAjax = function (response) {
        var xml = response.responseXML;
        var newBody = xml.getElementsByTagName('html')[0];
        xml = new XMLSerializer().serializeToString(newBody);
        if (!xml) return;
        this.setPreferencesFromBody(response.responseXML);
        this.setEscapedBody(xml);
        this._evalScripts(xml);
    };
    // GlideModal.js setPreferencesFromBody.
    GlideModal.prototype.setPreferencesFromBody = function (xml) {
        var prefs = xml.getElementsByTagName('renderpreference');
        for (var i = 0; i < prefs.length; i++) {
            var name = prefs[i].getAttribute('name');
            var value = prefs[i].getAttribute('value');
            this.setPreference(name, value);
            if (name === 'title') this.setTitle(value);
            if (name === 'render_title' && value === 'false') this.setTitle('');
        }
    };
    // GlideModal.js setEscapedBody: these replacements, in this order, then setBody(body, true).
    GlideModal.prototype.setEscapedBody = function (body) {
        if (!body) return;
        body = body.replace(/\t/g, '');
        body = body.replace(/\r/g, '');
        body = body.replace(/\n+/g, '\n');
        body = body.replace(/%27/g, '\'');
        body = body.replace(/%3c/g, '<');
        body = body.replace(/%3e/g, '>');
        body = body.replace(/&amp;/g, '&');
        this.setBody(body, true);
    };
    // GlideModal.js setBody.
    GlideModal.prototype.setBody = function (html, noEvaluate) {
        html = this._substituteGet(html);
        html = this._fixBrowserTags(html);
        this.renderWithContent(html);
        if (!noEvaluate) this._evalScripts(html);
    };
    // GlideModal.js _substituteGet: the text GlideModal.get( (and the two older dialog classes') becomes
    // GlideModal.prototype.get('<dialog id>' in the page and its scripts. ("." is a regex wildcard there too.)
    GlideModal.prototype._substituteGet = function (html) {
        if (!html) return html;
        var substitutions = [this.type(), 'GlideDialogWindow', 'GlideDialogForm'];
        for (var i = 0; i < substitutions.length; i++) {
            html = html.replace(new RegExp(substitutions[i] + '.get\\(', 'g'), this.type() + '.prototype.get(\'' + this.getID() + '\'');
        }
        return html;
    };
    // GlideModal.js _fixBrowserTags: only these self-closed tags are re-opened. Some releases also list
    // "button"; the harness keeps the shorter list (the strict choice). Every other <x/> reaches the HTML
    // parser as an open tag.
    GlideModal.prototype._fixBrowserTags = function (html) {
        if (!html) return html;
        var tags = ['script', 'a ', 'div', 'span', 'select'];
        for (var i = 0; i < tags.length; i++) {
            html = html.replace(new RegExp('<' + tags[i] + '([^>]*?)/>', 'img'), '<' + tags[i] + '$1></' + tags[i] + '>');
        }
        return html;
    };
    // GlideModal.js _evalScripts: the XML text (before setEscapedBody's unescaping), with _substituteGet
    // applied, parsed as XML inside <xml>…</xml>; each <script>'s text is eval'd in the window, in order,
    // except type="application/xml". (A src= script would be fetched synchronously; the harness has none.)
    GlideModal.prototype._evalScripts = function (html) {
        html = this._substituteGet(html);
        var x = new DOMParser().parseFromString('<xml>' + html + '</xml>', 'text/xml');
        // (On a page that is not well-formed XML the platform would silently run nothing; the harness says so.)
        if (x.getElementsByTagName('parsererror').length > 0) throw new Error('GlideModal._evalScripts: the page is not well-formed XML');
        var scripts = x.getElementsByTagName('script');
        for (var i = 0; i < scripts.length; i++) {
            var script = scripts[i];
            if (script.getAttribute('type') === 'application/xml') continue;
            if (script.getAttribute('src')) throw new Error('GlideModal._evalScripts: script src= is not modelled by the harness');
            var text = script.textContent;
            if (text) window.eval(text);
        }
    };
    // GlideModal.js renderWithContent / _createModal (its template: an element with the dialog's id,
    // role=dialog, labelled by the title; a [data-dismiss=GlideModal] close button; .modal-body):
    // a string becomes the body's innerHTML.
    GlideModal.prototype.renderWithContent = function (content) {
        this._createModal();
        var body = this.window.querySelector('.modal-body');
        if (typeof content === 'string') body.innerHTML = content;
        else {
            body.textContent = '';
            body.appendChild(content);
        }
    };
    GlideModal.prototype._createModal = function () {
        if (this.window) {
            this.window.querySelector('.modal-title').textContent = this.title;
            return;
        }
        this._closeIdenticalModals();
        var win = document.createElement('div');
        win.id = this.id;
        win.className = 'modal-overlay';
        win.setAttribute('tabindex', '-1');
        win.setAttribute('role', 'dialog');
        win.setAttribute('aria-labelledby', this.id + '_title');
        var dialog = document.createElement('div');
        dialog.className = 'modal-dialog';
        dialog.style.width = this.width + 'px';
        var header = document.createElement('header');
        header.className = 'modal-header';
        var title = document.createElement('h4');
        title.id = this.id + '_title';
        title.className = 'modal-title';
        title.textContent = this.title;
        var close = document.createElement('button');
        close.type = 'button';
        close.className = 'modal-close';
        close.setAttribute('data-dismiss', 'GlideModal');
        close.setAttribute('aria-label', 'Close');
        close.textContent = '×';
        header.appendChild(title);
        if (!this.readOnly) header.appendChild(close);
        var body = document.createElement('div');
        body.className = 'modal-body';
        dialog.appendChild(header);
        dialog.appendChild(body);
        win.appendChild(dialog);
        document.body.appendChild(win);
        windows.set(win, this);
        this.window = win;
        // GlideModal.js _watchForClose: [data-dismiss=GlideModal] destroys the modal.
        win.addEventListener('click', function (event) {
            if (event.target.closest && event.target.closest('[data-dismiss=GlideModal]')) this.destroy();
        }.bind(this));
    };
    // GlideModal.js _closeIdenticalModals.
    GlideModal.prototype._closeIdenticalModals = function () {
        var existing = document.getElementById(this.id);
        if (existing && windows.has(existing)) windows.get(existing).destroy();
    };
    // GlideModal.js destroy / _removeWindow: the modal goes away. It does not move the focus anywhere.
    GlideModal.prototype.destroy = function () {
        if (!this.window) return;
        if (this.window.parentNode) this.window.parentNode.removeChild(this.window);
        windows.delete(this.window);
        this.window = null;
    };
    // GlideModal.js get: an instance method. No id: this; else the GlideModal of the element with that
    // id, or this when there is none. There is no static GlideModal.get on the platform ("GlideModal -
    // Client" calls it as new GlideModal().get(id) or GlideModal.prototype.get(id)).
    GlideModal.prototype.get = function (id) {
        if (!id) return this;
        var win = document.getElementById(id);
        if (!win) return this;
        return windows.get(win);
    };
    window.GlideModal = GlideModal;
})();
