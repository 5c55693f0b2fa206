// Glide shell: the instance's clock as the connector's rows store it
// (GlideDateTime values, UTC "yyyy-MM-dd HH:mm:ss").
import { GlideDateTime } from '@servicenow/glide'

export function nowValue(): string {
    return new GlideDateTime().getValue()
}

/** The time `seconds` from now. */
export function inSeconds(seconds: number): string {
    const at = new GlideDateTime()
    at.addSeconds(seconds)
    return at.getValue()
}
