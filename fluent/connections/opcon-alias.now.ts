import '@servicenow/sdk/global'
import { Alias } from '@servicenow/sdk/core'

// Where each registered OpCon server's endpoint and API token live: a
// Connection & Credential alias ("Do NOT use system properties or custom tables
// to store connection details or credentials — use aliases instead", `now-sdk
// explain alias-guide`). Admins create one child alias per OpCon server (or use
// this one for a single server), with an HTTP connection and an API key
// credential, in Connections & Credentials; the server record names the alias.
// retryPolicy '': no platform retries. The connector decides itself what may be
// sent again: a job action retried blindly could run twice.
export const opconAlias = Alias({
    $id: Now.ID['alias_opcon'],
    name: 'OpCon',
    type: 'connection',
    connectionType: 'httpConnection',
    retryPolicy: '',
    description: 'OpCon REST API: the HTTP connection (OpCon\'s base URL) and an API Key credential holding an OpCon external token. One child alias per registered OpCon server; the OpCon Connector server record names it.',
})
