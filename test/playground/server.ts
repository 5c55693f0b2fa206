// The playground: the built app on the bench instance and two OpCon
// simulators (world.ts), shown in a browser through a small HTTP layer.
// Every click is one of: a form save (instance.insert/update as the user, the
// package's business rules run), a UI action (instance.clickUiAction, or a
// client UI action's own script), a GlideAjax call (test/browser/harness.ts,
// the real script include through instance.ajax), or a control call to a
// simulator (OpCon's side). The bench clock follows the wall clock, so the
// package's scheduled jobs (the collector, the retry job) run as they come due.
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { AccessDenied } from '../bench/instance'
import { createHarnessRoutes, formButtons, gFormScript, page, readBody } from '../browser/harness'
import type { RequestLogEntry, SimJob } from '../opcon-sim/client'
import { renderJelly } from '../browser/jelly'
import { activityStream, choices, display, esc, formSections, label, listTable, shownValue, type FieldChange, type Row } from './views'
import { ROLES, startWorld, USER, type World } from './world'

export interface Playground {
    url: string
    world: World
    /** Requests the playground could not serve (script errors included); tests expect none. */
    errors: string[]
    /** Moves the bench clock on, as the "Skip ahead" buttons do. */
    skip(ms: number): Promise<void>
    stop(): Promise<void>
}

export interface PlaygroundOptions {
    /** 0 picks a free port. */
    port?: number
    /** How often the bench clock catches up with the wall clock (default 1000 ms). */
    tickMs?: number
    /** Where to say that a request could not be served, besides `errors` (npm start: stderr). */
    log?: (line: string) => void
}

/** The port was taken: what to tell the person. */
export class PortInUse extends Error {
    constructor(readonly port: number) {
        super(`port ${port} is in use: set PORT to a free port, e.g. PORT=${port + 1} npm start`)
    }
}

const CSS = fs.readFileSync(path.join(__dirname, 'playground.css'), 'utf8')
const SCRIPT = fs.readFileSync(path.join(__dirname, 'playground.js'), 'utf8')
const FAULT_MS = 60_000

/** The tables whose forms an admin edits here; others show read-only (the app writes them). */
const EDITABLE = new Set(['x_opcon_server', 'x_opcon_template'])
/** The list columns for the tables the playground lists (the platform's list layout, sys_ui_list, is per table). */
const LIST_FIELDS: Record<string, string[]> = {
    incident: ['number', 'sys_created_on', 'short_description', 'state', 'priority', 'sys_updated_on'],
    x_opcon_server: ['name', 'address', 'base_url', 'active', 'collect_failures'],
    x_opcon_failure: ['job_name', 'sys_created_on', 'schedule_name', 'server', 'termination', 'state', 'outcome', 'incident'],
    x_opcon_template: ['name', 'order', 'active', 'server', 'schedule_pattern', 'job_pattern'],
    x_opcon_action: ['sys_created_on', 'incident', 'job_name', 'action', 'source', 'state', 'message'],
    x_opcon_binding: ['sys_created_on', 'incident', 'job_name', 'address', 'how', 'active'],
}
const INCIDENT_ACTION_FIELDS = ['sys_created_on', 'action', 'state', 'sent_on', 'completed_on', 'attempts', 'message']

/** A form post's fields (application/x-www-form-urlencoded). */
async function readForm(request: http.IncomingMessage): Promise<Record<string, string>> {
    return Object.fromEntries(new URLSearchParams(await readBody(request)).entries())
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
    const server = http.createServer()
    const port = options.port ?? 0
    // Listen first: a taken port is said at once, before anything is started.
    await new Promise<void>((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUse(port) : error))
        server.listen(port, '127.0.0.1', () => resolve())
    })
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    let world: World
    try {
        world = await startWorld()
    } catch (error) {
        server.close()
        throw error
    }
    const { instance, servers } = world
    const { harness, handle: harnessHandle } = createHarnessRoutes(instance, { user: USER })
    /** Session messages (gs.addInfoMessage...) waiting for the next page, as the platform shows them once. */
    let flash: Array<{ kind: string; message: string }> = []
    /**
     * The incident's audited field changes. The bench keeps no sys_audit, so the playground notes each
     * change of these fields as a row is written (the platform audits task tables, incident among them:
     * "Auditing", ServiceNow docs; these are the fields the activity stream shows by default on the
     * incident form, assumed). The newest 5,000 are kept.
     */
    const AUDITED = ['state', 'impact', 'urgency', 'priority', 'assignment_group', 'assigned_to', 'caller_id', 'category', 'short_description']
    const changes: FieldChange[] = []
    const put = instance.store.put.bind(instance.store)
    instance.store.put = (table: string, row: Row): void => {
        const before = table === 'incident' ? instance.store.get(table, row.sys_id) : undefined
        put(table, row)
        if (!before) return
        for (const field of AUDITED) {
            if ((before[field] ?? '') === (row[field] ?? '')) continue
            changes.push({ sysId: row.sys_id, field, oldValue: before[field] ?? '', newValue: row[field] ?? '', user: row.sys_updated_by ?? '', at: row.sys_updated_on ?? '' })
        }
        if (changes.length > 5000) changes.splice(0, changes.length - 5000)
    }
    /** When each server's 503 fault ends, by the bench clock. */
    const faultUntil = new Map<number, number>()

    // ---------- time ----------
    let lastWall = Date.now()
    /** Clock moves run one at a time (a tick, a skip), in the order asked. */
    let moving: Promise<void> = Promise.resolve()
    let tickPending = false
    function advance(ms: number): void {
        if (ms > 0) instance.advanceTime(ms)
        instance.drain()
        // The harness keeps every GlideAjax call; a long session needs only the recent ones.
        if (harness.ajaxLog.length > 200) harness.ajaxLog.splice(0, harness.ajaxLog.length - 200)
    }
    /** Moves the bench clock by `ms`, ending each simulated OpCon outage when the clock reaches its end, not after the whole move. */
    function moveClock(ms: number): Promise<void> {
        const run = moving.then(async () => {
            const end = instance.now() + ms
            for (;;) {
                const due = [...faultUntil.entries()].filter(([, until]) => until <= end).sort((a, b) => a[1] - b[1])[0]
                if (!due) break
                advance(due[1] - instance.now())
                faultUntil.delete(due[0])
                await servers[due[0]].sim.clearFaults()
            }
            advance(end - instance.now())
        })
        moving = run.catch((error: unknown) => {
            const text = `moving the clock failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`
            harness.errors.push(text)
            options.log?.(text)
        })
        return run
    }
    /**
     * The skips ahead, by wall time: the simulators stamp what they receive with the wall clock, and the
     * instance's clock is the wall clock plus every skip so far, so the OpCon panel shows OpCon's times on
     * the instance's clock (one clock on the page).
     */
    const skips: Array<{ wall: number; ms: number }> = []
    function skipAhead(ms: number): Promise<void> {
        skips.push({ wall: Date.now(), ms })
        return moveClock(ms)
    }
    /** A simulator's wall-clock time stamp on the instance's clock. */
    function onInstanceClock(stamp: string): string {
        const wall = Date.parse(stamp)
        if (Number.isNaN(wall)) return stamp
        const skipped = skips.filter((skip) => skip.wall <= wall).reduce((sum, skip) => sum + skip.ms, 0)
        return new Date(wall + skipped).toISOString().slice(11, 19)
    }

    const timer = setInterval(() => {
        if (tickPending) return
        tickPending = true
        const now = Date.now()
        const elapsed = now - lastWall
        lastWall = now
        void moveClock(elapsed).catch(() => undefined).finally(() => { tickPending = false })
    }, options.tickMs ?? 1000)

    // ---------- chrome ----------
    /**
     * Whether a menu or module is shown to the session's user: its Roles field lists the roles that
     * see it, any one of them will do, none means everyone, and admin sees all ("Create an
     * application menu", "Create a module", ServiceNow docs: "Roles: the roles required to see it").
     */
    function shownTo(roles: string | undefined, session: Set<string>): boolean {
        const needed = (roles ?? '').split(',').map((role) => role.trim()).filter(Boolean)
        return needed.length === 0 || session.has('admin') || needed.some((role) => session.has(role))
    }

    function navigator(): string {
        const session = instance.userSession(harness.user).roles
        const menus = instance.store.rows('sys_app_application').filter((a) => a.active !== 'false' && shownTo(a.roles, session)).map((a) => a.sys_id)
        const modules = instance.store.rows('sys_app_module')
            .filter((m) => m.active !== 'false' && m.active !== '0' && menus.includes(m.application) && shownTo(m.roles, session))
            .sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0))
        const href = (m: Row): string => m.link_type === 'DIRECT' ? `/${m.query}`
            : m.link_type === 'NEW' ? `/${m.name}.do?sys_id=-1` : `/${m.name}_list.do${m.filter ? `?sysparm_query=${encodeURIComponent(m.filter)}` : ''}`
        // The platform's own Incident menu is for itil (assumed from the base system's Incident application roles; not the package's).
        const incidents = shownTo('itil', session) ? `<div class="nav-app">Incident</div><a href="/incident_list.do">All incidents</a>` : ''
        const connector = modules.length > 0 ? `<div class="nav-app">OpCon Connector</div>${modules.map((m) => `<a href="${esc(href(m))}">${esc(m.title)}</a>`).join('')}` : ''
        const nothing = incidents === '' && connector === '' ? '<p class="nav-empty">No menu for this role.</p>' : ''
        return `<nav class="app-nav" aria-label="Application navigator">${incidents}${connector}${nothing}</nav>`
    }

    /** The banner's role switch: who the playground's session is, from ROLES (world.ts). */
    function roleSwitch(): string {
        const me = ROLES.find((r) => r.userName === harness.user)
        const options = ROLES.map((r) => `<option value="${esc(r.userName)}"${r.userName === harness.user ? ' selected' : ''}>${esc(`${r.name}: ${r.who}`)}</option>`).join('')
        return `<form method="post" action="/playground/role" class="inline role-switch"><label>Signed in as <select name="user" id="role_switch" onchange="this.form.submit()">${options}</select></label>` +
            `<noscript><button type="submit" class="banner-button">Switch</button></noscript></form>` +
            `<span class="banner-user" id="banner_user">${esc(me?.name ?? harness.user)}</span>`
    }

    function clock(): string {
        return `<span class="clock-time" title="The instance's clock">${esc(new Date(instance.now()).toISOString().replace('T', ' ').slice(0, 19))} UTC</span>`
    }

    function shell(title: string, main: string, extraScript = ''): string {
        // The platform shows a session message's text as HTML (the app escapes every value it puts in one:
        // messageText, src/server/log/journal-text.ts), so the playground inserts it as it is.
        const messages = flash.map((m) => `<div class="outputmsg outputmsg_${m.kind === 'error' ? 'error' : 'info'}" role="status">${m.message}</div>`).join('')
        flash = []
        const body = `<header class="banner"><span class="logo">servicenow</span><span class="banner-title">OpCon Connector playground</span>` +
            `<span class="banner-clock"><span data-refresh="/playground/clock">${clock()}</span>` +
            `<form method="post" action="/playground/skip" class="inline">` +
            `<button type="submit" name="minutes" value="1" class="banner-button">Skip ahead 1 minute</button>` +
            `<button type="submit" name="minutes" value="5" class="banner-button">Skip ahead 5 minutes</button></form></span>` +
            `${roleSwitch()}</header>` +
            `<div class="layout">${navigator()}<main class="main">${messages}${main}</main>` +
            `<aside class="opcon-panel" aria-label="OpCon" data-refresh="/playground/opcon">${'<p>Loading OpCon…</p>'}</aside></div>${extraScript}`
        return page(title, body, 'playground', `<style>${CSS}</style><script src="/playground.js"></script>`)
    }

    // ---------- incidents ----------
    /**
     * Whether the user's ACLs let them read the record. Lists leave out rows the user may not read, a
     * form refuses one, and a form save starts by reading it ("Access control list rules", ServiceNow
     * docs: the read operation decides whether a user can see a record at all).
     */
    function readable(table: string, sysId: string): boolean {
        if (!instance.get(table, sysId)) return false
        try {
            instance.readAsUser(table, sysId, harness.user)
            return true
        } catch (error) {
            if (error instanceof AccessDenied) return false
            throw error
        }
    }

    /** The rows of a query the user may read, as a list shows them. */
    function readableRows(table: string, query: string): Row[] {
        return instance.query(table, query).filter((row) => readable(table, row.sys_id))
    }

    function incidentRows(): string {
        const rows = readableRows('incident', 'ORDERBYDESCnumber')
        return listTable(instance, 'incident', rows, LIST_FIELDS.incident, { id: 'incident_list', empty: 'No incidents yet: the collector opens one for each failed job when it runs (every minute).' })
    }

    function incidentList(): string {
        return shell('Incidents', `<div class="list-header"><h1>Incidents</h1></div><div data-refresh="/playground/incidents">${incidentRows()}</div>`)
    }

    function incidentHeader(row: Row): string {
        return `<span class="record-state">State: <strong id="incident_state_now">${esc(display(instance, 'incident', 'state', row.state))}</strong></span>`
    }

    function incidentActions(sysId: string): string {
        const rows = readableRows('x_opcon_action', `incident=${sysId}^ORDERBYDESCsys_created_on`)
        return listTable(instance, 'x_opcon_action', rows, INCIDENT_ACTION_FIELDS, { id: 'opcon_actions', empty: 'No OpCon job actions for this incident.' })
    }

    function incidentAttachments(sysId: string): string {
        const files = instance.attachments('incident', sysId)
        if (files.length === 0) return '<p class="activity-empty">No attachments.</p>'
        return `<ul class="attachments">${files.map((f) => `<li><a href="/sys_attachment.do?sys_id=${esc(f.sys_id)}">${esc(f.file_name)}</a> (${esc(f.size_bytes)} bytes)</li>`).join('')}</ul>`
    }

    function incidentForm(sysId: string): { status: number; html: string } {
        const row = instance.get('incident', sysId)
        if (!row) return { status: 404, html: shell('Not found', '<p>No such incident.</p>') }
        if (!readable('incident', sysId)) return { status: 403, html: shell('Refused', '<p role="alert">Security constraints prevent you from reading this Incident record.</p>') }
        const { buttons, scripts } = formButtons(instance, 'incident', sysId, harness.user)
        const field = (name: string, control?: string): string =>
            `<label for="${esc(`incident.${name}`)}">${esc(label(instance, 'incident', name))}</label><div>${control ?? `<span class="form-readonly" id="${esc(`incident.${name}`)}">${shownValue(instance, 'incident', name, row[name])}</span>`}</div>`
        const stateOptions = choices(instance, 'incident', 'state').map((c) => `<option value="${esc(c.value)}"${c.value === row.state ? ' selected' : ''}>${esc(c.label)}</option>`).join('')
        const main = `<form method="post" action="/incident.do" id="incident.form">` +
            `<input type="hidden" name="sys_id" value="${esc(sysId)}"><input type="hidden" name="state_loaded" value="${esc(row.state)}">` +
            `<div class="form-header"><h1><a href="/incident_list.do" class="back" aria-label="Back to the list">&lt;</a> Incident ${esc(row.number)}</h1>` +
            `<span data-refresh="/playground/incident-header?sys_id=${esc(sysId)}">${incidentHeader(row)}</span>` +
            `<div class="form-buttons">${buttons}<button type="submit" class="form_action_button primary" name="sys_action" value="sysverb_update_and_stay" id="sysverb_update_and_stay">Save</button></div></div>` +
            `<div class="form-body"><div class="form-grid">` +
            field('number') + field('sys_created_on') +
            field('state', `<select id="incident.state" name="state">${stateOptions}</select>`) +
            field('impact') + field('urgency') + field('priority') + field('cmdb_ci') + field('assignment_group') +
            field('correlation_display') + field('correlation_id') +
            `</div><div class="form-wide">` + field('short_description') +
            `<label for="incident.description">${esc(label(instance, 'incident', 'description'))}</label><div><pre class="form-readonly" id="incident.description">${esc(row.description)}</pre></div>` +
            `<label for="incident.work_notes">Work notes</label><div><textarea id="incident.work_notes" name="work_notes" rows="3"></textarea></div></div></div></form>` +
            `<section class="form-section"><h2>Activity</h2><div data-refresh="/playground/activity?sys_id=${esc(sysId)}">${activityStream(instance, 'incident', sysId, changes)}</div></section>` +
            `<section class="related-list"><h2>OpCon Actions</h2><div data-refresh="/playground/actions?sys_id=${esc(sysId)}">${incidentActions(sysId)}</div></section>` +
            `<section class="related-list"><h2>Attachments</h2><div data-refresh="/playground/attachments?sys_id=${esc(sysId)}">${incidentAttachments(sysId)}</div></section>`
        return { status: 200, html: shell(`${row.number} | Incident`, main, `${gFormScript('incident', sysId)}${scripts}`) }
    }

    /**
     * The incident form's save ("Save" keeps the form open): the state, if the person changed it, and
     * any work note. Only a state the person changed is written: the collector may have reopened the
     * incident since the form loaded. Async work is left to the clock, so the action shows Queued first.
     */
    function saveIncident(sysId: string, fields: Record<string, string>): void {
        const row = instance.get('incident', sysId)
        if (!row) return
        const values: Record<string, unknown> = {}
        if (fields.state !== undefined && fields.state !== fields.state_loaded && fields.state !== row.state) values.state = fields.state
        if ((fields.work_notes ?? '').trim() !== '') values.work_notes = fields.work_notes
        if (Object.keys(values).length > 0) instance.update('incident', sysId, values, { as: harness.user, form: true })
    }

    // ---------- generic lists and forms (the admin pages) ----------
    /** A list's columns: the package's list layout (sys_ui_list), else the playground's own for tables it does not ship one for. */
    const columnsOf = (table: string): string[] | undefined => instance.listColumns(table) ?? LIST_FIELDS[table]

    /**
     * The query a list runs: the person's search (any of the list's text columns contains it), then the
     * filter from the URL (a module's, or the one typed), then the order the platform opens the list in
     * (layouts.ts listOrder) when the filter names none.
     */
    function listQuery(table: string, filter: string, search: string): string {
        const columns = columnsOf(table) ?? []
        // A search term is one encoded-query value: ^ would end the term, so it is left out.
        const text = search.slice(0, 100).replace(/[\^\r\n]/g, ' ').trim()
        const searchable = columns.filter((field) => ['string', 'choice'].includes(instance.schema.column(table, field)?.type ?? ''))
        const searched = text && searchable.length > 0 ? searchable.map((field, i) => `${i === 0 ? '' : 'OR'}${field}LIKE${text}`).join('^') : ''
        const order = instance.listOrder(table, { query: filter, userName: harness.user })
        const orderBy = order.from === 'url' || order.field === '' ? '' : `ORDERBY${order.direction === 'DESC' ? 'DESC' : ''}${order.field}`
        return [searched, filter.slice(0, 1000), orderBy].filter(Boolean).join('^')
    }

    /**
     * A list's rows with their count. Rows the user may not read are left out, and the platform says how
     * many ("Number of rows removed from this list by Security constraints: N", ServiceNow docs,
     * "Access control list rules: security rules in lists").
     */
    function listBody(table: string, filter: string, search: string): string {
        const all = instance.query(table, listQuery(table, filter, search))
        const rows = all.filter((row) => readable(table, row.sys_id))
        const removed = all.length - rows.length
        return `<p class="list-count" id="list_count">${esc(rows.length)} record${rows.length === 1 ? '' : 's'}</p>` +
            (removed > 0 ? `<p class="list-removed" role="status">Number of rows removed from this list by Security constraints: ${esc(removed)}</p>` : '') +
            listTable(instance, table, rows, columnsOf(table)!)
    }

    function list(table: string, filter: string, search: string): string {
        if (!columnsOf(table)) return shell('Not found', `<p>The playground has no list of ${esc(table)}.</p>`)
        const title = instance.schema.table(table).label
        const newButton = EDITABLE.has(table) ? `<a class="form_action_button" href="${esc(`/${table}.do?sys_id=-1`)}">New</a>` : ''
        const tools = `<form method="get" action="${esc(`/${table}_list.do`)}" class="list-tools">` +
            `<label>Filter <input type="text" name="sysparm_query" id="list_filter" value="${esc(filter)}" placeholder="encoded query, e.g. state=queued" size="40"></label> ` +
            `<label>Search <input type="search" name="sysparm_search" id="list_search" value="${esc(search)}" maxlength="100"></label> ` +
            `<button type="submit" class="form_action_button">Go</button></form>`
        const fragment = `/playground/list?table=${encodeURIComponent(table)}&sysparm_query=${encodeURIComponent(filter)}&sysparm_search=${encodeURIComponent(search)}`
        return shell(title, `<div class="list-header"><h1>${esc(title)}</h1>${newButton}</div>${tools}` +
            `<div data-refresh="${esc(fragment)}">${listBody(table, filter, search)}</div>`)
    }

    /** The referenced table's records a reference picker offers: those the user may read, by display value, at most 200. */
    function picker(table: string): Array<{ value: string; label: string }> {
        const field = instance.schema.table(table).display ?? 'name'
        return instance.query(table, '').filter((row) => readable(table, row.sys_id)).slice(0, 200)
            .map((row) => ({ value: row.sys_id, label: row[field] || row.sys_id }))
            .sort((a, b) => a.label.localeCompare(b.label))
    }

    /** The related lists the package ships below a form (sys_ui_related_list), each with its related-list columns. */
    function relatedListsOf(table: string, sysId: string): string {
        return (instance.relatedLists(table) ?? []).map((entry) => {
            const [child, field] = entry.split('.')
            if (!field || !instance.schema.column(child, field)) return ''
            const columns = instance.listColumns(child, { parent: table }) ?? columnsOf(child)
            if (!columns) return ''
            const order = instance.listOrder(child, { userName: harness.user })
            const rows = readableRows(child, `${field}=${sysId}${order.field ? `^ORDERBY${order.direction === 'DESC' ? 'DESC' : ''}${order.field}` : ''}`)
            return `<section class="related-list" data-related="${esc(entry)}"><h2>${esc(instance.schema.table(child).label)} <small>(${esc(rows.length)})</small></h2>` +
                `${listTable(instance, child, rows, columns)}</section>`
        }).join('')
    }

    function form(table: string, sysId: string): { status: number; html: string } {
        const isNew = sysId === '-1'
        const row = isNew ? {} : instance.get(table, sysId)
        if (!row || !columnsOf(table)) return { status: 404, html: shell('Not found', `<p>No such ${esc(table)} record.</p>`) }
        // The refusal's wording is assumed (the platform's own page is not documented).
        if (!isNew && !readable(table, sysId)) return { status: 403, html: shell('Refused', `<p role="alert">Security constraints prevent you from reading this ${esc(instance.schema.table(table).label)} record.</p>`) }
        const editable = EDITABLE.has(table)
        const { buttons, scripts } = isNew ? { buttons: '', scripts: '' } : formButtons(instance, table, sysId, harness.user)
        const title = instance.schema.table(table).label
        const displayField = instance.schema.table(table).display ?? 'name'
        const save = editable ? `<button type="submit" class="form_action_button primary" name="sys_action" value="sysverb_update_and_stay" id="sysverb_update_and_stay">${isNew ? 'Submit' : 'Save'}</button>` : ''
        const shownValues = Object.fromEntries(instance.schema.columns(table).filter((c) => c.type !== 'password2').map((c) => [c.name, (row as Row)[c.name] ?? '']))
        const main = `<form method="post" action="${esc(`/${table}.do`)}" id="${esc(`${table}.form`)}"><input type="hidden" name="sys_id" value="${esc(sysId)}">` +
            (isNew ? '' : `<input type="hidden" name="sys_loaded" value="${esc(JSON.stringify(shownValues))}">`) +
            `<div class="form-header"><h1><a href="${esc(`/${table}_list.do`)}" class="back" aria-label="Back to the list">&lt;</a> ${esc(title)} ${esc(isNew ? 'New record' : display(instance, table, displayField, (row as Row)[displayField]) || '')}</h1>` +
            `<div class="form-buttons">${buttons}${save}</div></div>` +
            `<div class="form-body">${formSections(instance, table, row as Row, editable, picker)}</div></form>` +
            (isNew ? '' : relatedListsOf(table, sysId))
        // A client UI action's button (the template's Preview) runs its own script, which reads g_form.
        return { status: 200, html: shell(`${title}`, main, isNew ? '' : `${gFormScript(table, sysId)}${scripts}`) }
    }

    /**
     * The Overview module: the package's UI page x_opcon_overview.do, its Jelly rendered and its client
     * script run in the page as the harness serves it (test/browser/overview.test.ts), inside the
     * playground's frame; its figures come from the real OpConOverviewAjax. A user the page's ACL
     * refuses gets the platform's words (ServiceNow KB0813250) and no figures.
     */
    function overview(query: Record<string, string>): { status: number; html: string } {
        const record = instance.pkg.records.find((r) => r.table === 'sys_ui_page' && r.fields.endpoint === 'x_opcon_overview.do')
        if (!record) return { status: 404, html: shell('Not found', '<p>The package has no Overview page.</p>') }
        if (!instance.canOpenUiPage('x_opcon_overview', harness.user)) {
            return { status: 403, html: shell('Overview', '<p class="security-message" role="alert">Security constraints prevent access to requested page</p>') }
        }
        return { status: 200, html: shell('Overview', renderJelly(record.fields.html ?? '', query), `<script>${record.fields.client_script ?? ''}</script>`) }
    }

    /** The session messages (gs.addInfoMessage...) the user got since `from`, for the next page. */
    function showMessagesSince(from: number): void {
        flash.push(...instance.messages.slice(from).filter((m) => m.user === harness.user).map((m) => ({ kind: m.kind, message: m.message })))
    }

    /**
     * A server UI action a form button submitted (harness.ts formButtons), run as the user through
     * instance.clickUiAction; one the user may not run (its roles or condition) is refused in words.
     */
    function runUiAction(table: string, sysId: string, action: string): void {
        try {
            instance.clickUiAction(action, table, sysId, harness.user)
        } catch (error) {
            if (!(error instanceof AccessDenied)) throw error
            flash.push({ kind: 'error', message: `${action} is not available to you on this record (its roles or condition), so nothing was done.` })
        }
        instance.drain()
    }

    /** A generic form's save of the changed fields; returns the record's sys_id (null when the insert was refused). */
    function saveRecord(table: string, sysId: string, fields: Record<string, string>): string | null {
        const isNew = sysId === '-1'
        const row = isNew ? {} as Row : instance.get(table, sysId) ?? {} as Row
        // What the form showed when it loaded: a field the person left as it was is not written, so a value
        // the app wrote since (the collector's run facts) is not put back to the old one.
        let loaded: Record<string, string> = {}
        try {
            loaded = isNew ? {} : JSON.parse((fields.sys_loaded ?? '{}').slice(0, 200_000)) as Record<string, string>
        } catch {
            loaded = {}
        }
        const values: Record<string, unknown> = {}
        for (const [name, value] of Object.entries(fields)) {
            const column = instance.schema.column(table, name)
            if (!column) continue
            if (!isNew && typeof loaded[name] === 'string') {
                const was = column.type === 'boolean' ? String(loaded[name] === '1' || loaded[name] === 'true') : loaded[name]
                if (value === was) continue
            }
            if (column.type === 'password2') {
                if (value !== '') values[name] = value
            } else if (column.type === 'boolean') {
                const now = row[name] === '1' || row[name] === 'true'
                if ((value === 'true') !== now || isNew) values[name] = value === 'true'
            } else if (value !== (row[name] ?? '')) values[name] = value
        }
        if (isNew) return instance.insert(table, values, { as: harness.user, form: true })
        if (Object.keys(values).length > 0) instance.update(table, sysId, values, { as: harness.user, form: true })
        return sysId
    }

    /**
     * A form's submit: a server UI action's button names it in sys_action, Save is sysverb_update_and_stay.
     * Saves go through the user's ACLs (form: true, GlideRecordSecure: "Using GlideRecordSecure", ServiceNow
     * docs), as the platform's form does; what the save or the package said is shown on the next page.
     */
    function submitForm(table: string, body: Record<string, string>): string {
        const { sys_id: sysId = '', sys_action: action = '', ...fields } = body
        const from = instance.messages.length
        let shown: string | null = sysId
        if (sysId !== '-1' && !readable(table, sysId)) {
            flash.push({ kind: 'error', message: `This ${instance.schema.table(table).label} record is gone or you may no longer read it, so nothing was done to it.` })
        } else if (action && !action.startsWith('sysverb_')) runUiAction(table, sysId, action)
        else if (table === 'incident') saveIncident(sysId, fields)
        else if (EDITABLE.has(table)) shown = saveRecord(table, sysId, fields)
        showMessagesSince(from)
        return `/${table}.do?sys_id=${encodeURIComponent(shown ?? '-1')}`
    }

    /**
     * The page the package's Properties module opens (its DIRECT link,
     * system_properties_ui.do?sysparm_category=x_opcon). Assumed, the platform's page not being
     * documented beyond "Create a system properties module": it lists the category's properties
     * (sys_properties_category_m2m) by order with their descriptions, and Save writes each changed
     * value to its sys_properties row as the user.
     */
    /** The category's properties (sys_properties_category_m2m), by order. */
    function categoryProperties(categoryName: string): { category: Row; properties: Row[] } | undefined {
        const category = instance.store.rows('sys_properties_category').find((c) => c.name === categoryName)
        if (!category) return undefined
        const properties = instance.store.rows('sys_properties_category_m2m').filter((m) => m.category === category.sys_id)
            .sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0))
            .map((link) => instance.store.get('sys_properties', link.property)).filter((p): p is Row => Boolean(p))
        return { category, properties }
    }

    function propertiesPage(categoryName: string): string {
        const found = categoryProperties(categoryName)
        if (!found) return shell('Not found', `<p>No property category ${esc(categoryName)}.</p>`)
        const { category, properties } = found
        const fields = properties.map((p) => {
            const id = `property.${p.name}`
            const options = p.type === 'boolean' ? ['true', 'false'] : p.type === 'choicelist' ? (p.choices ?? '').split(',').map((c) => c.trim()).filter(Boolean) : []
            const control = options.length > 0
                ? `<select id="${esc(id)}" name="${esc(p.sys_id)}">${options.map((o) => `<option${o === p.value ? ' selected' : ''}>${esc(o)}</option>`).join('')}</select>`
                : `<input type="text" id="${esc(id)}" name="${esc(p.sys_id)}" value="${esc(p.value)}">`
            return `<div class="property"><label for="${esc(id)}">${esc(p.description)}</label><div class="property-name">${esc(p.name)}</div>${control}</div>`
        }).join('')
        return shell(category.title ?? 'Properties', `<form method="post" action="/system_properties_ui.do"><input type="hidden" name="sysparm_category" value="${esc(categoryName)}">` +
            `<div class="form-header"><h1>${esc(category.title)}</h1><div class="form-buttons"><button type="submit" class="form_action_button primary" id="save_properties">Save</button></div></div>` +
            `<div class="form-body properties">${fields}</div></form>`)
    }

    /** Save writes only the properties the page shows, each through the user's ACLs (form: true). */
    function saveProperties(body: Record<string, string>): string {
        const { sysparm_category: categoryName = 'x_opcon', ...values } = body
        const from = instance.messages.length
        let changed = 0
        for (const property of categoryProperties(categoryName)?.properties ?? []) {
            const value = values[property.sys_id]
            if (value === undefined || value === property.value) continue
            if (instance.update('sys_properties', property.sys_id, { value }, { as: harness.user, form: true })) changed += 1
        }
        showMessagesSince(from)
        flash.push({ kind: 'info', message: changed === 0 ? 'No property changed.' : `Saved ${changed} propert${changed === 1 ? 'y' : 'ies'}.` })
        return `/system_properties_ui.do?sysparm_category=${encodeURIComponent(categoryName)}`
    }

    // ---------- the OpCon panel (the simulators' side) ----------
    async function opconPanel(): Promise<string> {
        const parts = await Promise.all(servers.map(async (s, index) => {
            const [jobs, faults] = await Promise.all([s.sim.jobs(), s.sim.faults()])
            const until = faultUntil.get(index)
            const faulted = faults.length > 0 && until !== undefined
            const jobRows = jobs.sort((a, b) => a.id.localeCompare(b.id)).map((job) => opconJobRow(index, job)).join('')
            const fault = faulted
                ? `<p class="fault-on">Answering 503 until ${esc(new Date(until).toISOString().slice(11, 19))} (instance clock). <button type="submit" formaction="/playground/opcon/heal" name="server" value="${esc(index)}">Answer normally</button></p>`
                : `<button type="submit" formaction="/playground/opcon/fault" name="server" value="${esc(index)}">Make OpCon answer 503 for a minute</button>`
            return `<section class="opcon-server" data-server="${esc(s.name)}"><h3>${esc(s.name)} <small>${esc(s.sim.address)}</small></h3>` +
                `<form method="post">${fault}</form>` +
                `<table class="opcon-jobs"><thead><tr><th>Job</th><th>Status</th><th>Runs</th><th></th></tr></thead><tbody>${jobRows}</tbody></table></section>`
        }))
        const requests = (await Promise.all(servers.map(async (s) => (await s.sim.requests()).slice(-10).map((r) => ({ server: s.name, r })))))
            .flat().sort((a, b) => a.r.at.localeCompare(b.r.at)).slice(-10).reverse()
        return `<h2 class="opcon-title">OpCon <small>(the simulators)</small></h2>${parts.join('')}` +
            `<section class="opcon-requests"><h3>Last requests OpCon received <small>(times on the instance clock)</small></h3><ol>${requests.map(({ server, r }) => opconRequest(server, r)).join('')}</ol></section>`
    }

    function opconJobRow(index: number, job: SimJob): string {
        const category = job.status.replace(/[^A-Za-z]+/g, '-').toLowerCase()
        // OpCon's termination code and text are OpCon's values: the whole attribute value is escaped.
        const term = job.termination ? ` title="${esc(`Termination ${String(job.termination)}${job.terminationDescription ? `: ${job.terminationDescription}` : ''}`)}"` : ''
        return `<tr data-job="${esc(job.jobName)}"><td><strong>${esc(job.jobName)}</strong><br><small>${esc(job.scheduleName)} ${esc(job.scheduleDate)}</small></td>` +
            `<td><span class="job-status status-${esc(category)}"${term}>${esc(job.status)}</span>${job.incidentTicketId ? `<br><small>ticket ${esc(job.incidentTicketId)}</small>` : ''}</td>` +
            `<td>${esc(job.runs.length)}</td>` +
            `<td><form method="post" action="/playground/opcon/fail"><input type="hidden" name="server" value="${esc(index)}"><input type="hidden" name="job" value="${esc(job.id)}">` +
            `<button type="submit" aria-label="Fail this job: ${esc(job.jobName)}">Fail this job</button></form></td></tr>`
    }

    function opconRequest(server: string, r: RequestLogEntry): string {
        let shown = r.path
        try {
            shown = decodeURIComponent(r.path)
        } catch {
            // A path that is not valid percent-encoding is shown raw.
        }
        return `<li><span class="req-status ${esc(`s${Math.floor((r.responseStatus ?? 0) / 100)}`)}">${esc(r.responseStatus ?? 'reset')}</span> ${esc(r.method)} ${esc(shown)}${r.query ? `<small>?${esc(r.query)}</small>` : ''}` +
            ` <small>${esc(server)}, ${esc(onInstanceClock(r.at))}${r.fault ? `, fault ${esc(r.fault)}` : ''}</small></li>`
    }

    // ---------- routing ----------
    const redirect = (response: http.ServerResponse, to: string): void => {
        response.writeHead(303, { Location: to, 'Cache-Control': 'no-store' })
        response.end()
    }
    const send = (response: http.ServerResponse, status: number, type: string, body: string): void => {
        response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' })
        response.end(body)
    }
    /** Where a POST goes back to: the page it came from when that is this playground's, else the fallback (a malformed Referer included). */
    const back = (request: http.IncomingMessage, fallback: string): string => {
        const referer = request.headers.referer
        if (!referer || referer.length > 2000) return fallback
        let parsed: URL
        try {
            parsed = new URL(referer)
        } catch {
            return fallback
        }
        return parsed.protocol === 'http:' && parsed.host === request.headers.host ? `${parsed.pathname}${parsed.search}` : fallback
    }

    /**
     * Whom the playground answers. DNS rebinding: a page of another site can point its own host name at
     * 127.0.0.1 and then read this server's pages as "same origin"; its requests still carry that host name
     * in Host (RFC 9110, 7.2: Host names the target), so only 127.0.0.1:PORT and localhost:PORT are served
     * (421 Misdirected Request, RFC 9110 15.5.20, otherwise). A change (any POST) must come from one of
     * these pages: a browser names the page's origin in Origin on every POST (Fetch standard, "append a
     * request `Origin` header": only GET and HEAD may go without it), so a POST whose Origin is missing or
     * is not the origin of the host it was sent to is refused. Referer is not used instead (it can be
     * left out by a page's referrer policy and proves nothing Origin does not).
     */
    const served = new URL(url).port
    const hosts = new Set([`127.0.0.1:${served}`, `localhost:${served}`])
    function refusal(request: http.IncomingMessage): { status: number; text: string } | null {
        const host = (request.headers.host ?? '').slice(0, 300).toLowerCase()
        if (!hosts.has(host)) {
            return { status: 421, text: `Refused: this playground answers only http://127.0.0.1:${served}/ and http://localhost:${served}/, not a request for host "${host}". Open ${url}/ instead.` }
        }
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            const origin = request.headers.origin
            if (origin === undefined) return { status: 403, text: `Refused: a change to the playground must come from its own pages (http://${host}), and this ${request.method} named no Origin. Nothing was changed.` }
            if (origin !== `http://${host}`) return { status: 403, text: `Refused: a change to the playground must come from its own pages (http://${host}), not from ${origin.slice(0, 300)}. Nothing was changed.` }
        }
        return null
    }

    async function route(request: http.IncomingMessage, response: http.ServerResponse): Promise<boolean> {
        const refused = refusal(request)
        if (refused) return (send(response, refused.status, 'text/plain', refused.text), true)
        const u = new URL(request.url ?? '/', url)
        const q = Object.fromEntries(u.searchParams.entries())
        const post = request.method === 'POST'
        const p = u.pathname
        if (p === '/' || p === '/navpage.do') return (redirect(response, '/incident_list.do'), true)
        if (p === '/playground.js') return (send(response, 200, 'text/javascript', SCRIPT), true)
        if (p === '/incident_list.do') return (send(response, 200, 'text/html', incidentList()), true)
        if (p === '/incident.do' && !post) {
            const shown = incidentForm(q.sys_id ?? '')
            return (send(response, shown.status, 'text/html', shown.html), true)
        }
        if (p === '/incident.do' && post) return (redirect(response, submitForm('incident', await readForm(request))), true)
        if (p === '/system_properties_ui.do' && !post) return (send(response, 200, 'text/html', propertiesPage(q.sysparm_category ?? 'x_opcon')), true)
        if (p === '/system_properties_ui.do' && post) return (redirect(response, saveProperties(await readForm(request))), true)
        if (p === '/sys_attachment.do') {
            const file = instance.store.rows('sys_attachment').find((a) => a.sys_id === q.sys_id)
            const content = file ? instance.attachments(file.table_name, file.table_sys_id).find((a) => a.sys_id === file.sys_id)?.content : undefined
            return (send(response, content === undefined ? 404 : 200, 'text/plain', content ?? 'No such attachment.'), true)
        }
        const listMatch = /^\/(x_opcon_\w+)_list\.do$/.exec(p)
        if (listMatch) return (send(response, 200, 'text/html', list(listMatch[1], q.sysparm_query ?? '', q.sysparm_search ?? '')), true)
        if (p === '/x_opcon_overview.do') {
            const shown = overview(q)
            return (send(response, shown.status, 'text/html', shown.html), true)
        }
        if (p === '/playground/role' && post) {
            const body = await readForm(request)
            const chosen = ROLES.find((r) => r.userName === body.user)
            if (!chosen) return (send(response, 400, 'text/plain', 'The playground has no such person to sign in as.'), true)
            harness.user = chosen.userName
            flash.push({ kind: 'info', message: esc(`Signed in as ${chosen.name}, ${chosen.who} (roles: ${chosen.roles.join(', ')}).`) })
            return (redirect(response, back(request, '/incident_list.do')), true)
        }
        const formMatch = /^\/(x_opcon_(?:server|failure|template|action|binding))\.do$/.exec(p)
        if (formMatch && !post) {
            const shown = form(formMatch[1], q.sys_id ?? '')
            return (send(response, shown.status, 'text/html', shown.html), true)
        }
        if (formMatch && post) return (redirect(response, submitForm(formMatch[1], await readForm(request))), true)
        // Fragments the page re-reads while the clock runs (playground.js).
        if (p === '/playground/clock') return (send(response, 200, 'text/html', clock()), true)
        if (p === '/playground/incidents') return (send(response, 200, 'text/html', incidentRows()), true)
        if (p === '/playground/incident-header') {
            const row = instance.get('incident', q.sys_id ?? '')
            return (send(response, row ? 200 : 404, 'text/html', row ? incidentHeader(row) : ''), true)
        }
        if (p === '/playground/activity') return (send(response, 200, 'text/html', activityStream(instance, 'incident', q.sys_id ?? '', changes)), true)
        if (p === '/playground/actions') return (send(response, 200, 'text/html', incidentActions(q.sys_id ?? '')), true)
        if (p === '/playground/attachments') return (send(response, 200, 'text/html', incidentAttachments(q.sys_id ?? '')), true)
        if (p === '/playground/list' && /^x_opcon_\w+$/.test(q.table ?? '') && columnsOf(q.table)) return (send(response, 200, 'text/html', listBody(q.table, q.sysparm_query ?? '', q.sysparm_search ?? '')), true)
        if (p === '/playground/opcon') return (send(response, 200, 'text/html', await opconPanel()), true)
        if (p === '/playground/skip' && post) {
            const body = await readForm(request)
            const minutes = Number(body.minutes) === 5 ? 5 : 1
            await skipAhead(minutes * 60_000)
            return (redirect(response, back(request, '/incident_list.do')), true)
        }
        if (p.startsWith('/playground/opcon/') && post) {
            const body = await readForm(request)
            const target = servers[Number(body.server)]
            if (!target) return (send(response, 400, 'text/plain', 'No such OpCon server.'), true)
            const index = Number(body.server)
            if (p === '/playground/opcon/fail') {
                await target.sim.failJob(body.job, { termination: 3, terminationDescription: 'Exit Code 3: failed again (from the playground)' })
            } else if (p === '/playground/opcon/fault') {
                await target.sim.setFaults([{ kind: 'status', status: 503, path: '/api/' }])
                faultUntil.set(index, instance.now() + FAULT_MS)
            } else if (p === '/playground/opcon/heal') {
                await target.sim.clearFaults()
                faultUntil.delete(index)
            } else return false
            return (redirect(response, back(request, '/incident_list.do')), true)
        }
        return harnessHandle(request, response)
    }

    server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
        route(request, response).then((served) => {
            if (!served) send(response, 404, 'text/plain', 'not found')
        }, (error: unknown) => {
            const text = error instanceof Error ? error.stack ?? error.message : String(error)
            harness.errors.push(`${request.method} ${request.url}: ${text}`)
            options.log?.(`${request.method} ${request.url} failed: ${text}`)
            if (!response.headersSent) send(response, 500, 'text/plain', text)
        })
    })

    return {
        url,
        world,
        errors: harness.errors,
        skip: (ms) => skipAhead(ms),
        async stop() {
            clearInterval(timer)
            await moving
            await harness.close()
            server.closeAllConnections()
            await new Promise<void>((resolve) => server.close(() => resolve()))
            await world.stop()
        },
    }
}
