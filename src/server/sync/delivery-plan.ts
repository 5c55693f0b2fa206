// The delivery decisions for one queued job action, as pure functions: what
// a send's outcome means for the action row, when to try again, and whether
// an action whose fate is unknown was already applied by OpCon.
import type { JobActionName } from '../opcon/job-status.ts'
import type { OpConError } from '../opcon/opcon-result.ts'

export type ActionState = 'queued' | 'sending' | 'sent' | 'held' | 'succeeded' | 'failed' | 'rejected' | 'superseded' | 'skipped'

/**
 * held: waiting for its server to be activated again (it goes back to where it
 * was, queued or sent); skipped: a state change while the connector was
 * switched off, recorded and never sent.
 */
export const FINAL_STATES: readonly ActionState[] = ['succeeded', 'failed', 'rejected', 'superseded', 'skipped']
export const MAX_BACKOFF_SECONDS = 3600
/** Result reads per action after it was accepted, across scheduled runs. */
export const MAX_RESULT_POLLS = 10
/** Result reads right after sending, before leaving the rest to the scheduled job. */
export const IMMEDIATE_POLLS = 3
export const POLL_INTERVAL_SECONDS = 30
/**
 * After a send whose fate is unknown, wait at least this long before reading
 * the job to decide: OpCon applies accepted job actions asynchronously, and an
 * unchanged job right after the send proves nothing.
 */
export const RECONCILE_DELAY_SECONDS = 120

/**
 * How long one call can keep the instance waiting. Direct: the HTTP timeout.
 * Through a MID server the instance waits on the ECC queue for the platform's
 * cap (glide.http.outbound.max_timeout, 30 s unless changed; ServiceNow
 * KB0744311) whatever the timeout says, a shorter timeout included (the MID
 * server has to pick the request up first); with the cap switched off
 * (`midServerWaitMs` null), the timeout governs again.
 */
export function callWaitMs(httpTimeoutMs: number, viaMidServer: boolean, midServerWaitMs: number | null): number {
    return viaMidServer && midServerWaitMs !== null ? midServerWaitMs : httpTimeoutMs
}

/** A send that saved nothing for this long died with its transaction (its calls each wait at most `callWaitMs`). */
export function staleSendingMs(callWait: number): number {
    return 3 * callWait + 60_000
}

export function isFinal(state: string): boolean {
    return (FINAL_STATES as readonly string[]).includes(state)
}

/** Seconds to wait before attempt `attempts + 1`: base, 2×base, 4×base... capped at an hour. */
export function backoffSeconds(attemptsSoFar: number, baseSeconds: number): number {
    const exponent = Math.max(0, attemptsSoFar - 1)
    return Math.min(MAX_BACKOFF_SECONDS, baseSeconds * 2 ** Math.min(exponent, 20))
}

/**
 * OpCon asked to slow down (429) without saying for how long: wait this
 * long, and hold the server's other calls as long (server-pace.ts).
 */
export const RATE_LIMITED_DEFAULT_SECONDS = 30
/**
 * A 429, or a 503 with Retry-After (RFC 9110 15.6.4: "temporary overload or
 * scheduled maintenance"), is OpCon refusing to take the request on for now,
 * so it costs no attempt: in a storm, a pace set above what OpCon takes must
 * not fail hundreds of restarts after x_opcon.max_attempts refusals. What
 * bounds it is time: an action still refused this long after it was queued
 * fails, saying nothing was applied (a restart hours late is no longer what
 * the person asked for). A 503 without Retry-After (OpCon's service down)
 * counts as an attempt, as before.
 */
export const RATE_LIMITED_GIVE_UP_SECONDS = 2 * 3600

/** OpCon said it is overloaded and did not take the request on: 429, or 503 with Retry-After. */
export function overloaded(error: OpConError): boolean {
    return error.code === 'rate_limited' || (error.code === 'server_error' && !error.ambiguous && error.retryAfterSeconds !== undefined)
}

/** The pause OpCon asked for with a refusal, in seconds; null when it asked for none (and the refusal was not a 429). */
export function pauseAsked(error: OpConError | null): number | null {
    if (error === null) return null
    if (error.retryAfterSeconds !== undefined) return error.retryAfterSeconds
    return error.code === 'rate_limited' ? RATE_LIMITED_DEFAULT_SECONDS : null
}

export type SendDecision =
    | { state: 'sent'; jobActionId: string }
    | { state: 'succeeded'; message: string }
    /** notAnAttempt: OpCon refused to take the request on (429): the attempt is given back. */
    | { state: 'queued'; retryInSeconds: number; reconcile: boolean; message: string; notAnAttempt?: true }
    | { state: 'failed' | 'rejected'; message: string }

const CHECK_FIRST = 'An earlier attempt may have reached OpCon: check the job in OpCon before acting again.'

/**
 * What to do after one POST of a job action (or its failure, or the failure
 * of the job read before it). `pendingCheck`: an earlier send's fate is still
 * unknown (the row waits to read the job), so giving up must say so.
 */
export function afterSend(
    outcome: { ok: true; jobActionId: string | null } | { ok: false; error: OpConError },
    attempts: number,
    maxAttempts: number,
    baseBackoffSeconds: number,
    pendingCheck = false,
    /** How long ago the action was queued: bounds how long 429s may keep it waiting. */
    queuedSeconds = 0,
): SendDecision {
    if (outcome.ok) {
        if (outcome.jobActionId) return { state: 'sent', jobActionId: outcome.jobActionId }
        return { state: 'failed', message: 'OpCon accepted the action but answered without a job action id, so its outcome cannot be followed. Check the job in OpCon.' }
    }
    const { error } = outcome
    const unknownFate = pendingCheck ? ` ${CHECK_FIRST}` : ''
    if (!error.retryable) {
        // OpCon answered and said no (400/404/409) vs. a setup problem to fix on our side (401/403/TLS...).
        const refusedByOpCon = !pendingCheck && (error.code === 'bad_request' || error.code === 'not_found' || error.code === 'conflict' || error.code === 'action_failed')
        return { state: refusedByOpCon ? 'rejected' : 'failed', message: `${error.message}${unknownFate}` }
    }
    const asked = pauseAsked(error)
    if (overloaded(error)) {
        const wait = Math.max(1, asked ?? RATE_LIMITED_DEFAULT_SECONDS)
        if (queuedSeconds + wait > RATE_LIMITED_GIVE_UP_SECONDS) {
            const asking = error.code === 'rate_limited' ? 'to slow down (HTTP 429)' : 'to come back later (HTTP 503 with Retry-After)'
            return { state: 'failed', message: `Gave up: OpCon kept asking the connector ${asking} for ${Math.round(queuedSeconds / 60)} minutes after this action was queued, so it was not applied by this request. ${error.message}${unknownFate || ' Lower x_opcon.max_calls_per_second or raise what OpCon takes, then act on the job from the OpCon Job button or in OpCon.'}` }
        }
        return { state: 'queued', retryInSeconds: wait, reconcile: false, message: error.message, notAnAttempt: true }
    }
    if (attempts >= maxAttempts) {
        // The last send may have reached OpCon: read the job once more and tell the truth; never send again.
        if (error.ambiguous) {
            return {
                state: 'queued', retryInSeconds: RECONCILE_DELAY_SECONDS, reconcile: true,
                message: `${error.message} That was the last of ${maxAttempts} attempts: the connector reads the job once more to tell whether OpCon applied it, and sends nothing again.`,
            }
        }
        return { state: 'failed', message: `Gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${error.message}${unknownFate || ' Fix the cause, then act on the job from the OpCon Job button or in OpCon.'}` }
    }
    // OpCon's Retry-After (on a 503) is a floor under the backoff, never a shortcut.
    const wait = Math.max(backoffSeconds(attempts, baseBackoffSeconds), asked ?? 0)
    return { state: 'queued', retryInSeconds: error.ambiguous ? Math.max(wait, RECONCILE_DELAY_SECONDS) : wait, reconcile: error.ambiguous, message: error.message }
}

export interface JobSnapshot {
    status: string
    category: string
    /** When the job last started, as OpCon reports it; '' when it never ran. */
    lastStart: string
}

export type ReconcileDecision =
    | { kind: 'applied'; message: string }
    | { kind: 'not_applied' }
    | { kind: 'unknown'; message: string }

const TARGET: Partial<Record<JobActionName, string>> = {
    markUnderReview: 'under review', markFixed: 'fixed', cancel: 'cancelled', hold: 'held',
}

/**
 * Whether OpCon applied an action whose send failed ambiguously, judged from
 * the job now and (for restart) the job just before the first send. When in
 * doubt the answer is "unknown": the action is not sent again, because a
 * second restart can run a job twice.
 */
export function reconcile(action: JobActionName, before: JobSnapshot | null, now: JobSnapshot, allowedNow: boolean): ReconcileDecision {
    const status = now.status.trim().toLowerCase()
    const category = now.category.trim().toLowerCase()
    const target = TARGET[action]
    if (target !== undefined) {
        if (status === target || category === target) return { kind: 'applied', message: `OpCon had already applied it: the job is ${now.status}.` }
        if (allowedNow) return { kind: 'not_applied' }
        return { kind: 'unknown', message: `The job is now ${now.status}, from which OpCon no longer allows this action; nothing was sent again.` }
    }
    if (action === 'release') {
        if (status !== 'held' && category !== 'held') return { kind: 'applied', message: `OpCon had already applied it: the job is ${now.status}.` }
        return { kind: 'not_applied' }
    }
    // restart: only a new run since the snapshot proves it was applied.
    if (!before) return { kind: 'unknown', message: `Without the job's state from before the restart, the connector cannot tell whether OpCon restarted it (it is now ${now.status}); it was not sent again, to avoid running the job twice. Check the job in OpCon.` }
    if (now.lastStart !== before.lastStart || category === 'running') {
        return { kind: 'applied', message: `OpCon had already restarted the job (it is now ${now.status}${now.lastStart ? `, last started ${now.lastStart}` : ''}).` }
    }
    if (now.status === before.status && allowedNow) return { kind: 'not_applied' }
    return { kind: 'unknown', message: `The job went from ${before.status} to ${now.status} without a new run, so the connector cannot tell whether OpCon took the restart; it was not sent again, to avoid running the job twice. Check the job in OpCon.` }
}

export type CheckedDecision = { kind: 'finish'; state: 'succeeded' | 'failed'; message: string } | { kind: 'send' }

/**
 * After reading the job to settle an earlier send whose fate was unknown.
 * `attempts` counts this pass: past `maxAttempts` it was only the check, so a
 * job OpCon did not act on is reported, not sent to again.
 */
export function afterCheck(decision: ReconcileDecision, jobStatus: string, attempts: number, maxAttempts: number): CheckedDecision {
    if (decision.kind === 'applied') return { kind: 'finish', state: 'succeeded', message: decision.message }
    if (decision.kind === 'unknown') {
        const check = /check the job in opcon/i.test(decision.message) ? '' : ' Check the job in OpCon before acting again.'
        return { kind: 'finish', state: 'failed', message: `${decision.message}${check}` }
    }
    if (attempts > maxAttempts) {
        return {
            kind: 'finish', state: 'failed',
            message: `OpCon did not apply it (the job is still ${jobStatus}), and the connector has made its ${maxAttempts} attempt${maxAttempts === 1 ? '' : 's'}; nothing more was sent. Act on the job from the OpCon Job button or in OpCon.`,
        }
    }
    return { kind: 'send' }
}

export interface PendingAction {
    sysId: string
    state: string
    reconcile: boolean
}


/**
 * Which of an incident's pending actions (oldest first) to work on: what may
 * already be at OpCon (sending, sent) first, then one whose fate must be
 * settled (reconcile), then the oldest one waiting to be sent.
 */
export function pickNext(pending: readonly PendingAction[]): string | null {
    // A held action blocks the incident's later ones until its server is active again.
    const rank = (action: PendingAction): number => (action.state === 'sending' || action.state === 'sent' || action.state === 'held' ? 0 : action.reconcile ? 1 : 2)
    let best: PendingAction | null = null
    for (const action of pending) if (best === null || rank(action) < rank(best)) best = action
    return best?.sysId ?? null
}

/**
 * Which older actions of the same incident give way to a newer one, as the
 * conditions of one conditional update each: never sent (queued, or held
 * before it was sent) and not waiting to check an earlier send. An action
 * that may already be applied must be settled first, never dropped.
 */
export const SUPERSEDABLE: readonly string[] = ['state=queued^reconcile=false', 'state=held^held_from=queued^reconcile=false']

export type PollDecision =
    | { state: 'succeeded'; message: string }
    | { state: 'rejected'; message: string }
    | { state: 'sent'; pollInSeconds: number }
    | { state: 'failed'; message: string }

/**
 * A result read OpCon refused for load (429, or 503 with Retry-After): read
 * again after the pause it asked for, at least the usual interval, at the
 * cost of none of the action's MAX_RESULT_POLLS reads. null: not such a refusal.
 */
export function afterRefusedRead(error: OpConError): { readInSeconds: number; countsAsRead: boolean } | null {
    const asked = pauseAsked(error)
    if (asked === null) return null
    return { readInSeconds: Math.max(POLL_INTERVAL_SECONDS, asked), countsAsRead: !overloaded(error) }
}

/** After reading an accepted action's result: done, refused, or read again later. */
export function afterPoll(result: { outcome: 'submitted' | 'success' | 'failed'; message: string } | null, polls: number): PollDecision {
    if (result?.outcome === 'success') return { state: 'succeeded', message: result.message }
    if (result?.outcome === 'failed') return { state: 'rejected', message: result.message }
    if (polls >= MAX_RESULT_POLLS) {
        return { state: 'failed', message: `OpCon accepted the action but had not reported its outcome after ${polls} checks. Check the job in OpCon.` }
    }
    return { state: 'sent', pollInSeconds: POLL_INTERVAL_SECONDS }
}
