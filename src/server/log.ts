// The connector's system log, filtered by x_opcon.log_level. Callers pass
// sentences built from server names and ids; tokens never reach this module.
import { gs } from '@servicenow/glide'
import type { LogLevel } from './settings.ts'

const RANK: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 }
const PREFIX = '[OpCon Connector] '

function enabled(level: LogLevel): boolean {
    const configured = String(gs.getProperty('x_opcon.log_level', 'info') ?? 'info').trim().toLowerCase() as LogLevel
    return RANK[level] <= (RANK[configured] ?? RANK.info)
}

export const log = {
    error(message: string): void {
        if (enabled('error')) gs.error(PREFIX + message)
    },
    warn(message: string): void {
        if (enabled('warn')) gs.warn(PREFIX + message)
    },
    info(message: string): void {
        if (enabled('info')) gs.info(PREFIX + message)
    },
    debug(message: string): void {
        if (enabled('debug')) gs.debug(PREFIX + message)
    },
}
