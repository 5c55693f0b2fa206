// What a template's "Preview" dialog shows: the incident the template would
// open for one failed run (a daily job the admin names, read from OpCon, or a
// sample run), in the words of the incident form. Pure: the
// values come from renderIncident (incident-template.ts), the same function
// the collector and the push endpoint open incidents with, so the preview
// cannot say something the incident would not.
import type { FailureFacts, IncidentTemplate, IncidentValues } from './incident-template.ts'
import { checkDailyJobId, DAILY_JOB_ID_MAX, shown } from '../opcon/correlation.ts'
import type { FailedRun } from '../failures/failed-run.ts'

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

// ---------- Preview of a given job ----------

/**
 * The longest daily job id the Preview dialog reads: what a failure row holds
 * (x_opcon_failure.daily_job_id). The bridge cuts the parameter one character
 * past it, so a longer one is refused here before any regex, query or call.
 */
export const PREVIEW_JOB_ID_MAX = DAILY_JOB_ID_MAX

export type PreviewJobInput = { kind: 'sample' } | { kind: 'job'; dailyJobId: string } | { kind: 'invalid'; message: string }

/** What the admin typed: nothing (the sample run), a daily job id, or why it is not one. */
export function readPreviewJobId(raw: unknown): PreviewJobInput {
    const typed = typeof raw === 'string' ? raw : ''
    if (typed.length > PREVIEW_JOB_ID_MAX) {
        return { kind: 'invalid', message: `The daily job id is ${typed.length} characters long; one has at most ${PREVIEW_JOB_ID_MAX}. Type it as yyyyMMdd|schedule id|instance|job name, e.g. 20261207|42|1|GENP001.` }
    }
    // Spaces around a pasted id are a copying slip, not part of OpCon's id.
    const id = typed.trim()
    if (id === '') return { kind: 'sample' }
    const problem = checkDailyJobId(id)
    return problem === null ? { kind: 'job', dailyJobId: id } : { kind: 'invalid', message: problem }
}

export interface PreviewServer {
    sysId: string
    name: string
    address: string
    active: boolean
}

/**
 * The servers a template applies to, as the dialog offers them: the template's
 * own server when it names one, else every active registered server, by name.
 */
export function previewServerChoices(templateServer: string, servers: readonly PreviewServer[]): PreviewServer[] {
    if (templateServer !== '') return servers.filter((server) => server.sysId === templateServer)
    return servers.filter((server) => server.active).sort((a, b) => a.name.localeCompare(b.name) || a.address.localeCompare(b.address))
}

/** The server the preview reads the job from: the one picked, when the template applies to it; '' picks the first. */
export function pickPreviewServer(choices: readonly PreviewServer[], requested: string): { ok: true; server: PreviewServer } | { ok: false; message: string } {
    if (choices.length === 0) {
        return { ok: false, message: 'This template applies to no active registered OpCon server, so there is no job to read. Register one under OpCon Connector > Servers (or tick Active), or clear the template\'s Server.' }
    }
    if (requested === '') return { ok: true, server: choices[0] }
    const found = choices.find((server) => server.sysId === requested)
    return found ? { ok: true, server: found } : { ok: false, message: 'The server picked is not one this template applies to (or is no longer registered and active). Pick one from the list.' }
}

/** A failed run's facts as the collector fills them for an incident (failure-worker.ts), from OpCon's answer about the job. */
export function jobFacts(run: FailedRun, server: { name: string; address: string }): FailureFacts {
    return {
        address: server.address, server: server.name, dailyJobId: run.dailyJobId, schedule: run.scheduleName, job: run.jobName, machine: run.machine,
        termination: run.termination, terminationDescription: run.terminationDescription, date: run.scheduleDate, failedAt: run.endedAt,
        jobNumber: run.jobNumber, previousIncident: '', text: '',
    }
}

/** What went wrong reading the job, as the dialog says it: a title and OpCon's or the connector's sentence. */
export function previewReadError(code: string, message: string, server: { name: string; address: string }, dailyJobId: string): { title: string; message: string } {
    const where = `OpCon server ${server.name} (${server.address})`
    if (code === 'not_found') {
        return { title: 'No such job in OpCon', message: `${where} has no daily job ${shown(dailyJobId, 120)}. Check the date (yyyyMMdd), the schedule id, the instance and the job name; OpCon keeps a job only while its schedule date is in its daily tables. (${message})` }
    }
    if (['unreachable', 'timeout', 'connection_reset', 'tls', 'transport_error'].includes(code)) return { title: 'OpCon not reached', message }
    if (code === 'unauthorized' || code === 'forbidden') return { title: 'OpCon refused the read', message }
    if (['unregistered_server', 'inactive_server', 'insecure_url', 'bad_url', 'missing_token', 'disabled'].includes(code)) return { title: 'Nothing was sent to OpCon', message }
    return { title: 'The job could not be read', message }
}

export interface PreviewField {
    label: string
    value: string
}

export interface PreviewView {
    heading: string
    /** Things the admin should know about these values (the sample, a job not failed, another template picked, after hours). */
    notes: string[]
    fields: PreviewField[]
    /** The incident's description, as it would be written. */
    description: string
}

export type PreviewSource = { kind: 'sample' } | { kind: 'job'; status: string; category: string; failed: boolean }

export interface PreviewInput {
    templateName: string
    source: PreviewSource
    facts: FailureFacts
    values: IncidentValues
    names: PreviewNames
    /** The CI the incident would name ('' none) and, when none, why. */
    ci: { name: string; note: string }
    /** The template the collector would use for this job, when it is another one. */
    otherTemplate: string
}

/** The preview the dialog shows: the incident's fields in the form's words. */
export function previewView(input: PreviewInput): PreviewView {
    const { facts, values, names, source } = input
    const priority = basePriority(values.impact, values.urgency)
    const level = (value: string) => LEVEL_WORDS[value] ?? (value === '' ? '(not set: the instance default)' : value)
    const notes: string[] = []
    if (source.kind === 'sample') {
        notes.push('Sample facts: no daily job id was given, so the job is made up from the template\'s own patterns. Type a job\'s id to see the incident its failure would open.')
    } else if (!source.failed) {
        notes.push(`OpCon says this job is ${source.status || 'in no known status'}${source.category ? ` (${source.category})` : ''}, not failed: these are the values its failure would give.`)
    }
    if (input.otherTemplate !== '') notes.push(`For this job the connector would use the template "${input.otherTemplate}", not this one: a template of lower order matches it first, or this template's patterns or server do not match it.`)
    if (names.afterHours) notes.push('Now is outside the template\'s business hours: its after-hours values apply.')
    notes.push('Nothing was saved and no incident was opened; OpCon was only read.')
    return {
        heading: `Template "${input.templateName}": the incident a failure of ${facts.job} (schedule ${facts.schedule || '(none)'}, ${facts.date}) on ${facts.server || '(no server)'} would open now`,
        notes,
        fields: [
            { label: 'Short description', value: values.short_description },
            { label: 'Caller', value: values.caller_id === '' ? '(none: set a caller on this template)' : names.caller || values.caller_id },
            { label: 'Assignment group', value: values.assignment_group === '' ? '(none: nobody is assigned the incident; set a group on this template)' : names.group || values.assignment_group },
            { label: 'Impact', value: level(values.impact) },
            { label: 'Urgency', value: level(values.urgency) },
            { label: 'Priority', value: `${priority === '' ? 'as the instance decides' : PRIORITY_WORDS[priority]} (under the base Priority Lookup Rules; System Policy > Rules > Priority Lookup Rules decides on this instance)` },
            { label: 'Category', value: `${values.category || '(none)'}; subcategory: ${values.subcategory || '(none)'}` },
            { label: 'Configuration item', value: input.ci.name !== '' ? input.ci.name : input.ci.note },
            { label: 'Job log', value: values.attachJobLog ? 'attached as a text file' : 'not attached' },
        ],
        description: values.description,
    }
}
