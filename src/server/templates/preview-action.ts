// Glide shell behind the template "Preview" dialog (OpConTemplatePreviewAjax):
// the incident a template, as saved, would open now for the failure of a daily
// job the admin names, read from OpCon, or of a sample run its patterns match
// when no job is named. Reads only: no row is written, no incident opened, and
// OpCon gets one GET through the connector's own path (getDailyJob: a
// registered, active server only). The decisions and words are
// template-preview.ts's; the values come from valuesNow, which the collector
// and the push endpoint open incidents with.
import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { getDailyJob } from '../api/opcon-api.ts'
import { findAgentCi } from '../cmdb/cmdb.ts'
import { isFailedCategory, readRun } from '../failures/failed-run.ts'
import { templateFromRow, type FailureFacts, type IncidentTemplate, type IncidentValues } from './incident-template.ts'
import {
    jobFacts, pickPreviewServer, previewReadError, previewServerChoices, previewView, readPreviewJobId, sampleFacts,
    type PreviewServer, type PreviewSource, type PreviewView,
} from './template-preview.ts'
import { rowOf, templateFor, valuesNow } from './templates.ts'

/** Only template admins preview: the dialog's page and bridge ACLs say so too, this is the guard in code. */
export const PREVIEW_ROLE = 'x_opcon.admin'
/** Registered servers read for the dialog's list, at most (a bounded read; an instance has a handful). */
const SERVER_LIMIT = 200
const SYS_ID = /^[0-9a-f]{32}$/

export type PreviewRefusal = { ok: false; error: { title: string; message: string } }
export type PreviewAnswer = { ok: true; preview: PreviewView & { facts: FailureFacts; values: IncidentValues & { afterHours: boolean } } } | PreviewRefusal

const refuse = (title: string, message: string): PreviewRefusal => ({ ok: false, error: { title, message } })

function notAdmin(): PreviewRefusal | null {
    if (gs.hasRole(PREVIEW_ROLE)) return null
    return refuse('You cannot preview templates', `Your account (${gs.getUserName()}) does not have the ${PREVIEW_ROLE} role, which Preview needs. Ask your ServiceNow administrator for it.`)
}

function openTemplate(sysId: unknown): { ok: true; record: GlideRecord; template: IncidentTemplate } | PreviewRefusal {
    if (typeof sysId !== 'string' || !SYS_ID.test(sysId)) return refuse('No template given', 'Preview needs the sys_id of a saved incident template: open it from the Preview button on the template form.')
    const record = new GlideRecord('x_opcon_template')
    if (!record.get(sysId)) return refuse('No such template', `There is no incident template ${sysId}: save the template first, Preview shows it as saved.`)
    return { ok: true, record, template: templateFromRow(rowOf(record)) }
}

function registeredServers(): PreviewServer[] {
    const row = new GlideRecord('x_opcon_server')
    row.orderBy('name')
    row.setLimit(SERVER_LIMIT)
    row.query()
    const servers: PreviewServer[] = []
    while (row.next()) {
        servers.push({ sysId: row.getUniqueValue(), name: String(row.getValue('name') ?? ''), address: String(row.getValue('address') ?? ''), active: row.getValue('active') === '1' })
    }
    return servers
}

/** The servers the dialog offers for a template: its own, else every active registered one. */
export function previewChoices(templateSysId: unknown): { ok: true; template: string; servers: Array<{ sysId: string; name: string; address: string }> } | PreviewRefusal {
    const denied = notAdmin()
    if (denied) return denied
    const opened = openTemplate(templateSysId)
    if (!opened.ok) return opened
    const servers = previewServerChoices(opened.template.server, registeredServers()).map(({ sysId, name, address }) => ({ sysId, name, address }))
    return { ok: true, template: opened.template.name, servers }
}

/**
 * The preview for `jobIdText` (a daily job id, or '' for the sample run) on the server `serverSysId`
 * ('' for the first the template applies to). Every argument is checked before any query or call.
 */
export function previewTemplate(templateSysId: unknown, serverSysId: unknown, jobIdText: unknown): PreviewAnswer {
    const denied = notAdmin()
    if (denied) return denied
    const input = readPreviewJobId(jobIdText)
    if (input.kind === 'invalid') return refuse('Not a daily job id', input.message)
    const requested = typeof serverSysId === 'string' ? serverSysId : ''
    if (requested !== '' && !SYS_ID.test(requested)) return refuse('No such server', 'The server picked is not a registered OpCon server. Pick one from the list.')
    const opened = openTemplate(templateSysId)
    if (!opened.ok) return opened
    const { record, template } = opened
    const picked = pickPreviewServer(previewServerChoices(template.server, registeredServers()), requested)

    let facts: FailureFacts
    let source: PreviewSource = { kind: 'sample' }
    let machine = ''
    if (input.kind === 'sample') {
        // The sample needs no server: without one it names none.
        if (!picked.ok && requested !== '') return refuse('No such server', picked.message)
        const today = String(new GlideDateTime().getValue() ?? '').slice(0, 10)
        facts = sampleFacts(template, picked.ok ? picked.server : { name: '', address: '' }, today)
    } else {
        if (!picked.ok) return refuse('No server to read the job from', picked.message)
        const server = picked.server
        const answer = getDailyJob(server.address, input.dailyJobId)
        if (!answer.ok) {
            const error = previewReadError(answer.error?.code ?? 'bad_response', answer.error?.message ?? 'OpCon gave no answer.', server, input.dailyJobId)
            return refuse(error.title, error.message)
        }
        const read = readRun(answer.data)
        if (!read.ok) return refuse('OpCon\'s answer cannot be used', `OpCon server ${server.name} (${server.address}) answered for job ${input.dailyJobId}, but ${read.why}.`)
        facts = jobFacts(read.run, server)
        machine = read.run.machine
        source = { kind: 'job', status: read.run.statusDescription, category: read.run.category, failed: isFailedCategory(read.run.category) }
    }

    const values = valuesNow(template, facts)
    const names = {
        caller: values.caller_id === '' ? '' : record.getDisplayValue('caller'),
        group: values.assignment_group === '' ? '' : (values.afterHours && template.afterHoursGroup !== '' ? record.getDisplayValue('after_hours_group') : record.getDisplayValue('assignment_group')),
        afterHours: values.afterHours,
    }
    let ci = { name: '', note: 'The OpCon agent\'s CI, when the CMDB holds one for the job\'s machine (the sample\'s machine is made up).' }
    let otherTemplate = ''
    if (source.kind === 'job') {
        // The same lookup the collector makes; a found CI is the one named like the machine (agent-ci.ts).
        const found = findAgentCi(machine)
        ci = found.sysId !== '' ? { name: `${machine} (found in the CMDB)`, note: '' } : { name: '', note: 'note' in found ? found.note : '' }
        const used = templateFor(picked.ok ? picked.server.sysId : '', { scheduleName: facts.schedule, jobName: facts.job }).template
        if (used.sysId !== template.sysId) otherTemplate = used.name
    }
    const view = previewView({ templateName: template.name, source, facts, values, names, ci, otherTemplate })
    return { ok: true, preview: { ...view, facts, values } }
}
