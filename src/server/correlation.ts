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

// A host is a DNS name, an IPv4 address, or an IPv6 address in brackets.
const HOST = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$/

export function parseAddress(address: string): { host: string; port: number } | CorrelationError {
    const colon = address.lastIndexOf(':')
    const host = colon > 0 ? address.slice(0, colon) : address
    if (colon <= 0 || !HOST.test(host)) {
        return { code: 'bad_address', message: `OpCon address "${address}" is not <host>:<port> (an IPv6 host goes in brackets: [::1]:9010)` }
    }
    const portText = address.slice(colon + 1)
    const port = Number(portText)
    if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535) {
        return { code: 'bad_port', message: `OpCon address "${address}" has no valid port (1-65535)` }
    }
    return { host, port }
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
    if (text.trim() === '') return fail('empty', 'The correlation id is empty')
    // Only the first comma separates: a job name may contain commas.
    const comma = text.indexOf(',')
    if (comma < 0) return fail('missing_comma', `Correlation id "${text}" has no comma between the OpCon address and the daily job id`)
    const address = text.slice(0, comma)
    const dailyJobId = text.slice(comma + 1)
    if (address !== address.trim() || dailyJobId !== dailyJobId.trim() || /\s/.test(address)) {
        return fail('whitespace', `Correlation id "${text}" has spaces around its parts`)
    }
    const parsed = parseAddress(address)
    if ('code' in parsed) return fail(parsed.code, parsed.message)
    const job = parseDailyJobId(dailyJobId)
    if (!job.ok) return job
    return { ok: true, value: { address, host: parsed.host, port: parsed.port, ...job.value } }
}

export type DailyJobReference = Omit<JobReference, 'address' | 'host' | 'port'>

/** Reads a daily job id "<yyyyMMdd>|<schedule id>|<instance>|<job name>"; never throws. */
export function parseDailyJobId(dailyJobId: string): { ok: true; value: DailyJobReference } | { ok: false; error: CorrelationError } {
    const parts = dailyJobId.split('|')
    if (parts.length < 4) {
        return fail('bad_job_id', `Daily job id "${dailyJobId}" has ${parts.length} part${parts.length === 1 ? '' : 's'}, not 4`)
    }
    const [date, scheduleId, scheduleInstance] = parts
    // The job name is everything after the third separator.
    const jobName = parts.slice(3).join('|')
    if (!/^\d{8}$/.test(date) || !isCalendarDate(date)) return fail('bad_date', `Daily job id "${dailyJobId}" does not start with a date (yyyyMMdd)`)
    if (!/^\d+$/.test(scheduleId) || !/^\d+$/.test(scheduleInstance)) {
        return fail('bad_job_id', `Daily job id "${dailyJobId}" needs a numeric schedule id and instance`)
    }
    if (jobName.trim() === '' || jobName !== jobName.trim()) {
        return fail(jobName.trim() === '' ? 'bad_job_id' : 'whitespace', `Daily job id "${dailyJobId}" has ${jobName.trim() === '' ? 'no job name' : 'spaces around the job name'}`)
    }
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
