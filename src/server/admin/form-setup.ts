// Glide shell for the install-time fix script: adds the connector's related
// lists (OpCon Actions, Failed Jobs, Job Links) to the incident form's Default
// view without replacing the lists already there (shipping a whole
// sys_ui_related_list record would replace them).
import { GlideRecord } from '@servicenow/glide'
import { log } from '../log/log.ts'
import { INCIDENT_RELATED_LISTS, relatedListsToAdd } from './form-layout.ts'

const DEFAULT_VIEW = 'Default view'

function names(titles: string[]): string {
    const quoted = titles.map((title) => `"${title}"`)
    return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`
}

function byHand(titles: string[]): string {
    return 'Add them by hand: open an incident, right-click the form header, choose Configure > Related Lists, ' +
        `move ${names(titles)} to Selected and save.`
}

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

export function addIncidentRelatedLists(): void {
    const listId = defaultList()
    if (listId === '') {
        const all = INCIDENT_RELATED_LISTS.map((list) => list.title)
        log.error(`The OpCon related lists ${names(all)} were not added to the incident form: its Default view has no related-list layout the connector can read ` +
            `(sys_ui_related_list; if the system log shows a refused read, the platform's reason is there). ${byHand(all)}`)
        return
    }
    const entries = new GlideRecord('sys_ui_related_list_entry')
    entries.addQuery('list_id', listId)
    entries.query()
    const existing: Array<{ relatedList: string; position: number }> = []
    while (entries.next()) existing.push({ relatedList: String(entries.getValue('related_list') ?? ''), position: parseInt(String(entries.getValue('position') ?? '0'), 10) })
    const missing = relatedListsToAdd(existing)
    const added: string[] = []
    for (const [index, list] of missing.entries()) {
        const entry = new GlideRecord('sys_ui_related_list_entry')
        entry.initialize()
        entry.setValue('list_id', listId)
        entry.setValue('related_list', list.relatedList)
        entry.setValue('position', String(list.position))
        if (!entry.insert()) {
            const left = missing.slice(index).map((rest) => rest.title)
            log.error(`The OpCon related lists ${names(left)} were not added to the incident form: the instance refused to add an entry to the incident form's ` +
                `related lists (sys_ui_related_list_entry) from the x_opcon scope (the system log has the platform's reason). ${byHand(left)}`)
            break
        }
        added.push(list.title)
    }
    if (added.length > 0) log.info(`Added ${names(added)} to the incident form's related lists (Default view).`)
}
