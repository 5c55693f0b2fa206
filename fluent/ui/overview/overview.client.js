// OpCon Connector Overview (UI page x_opcon_overview), browser side. Plain ES5
// for UI16. Every figure comes from x_opcon.OpConOverviewAjax as JSON; text
// and links from the server are only written with textContent and href.
(function () {
    'use strict';

    var PROCESSOR = 'x_opcon.OpConOverviewAjax';
    var TIMEOUT_MS = 30000;

    function el(id) { return document.getElementById(id); }

    function make(tag, className, textValue) {
        var node = document.createElement(tag);
        if (className) node.className = className;
        if (textValue !== undefined && textValue !== null) node.textContent = textValue;
        return node;
    }

    // Only the instance's own relative list and form URLs the server built (never javascript: or another host).
    function safeLink(href) {
        return typeof href === 'string' && /^[a-z0-9_]+\.do\?/.test(href) ? href : '';
    }

    function linked(text, href) {
        var link = safeLink(href);
        if (!link) return make('span', '', text);
        var a = make('a', '', text);
        a.setAttribute('href', link);
        return a;
    }

    function clear(node) {
        while (node.firstChild) node.removeChild(node.firstChild);
    }

    function setStatus(message, isError) {
        var status = el('x_opcon_ov_status');
        status.textContent = message;
        status.className = 'x-opcon-ov-status' + (isError ? ' is-error' : '');
    }

    function renderServer(server) {
        var card = make('section', 'x-opcon-ov-server');
        card.setAttribute('data-server', server.address);
        var title = make('h2');
        title.appendChild(linked(server.name + ' (' + server.address + ')', server.link));
        card.appendChild(title);
        card.appendChild(make('p', 'x-opcon-ov-health is-' + server.health, server.healthWords));
        for (var i = 0; i < server.sections.length; i++) {
            var section = server.sections[i];
            card.appendChild(make('h3', '', section.title));
            var table = make('table');
            var body = make('tbody');
            for (var j = 0; j < section.figures.length; j++) {
                var figure = section.figures[j];
                var row = make('tr');
                row.appendChild(make('td', 'x-opcon-ov-label', figure.label));
                var cell = make('td', figure.alert ? 'is-alert' : '');
                cell.appendChild(linked(figure.value, figure.link));
                row.appendChild(cell);
                body.appendChild(row);
            }
            table.appendChild(body);
            card.appendChild(table);
        }
        return card;
    }

    function render(view) {
        var warnings = el('x_opcon_ov_warnings');
        var servers = el('x_opcon_ov_servers');
        var links = el('x_opcon_ov_links');
        clear(warnings);
        clear(servers);
        clear(links);
        for (var i = 0; i < view.warnings.length; i++) {
            var warning = make('p', 'x-opcon-ov-warning', view.warnings[i].text + ' ');
            if (safeLink(view.warnings[i].link)) warning.appendChild(linked('Open', view.warnings[i].link));
            warning.setAttribute('role', 'alert');
            warnings.appendChild(warning);
        }
        for (var s = 0; s < view.servers.length; s++) servers.appendChild(renderServer(view.servers[s]));
        links.appendChild(make('h3', '', 'Logs'));
        var list = make('ul');
        for (var l = 0; l < view.links.length; l++) {
            var item = make('li');
            item.appendChild(linked(view.links[l].label, view.links[l].link));
            list.appendChild(item);
        }
        links.appendChild(list);
        setStatus('Figures as of ' + view.generatedAt + ' UTC. Reload the page for new ones.', false);
    }

    var finished = false;
    function fail(message) {
        if (finished) return;
        finished = true;
        setStatus(message, true);
    }
    var timer = setTimeout(function () {
        fail('ServiceNow gave no answer within ' + (TIMEOUT_MS / 1000) + ' seconds. Reload the page; if it keeps happening, the system log (source x_opcon) may say why.');
    }, TIMEOUT_MS);
    var ga = new GlideAjax(PROCESSOR);
    ga.addParam('sysparm_name', 'getOverview');
    ga.setErrorCallback(function (request) {
        clearTimeout(timer);
        var status = request ? request.status : 0;
        fail(status === 403 ? 'You cannot see the OpCon Connector overview: it needs the x_opcon.admin role.'
            : 'ServiceNow answered HTTP ' + status + ' while reading the overview. Reload the page; if it keeps happening, give this message to your ServiceNow administrator.');
    });
    ga.getXMLAnswer(function (answer) {
        clearTimeout(timer);
        if (finished) return;
        var view;
        try {
            view = JSON.parse(answer);
        } catch (e) {
            fail('ServiceNow gave no readable answer: your session may have ended. Reload the page and log in again.');
            return;
        }
        if (!view || view.ok !== true) {
            fail(view && view.error ? view.error : 'The overview could not be read.');
            return;
        }
        finished = true;
        render(view);
    });
})();
