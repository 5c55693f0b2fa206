// The notice the OpCon server form shows when the incidents this server opens
// would reach no one: the template that applies when no template's patterns
// match (the server's own, else the shipped Default) has no caller or no
// assignment group. Pure: server-form-notice.ts reads the rows.

export interface NoticeTemplate {
    name: string
    active: boolean
    hasCaller: boolean
    hasGroup: boolean
}

export interface NoticeFacts {
    /** The template named on the server: null when none, 'missing' when it names a deleted one. */
    serverTemplate: NoticeTemplate | 'missing' | null
    /** The shipped Default template; null when it was deleted (the built-in one, with neither, applies). */
    defaultTemplate: NoticeTemplate | null
}

/** The sentence for the form, or null when the incidents have a caller and a group. */
export function templateNotice(facts: NoticeFacts): string | null {
    const own = facts.serverTemplate
    const ownApplies = own !== null && own !== 'missing' && own.active
    const applies = ownApplies ? own : facts.defaultTemplate
    const name = applies === null ? 'the built-in default (the Default template was deleted)' : ownApplies ? `this server's template "${applies.name}"` : `the Default template "${applies.name}"`
    const hasCaller = applies?.hasCaller ?? false
    const hasGroup = applies?.hasGroup ?? false
    if (hasCaller && hasGroup) return null
    const missing = [!hasCaller ? 'no caller' : '', !hasGroup ? 'no assignment group' : ''].filter(Boolean).join(' and ')
    const why = own === 'missing' ? ' (the template named on this server no longer exists)' : own !== null && !own.active ? ` (this server's template "${own.name}" is inactive)` : ''
    return `Incidents this server opens for failed jobs that no template's patterns match use ${name}${why}, which has ${missing}` +
        `${hasGroup ? '' : ': nobody is assigned to fix them'}. Set ${!hasCaller && !hasGroup ? 'both' : hasCaller ? 'a group' : 'a caller'} under OpCon Connector > Incident Templates, ` +
        'or name a template of your own in "Incident template" on this form.'
}
