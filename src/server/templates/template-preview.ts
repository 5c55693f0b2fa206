// What a template's "Preview" button shows: the incident the template would
// open for one failed run, in the words of the incident form. Pure: the
// values come from renderIncident (incident-template.ts), the same function
// the collector and the push endpoint open incidents with, so the preview
// cannot say something the incident would not.
import type { FailureFacts, IncidentTemplate, IncidentValues } from './incident-template.ts'

const LEVEL_WORDS: Record<string, string> = { '1': '1 - High', '2': '2 - Medium', '3': '3 - Low' }
const PRIORITY_WORDS: Record<string, string> = { '1': '1 - Critical', '2': '2 - High', '3': '3 - Moderate', '4': '4 - Low', '5': '5 - Planning' }

const BASE_PRIORITY: Record<string, string> = {
    '1/1': '1', '1/2': '2', '1/3': '3',
    '2/1': '2', '2/2': '3', '2/3': '4',
    '3/1': '3', '3/2': '4', '3/3': '5',
}

/**
 * The priority the base system's Priority Lookup Rules give an impact and an
 * urgency (ServiceNow docs, "Define priority lookup rules" and "Data lookup for
 * prioritizing problems": 1/1 Critical, 1/2 and 2/1 High, 1/3, 2/2 and 3/1
 * Moderate, 2/3 and 3/2 Low, 3/3 Planning). An instance may have changed its
 * rules: the preview says so. '' when either value is not 1..3.
 */
export function basePriority(impact: string, urgency: string): string {
    return BASE_PRIORITY[`${impact.trim()}/${urgency.trim()}`] ?? ''
}

/** A sample name for a glob: every `*` becomes SAMPLE, every `?` X; an empty pattern gives `otherwise`. */
export function sampleName(pattern: string, otherwise: string): string {
    const trimmed = pattern.trim()
    if (trimmed === '') return otherwise
    return trimmed.replace(/\*/g, 'SAMPLE').replace(/\?/g, 'X').slice(0, 200)
}

/** A failed run the template's own patterns match, dated `today` (yyyy-MM-dd). */
export function sampleFacts(template: Pick<IncidentTemplate, 'schedulePattern' | 'jobPattern'>, server: { name: string; address: string }, today: string): FailureFacts {
    const schedule = sampleName(template.schedulePattern, 'SAMPLE-SCHEDULE')
    const job = sampleName(template.jobPattern, 'SAMPLE-JOB')
    const compact = today.replace(/-/g, '')
    return {
        address: server.address, server: server.name, dailyJobId: `${compact}|1|1|${job}`, schedule, job, machine: 'SAMPLE-AGENT',
        termination: '1', terminationDescription: 'Exit code 1 (sample)', date: today, failedAt: `${today}T03:00:00`, jobNumber: '1',
        previousIncident: '', text: '',
    }
}

export interface PreviewNames {
    /** Display names of the caller and group ('' when the template leaves them empty). */
    caller: string
    group: string
    /** Whether the values are the after-hours ones (now is outside the template's business hours). */
    afterHours: boolean
}

/** The preview as lines of plain text (the adapter escapes each one for the form). */
export function previewLines(templateName: string, facts: FailureFacts, values: IncidentValues, names: PreviewNames): string[] {
    const priority = basePriority(values.impact, values.urgency)
    const level = (value: string) => LEVEL_WORDS[value] ?? (value === '' ? '(not set: the instance default)' : value)
    return [
        `Preview of template "${templateName}": the incident it would open now for a failed run of job ${facts.job} in schedule ${facts.schedule} on ${facts.server || '(no server)'}` +
            ` (sample facts; nothing was saved or sent).${names.afterHours ? ' Now is outside the template\'s business hours: its after-hours values apply.' : ''}`,
        `Short description: ${values.short_description}`,
        `Impact ${level(values.impact)}, urgency ${level(values.urgency)}: priority ${priority === '' ? 'as the instance decides' : PRIORITY_WORDS[priority]}` +
            ' (under the base Priority Lookup Rules; System Policy > Rules > Priority Lookup Rules decides on this instance).',
        `Caller: ${values.caller_id === '' ? '(none: set a caller on this template)' : names.caller || values.caller_id}`,
        `Assignment group: ${values.assignment_group === '' ? '(none: nobody is assigned the incident; set a group on this template)' : names.group || values.assignment_group}`,
        `Category: ${values.category || '(none)'}; subcategory: ${values.subcategory || '(none)'}`,
        'Configuration item: the OpCon agent\'s CI, when the CMDB holds one for the job\'s machine.',
        `Job log: ${values.attachJobLog ? 'attached as a text file' : 'not attached'}.`,
        'Description:',
        ...values.description.split('\n').filter((line) => line.trim() !== ''),
    ]
}
