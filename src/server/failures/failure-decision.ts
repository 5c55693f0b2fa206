// What a failed run does to ServiceNow, decided from the incident the job is
// linked to (if any) — SMA's connector rules, with the trusted job link as
// the only way to find "the job's incident".

/** Incident states of the base system (incident.state). */
export const INCIDENT_STATE = { new: '1', inProgress: '2', onHold: '3', resolved: '6', closed: '7', canceled: '8' } as const

export type IncidentAction =
    /** No incident is linked to this job: open one. */
    | { kind: 'open' }
    /** The linked incident is still open: a work note with the new failure, fields untouched. */
    | { kind: 'note' }
    /** The linked incident was resolved: reopen it with a work note. */
    | { kind: 'reopen' }
    /** The linked incident is closed or canceled (or always-new is on): a new incident that names the previous one. */
    | { kind: 'replace'; why: 'closed' | 'always_new' }

export function decideIncident(linked: { state: string } | null, alwaysNew: boolean): IncidentAction {
    if (linked === null) return { kind: 'open' }
    if (alwaysNew) return { kind: 'replace', why: 'always_new' }
    if (linked.state === INCIDENT_STATE.resolved) return { kind: 'reopen' }
    if (linked.state === INCIDENT_STATE.closed || linked.state === INCIDENT_STATE.canceled) return { kind: 'replace', why: 'closed' }
    // New, In Progress, On Hold, or a state an instance added: someone is on it.
    return { kind: 'note' }
}

/** When a failure first seen at `firstSeenMs` may be acted on. */
export function graceEndsAt(firstSeenMs: number, graceMinutes: number): number {
    return firstSeenMs + graceMinutes * 60_000
}

export type ConfirmDecision =
    | { kind: 'act' }
    /** The job is no longer failed: OpCon (or an operator) recovered it. */
    | { kind: 'recovered'; note: string }
    /** The job failed again in a later run: that run is its own failure. */
    | { kind: 'superseded'; note: string }
    /** A pushed job that is not failed at all. */
    | { kind: 'not_failed'; note: string }

/**
 * After reading the job again (grace period over, or a pushed failure): act
 * only if the same run is still failed. `expectedRun` is '' for a pushed
 * failure, which adopts whatever failed run OpCon reports.
 */
export function confirmFailure(now: { failed: boolean; statusDescription: string; runKey: string }, expectedRun: string, pushed: boolean): ConfirmDecision {
    if (!now.failed) {
        const status = now.statusDescription || 'not failed'
        return pushed
            ? { kind: 'not_failed', note: `OpCon says the job is ${status}, not failed: no incident was opened.` }
            : { kind: 'recovered', note: `The job recovered (OpCon now says ${status}) within the grace period: no incident was opened.` }
    }
    if (expectedRun !== '' && now.runKey !== expectedRun) {
        return { kind: 'superseded', note: 'The job ran again and failed again within the grace period: that later run is handled as its own failure.' }
    }
    return { kind: 'act' }
}
