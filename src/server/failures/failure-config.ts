// Glide shell around failure-settings.ts: reads the failure properties.
import { gs } from '@servicenow/glide'
import { parseFailureSettings, type FailureSettings } from './failure-settings.ts'

export function loadFailureSettings(): FailureSettings {
    return parseFailureSettings((name) => {
        const value = gs.getProperty(name, '\u0000unset')
        return value === '\u0000unset' || value === null || value === undefined ? null : String(value)
    })
}
