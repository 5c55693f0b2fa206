import '@servicenow/sdk/global'
import { Role } from '@servicenow/sdk/core'

export const opconUser = Role({
    name: 'x_opcon.user',
    description: 'Service-desk agents who may see OpCon jobs from incidents and act on them.',
})

export const opconAdmin = Role({
    name: 'x_opcon.admin',
    description: 'Administers the OpCon Connector: registered servers, API tokens and properties.',
    containsRoles: [opconUser],
})

// The ServiceNow account SMA's Windows connector uses to open incidents: only
// its correlation fields (and an OpCon Connector admin's) link an incident to
// an OpCon job. It needs nothing else of the app.
export const opconIntegration = Role({
    name: 'x_opcon.integration',
    description: 'The account OpCon\'s connector uses to open incidents: its correlation fields link an incident to an OpCon job.',
})

// The account OpCon's Notification Manager command uses to report a failed job
// (POST /api/x_opcon/v1/opcon/failures). Its password sits in a file on an
// OpCon agent that every job there can read, so it is assumed stolen: it may
// report a failure and nothing else (no incident write, no link trust, no job action).
export const opconFailureReporter = Role({
    name: 'x_opcon.failure_reporter',
    description: 'Only reports failed OpCon jobs to the failure endpoint: no incident, link or job action rights. For the account OpCon\'s Notification Manager command uses.',
})
