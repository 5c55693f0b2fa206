// A small web server that plays the instance's UI for a real browser:
//  - /incident.do?sys_id=...   a UI16-style incident form with the form buttons
//                              the bench says the user sees (the built UI
//                              actions' own client scripts run on click);
//  - /ui_page.do?sysparm_name= what GlideModal fetches: the built UI page's HTML
//                              (its Jelly rendered) and client script;
//  - /x_opcon_job_dialog.do    the page on its own, as the workspace's g_modal
//                              frame loads it;
//  - /xmlhttp.do               GlideAjax: runs the REAL script include through
//                              instance.ajax() as the session user, then
//                              instance.drain() (the instance's async worker).
// Page and AJAX access go through the package's ACLs, as on the platform.
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { AccessDenied, type Instance } from '../bench/instance'
import type { PackageRecord } from '../bench/records'
import { escapeHtml, renderJelly } from './jelly'

export interface AjaxLogEntry {
    user: string
    processor: string
    method: string
    params: Record<string, string>
    /** What the browser got: the method's answer, or null when access was denied. */
    answer: string | null
    denied: string | null
    /** A script error in the processor (the platform would answer nothing). */
    error: string | null
}

export interface Harness {
    url: string
    /** The logged-in user of the browser session. */
    user: string
    /** Network latency added before each GlideAjax call is answered (0 by default), to see the loading state. */
    latencyMs: number
    ajaxLog: AjaxLogEntry[]
    close(): Promise<void>
}

const SHIMS = fs.readFileSync(path.join(__dirname, 'shims.js'), 'utf8')

/** Platform CSS the dialog sits in (UI16 modal chrome and form); the page brings its own styles. */
const UI16_CSS = `
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

function page(title: string, body: string, bodyClass = ''): string {
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
        `<style>${UI16_CSS}</style><script src="/shims.js"></script></head><body class="${bodyClass}">${body}</body></html>`
}

function uiPageRecord(instance: Instance, name: string): PackageRecord | undefined {
    // GlideModal names the page by its endpoint without ".do" (x_opcon_job_dialog).
    return instance.pkg.records.find((record) => record.table === 'sys_ui_page' && record.fields.endpoint === `${name}.do`)
}

function readBody(request: http.IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        request.on('data', (chunk: Buffer) => chunks.push(chunk))
        request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        request.on('error', reject)
    })
}

export async function startHarness(instance: Instance, options: { user: string }): Promise<Harness> {
    const harness: Harness = { url: '', user: options.user, latencyMs: 0, ajaxLog: [], close: async () => undefined }

    function renderPage(name: string, params: Record<string, string>): { status: number; html: string; clientScript: string } {
        const record = uiPageRecord(instance, name)
        if (!record) return { status: 404, html: `<p>No UI page ${escapeHtml(name)}.</p>`, clientScript: '' }
        if (!instance.canOpenUiPage(name, harness.user)) {
            // What the platform shows when the page's read ACL fails.
            return { status: 403, html: '<p class="security-message">Security constraints prevent access to requested page</p>', clientScript: '' }
        }
        return { status: 200, html: renderJelly(record.fields.html ?? '', params), clientScript: record.fields.client_script ?? '' }
    }

    function incidentForm(sysId: string): { status: number; html: string } {
        const incident = instance.get('incident', sysId)
        if (!incident) return { status: 404, html: page('Not found', '<p>No such incident.</p>') }
        const actions = instance.pkg.records.filter((record) => record.table === 'sys_ui_action' && record.fields.table === 'incident' && record.fields.form_button === 'true')
        const visible = actions.filter((action) => instance.uiActionVisible(action.fields.action_name, 'incident', sysId, harness.user))
        const buttons = visible.map((action) => `<button type="button" class="form_action_button" id="${escapeHtml(action.fields.action_name)}" ` +
            `onclick="${escapeHtml(action.fields.onclick)}">${escapeHtml(action.fields.name)}</button>`).join('')
        const scripts = visible.map((action) => `<script>${action.fields.script}</script>`).join('')
        const field = (label: string, value: string | undefined) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value ?? '')}</dd>`
        const body = `<div class="navbar">ServiceNow</div>` +
            `<div class="form-header"><h1>Incident ${escapeHtml(incident.number ?? '')}</h1><div class="form-buttons">${buttons}</div></div>` +
            `<div class="form-body"><dl>${field('Number', incident.number)}${field('Short description', incident.short_description)}` +
            `${field('State', incident.state)}${field('Correlation display', incident.correlation_display)}${field('Correlation ID', incident.correlation_id)}</dl></div>` +
            `<script>var g_form = { getUniqueValue: function () { return ${JSON.stringify(sysId)}; }, getTableName: function () { return 'incident'; } };</script>${scripts}`
        return { status: 200, html: page(`${incident.number} | Incident`, body) }
    }

    function ajax(params: Record<string, string>): AjaxLogEntry {
        const { sysparm_processor: processor = '', sysparm_name: method = '', ...rest } = params
        const entry: AjaxLogEntry = { user: harness.user, processor, method, params: rest, answer: null, denied: null, error: null }
        try {
            const answer = instance.ajax({ as: harness.user, processor, method, params: rest })
            entry.answer = answer === null || answer === undefined ? null : String(answer)
        } catch (error) {
            // The platform sends no answer when the execute ACL refuses (getXMLAnswer gets null).
            if (error instanceof AccessDenied) entry.denied = error.message
            else entry.error = error instanceof Error ? error.stack ?? error.message : String(error)
        }
        instance.drain()
        harness.ajaxLog.push(entry)
        return entry
    }

    const server = http.createServer((request, response) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1')
        const query = Object.fromEntries(url.searchParams.entries())
        const send = (status: number, type: string, body: string) => {
            response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' })
            response.end(body)
        }
        const handle = async () => {
            if (url.pathname === '/shims.js') return send(200, 'text/javascript', SHIMS)
            if (url.pathname === '/incident.do') {
                const form = incidentForm(query.sys_id ?? '')
                return send(form.status, 'text/html', form.html)
            }
            if (url.pathname === '/ui_page.do') {
                const rendered = renderPage(query.sysparm_name ?? '', query)
                return send(rendered.status, 'application/json', JSON.stringify(rendered))
            }
            if (url.pathname.endsWith('.do') && url.pathname.startsWith('/x_')) {
                const rendered = renderPage(url.pathname.slice(1, -3), query)
                return send(rendered.status, 'text/html', page('OpCon Job', `${rendered.html}<script>${rendered.clientScript}</script>`, 'frame'))
            }
            if (url.pathname === '/xmlhttp.do' && request.method === 'POST') {
                const params = Object.fromEntries(new URLSearchParams(await readBody(request)).entries())
                if (harness.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, harness.latencyMs))
                const entry = ajax(params)
                return send(200, 'application/json', JSON.stringify({ answer: entry.answer }))
            }
            return send(404, 'text/plain', 'not found')
        }
        handle().catch((error: unknown) => {
            send(500, 'text/plain', error instanceof Error ? error.stack ?? error.message : String(error))
        })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    harness.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    harness.close = () => new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
    })
    return harness
}
