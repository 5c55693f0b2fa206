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
