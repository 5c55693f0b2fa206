// What OpCon (a Notification Manager "Run Command") may push: the OpCon
// address and the daily job id of a failed job, and optional text. Nothing
// else in the body is trusted or used; anything else is refused in words.
import { checkAddress, checkDailyJobId, hasControlCharacter, shown } from '../opcon/correlation.ts'

export const PUSH_FIELDS = ['address', 'daily_job_id', 'text'] as const
export const PUSH_TEXT_MAX = 1000

export type PushReading =
    | { ok: true; address: string; dailyJobId: string; text: string }
    | { ok: false; message: string }

export function readPush(body: unknown): PushReading {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return { ok: false, message: 'Send a JSON object: {"address": "<OpCon host:port>", "daily_job_id": "<yyyyMMdd|schedule id|instance|job name>", "text": "<optional>"}.' }
    }
    const fields = body as Record<string, unknown>
    const unknown = Object.keys(fields).filter((name) => !(PUSH_FIELDS as readonly string[]).includes(name))
    if (unknown.length > 0) return { ok: false, message: `Unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${shown(n, 40)}"`).join(', ')}: only address, daily_job_id and text are accepted.` }
    if (fields.address === undefined) return { ok: false, message: 'The field "address" is missing: give the OpCon server\'s address (host:port) as registered in ServiceNow.' }
    if (fields.daily_job_id === undefined) return { ok: false, message: 'The field "daily_job_id" is missing: give the daily job id, yyyyMMdd|schedule id|instance|job name.' }
    const badAddress = typeof fields.address === 'string' ? checkAddress(fields.address) : 'The address must be text (host:port).'
    if (badAddress !== null) return { ok: false, message: badAddress }
    const badJob = checkDailyJobId(fields.daily_job_id)
    if (badJob !== null) return { ok: false, message: badJob }
    const text = fields.text ?? ''
    if (typeof text !== 'string') return { ok: false, message: 'The field "text" must be text.' }
    if (text.length > PUSH_TEXT_MAX) return { ok: false, message: `The field "text" is ${text.length} characters long; at most ${PUSH_TEXT_MAX} are kept, so send less.` }
    // A tab or line break in OpCon's text is fine; other control characters are not text.
    if (hasControlCharacter(text.replace(/[\t\r\n]/g, ' '))) return { ok: false, message: 'The field "text" holds control characters.' }
    return { ok: true, address: (fields.address as string).trim(), dailyJobId: fields.daily_job_id as string, text }
}
