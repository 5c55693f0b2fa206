// Glide shell: the audit rows of OpConApi's state-changing calls in
// x_opcon_action (source api). A row is written before the request leaves
// (state calling) and completed with the outcome, so a call whose transaction
// dies mid-way still shows. These rows never take a state delivery works on
// (queued, sending, sent, held): delivery never picks them up, even the row of
// a Flow action that moved an incident's linked job (which names the incident,
// so the incident's OpCon history shows it).
import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { AUDIT_LIMITS, auditText, type ApiAuditState, type Caller, type StateChange } from './api-policy.ts'

export interface AuditStart {
    caller: Caller
    /** sys_id of the calling user (gs.getUserID()). */
    userId: string
    change: StateChange
    address: unknown
    /** The registered server's sys_id, '' when the call was refused before it was found. */
    serverId: string
    /** The incident whose linked job a Flow action moves ('' for none). */
    incident: string
    state: Extract<ApiAuditState, 'calling' | 'refused'>
    message: string
}

export interface AuditEnd {
    state: ApiAuditState
    message: string
    opconId: string
    httpStatus: number
}

const now = () => new GlideDateTime().getValue()

/** Writes the row; its sys_id, or null when the instance did not write it. */
export function startAudit(start: AuditStart): string | null {
    const { change } = start
    const row = new GlideRecord('x_opcon_action')
    row.initialize()
    // A flow's call says which flow (flow_name); a script's call says which scope (caller_scope).
    row.setValue('source', start.caller.flow === null ? 'api' : 'flow')
    row.setValue('flow_name', auditText(start.caller.flow ?? '', AUDIT_LIMITS.flowName))
    row.setValue('kind', change.kind)
    row.setValue('action', change.action)
    row.setValue('target', change.target)
    row.setValue('daily_job_id', change.dailyJobId)
    row.setValue('job_name', change.jobName)
    row.setValue('reason', change.reason)
    row.setValue('requested_by', start.userId)
    row.setValue('caller_scope', auditText(start.caller.scope, AUDIT_LIMITS.callerScope))
    row.setValue('address', auditText(start.address, AUDIT_LIMITS.address))
    if (start.serverId !== '') row.setValue('server', start.serverId)
    if (start.incident !== '') row.setValue('incident', start.incident)
    row.setValue('state', start.state)
    row.setValue('message', auditText(start.message, AUDIT_LIMITS.message))
    if (start.state === 'refused') row.setValue('completed_on', now())
    else row.setValue('sent_on', now())
    const id = row.insert()
    return id ? String(id) : null
}

/** Completes the row of a call that was sent (or attempted). */
export function endAudit(sysId: string, end: AuditEnd, kind: StateChange['kind']): void {
    const row = new GlideRecord('x_opcon_action')
    if (!row.get(sysId)) return
    row.setValue('state', end.state)
    row.setValue('message', auditText(end.message, AUDIT_LIMITS.message))
    row.setValue('opcon_id', end.opconId)
    if (kind === 'job_action') row.setValue('job_action_id', end.opconId)
    row.setValue('http_status', String(end.httpStatus))
    row.setValue('attempts', '1')
    if (end.state !== 'accepted' && end.state !== 'calling') row.setValue('completed_on', now())
    row.update()
}
