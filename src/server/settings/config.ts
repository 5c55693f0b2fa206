// Glide shell around settings.ts: reads the connector's system properties.
import { gs } from '@servicenow/glide'
import { parseSettings, type Settings } from './settings.ts'

/** A system property's value, or null when it is not set. */
export function readProperty(name: string): string | null {
    const value = gs.getProperty(name, '\u0000unset')
    return value === '\u0000unset' || value === null || value === undefined ? null : String(value)
}

export function loadSettings(): Settings {
    return parseSettings(readProperty)
}
