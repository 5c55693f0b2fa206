// Whether something else on the instance works OpCon's incidents too: SMA's
// old OpConAPI update set (global business rules on incident that call OpCon
// when a ticket changes) or SMA's OpCon connector for Windows (which opens
// incidents itself). Each alongside this app doubles what happens. Pure: the
// facts come from overview-reader.ts.

/** The global business rules SMA's OpConAPI update set installs on incident. */
export const OLD_RULE_NAMES = ['OpConTicketAccepted', 'OpConTicketResolved', 'OpConTicketRelease', 'OpConTicketCanceled'] as const

/**
 * sys_id of this application (now.config.json scopeId). Its own rules carry the
 * same names (fluent/business-rules/ticket-rules.now.ts, kept so that admins who
 * knew SMA's recognise them): a rule of this scope is never SMA's.
 */
export const APP_SCOPE_ID = '4f2b8c1e9a7d4e3fb6c5a1d2e3f40516'

/** How far back incidents opened by another account are counted. */
export const OTHER_INCIDENT_DAYS = 7

export interface CoexistenceFacts {
    /** Names of the active old rules found (outside x_opcon). */
    oldRules: string[]
    /** Incidents of the last OTHER_INCIDENT_DAYS days whose correlation display is the connector's, that the connector did not open. */
    otherIncidents: number
    /** The correlation display those incidents carry (x_opcon.correlation_display). */
    correlationDisplay: string
    /** Names of the servers whose collector opens incidents ("Open incidents for failed jobs"). */
    collectingServers: string[]
}

export interface Warning { text: string; link: string }

const listOf = (table: string, query: string) => `${table}_list.do?sysparm_query=${encodeURIComponent(query)}`

/** The Overview's words for what runs twice, and what to do. */
export function coexistenceWarnings(facts: CoexistenceFacts, since: string): Warning[] {
    const warnings: Warning[] = []
    if (facts.oldRules.length > 0) {
        warnings.push({
            text: `SMA's old OpConAPI update set is active: business rule${facts.oldRules.length === 1 ? '' : 's'} ${facts.oldRules.join(', ')} on incident` +
                ' also call OpCon when an incident changes. With both, each state change sends two job actions to OpCon (a job restarted or marked' +
                ' finished twice). Deactivate those rules (System Definition > Business Rules; they are in the global scope): this connector does their work.',
            link: listOf('sys_script', `collection=incident^active=true^nameIN${OLD_RULE_NAMES.join(',')}^sys_scope!=${APP_SCOPE_ID}`),
        })
    }
    if (facts.otherIncidents > 0 && facts.collectingServers.length > 0) {
        const n = facts.otherIncidents
        warnings.push({
            text: `${n} incident${n === 1 ? '' : 's'} of the last ${OTHER_INCIDENT_DAYS} days say${n === 1 ? 's' : ''} "${facts.correlationDisplay}" but ${n === 1 ? 'was' : 'were'} not opened` +
                ` by this connector: SMA's OpCon connector (Windows) or another integration is opening incidents for failed jobs while this connector's collector` +
                ` does too (${facts.collectingServers.join(', ')}), so a failed job can get two incidents. Keep one: turn off "Open incidents for failed jobs"` +
                ' on the server, or stop the Windows connector from opening incidents. The list shows every incident of those days that says so, the connector\'s own too.',
            link: listOf('incident', `correlation_display=${facts.correlationDisplay.replace(/\^/g, '')}^sys_created_on>=${since}^ORDERBYDESCsys_created_on`),
        })
    }
    return warnings
}
