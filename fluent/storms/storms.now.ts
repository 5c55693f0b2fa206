import '@servicenow/sdk/global'
import { Acl, BusinessRule, Property, Record } from '@servicenow/sdk/core'
import { onParentSettled } from '../../src/server/storms/storm-rules.ts'
import { menu } from '../menu/menu.now'
import { category } from '../properties/properties.now'
import { opconAdmin } from '../roles/roles.now'

// Failure storms (issue 21, src/server/storms/): many failures of one server
// sharing a termination code or a machine open one parent incident, the
// failures' incidents its children. Off by default.

export const stormGrouping = Property({
    $id: Now.ID['property_storm_grouping'],
    name: 'x_opcon.storm_grouping',
    type: 'boolean',
    value: false,
    description: 'Group failure storms: when x_opcon.storm_threshold failed jobs of one OpCon server share a termination code or a machine within x_opcon.storm_window_minutes, open one parent incident for the outage and open each failure\'s incident as its child.',
    roles: { write: [opconAdmin] },
})
export const stormThreshold = Property({
    $id: Now.ID['property_storm_threshold'],
    name: 'x_opcon.storm_threshold',
    type: 'integer',
    value: 10,
    description: 'Failed jobs sharing a termination code or a machine within the window that make an outage (2 to 1000).',
    roles: { write: [opconAdmin] },
})
export const stormWindow = Property({
    $id: Now.ID['property_storm_window_minutes'],
    name: 'x_opcon.storm_window_minutes',
    type: 'integer',
    value: 10,
    description: 'Minutes within which failures count toward an outage; an outage takes new failures until this long after its last one (1 to 1440).',
    roles: { write: [opconAdmin] },
})
Record({ $id: Now.ID['category_storm_grouping'], table: 'sys_properties_category_m2m', data: { category: category, property: stormGrouping, order: 3000 } })
Record({ $id: Now.ID['category_storm_threshold'], table: 'sys_properties_category_m2m', data: { category: category, property: stormThreshold, order: 3100 } })
Record({ $id: Now.ID['category_storm_window_minutes'], table: 'sys_properties_category_m2m', data: { category: category, property: stormWindow, order: 3200 } })

// After the platform's own rule that resolves the children (order 100 assumed) and after the ticket rules (1000):
// records who settled the parent, cancels its open children on cancel (the platform does not), and notes the outcome
// when every child's action is already final. Acts only for parents recorded in x_opcon_storm.
BusinessRule({
    $id: Now.ID['br_outage_parent_settled'],
    name: 'OpConOutageParentSettled',
    table: 'incident',
    when: 'after',
    order: 1100,
    action: ['update'],
    filterCondition: 'stateCHANGESTO6^ORstateCHANGESTO8^EQ',
    script: onParentSettled,
    description: 'An outage parent the OpCon Connector opened was resolved or canceled: on cancel, cancel its open children as the same user (each child\'s own rules decide about its job).',
})

Acl({ $id: Now.ID['acl_storm_read'], type: 'record', table: 'x_opcon_storm', operation: 'read', roles: [opconAdmin] })
Acl({ $id: Now.ID['acl_storm_write'], type: 'record', table: 'x_opcon_storm', operation: 'write', roles: [opconAdmin], script: 'answer = false;' })
Acl({ $id: Now.ID['acl_storm_create'], type: 'record', table: 'x_opcon_storm', operation: 'create', roles: [opconAdmin], script: 'answer = false;' })
Acl({ $id: Now.ID['acl_storm_delete'], type: 'record', table: 'x_opcon_storm', operation: 'delete', roles: [opconAdmin] })

Record({
    $id: Now.ID['module_storms'],
    table: 'sys_app_module',
    data: { title: 'Outages', application: menu, link_type: 'LIST', name: 'x_opcon_storm', filter: 'ORDERBYDESCsys_created_on', order: 370, active: true, roles: ['x_opcon.admin'] },
})

// An outage row is the record of who settled a parent and whether its outcome was noted: kept a year after
// its last change once its parent was resolved or canceled (few rows: one per outage), by the platform's
// Table Cleaner ("Table cleaner", sys_auto_flush); an outage still open is never deleted.
Record({
    $id: Now.ID['auto_flush_storms'],
    table: 'sys_auto_flush',
    data: {
        tablename: 'x_opcon_storm',
        matchfield: 'sys_updated_on',
        age: 31536000,
        conditions: 'settled_onISNOTEMPTY',
        active: true,
        cascade_delete: false,
    },
})
