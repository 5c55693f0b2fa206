// The Overview's warnings as Instance Scan table checks: for each, the table
// and the encoded query whose every match is one finding ("Create a table
// check", ServiceNow docs; `now-sdk explain instance-scan-guide`,
// condition-only mode). The facts are the ones the Overview and Test
// connection decide on (overview-figures.ts, setup-checklist.ts); the
// Overview's warning text says the same in words. fluent/scan/ declares the
// checks from these. The build reads a record's values without running code,
// so each query is a plain literal: test/app/instance-scan.test.ts checks it
// names exactly the ids and names the Overview and Test connection use
// (DEFAULT_TEMPLATE_ID, FLOW_ACTIONS, the app's sys_id).

/** sys_id of the x_opcon application (now.config.json scopeId): the package's own records carry it as sys_scope. */
import { OLD_RULE_NAMES } from '../overview/coexistence.ts'
export const APP_SCOPE_ID = '4f2b8c1e9a7d4e3fb6c5a1d2e3f40516'

/**
 * The business rules of SMA's old OpConAPI update set (global scope). The
 * connector ships rules of the same names in x_opcon: one of these names
 * active in any other scope means both fire, two actions or two incidents.
 */
/** The Overview's list (overview/coexistence.ts): one list of SMA's old rule names for both. */
export const OLD_SMA_RULES = OLD_RULE_NAMES

/** An active server with no Connection & Credential alias: the connector sends it nothing (no endpoint, no token). Table x_opcon_server. */
export const NO_CREDENTIAL = 'active=true^connection_aliasISEMPTY'

/** The shipped Default template (DEFAULT_TEMPLATE_ID) without a caller or an assignment group: the Overview's warning (buildOverview). Table x_opcon_template. */
export const DEFAULT_TEMPLATE_INCOMPLETE = 'sys_id=62ff21c69ec14baea181cc6371426ec1^callerISEMPTY^ORassignment_groupISEMPTY'

/** An old SMA rule (OLD_SMA_RULES), by name, active outside x_opcon (APP_SCOPE_ID). Table sys_script. */
export const OLD_SMA_RULES_ACTIVE = 'nameINOpConTicketAccepted,OpConTicketResolved,OpConTicketRelease,OpConTicketCanceled^active=true^sys_scope!=4f2b8c1e9a7d4e3fb6c5a1d2e3f40516'

/**
 * One of the connector's Flow actions (FLOW_ACTIONS) not published, or
 * inactive: flows and scripts run published actions only (Test connection's
 * "Flow actions published"). An empty state is named apart so the check does
 * not rest on whether "is not" matches an empty field. Table
 * sys_hub_action_type_definition.
 */
export const ACTIONS_UNPUBLISHED = 'internal_nameINopcon_mark_job_under_review,opcon_mark_job_fixed,opcon_restart_job,opcon_cancel_job,opcon_hold_job,opcon_release_job,opcon_get_daily_job,opcon_find_daily_schedule,opcon_build_schedule,opcon_add_job_to_daily_schedule,opcon_wait_for_result^state!=published^ORstateISEMPTY^ORactive=false'

/** A failed job the connector gave up on, so no incident was opened: the Overview's "In error (no incident)". Table x_opcon_failure. */
export const FAILURES_IN_ERROR = 'state=error'
