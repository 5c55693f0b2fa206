// Validates recorded HTTP requests against OpCon's own OpenAPI description
// (../shared/opcon/*.openapi.json): the path and method exist, an integer path
// parameter (DailyJob.uid in /api/dailyjobs/{uid}/incidentTickets) is an
// integer, every query parameter is declared (by its exact name), and the JSON
// body matches the operation's request schema, where OpCon forbids unknown
// properties and a request may not carry a property marked readOnly.
// validateShape checks a response body against a components schema (readOnly
// properties allowed there: OpenAPI 3.0 lets a response carry them).
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { ValidateFunction } from 'ajv'
import { createOpenApiAjv } from '../opcon-sim/validation'

export const OPENAPI_FILE = path.resolve(__dirname, '../../../shared/opcon/opcon-rest-api-21.2.openapi.json')

export interface RecordedRequest {
    method: string
    /** Raw path, still percent-encoded, without the query. */
    path: string
    /** Raw query string without '?'. */
    query: string
    body: unknown
}

interface Operation {
    parameters?: Array<{ name: string; in: string; required?: boolean; schema?: { type?: string } }>
    requestBody?: { content?: Record<string, { schema?: object }> }
}

type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } }

export class OpenApiValidator {
    private readonly doc: OpenApi
    private readonly ajv
    private readonly responseAjv
    private readonly compiled = new Map<string, ValidateFunction>()

    constructor(file = OPENAPI_FILE) {
        this.doc = JSON.parse(fs.readFileSync(file, 'utf8')) as OpenApi
        // Request bodies: a property OpCon marks readOnly is refused too.
        this.ajv = createOpenApiAjv(this.doc.components.schemas, { requests: true })
        this.responseAjv = createOpenApiAjv(this.doc.components.schemas)
    }

    /** Everything wrong with a response body against components.schemas[schemaName]; empty when it conforms. */
    validateShape(schemaName: string, value: unknown): string[] {
        const fn = this.responseAjv.getSchema(`opcon#/components/schemas/${schemaName}`)
        if (!fn) return [`no schema ${schemaName} in OpCon's OpenAPI`]
        return fn(value) ? [] : (fn.errors ?? []).map((e) => `${schemaName}${e.instancePath} ${e.message ?? e.keyword}`)
    }

    /** Path parameters the template declares as integers must be integers (ASP.NET answers 400 or 404 otherwise). */
    private pathProblems(where: string, tpl: string, rawPath: string, operation: Operation): string[] {
        const segments = rawPath.split('/')
        return tpl.split('/').flatMap((part, i) => {
            const name = /^\{(.+)\}$/.exec(part)?.[1]
            const param = name === undefined ? undefined : (operation.parameters ?? []).find((p) => p.in === 'path' && p.name === name)
            if (param?.schema?.type !== 'integer') return []
            let value: string
            try {
                value = decodeURIComponent(segments[i])
            } catch {
                value = segments[i]
            }
            return /^-?\d+$/.test(value) ? [] : [`${where}: path parameter ${name}="${value}" is not an integer`]
        })
    }

    /** The path template an actual path matches, preferring literal segments ("/api/dailyjobs/count" over "{rawId}"). */
    private template(rawPath: string): string | null {
        const segments = rawPath.split('/')
        const candidates = Object.keys(this.doc.paths).filter((tpl) => {
            const parts = tpl.split('/')
            return parts.length === segments.length && parts.every((part, i) => /^\{.+\}$/.test(part) || part.toLowerCase() === segments[i].toLowerCase())
        })
        candidates.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))
        return candidates[0] ?? null
    }

    private bodyValidator(key: string, schema: object): ValidateFunction {
        let fn = this.compiled.get(key)
        if (!fn) {
            // Refs inside the operation point at the document's components, registered under the "opcon" id.
            const rewritten = JSON.parse(JSON.stringify(schema).replace(/"#\/components\/schemas\//g, '"opcon#/components/schemas/')) as object
            fn = this.ajv.compile(rewritten)
            this.compiled.set(key, fn)
        }
        return fn
    }

    /** Everything wrong with one request; empty when it conforms. */
    validate(request: RecordedRequest): string[] {
        const where = `${request.method} ${request.path}`
        const tpl = this.template(request.path)
        if (!tpl) return [`${where}: no such path in OpCon's OpenAPI`]
        const operation = this.doc.paths[tpl][request.method.toLowerCase()]
        if (!operation) return [`${where}: OpCon's OpenAPI has no ${request.method} on ${tpl}`]
        const problems: string[] = this.pathProblems(where, tpl, request.path, operation)
        const declared = (operation.parameters ?? []).filter((p) => p.in === 'query')
        const params = new URLSearchParams(request.query)
        for (const [name, value] of params) {
            const param = declared.find((p) => p.name === name)
            if (!param) {
                problems.push(`${where}: query parameter "${name}" is not declared (declared: ${declared.map((p) => p.name).join(', ')})`)
                continue
            }
            if (param.schema?.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`${where}: query parameter ${name}="${value}" is not an integer`)
            if (param.schema?.type === 'boolean' && !/^(true|false)$/i.test(value)) problems.push(`${where}: query parameter ${name}="${value}" is not a boolean`)
        }
        for (const param of declared.filter((p) => p.required)) {
            if (!params.has(param.name)) problems.push(`${where}: required query parameter ${param.name} is missing`)
        }
        const schema = operation.requestBody?.content?.['application/json']?.schema
        if (schema) {
            if (request.body === null || request.body === undefined) problems.push(`${where}: no JSON body`)
            else if (typeof request.body === 'string') problems.push(`${where}: body is not JSON: ${request.body.slice(0, 80)}`)
            else {
                const fn = this.bodyValidator(`${tpl} ${request.method}`, schema)
                if (!fn(request.body)) problems.push(...(fn.errors ?? []).map((e) => `${where}: body${e.instancePath} ${e.message ?? e.keyword}`))
            }
        } else if (request.body !== null && request.body !== undefined && request.body !== '') {
            problems.push(`${where}: OpCon's OpenAPI takes no body here`)
        }
        return problems
    }
}
