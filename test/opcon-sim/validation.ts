// Request body validation: first against OpCon's own OpenAPI schemas (copied
// into schemas.json by tools/extract-schemas.ts), then the semantic rules the schemas cannot express (OpCon's
// schemas make almost everything optional and nullable, and `action` is a
// free string, yet the server rejects a missing job list or unknown action).

import * as fs from 'node:fs'
import * as path from 'node:path'
import Ajv, { type ErrorObject, type SchemaValidateFunction, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { JOB_ACTION_NAMES, SCHEDULE_ACTION_NAMES } from './types'

type JsonObject = Record<string, unknown>

export interface OpenApiAjvOptions {
    /**
     * Validates request bodies: a property the schema marks `readOnly` is an
     * error. OpenAPI 3.0 (Schema Object, readOnly): such a property "MAY be sent
     * as part of a response but SHOULD NOT be sent as part of the request";
     * Ajv on its own treats readOnly as an annotation and lets it through.
     */
    requests?: boolean
}

export const READ_ONLY_MESSAGE = 'is readOnly in OpCon\'s OpenAPI: OpCon sets it, a request may not carry it'

/** Builds an Ajv instance that resolves OpenAPI-style `#/components/schemas/X` refs within `schemas`. */
export function createOpenApiAjv(schemas: Record<string, object>, options: OpenApiAjvOptions = {}): Ajv {
    const ajv = new Ajv({ allErrors: true, strict: true })
    addFormats(ajv)
    if (options.requests) {
        // Evaluated only for a property that is present, so its presence alone is the error.
        ajv.removeKeyword('readOnly')
        const readOnly: SchemaValidateFunction = (schema: boolean): boolean => {
            readOnly.errors = schema ? [{ keyword: 'readOnly', message: READ_ONLY_MESSAGE, params: {} }] : undefined
            return !schema
        }
        ajv.addKeyword({ keyword: 'readOnly', schemaType: 'boolean', validate: readOnly })
    }
    // `components` is not a JSON Schema keyword; declaring it keeps strict mode
    // on (catching real typos) while letting refs point into it.
    ajv.addKeyword({ keyword: 'components' })
    ajv.addSchema({ $id: 'opcon', components: { schemas } })
    return ajv
}

/** Reads a schema map written by tools/extract-schemas.ts (name -> schema, plus a file-level $comment). */
export function loadSchemaFile(fileName: 'schemas.json' | 'response-schemas.json'): Record<string, object> {
    const schemas = JSON.parse(fs.readFileSync(path.join(__dirname, fileName), 'utf8')) as Record<string, object>
    delete schemas.$comment
    return schemas
}

const ajv = createOpenApiAjv(loadSchemaFile('schemas.json'), { requests: true })

function validatorFor(schemaName: string): ValidateFunction {
    const fn = ajv.getSchema(`opcon#/components/schemas/${schemaName}`)
    if (!fn) throw new Error(`no schema ${schemaName}`)
    return fn
}

/** `/jobs/0/foo` -> `body.jobs[0].foo`, the form used in every message. */
function location(instancePath: string): string {
    return instancePath
        .split('/')
        .slice(1)
        .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : `${acc}.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`), 'body')
}

function describe(error: ErrorObject, schemaName: string): string {
    const where = location(error.instancePath)
    if (error.keyword === 'additionalProperties') {
        const prop = (error.params as { additionalProperty: string }).additionalProperty
        return `${where}: unknown property '${prop}' (not allowed by OpenAPI schema ${schemaName})`
    }
    if (error.keyword === 'readOnly') return `${where}: ${READ_ONLY_MESSAGE} (OpenAPI schema ${schemaName})`
    if (error.keyword === 'type' && error.data === null) {
        return `${where}: null is not allowed (must be ${(error.params as { type: string }).type})`
    }
    return `${where}: ${error.message ?? error.keyword}`
}

function schemaErrors(schemaName: string, body: unknown): string[] {
    const validate = validatorFor(schemaName)
    if (validate(body)) return []
    // verbose-free Ajv does not keep the data; look it up for the null message.
    return (validate.errors ?? []).map((e) => describe({ ...e, data: valueAt(body, e.instancePath) }, schemaName))
}

function valueAt(root: unknown, pointer: string): unknown {
    return pointer
        .split('/')
        .slice(1)
        .reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as JsonObject)[key] : undefined), root)
}

function isNonEmptyString(v: unknown): v is string {
    return typeof v === 'string' && v.trim() !== ''
}

function requireNonEmptyArray(body: JsonObject, field: string, errors: string[]): unknown[] {
    const value = body[field]
    if (!Array.isArray(value) || value.length === 0) {
        errors.push(`body.${field}: is required and must be a non-empty array`)
        return []
    }
    return value
}

function requireAction(body: JsonObject, allowed: readonly string[], errors: string[]): void {
    const action = body.action
    if (!isNonEmptyString(action)) errors.push(`body.action: is required (one of ${allowed.join(', ')})`)
    else if (!allowed.includes(action)) errors.push(`body.action: '${action}' is not a valid action (one of ${allowed.join(', ')})`)
}

function jobActionRules(body: JsonObject): string[] {
    const errors: string[] = []
    requireAction(body, JOB_ACTION_NAMES, errors)
    requireNonEmptyArray(body, 'jobs', errors).forEach((job, i) => {
        if (!isNonEmptyString((job as JsonObject).id)) errors.push(`body.jobs[${i}].id: is required (the daily job id)`)
    })
    return errors
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/

function scheduleBuildRules(body: JsonObject): string[] {
    const errors: string[] = []
    requireNonEmptyArray(body, 'schedules', errors).forEach((s, i) => {
        const sched = s as JsonObject
        if (!isNonEmptyString(sched.name) && typeof sched.id !== 'number') errors.push(`body.schedules[${i}]: needs a name or an id`)
    })
    requireNonEmptyArray(body, 'dates', errors).forEach((d, i) => {
        if (typeof d !== 'string' || !ISO_DATE.test(d) || Number.isNaN(Date.parse(d.slice(0, 10)))) {
            errors.push(`body.dates[${i}]: '${String(d)}' is not a date (yyyy-MM-dd)`)
        }
    })
    return errors
}

function scheduleActionRules(body: JsonObject): string[] {
    const errors: string[] = []
    requireAction(body, SCHEDULE_ACTION_NAMES, errors)
    requireNonEmptyArray(body, 'scheduleActionItems', errors).forEach((item, i) => {
        const it = item as JsonObject
        if (!isNonEmptyString(it.id)) errors.push(`body.scheduleActionItems[${i}].id: is required (the daily schedule id)`)
        if (body.action !== 'addJobs') return
        const jobs = it.jobs
        if (!Array.isArray(jobs) || jobs.length === 0) {
            errors.push(`body.scheduleActionItems[${i}].jobs: is required for addJobs and must be a non-empty array`)
            return
        }
        jobs.forEach((job, j) => {
            if (!isNonEmptyString((job as JsonObject).id)) errors.push(`body.scheduleActionItems[${i}].jobs[${j}].id: is required (the job name)`)
        })
    })
    return errors
}

function tokenRules(body: JsonObject): string[] {
    const type = (body.tokenType as JsonObject | undefined)?.type
    const user = body.user as JsonObject | undefined
    if (type === 'Application') {
        return isNonEmptyString((body.tokenType as JsonObject).id) ? [] : ['body.tokenType.id: is required for an Application token (the application name)']
    }
    if (type !== undefined && type !== null && type !== 'User') return [`body.tokenType.type: '${String(type)}' is not User or Application`]
    const errors: string[] = []
    if (!isNonEmptyString(user?.loginName)) errors.push('body.user.loginName: is required')
    if (!isNonEmptyString(user?.password)) errors.push('body.user.password: is required')
    return errors
}

function ticketRules(body: JsonObject): string[] {
    // Assumed: a ticket without its number would show as an empty link in Solution Manager.
    return isNonEmptyString(body.ticketId) ? [] : ['body.ticketId: is required (the incident number)']
}

function documentationRules(body: JsonObject): string[] {
    // Assumed: the text is what the POST writes, so it must be there (an empty string clears it).
    return typeof body.job === 'string' ? [] : ['body.job: is required (the job documentation text; an empty string clears it)']
}

const JOB_INSTANCE_ACTIONS = ['LIST', 'FILE'] as const

function jobInstanceActionRules(body: JsonObject): string[] {
    const errors: string[] = []
    requireAction(body, JOB_INSTANCE_ACTIONS, errors)
    requireNonEmptyArray(body, 'jobInstanceActionItems', errors).forEach((item, i) => {
        const it = item as JsonObject
        if (!(typeof it.id === 'number' && it.id > 0)) errors.push(`body.jobInstanceActionItems[${i}].id: is required (the job number of the run)`)
        if (body.action === 'FILE' && !isNonEmptyString(it.jorsRequestParameters)) errors.push(`body.jobInstanceActionItems[${i}].jorsRequestParameters: is required for FILE (the file name LIST returned)`)
    })
    return errors
}

function validateWith(schemaName: string, rules: (body: JsonObject) => string[], body: unknown): string[] {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return ['body: must be a JSON object']
    const errors = schemaErrors(schemaName, body)
    // Semantic rules assume the shape is right; reporting them on a malformed
    // body would only repeat the schema errors in other words.
    return errors.length > 0 ? errors : rules(body as JsonObject)
}

export const validateJobAction = (body: unknown): string[] => validateWith('JobAction', jobActionRules, body)
export const validateScheduleBuild = (body: unknown): string[] => validateWith('ScheduleBuildAction', scheduleBuildRules, body)
export const validateScheduleAction = (body: unknown): string[] => validateWith('ScheduleAction', scheduleActionRules, body)
export const validateTokenRequest = (body: unknown): string[] => validateWith('Token', tokenRules, body)
export const validateIncidentTicket = (body: unknown): string[] => validateWith('DailyJobIncidentTicket', ticketRules, body)
export const validateDocumentation = (body: unknown): string[] => validateWith('DailyJobDocumentation', documentationRules, body)
export const validateJobInstanceAction = (body: unknown): string[] => validateWith('JobInstanceAction', jobInstanceActionRules, body)
