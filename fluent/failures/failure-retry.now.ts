import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { opconAdmin } from '../roles/roles.now'

// "Retry" on a failure the instance refused to act on (a data policy, another
// application's rule on incident): once an admin has removed the cause, the
// failure is due again (src/server/failures/failure-retry.ts checks that the
// user holds x_opcon.admin themselves).
UiAction({
    $id: Now.ID['ua_failure_retry'],
    table: 'x_opcon_failure',
    name: 'Retry',
    actionName: 'x_opcon_failure_retry',
    hint: 'Work this failed OpCon job again, after removing what refused its incident (the note says what the instance said)',
    roles: [opconAdmin],
    showUpdate: true,
    showInsert: false,
    form: { showButton: true },
    condition: "String(current.state) == 'refused'",
    script: "require('x_opcon/opcon-connector/1.0.0/src/server/failures/failure-retry.ts').retryFailure(current);\naction.setRedirectURL(current);",
})
