// Glide shell: the read ACL script of the connector's rows about an incident
// (x_opcon_action, x_opcon_binding). An agent with x_opcon.user reads such a
// row only when they may read its incident, by the instance's own incident ACLs
// (GlideRecordSecure, as the user: "Using GlideRecordSecure", ServiceNow docs).
// The platform runs this once per row it shows: one primary-key read of the
// incident, nothing else.
import { GlideRecordSecure, type GlideRecord } from '@servicenow/glide'

export function canReadIncidentOf(current: GlideRecord): boolean {
    const incident = String(current.getValue('incident') ?? '')
    // A row about no incident (or about one that was deleted) is for admins only.
    if (incident === '') return false
    return new GlideRecordSecure('incident').get(incident)
}
