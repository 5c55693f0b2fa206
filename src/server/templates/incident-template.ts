// Incident templates: which one a failed OpCon job uses, and the incident
// fields it gives. Pure: the rows arrive as plain data (templates.ts reads them).
//
// What OpCon sends (job names, machine names, termination descriptions, a
// pushed text) was typed by a person in OpCon. It reaches the incident as one
// line of plain text per value, with no [code] tag (journal-text.ts), so a copy
// of the description into a work note cannot turn into HTML, and a line break
// in a job name cannot forge a line of the facts block.
import { CAPS, capped, journalText, singleLine } from '../log/journal-text.ts'

/** One x_opcon_template row as plain data. Reference fields hold sys_ids ('' when empty). */
export interface IncidentTemplate {
    sysId: string
    name: string
    active: boolean
    /** Lower first. */
    order: number
    /** x_opcon_server sys_id; '' = any server. */
    server: string
    /** Glob (`*`, `?`), case-insensitive; '' = any schedule. */
    schedulePattern: string
    /** Glob (`*`, `?`), case-insensitive; '' = any job. */
    jobPattern: string
    caller: string
    assignmentGroup: string
    category: string
    subcategory: string
    /** '1'..'3', as incident's. */
    impact: string
    urgency: string
    /** cmn_schedule sys_id: business hours. Outside them the after-hours values apply. '' = always business hours. */
    afterHoursSchedule: string
    afterHoursImpact: string
    afterHoursUrgency: string
    afterHoursGroup: string
    attachJobLog: boolean
    /** Pattern; '' = DEFAULT_SHORT_DESCRIPTION. */
    shortDescription: string
    /** Pattern; '' = the facts block alone. */
    description: string
}

export interface FailureFacts {
    address: string
    server: string
    dailyJobId: string
    schedule: string
    job: string
    machine: string
    termination: string
    terminationDescription: string
    /** Schedule date, yyyy-MM-dd. */
    date: string
    /** When the run ended, as OpCon said. */
    failedAt: string
    jobNumber: string
    /** '' or an INC number. */
    previousIncident: string
    /** Optional text a push gave; '' if none. */
    text: string
}

export interface IncidentValues {
    short_description: string
    description: string
    caller_id: string
    assignment_group: string
    category: string
    subcategory: string
    impact: string
    urgency: string
    attachJobLog: boolean
}

export const DEFAULT_SHORT_DESCRIPTION = 'OpCon job {job} failed in schedule {schedule} on {date}'

/** incident.short_description holds 160 characters in the base dictionary. */
export const SHORT_DESCRIPTION_MAX = 160
/** task.description holds 4000 characters in the base dictionary. */
export const DESCRIPTION_MAX = 4000

/**
 * What the app uses when neither a template, the server's own template nor the
 * shipped "Default" row is there (an admin deleted it): a failure still opens
 * an incident. Same values as the shipped row (fluent/templates/templates.now.ts).
 */
export const BUILT_IN_DEFAULT: IncidentTemplate = {
    sysId: '', name: 'Default (built in)', active: true, order: 1000, server: '', schedulePattern: '', jobPattern: '',
    caller: '', assignmentGroup: '', category: '', subcategory: '', impact: '2', urgency: '2',
    afterHoursSchedule: '', afterHoursImpact: '', afterHoursUrgency: '', afterHoursGroup: '',
    attachJobLog: true, shortDescription: DEFAULT_SHORT_DESCRIPTION, description: '',
}

const PLACEHOLDERS = {
    schedule: (f: FailureFacts) => f.schedule,
    job: (f: FailureFacts) => f.job,
    machine: (f: FailureFacts) => f.machine,
    termination: (f: FailureFacts) => f.termination,
    termination_description: (f: FailureFacts) => f.terminationDescription,
    date: (f: FailureFacts) => f.date,
    failed_at: (f: FailureFacts) => f.failedAt,
    daily_job_id: (f: FailureFacts) => f.dailyJobId,
    server: (f: FailureFacts) => f.server,
    address: (f: FailureFacts) => f.address,
    job_number: (f: FailureFacts) => f.jobNumber,
    previous_incident: (f: FailureFacts) => f.previousIncident,
    text: (f: FailureFacts) => f.text,
} as const

export type Placeholder = keyof typeof PLACEHOLDERS
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as Placeholder[]

/** The facts every description names, with the words of the facts block. */
const REQUIRED_FACTS: Array<[Placeholder, string]> = [
    ['schedule', 'Schedule'],
    ['job', 'Job'],
    ['machine', 'Machine'],
    ['termination', 'Termination code'],
    ['termination_description', 'Termination description'],
    ['date', 'Schedule date'],
    ['failed_at', 'Failed at'],
    ['daily_job_id', 'Daily job id'],
]
const REQUIRED = new Set<Placeholder>(REQUIRED_FACTS.map(([name]) => name))

/** A fact as one line of text; a required fact OpCon left empty reads "(unknown)" rather than vanishing. */
function factValue(name: Placeholder, facts: FailureFacts): string {
    const cap = name === 'text' ? CAPS.text : 1000
    const value = journalText(PLACEHOLDERS[name](facts) ?? '', cap).trim()
    return value === '' && REQUIRED.has(name) ? '(unknown)' : value
}

const PLACEHOLDER = /\{([^{}]*)\}/g

function isPlaceholder(name: string): name is Placeholder {
    return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name)
}

/** The placeholders a pattern uses (known ones only). */
function placeholdersIn(pattern: string): Set<Placeholder> {
    const used = new Set<Placeholder>()
    for (const match of pattern.matchAll(PLACEHOLDER)) {
        const name = match[1].trim().toLowerCase()
        if (isPlaceholder(name)) used.add(name)
    }
    return used
}

/** Known placeholders replaced by their facts; anything else stays as typed (templateProblems refuses it on save). */
function fill(pattern: string, facts: FailureFacts): string {
    return pattern.replace(PLACEHOLDER, (whole, inner: string) => {
        const name = inner.trim().toLowerCase()
        return isPlaceholder(name) ? factValue(name, facts) : whole
    })
}

/** Problems of one text pattern: braces that do not pair, placeholders the app does not know. */
function patternProblems(label: string, pattern: string): string[] {
    const problems: string[] = []
    let depth = 0
    let unbalanced = false
    for (const ch of pattern) {
        if (ch === '{') {
            depth += 1
            if (depth > 1) unbalanced = true
        } else if (ch === '}') {
            depth -= 1
            if (depth < 0) { unbalanced = true; depth = 0 }
        }
    }
    if (unbalanced || depth !== 0) {
        problems.push(`${label}: its braces do not pair up. Write each placeholder as {name}, with one opening and one closing brace, and no braces elsewhere.`)
    }
    const unknown = new Set<string>()
    for (const match of pattern.matchAll(PLACEHOLDER)) {
        const name = match[1].trim().toLowerCase()
        if (!isPlaceholder(name)) unknown.add(match[0])
    }
    if (unknown.size > 0) {
        problems.push(`${label}: ${[...unknown].join(', ')} ${unknown.size === 1 ? 'is not a placeholder' : 'are not placeholders'} the connector knows. Use ${PLACEHOLDER_NAMES.map((n) => `{${n}}`).join(' ')}.`)
    }
    return problems
}

// Characters of other pattern languages: a person who types them expects a
// meaning the app does not give, so the pattern would silently match nothing.
const FOREIGN_GLOB = /[[\]{}|\\]/
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

function globProblems(label: string, pattern: string): string[] {
    if (CONTROL.test(pattern)) return [`${label}: remove the line break or control character; a name pattern is one line.`]
    if (FOREIGN_GLOB.test(pattern)) {
        return [`${label}: "${singleLine(pattern)}" uses [ ] { } | or \\, which name patterns do not support. Use * for any run of characters and ? for exactly one.`]
    }
    return []
}

/**
 * Save-time problems of a template's patterns, each a sentence naming the field:
 * unknown placeholder, unbalanced braces, a name pattern with syntax it does not support.
 */
export function templateProblems(template: Pick<IncidentTemplate, 'shortDescription' | 'description' | 'schedulePattern' | 'jobPattern'>): string[] {
    return [
        ...patternProblems('Short description', template.shortDescription ?? ''),
        ...patternProblems('Description', template.description ?? ''),
        ...globProblems('Schedule name pattern', template.schedulePattern ?? ''),
        ...globProblems('Job name pattern', template.jobPattern ?? ''),
    ]
}

/**
 * Whether `value` matches a glob of `*` (any run, also empty) and `?` (exactly one
 * character), ignoring letter case; every other character matches itself. An empty
 * pattern matches anything. Iterative with one backtrack point, so a pattern of many
 * stars costs at most pattern × value steps (a regular expression could take exponential time).
 */
export function globMatches(pattern: string, value: string): boolean {
    const p = [...pattern.trim().toLowerCase()]
    if (p.length === 0) return true
    const v = [...value.toLowerCase()]
    let pi = 0
    let vi = 0
    let star = -1
    let resume = 0
    while (vi < v.length) {
        if (pi < p.length && (p[pi] === '?' || (p[pi] !== '*' && p[pi] === v[vi]))) {
            pi += 1
            vi += 1
        } else if (pi < p.length && p[pi] === '*') {
            star = pi
            resume = vi
            pi += 1
        } else if (star >= 0) {
            pi = star + 1
            resume += 1
            vi = resume
        } else {
            return false
        }
    }
    while (pi < p.length && p[pi] === '*') pi += 1
    return pi === p.length
}

function byOrderThenName(a: IncidentTemplate, b: IncidentTemplate): number {
    if (a.order !== b.order) return a.order - b.order
    const an = a.name.toLowerCase()
    const bn = b.name.toLowerCase()
    if (an !== bn) return an < bn ? -1 : 1
    return a.sysId < b.sysId ? -1 : a.sysId > b.sysId ? 1 : 0
}

/**
 * The template for a failed job: active ones for this server or for any server,
 * by order then name, the first whose schedule and job patterns both match. Null
 * when none does: the caller then falls back (pickTemplate).
 */
export function chooseTemplate(
    templates: IncidentTemplate[],
    job: { serverSysId: string; scheduleName: string; jobName: string },
): IncidentTemplate | null {
    const candidates = templates
        .filter((t) => t.active && (t.server === '' || t.server === job.serverSysId))
        .sort(byOrderThenName)
    return candidates.find((t) => globMatches(t.schedulePattern, job.scheduleName) && globMatches(t.jobPattern, job.jobName)) ?? null
}

export type TemplateSource = 'matched' | 'server' | 'default' | 'built-in'

/**
 * The whole choice: a matching template (the shipped Default never matches by
 * pattern, or it would shadow every server's own template), else the server's
 * template if it is active, else the shipped Default as it is now (active or not:
 * a failure must still open an incident), else BUILT_IN_DEFAULT.
 */
export function pickTemplate(
    templates: IncidentTemplate[],
    job: { serverSysId: string; scheduleName: string; jobName: string },
    fallbacks: { serverTemplate: string; defaultTemplate: string },
): { template: IncidentTemplate; source: TemplateSource } {
    const matched = chooseTemplate(templates.filter((t) => fallbacks.defaultTemplate === '' || t.sysId !== fallbacks.defaultTemplate), job)
    if (matched) return { template: matched, source: 'matched' }
    const serverTemplate = fallbacks.serverTemplate === '' ? undefined : templates.find((t) => t.sysId === fallbacks.serverTemplate)
    if (serverTemplate && serverTemplate.active) return { template: serverTemplate, source: 'server' }
    const shipped = templates.find((t) => t.sysId === fallbacks.defaultTemplate)
    if (shipped) return { template: shipped, source: 'default' }
    return { template: BUILT_IN_DEFAULT, source: 'built-in' }
}

function level(value: string): string {
    const v = String(value ?? '').trim()
    return v === '1' || v === '2' || v === '3' ? v : ''
}

/** The facts the pattern did not name, one "Label: value" line each, after a heading. */
function factsBlock(pattern: string, facts: FailureFacts): string[] {
    const used = placeholdersIn(pattern)
    const missing = REQUIRED_FACTS.filter(([name]) => !used.has(name))
    if (missing.length === 0) return []
    return ['OpCon job:', ...missing.map(([name, label]) => `${label}: ${factValue(name, facts)}`)]
}

/**
 * The incident fields a template gives for one failure. Outside business hours
 * (`afterHours`) the after-hours impact, urgency and group replace the others
 * where the template sets them. The description names every fact of the failure
 * whatever its pattern says; the short description fits incident's 160 characters,
 * ending with "…" when cut.
 */
export function renderIncident(template: IncidentTemplate, facts: FailureFacts, afterHours: boolean): IncidentValues {
    const shortPattern = template.shortDescription.trim() === '' ? DEFAULT_SHORT_DESCRIPTION : template.shortDescription
    const filled = singleLine(fill(shortPattern, facts)).trim()
    // A pattern of optional facts only ({text}) can come out empty: an incident needs words.
    const short = capped(filled === '' ? singleLine(fill(DEFAULT_SHORT_DESCRIPTION, facts)) : filled, SHORT_DESCRIPTION_MAX)

    const tail: string[] = factsBlock(template.description, facts)
    const previous = journalText(facts.previousIncident ?? '', 100).trim()
    const text = journalText(facts.text ?? '', CAPS.text).trim()
    const body = fill(template.description, facts).trim()
    if (previous !== '' && !body.includes(`Previous incident ${previous}`)) tail.push(`Previous incident ${previous}`)
    if (text !== '' && !placeholdersIn(template.description).has('text')) tail.push(`Text from OpCon: ${text}`)
    const block = tail.join('\n')
    // The block always fits: the pattern's own text gives way first.
    const room = DESCRIPTION_MAX - block.length - (block && body ? 2 : 0)
    const description = [capped(body, Math.max(0, room)), block].filter((part) => part !== '').join('\n\n')

    const impact = (afterHours && level(template.afterHoursImpact)) || level(template.impact)
    const urgency = (afterHours && level(template.afterHoursUrgency)) || level(template.urgency)
    const group = (afterHours && template.afterHoursGroup) || template.assignmentGroup
    return {
        short_description: short,
        description,
        caller_id: template.caller,
        assignment_group: group,
        category: template.category,
        subcategory: template.subcategory,
        impact,
        urgency,
        attachJobLog: template.attachJobLog,
    }
}

/** What the save-time rule found for one reference a template names. */
export interface NamedReference {
    /** The field's label, as the form shows it. */
    label: string
    /** The sys_id stored; '' when the field is empty. */
    value: string
    /** 'missing': no such row; 'inactive': the row is there and inactive. */
    state: 'ok' | 'missing' | 'inactive'
}

/**
 * Save-time problems of a template's references (caller, groups, business-hours
 * schedule): an incident opened from it would name nobody, or a group that no
 * longer works, at the moment a job has already failed.
 */
export function referenceProblems(references: NamedReference[]): string[] {
    return references.flatMap((ref) => {
        if (ref.value === '' || ref.state === 'ok') return []
        return ref.state === 'missing'
            ? [`${ref.label}: the record it names does not exist (it may have been deleted). Choose an existing one or clear the field.`]
            : [`${ref.label}: the record it names is inactive. Choose an active one or clear the field.`]
    })
}

/** A template row as the Glide shell reads it: every field as text ('' when empty). */
export type TemplateRow = { [field in 'sys_id' | 'name' | 'active' | 'order' | 'server' | 'schedule_pattern' | 'job_pattern' | 'caller'
    | 'assignment_group' | 'category' | 'subcategory' | 'impact' | 'urgency' | 'after_hours_schedule' | 'after_hours_impact'
    | 'after_hours_urgency' | 'after_hours_group' | 'attach_job_log' | 'short_description' | 'description']: string }

export const TEMPLATE_FIELDS: Array<keyof TemplateRow> = ['sys_id', 'name', 'active', 'order', 'server', 'schedule_pattern', 'job_pattern', 'caller',
    'assignment_group', 'category', 'subcategory', 'impact', 'urgency', 'after_hours_schedule', 'after_hours_impact',
    'after_hours_urgency', 'after_hours_group', 'attach_job_log', 'short_description', 'description']

function flag(value: string, otherwise: boolean): boolean {
    const v = value.trim().toLowerCase()
    if (v === '1' || v === 'true') return true
    if (v === '0' || v === 'false') return false
    return otherwise
}

/** The row as plain data; booleans read '1'/'0' (getValue) or 'true'/'false'. */
export function templateFromRow(row: TemplateRow): IncidentTemplate {
    const order = Number.parseInt(row.order, 10)
    return {
        sysId: row.sys_id,
        name: row.name,
        active: flag(row.active, false),
        order: Number.isFinite(order) ? order : 0,
        server: row.server,
        schedulePattern: row.schedule_pattern,
        jobPattern: row.job_pattern,
        caller: row.caller,
        assignmentGroup: row.assignment_group,
        category: row.category,
        subcategory: row.subcategory,
        impact: row.impact,
        urgency: row.urgency,
        afterHoursSchedule: row.after_hours_schedule,
        afterHoursImpact: row.after_hours_impact,
        afterHoursUrgency: row.after_hours_urgency,
        afterHoursGroup: row.after_hours_group,
        attachJobLog: flag(row.attach_job_log, true),
        shortDescription: row.short_description,
        description: row.description,
    }
}
