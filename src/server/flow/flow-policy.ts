// Who may use the OpCon Flow Designer actions, and which action row "Wait for
// OpCon result" may complete. Pure: flow-actions.ts reads the session and the
// row. The role is the one OpConApi asks of a person (API_ROLE), held by the
// flow's user themselves: a plain admin, whom gs.hasRole lets pass every role
// check, does not pass here (as the field ACLs and the link trust already).
import { API_ROLE, AUDIT_LIMITS, auditText } from '../api/api-policy.ts'

/** The name a flow's row carries when its author gave none (the Flow name input left empty). */
export const UNNAMED_FLOW = '(flow not named)'

/** The flow's name as its action row stores it: the same text, cut the same way. */
export function rowFlowName(given: string): string {
    return auditText(given === '' ? UNNAMED_FLOW : given, AUDIT_LIMITS.flowName)
}

export interface FlowUser {
    userName: string
    displayName: string
    /** The user holds x_opcon.user themselves (granted, inherited, by group), not by admin's implicit pass. */
    holdsRole: boolean
}

function who(user: FlowUser): string {
    return `${auditText(user.displayName, 100)} (${auditText(user.userName, 100)})`
}

/** Why a read or "Wait for OpCon result" is refused to the flow's user, or null when they may use it. */
export function roleRefusal(user: FlowUser, flowName: string, actionName: string): string | null {
    if (user.holdsRole) return null
    const flow = flowName === '' ? 'The flow' : `The flow "${rowFlowName(flowName)}"`
    return `${flow} runs as ${who(user)}, who may not use the OpCon action "${actionName}": every OpCon action needs the role ${API_ROLE}, `
        + `held by the flow's user themselves (admin alone is not enough). Nothing was sent to OpCon and nothing changed; give that user ${API_ROLE}, or set the flow to run as a user who has it.`
}

/** What "Wait for OpCon result" knows of the row it is given. */
export interface WaitRow {
    /** The row's sys_id. */
    id: string
    /** x_opcon_action.source: 'flow' for a Flow Designer action's row. */
    source: string
    /** sys_id of the user who asked (requested_by). */
    requestedBy: string
    flowName: string
}

export interface Waiter {
    userId: string
    /** The Flow name input of the waiting action ('' when left empty). */
    flowName: string
}

/**
 * "Wait for OpCon result" completes only a row an OpCon Flow action wrote for
 * the same user and the same flow name: the flow's own earlier action. Another
 * flow's or user's row, a script's (OpConApi), a rule's or the dialog's, is
 * refused, and nothing is read or changed.
 */
export function waitRefusal(row: WaitRow, waiter: Waiter): string | null {
    const what = `"Wait for OpCon result" does not read OpCon Action ${auditText(row.id, 40)}`
    const fix = 'Nothing was read or changed; give it the Action row output of an OpCon action earlier in the same flow.'
    if (row.source !== 'flow') return `${what}: it was not written by an OpCon Flow action (its source is ${auditText(row.source, 40) || 'empty'}). ${fix}`
    if (row.requestedBy === '' || row.requestedBy !== waiter.userId) return `${what}: another user's flow asked for it, not this flow's user. ${fix}`
    if (row.flowName !== rowFlowName(waiter.flowName)) {
        return `${what}: it belongs to the flow "${auditText(row.flowName, 200)}", not "${rowFlowName(waiter.flowName)}". ${fix} Give both actions the same Flow name.`
    }
    return null
}
