// Where the OpCon Actions related list goes on the incident form: appended
// after the lists an admin already has, never twice.

export const ACTIONS_RELATED_LIST = 'x_opcon_action.incident'

/** The position for the new entry, or null when the form already shows it. */
export function relatedListPosition(existing: Array<{ relatedList: string; position: number }>): number | null {
    if (existing.some((entry) => entry.relatedList === ACTIONS_RELATED_LIST)) return null
    return existing.reduce((max, entry) => Math.max(max, Number.isFinite(entry.position) ? entry.position + 1 : max), 0)
}
