import '@servicenow/sdk/global'
import { RestMessage } from '@servicenow/sdk/core'

// One message, one function per OpCon call. Only the base URL and URL parts
// are variables; the token and content type are set per call from the server
// record (src/server/opcon/opcon-client.ts), so no secret is stored here.
RestMessage({
    $id: Now.ID['rest_opcon'],
    name: 'OpCon REST API',
    description: 'Calls to OpCon\'s REST API. Endpoints come from the OpCon Server record, token and MID server from its Connection & Credential alias, at run time.',
    endpoint: '${base_url}',
    functions: [
        {
            name: 'updateJobStatusById', httpMethod: 'POST', endpoint: '${base_url}/api/jobactions',
            variables: [{ $id: Now.ID['rest_v_jobactions_base'], name: 'base_url' }],
        },
        {
            name: 'getJobActionResult', httpMethod: 'GET', endpoint: '${base_url}/api/jobactions/${id}',
            variables: [{ $id: Now.ID['rest_v_jobaction_base'], name: 'base_url' }, { $id: Now.ID['rest_v_jobaction_id'], name: 'id' }],
        },
        {
            name: 'getDailyJob', httpMethod: 'GET', endpoint: '${base_url}/api/dailyjobs/${id}',
            variables: [{ $id: Now.ID['rest_v_dailyjob_base'], name: 'base_url' }, { $id: Now.ID['rest_v_dailyjob_id'], name: 'id' }],
        },
        {
            name: 'buildSchedule', httpMethod: 'POST', endpoint: '${base_url}/api/schedulebuilds',
            variables: [{ $id: Now.ID['rest_v_builds_base'], name: 'base_url' }],
        },
        {
            name: 'getScheduleBuildResult', httpMethod: 'GET', endpoint: '${base_url}/api/schedulebuilds/${id}',
            variables: [{ $id: Now.ID['rest_v_build_base'], name: 'base_url' }, { $id: Now.ID['rest_v_build_id'], name: 'id' }],
        },
        {
            name: 'getDailyScheduleByNameAndDate', httpMethod: 'GET', endpoint: '${base_url}/api/dailyschedules?${query}',
            variables: [{ $id: Now.ID['rest_v_schedules_base'], name: 'base_url' }, { $id: Now.ID['rest_v_schedules_query'], name: 'query' }],
        },
        {
            name: 'addJobToScheduleInDaily', httpMethod: 'POST', endpoint: '${base_url}/api/scheduleactions',
            variables: [{ $id: Now.ID['rest_v_scheduleactions_base'], name: 'base_url' }],
        },
        {
            name: 'getScheduleActionResult', httpMethod: 'GET', endpoint: '${base_url}/api/scheduleactions/${id}',
            variables: [{ $id: Now.ID['rest_v_scheduleaction_base'], name: 'base_url' }, { $id: Now.ID['rest_v_scheduleaction_id'], name: 'id' }],
        },
        {
            name: 'getApiVersion', httpMethod: 'GET', endpoint: '${base_url}/api/version',
            variables: [{ $id: Now.ID['rest_v_version_base'], name: 'base_url' }],
        },
        // Failed jobs opening incidents (src/server/opcon/failure-requests.ts)
        {
            name: 'listDailyJobs', httpMethod: 'GET', endpoint: '${base_url}/api/dailyjobs?${query}',
            variables: [{ $id: Now.ID['rest_v_dailyjobs_base'], name: 'base_url' }, { $id: Now.ID['rest_v_dailyjobs_query'], name: 'query' }],
        },
        {
            name: 'getIncidentTickets', httpMethod: 'GET', endpoint: '${base_url}/api/dailyjobs/${uid}/incidentTickets',
            variables: [{ $id: Now.ID['rest_v_tickets_base'], name: 'base_url' }, { $id: Now.ID['rest_v_tickets_uid'], name: 'uid' }],
        },
        {
            name: 'addIncidentTicket', httpMethod: 'POST', endpoint: '${base_url}/api/dailyjobs/${uid}/incidentTickets',
            variables: [{ $id: Now.ID['rest_v_ticket_add_base'], name: 'base_url' }, { $id: Now.ID['rest_v_ticket_add_uid'], name: 'uid' }],
        },
        {
            name: 'updateIncidentTicket', httpMethod: 'PUT', endpoint: '${base_url}/api/dailyjobs/${uid}/incidentTickets/${id}',
            variables: [
                { $id: Now.ID['rest_v_ticket_put_base'], name: 'base_url' }, { $id: Now.ID['rest_v_ticket_put_uid'], name: 'uid' },
                { $id: Now.ID['rest_v_ticket_put_id'], name: 'id' },
            ],
        },
        {
            name: 'getJobDocumentation', httpMethod: 'GET', endpoint: '${base_url}/api/dailyjobs/${id}/documentation',
            variables: [{ $id: Now.ID['rest_v_doc_base'], name: 'base_url' }, { $id: Now.ID['rest_v_doc_id'], name: 'id' }],
        },
        {
            name: 'setJobDocumentation', httpMethod: 'POST', endpoint: '${base_url}/api/dailyjobs/${id}/documentation',
            variables: [{ $id: Now.ID['rest_v_doc_set_base'], name: 'base_url' }, { $id: Now.ID['rest_v_doc_set_id'], name: 'id' }],
        },
        {
            name: 'requestJobOutput', httpMethod: 'POST', endpoint: '${base_url}/api/jobinstanceactions',
            variables: [{ $id: Now.ID['rest_v_output_base'], name: 'base_url' }],
        },
        {
            name: 'getJobOutputResult', httpMethod: 'GET', endpoint: '${base_url}/api/jobinstanceactions/${id}',
            variables: [{ $id: Now.ID['rest_v_output_result_base'], name: 'base_url' }, { $id: Now.ID['rest_v_output_result_id'], name: 'id' }],
        },
        // OpCon's agent machines, for "Sync OpCon agents to CMDB" (src/server/cmdb/machines-request.ts)
        {
            name: 'getMachines', httpMethod: 'GET', endpoint: '${base_url}/api/machines?${query}',
            variables: [{ $id: Now.ID['rest_v_machines_base'], name: 'base_url' }, { $id: Now.ID['rest_v_machines_query'], name: 'query' }],
        },
    ],
})
