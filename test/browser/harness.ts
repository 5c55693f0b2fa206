// A small web server that plays the instance's UI for a real browser:
//  - /incident.do?sys_id=...   a UI16-style incident form with the form buttons
//                              the bench says the user sees (the built UI
//                              actions' own client scripts run on click);
//  - /x_opcon_server.do, /x_opcon_template.do ?sys_id=...
//                              the app's admin forms the same way; a server UI
//                              action's button submits the form, the harness
//                              runs it (instance.clickUiAction), follows its
//                              redirect and shows the session messages once;
//  - /xmlhttp.do               what GlideAjax posts to (shims.js):
//      processor RenderInfo    what GlideModal.render() asks for: the built UI
//                              page, its Jelly rendered, in an XML answer that
//                              GlideModal's own code path turns into the modal;
//      any other processor     runs the REAL script include through
//                              instance.ajax() as the session user, in the
//                              calling scope, then instance.drain() (the
//                              instance's async worker);
//  - /x_opcon_job_dialog.do    the page on its own, as the workspace's g_modal
//                              frame loads it (a scoped page's URL is
//                              x_<scope>_<name>.do, "UI pages", ServiceNow docs);
//  - /blank.do                 an empty UI16 page with the shims, for tests of
//                              the harness itself.
// Page and AJAX access go through the package's ACLs, as on the platform.
// The platform code the browser side copies is named in shims.js; the rest of
// what this file models names its source where it does it.
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import { AccessDenied, type Instance } from '../bench/instance'
import { escapeHtml, renderJelly } from './jelly'

export interface AjaxLogEntry {
    user: string
    processor: string
    method: string
    /** The calling scope the browser sent (sysparm_scope). */
    scope: string
    params: Record<string, string>
    /** The HTTP status the browser got (0 while a hung call is open). */
    status: number
    /** What the browser got: the method's answer, or null when there was none. */
    answer: string | null
    denied: string | null
    /** A script error in the processor. */
    error: string | null
    /** The fault the harness was told to answer with instead, if any. */
    fault: string | null
}

/**
 * What the harness answers GlideAjax calls with instead of running them: an HTTP answer, or none at
 * all (hang). With `method`, only calls of that method (sysparm_name) get it.
 */
export type AjaxFault = { method?: string } & ({ status: number; body?: string; contentType?: string } | { hang: true })

/** A UI page the harness serves as if it were installed (for tests of the harness itself). */
export interface FixturePage {
    /** The endpoint without ".do". */
    name: string
    /** Jelly source, as a sys_ui_page's html. */
    html: string
    clientScript: string
}

export interface Harness {
    url: string
    /** The logged-in user of the browser session. */
    user: string
    /** Network latency added before each GlideAjax call is answered (0 by default), to see the loading state. */
    latencyMs: number
    /** When set, GlideAjax calls to script includes get this instead of an answer (null by default). */
    ajaxFault: AjaxFault | null
    ajaxLog: AjaxLogEntry[]
    /** Requests the harness could not serve (e.g. a UI page that is not well-formed XML); tests expect none. */
    errors: string[]
    close(): Promise<void>
}

/** The app's admin forms the harness serves, with the fields they show (read-only: the tests drive buttons, not saves). */
const RECORD_FORM_FIELDS: Record<string, string[]> = {
    x_opcon_server: ['name', 'address', 'base_url', 'active', 'collect_failures'],
    x_opcon_template: ['name', 'order', 'server', 'schedule_pattern', 'job_pattern'],
}

const SHIMS = fs.readFileSync(path.join(__dirname, 'shims.js'), 'utf8')

/** Platform CSS the dialog sits in (UI16 modal chrome and form); the page brings its own styles. */
export const UI16_CSS = `
body { margin: 0; font-family: "Source Sans Pro", Arial, sans-serif; font-size: 14px; color: #293e40; background: #f6f7f7; }
.navbar { background: #303a46; color: #fff; padding: 10px 16px; font-size: 15px; }
.form-header { background: #e4e6e7; padding: 8px 16px; display: flex; align-items: center; justify-content: space-between; border-bottom: 1px solid #cbcbcb; }
.form-header h1 { font-size: 16px; margin: 0; font-weight: 600; }
.form-body { padding: 16px; background: #fff; margin: 0 16px; border: 1px solid #e4e6e7; }
.form-body dl { display: grid; grid-template-columns: 200px 1fr; gap: 6px 12px; margin: 0; }
.form-body dt { color: #5b6a6b; text-align: right; }
.form-body dd { margin: 0; }
.form_action_button { font: inherit; padding: 4px 12px; margin-left: 6px; border: 1px solid #bdc0c1; border-radius: 3px; background: #fff; cursor: pointer; }
.modal-overlay { position: fixed; inset: 0; background: rgba(0,0,0,0.45); display: flex; align-items: flex-start; justify-content: center; padding-top: 30px; overflow: auto; }
.modal-dialog { background: #fff; border-radius: 4px; box-shadow: 0 5px 15px rgba(0,0,0,0.5); max-width: 95vw; }
.modal-header { display: flex; justify-content: space-between; align-items: center; padding: 10px 16px; border-bottom: 1px solid #e5e5e5; }
.modal-title { font-size: 18px; margin: 0; font-weight: 400; }
.modal-close { border: 0; background: none; font-size: 22px; cursor: pointer; color: #5b6a6b; }
.modal-body { padding: 12px 16px 16px 16px; }
body.frame { background: #fff; padding: 12px 16px; }
`

/** A UI16 page with the platform shims (GlideAjax, GlideModal); `head` adds to the head (e.g. more styles). */
export function page(title: string, body: string, bodyClass = '', head = ''): string {
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
        `<style>${UI16_CSS}</style><script src="/shims.js"></script>${head}</head><body class="${bodyClass}">${body}</body></html>`
}

/** The part of the form's g_form that the package's client scripts use ("GlideForm", ServiceNow docs). */
export function gFormScript(table: string, sysId: string): string {
    return `<script>var g_form = { getUniqueValue: function () { return ${JSON.stringify(sysId)}; }, getTableName: function () { return ${JSON.stringify(table)}; } };</script>`
}

/**
 * The form buttons a user sees on a record (the bench decides: active, table, roles, condition).
 * A client UI action's button runs its onclick, its script defined in the page; a server one
 * submits the form with its action name, which the form's handler runs through
 * instance.clickUiAction ("Using client and server code in a UI action", ServiceNow docs:
 * gsftSubmit submits the form naming the action, and the script then runs on the server).
 */
export function formButtons(instance: Instance, table: string, sysId: string, user: string): { buttons: string; scripts: string } {
    const tables = instance.schema.lineage(table)
    const actions = instance.pkg.records.filter((record) => record.table === 'sys_ui_action' && tables.includes(record.fields.table) && record.fields.form_button === 'true')
    const visible = actions.filter((action) => instance.uiActionVisible(action.fields.action_name, table, sysId, user))
    // UI16 gives a form button its action name as element id (assumed: not documented; the test hook only).
    const buttons = visible.map((action) => action.fields.client === 'true'
        ? `<button type="button" class="form_action_button" id="${escapeHtml(action.fields.action_name)}" ` +
            `onclick="${escapeHtml(action.fields.onclick)}">${escapeHtml(action.fields.name)}</button>`
        : `<button type="submit" class="form_action_button" id="${escapeHtml(action.fields.action_name)}" name="sys_action" ` +
            `value="${escapeHtml(action.fields.action_name)}">${escapeHtml(action.fields.name)}</button>`).join('')
    const scripts = visible.filter((action) => action.fields.client === 'true').map((action) => `<script>${action.fields.script}</script>`).join('')
    return { buttons, scripts }
}

/** Text and attribute values in an XML document. */
export function escapeXml(value: string): string {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
        .replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')
}

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00a0' }

function decodeEntities(value: string): string {
    return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
        if (entity[0] === '#') return String.fromCodePoint(entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10))
        return HTML_ENTITIES[entity.toLowerCase()] ?? whole
    })
}

/**
 * The preferences in GlideModal's sysparm_value (getDescribingText(): the HTML serialisation of
 * <section name="id"><preference name="…" value="…"></preference>…</section>).
 */
export function parseDescribingText(text: string): { name: string; preferences: Record<string, string> } {
    const section = /<section\b[^>]*\bname="([^"]*)"/.exec(text)
    const preferences: Record<string, string> = {}
    for (const match of text.matchAll(/<preference\b([^>]*?)\/?>/g)) {
        const name = /\bname="([^"]*)"/.exec(match[1])
        const value = /\bvalue="([^"]*)"/.exec(match[1])
        if (name) preferences[decodeEntities(name[1])] = value ? decodeEntities(value[1]) : ''
    }
    return { name: section ? decodeEntities(section[1]) : '', preferences }
}

/**
 * RenderInfo's answer for a UI page: an XML document whose <html> element holds the rendered Jelly
 * and then the page's client script in a <script> element. Assumed: how the platform includes a UI
 * page's client script in this answer is not documented; a <script> after the page's HTML is what
 * GlideModal._evalScripts runs.
 */
export function renderInfoAnswer(renderedHtml: string, clientScript: string): string {
    const script = clientScript ? `<script>${escapeXml(clientScript)}</script>` : ''
    return `<?xml version="1.0" encoding="UTF-8"?><xml><html>${renderedHtml}${script}</html></xml>`
}

/** A request's body as text. */
export function readBody(request: http.IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        request.on('data', (chunk: Buffer) => chunks.push(chunk))
        request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        request.on('error', reject)
    })
}

/**
 * The harness's routes without a server of their own, for a server that serves more (the
 * playground): `handle` answers the harness's paths and resolves false for any other.
 * `harness.close()` ends hung GlideAjax calls; the caller closes its own server.
 */
export function createHarnessRoutes(instance: Instance, options: { user: string; pages?: FixturePage[] }): {
    harness: Harness
    handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<boolean>
} {
    const hung: http.ServerResponse[] = []
    const harness: Harness = {
        url: '', user: options.user, latencyMs: 0, ajaxFault: null, ajaxLog: [], errors: [],
        close: async () => {
            for (const response of hung) response.destroy()
        },
    }

    function uiPage(name: string): { html: string; clientScript: string } | undefined {
        const fixture = options.pages?.find((candidate) => candidate.name === name)
        if (fixture) return fixture
        // GlideModal names the page by its endpoint without ".do" (x_opcon_job_dialog).
        const record = instance.pkg.records.find((r) => r.table === 'sys_ui_page' && r.fields.endpoint === `${name}.do`)
        return record ? { html: record.fields.html ?? '', clientScript: record.fields.client_script ?? '' } : undefined
    }

    function renderPage(name: string, params: Record<string, string>): { status: number; html: string; clientScript: string } {
        const source = uiPage(name)
        if (!source) return { status: 404, html: `<p>No UI page ${escapeHtml(name)}.</p>`, clientScript: '' }
        if (!instance.canOpenUiPage(name, harness.user)) {
            // What the platform shows when the page's read ACL fails (the message: ServiceNow KB0813250;
            // the 403 status of the direct page is assumed).
            return { status: 403, html: '<p class="security-message">Security constraints prevent access to requested page</p>', clientScript: '' }
        }
        return { status: 200, html: renderJelly(source.html, params), clientScript: source.clientScript }
    }

    function incidentForm(sysId: string): { status: number; html: string } {
        const incident = instance.get('incident', sysId)
        if (!incident) return { status: 404, html: page('Not found', '<p>No such incident.</p>') }
        const { buttons, scripts } = formButtons(instance, 'incident', sysId, harness.user)
        const field = (label: string, value: string | undefined) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value ?? '')}</dd>`
        const body = `<div class="navbar">ServiceNow</div>` +
            `<div class="form-header"><h1>Incident ${escapeHtml(incident.number ?? '')}</h1><div class="form-buttons">${buttons}</div></div>` +
            `<div class="form-body"><dl>${field('Number', incident.number)}${field('Short description', incident.short_description)}` +
            `${field('State', incident.state)}${field('Correlation display', incident.correlation_display)}${field('Correlation ID', incident.correlation_id)}</dl></div>` +
            `${gFormScript('incident', sysId)}${scripts}`
        return { status: 200, html: page(`${incident.number} | Incident`, body) }
    }

    /** Session messages (gs.addInfoMessage...) waiting for the next page of this session: the platform shows them once. */
    let flash: Array<{ kind: string; message: string }> = []

    /**
     * The session messages for a page, each as the platform shows it: its text as HTML (the app escapes
     * every value it puts in one: messageText, src/server/log/journal-text.ts), an error in
     * outputmsg_error (UI16's message classes; the role attributes are the test hook, assumed).
     */
    function messagesHtml(): string {
        const html = flash.map((m) => `<div class="outputmsg outputmsg_${m.kind === 'error' ? 'error' : 'info'}" role="${m.kind === 'error' ? 'alert' : 'status'}">${m.message}</div>`).join('')
        flash = []
        return html
    }

    function keepMessagesSince(from: number): void {
        flash.push(...instance.messages.slice(from).filter((m) => m.user === harness.user).map((m) => ({ kind: m.kind, message: m.message })))
    }

    /**
     * One of the app's admin forms: its display rules run as it opens (instance.openForm, whose messages
     * show on it), a few of its fields read-only, and the form buttons the bench says the user sees.
     */
    function recordForm(table: string, sysId: string): { status: number; html: string } {
        const row = instance.get(table, sysId)
        if (!row) return { status: 404, html: page('Not found', '<p>No such record.</p>') }
        const from = instance.messages.length
        try {
            instance.openForm(table, sysId, harness.user)
        } catch (error) {
            if (!(error instanceof AccessDenied)) throw error
            // The wording is assumed (the platform's own page is not documented).
            return { status: 403, html: page('Refused', `<p role="alert">Security constraints prevent you from reading this ${escapeHtml(instance.schema.table(table).label)} record.</p>`) }
        }
        keepMessagesSince(from)
        const { buttons, scripts } = formButtons(instance, table, sysId, harness.user)
        const label = instance.schema.table(table).label
        const field = (name: string) => `<dt>${escapeHtml(instance.schema.column(table, name)?.label ?? name)}</dt><dd id="${escapeHtml(`${table}.${name}`)}">${escapeHtml(row[name] ?? '')}</dd>`
        const body = `<div class="navbar">ServiceNow</div>${messagesHtml()}` +
            `<form method="post" action="/${table}.do"><input type="hidden" name="sys_id" value="${escapeHtml(sysId)}">` +
            `<div class="form-header"><h1>${escapeHtml(label)} ${escapeHtml(row.name ?? '')}</h1><div class="form-buttons">${buttons}</div></div></form>` +
            `<div class="form-body"><dl>${(RECORD_FORM_FIELDS[table] ?? []).map(field).join('')}</dl></div>${gFormScript(table, sysId)}${scripts}`
        return { status: 200, html: page(`${row.name ?? ''} | ${label}`, body) }
    }

    /**
     * A form's submit naming a server UI action (formButtons): run as the session user, its messages kept
     * for the page it redirects to ("Using client and server code in a UI action", ServiceNow docs;
     * action.setRedirectURL(current) returns to the form). Returns where the browser goes next.
     */
    function submitRecordForm(table: string, fields: Record<string, string>): string {
        const sysId = (fields.sys_id ?? '').slice(0, 32)
        const action = (fields.sys_action ?? '').slice(0, 100)
        const from = instance.messages.length
        let redirect: string | null = null
        try {
            redirect = instance.clickUiAction(action, table, sysId, harness.user).redirect
        } catch (error) {
            if (!(error instanceof AccessDenied)) throw error
            flash.push({ kind: 'error', message: `${escapeHtml(action)} is not available to you on this record, so nothing was done.` })
        }
        instance.drain()
        keepMessagesSince(from)
        return `/${redirect ?? `${table}.do?sys_id=${encodeURIComponent(sysId)}`}`
    }

    /** GlideModal.render()'s RenderInfo call. */
    function renderInfo(params: Record<string, string>): { status: number; type: string; body: string } {
        const { name, preferences } = parseDescribingText(params.sysparm_value ?? '')
        const dialog = params.sysparm_name ?? name
        // The dialog's preferences reach the Jelly as ${sysparm_*} (the page reads ${HTML:sysparm_incident}).
        // Assumed: "UI pages" (ServiceNow docs) documents this for URL parameters; that GlideModal's
        // preferences arrive the same way is the common usage, not documented.
        const rendered = renderPage(dialog, preferences)
        const xml = renderInfoAnswer(rendered.html, rendered.clientScript)
        // The platform's Jelly would refuse a page that is not XML (Jelly is XML, "Extensions to Jelly
        // syntax"); the harness says so instead of sending it.
        const valid = XMLValidator.validate(xml)
        if (valid !== true) throw new Error(`UI page ${dialog} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`)
        return { status: 200, type: 'text/xml', body: xml }
    }

    /**
     * A GlideAjax call to a script include: GlideAjax's XML answer, the method's answer in the root's
     * answer attribute. A refused call (not client callable, the execute ACL) is HTTP 403 and a
     * script error HTTP 500. Assumed: the platform's status for these is not documented; sdk-notes
     * counts a refused ACL among the answers that are not HTTP 200, which GlideAjax hands only to
     * the error callback.
     */
    function ajax(params: Record<string, string>): { entry: AjaxLogEntry; status: number; type: string; body: string } {
        const { sysparm_processor: processor = '', sysparm_name: method = '', sysparm_scope: scope = '', ...rest } = params
        const entry: AjaxLogEntry = { user: harness.user, processor, method, scope, params: rest, status: 200, answer: null, denied: null, error: null, fault: null }
        try {
            // In the scope the browser sent (the GlideAjax shim sends global, as the platform does from a UI page).
            const answer = instance.ajax({ as: harness.user, processor, method, params: rest, scope: scope || 'global' })
            entry.answer = answer === null || answer === undefined ? null : String(answer)
        } catch (error) {
            if (error instanceof AccessDenied) entry.denied = error.message
            else entry.error = error instanceof Error ? error.stack ?? error.message : String(error)
        }
        instance.drain()
        harness.ajaxLog.push(entry)
        if (entry.denied !== null) {
            entry.status = 403
            return { entry, status: 403, type: 'text/html', body: '<html><body><p>Forbidden</p></body></html>' }
        }
        if (entry.error !== null) {
            entry.status = 500
            return { entry, status: 500, type: 'text/html', body: '<html><body><p>Internal server error</p></body></html>' }
        }
        const answer = entry.answer === null ? '' : ` answer="${escapeXml(entry.answer)}"`
        const body = `<?xml version="1.0" encoding="UTF-8"?><xml sysparm_processor="${escapeXml(processor)}" sysparm_name="${escapeXml(method)}"${answer}/>`
        return { entry, status: 200, type: 'text/xml', body }
    }

    function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<boolean> {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1')
        const query = Object.fromEntries(url.searchParams.entries())
        const send = (status: number, type: string, body: string) => {
            response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' })
            response.end(body)
        }
        const serve = async (): Promise<boolean | void> => {
            if (url.pathname === '/shims.js') return send(200, 'text/javascript', SHIMS)
            if (url.pathname === '/blank.do') return send(200, 'text/html', page('Blank', ''))
            if (url.pathname === '/incident.do') {
                const form = incidentForm(query.sys_id ?? '')
                return send(form.status, 'text/html', form.html)
            }
            const formTable = url.pathname.slice(1, -3)
            if (url.pathname.endsWith('.do') && formTable in RECORD_FORM_FIELDS) {
                if (request.method === 'POST') {
                    const fields = Object.fromEntries(new URLSearchParams(await readBody(request)).entries())
                    response.writeHead(303, { Location: submitRecordForm(formTable, fields), 'Cache-Control': 'no-store' })
                    return void response.end()
                }
                const form = recordForm(formTable, query.sys_id ?? '')
                return send(form.status, 'text/html', form.html)
            }
            if (url.pathname.endsWith('.do') && url.pathname.startsWith('/x_')) {
                const rendered = renderPage(url.pathname.slice(1, -3), query)
                return send(rendered.status, 'text/html', page('OpCon Job', `${rendered.html}<script>${rendered.clientScript}</script>`, 'frame'))
            }
            if (url.pathname === '/xmlhttp.do' && request.method === 'POST') {
                const params = Object.fromEntries(new URLSearchParams(await readBody(request)).entries())
                if (harness.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, harness.latencyMs))
                if (params.sysparm_processor === 'RenderInfo') {
                    const answer = renderInfo(params)
                    return send(answer.status, answer.type, answer.body)
                }
                const fault = harness.ajaxFault
                if (fault && (fault.method === undefined || fault.method === params.sysparm_name)) {
                    const { sysparm_processor: processor = '', sysparm_name: method = '', sysparm_scope: scope = '', ...rest } = params
                    const status = 'hang' in fault ? 0 : fault.status
                    harness.ajaxLog.push({ user: harness.user, processor, method, scope, params: rest, status, answer: null, denied: null, error: null, fault: 'hang' in fault ? 'hang' : `HTTP ${fault.status}` })
                    // No answer at all: the request stays open until the harness closes.
                    if ('hang' in fault) return void hung.push(response)
                    return send(fault.status, fault.contentType ?? 'text/html', fault.body ?? '')
                }
                const answer = ajax(params)
                return send(answer.status, answer.type, answer.body)
            }
            return false
        }
        return serve().then((served) => served !== false, (error: unknown) => {
            const text = error instanceof Error ? error.stack ?? error.message : String(error)
            harness.errors.push(`${request.method} ${url.pathname}: ${text}`)
            send(500, 'text/plain', text)
            return true
        })
    }
    return { harness, handle }
}

export async function startHarness(instance: Instance, options: { user: string; pages?: FixturePage[] }): Promise<Harness> {
    const { harness, handle } = createHarnessRoutes(instance, options)
    const server = http.createServer((request, response) => {
        void handle(request, response).then((served) => {
            if (!served) {
                response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
                response.end('not found')
            }
        })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    harness.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const closeHung = harness.close
    harness.close = async () => {
        await closeHung()
        server.closeAllConnections()
        await new Promise<void>((resolve) => server.close(() => resolve()))
    }
    return harness
}
