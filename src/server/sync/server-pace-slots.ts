// Glide shell around server-pace.ts: the pace state lives in the server row's
// `pace` field, shared by every worker (the delivery queue's events on each
// node, the scheduled job). It is swapped as claim() takes a row: one
// conditional update that matches only the state this worker read, then a
// re-read of the swap's own token; a worker that lost the swap reads again. A
// lost swap can only waste a call's room (never give room twice), so the pace
// is never exceeded.
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { formatPace, holdCalls, parsePace, takeCall, withToken, type PaceState } from './server-pace.ts'
import { nowMs } from './run-clock.ts'

/** Swaps tried before a run gives up on a call for now (every try is a read and a conditional update). */
const SWAP_TRIES = 3

export type Slot = { ok: true } | { ok: false; wakeAt: GlideDateTime }

function readPace(serverSysId: string): string | null {
    const server = new GlideRecord('x_opcon_server')
    return server.get(serverSysId) ? String(server.getValue('pace') ?? '') : null
}

/**
 * One conditional update of the server row's pace (only while it still holds
 * `before`), without rules or system fields. The new text carries this swap's
 * own token (server-pace.ts withToken): two workers that read the same state
 * in the same millisecond compute the same state, and without the token both
 * would read it back as theirs and take one call's room twice.
 */
function swap(serverSysId: string, before: string, state: string): boolean {
    const after = withToken(state, String(gs.generateGUID()))
    const update = new GlideRecord('x_opcon_server')
    update.addQuery('sys_id', serverSysId)
    if (before === '') update.addNullQuery('pace')
    else update.addQuery('pace', before)
    update.setValue('pace', after)
    // Bookkeeping, not an admin's change: no server rules, no sys_updated_on/mod count churn.
    update.setWorkflow(false)
    update.autoSysFields(false)
    update.updateMultiple()
    return readPace(serverSysId) === after
}

/** The decision whose state was swapped in; 'missing' when the server row is gone; null when every swap was lost. */
function change<D extends { state: PaceState }>(serverSysId: string, decide: (state: PaceState) => D): D | 'missing' | null {
    for (let i = 0; i < SWAP_TRIES; i++) {
        const before = readPace(serverSysId)
        if (before === null) return 'missing'
        const decided = decide(parsePace(before))
        if (swap(serverSysId, before, formatPace(decided.state))) return decided
    }
    return null
}

/**
 * Room for one call to the server now (a yes records the call's start), or
 * the whole second its row is booked for. `waited`: the row comes back from
 * a wait it was given, so it goes before rows that have not waited yet.
 */
export function takeSlot(serverSysId: string, maxPerSecond: number, waited: boolean): Slot {
    if (maxPerSecond <= 0) return { ok: true }
    const decided = change(serverSysId, (state) => takeCall(state, nowMs(), maxPerSecond, waited))
    // No server row: nothing to pace (the call itself reports the missing server).
    if (decided === 'missing') return { ok: true }
    // Other workers kept winning the swap: the server is busy; this row comes back in a second.
    const wake = decided === null ? Math.ceil((nowMs() + 1) / 1000) * 1000 : decided.ok ? null : decided.wakeAt
    if (wake === null) return { ok: true }
    const at = new GlideDateTime()
    at.setNumericValue(wake)
    return { ok: false, wakeAt: at }
}

/** OpCon asked for a pause (Retry-After): no worker starts a call to the server for `seconds`. */
export function holdServer(serverSysId: string, seconds: number): void {
    const until = nowMs() + Math.max(0, seconds) * 1000
    change(serverSysId, (state) => ({ state: holdCalls(state, until) }))
}
