// Glide shell: the business rules that keep job links honest.
//  - On incident, when its correlation fields change: a trusted source links
//    the incident (after the save); anyone else's edit leaves the link as it
//    is, says so in a work note on the same save, and is logged. So does an
//    edit that would take a job from an active incident the connector or an
//    admin linked. The integration account's link is written pending, and an
//    event on the connector's queue asks OpCon (link-confirm.ts): the save
//    makes no call.
//  - On x_opcon_binding: a link typed by an admin is checked and stamped, and
//    a link that comes into force retires the incident's older one and other
//    incidents' links to the job.
import { gs, GlideRecord } from '@servicenow/glide'
import { loadSettings } from '../settings/config.ts'
import { parseAddress, parseDailyJobId } from '../opcon/correlation.ts'
import { CORRELATION_ID_MAX, decideCorrelationEdit, holdsJob, linkedNote, type LinkDecision, type LinkSource } from './job-link.ts'
import { activeLink, holderFrom, holdsRole, incidentLinks, jobHolder, linkIncident, linkTrust } from './job-links.ts'
import { LINK_CHECK_EVENT, queueLinkCheck } from './link-confirm.ts'
import { CAPS, journalText, messageText } from '../log/journal-text.ts'
import { log } from '../log/log.ts'

function text(record: GlideRecord, field: string): string {
    return String(record.getValue(field) ?? '')
}

function decide(current: GlideRecord, trusted: LinkSource | null = linkTrust(), relink = false): LinkDecision {
    const incident = current.getUniqueValue()
    const { active: linked, pending } = incidentLinks(incident)
    return decideCorrelationEdit({
        trusted,
        user: `${gs.getUserDisplayName()} (${gs.getUserName()})`,
        number: text(current, 'number') || current.getUniqueValue(),
        correlationDisplay: text(current, 'correlation_display'),
        correlationId: text(current, 'correlation_id'),
        opconDisplay: loadSettings().correlationDisplay,
        correlationIdMaxLength: CORRELATION_ID_MAX,
        linked: linked ? { address: linked.address, dailyJobId: linked.dailyJobId, how: linked.how } : null,
        incidentState: text(current, 'state'),
        pending: pending ? { address: pending.address, dailyJobId: pending.dailyJobId } : null,
        holderOf: (job) => jobHolder(job, incident),
        relink,
    })
}

/** Before rule on incident (correlation fields changed): a refused edit is explained on the same save. */
export function guardJobLink(current: GlideRecord, previous: GlideRecord | null): void {
    void previous
    try {
        const decision = decide(current)
        if (decision.kind !== 'refused') return
        current.setValue('work_notes', journalText(decision.note, CAPS.note))
        log.warn(`${decision.note} (correlation display "${text(current, 'correlation_display').slice(0, 80)}", correlation id "${text(current, 'correlation_id').slice(0, 120)}", set by ${gs.getUserName()})`)
    } catch (error) {
        log.error(`The OpCon link of incident ${current.getUniqueValue()} could not be checked: ${error instanceof Error ? error.message : String(error)}. The link is unchanged.`)
    }
}

/** After rule on incident (correlation fields changed): a trusted source's fields become the incident's link. */
export function recordJobLink(current: GlideRecord, previous: GlideRecord | null): void {
    void previous
    try {
        const decision = decide(current)
        if (decision.kind !== 'link') return
        const { reference, how } = decision
        const number = text(current, 'number')
        const id = linkIncident(current.getUniqueValue(), reference, how, `From the correlation fields set by ${gs.getUserName()}.`, decision.awaitsOpCon)
        if (id === '') log.error(`${number}: the link to OpCon job ${reference.dailyJobId} on ${reference.address} could not be saved; state changes of ${number} send nothing until an OpCon Connector admin links it.`)
        else if (decision.awaitsOpCon) {
            // Asked on the connector's own queue, after this save: the save makes no call to OpCon.
            queueLinkCheck(id, current.getUniqueValue())
            log.info(`${decision.note} (link ${id}, event ${LINK_CHECK_EVENT})`)
        } else log.info(`${number} linked to OpCon job ${reference.dailyJobId} on ${reference.address} (${how}, ${gs.getUserName()}).`)
    } catch (error) {
        log.error(`The OpCon link of incident ${current.getUniqueValue()} could not be recorded: ${error instanceof Error ? error.message : String(error)}.`)
    }
}

/**
 * "Link to OpCon job" (incident form, x_opcon.admin): links the incident to
 * the job its correlation fields name, as an admin who checked it.
 */
export function linkFromForm(current: GlideRecord): void {
    const number = text(current, 'number')
    // The UI action's role check lets admin through implicitly; linking by hand needs the role itself.
    if (!holdsRole('x_opcon.admin')) {
        gs.addErrorMessage(messageText(`Only a user who holds the x_opcon.admin role may link ${number} to an OpCon job by hand.`))
        return
    }
    const decision = decide(current, 'admin', true)
    if (decision.kind === 'unchanged') {
        gs.addInfoMessage(messageText(`${number} is already linked to the OpCon job its correlation id names.`))
        return
    }
    if (decision.kind !== 'link') {
        gs.addErrorMessage(messageText(decision.kind === 'refused' ? decision.note : `${number} does not name an OpCon job in its correlation fields.`))
        return
    }
    const before = activeLink(current.getUniqueValue())
    const { reference } = decision
    const note = linkedNote(reference, `${gs.getUserDisplayName()} (${gs.getUserName()})`, before ? { address: before.address, dailyJobId: before.dailyJobId } : null)
    if (linkIncident(current.getUniqueValue(), reference, 'admin', 'Linked by hand with "Link to OpCon job".') === '') {
        gs.addErrorMessage(messageText(`${number} could not be linked: the instance refused to save the link (the system log says why).`))
        return
    }
    current.setValue('work_notes', journalText(note, CAPS.note))
    current.update()
    log.info(note)
    gs.addInfoMessage(messageText(note))
}

/** Before insert on x_opcon_binding: a link typed in the table's form is checked and stamped as an admin's. */
export function checkJobLink(current: GlideRecord, previous: GlideRecord | null): void {
    void previous
    const problems: string[] = []
    const address = parseAddress(text(current, 'address').trim())
    if ('code' in address) problems.push(`OpCon address: ${address.message}.`)
    const job = parseDailyJobId(text(current, 'daily_job_id'))
    if (!job.ok) problems.push(`Daily job id: ${job.error.message}.`)
    if (problems.length > 0) {
        for (const problem of problems) gs.addErrorMessage(messageText(problem))
        current.setAbortAction(true)
        return
    }
    if (job.ok) current.setValue('job_name', job.value.jobName)
    // The connector sets "how" on its own links; the form cannot (field ACL), so a typed link is an admin's.
    if (text(current, 'how') === '') {
        current.setValue('how', 'admin')
        current.setValue('bound_by', gs.getUserID())
        current.setValue('state', 'confirmed')
    }
}

/**
 * After insert or update on x_opcon_binding, when a link comes into force
 * (inserted active, or confirmed by OpCon): a job answers to one incident,
 * and an incident to one job. The incident's older links end (and its links
 * still awaiting OpCon, which the newer one overrides), and so do other
 * incidents' links to the same job: when the connector opens a new incident
 * for a job whose incident was closed, the old one's state changes move it no
 * more. An integration account's link never ends a link that holds its job
 * (the connector's or an admin's, on an active incident): the check before it
 * came into force refused that, and this keeps it so.
 */
export function retireOlderLinks(current: GlideRecord, previous: GlideRecord | null): void {
    if (current.getValue('active') !== '1') return
    if (previous && previous.getValue('active') === '1') return
    const replacedOn = text(current, 'sys_updated_on') || text(current, 'sys_created_on')
    const sameIncident = new GlideRecord('x_opcon_binding')
    sameIncident.addQuery('incident', text(current, 'incident'))
    sameIncident.addQuery('active', true)
    sameIncident.addQuery('sys_id', '!=', current.getUniqueValue())
    sameIncident.setValue('active', false)
    sameIncident.setValue('replaced_on', replacedOn)
    sameIncident.updateMultiple()

    const overridden = new GlideRecord('x_opcon_binding')
    overridden.addQuery('incident', text(current, 'incident'))
    overridden.addQuery('state', 'pending')
    overridden.addQuery('sys_id', '!=', current.getUniqueValue())
    overridden.setValue('state', 'refused')
    overridden.setValue('check_note', `Replaced before OpCon confirmed it: the incident was linked to OpCon job ${text(current, 'daily_job_id').slice(0, 300)} on ${text(current, 'address')}.`.slice(0, 1000))
    overridden.setValue('next_check', '')
    overridden.updateMultiple()

    const sameJob = new GlideRecord('x_opcon_binding')
    sameJob.addQuery('address', text(current, 'address'))
    sameJob.addQuery('daily_job_id', text(current, 'daily_job_id'))
    sameJob.addQuery('active', true)
    sameJob.addQuery('sys_id', '!=', current.getUniqueValue())
    sameJob.addQuery('incident', '!=', text(current, 'incident'))
    sameJob.query()
    const mayEndHeld = text(current, 'how') !== 'integration'
    while (sameJob.next()) {
        const holder = holderFrom(sameJob)
        if (!mayEndHeld && holdsJob(holder)) {
            log.warn(`The link of ${holder.incidentNumber} to OpCon job ${holder.dailyJobId} on ${holder.address} stays: it was made by ${holder.how === 'app' ? 'the connector itself' : 'an OpCon Connector admin'} and its incident is still open, so the OpCon integration account's newer link does not end it.`)
            continue
        }
        sameJob.setValue('active', false)
        sameJob.setValue('replaced_on', replacedOn)
        sameJob.update()
    }
}


