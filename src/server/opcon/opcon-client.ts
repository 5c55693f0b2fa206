// Glide shell: sends one request through the "OpCon REST API" REST message.
// The token and content type are set per call from the server row, never
// stored in the message; bodies and URL parts go in unescaped (they are JSON
// and already percent-encoded).
import { GlideDateTime } from '@servicenow/glide'
import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import type { Connection } from './server-registry.ts'
import type { OpConRequest } from './opcon-requests.ts'
import type { RawResponse } from './opcon-responses.ts'

type RestMessageCtor = new (name: string, fn: string) => RESTMessageV2

// The 27.0.5 declarations type the constructor as the platform's internal one.
const Message = RESTMessageV2 as unknown as RestMessageCtor

export const REST_MESSAGE = 'OpCon REST API'

export function send(connection: Connection, request: OpConRequest, timeoutMs: number): RawResponse {
    try {
        const message = new Message(REST_MESSAGE, request.fn)
        // Outbound HTTP logging at 'all' would record the Authorization header.
        message.setLogLevel('basic')
        // A redirect would carry the Authorization header to wherever it points: answer the 3xx instead.
        message.setFollowRedirect(false)
        message.setStringParameterNoEscape('base_url', connection.server.baseUrl)
        for (const [name, value] of Object.entries(request.params)) message.setStringParameterNoEscape(name, value)
        message.setRequestHeader('Accept', 'application/json')
        if (request.authenticated) message.setRequestHeader('Authorization', 'Token ' + connection.token)
        if (request.body !== null) {
            message.setRequestHeader('Content-Type', 'application/json')
            message.setRequestBody(request.body)
        }
        message.setHttpTimeout(timeoutMs)
        if (connection.server.midServer) message.setMIDServer(connection.server.midServer)
        const response = message.execute()
        const status = response.getStatusCode()
        const raw: RawResponse = {
            status,
            body: String(response.getBody() ?? ''),
            transportError: response.haveError() && status === 0 ? String(response.getErrorMessage() ?? '') : '',
        }
        // Only a refusal carries a pause worth reading ("RESTResponseV2 - Scoped" getHeader).
        if (status === 429 || status === 503) {
            raw.retryAfter = String(response.getHeader('Retry-After') ?? '')
            raw.receivedAtMs = new GlideDateTime().getNumericValue()
        }
        return raw
    } catch (error) {
        // The platform throws for some transport failures instead of answering status 0.
        return { status: 0, body: '', transportError: error instanceof Error ? error.message : String(error) }
    }
}
