// Glide shell of the OpCon server form's display rule: reads the server's
// template and the shipped Default, and shows template-notice.ts's sentence
// as a form message. Reads only.
import { gs, GlideRecord } from '@servicenow/glide'
import { messageText } from '../log/journal-text.ts'
import { DEFAULT_TEMPLATE_ID } from '../templates/templates.ts'
import { templateNotice, type NoticeTemplate } from './template-notice.ts'

function templateOf(sysId: string): NoticeTemplate | null {
    const row = new GlideRecord('x_opcon_template')
    if (sysId === '' || !row.get(sysId)) return null
    return {
        name: String(row.getValue('name') ?? ''),
        active: String(row.getValue('active') ?? '') === '1',
        hasCaller: String(row.getValue('caller') ?? '') !== '',
        hasGroup: String(row.getValue('assignment_group') ?? '') !== '',
    }
}

export function showTemplateNotice(current: GlideRecord): void {
    if (current.isNewRecord()) return
    const named = String(current.getValue('incident_template') ?? '')
    const notice = templateNotice({
        serverTemplate: named === '' ? null : templateOf(named) ?? 'missing',
        defaultTemplate: templateOf(DEFAULT_TEMPLATE_ID),
    })
    if (notice !== null) gs.addInfoMessage(messageText(notice))
}
