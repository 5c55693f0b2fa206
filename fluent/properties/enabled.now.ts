import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'

Property({
    $id: Now.ID['property_enabled'],
    name: 'x_opcon.enabled',
    type: 'boolean',
    value: true,
    description: 'Master switch for every automatic call to OpCon.',
})
