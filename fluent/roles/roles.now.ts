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

// The ServiceNow account OpCon's connector uses to open incidents: only its
// correlation fields (and an OpCon Connector admin's) link an incident to an
// OpCon job. It needs nothing else of the app.
export const opconIntegration = Role({
    name: 'x_opcon.integration',
    description: 'The account OpCon\'s connector uses to open incidents: its correlation fields link an incident to an OpCon job.',
})
