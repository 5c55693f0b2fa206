// How an OpCon incident names its job: correlation_id = "<host:port>,<daily job id>",
// daily job id = "<yyyyMMdd>|<schedule id>|<schedule instance>|<job name>".
// Pure: no Glide import, so every malformed form is unit-tested.

export interface JobReference {
    /** The OpCon REST API address exactly as written, e.g. `opcon.example.com:9010` or `[::1]:9010`. */
    address: string
    host: string
    port: number
    /** The whole daily job id, as OpCon's API expects it. */
    dailyJobId: string
    /** `yyyyMMdd|schedule id|instance`: the daily schedule the job belongs to. */
    dailyScheduleId: string
    /** The schedule date as `yyyy-MM-dd`. */
    scheduleDate: string
    scheduleId: string
    scheduleInstance: string
    jobName: string
}

export type CorrelationErrorCode =
    | 'empty'
    | 'missing_comma'
    | 'whitespace'
    | 'bad_address'
    | 'bad_port'
    | 'bad_job_id'
    | 'bad_date'

export interface CorrelationError {
    code: CorrelationErrorCode
    message: string
}

export type CorrelationResult = { ok: true; value: JobReference } | { ok: false; error: CorrelationError }

const EXPECTED = 'expected "<host:port>,<yyyyMMdd>|<schedule id>|<instance>|<job name>", e.g. "opcon.example.com:9010,20191220|123|1|GENP001"'

function fail(code: CorrelationErrorCode, detail: string): CorrelationResult {
    return { ok: false, error: { code, message: `${detail}; ${EXPECTED}` } }
}

// C0 and C1 control characters (line breaks included): no OpCon id or name
// holds one, and echoed into a message, log or row they could forge lines.
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g

/** Whether a text holds a control character (tab and line breaks included). */
export function hasControlCharacter(value: string): boolean {
    return value.search(CONTROL) >= 0
}

/** A value as it may be quoted in a message: control characters escaped (\u0007), never raw; cut at `max` (before the escaping regex sees it). */
export function shown(value: unknown, max = 200): string {
    const whole = String(value)
    const text = whole.slice(0, max).replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    return whole.length > max ? `${text}...` : text
}

/** The longest address a record holds (x_opcon_server.address, x_opcon_binding.address: 255). */
export const ADDRESS_MAX = 255
/** The longest daily job id a record holds (x_opcon_binding.daily_job_id, x_opcon_failure.daily_job_id: 4000). */
export const DAILY_JOB_ID_MAX = 4000

// A host is a DNS name, an IPv4 address, or an IPv6 address in brackets.
export const HOST = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$/

export function parseAddress(address: string): { host: string; port: number } | CorrelationError {
    if (address.length > ADDRESS_MAX) {
        return { code: 'bad_address', message: `OpCon address "${shown(address, 40)}" is ${address.length} characters long; an address has at most ${ADDRESS_MAX}` }
    }
    const colon = address.lastIndexOf(':')
    const host = colon > 0 ? address.slice(0, colon) : address
    if (colon <= 0 || !HOST.test(host)) {
        return { code: 'bad_address', message: `OpCon address "${shown(address)}" is not <host>:<port> (an IPv6 host goes in brackets: [::1]:9010)` }
    }
    const portText = address.slice(colon + 1)
    const port = Number(portText)
    if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535) {
        return { code: 'bad_port', message: `OpCon address "${shown(address)}" has no valid port (1-65535)` }
    }
    return { host, port }
}

/**
 * What is wrong with an address a script passed (the script API), or null:
 * the same check as an incident's correlation id gets, in words for a caller.
 */
export function checkAddress(address: unknown): string | null {
    const what = 'give the OpCon address exactly as registered under OpCon Connector > Servers, <host>:<port>, e.g. opcon.example.com:9010'
    if (typeof address !== 'string' || address === '') return `The OpCon address is missing or not text; ${what}.`
    const parsed = parseAddress(address)
    return 'code' in parsed ? `${parsed.message}; ${what}.` : null
}

/** Whether `yyyyMMdd` names a day that exists (20240229 yes, 20230229 no). */
export function isCalendarDate(yyyymmdd: string): boolean {
    const year = Number(yyyymmdd.slice(0, 4))
    const month = Number(yyyymmdd.slice(4, 6))
    const day = Number(yyyymmdd.slice(6, 8))
    const date = new Date(Date.UTC(year, month - 1, day))
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** Reads an incident's correlation_id; never throws. */
export function parseCorrelationId(raw: string | null | undefined): CorrelationResult {
    const text = raw ?? ''
    // Capped before any regex or split: an address and a daily job id, each as long as a record holds.
    if (text.length > ADDRESS_MAX + 1 + DAILY_JOB_ID_MAX) {
        return fail('bad_job_id', `Correlation id "${shown(text, 40)}" is ${text.length} characters long, more than an address and a daily job id can be`)
    }
    if (text.trim() === '') return fail('empty', 'The correlation id is empty')
    // Only the first comma separates: a job name may contain commas.
    const comma = text.indexOf(',')
    if (comma < 0) return fail('missing_comma', `Correlation id "${shown(text)}" has no comma between the OpCon address and the daily job id`)
    const address = text.slice(0, comma)
    const dailyJobId = text.slice(comma + 1)
    if (address !== address.trim() || dailyJobId !== dailyJobId.trim() || /\s/.test(address)) {
        return fail('whitespace', `Correlation id "${shown(text)}" has spaces around its parts`)
    }
    const parsed = parseAddress(address)
    if ('code' in parsed) return fail(parsed.code, parsed.message)
    const job = parseDailyJobId(dailyJobId)
    if (!job.ok) return job
    return { ok: true, value: { address, host: parsed.host, port: parsed.port, ...job.value } }
}

export type DailyJobReference = Omit<JobReference, 'address' | 'host' | 'port'>

type DailyJobIdReading = { ok: true; value: DailyJobReference } | { ok: false; code: CorrelationErrorCode; detail: string }

/**
 * Reads a daily job id. Besides its shape, it refuses what no OpCon job id
 * holds and what could change the meaning of the URL it goes into: a control
 * character, an empty part, or "." / ".." as a part (even though the id is
 * percent-encoded as one path segment, a proxy that decodes it must not see a
 * path step).
 */
function readDailyJobId(dailyJobId: string): DailyJobIdReading {
    const bad = (code: CorrelationErrorCode, detail: string): DailyJobIdReading => ({ ok: false, code, detail: `Daily job id "${shown(dailyJobId)}" ${detail}` })
    // Capped before any split or regex.
    if (dailyJobId.length > DAILY_JOB_ID_MAX) return bad('bad_job_id', `is ${dailyJobId.length} characters long; a record holds at most ${DAILY_JOB_ID_MAX}`)
    const parts = dailyJobId.split('|')
    if (hasControlCharacter(dailyJobId)) return bad('bad_job_id', 'holds a control character (a line break, tab or similar)')
    if (parts.length < 4) return bad('bad_job_id', `has ${parts.length} part${parts.length === 1 ? '' : 's'}, not 4`)
    const [date, scheduleId, scheduleInstance] = parts
    // The job name is everything after the third separator.
    const jobName = parts.slice(3).join('|')
    if (!/^\d{8}$/.test(date) || !isCalendarDate(date)) return bad('bad_date', 'does not start with a date (yyyyMMdd)')
    if (!/^\d+$/.test(scheduleId) || !/^\d+$/.test(scheduleInstance)) return bad('bad_job_id', 'needs a numeric schedule id and instance')
    if (jobName.trim() === '' || jobName !== jobName.trim()) {
        return bad(jobName.trim() === '' ? 'bad_job_id' : 'whitespace', `has ${jobName.trim() === '' ? 'no job name' : 'spaces around the job name'}`)
    }
    if (parts.some((part) => part === '')) return bad('bad_job_id', 'has an empty part between two "|"')
    if (parts.some((part) => part === '.' || part === '..')) return bad('bad_job_id', 'has "." or ".." as a part')
    return {
        ok: true,
        value: {
            dailyJobId,
            dailyScheduleId: parts.slice(0, 3).join('|'),
            scheduleDate: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
            scheduleId,
            scheduleInstance,
            jobName,
        },
    }
}

/** Reads a daily job id "<yyyyMMdd>|<schedule id>|<instance>|<job name>" of an incident's correlation id; never throws. */
export function parseDailyJobId(dailyJobId: string): { ok: true; value: DailyJobReference } | { ok: false; error: CorrelationError } {
    const read = readDailyJobId(dailyJobId)
    if (read.ok) return read
    return fail(read.code, read.detail) as { ok: false; error: CorrelationError }
}

/** What is wrong with a daily job id a script passed (the script API), or null. */
export function checkDailyJobId(dailyJobId: unknown): string | null {
    const how = 'give the job as yyyyMMdd|schedule id|instance|job name, e.g. 20191220|123|1|GENP001'
    if (typeof dailyJobId !== 'string' || dailyJobId.trim() === '') return `The daily job id is empty; ${how}.`
    const read = readDailyJobId(dailyJobId)
    return read.ok ? null : `${read.detail}; ${how}.`
}
