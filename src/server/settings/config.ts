// Glide shell around settings.ts: reads the connector's system properties.
import { gs } from '@servicenow/glide'
import { parseSettings, type Settings } from './settings.ts'

export function loadSettings(): Settings {
    return parseSettings((name) => {
        const value = gs.getProperty(name, '\u0000unset')
        return value === '\u0000unset' || value === null || value === undefined ? null : String(value)
    })
}
