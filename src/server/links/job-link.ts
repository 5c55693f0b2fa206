// Which OpCon job an incident controls is the app's own record (a job link,
// table x_opcon_binding), never the incident's correlation fields as they
// are now: any agent can edit those. A link is written only when a trusted
// source sets the fields (the account OpCon's connector uses, with role
// x_opcon.integration; an OpCon Connector admin; the app itself). The
// integration account's password sits on an agent, so its links wait until
// OpCon reports the job failed (link-check.ts), and nobody's correlation edit
// takes a job away from an active incident the connector or an admin linked.
// Pure: the decisions and the words people read.
import { parseCorrelationId, type JobReference } from '../opcon/correlation.ts'

/** incident.correlation_id's length in the base dictionary (sdk-notes): an id that long may have been cut short. */
export const CORRELATION_ID_MAX = 100

/** Who set the correlation fields, as far as linking is concerned. */
export type LinkSource = 'integration' | 'admin' | 'app'

export interface LinkedJob {
    address: string
    dailyJobId: string
}

/** incident.state values after which a link no longer holds its job (Closed, Canceled). */
const ENDED_INCIDENT_STATES: readonly string[] = ['7', '8']

/** An incident's active link to a job, as far as taking the job away is concerned. */
export interface JobHolder extends LinkedJob {
    incidentSysId: string
    incidentNumber: string
    /** x_opcon_binding.how: 'app', 'admin', 'integration'. */
    how: string
    /** The incident's state ('' when the incident is gone). */
    incidentState: string
}

/**
 * Whether a link holds its job against anyone's correlation edit: the
 * connector's own link or an admin's, while its incident is neither Closed nor
 * Canceled. Only an admin's relink (or the connector itself) moves it then.
 */
export function holdsJob(holder: Pick<JobHolder, 'how' | 'incidentState'>): boolean {
    return (holder.how === 'app' || holder.how === 'admin') && holder.incidentState !== '' && !ENDED_INCIDENT_STATES.includes(holder.incidentState)
}

function linkedByWords(how: string): string {
    return how === 'app' ? 'the connector itself' : how === 'admin' ? 'an OpCon Connector admin' : 'the OpCon integration account'
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
    /** The incident's active link, if it has one (how: who made it). */
    linked: (LinkedJob & { how?: string }) | null
    /** The incident's state, for whether its own link holds its job. */
    incidentState?: string
    /** The incident's link that awaits OpCon's confirmation, if any. */
    pending?: LinkedJob | null
    /** The active link of another incident to a job, if any (the shell reads x_opcon_binding). */
    holderOf?: (job: LinkedJob) => JobHolder | null
    /** An admin relinking by hand ("Link to OpCon job"): may move a job any link holds. */
    relink?: boolean
}

export type LinkDecision =
    /** Not OpCon's, not linked: the fields are some other integration's business. */
    | { kind: 'ignore' }
    /** A trusted source set the fields to the job the incident is already linked to. */
    | { kind: 'unchanged' }
    /** A new link; the integration account's awaits OpCon's confirmation that the job failed (`note` says so). */
    | { kind: 'link'; reference: JobReference; how: LinkSource; awaitsOpCon: false }
    | { kind: 'link'; reference: JobReference; how: LinkSource; awaitsOpCon: true; note: string }
    /** The link stays as it is; `note` says why (a work note on the incident, and the log). */
    | { kind: 'refused'; why: 'untrusted' | 'not_opcon' | 'truncated' | 'unparsable' | 'held' | 'taken'; note: string }

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
    if (edit.linked && sameJob(edit.linked, reference)) return { kind: 'unchanged' }
    if (!edit.relink && edit.trusted === 'integration' && edit.pending && sameJob(edit.pending, reference)) return { kind: 'unchanged' }
    if (!edit.relink) {
        // The incident's own link holds its job: an edit never takes the job away from it.
        if (edit.linked && holdsJob({ how: edit.linked.how ?? '', incidentState: edit.incidentState ?? '' })) {
            return {
                kind: 'refused', why: 'held',
                note: `${unchanged} ${edit.user} changed its correlation id to name OpCon job ${reference.dailyJobId} on ${reference.address}, but ${edit.number} was linked by ${linkedByWords(edit.linked.how ?? '')}, ` +
                    `and such a link stands until the incident is closed or canceled. ${describeLink(edit.linked)} ${RELINK}`,
            }
        }
        // Nor from another incident's such link.
        const holder = edit.holderOf ? edit.holderOf(reference) : null
        if (holder && holdsJob(holder)) {
            return {
                kind: 'refused', why: 'taken',
                note: `${unchanged} ${edit.user} changed its correlation id to name OpCon job ${reference.dailyJobId} on ${reference.address}, but that job is linked to ${holder.incidentNumber || holder.incidentSysId} ` +
                    `by ${linkedByWords(holder.how)}, and such a link stands until that incident is closed or canceled. ${describeLink(edit.linked)} ${RELINK}`,
            }
        }
    }
    if (edit.trusted === 'integration' && !edit.relink) {
        return {
            kind: 'link', reference, how: 'integration', awaitsOpCon: true,
            note: awaitingNote(edit.number, reference, edit.user, edit.linked),
        }
    }
    return { kind: 'link', reference, how: edit.trusted, awaitsOpCon: false }
}

function sameJob(a: LinkedJob, b: LinkedJob): boolean {
    return a.address === b.address && a.dailyJobId === b.dailyJobId
}

const RELINK = 'An OpCon Connector admin who has checked the job in OpCon can move it with "Link to OpCon job" on the incident that should act on it.'

/** The work note when the integration account's link waits for OpCon. */
function awaitingNote(number: string, job: LinkedJob, user: string, linked: LinkedJob | null): string {
    const meanwhile = linked ? `Meanwhile its link to OpCon job ${linked.dailyJobId} on ${linked.address} stays, and its state changes send nothing to OpCon.` : 'Meanwhile its state changes send nothing to OpCon.'
    return `${user} linked ${number} to OpCon job ${job.dailyJobId} on ${job.address}. The link awaits OpCon's confirmation that the job failed: ` +
        `the connector reads the job from the registered server and confirms the link only if OpCon reports it failed. ${meanwhile}`
}

/** Why a state change of an incident whose link awaits OpCon sends nothing. */
export function awaitingReason(number: string, job: LinkedJob, lastCheck = ''): string {
    const last = lastCheck.trim() === '' ? '' : ` Last check: ${lastCheck.trim()}`
    return `${number}'s link to OpCon job ${job.dailyJobId} on ${job.address} awaits OpCon's confirmation that the job failed, so nothing was sent to OpCon.${last} ` +
        'Once OpCon confirms it, change the state again (or use the OpCon Job button); if OpCon does not, the incident\'s work notes say why.'
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
export function notLinkedReason(number: string, fields: { saysOpCon: boolean; correlationId: string; correlationIdMaxLength: number; refusedLink?: string }): string {
    let what = `${number} is not linked to an OpCon job.`
    if (fields.saysOpCon) {
        const parsed = parseCorrelationId(fields.correlationId)
        const why = !parsed.ok ? `its correlation id cannot be used: ${parsed.error.message}`
            : fields.correlationId.length >= fields.correlationIdMaxLength ? 'its correlation id fills the Correlation ID field and may have been cut short'
            : fields.refusedLink ? `OpCon did not confirm the OpCon integration account's link: ${fields.refusedLink}`
            : 'its correlation fields were not set by the OpCon integration account or an OpCon Connector admin'
        what = `${number} says it is an OpCon incident, but it is not linked to an OpCon job: ${why.replace(/\.$/, '')}.`
    }
    return `${what} Nothing was sent to OpCon. ${HOW_TO_LINK}`
}

/** The work note when an admin links an incident by hand. */
export function linkedNote(reference: { address: string; dailyJobId: string }, user: string, previous: LinkedJob | null): string {
    const before = previous ? ` (it was linked to OpCon job ${previous.dailyJobId} on ${previous.address})` : ''
    return `Linked to OpCon job ${reference.dailyJobId} on ${reference.address} by ${user}${before}. State changes of this incident now act on that job.`
}
