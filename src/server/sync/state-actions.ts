// Which OpCon job action an incident state change asks for. Incident states
// come from OpCon's incident model (../shared/opcon/README.md).
import type { JobActionName } from '../opcon/job-status.ts'
import type { ResolveAction } from '../settings/settings.ts'

export const INCIDENT_STATE = { NEW: '1', IN_PROGRESS: '2', ON_HOLD: '3', RESOLVED: '6', CLOSED: '7', CANCELED: '8' } as const

/** The action for an incident that just moved to `state`, or null when OpCon need not hear of it. */
export function actionForState(state: string, resolveAction: ResolveAction): JobActionName | null {
    if (state === INCIDENT_STATE.IN_PROGRESS) return 'markUnderReview'
    if (state === INCIDENT_STATE.RESOLVED) return resolveAction
    if (state === INCIDENT_STATE.CANCELED) return 'cancel'
    return null
}

const STATE_VERBS: Record<JobActionName, string> = {
    markUnderReview: 'accepted (In Progress)',
    markFixed: 'resolved',
    restart: 'resolved, asking for a restart,',
    cancel: 'canceled',
    hold: 'asked to hold the job',
    release: 'asked to release the job',
}

/**
 * The reason OpCon records with the action: which incident, who, and why,
 * e.g. "INC0010023 resolved by Jane Admin in ServiceNow".
 */
export function actionReason(input: { number: string; action: JobActionName; userName: string; source: 'rule' | 'dialog' | 'api'; note?: string }): string {
    const who = input.userName.trim() || 'an unknown user'
    const base = input.source === 'rule'
        ? `${input.number} ${STATE_VERBS[input.action]} by ${who} in ServiceNow`
        : `${input.number}: ${who} asked to ${ACTION_REQUEST[input.action]} in ServiceNow`
    const note = (input.note ?? '').trim()
    return note ? `${base}: ${note}` : base
}

const ACTION_REQUEST: Record<JobActionName, string> = {
    markUnderReview: 'mark the job Under Review', markFixed: 'mark the job Fixed', restart: 'restart the job',
    cancel: 'cancel the job', hold: 'hold the job', release: 'release the job',
}
