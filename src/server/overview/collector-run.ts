// Glide shell: writes what one collector run did on a server onto its row
// (x_opcon_server collect_* fields), for the Overview. The collector calls it
// around each server it lists; the words are overview-figures.ts's.
import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { collectorRunWords } from './overview-figures.ts'
import { log } from '../log/log.ts'
import { journalText } from '../log/journal-text.ts'
import { nowMs } from '../sync/run-clock.ts'

/** The part of the collector's running summary one server's listing adds to. */
export interface RunCounts {
    listCalls: number
    newFailures: number
    problems: string[]
}

/**
 * Runs `collect` for one server and records its time, its findings and its problem (if any) on the server's
 * row, with the fields `collect` returns (the collector's listing bookkeeping), in one update.
 */
export function recordCollectorRun(serverSysId: string, summary: RunCounts, collect: () => Record<string, string>): void {
    const before = { listCalls: summary.listCalls, newFailures: summary.newFailures, problems: summary.problems.length }
    // The instance's clock, as the run's budget reads it (run-clock.ts): the time OpCon's calls blocked counts.
    const started = nowMs()
    let thrown: unknown = null
    let fields: Record<string, string> = {}
    try {
        fields = collect()
    } catch (error) {
        thrown = error
    }
    const problems = summary.problems.slice(before.problems)
    const problem = thrown !== null ? `The run stopped: ${thrown instanceof Error ? thrown.message : String(thrown)}` : problems.join(' ')
    const row = new GlideRecord('x_opcon_server')
    if (row.get(serverSysId)) {
        const now = new GlideDateTime().getValue()
        row.setValue('collected_on', now)
        row.setValue('collect_ms', nowMs() - started)
        row.setValue('collect_found', collectorRunWords({ listCalls: summary.listCalls - before.listCalls, newFailures: summary.newFailures - before.newFailures, problem }))
        row.setValue('collect_error', journalText(problem, 1000))
        if (problem === '') row.setValue('collect_ok_on', now)
        for (const [field, value] of Object.entries(fields)) row.setValue(field, value)
        // A fact about the run, not an admin's change: no server rules, and "Updated" keeps meaning the admin's last edit.
        row.setWorkflow(false)
        row.autoSysFields(false)
        if (!row.update()) log.warn(`The collector's run on server ${serverSysId} could not be recorded for the Overview.`)
    }
    if (thrown !== null) throw thrown
}
