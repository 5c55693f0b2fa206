// Glide shell for the install-time fix script: adds the OpCon Actions list to
// the incident form's Default view without replacing the lists already there
// (shipping a whole sys_ui_related_list record would replace them).
import { GlideRecord } from '@servicenow/glide'
import { log } from './log.ts'
import { ACTIONS_RELATED_LIST, relatedListPosition } from './form-layout.ts'

const DEFAULT_VIEW = 'Default view'

export function addActionsRelatedList(): void {
    const list = new GlideRecord('sys_ui_related_list')
    list.addQuery('name', 'incident')
    list.addQuery('view', DEFAULT_VIEW)
    list.query()
    let listId: string
    if (list.next()) {
        listId = list.getUniqueValue()
    } else {
        list.initialize()
        list.setValue('name', 'incident')
        list.setValue('view', DEFAULT_VIEW)
        listId = String(list.insert() ?? '')
    }
    const entries = new GlideRecord('sys_ui_related_list_entry')
    entries.addQuery('list_id', listId)
    entries.query()
    const existing: Array<{ relatedList: string; position: number }> = []
    while (entries.next()) existing.push({ relatedList: String(entries.getValue('related_list') ?? ''), position: parseInt(String(entries.getValue('position') ?? '0'), 10) })
    const position = relatedListPosition(existing)
    if (position === null) return
    const entry = new GlideRecord('sys_ui_related_list_entry')
    entry.initialize()
    entry.setValue('list_id', listId)
    entry.setValue('related_list', ACTIONS_RELATED_LIST)
    entry.setValue('position', String(position))
    entry.insert()
    log.info('Added the OpCon Actions related list to the incident form (Default view).')
}
