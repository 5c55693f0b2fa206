import '@servicenow/sdk/global'
import { ScriptInclude } from '@servicenow/sdk/core'

// Public, with caller restriction: another app's scope calls it only after an
// admin allows that scope. Its first call is refused and leaves a Restricted
// Caller Access record with status Requested (System Applications >
// Application Restricted Caller Access, sys_restricted_caller_access), which
// the admin sets to Allowed ("Restricted caller access privilege settings",
// ServiceNow docs). Inside, api-policy.ts adds the role check, the action
// allow-list and the audit.
ScriptInclude({
    $id: Now.ID['si_opcon_api'],
    name: 'OpConApi',
    apiName: 'x_opcon.OpConApi',
    accessibleFrom: 'public',
    callerAccess: 'restriction',
    description: 'Public API for calling OpCon from other scopes an admin has allowed (caller restriction): job actions (limited to x_opcon.api_actions), schedule builds, daily schedules, adding jobs, version. Every change is audited in OpCon Actions. See the app README.',
    script: Now.include('./OpConApi.server.js'),
    active: true,
})
