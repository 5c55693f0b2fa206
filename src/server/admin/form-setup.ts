// Glide shell for the install-time fix script: adds the OpCon Actions list to
// the incident form's Default view without replacing the lists already there
// (shipping a whole sys_ui_related_list record would replace them).
import { GlideRecord } from '@servicenow/glide'
import { log } from '../log/log.ts'
import { ACTIONS_RELATED_LIST, relatedListPosition } from './form-layout.ts'

const DEFAULT_VIEW = 'Default view'
const BY_HAND = 'Add it by hand: open an incident, right-click the form header, choose Configure > Related Lists, ' +
    'move "OpCon Actions" to Selected and save.'

/**
 * The Default view's related-list record of incident, or ''. Never created
 * here: a form with no such record shows the platform's default lists, and a
 * new record would replace them (as would one made because a refused read
 * looked like "none").
 */
function defaultList(): string {
    const list = new GlideRecord('sys_ui_related_list')
    list.addQuery('name', 'incident')
    list.addQuery('view', DEFAULT_VIEW)
    list.query()
    return list.next() ? list.getUniqueValue() : ''
}

export function addActionsRelatedList(): void {
    const listId = defaultList()
    if (listId === '') {
        log.error('The OpCon Actions related list was not added to the incident form: its Default view has no related-list layout the connector can read ' +
            `(sys_ui_related_list; if the system log shows a refused read, the platform's reason is there). ${BY_HAND}`)
        return
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
    if (!entry.insert()) {
        log.error('The OpCon Actions related list was not added to the incident form: the instance refused to add an entry to the incident form\'s ' +
            `related lists (sys_ui_related_list_entry) from the x_opcon scope (the system log has the platform's reason). ${BY_HAND}`)
        return
    }
    log.info('Added the OpCon Actions related list to the incident form (Default view).')
}
