import '@servicenow/sdk/global'
import { ScriptInclude } from '@servicenow/sdk/core'

ScriptInclude({
    $id: Now.ID['si_opcon_api'],
    name: 'OpConApi',
    apiName: 'x_opcon.OpConApi',
    accessibleFrom: 'public',
    callerAccess: 'tracking',
    description: 'Public API for calling OpCon from any scope: job actions, schedule builds, daily schedules, adding jobs, version. See the app README.',
    script: Now.include('./OpConApi.server.js'),
    active: true,
})
