// The four incident business rules. Each acts only for an OpCon incident
// whose state really changed to its state, and only queues: delivery is
// asynchronous (delivery.ts).
import type { GlideRecord } from '@servicenow/glide'
import { queueAction } from './action-queue.ts'
import { linkInForce } from '../links/job-links.ts'
import { loadSettings } from '../settings/config.ts'
import { log } from '../log/log.ts'
import type { JobActionName } from '../opcon/job-status.ts'
import { actionForState } from './state-actions.ts'

function queueFromRule(current: GlideRecord, previous: GlideRecord | null, expected: JobActionName): void {
    // Switched off, the rule still records the request (as skipped, never sent): a state change is not lost silently.
    const settings = loadSettings()
    const state = String(current.getValue('state') ?? '')
    // The filter says "changes to"; previous guards against a rule copied without it.
    if (previous && String(previous.getValue('state') ?? '') === state) return
    if (actionForState(state, settings.resolveAction) !== expected) return
    try {
        // An incident is OpCon's when it is linked to a job; one that only says so in its
        // correlation fields gets a rejected action row that says why nothing was sent.
        const links = linkInForce(current.getUniqueValue())
        if (!links.link && !links.pending && String(current.getValue('correlation_display') ?? '').trim() !== settings.correlationDisplay) return
        queueAction({ incident: current, action: expected, source: 'rule', settings, links })
    } catch (error) {
        // Never fail the agent's save because of the connector; say what was not queued.
        log.error(`${String(current.getValue('number') ?? '')}: ${expected} for its OpCon job could not be queued: ${error instanceof Error ? error.message : String(error)}. Act on the job in OpCon or from the OpCon Job button.`)
    }
}

export function onTicketAccepted(current: GlideRecord, previous: GlideRecord | null): void {
    queueFromRule(current, previous, 'markUnderReview')
}

export function onTicketResolved(current: GlideRecord, previous: GlideRecord | null): void {
    queueFromRule(current, previous, 'markFixed')
}

export function onTicketRelease(current: GlideRecord, previous: GlideRecord | null): void {
    queueFromRule(current, previous, 'restart')
}

export function onTicketCanceled(current: GlideRecord, previous: GlideRecord | null): void {
    queueFromRule(current, previous, 'cancel')
}
