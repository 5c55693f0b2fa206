// Glide shell around failure-settings.ts: reads the failure properties.
import { readProperty } from '../settings/config.ts'
import { parseFailureSettings, type FailureSettings } from './failure-settings.ts'

export function loadFailureSettings(): FailureSettings {
    return parseFailureSettings(readProperty)
}
