// Glide shell: the instance's clock for a run's budget (run-budget.ts).
// GlideDateTime() is the current date and time ("GlideDateTime - Scoped"); a
// run reads it before each call, so the time a call blocked counts.
import { GlideDateTime } from '@servicenow/glide'
import { startRun, type RunBudget } from './run-budget.ts'

export function nowMs(): number {
    return new GlideDateTime().getNumericValue()
}

/** A run starting now, limited to RUN_LIMIT_MS. */
export function startRunNow(): RunBudget {
    return startRun(nowMs)
}
