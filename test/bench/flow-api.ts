// sn_fd.FlowAPI as a server script sees it, for running the package's own
// Flow Designer actions: getRunner() gives the ScriptableFlowRunner builder.
//
// Sources:
// - ServiceNow docs, "ScriptableFlowRunner - Scoped": the call order is
//   FlowAPI.getRunner(), then action() / flow() / subflow() / datastream() to
//   name what runs ("scope.internal_name"), then parameters (inForeground(),
//   withInputs(), addInput(), timeout(), quick()...), then run(), which
//   returns a ScriptableFlowRunnerResult (getOutputs(), getContextId(),
//   getFlowObjectName()...). In the foreground the action runs in the calling
//   session, as its user.
// - @servicenow/glide 27.0.5 sn_fd/FlowRunner.d.ts, FlowRunnerResult.d.ts: the
//   method names. The bench has only what the app's ATF suite uses; every other
//   method of the builder throws, saying the bench does not model it.
// - ServiceNow docs, "Create an action": Accessible From is "accessible from all
//   application scopes or only within the specified application scope"
//   (sys_hub_action_type_definition.access: public or package_private).
// Assumed (not documented; the strict choice): only a published action runs
// (the SDK builds actions as drafts; now-sdk install publishes them, instance.ts
// activateFlowsAfterInstall; after any other install an admin does, README);
// background runs are not modelled, and run() without inForeground() throws;
// an action whose status is error makes run() throw its error message; a
// package_private action run() from a script of another scope throws before it
// runs (the docs say only that it is not accessible there; the message is ours).
// A missing access reads as public (the SDK's default for Action).
import type { FlowActionRun } from './flow-actions'

export interface FlowApiHost {
    /** The app's scope name: an action is named `<scope>.<internal_name>`. */
    scope: string
    /** The action's definition row (sys_hub_action_type_definition) as installed, by internal name. */
    definition(internalName: string): { name: string; state: string; access: string } | undefined
    /** The scope of the script calling run() (null outside any script). */
    callerScope(): string | null
    /** The session user now (the foreground run's user). */
    sessionUser(): string
    runAction(name: string, inputs: Record<string, unknown>, userName: string): FlowActionRun
    newSysId(): string
}

function notModelled(method: string): never {
    throw new Error(`sn_fd.ScriptableFlowRunner.${method}() is not modelled by the bench (it runs the package's actions in the foreground only).`)
}

/** A reference input may be given as a GlideRecord; the action takes its sys_id. */
function inputValue(value: unknown): unknown {
    if (value !== null && typeof value === 'object' && typeof (value as { getUniqueValue?: unknown }).getUniqueValue === 'function') {
        return String((value as { getUniqueValue: () => unknown }).getUniqueValue())
    }
    return value
}

export function createFlowApi(host: FlowApiHost): { FlowAPI: { getRunner: () => unknown } } {
    const getRunner = () => {
        let target: string | null = null
        let foreground = false
        const inputs: Record<string, unknown> = {}
        const runner = {
            action(scopedName: string) { target = String(scopedName); return runner },
            flow() { return notModelled('flow') },
            subflow() { return notModelled('subflow') },
            datastream() { return notModelled('datastream') },
            inBackground() { return notModelled('inBackground') },
            inDomain() { return notModelled('inDomain') },
            inForeground() { foreground = true; return runner },
            quick() { return runner },
            timeout() { return runner },
            withInputs(given: Record<string, unknown>) {
                for (const [key, value] of Object.entries(given ?? {})) inputs[key] = inputValue(value)
                return runner
            },
            addInput(name: string, value: unknown) { inputs[String(name)] = inputValue(value); return runner },
            run() {
                if (target === null) throw new Error('ScriptableFlowRunner.run(): name what to run first (action("scope.name")).')
                if (!foreground) notModelled('run (in the background)')
                const dot = target.indexOf('.')
                const scope = target.slice(0, dot)
                const internalName = target.slice(dot + 1)
                const definition = scope === host.scope ? host.definition(internalName) : undefined
                if (!definition) throw new Error(`Action ${target} was not found.`)
                const caller = host.callerScope()
                if (definition.access === 'package_private' && caller !== host.scope) {
                    throw new Error(`Action ${target} ("${definition.name}") is accessible only from its own application scope (${host.scope}), not from ${caller ?? 'no scope'}.`)
                }
                if (definition.state !== 'published') throw new Error(`Action ${target} ("${definition.name}") is not published: open it in Flow Designer and publish it.`)
                const run = host.runAction(internalName, inputs, host.sessionUser())
                if (run.status === 'error') throw new Error(run.error ?? `Action ${target} ended in error.`)
                const contextId = host.newSysId()
                const name = target
                return {
                    getOutputs: () => ({ ...run.outputs }),
                    getContextId: () => contextId,
                    getFlowObjectName: () => name,
                    getFlowObjectType: () => 'action',
                    debug: () => JSON.stringify({ flowObjectName: name, contextId, outputs: run.outputs }),
                }
            },
        }
        return runner
    }
    return { FlowAPI: { getRunner } }
}
