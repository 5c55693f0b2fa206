// Glide shell behind "Preview" on the incident template form: the incident
// the template (as saved) would open now for a sample failed run its patterns
// match, shown as form messages. Reads only: nothing is saved, nothing is sent
// to OpCon. The words are template-preview.ts's; the values come from
// valuesNow, which the collector and the push endpoint open incidents with.
import { gs, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { messageText } from '../log/journal-text.ts'
import { templateFromRow, type FailureFacts, type IncidentValues } from './incident-template.ts'
import { previewLines, sampleFacts } from './template-preview.ts'
import { rowOf, valuesNow } from './templates.ts'

/** The server the sample run is on: the template's own, else the first active one by name. */
function sampleServer(serverSysId: string): { name: string; address: string } {
    const server = new GlideRecord('x_opcon_server')
    if (serverSysId !== '' && server.get(serverSysId)) return { name: String(server.getValue('name') ?? ''), address: String(server.getValue('address') ?? '') }
    const first = new GlideRecord('x_opcon_server')
    first.addQuery('active', true)
    first.orderBy('name')
    first.setLimit(1)
    first.query()
    return first.next() ? { name: String(first.getValue('name') ?? ''), address: String(first.getValue('address') ?? '') } : { name: '', address: '' }
}

/** The preview's facts and values for the template row `sysId` (as saved); null when there is no such template. */
export function templatePreview(sysId: string): { facts: FailureFacts; values: IncidentValues & { afterHours: boolean }; lines: string[] } | null {
    const record = new GlideRecord('x_opcon_template')
    if (!record.get(sysId)) return null
    const template = templateFromRow(rowOf(record))
    const today = String(new GlideDateTime().getValue() ?? '').slice(0, 10)
    const facts = sampleFacts(template, sampleServer(template.server), today)
    const values = valuesNow(template, facts)
    const names = {
        caller: values.caller_id === '' ? '' : record.getDisplayValue('caller'),
        group: values.assignment_group === '' ? '' : (values.afterHours && template.afterHoursGroup !== '' ? record.getDisplayValue('after_hours_group') : record.getDisplayValue('assignment_group')),
        afterHours: values.afterHours,
    }
    return { facts, values, lines: previewLines(template.name, facts, values, names) }
}

/** The UI action: one form message per line of the preview. */
export function showTemplatePreview(current: GlideRecord): void {
    const preview = templatePreview(current.getUniqueValue())
    if (preview === null) {
        gs.addErrorMessage(messageText('Save the template first: Preview shows the template as saved.'))
        return
    }
    for (const line of preview.lines) gs.addInfoMessage(messageText(line))
}
