// Inbound scripted REST APIs (sys_ws_definition, sys_ws_version, sys_ws_operation
// as the Now SDK 4.9.0 writes them for RestApi()), served the way an instance does.
// Sources, ServiceNow docs: "Scripted REST APIs" (c_CustomWebServices: the URI
// /api/<namespace>/<version>/<api_id>/<relative_path>, the version optional for the
// default version, the latest when none is marked default; the security matrix;
// the error response format), "Configure a scripted REST API resource to require
// an ACL" (ACLs are checked for an authenticated user only; the resource's ACLs
// override the API's; any one selected ACL is enough), "REST API HTTP response
// codes" (400 for a URI no API matches, 401, 403, 405 for a method the resource
// does not offer, 500), "RESTAPIRequest - Scoped", "RESTAPIRequestBody - Scoped"
// (data, dataString and dataStream read one stream: the second read is empty;
// queryParams values are arrays), "RESTAPIResponse - Scoped" (setBody,
// setStatus, setHeader(s), setContentType, setLocation, setError,
// getStreamWriter), "RESTAPIResponseStream - Scoped", "Scripted REST API example
// - script samples" (a returned object is the body: {"result": ...}), "Available
// error objects" (sn_ws_err: BadRequestError 400, NotFoundError 404,
// NotAcceptableError 406, ConflictError 409, UnsupportedMediaTypeError 415,
// ServiceError default 500 with empty message and detail; returning an error
// object or setError() send the same answer), "Explicit roles" (a user without
// snc_external is snc_internal).
// Assumed (strict where it matters): a thrown sn_ws_err error answers as
// setError() does (community answers, not the docs); an uncaught exception is 500
// with message "Script Evaluation Exception" and the exception text as detail;
// the words of the 400/401/403/405 messages; only JSON requests and answers
// (no XML; the Accept header is not negotiated); the script's completion value is
// the body only when the script set none.
import type { Row } from './store'

export interface RestCall {
    method: string
    path: string
    /** The user the request authenticates as; null sends no credentials. Default admin. */
    as?: string | null
    body?: unknown
    headers?: Record<string, string>
    query?: Record<string, string>
}

export interface RestResult {
    status: number
    headers: Record<string, string>
    body: unknown
}

/** The platform's ACL that every new resource carries ("Scripted REST External Default"): the SDK writes its sys_id as enforce_acl. */
export const SCRIPTED_REST_DEFAULT_ACL = 'cf9d01d3e73003009d6247e603f6a990'

export interface RestDeps {
    rows: (table: string) => Row[]
    /** Whether `userName` passes at least one of the ACLs (sys_ids), as that user; the user exists. */
    passesAcls: (userName: string, aclIds: string[]) => boolean
    /** Whether `userName` is snc_internal (explicitly, or implicitly by lacking snc_external), or admin. */
    isInternal: (userName: string) => boolean
    userExists: (userName: string) => boolean
    /** Runs the operation script as the user, in its scope; returns the completion value. Throws what the script throws. */
    runScript: (operation: Row, userName: string | null, request: unknown, response: unknown) => unknown
    reportError: (source: string, error: unknown) => void
}

/** The sn_ws_err namespace ("Available error objects"). */
export class ServiceError {
    status = 500
    message = ''
    detail = ''
    setStatus(code: number): ServiceError { this.status = Number(code); return this }
    setMessage(message: string): ServiceError { this.message = String(message ?? ''); return this }
    setDetail(detail: string): ServiceError { this.detail = String(detail ?? ''); return this }
}

function predefined(status: number): new (message?: string) => ServiceError {
    return class extends ServiceError {
        constructor(message?: string) {
            super()
            this.status = status
            this.message = message === undefined ? '' : String(message)
        }
    }
}

export const snWsErr = {
    ServiceError,
    BadRequestError: predefined(400),
    NotFoundError: predefined(404),
    NotAcceptableError: predefined(406),
    ConflictError: predefined(409),
    UnsupportedMediaTypeError: predefined(415),
}

const failure = (status: number, message: string, detail: string | null): RestResult => ({
    status,
    headers: { 'Content-Type': 'application/json;charset=UTF-8' },
    body: { error: { message, detail }, status: 'failure' },
})

function matchPath(template: string, actual: string): Record<string, string> | null {
    const want = template.split('/').filter(Boolean)
    const got = actual.split('/').filter(Boolean)
    if (want.length !== got.length) return null
    const params: Record<string, string> = {}
    for (let i = 0; i < want.length; i++) {
        const name = /^\{(.+)\}$/.exec(want[i])
        if (name) params[name[1]] = decodeURIComponent(got[i])
        else if (want[i] !== got[i]) return null
    }
    return params
}

export function serveRest(deps: RestDeps, call: RestCall): RestResult {
    const userName = call.as === undefined ? 'admin' : call.as
    const [pathPart] = call.path.split('?')
    const segments = pathPart.split('/').filter(Boolean)
    const unknownUri = () => failure(400, 'Requested URI does not represent any resource', `${pathPart}`)
    if (segments[0] !== 'api' || segments.length < 3) return unknownUri()
    const namespace = segments[1]
    const versioned = /^v\d+$/.test(segments[2])
    const serviceId = versioned ? segments[3] : segments[2]
    const relative = '/' + segments.slice(versioned ? 4 : 3).join('/')
    const definition = deps.rows('sys_ws_definition').find((row) => row.namespace === namespace && row.service_id === serviceId && row.active !== 'false')
    if (!definition) return unknownUri()
    const versions = deps.rows('sys_ws_version').filter((row) => row.web_service_definition === definition.sys_id && row.active !== 'false')
    let version: Row | undefined
    if (versioned) {
        version = versions.find((row) => row.version_id === segments[2])
        if (!version) return unknownUri()
    } else if (versions.length > 0) {
        // "If no version is marked as default, the latest version is used as the default."
        version = versions.find((row) => row.is_default === 'true') ?? [...versions].sort((a, b) => Number(b.version) - Number(a.version))[0]
    }
    const operations = deps.rows('sys_ws_operation').filter((row) => row.web_service_definition === definition.sys_id && row.active !== 'false' &&
        (version ? row.web_service_version === version.sys_id : !row.web_service_version))
    const onPath = operations.map((row) => ({ row, params: matchPath(row.relative_path ?? '/', relative) })).filter((hit) => hit.params !== null)
    if (onPath.length === 0) return unknownUri()
    const hit = onPath.find((candidate) => candidate.row.http_method.toUpperCase() === call.method.toUpperCase())
    if (!hit) return failure(405, 'Method not Supported', `${call.method.toUpperCase()} is not offered by ${pathPart}`)
    const operation = hit.row

    // Security matrix: a resource that does not require authentication is public; otherwise credentials
    // come first (401), then snc_internal and the ACLs (403), which are checked for authenticated users only.
    const authenticate = operation.requires_authentication !== 'false'
    if (authenticate) {
        if (userName === null || !deps.userExists(userName)) return failure(401, 'User Not Authenticated', 'Required to provide Auth information')
        if (operation.requires_snc_internal_role === 'true' && !deps.isInternal(userName)) {
            return failure(403, 'User Not Authorized', `${userName} is not an internal user (snc_internal)`)
        }
        if (operation.requires_acl_authorization === 'true') {
            const own = (operation.enforce_acl ?? '').split(',').filter(Boolean)
            const acls = own.length > 0 ? own : (definition.enforce_acl ?? '').split(',').filter(Boolean)
            if (acls.length > 0 && !deps.passesAcls(userName, acls)) {
                return failure(403, 'User Not Authorized', `${userName} passes none of the ACLs of ${operation.name}`)
            }
        }
    }

    const { request, response, result } = buildExchange(call, hit.params!, pathPart)
    const source = `sys_ws_operation:${operation.name}`
    let completion: unknown
    try {
        completion = deps.runScript(operation, authenticate ? userName : null, request, response)
    } catch (error) {
        if (error instanceof ServiceError) return failure(error.status, error.message, error.detail)
        deps.reportError(source, error)
        // A script's Error comes from the script's realm: not instanceof this realm's Error.
        const text = error !== null && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : String(error)
        return failure(500, 'Script Evaluation Exception', text)
    }
    if (completion instanceof ServiceError) return failure(completion.status, completion.message, completion.detail)
    if (result.error) return failure(result.error.status, result.error.message, result.error.detail)
    if (result.stream !== null) {
        return { status: result.status, headers: result.headers, body: result.stream }
    }
    const body = result.bodySet ? result.body : completion
    const headers = { 'Content-Type': 'application/json;charset=UTF-8', ...result.headers }
    // Assumed: a script that sets no body and returns none answers its status with an empty body.
    if (body === undefined) return { status: result.status, headers, body: null }
    return { status: result.status, headers, body: { result: body } }
}

interface ResponseState {
    status: number
    statusSet: boolean
    headers: Record<string, string>
    body: unknown
    bodySet: boolean
    error: ServiceError | null
    stream: string | null
}

function buildExchange(call: RestCall, pathParams: Record<string, string>, uri: string) {
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(call.headers ?? {})) headers[name.toLowerCase()] = String(value)
    const rawBody = call.body === undefined ? '' : typeof call.body === 'string' ? call.body : JSON.stringify(call.body)
    if (call.body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json'
    // "queryParams ... var isActiveQuery = queryParams.active; // [false]": every value is an array.
    const queryParams: Record<string, string[]> = {}
    for (const [name, value] of Object.entries(call.query ?? {})) queryParams[name] = [String(value)]
    const queryString = new URLSearchParams(call.query ?? {}).toString()
    // data, dataString and dataStream read one stream: only the first read gets the content.
    let consumed = false
    const take = (): string | null => {
        if (consumed) return null
        consumed = true
        return rawBody
    }
    const body = {
        get data(): unknown {
            const text = take()
            if (text === null || text === '') return undefined
            return JSON.parse(text)
        },
        get dataString(): string {
            return take() ?? ''
        },
    }
    const request = {
        body,
        pathParams: { ...pathParams },
        queryParams,
        queryString,
        headers: { ...headers },
        uri: uri.replace(/^\//, ''),
        url: `https://bench.service-now.com${uri}${queryString ? `?${queryString}` : ''}`,
        getHeader: (name: string) => headers[String(name).toLowerCase()],
    }
    const result: ResponseState = { status: 200, statusSet: false, headers: {}, body: undefined, bodySet: false, error: null, stream: null }
    const response = {
        setStatus: (code: unknown) => {
            // "Passing a non-numerical value, such as a string, causes the status code to default to 0."
            result.status = typeof code === 'number' ? code : 0
            result.statusSet = true
        },
        setBody: (value: unknown) => {
            result.body = value
            result.bodySet = true
        },
        setHeader: (name: string, value: string) => { result.headers[String(name)] = String(value) },
        setHeaders: (values: Record<string, string>) => {
            for (const [name, value] of Object.entries(values ?? {})) result.headers[name] = String(value)
        },
        setContentType: (type: string) => { result.headers['Content-Type'] = String(type) },
        setLocation: (location: string) => { result.headers.Location = String(location) },
        setError: (error: ServiceError) => { result.error = error },
        getStreamWriter: () => {
            // "Set the content type and status code ... prior to calling the getStreamWriter function."
            if (!result.headers['Content-Type'] || !result.statusSet) {
                throw new Error('RESTAPIResponse.getStreamWriter(): set the content type and the status before writing to the stream')
            }
            result.stream = result.stream ?? ''
            return {
                writeString: (data: string) => { result.stream += String(data) },
                writeStream: () => { throw new Error('RESTAPIResponseStream.writeStream() is not emulated by the bench') },
            }
        },
    }
    return { request, response, result }
}
