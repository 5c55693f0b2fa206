// What an OpCon error says is read by whoever called: a person clicking Test
// connection or refreshing the job dialog, a flow, another app's script. None
// of them is retried by the connector, so the words never promise a retry;
// the delivery queue, which does retry, says so itself ("next attempt in N s").
import { interpretResponse } from '../../src/server/opcon/opcon-responses'

const read = { serverName: 'opcon-prod', address: 'opcon.example.com:9010', method: 'GET' as const, purpose: 'read daily job 1|2|3|J' }
const raw = (status: number, body = '') => ({ status, body, transportError: '' })

describe('an OpCon that is unavailable or overloaded', () => {
    test.each([429, 500, 502, 503, 504])('HTTP %i never says the call is (or will be) retried', (status) => {
        const message = interpretResponse(raw(status, '{"code":1,"message":"Busy."}'), read).error!.message
        expect(message).not.toMatch(/retr(y|ied|ies)/i)
    })

    test('503 says what happened (OpCon did not take the request) and what to do', () => {
        const message = interpretResponse(raw(503, '{"code":503,"message":"Service Unavailable"}'), read).error!.message
        expect(message).toBe('OpCon server opcon-prod (opcon.example.com:9010) was unavailable (HTTP 503) while trying to read daily job 1|2|3|J: OpCon did not take the request on.'
            + ' OpCon said: "Service Unavailable". If it stays unavailable, check that OpCon\'s REST API service is running, and its log.')
    })

    test('other 5xx say OpCon failed, and where to look if it keeps failing', () => {
        expect(interpretResponse(raw(500), read).error!.message).toBe('OpCon server opcon-prod (opcon.example.com:9010) failed (HTTP 500) while trying to read daily job 1|2|3|J. If it keeps failing, check OpCon\'s REST API log.')
    })

    test('429 says OpCon asked to slow down', () => {
        expect(interpretResponse(raw(429), read).error!.message).toBe('OpCon server opcon-prod (opcon.example.com:9010) asked the connector to slow down (HTTP 429) while trying to read daily job 1|2|3|J. OpCon limits how many calls it takes in a while: wait a minute before asking again.')
    })
})
