import '@servicenow/sdk/global'
import { TableCheck } from '@servicenow/sdk/core'
import { ACTIONS_UNPUBLISHED, DEFAULT_TEMPLATE_INCOMPLETE, FAILURES_IN_ERROR, NO_CREDENTIAL, OLD_SMA_RULES_ACTIVE } from '../../src/server/scan/scan-conditions.ts'

// The Overview's warnings as Instance Scan checks, so the platform's own
// health scans report a misconfigured connector (`now-sdk explain
// instance-scan-guide`). Each is a condition-only table check: every record
// its query matches is one finding, and the finding opens that record.

export const scanNoCredential = TableCheck({
    $id: Now.ID['scan_no_credential'],
    name: 'OpCon Connector: server without a connection alias',
    active: true,
    category: 'manageability',
    priority: '2',
    shortDescription: 'An active OpCon server has no Connection & Credential alias, so the connector calls it for nothing',
    description: 'Each registered OpCon server takes its endpoint and its API token from a Connection & Credential alias. An active server with no alias gets no job action, no failed-job collection and no incident ticket: every call for it stops before it is sent.',
    resolutionDetails: 'Open the server (OpCon Connector > Servers), choose its Connection alias (a child of the OpCon alias whose HTTP connection has the Base URL and whose API Key credential holds the OpCon token; the Connection & credential button opens Connections & Credentials), save, and select Test connection. If the server is no longer used, clear Active.',
    table: 'x_opcon_server',
    conditions: NO_CREDENTIAL,
})

export const scanDefaultTemplate = TableCheck({
    $id: Now.ID['scan_default_template'],
    name: 'OpCon Connector: Default incident template without a caller or group',
    active: true,
    category: 'manageability',
    priority: '3',
    shortDescription: 'The Default incident template has no caller or no assignment group: incidents for failed jobs reach no one',
    description: 'A failed OpCon job that no other template matches opens its incident from the Default template. Without an assignment group that incident is assigned to nobody; without a caller it has no one to answer.',
    resolutionDetails: 'Open OpCon Connector > Incident Templates > Default and set Caller and Assignment group (the group that fixes failed jobs), then save. Test connection on a server shows the template it uses.',
    table: 'x_opcon_template',
    conditions: DEFAULT_TEMPLATE_INCOMPLETE,
})

export const scanOldSmaRules = TableCheck({
    $id: Now.ID['scan_old_sma_rules'],
    name: 'OpCon Connector: old OpConAPI business rules active',
    active: true,
    category: 'manageability',
    priority: '2',
    shortDescription: 'A business rule of SMA\'s old OpConAPI update set (OpConTicketAccepted, Resolved, Release, Canceled) is active beside the connector',
    description: 'SMA\'s old OpConAPI update set installs global business rules with the same names as the connector\'s. With both active, one incident change sends two actions to OpCon (a job marked or restarted twice).',
    resolutionDetails: 'Open the business rule (System Definition > Business Rules) and clear Active, for each of OpConTicketAccepted, OpConTicketResolved, OpConTicketRelease and OpConTicketCanceled outside the OpCon Connector application. Keep the connector\'s own rules (Application: OpCon Connector) active.',
    table: 'sys_script',
    conditions: OLD_SMA_RULES_ACTIVE,
})

export const scanActionsUnpublished = TableCheck({
    $id: Now.ID['scan_actions_unpublished'],
    name: 'OpCon Connector: Flow action not published',
    active: true,
    category: 'manageability',
    priority: '3',
    shortDescription: 'An OpCon Flow Designer action is a draft or inactive: no flow or script can run it',
    description: 'The connector\'s Flow Designer actions (category OpCon) are built as drafts; the platform runs only published actions. A package installed from a zip, the app repository or an update set leaves them unpublished.',
    resolutionDetails: 'Open Flow Designer > Actions, category OpCon, open the action and select Publish (and make sure it is active). Test connection\'s "Flow actions published" confirms all of them.',
    table: 'sys_hub_action_type_definition',
    conditions: ACTIONS_UNPUBLISHED,
})

export const scanFailuresInError = TableCheck({
    $id: Now.ID['scan_failures_in_error'],
    name: 'OpCon Connector: failed job in error',
    active: true,
    category: 'manageability',
    priority: '3',
    shortDescription: 'The connector gave up on a failed OpCon job: no incident was opened for it',
    description: 'A failed-job row in state Error is a failed OpCon job the connector could not turn into an incident (for example the incident was refused, or OpCon kept failing). Nobody is told about that job until an admin acts.',
    resolutionDetails: 'Open the row (OpCon Connector > Failed Jobs): its note and call log say what went wrong. Fix the cause, then use Retry on the row, or open the incident by hand if the job still needs one.',
    table: 'x_opcon_failure',
    conditions: FAILURES_IN_ERROR,
})
