import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { opconAdmin } from '../roles/roles.now'

export const menu = ApplicationMenu({
    $id: Now.ID['menu'],
    title: 'OpCon Connector',
    hint: 'OpCon servers, job actions and connector properties',
    roles: [opconAdmin],
    active: true,
    order: 500,
})

Record({
    $id: Now.ID['module_servers'],
    table: 'sys_app_module',
    data: { title: 'Servers', application: menu, link_type: 'LIST', name: 'x_opcon_server', order: 100, active: true, roles: ['x_opcon.admin'] },
})
Record({
    $id: Now.ID['module_new_server'],
    table: 'sys_app_module',
    data: { title: 'New Server', application: menu, link_type: 'NEW', name: 'x_opcon_server', order: 200, active: true, roles: ['x_opcon.admin'] },
})
Record({
    $id: Now.ID['module_actions'],
    table: 'sys_app_module',
    data: { title: 'Job Actions', application: menu, link_type: 'LIST', name: 'x_opcon_action', filter: 'ORDERBYDESCsys_created_on', order: 300, active: true, roles: ['x_opcon.admin'] },
})
Record({
    $id: Now.ID['module_links'],
    table: 'sys_app_module',
    data: { title: 'Job Links', application: menu, link_type: 'LIST', name: 'x_opcon_binding', filter: 'ORDERBYDESCsys_created_on', order: 350, active: true, roles: ['x_opcon.admin'] },
})
Record({
    $id: Now.ID['module_templates'],
    table: 'sys_app_module',
    data: { title: 'Incident Templates', application: menu, link_type: 'LIST', name: 'x_opcon_template', filter: 'ORDERBYorder^ORDERBYname', order: 375, active: true, roles: ['x_opcon.admin'] },
})
Record({
    $id: Now.ID['module_properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties', application: menu, link_type: 'DIRECT', order: 400, active: true, roles: ['x_opcon.admin'],
        query: 'system_properties_ui.do?sysparm_category=x_opcon&sysparm_title=OpCon%20Connector%20Properties',
    },
})
