// The connector's system properties (and the platform's cap on waiting for a
// MID server), read once per use and clamped to sane ranges: an admin's typo
// must not disable retries or hang a transaction.
import { JOB_ACTIONS, OPCON_ACTIONS, type OpConActionName } from '../opcon/job-status.ts'
import { MAX_CALLS_PER_SECOND_CAP } from '../sync/server-pace.ts'

export type LogLevel = 'error' | 'warn' | 'info' | 'debug'
export type ResolveAction = 'markFixed' | 'restart'

export interface Settings {
    enabled: boolean
    correlationDisplay: string
    resolveAction: ResolveAction
    httpTimeoutMs: number
    maxAttempts: number
    retryBackoffSeconds: number
    workNotes: boolean
    logLevel: LogLevel
    /**
     * The job actions OpConApi sends (x_opcon.api_actions): OpCon action names,
     * comma-separated. Unset: the six the OpCon Job dialog offers; empty: none.
     */
    apiActions: OpConActionName[]
    /** Names in x_opcon.api_actions that are not OpCon job actions: ignored, and named when a call is refused. */
    apiActionsIgnored: string[]
    /**
     * How long the instance waits for a call through a MID server, whatever
     * x_opcon.http_timeout_ms says: the platform's glide.http.outbound.max_timeout
     * (seconds, 30 unless changed; ServiceNow KB0744311). null when an admin
     * switched that cap off (glide.http.outbound.max_timeout.enabled false):
     * then the timeout governs.
     */
    midServerWaitMs: number | null
    /**
     * The most job-action calls (POST /api/jobactions, its result reads, the
     * job read before a restart) the connector starts per second to one OpCon
     * server, across all its workers (server-pace.ts); 0: no pace.
     */
    maxCallsPerSecond: number
}

export const DEFAULT_SETTINGS: Settings = {
    enabled: true,
    correlationDisplay: 'SMA_OPCON',
    resolveAction: 'markFixed',
    httpTimeoutMs: 30000,
    maxAttempts: 5,
    retryBackoffSeconds: 60,
    workNotes: true,
    logLevel: 'info',
    apiActions: [...JOB_ACTIONS],
    apiActionsIgnored: [],
    midServerWaitMs: 30000,
    maxCallsPerSecond: 5,
}

/** A property read as true/false (also 1/0, yes/no); anything else is the fallback. */
export function bool(value: string | null, fallback: boolean): boolean {
    if (value === null) return fallback
    const v = value.trim().toLowerCase()
    if (v === 'true' || v === '1' || v === 'yes') return true
    if (v === 'false' || v === '0' || v === 'no') return false
    return fallback
}

/** A property read as a whole number, clamped to [min, max]; anything else is the fallback. */
export function int(value: string | null, fallback: number, min: number, max: number): number {
    if (value === null || !/^\s*-?\d+\s*$/.test(value)) return fallback
    return Math.min(max, Math.max(min, parseInt(value, 10)))
}

/**
 * x_opcon.api_actions: each name is matched to OpCon's own spelling whatever
 * its case (an admin typing "markfixed" means markFixed); a name OpCon does
 * not know is ignored, never guessed. Unset gives the default; an admin who
 * empties it switches job actions through the API off.
 */
function apiActions(value: string | null): { allowed: OpConActionName[]; ignored: string[] } {
    if (value === null) return { allowed: [...DEFAULT_SETTINGS.apiActions], ignored: [] }
    const allowed: OpConActionName[] = []
    const ignored: string[] = []
    for (const name of value.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
        const action = OPCON_ACTIONS.find((known) => known.toLowerCase() === name.toLowerCase())
        if (action === undefined) {
            if (!ignored.includes(name)) ignored.push(name)
        } else if (!allowed.includes(action)) allowed.push(action)
    }
    return { allowed, ignored }
}

/**
 * How long final OpCon action rows are kept, in days (x_opcon.action_retention_days):
 * at least a week, so a typo cannot wipe the audit trail; at most ten years.
 * Read by the retention rule (retention-rules.ts), not by every transaction, so it
 * is not part of Settings.
 */
export const ACTION_RETENTION = { property: 'x_opcon.action_retention_days', defaultDays: 90, minDays: 7, maxDays: 3650 } as const

export function actionRetentionDays(value: string | null): number {
    return int(value, ACTION_RETENTION.defaultDays, ACTION_RETENTION.minDays, ACTION_RETENTION.maxDays)
}

/** Reads settings through `get` (property name → value or null when unset). */
export function parseSettings(get: (name: string) => string | null): Settings {
    const d = DEFAULT_SETTINGS
    const display = get('x_opcon.correlation_display')
    const resolve = (get('x_opcon.resolve_action') ?? '').trim()
    const level = (get('x_opcon.log_level') ?? '').trim().toLowerCase()
    const actions = apiActions(get('x_opcon.api_actions'))
    return {
        enabled: bool(get('x_opcon.enabled'), d.enabled),
        correlationDisplay: display !== null && display.trim() !== '' ? display.trim() : d.correlationDisplay,
        resolveAction: resolve === 'restart' || resolve === 'markFixed' ? resolve : d.resolveAction,
        httpTimeoutMs: int(get('x_opcon.http_timeout_ms'), d.httpTimeoutMs, 1000, 120000),
        maxAttempts: int(get('x_opcon.max_attempts'), d.maxAttempts, 1, 20),
        retryBackoffSeconds: int(get('x_opcon.retry_backoff_seconds'), d.retryBackoffSeconds, 1, 3600),
        workNotes: bool(get('x_opcon.work_notes'), d.workNotes),
        logLevel: level === 'error' || level === 'warn' || level === 'info' || level === 'debug' ? level : d.logLevel,
        apiActions: actions.allowed,
        apiActionsIgnored: actions.ignored,
        maxCallsPerSecond: int(get('x_opcon.max_calls_per_second'), d.maxCallsPerSecond, 0, MAX_CALLS_PER_SECOND_CAP),
        midServerWaitMs: bool(get('glide.http.outbound.max_timeout.enabled'), true)
            ? int(get('glide.http.outbound.max_timeout'), 30, 1, 86400) * 1000
            : null,
    }
}
