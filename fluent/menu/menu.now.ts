import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { opconAdmin } from '../roles/roles.now'

export const menu = ApplicationMenu({
    $id: Now.ID['menu'],
    title: 'OpCon Connector',
    hint: 'OpCon servers, failed jobs, job actions and links, incident templates and settings',
    roles: [opconAdmin],
    active: true,
    order: 500,
})

// First in the menu: the page an admin opens first (fluent/ui/overview/).
Record({
    $id: Now.ID['module_overview'],
    table: 'sys_app_module',
    data: {
        title: 'Overview', hint: 'Is the connector healthy? Per OpCon server: answers, collector, failed jobs today, job actions waiting or failed',
        application: menu, link_type: 'DIRECT', query: 'x_opcon_overview.do', order: 50, active: true, roles: ['x_opcon.admin'],
    },
})
Record({
    $id: Now.ID['module_servers'],
    table: 'sys_app_module',
    data: { title: 'Servers', hint: 'The OpCon servers the connector may call', application: menu, link_type: 'LIST', name: 'x_opcon_server', order: 100, active: true, roles: ['x_opcon.admin'] },
})
Record({
    $id: Now.ID['module_new_server'],
    table: 'sys_app_module',
    data: { title: 'New Server', hint: 'Register an OpCon server the connector may call', application: menu, link_type: 'NEW', name: 'x_opcon_server', order: 200, active: true, roles: ['x_opcon.admin'] },
})
Record({
    $id: Now.ID['module_actions'],
    table: 'sys_app_module',
    data: { title: 'Job Actions', hint: 'Every job action sent or requested, newest first', application: menu, link_type: 'LIST', name: 'x_opcon_action', filter: 'ORDERBYDESCsys_created_on', order: 300, active: true, roles: ['x_opcon.admin'] },
})
Record({
    $id: Now.ID['module_links'],
    table: 'sys_app_module',
    data: { title: 'Job Links', hint: 'Which OpCon job each incident controls, newest first', application: menu, link_type: 'LIST', name: 'x_opcon_binding', filter: 'ORDERBYDESCsys_created_on', order: 350, active: true, roles: ['x_opcon.admin'] },
})
Record({
    $id: Now.ID['module_templates'],
    table: 'sys_app_module',
    data: { title: 'Incident Templates', hint: 'What an incident for a failed job looks like and whom it goes to, in the order tried', application: menu, link_type: 'LIST', name: 'x_opcon_template', filter: 'ORDERBYorder^ORDERBYname', order: 375, active: true, roles: ['x_opcon.admin'] },
})
Record({
    $id: Now.ID['module_properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties', hint: 'Connector settings: switches, timeouts, retries, retention', application: menu, link_type: 'DIRECT', order: 400, active: true, roles: ['x_opcon.admin'],
        query: 'system_properties_ui.do?sysparm_category=x_opcon&sysparm_title=OpCon%20Connector%20Properties',
    },
})
