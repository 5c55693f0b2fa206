import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

// The account the connector's scheduled jobs run as (their "Run as"): the
// collector, the delivery of job actions and the confirmation of pending job
// links. A job with an empty Run as runs as the platform's own system
// session, with every right; "To assign the scheduled job to the system
// instead of the person creating the scheduled job, create a system or dummy
// user and add it to this field" ("Scheduled Script Execution Form",
// ServiceNow docs), as the SDK's own guide does (`now-sdk explain
// scheduled-script-guide`, "Service Account Creation"). It holds no role and
// no password: the jobs read and write through GlideRecord, which checks no
// ACL, and nobody signs in as it (Web service access only, as in the guide,
// keeps it off the login page even if someone gave it a password). It must stay active: a job whose Run as user
// is inactive or missing does not run (test/bench/ASSUMPTIONS.md).
export const schedulerAccount = Record({
    $id: Now.ID['user_scheduler'],
    table: 'sys_user',
    data: {
        user_name: 'x_opcon.scheduler',
        first_name: 'OpCon',
        last_name: 'Connector',
        name: 'OpCon Connector',
        active: true,
        web_service_access_only: true,
    },
})
