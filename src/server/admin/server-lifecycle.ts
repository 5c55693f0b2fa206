// Glide shell: what a server's activation, deactivation and deletion do to
// the job actions waiting for it (delivery.ts holds, resumes or fails them).
import { gs, type GlideRecord } from '@servicenow/glide'
import { failServerActions, holdServerActions, resumeServerActions } from '../sync/delivery.ts'
import { log } from '../log/log.ts'

function nameOf(server: GlideRecord): string {
    return `${String(server.getValue('name') ?? '')} (${String(server.getValue('address') ?? '')})`
}

/** After update of x_opcon_server, when Active changed. */
export function onServerActiveChanged(current: GlideRecord, previous: GlideRecord | null): void {
    void previous
    const name = nameOf(current)
    if (current.getValue('active') === '1') {
        resumeServerActions(current.getUniqueValue(), name)
        log.info(`OpCon server ${name} activated by ${gs.getUserName()}: its held actions go on.`)
    } else {
        holdServerActions(current.getUniqueValue(), name)
        log.warn(`OpCon server ${name} deactivated by ${gs.getUserName()}: its waiting actions are held until it is active again.`)
    }
}

/** Before delete of x_opcon_server. */
export function onServerDeleted(current: GlideRecord, previous: GlideRecord | null): void {
    void previous
    const name = nameOf(current)
    failServerActions(current.getUniqueValue(), name, `${gs.getUserDisplayName()} (${gs.getUserName()})`)
    log.warn(`OpCon server ${name} deleted by ${gs.getUserName()}: its unfinished actions failed, each saying what to do.`)
}
