// The emulated instance: installs the built package and offers a small API so
// tests read like stories (who did what, then what OpCon and the incident show).
import { createHash } from 'node:crypto'
import * as path from 'node:path'
import { AccessControl, type AclRecord } from './acl'
import { createConnectionApi } from './connections'
import { createCmdbApi, seedCmdb } from './cmdb'
import { seedPlatformRules } from './platform-rules'
import { Engine, type EventRun, type ScheduledJobRun } from './engine'
import { createGlideClasses, type GlideClasses } from './glide-record'
import { createGlideDateTime, createGlideSystem } from './glide-system'
import { checkPackage, installRecords, InstallError, PLATFORM_ROLES } from './install'
import { loadPackage, type AppPackage, type PackageRecord } from './records'
import { createRestClasses, type HttpLogEntry } from './rest-message'
import type { LogEntry, Runtime, SessionUser, WriteContext } from './runtime'
import { Schema } from './schema'
import { formLayout, listColumns, listOrder, relatedLists, type FormSection, type ListOrder } from './layouts'
import { ScopePolicy, type TableOperation } from './scopes'
import { ScriptHost } from './scripting'
import { Store, type Row } from './store'
import { QueryLog, type QueryLogEntry } from './query-log'
import { createGlideAggregate } from './glide-aggregate'
import { nextTableCleanerRun, TableCleaner, type TableCleanerRun } from './table-cleaner'
import { attachmentsOf, createGlideSysAttachment, type StoredAttachment } from './attachments'
import { createGlideSchedule, createScheduleRows, type ScheduleSpec } from './schedule'
import { runAtfSuite, runAtfTest, type AtfSuiteResult, type AtfTestResult } from './atf'
import { runFlowAction, type FlowActionOptions, type FlowActionRun } from './flow-actions'
import { createFlowApi } from './flow-api'
import { SCRIPTED_REST_DEFAULT_ACL, serveRest, snWsErr, type RestCall, type RestResult } from './scripted-rest'

export const DEFAULT_APP_DIR = path.resolve(__dirname, '../../dist/app')

export interface InstanceOptions {
    /** The built package to install (default: this project's dist/app). */
    appDir?: string
    /** Certificates (PEM) outbound HTTPS trusts, e.g. the OpCon simulator's. */
    trustedCa?: string[]
    /** Start of the bench clock (ms since epoch); the clock only moves when told to. */
    startTime?: number
    /** Records of the package left out of the install, e.g. to prove a feature needs one. */
    exclude?: (record: PackageRecord) => boolean
    /**
     * How the package reached the instance. `now-sdk install` (the README's `npm run deploy`) runs the SDK's
     * post-install flow activation; any other way (an application repository, a zip, an update set) runs
     * no post-install task, so the Flow actions stay drafts. Default: not through now-sdk install.
     */
    installedWith?: 'now-sdk install' | 'application repository'
}

/** A one-way hash, as a "Password (1 Way Encrypted)" field keeps (the platform's algorithm is its own). */
function passwordHash(password: string): string {
    return `sha256:${createHash('sha256').update(password).digest('hex')}`
}

export interface UserSpec {
    userName: string
    name?: string
    roles?: string[]
    /** A password the user can sign in with (basic authentication); stored only as a hash. */
    password?: string
    /** The user's Time zone (an IANA name); none: the system's. */
    timeZone?: string
}

export interface ScriptError {
    source: string
    message: string
    stack: string
}

export interface AjaxCall {
    as: string
    /** Script include name, bare (`OpConJobAjax`) or with scope. */
    processor: string
    method: string
    params?: Record<string, string>
    /** The calling scope (GlideAjax's sysparm_scope; a UI page's script sends global). Default: the app's. */
    scope?: string
}

export class AccessDenied extends Error {}

/** The base incident states (ServiceNow docs, "Customize a Now Assist for IT Service Management (ITSM) skill" lists them). */
const INCIDENT_STATES: Array<[string, string]> = [['1', 'New'], ['2', 'In Progress'], ['3', 'On Hold'], ['6', 'Resolved'], ['7', 'Closed'], ['8', 'Canceled']]
/** The base task choices for impact, urgency and priority, as ServiceNow docs show them (e.g. "Work Order Management API": "5 - Planning"). */
const TASK_CHOICES: Array<[string, Array<[string, string]>]> = [
    ['impact', [['1', '1 - High'], ['2', '2 - Medium'], ['3', '3 - Low']]],
    ['urgency', [['1', '1 - High'], ['2', '2 - Medium'], ['3', '3 - Low']]],
    ['priority', [['1', '1 - Critical'], ['2', '2 - High'], ['3', '3 - Moderate'], ['4', '4 - Low'], ['5', '5 - Planning']]],
]
/**
 * Platform tables whose rows are configuration that update sets track (the
 * update_synch dictionary attribute: form and list layouts among them, "Update
 * sets" in ServiceNow's docs). A script writing them while it records customer
 * updates leaves a sys_update_xml row behind, which an admin's update set carries.
 */
const UPDATE_TRACKED_TABLES = new Set(['sys_ui_related_list', 'sys_ui_related_list_entry', 'sys_ui_section', 'sys_ui_element', 'sys_ui_list', 'sys_ui_list_element'])

export class Instance {
    readonly schema = new Schema()
    readonly store = new Store(this.schema)
    readonly logs: LogEntry[] = []
    readonly httpLog: HttpLogEntry[] = []
    readonly errors: ScriptError[] = []
    readonly messages: Array<{ kind: 'info' | 'error'; message: string; user: string }> = []
    readonly warnings: string[] = []
    /** What the installer printed (now-sdk install's post-install tasks). */
    readonly installLog: string[] = []
    readonly scope: string
    private clock: number
    private sessionUser!: SessionUser
    private readonly sources: string[] = []
    private readonly runtime: Runtime
    private readonly glide: GlideClasses
    private readonly host: ScriptHost
    private readonly engine: Engine
    private readonly acl: AccessControl<SessionUser>
    private readonly trustedCa: string[]
    private readonly appTables: Set<string>
    private readonly appId: string
    private readonly scopes: ScopePolicy
    /** Whether writes to update-tracked tables become customer updates now (an unloadable fix script runs). */
    private recordingUpdates = false
    /** The scopes of the scripts running now, innermost last (empty outside any script). */
    private readonly scopeStack: string[] = []
    /** Whether a logged-in user's request is running now (gs.isInteractive; glide-system.ts names the source). */
    private interactive = false
    private readonly queryLog = new QueryLog()
    private readonly tableCleaner: TableCleaner

    static load(options: InstanceOptions = {}): Instance {
        const pkg = loadPackage(options.appDir ?? DEFAULT_APP_DIR)
        const exclude = options.exclude
        return new Instance(exclude ? { ...pkg, records: pkg.records.filter((record) => !exclude(record)) } : pkg, options)
    }

    constructor(readonly pkg: AppPackage, options: InstanceOptions = {}) {
        const app = pkg.records.find((record) => record.table === 'sys_app')
        if (!app) throw new Error(`${pkg.dir} holds no sys_app record: is it a built Now SDK app?`)
        this.scope = app.fields.scope
        this.appId = app.sysId
        this.clock = options.startTime ?? Date.parse('2026-01-05T09:00:00Z')
        this.trustedCa = options.trustedCa ?? []
        for (const table of pkg.tables) this.schema.defineFromPackage(table)
        const problems = checkPackage(pkg, this.scope, this.schema)
        if (problems.length > 0) throw new InstallError(problems)
        installRecords(pkg, this.schema, this.store)
        this.appTables = new Set(pkg.tables.map((table) => table.name))
        this.scopes = new ScopePolicy({ store: this.store, appScope: this.scope, appId: this.appId, appTables: () => this.appTables })
        this.seedPlatform()
        this.replaceChoiceLists()
        this.sessionUser = this.userSession('admin')
        this.runtime = this.createRuntime()
        this.glide = createGlideClasses(this.runtime)
        this.acl = new AccessControl(() => this.aclRecords(), this.schema, () => this.appTables, (acl, row, table, subject) => this.runAclScript(acl, row, table, subject))
        this.tableCleaner = new TableCleaner({ schema: this.schema, store: this.store, now: () => this.clock })
        this.engine = new Engine({
            schema: this.schema,
            store: this.store,
            glide: () => this.glide,
            host: () => this.host,
            session: () => this.sessionUser,
            // Async rules and script actions: background processing, not the user's request (assumed).
            runAs: (user, run) => this.runAsSession(user, run, false),
            jobSession: (job) => this.jobSession(job),
            withSource: (source, run) => this.withSource(source, run),
            inAppScope: (run) => this.inScope(this.scope, run),
            inGlobalScope: (run) => this.inScope('global', run),
            reportError: (source, error) => this.reportError(source, error),
            now: () => this.clock,
            setNow: (ms) => { this.clock = ms },
            warn: (message) => this.warnings.push(message),
        })
        this.host = this.createHost()
        this.runFixScripts()
        if (options.installedWith === 'now-sdk install') this.activateFlowsAfterInstall()
    }

    /**
     * `now-sdk install`'s post-install task "flow-activation" (@servicenow/sdk-api 4.9.0
     * dist/flow-activation.js, run by post-install-tasks.js unless --skipFlowActivation): it POSTs the
     * package's sys_hub_flow and sys_hub_action_type_definition sys_ids to api/now/wfa_fluent/activate_flows
     * and logs "Flow activation complete: <succeeded>/<total> succeeded". An instance without that
     * endpoint answers 400 "does not represent any resource", which the task logs at debug level only and
     * the actions stay drafts: not modelled (the bench instance has the endpoint).
     * Assumed: activating an action publishes it (state published), as Flow Designer's Publish does.
     */
    private activateFlowsAfterInstall(): void {
        const ids = new Set(this.pkg.records.filter((record) => record.table === 'sys_hub_action_type_definition' && record.action !== 'DELETE').map((record) => record.sysId))
        if (ids.size === 0) return
        let succeeded = 0
        for (const row of this.store.rows('sys_hub_action_type_definition')) {
            if (!ids.has(row.sys_id)) continue
            this.store.put('sys_hub_action_type_definition', { ...row, state: 'published' })
            succeeded++
        }
        this.installLog.push(`Flow activation complete: ${succeeded}/${ids.size} succeeded`)
    }

    /**
     * The package's fix scripts run once, right after install ("Fix scripts",
     * ServiceNow docs: run after an application is installed or upgraded). One
     * marked Unloadable records what it writes as customer updates
     * (sys_update_xml): "Unloadable: Option to create Customer Update records
     * [sys_update_xml] when the fix script runs" ("Create a fix script",
     * ServiceNow docs). Assumed: they run as admin, in name order; the "Before"
     * option (run before the install) is not modelled.
     */
    private runFixScripts(): void {
        const fixes = this.store.rows('sys_script_fix').sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))
        for (const fix of fixes) {
            const source = `sys_script_fix:${fix.name}`
            this.recordingUpdates = fix.unloadable === 'true'
            try {
                this.inScope(this.scope, () => this.withSource(source, () => {
                    try {
                        this.host.compile([], fix.script ?? '', source)()
                    } catch (error) {
                        this.reportError(source, error)
                    }
                }))
            } finally {
                this.recordingUpdates = false
            }
        }
    }

    private recordUpdate(table: string, sysId: string, action: 'INSERT_OR_UPDATE' | 'DELETE'): void {
        if (!this.recordingUpdates || !UPDATE_TRACKED_TABLES.has(table)) return
        this.store.put('sys_update_xml', { sys_id: this.store.newSysId(), name: `${table}_${sysId}`, type: table, action, target_name: sysId })
    }

    /**
     * A sys_choice record whose update name is `sys_choice_<table>_<field>` stands for that field's whole
     * choice list ("View choice list definitions", ServiceNow docs; sdk-notes "A choice on a platform
     * field"): installing it may replace the list. The strict side is modelled: the platform's own
     * choices of that field go, and only the package's remain. (The bench seeds platform data after the
     * package's records, so the replacement is applied here, once both are in.)
     */
    private replaceChoiceLists(): void {
        const shipped = this.store.rows('sys_choice').filter((row) => row.sys_scope === this.appId && row.sys_update_name === `sys_choice_${row.name}_${row.element}`)
        for (const list of shipped) {
            for (const other of this.store.rows('sys_choice')) {
                if (other.name === list.name && other.element === list.element && other.sys_scope !== this.appId) this.store.delete('sys_choice', other.sys_id)
            }
        }
    }

    /** What every instance has that the app relies on: base roles, incident states, admin, the incident form's related lists. */
    private seedPlatform(): void {
        for (const role of PLATFORM_ROLES) {
            if (!this.roleRow(role)) this.store.put('sys_user_role', { sys_id: this.store.newSysId(), name: role })
        }
        for (const [value, label] of INCIDENT_STATES) {
            this.store.put('sys_choice', { sys_id: this.store.newSysId(), name: 'incident', element: 'state', value, label, language: 'en' })
        }
        for (const [element, choices] of TASK_CHOICES) {
            for (const [value, label] of choices) this.store.put('sys_choice', { sys_id: this.store.newSysId(), name: 'task', element, value, label, language: 'en' })
        }
        this.createUser({ userName: 'admin', name: 'System Administrator', roles: ['admin'] })
        // The instance's own URL and name: glide.servlet.uri is computed by the platform from the servlet
        // context, not a sys_properties row, and gs.getProperty answers it in any scope (ServiceNow Community,
        // "Demystifying glide.servlet.uri"; "GlideSystem - Scoped" getProperty names no scope limit for reads).
        // The bench keeps both as rows so a test may read them; assumed: reading them needs no privilege.
        this.store.put('sys_properties', { sys_id: this.store.newSysId(), name: 'glide.servlet.uri', value: 'https://bench.service-now.com/', type: 'string' })
        this.store.put('sys_properties', { sys_id: this.store.newSysId(), name: 'instance_name', value: 'bench', type: 'string' })
        // "System timezone for all users unless overridden in the user's record": empty by default, which means
        // America/Los_Angeles ("Set a system time zone", ServiceNow docs). Assumed, like glide.servlet.uri: any scope reads it.
        this.store.put('sys_properties', { sys_id: this.store.newSysId(), name: 'glide.sys.default.tz', value: '', type: 'timezone' })
        // The base system's "Scripted REST External Default" ACL, which the SDK names by this sys_id in every
        // RestApi's enforce_acl: it keeps snc_external users out ("Create a scripted REST API resource": "an ACL
        // that prohibits users with the snc_external role"); modelled as requiring snc_internal, which every
        // user without snc_external holds (rest() adds it, "Explicit roles").
        const restAcl = SCRIPTED_REST_DEFAULT_ACL
        this.store.put('sys_security_acl', { sys_id: restAcl, type: 'rest_endpoint', name: 'Scripted REST External Default', operation: 'execute', active: 'true', admin_overrides: 'true', advanced: 'false' })
        this.store.put('sys_security_acl_role', { sys_id: this.store.newSysId(), sys_security_acl: restAcl, sys_user_role: this.roleRow('snc_internal')!.sys_id })
        seedCmdb(this.store)
        seedPlatformRules(this.store)
        // The incident form's out-of-box related lists (Default view), which an app may only add to; these
        // three stand in for the base system's list (assumed: a sample, not its exact content).
        const list = this.store.newSysId()
        this.store.put('sys_ui_related_list', { sys_id: list, name: 'incident', view: 'Default view', calling_table: '' })
        for (const [position, related] of ['task_sla.task', 'incident_task.incident', 'task_ci.task'].entries()) {
            this.store.put('sys_ui_related_list_entry', { sys_id: this.store.newSysId(), list_id: list, related_list: related, position: String(position) })
        }
    }

    private createRuntime(): Runtime {
        return {
            schema: this.schema,
            store: this.store,
            now: () => this.clock,
            session: () => this.sessionUser,
            sessionTimeZone: () => this.sessionTimeZone(),
            log: (level, message) => this.log(level, message),
            addMessage: (kind, message) => this.messages.push({ kind, message, user: this.sessionUser.userName }),
            sessionMessages: (kind) => this.messages.filter((m) => m.kind === kind && m.user === this.sessionUser.userName).map((m) => m.message),
            beforeWrite: (context: WriteContext) => this.engine.beforeWrite(context),
            afterWrite: (context: WriteContext) => this.engine.afterWrite(context),
            canAccess: (operation, table, field, row) => this.acl.record(this.sessionUser, operation, table, field, row).allowed,
            crossScope: (operation, table) => this.crossScope(operation, table),
            recordUpdate: (table, sysId, action) => this.recordUpdate(table, sysId, action),
            createGlideRecord: (table, secure) => (secure ? new this.glide.GlideRecordSecure(table) : new this.glide.GlideRecord(table)),
            queueEvent: (name, table, sysId, parm1, parm2, queue, processOn) => this.engine.queueEvent(name, table, sysId, parm1, parm2, queue, processOn),
            onQuery: (entry) => this.queryLog.record({ ...entry, scope: this.currentScope() }),
        }
    }

    private createHost(): ScriptHost {
        const gs = createGlideSystem(this.runtime, () => this.uiMessages(), () => this.currentScope() ?? 'global', {
            interactive: () => this.interactive,
            // A script include's methods run in the include's scope (scripting.ts bindScope): its caller is the
            // scope below it on the stack. Not modelled: an include calling its own methods through `this`
            // pushes its scope again, so inside those the caller reads as the include's own scope.
            callerScope: () => this.scopeStack[this.scopeStack.length - 2] ?? null,
        })
        const GlideDateTime = createGlideDateTime(this.runtime)
        const rest = createRestClasses({
            records: (table) => this.pkg.records.filter((record) => record.table === table),
            trustedCa: () => this.trustedCa,
            onRequest: (entry) => this.httpLog.push(entry),
            now: () => this.clock,
            advance: (ms) => { this.clock += ms },
            warn: (message) => {
                this.warnings.push(message)
                this.log('warn', message)
            },
        })
        const glideModule = {
            gs,
            GlideRecord: this.glide.GlideRecord,
            GlideRecordSecure: this.glide.GlideRecordSecure,
            GlideElement: this.glide.GlideElement,
            GlideAggregate: createGlideAggregate(this.runtime),
            GlideDateTime,
            GlideSysAttachment: createGlideSysAttachment({ rt: this.runtime, scope: () => this.currentScope() ?? 'global' }),
            GlideSchedule: createGlideSchedule(this.runtime),
        }
        const snWs = { RESTMessageV2: rest.RESTMessageV2, RESTResponseV2: rest.RESTResponseV2 }
        const snCmdb = createCmdbApi({ schema: this.schema, store: this.store, now: () => this.clock, userName: () => this.sessionUser.userName,
            refuse: (method) => this.scopes.refuseScriptable(this.currentScope(), 'IdentificationEngine', method), logError: (message) => this.log('error', message) })
        const snCc = createConnectionApi({ schema: this.schema, store: this.store, callerScope: () => this.currentScope(),
            refuse: (method) => this.scopes.refuseScriptable(this.currentScope(), 'ConnectionInfoProvider', method), logError: (message) => this.log('error', message),
            scopeName: (value) => this.scopes.scopeName(value) })
        const snFd = createFlowApi({
            scope: this.scope,
            definition: (internalName) => {
                const row = this.store.rows('sys_hub_action_type_definition').find((r) => r.internal_name === internalName && r.active !== 'false')
                return row ? { name: row.name, state: row.state ?? '', access: row.access || 'public' } : undefined
            },
            callerScope: () => this.currentScope(),
            sessionUser: () => this.sessionUser.userName,
            runAction: (name, inputs, userName) => this.runFlowAction(name, inputs, { as: userName }),
            newSysId: () => this.store.newSysId(),
        })
        const includes = new Map(this.store.rows('sys_script_include')
            .filter((row) => row.active === 'true')
            .map((row) => [row.name, {
                scope: row.api_name.split('.')[0] || this.scope,
                script: row.script ?? '',
                access: row.access ?? 'package_private',
                callerAccess: row.caller_access ?? '',
            }]))
        const modules = new Map(this.store.rows('sys_module').map((row) => [row.path, row.content ?? '']))
        return new ScriptHost({
            scope: this.scope,
            modules,
            scriptIncludes: includes,
            globals: { ...glideModule, sn_ws: snWs, sn_ws_err: snWsErr, sn_cmdb: snCmdb, sn_fd: snFd, sn_cc: snCc },
            platformModules: {
                '@servicenow/glide': glideModule, '@servicenow/glide/sn_ws': snWs, '@servicenow/glide/sn_ws_err': snWsErr,
                '@servicenow/glide/sn_cmdb': snCmdb, '@servicenow/glide/sn_fd': snFd, '@servicenow/glide/sn_cc': snCc,
            },
            withSource: (source, run) => this.withSource(source, run),
            scopes: {
                current: () => this.currentScope(),
                inScope: (scope, run) => this.inScope(scope, run),
                refuseInclude: (caller, owner, name, access, callerAccess) => this.scopes.refuseScriptInclude(caller, owner, name, access, callerAccess),
                reportRefusal: (message) => this.log('error', message),
            },
        })
    }

    // ---------- application scopes ----------
    /** The scope of the script running now, or null outside any script (a test acting as a user, the UI). */
    currentScope(): string | null {
        return this.scopeStack[this.scopeStack.length - 1] ?? null
    }

    private inScope<T>(scope: string, run: () => T): T {
        this.scopeStack.push(scope)
        try {
            return run()
        } finally {
            this.scopeStack.pop()
        }
    }

    private crossScope(operation: TableOperation, table: string): boolean {
        const refusal = this.scopes.refuseTable(this.currentScope(), table, operation)
        if (refusal === null) return true
        this.log('error', refusal)
        return false
    }

    private uiMessages(): Map<string, string> {
        return new Map(this.store.rows('sys_ui_message').map((row) => [row.key, row.message]))
    }

    // ---------- users, roles and sessions ----------
    private roleRow(name: string): Row | undefined {
        return this.store.rows('sys_user_role').find((row) => row.name === name)
    }

    createUser(spec: UserSpec): string {
        if (this.store.rows('sys_user').some((row) => row.user_name === spec.userName)) throw new Error(`User ${spec.userName} exists already`)
        const sysId = this.store.newSysId()
        if (spec.timeZone) new Intl.DateTimeFormat('en-US', { timeZone: spec.timeZone })
        this.store.put('sys_user', {
            sys_id: sysId, user_name: spec.userName, name: spec.name ?? spec.userName, active: '1',
            ...(spec.password === undefined ? {} : { user_password: passwordHash(spec.password) }),
            ...(spec.timeZone === undefined ? {} : { time_zone: spec.timeZone }),
        })
        for (const role of spec.roles ?? []) {
            const row = this.roleRow(role)
            if (!row) throw new Error(`Role ${role} does not exist (the package defines: ${this.store.rows('sys_user_role').map((r) => r.name).join(', ')})`)
            this.store.put('sys_user_has_role', { sys_id: this.store.newSysId(), user: sysId, role: row.sys_id })
        }
        return sysId
    }

    /**
     * The active user these basic-auth credentials sign in as, or null ("REST API security": a request with
     * wrong credentials is answered 401). A user with no password set cannot sign in with one.
     */
    basicAuthUser(userName: string, password: string): string | null {
        const user = this.store.rows('sys_user').find((row) => row.user_name === userName && row.active !== '0' && row.active !== 'false')
        return user?.user_password && user.user_password === passwordHash(password) ? user.user_name : null
    }

    /** "Create a role" (ServiceNow docs): roles can contain other roles; access granted to a role is granted to any role containing it. */
    private expandRoles(roleIds: string[]): Set<string> {
        const contains = this.store.rows('sys_user_role_contains')
        const seen = new Set<string>()
        const visit = (id: string) => {
            if (seen.has(id)) return
            seen.add(id)
            for (const link of contains.filter((row) => row.role === id)) visit(link.contains)
        }
        roleIds.forEach(visit)
        return new Set([...seen].map((id) => this.store.get('sys_user_role', id)?.name ?? '').filter(Boolean))
    }

    userSession(userName: string): SessionUser {
        const user = this.store.rows('sys_user').find((row) => row.user_name === userName)
        if (!user) throw new Error(`No user ${userName}: create it with instance.createUser()`)
        const roleIds = this.store.rows('sys_user_has_role').filter((row) => row.user === user.sys_id).map((row) => row.role)
        return { sysId: user.sys_id, userName: user.user_name, displayName: user.name, roles: this.expandRoles(roleIds), timeZone: user.time_zone ?? '' }
    }

    /**
     * The time zone a session works in: the user's own, else the system time zone, glide.sys.default.tz,
     * which "by default ... is empty", and then America/Los_Angeles ("Set a system time zone", ServiceNow
     * docs: it "cascades to all users who don't already have a specified time zone"). A test sets the
     * instance's with setProperty (the bench seeds the property empty).
     */
    private sessionTimeZone(): string {
        const system = this.store.rows('sys_properties').find((row) => row.name === 'glide.sys.default.tz')?.value?.trim() ?? ''
        return this.sessionUser.timeZone || system || 'America/Los_Angeles'
    }

    /**
     * Whom a scheduled job runs as: its Run as user, in the job's Run as time zone if set, else the user's
     * ("Scheduled Script Execution Form"; `explain scheduledscript-api` runAs, userTimeZone: "Defaults to the
     * time zone defined in the user profile of the user specified in the Run as field"). An empty Run as runs
     * as the platform's system session, with every right (assumed: ServiceNow Community answers, no docs page;
     * the bench gives it the admin role). A Run as user that is missing or inactive: null, the job does not
     * run (assumed, the strict side: ASSUMPTIONS.md).
     */
    private jobSession(job: Row): SessionUser | null {
        const runAs = job.run_as ?? ''
        const zone = (job.run_as_tz ?? '').trim()
        if (runAs === '') return { sysId: 'system', userName: 'system', displayName: 'System', roles: new Set(['admin']), timeZone: zone }
        const user = this.store.get('sys_user', runAs)
        if (!user || user.active === '0' || user.active === 'false') return null
        const session = this.userSession(user.user_name)
        return zone === '' ? session : { ...session, timeZone: zone }
    }

    /** Runs `run` as `user`; `interactive`: as that user's own request (the UI), else background processing. */
    private runAsSession<T>(user: SessionUser, run: () => T, interactive = true): T {
        const saved = this.sessionUser
        const savedInteractive = this.interactive
        this.sessionUser = user
        this.interactive = interactive
        try {
            return run()
        } finally {
            this.sessionUser = saved
            this.interactive = savedInteractive
        }
    }

    /** Background processing: scheduled jobs, and what drain() runs (assumed non-interactive, glide-system.ts). */
    private inBackground<T>(run: () => T): T {
        const saved = this.interactive
        this.interactive = false
        try {
            return run()
        } finally {
            this.interactive = saved
        }
    }

    /** Runs `run` with `userName` as the logged-in user (an interactive session). */
    as<T>(userName: string, run: () => T): T {
        return this.runAsSession(this.userSession(userName), run)
    }

    // ---------- logging ----------
    private withSource<T>(source: string, run: () => T): T {
        this.sources.push(source)
        try {
            return run()
        } finally {
            this.sources.pop()
        }
    }

    private log(level: LogEntry['level'], message: string): void {
        this.logs.push({ seq: this.logs.length + 1, level, message, source: this.sources[this.sources.length - 1] ?? 'bench', scope: this.scope, at: this.clock })
    }

    private reportError(source: string, error: unknown): void {
        const err = error instanceof Error ? error : new Error(String(error))
        this.errors.push({ source, message: err.message, stack: err.stack ?? '' })
        this.withSource(source, () => this.log('error', `${source}: ${err.message}`))
    }

    // ---------- records ----------
    /**
     * Inserts as `as` (default admin), running business rules; returns the sys_id or null if aborted.
     * `form: true` saves as a person's form does: the user's ACLs apply (GlideRecordSecure), fields
     * they may not write are not written.
     */
    insert(table: string, values: Record<string, unknown>, options: { as?: string; form?: boolean } = {}): string | null {
        return this.as(options.as ?? 'admin', () => {
            const record = options.form ? new this.glide.GlideRecordSecure(table) : new this.glide.GlideRecord(table)
            record.initialize()
            for (const [field, value] of Object.entries(values)) record.setValue(field, value)
            return record.insert()
        })
    }

    /** Updates one record as `as`, running business rules, as a form save would (`form: true`: with the user's ACLs). */
    update(table: string, sysId: string, values: Record<string, unknown>, options: { as?: string; form?: boolean } = {}): string | null {
        return this.as(options.as ?? 'admin', () => {
            const record = options.form ? new this.glide.GlideRecordSecure(table) : new this.glide.GlideRecord(table)
            if (!record.get(sysId)) throw new Error(`No ${table} record ${sysId}`)
            for (const [field, value] of Object.entries(values)) record.setValue(field, value)
            return record.update()
        })
    }

    /** The stored row (values as text), or undefined. */
    get(table: string, sysId: string): Row | undefined {
        const row = this.store.get(table, sysId)
        return row ? { ...row } : undefined
    }

    /** Rows matching an encoded query, in store order unless the query orders them. */
    query(table: string, encodedQuery = ''): Row[] {
        const record = new this.glide.GlideRecord(table)
        record.addEncodedQuery(encodedQuery)
        record.query()
        const rows: Row[] = []
        while (record.next()) rows.push({ ...record._values })
        return rows
    }

    /** Journal entries (newest first) of a record's journal field, e.g. work notes. */
    /** Names of the tables that hold rows (platform, metadata and the app's). */
    tables(): string[] {
        return this.store.tableNames()
    }

    journal(table: string, sysId: string, field = 'work_notes'): string[] {
        return this.store.rows('sys_journal_field')
            .filter((row) => row.name === table && row.element_id === sysId && row.element === field)
            .sort((a, b) => Number(b.sys_mod_count) - Number(a.sys_mod_count))
            .map((row) => row.value)
    }

    /**
     * What a user sees of a record through the UI (form, list, export): the
     * fields their ACLs let them read, or AccessDenied for the row.
     */
    readAsUser(table: string, sysId: string, userName: string): Record<string, string> {
        const user = this.userSession(userName)
        const row = this.store.get(table, sysId)
        if (!row) throw new Error(`No ${table} record ${sysId}`)
        const decision = this.acl.record(user, 'read', table, null, row)
        if (!decision.allowed) throw new AccessDenied(`${userName} cannot read ${table} ${sysId}: ${decision.reason}`)
        const out: Record<string, string> = {}
        for (const column of this.schema.columns(table)) {
            if (this.acl.record(user, 'read', table, column.name, row).allowed) out[column.name] = row[column.name] ?? ''
        }
        return out
    }

    /**
     * A user opens a record's form: they must be able to read the row (else AccessDenied), then the
     * table's display business rules run in their session (engine.ts displayForm); the form messages
     * they add land in `messages`.
     */
    openForm(table: string, sysId: string, userName: string): void {
        this.readAsUser(table, sysId, userName)
        const row = this.store.get(table, sysId)!
        this.runAsSession(this.userSession(userName), () => this.engine.displayForm(table, this.glide.fromRow(table, row), row))
    }

    // ---------- properties ----------
    setProperty(name: string, value: string): void {
        const row = this.store.rows('sys_properties').find((r) => r.name === name)
        if (!row) throw new Error(`Property ${name} is not installed (typo, or a property the package does not define?)`)
        this.store.put('sys_properties', { ...row, value })
    }

    getProperty(name: string): string | undefined {
        return this.store.rows('sys_properties').find((row) => row.name === name)?.value
    }

    // ---------- scripts ----------
    /**
     * Runs a background script as `as` (default admin) in `scope` (default the
     * app's, as "Scripts - Background" offers) and returns its completion value.
     * It is the user's interactive session, as Scripts - Background is;
     * `interactive: false` runs it as background processing of that user
     * instead (a scheduled job's Run as, an integration user's request).
     */
    runScript(code: string, options: { as?: string; scope?: string; interactive?: boolean } = {}): unknown {
        return this.runAsSession(this.userSession(options.as ?? 'admin'),
            () => this.inScope(options.scope ?? this.scope, () => this.withSource('background-script', () => this.host.evaluate(code))),
            options.interactive ?? true)
    }

    /** Runs an installed ATF test as ATF would, then rolls its data back (atf.ts). */
    runAtfTest(nameOrSysId: string): AtfTestResult {
        return runAtfTest(this, nameOrSysId)
    }

    /** Runs an installed ATF test suite, each test as runAtfTest does (atf.ts). */
    runAtfSuite(name: string): AtfSuiteResult {
        return runAtfSuite(this, name)
    }

    /** For atf.ts: the scripts' global object, to lend a step's script its ATF context. */
    scriptGlobals(): Record<string, unknown> {
        return this.host.context as Record<string, unknown>
    }

    /** For atf.ts and Flow actions: runs `run` as background processing of that user, in the app's scope. */
    runInSession<T>(userName: string, run: () => T): T {
        return this.runAsSession(this.userSession(userName), () => this.inScope(this.scope, run), false)
    }

    /** The value of a script include (usually a class to `new`), as scripts see it. */
    scriptInclude(name: string): unknown {
        return this.host.scriptInclude(name.includes('.') ? name.split('.').pop()! : name)
    }

    /** Requires a module by its installed path, as a script would. */
    requireModule(modulePath: string): unknown {
        return this.host.require(modulePath, null)
    }

    /**
     * A GlideAjax call from the browser: the script include must be client
     * callable and reachable from the calling scope, its execute ACLs must
     * pass for the user, then the method runs as that user. Returns the
     * method's answer. Source: "Script includes" (ServiceNow docs: Glide AJAX
     * enabled includes are called through GlideAjax and need an ACL; Accessible
     * from), "ACL rule types" (client-callable script include ACLs). Not
     * modelled: public / private privacy for users who are not logged in.
     */
    ajax(call: AjaxCall): unknown {
        const name = call.processor.includes('.') ? call.processor.split('.').pop()! : call.processor
        const include = this.store.rows('sys_script_include').find((row) => row.name === name && row.active === 'true')
        if (!include || include.client_callable !== 'true') throw new AccessDenied(`${call.processor} is not a client-callable script include`)
        // sdk-notes: a package_private client-callable include called from another scope may be "not found";
        // the strict choice: it is. Only accessibleFrom 'public' reaches other scopes.
        const scope = call.scope ?? this.scope
        const includeScope = include.api_name.includes('.') ? include.api_name.split('.')[0] : 'global'
        if (include.access !== 'public' && scope !== includeScope) {
            throw new AccessDenied(`${call.processor} not found from scope ${scope}: it is ${include.access || 'package_private'}, reachable from ${includeScope} only`)
        }
        const user = this.userSession(call.as)
        // Assumed (sdk-notes: the name form the platform checks is unknown): the execute ACLs under
        // each name present, scoped and bare, must pass.
        for (const aclName of new Set([include.api_name, include.name])) {
            const decision = this.acl.named(user, 'client_callable_script_include', 'execute', [aclName])
            if (!decision.allowed) throw new AccessDenied(`${call.as} may not call ${include.api_name}: ${decision.reason}`)
        }
        const params: Record<string, string> = { sysparm_name: call.method, ...(call.params ?? {}) }
        const request = { getParameter: (key: string) => (key in params ? params[key] : null) }
        return this.runAsSession(user, () => this.withSource(`sys_script_include:${name}`, () => {
            const Processor = this.host.scriptInclude(name) as new (req: unknown, xml: unknown, gc: unknown) => Record<string, unknown>
            const processor = new Processor(request, null, null)
            const method = processor[call.method]
            // Assumed (the strict choice): only a method of the include is callable, not initialize and
            // not one whose name starts with _.
            if (typeof method !== 'function' || call.method.startsWith('_') || call.method === 'initialize') {
                throw new AccessDenied(`${include.api_name} has no callable method ${call.method}`)
            }
            return (method as () => unknown).call(processor)
        }))
    }

    /**
     * Whether a form shows a UI action (by action name) on a record for a user:
     * active, on the record's table or one it extends, one of its roles, and
     * its condition true ("Create a UI action", ServiceNow docs: Table, Active,
     * Condition runs on the server, Requires role: any one of the roles).
     * Assumed: admin passes the role check (as gs.hasRole does). Not modelled:
     * Form button / list flags, views, de-duplication of same-named actions.
     */
    uiActionVisible(actionName: string, table: string, sysId: string, userName: string): boolean {
        const action = this.store.rows('sys_ui_action').find((row) => row.action_name === actionName)
        if (!action) throw new Error(`No UI action with action name ${actionName}`)
        if (action.active !== 'true' || !this.schema.lineage(table).includes(action.table)) return false
        const user = this.userSession(userName)
        const roles = this.store.rows('sys_ui_action_role')
            .filter((link) => link.sys_ui_action === action.sys_id)
            .map((link) => this.store.get('sys_user_role', link.sys_user_role)?.name ?? '')
        if (roles.length > 0 && !user.roles.has('admin') && !roles.some((role) => user.roles.has(role))) return false
        if (!action.condition) return true
        const row = this.store.get(table, sysId)
        if (!row) throw new Error(`No ${table} record ${sysId}`)
        const source = `sys_ui_action:${action.name} (condition)`
        return this.runAsSession(user, () => {
            try {
                const condition = this.host.compile(['current'], `return (${action.condition});`, source)
                return Boolean(this.inScope(this.scope, () => this.withSource(source, () => condition(this.glide.fromRow(table, row)))))
            } catch (error) {
                this.reportError(source, error)
                return false
            }
        })
    }

    /**
     * Clicks a server-side UI action on a form as a user: it must be visible
     * to them (else AccessDenied), then its script runs with `current` and
     * `action`; session messages land in `messages`. Returns where it redirects.
     */
    clickUiAction(actionName: string, table: string, sysId: string, userName: string): { redirect: string | null } {
        if (!this.uiActionVisible(actionName, table, sysId, userName)) throw new AccessDenied(`${userName} does not see UI action ${actionName} on ${table} ${sysId}`)
        const action = this.store.rows('sys_ui_action').find((row) => row.action_name === actionName)!
        // A bench heuristic: a client action's script runs on the server only when it guards for it.
        if (action.client === 'true' && !action.script.includes('typeof window')) throw new Error(`UI action ${actionName} is client-only`)
        const row = this.store.get(table, sysId)!
        const source = `sys_ui_action:${action.name}`
        let redirect: string | null = null
        const actionObject = {
            setRedirectURL: (target: unknown) => { redirect = typeof target === 'string' ? target : `${table}.do?sys_id=${sysId}` },
            setReturnURL: () => undefined,
        }
        this.runAsSession(this.userSession(userName), () => this.inScope(this.scope, () => this.withSource(source, () => {
            try {
                this.host.compile(['current', 'action'], action.script, source)(this.glide.fromRow(table, row), actionObject)
            } catch (error) {
                this.reportError(source, error)
            }
        })))
        return { redirect }
    }

    /**
     * Whether a user may open a UI page (endpoint with or without `.do`): its
     * ui_page read ACL under the scoped page name ("ACL rule types"; "UI pages",
     * ServiceNow docs: Access control).
     */
    canOpenUiPage(endpoint: string, userName: string): boolean {
        const name = endpoint.replace(/\.do$/, '')
        return this.acl.named(this.userSession(userName), 'ui_page', 'read', [name]).allowed
    }

    // ---------- forms and lists (layouts.ts names the sources) ----------
    /** The form's sections and their fields in order, as installed; null when no form is shipped for the table and view. */
    formLayout(table: string, view?: string): FormSection[] | null {
        return formLayout(this.store, table, view)
    }

    /** The related lists below the table's form, in order; null when it has no related-list layout for the view. */
    relatedLists(table: string, view?: string): string[] | null {
        return relatedLists(this.store, table, view)
    }

    /** A list's columns in order; with `parent`, the table's columns as a related list on that form. */
    listColumns(table: string, options: { view?: string; parent?: string } = {}): string[] | null {
        return listColumns(this.store, table, options)
    }

    /** How a list opens sorted for a user (default admin); `query` is the URL's sysparm_query, e.g. a module's filter. */
    listOrder(table: string, options: { query?: string; userName?: string } = {}): ListOrder {
        return listOrder(this.store, this.schema, table, { query: options.query, userSysId: this.userSession(options.userName ?? 'admin').sysId })
    }

    // ---------- inbound REST, attachments, groups, schedules ----------
    /**
     * An inbound request to a scripted REST API of the package (scripted-rest.ts names the sources):
     * `/api/<namespace>/<api id>/<path>` or `/api/<namespace>/v<N>/<api id>/<path>`; `as` the user whose
     * credentials it carries (default admin), `null` for none. The script runs as that user, in the app's
     * scope, not interactive (a web-service request: "GlideSystem - Scoped" isInteractive).
     */
    rest(call: RestCall): RestResult {
        const internalSession = (userName: string): SessionUser => {
            const user = this.userSession(userName)
            const roles = new Set(user.roles)
            if (!roles.has('snc_external')) roles.add('snc_internal')
            return { ...user, roles }
        }
        return serveRest({
            rows: (table) => this.store.rows(table),
            userExists: (userName) => this.store.rows('sys_user').some((row) => row.user_name === userName && row.active !== '0' && row.active !== 'false'),
            isInternal: (userName) => internalSession(userName).roles.has('snc_internal') || internalSession(userName).roles.has('admin'),
            passesAcls: (userName, ids) => this.acl.anyOf(internalSession(userName), ids).allowed,
            runScript: (operation, userName, request, response) => {
                const source = `sys_ws_operation:${operation.name}`
                const scope = operation.sys_scope === this.appId || !operation.sys_scope ? this.scope : operation.sys_scope
                // A public resource runs as the guest user on the platform; the bench has none and runs it with
                // an empty session (no roles) under the name 'guest' (assumed).
                const user = userName === null ? { sysId: '', userName: 'guest', displayName: 'Guest', roles: new Set<string>() } : this.userSession(userName)
                const run = this.host.compile(['request', 'response', '__script'], 'return eval(__script);', source)
                return this.runAsSession(user, () => this.inScope(scope, () => this.withSource(source, () => run(request, response, operation.operation_script ?? ''))), false)
            },
            reportError: (source, error) => this.reportError(source, error),
        }, call)
    }

    /** Runs a Flow Designer action of the package as a flow does (flow-actions.ts names the sources). */
    runFlowAction(name: string, inputs: Record<string, unknown>, options: FlowActionOptions = {}): FlowActionRun {
        return runFlowAction({
            records: this.pkg.records,
            scope: this.scope,
            runScript: (userName, source, script, stepInputs, outputs) => this.runInSession(userName,
                () => this.withSource(source, () => this.host.compile(['inputs', 'outputs'], script, source)(stepInputs, outputs))),
        }, name, inputs, options)
    }

    /**
     * What an admin does once after installing (README, "OpCon in Flow Designer"): opens each of the
     * package's Flow Designer actions and publishes it (the SDK builds them as drafts). Scripts run only
     * published actions (flow-api.ts).
     */
    publishFlowActions(): void {
        for (const row of this.store.rows('sys_hub_action_type_definition')) {
            if (!row.sys_scope || row.sys_scope === this.appId || row.sys_scope === this.scope) this.store.put('sys_hub_action_type_definition', { ...row, state: 'published' })
        }
    }

    /** The attachments of a record (sys_attachment with its content), oldest first. */
    attachments(table: string, sysId: string): StoredAttachment[] {
        return attachmentsOf(this.runtime, table, sysId)
    }

    /** A sys_user_group with members (user names); returns its sys_id. */
    createGroup(spec: { name: string; members?: string[] }): string {
        if (this.store.rows('sys_user_group').some((row) => row.name === spec.name)) throw new Error(`Group ${spec.name} exists already`)
        const sysId = this.store.newSysId()
        this.store.put('sys_user_group', { sys_id: sysId, name: spec.name, active: '1' })
        for (const member of spec.members ?? []) {
            const user = this.store.rows('sys_user').find((row) => row.user_name === member)
            if (!user) throw new Error(`No user ${member} for group ${spec.name}: create it with instance.createUser() first`)
            this.store.put('sys_user_grmember', { sys_id: this.store.newSysId(), group: sysId, user: user.sys_id })
        }
        return sysId
    }

    /** A cmn_schedule with weekly spans (schedule.ts); returns its sys_id. */
    createSchedule(spec: ScheduleSpec): string {
        return createScheduleRows(this.runtime, spec)
    }

    // ---------- asynchronous work and time ----------
    /** Runs queued async rules and events until none is left; returns how many ran. */
    drain(): number {
        return this.inBackground(() => this.engine.drain())
    }

    pendingJobs(): number {
        return this.engine.pending()
    }

    /** Events processed so far, with the queue each ran on and how long it waited behind that queue's earlier events. */
    get eventRuns(): readonly EventRun[] {
        return this.engine.eventRuns
    }

    /** Every scheduled job run so far: the job, whom it ran as (null: it could not run), its start and end on the instance's clock. */
    get scheduledJobRuns(): readonly ScheduledJobRun[] {
        return this.engine.jobRunLog
    }

    runScheduledJob(name: string): void {
        this.inBackground(() => {
            this.engine.runScheduledJob(name)
            this.engine.drain()
        })
    }

    /**
     * Moves the clock forward, running scheduled jobs as they come due, and the
     * platform's Table Cleaner on each full hour it passes (table-cleaner.ts).
     */
    advanceTime(ms: number): void {
        const end = this.clock + ms
        this.inBackground(() => {
            for (let at = nextTableCleanerRun(this.clock); at <= end; at = nextTableCleanerRun(at)) {
                this.engine.advanceTime(at - this.clock)
                this.tableCleaner.run()
            }
            this.engine.advanceTime(end - this.clock)
        })
    }

    /** Runs the platform's Table Cleaner now (it also runs as advanceTime() passes each hour); returns each policy's deletions. */
    runTableCleaner(): TableCleanerRun[] {
        return this.tableCleaner.run()
    }

    /** Every run of the Table Cleaner so far, per policy. */
    get tableCleanerRuns(): readonly TableCleanerRun[] {
        return this.tableCleaner.runs
    }

    /** Runs `run` and returns, with its result, every GlideRecord query it made (query-log.ts). */
    captureQueries<T>(run: () => T): { result: T; queries: QueryLogEntry[] } {
        return this.queryLog.capture(run)
    }

    now(): number {
        return this.clock
    }

    // ---------- internals ----------
    private aclRecords(): AclRecord[] {
        const links = this.store.rows('sys_security_acl_role')
        return this.store.rows('sys_security_acl').map((row) => ({
            sysId: row.sys_id,
            type: row.type,
            name: row.name,
            operation: row.operation,
            adminOverrides: row.admin_overrides === 'true',
            active: row.active !== 'false',
            condition: row.condition ?? '',
            script: row.advanced === 'true' ? row.script ?? '' : '',
            roles: links.filter((link) => link.sys_security_acl === row.sys_id)
                .map((link) => this.store.get('sys_user_role', link.sys_user_role)?.name ?? ''),
        }))
    }

    /**
     * An ACL script passes by evaluating to true or by setting `answer` ("Explore Access Control Lists");
     * it runs as the user being checked: the platform checks for the session's user, readAsUser for another.
     */
    private runAclScript(acl: AclRecord, row: Row | null, table: string, subject: SessionUser): boolean {
        const current = row && table ? this.glide.fromRow(table, row) : null
        const source = `sys_security_acl:${acl.name}`
        try {
            const fn = this.host.compile(['current'], `var answer; var __r = (function(){ ${acl.script}\n})(); return __r === undefined ? answer : __r;`, source)
            return Boolean(this.runAsSession(subject, () => this.inScope(this.scope, () => this.withSource(source, () => fn(current)))))
        } catch (error) {
            this.reportError(source, error)
            return false
        }
    }
}
