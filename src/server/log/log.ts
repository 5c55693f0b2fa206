// The connector's system log, filtered by x_opcon.log_level. Callers pass
// sentences built from server names and ids; tokens never reach this module.
// Each line is one line of plain text, capped (journal-text.ts): the values in
// it come from outside, and a line break would forge the next log line.
import { gs } from '@servicenow/glide'
import { CAPS, journalText } from './journal-text.ts'
import type { LogLevel } from '../settings/settings.ts'

const RANK: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 }
const PREFIX = '[OpCon Connector] '

function enabled(level: LogLevel): boolean {
    const configured = String(gs.getProperty('x_opcon.log_level', 'info') ?? 'info').trim().toLowerCase() as LogLevel
    return RANK[level] <= (RANK[configured] ?? RANK.info)
}

const line = (message: string): string => PREFIX + journalText(message, CAPS.log)

export const log = {
    error(message: string): void {
        if (enabled('error')) gs.error(line(message))
    },
    warn(message: string): void {
        if (enabled('warn')) gs.warn(line(message))
    },
    info(message: string): void {
        if (enabled('info')) gs.info(line(message))
    },
    debug(message: string): void {
        if (enabled('debug')) gs.debug(line(message))
    },
}
