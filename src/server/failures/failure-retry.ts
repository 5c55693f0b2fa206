// Glide shell: the "Retry" button of a failure the instance refused to act on
// (state refused). An OpCon Connector admin removes the cause, then clicks it:
// the failure is due again and the collector works it from where it stopped
// (its steps are idempotent, so a retried failure opens no second incident).
import { gs, GlideRecord } from '@servicenow/glide'
import { nowValue } from '../clock/glide-clock.ts'
import { holdsRole } from '../links/job-links.ts'
import { messageText } from '../log/journal-text.ts'
import { log } from '../log/log.ts'
import { retriedNote } from './failure-words.ts'
import { FAILURE_TABLE, REFUSED_STATE } from './failure-worker.ts'

/** UI action "Retry" on x_opcon_failure (x_opcon.admin, held by the user, not through admin's implicit pass). */
export function retryFailure(current: GlideRecord): void {
    if (!holdsRole('x_opcon.admin')) {
        gs.addErrorMessage(messageText('Only a user who holds the x_opcon.admin role may retry a failed OpCon job.'))
        return
    }
    const who = `${gs.getUserDisplayName()} (${gs.getUserName()})`
    const note = retriedNote(who, nowValue())
    // A conditional update: only a row still refused is made due again (a second click, or another admin's, changes nothing).
    const row = new GlideRecord(FAILURE_TABLE)
    row.addQuery('sys_id', current.getUniqueValue())
    row.addQuery('state', REFUSED_STATE)
    row.setValue('state', 'waiting')
    row.setValue('next_attempt', '')
    row.setValue('attempts', '0')
    row.setValue('claimed_until', '')
    row.setValue('note', note)
    row.updateMultiple()
    const after = new GlideRecord(FAILURE_TABLE)
    if (!after.get(current.getUniqueValue()) || String(after.getValue('note') ?? '') !== note) {
        gs.addInfoMessage(messageText('This failure is not waiting for a retry (it was retried already, or is not refused): nothing was changed.'))
        return
    }
    log.info(`Failure record ${current.getUniqueValue()} (OpCon job ${String(after.getValue('daily_job_id') ?? '')}) retried by ${who}.`)
    gs.addInfoMessage(messageText(note))
}
