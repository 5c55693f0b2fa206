// Runs the package's scripts in node:vm the way the platform runs them:
// classic scripts with free variables (current, previous, event), script
// includes reached by name or through their scope, and sys_module ES modules
// loaded by `require()` with exactly the paths the built records name.
// Sources: sdk-notes (generated require() paths, the Class.create bridge),
// "Script includes" (ServiceNow docs: the Class.create pattern, API Name for
// other scopes, Accessible from), "Classic Business rules" (a scoped script
// reaches another scope's function only by its scope prefix), `now-sdk explain
// module-guide` (modules only within their application). Not modelled: Rhino
// itself (node's JavaScript is newer and laxer), the sandbox, and in modules the
// platform's refusal of `x_scope.Include` (module-guide: "x_myapp is not defined").
import * as path from 'node:path'
import * as vm from 'node:vm'
import ts from 'typescript'

export class ModuleNotFoundError extends Error {}

export interface InstalledInclude {
    scope: string
    script: string
    /** sys_script_include.access: public or package_private. */
    access: string
    /** sys_script_include.caller_access: '' none, '1' tracking, '2' restriction. */
    callerAccess: string
}

export interface ScopeHooks {
    /** The scope of the script running now; null outside any script (a test, the UI). */
    current(): string | null
    inScope<T>(scope: string, run: () => T): T
    /** Why `caller` may not use a script include, or null (scopes.ts). */
    refuseInclude(caller: string | null, owner: string, name: string, access: string, callerAccess: string): string | null
    /** Logs a refusal the way the platform does (an error in the system log). */
    reportRefusal(message: string): void
}

export interface ScriptHostOptions {
    scope: string
    /** sys_module path → ES module source, as installed. */
    modules: Map<string, string>
    /** Active script includes by bare name, with their scope and access settings. */
    scriptIncludes: Map<string, InstalledInclude>
    scopes: ScopeHooks
    /** Globals every script sees (gs, GlideRecord, ...). */
    globals: Record<string, unknown>
    /** What `require('@servicenow/glide...')` returns. */
    platformModules: Record<string, unknown>
    /** Wraps a script's run so logs name their source. */
    withSource<T>(source: string, run: () => T): T
}

// A subset of the platform's global helpers: Class.create, Object.extendsObject and the global
// AbstractAjaxProcessor script include (request, getParameter, getName, getType, getValue,
// getChars, newItem, getDocument, type; not process, setAnswer or setError).
const PRELUDE = `
Object.extendsObject = function (parent, properties) {
    var proto = Object.create(parent.prototype);
    for (var key in properties) proto[key] = properties[key];
    return proto;
};
var Class = { create: function () { return function () { this.initialize.apply(this, arguments); }; } };
var AbstractAjaxProcessor = Class.create();
AbstractAjaxProcessor.prototype = {
    initialize: function (request, responseXML, gc) { this.request = request; this.responseXML = responseXML; this.gc = gc; },
    getParameter: function (name) { return this.request ? this.request.getParameter(name) : null; },
    getName: function () { return this.getParameter('sysparm_name'); },
    getType: function () { return this.getParameter('sysparm_type'); },
    getValue: function () { return this.getParameter('sysparm_value'); },
    getChars: function () { return this.getParameter('sysparm_chars'); },
    newItem: function (name) { return this.responseXML ? this.responseXML.newItem(name) : null; },
    getDocument: function () { return this.responseXML; },
    type: 'AbstractAjaxProcessor'
};
var global = { AbstractAjaxProcessor: AbstractAjaxProcessor };
`

type CompiledFunction = (...args: unknown[]) => unknown

export class ScriptHost {
    readonly context: vm.Context
    private readonly moduleCache = new Map<string, { exports: Record<string, unknown> }>()
    private readonly includeCache = new Map<string, unknown>()
    private readonly functionCache = new Map<string, CompiledFunction>()

    constructor(private readonly options: ScriptHostOptions) {
        this.context = vm.createContext({ ...options.globals, require: (spec: string) => this.require(spec, null) })
        vm.runInContext(PRELUDE, this.context, { filename: 'bench-prelude.js' })
        this.exposeScriptIncludes()
    }

    private exposeScriptIncludes(): void {
        const namespaces = new Map<string, Record<string, unknown>>()
        for (const [name, include] of this.options.scriptIncludes) {
            const target = include.scope === 'global'
                ? (vm.runInContext('global', this.context) as Record<string, unknown>)
                : namespaces.get(include.scope) ?? {}
            namespaces.set(include.scope, target)
            Object.defineProperty(target, name, { get: () => this.scriptIncludeFor(name), enumerable: true, configurable: true })
            // Scripts of the include's own scope use the bare name; global ones are reachable by bare name
            // everywhere; another scope needs the api_name ("Script includes": API Name).
            if (include.scope === this.options.scope || include.scope === 'global') {
                Object.defineProperty(this.context, name, {
                    get: () => {
                        const caller = this.options.scopes.current()
                        if (include.scope !== 'global' && caller !== null && caller !== include.scope) throw new ReferenceError(`"${name}" is not defined.`)
                        return this.scriptIncludeFor(name)
                    },
                    configurable: true,
                })
            }
        }
        for (const [scope, target] of namespaces) {
            if (scope !== 'global') (this.context as Record<string, unknown>)[scope] = target
        }
        // The platform's own global AbstractAjaxProcessor (a script include in scope global).
        const globalNamespace = vm.runInContext('global', this.context) as Record<string, unknown>
        const processor = globalNamespace.AbstractAjaxProcessor
        Object.defineProperty(globalNamespace, 'AbstractAjaxProcessor', {
            get: () => {
                this.checkInclude('global', 'AbstractAjaxProcessor', 'public', '')
                return processor
            },
            enumerable: true,
            configurable: true,
        })
    }

    private checkInclude(owner: string, name: string, access: string, callerAccess: string): void {
        const hooks = this.options.scopes
        const refusal = hooks.refuseInclude(hooks.current(), owner, name, access, callerAccess)
        if (refusal === null) return
        hooks.reportRefusal(refusal)
        throw new Error(refusal)
    }

    /** A script include as the running script gets it: access checked, and its code run in its own scope. */
    scriptIncludeFor(name: string): unknown {
        const include = this.options.scriptIncludes.get(name)
        if (!include) throw new ReferenceError(`Script include ${name} is not installed or not active`)
        this.checkInclude(include.scope, name, include.access, include.callerAccess)
        return this.scriptInclude(name)
    }

    /**
     * The value a script include's script defines (usually its Class.create()
     * result). Its construction and its methods run in the include's scope, as
     * on the platform, whoever calls them (every script belongs to its record's
     * application scope, "Classic Business rules"; KB0727180's refusals name that scope).
     */
    scriptInclude(name: string): unknown {
        if (this.includeCache.has(name)) return this.includeCache.get(name)
        const include = this.options.scriptIncludes.get(name)
        if (!include) throw new ReferenceError(`Script include ${name} is not installed or not active`)
        const run = this.compile([], `${include.script}\n;return (typeof ${name} !== 'undefined') ? ${name} : undefined;`, `sys_script_include:${name}`)
        const value = this.options.scopes.inScope(include.scope, () => this.options.withSource(`sys_script_include:${name}`, () => run()))
        const bound = this.bindScope(value, include.scope)
        this.includeCache.set(name, bound)
        return bound
    }

    private bindScope<T>(value: T, scope: string): T {
        if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) return value
        const hooks = this.options.scopes
        const bindObject = (object: object): object => new Proxy(object, {
            get: (target, prop, receiver) => {
                const member = Reflect.get(target, prop, receiver) as unknown
                if (typeof member !== 'function' || prop === 'constructor') return member
                return function (this: unknown, ...args: unknown[]) {
                    return hooks.inScope(scope, () => (member as (...a: unknown[]) => unknown).apply(this, args))
                }
            },
        })
        if (typeof value !== 'function') return bindObject(value as object) as T
        return new Proxy(value as unknown as (...a: unknown[]) => unknown, {
            construct: (target, args, newTarget) => bindObject(hooks.inScope(scope, () => Reflect.construct(target, args, newTarget) as object)),
            apply: (target, thisArg, args) => hooks.inScope(scope, () => Reflect.apply(target, thisArg, args)),
        }) as unknown as T
    }

    /** Compiles a classic script as a function of the given free variables. */
    compile(parameters: string[], body: string, filename: string): CompiledFunction {
        const key = `${filename}\u0000${parameters.join(',')}\u0000${body}`
        const cached = this.functionCache.get(key)
        if (cached) return cached
        const source = `(function (${parameters.join(', ')}) {\n${body}\n})`
        const fn = new vm.Script(source, { filename }).runInContext(this.context) as CompiledFunction
        this.functionCache.set(key, fn)
        return fn
    }

    /** Resolves a module path exactly as the platform would, relative to the requiring module. */
    resolve(spec: string, from: string | null): string {
        if (spec.startsWith('./') || spec.startsWith('../')) {
            if (!from) throw new ModuleNotFoundError(`Relative require("${spec}") outside a module`)
            return path.posix.normalize(path.posix.join(path.posix.dirname(from), spec))
        }
        return spec
    }

    require(spec: string, from: string | null): unknown {
        if (spec in this.options.platformModules) return this.options.platformModules[spec]
        if (spec.startsWith('@servicenow/glide')) {
            throw new ModuleNotFoundError(`require("${spec}"): this platform API is not emulated by the bench`)
        }
        const resolved = this.resolve(spec, from)
        const caller = this.options.scopes.current()
        const owner = resolved.split('/')[0]
        if (from === null && caller !== null && caller !== owner && this.options.modules.has(resolved)) {
            // A module answers only the scripts of its own application (module-guide: "Modules work only
            // within the application scope -- no cross-scope module sharing").
            throw new ModuleNotFoundError(`require("${spec}") from scope ${caller}: the module belongs to scope ${owner}`)
        }
        const cached = this.moduleCache.get(resolved)
        if (cached) return cached.exports
        const source = this.options.modules.get(resolved)
        if (source === undefined) {
            throw new ModuleNotFoundError(`require("${spec}")${from ? ` from ${from}` : ''}: no sys_module with path ${resolved} is installed`)
        }
        const module = { exports: {} as Record<string, unknown> }
        this.moduleCache.set(resolved, module)
        const js = ts.transpileModule(source, {
            fileName: resolved,
            compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false },
        }).outputText
        const fn = this.compile(['exports', 'require', 'module'], js, resolved)
        try {
            fn(module.exports, (next: string) => this.require(next, resolved), module)
        } catch (error) {
            this.moduleCache.delete(resolved)
            throw error
        }
        return module.exports
    }

    /** Evaluates an expression or statements in the instance (background script). */
    evaluate(code: string, filename = 'background-script'): unknown {
        return new vm.Script(code, { filename }).runInContext(this.context)
    }
}
