// Glide shell: the before rule of x_opcon_template. A template is used at the
// moment a job has failed; a caller or group that is gone then, or a pattern
// that renders wrong, is found now, on save, with words.
import { gs, GlideRecord } from '@servicenow/glide'
import { referenceProblems, templateProblems, type NamedReference } from './incident-template.ts'
import { messageText } from '../log/journal-text.ts'

/**
 * sys_user and sys_user_group have an Active field; cmn_schedule has none
 * (ServiceNow docs "Schedule fields"), so a schedule is only looked up.
 */
function lookUp(label: string, table: string, sysId: string, hasActive: boolean): NamedReference {
    if (sysId === '') return { label, value: '', state: 'ok' }
    const row = new GlideRecord(table)
    if (!row.get(sysId)) return { label, value: sysId, state: 'missing' }
    if (hasActive && row.getValue('active') !== '1') return { label, value: sysId, state: 'inactive' }
    return { label, value: sysId, state: 'ok' }
}

function text(current: GlideRecord, field: string): string {
    return String(current.getValue(field) ?? '')
}

export function validateTemplate(current: GlideRecord, previous: GlideRecord | null): void {
    void previous
    const problems = [
        ...referenceProblems([
            lookUp('Caller', 'sys_user', text(current, 'caller'), true),
            lookUp('Assignment group', 'sys_user_group', text(current, 'assignment_group'), true),
            lookUp('After-hours assignment group', 'sys_user_group', text(current, 'after_hours_group'), true),
            lookUp('Business hours', 'cmn_schedule', text(current, 'after_hours_schedule'), false),
        ]),
        ...templateProblems({
            shortDescription: text(current, 'short_description'),
            description: text(current, 'description'),
            schedulePattern: text(current, 'schedule_pattern'),
            jobPattern: text(current, 'job_pattern'),
        }),
    ]
    if (problems.length === 0) return
    for (const problem of problems) gs.addErrorMessage(messageText(problem))
    current.setAbortAction(true)
}
