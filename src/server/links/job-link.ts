// Which OpCon job an incident controls is the app's own record (a job link,
// table x_opcon_binding), never the incident's correlation fields as they
// are now: any agent can edit those. A link is written only when a trusted
// source sets the fields (the account OpCon's connector uses, with role
// x_opcon.integration; an OpCon Connector admin; the app itself). Pure: the
// decisions and the words people read.
import { parseCorrelationId, type JobReference } from '../opcon/correlation.ts'

/** incident.correlation_id's length in the base dictionary (sdk-notes): an id that long may have been cut short. */
export const CORRELATION_ID_MAX = 100

/** Who set the correlation fields, as far as linking is concerned. */
export type LinkSource = 'integration' | 'admin' | 'app'

export interface LinkedJob {
    address: string
    dailyJobId: string
}

export interface CorrelationEdit {
    /** The editing user's trust: their x_opcon.integration or x_opcon.admin role (held themselves), or null. */
    trusted: LinkSource | null
    /** The editing user's name, for the words. */
    user: string
    number: string
    correlationDisplay: string
    correlationId: string
    /** x_opcon.correlation_display: what marks an incident as OpCon's. */
    opconDisplay: string
    /** incident.correlation_id's length limit: an id that long may have been cut short. */
    correlationIdMaxLength: number
    /** The incident's active link, if it has one. */
    linked: LinkedJob | null
}

export type LinkDecision =
    /** Not OpCon's, not linked: the fields are some other integration's business. */
    | { kind: 'ignore' }
    /** A trusted source set the fields to the job the incident is already linked to. */
    | { kind: 'unchanged' }
    | { kind: 'link'; reference: JobReference; how: LinkSource }
    /** The link stays as it is; `note` says why (a work note on the incident, and the log). */
    | { kind: 'refused'; why: 'untrusted' | 'not_opcon' | 'truncated' | 'unparsable'; note: string }

function describeLink(linked: LinkedJob | null): string {
    return linked
        ? `It stays linked to OpCon job ${linked.dailyJobId} on ${linked.address}.`
        : 'It is not linked to an OpCon job, so its state changes send nothing to OpCon.'
}

const HOW_TO_LINK = 'An OpCon Connector admin can check the job in OpCon and link it with "Link to OpCon job" on the incident ' +
    '(or, for a daily job id longer than the incident\'s Correlation ID field holds, under OpCon Connector > Job Links).'

/** What a change of an incident's correlation fields does to its job link. */
export function decideCorrelationEdit(edit: CorrelationEdit): LinkDecision {
    const saysOpCon = edit.correlationDisplay.trim() === edit.opconDisplay
    if (!saysOpCon && edit.linked === null) return { kind: 'ignore' }
    // Fields that say what the link says move nothing, whoever set them: the
    // connector itself opens incidents this way (the link first, then the
    // incident), and an id too long for the field is left empty, never cut.
    if (saysOpCon && edit.linked && fieldsName(edit.linked, edit.correlationId, edit.correlationIdMaxLength)) return { kind: 'unchanged' }
    const unchanged = `The OpCon link of ${edit.number} is unchanged.`
    if (edit.trusted === null) {
        return {
            kind: 'refused', why: 'untrusted',
            note: `${unchanged} ${edit.user} changed its correlation fields, but only the OpCon integration account or an OpCon Connector admin may link an incident to an OpCon job. ` +
                `${describeLink(edit.linked)}${edit.linked ? '' : ` ${HOW_TO_LINK}`}`,
        }
    }
    if (!saysOpCon) {
        return {
            kind: 'refused', why: 'not_opcon',
            note: `${unchanged} Its Correlation display is no longer "${edit.opconDisplay}", but a link is only replaced by another job, never dropped by an edit. ${describeLink(edit.linked)}`,
        }
    }
    if (edit.correlationId.length >= edit.correlationIdMaxLength) {
        return {
            kind: 'refused', why: 'truncated',
            note: `${unchanged} Its correlation id is ${edit.correlationId.length} characters long, the Correlation ID field's limit, so its daily job id may have been cut short. ` +
                `${describeLink(edit.linked)} ${HOW_TO_LINK}`,
        }
    }
    const parsed = parseCorrelationId(edit.correlationId)
    if (!parsed.ok) {
        return { kind: 'refused', why: 'unparsable', note: `${unchanged} Its correlation id cannot be used: ${parsed.error.message}. ${describeLink(edit.linked)}` }
    }
    const reference = parsed.value
    if (edit.linked && edit.linked.address === reference.address && edit.linked.dailyJobId === reference.dailyJobId) return { kind: 'unchanged' }
    return { kind: 'link', reference, how: edit.trusted }
}

/** The correlation id an incident linked to `job` carries: `<address>,<daily job id>`, or '' when that does not fit the field. */
export function correlationIdFor(job: LinkedJob, maxLength = CORRELATION_ID_MAX): string {
    const full = `${job.address},${job.dailyJobId}`
    return full.length < maxLength ? full : ''
}

function fieldsName(linked: LinkedJob, correlationId: string, maxLength: number): boolean {
    return correlationId === correlationIdFor(linked, maxLength)
}

/** Why a state change of an incident without a link sends nothing, and what to do. */
export function notLinkedReason(number: string, fields: { saysOpCon: boolean; correlationId: string; correlationIdMaxLength: number }): string {
    let what = `${number} is not linked to an OpCon job.`
    if (fields.saysOpCon) {
        const parsed = parseCorrelationId(fields.correlationId)
        const why = !parsed.ok ? `its correlation id cannot be used: ${parsed.error.message}`
            : fields.correlationId.length >= fields.correlationIdMaxLength ? 'its correlation id fills the Correlation ID field and may have been cut short'
            : 'its correlation fields were not set by the OpCon integration account or an OpCon Connector admin'
        what = `${number} says it is an OpCon incident, but it is not linked to an OpCon job: ${why}.`
    }
    return `${what} Nothing was sent to OpCon. ${HOW_TO_LINK}`
}

/** The work note when an admin links an incident by hand. */
export function linkedNote(reference: { address: string; dailyJobId: string }, user: string, previous: LinkedJob | null): string {
    const before = previous ? ` (it was linked to OpCon job ${previous.dailyJobId} on ${previous.address})` : ''
    return `Linked to OpCon job ${reference.dailyJobId} on ${reference.address} by ${user}${before}. State changes of this incident now act on that job.`
}
