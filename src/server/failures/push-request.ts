// What OpCon (a Notification Manager "Run Command") may push: the OpCon
// address and the daily job id of a failed job, and optional text. Nothing
// else in the body is trusted or used; anything else is refused in words.
// Every value is measured before any regex, query or OpCon call sees it.
import { ADDRESS_MAX, checkAddress, checkDailyJobId, hasControlCharacter, shown } from '../opcon/correlation.ts'

export const PUSH_FIELDS = ['address', 'daily_job_id', 'text'] as const
/** x_opcon_failure.text holds 1000. */
export const PUSH_TEXT_MAX = 1000
/** x_opcon_failure.address and x_opcon_server.address hold 255. */
export const PUSH_ADDRESS_MAX = ADDRESS_MAX
/**
 * x_opcon_failure.daily_job_id holds 4000, but the job name read from it goes
 * into x_opcon_failure.job_name (1000): an id of at most 1000 always fits both.
 */
export const PUSH_DAILY_JOB_ID_MAX = 1000
/** Unknown field names quoted in a refusal, and how much of each. */
const UNKNOWN_SHOWN = 5
const NAME_SHOWN = 40

function tooLong(field: string, length: number, max: number, what: string): string {
    return `The field "${field}" is ${length} characters long; ${what} has at most ${max}, so nothing was recorded. Check what the OpCon notification sends.`
}

export type PushReading =
    | { ok: true; address: string; dailyJobId: string; text: string }
    | { ok: false; message: string }

export function readPush(body: unknown): PushReading {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return { ok: false, message: 'Send a JSON object: {"address": "<OpCon host:port>", "daily_job_id": "<yyyyMMdd|schedule id|instance|job name>", "text": "<optional>"}.' }
    }
    const fields = body as Record<string, unknown>
    const unknown = Object.keys(fields).filter((name) => !(PUSH_FIELDS as readonly string[]).includes(name))
    if (unknown.length > 0) {
        const named = unknown.slice(0, UNKNOWN_SHOWN).map((n) => `"${shown(n, NAME_SHOWN)}"`).join(', ')
        const more = unknown.length > UNKNOWN_SHOWN ? ` and ${unknown.length - UNKNOWN_SHOWN} more` : ''
        return { ok: false, message: `Unknown field${unknown.length > 1 ? 's' : ''} ${named}${more}: only address, daily_job_id and text are accepted.` }
    }
    if (fields.address === undefined) return { ok: false, message: 'The field "address" is missing: give the OpCon server\'s address (host:port) as registered in ServiceNow.' }
    if (fields.daily_job_id === undefined) return { ok: false, message: 'The field "daily_job_id" is missing: give the daily job id, yyyyMMdd|schedule id|instance|job name.' }
    // Lengths first: nothing below (regexes, the server query, OpCon) sees an uncapped value.
    if (typeof fields.address === 'string' && fields.address.length > PUSH_ADDRESS_MAX) return { ok: false, message: tooLong('address', fields.address.length, PUSH_ADDRESS_MAX, 'an OpCon address (host:port)') }
    if (typeof fields.daily_job_id === 'string' && fields.daily_job_id.length > PUSH_DAILY_JOB_ID_MAX) return { ok: false, message: tooLong('daily_job_id', fields.daily_job_id.length, PUSH_DAILY_JOB_ID_MAX, 'a daily job id') }
    if (typeof fields.text === 'string' && fields.text.length > PUSH_TEXT_MAX) return { ok: false, message: tooLong('text', fields.text.length, PUSH_TEXT_MAX, 'the text') }
    const badAddress = typeof fields.address === 'string' ? checkAddress(fields.address) : 'The address must be text (host:port).'
    if (badAddress !== null) return { ok: false, message: badAddress }
    const badJob = checkDailyJobId(fields.daily_job_id)
    if (badJob !== null) return { ok: false, message: badJob }
    const text = fields.text ?? ''
    if (typeof text !== 'string') return { ok: false, message: 'The field "text" must be text.' }
    // A tab or line break in OpCon's text is fine; other control characters are not text.
    if (hasControlCharacter(text.replace(/[\t\r\n]/g, ' '))) return { ok: false, message: 'The field "text" holds control characters.' }
    return { ok: true, address: (fields.address as string).trim(), dailyJobId: fields.daily_job_id as string, text }
}

/**
 * The one answer for an address that is not registered, a server that is
 * inactive and one that does not collect failures: the push account learns
 * nothing about which servers exist. The failure's detail goes to the
 * system log for admins.
 */
export const NOT_TAKEN =
    'No OpCon server registered in this instance takes failure reports for this address, so nothing was recorded. An OpCon Connector admin can check the address under OpCon Connector > Servers (registered, active, "Open incidents for failed jobs" on).'
