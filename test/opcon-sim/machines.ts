// OpCon's agent machines: GET /api/machines (OpenAPI 21.2: query parameters Offset,
// Limit, Ids, Name, ... and no response schema; the items are Machine objects, as
// DailyJob.machine is), and the control API that seeds them (POST/GET /__sim/machines).
// The simulator keeps the machines in SimState, which forgets them on reset.
import { authenticate, queryParam } from './api-routes'
import { apiError, json, type Reply, type RequestContext, type Route } from './routing'
import { SimInputError, type SimState } from './state'

/** A machine as a test seeds it; everything but the name is optional. */
export interface SeedMachineInput {
    name: string
    /** OpCon's id; default the next free one. */
    id?: number
    osType?: string | null
    osVersion?: string | null
    agentVersion?: string | null
    tcpIpAddress?: string | null
    fullyQualifiedDomainName?: string | null
    socket?: number | null
    /** MachineStatus.state, e.g. Up / Down; default Up. Assumed: networkStatus and operationStatus say the same. */
    state?: string | null
}

/** What GET /api/machines answers for one machine: properties of OpCon's Machine schema only. */
export interface SimMachine {
    id: number
    name: string
    osType: string | null
    osVersion: string | null
    agentVersion: string | null
    tcpIpAddress: string | null
    fullyQualifiedDomainName: string | null
    socket: number | null
    state: { state: string | null; networkStatus: string | null; operationStatus: string | null }
}

const SEED_FIELDS = new Set(['name', 'id', 'osType', 'osVersion', 'agentVersion', 'tcpIpAddress', 'fullyQualifiedDomainName', 'socket', 'state'])

function optionalText(input: Record<string, unknown>, field: string): string | null {
    const value = input[field]
    if (value === undefined || value === null) return null
    if (typeof value !== 'string') throw new SimInputError(`machine ${field} must be text or null`)
    return value
}

function seedMachine(state: SimState, raw: unknown): SimMachine {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new SimInputError('a machine must be an object')
    const input = raw as Record<string, unknown>
    const unknown = Object.keys(input).filter((key) => !SEED_FIELDS.has(key))
    if (unknown.length > 0) throw new SimInputError(`unknown machine field(s): ${unknown.join(', ')}`)
    if (typeof input.name !== 'string' || input.name.trim() === '') throw new SimInputError('a machine needs a name')
    const machines = state.machines
    if (input.id !== undefined && (typeof input.id !== 'number' || !Number.isInteger(input.id) || input.id < 1 || input.id > 2 ** 31 - 1)) throw new SimInputError('machine id must be a positive int32')
    // OpCon refuses a second machine of the same name (its names are unique, case-insensitively: assumed).
    if ([...machines.values()].some((m) => m.name.toLowerCase() === (input.name as string).toLowerCase())) throw new SimInputError(`machine ${input.name} exists already`)
    const socket = input.socket ?? null
    if (socket !== null && (typeof socket !== 'number' || !Number.isInteger(socket))) throw new SimInputError('machine socket must be an integer')
    const status = optionalText(input, 'state') ?? 'Up'
    const details = {
        osType: optionalText(input, 'osType'), osVersion: optionalText(input, 'osVersion'), agentVersion: optionalText(input, 'agentVersion'),
        tcpIpAddress: optionalText(input, 'tcpIpAddress'), fullyQualifiedDomainName: optionalText(input, 'fullyQualifiedDomainName'),
    }
    // Last, once the input is valid: the id, once given, is the machine's for good (state.machineId).
    const id = state.machineId(input.name, input.id as number | undefined)
    const machine: SimMachine = {
        id, name: input.name, ...details, socket: socket as number | null,
        state: { state: status, networkStatus: status, operationStatus: status },
    }
    machines.set(id, machine)
    return machine
}

function intParam(query: URLSearchParams, name: string): number | null | Reply {
    const raw = queryParam(query, name)
    if (raw === null || raw === '') return null
    return /^\d{1,9}$/.test(raw) ? Number(raw) : apiError(400, `The value '${raw}' is not valid for ${name}`)
}

function getMachines(state: SimState) {
    return (ctx: RequestContext): Reply => {
        const auth = authenticate(state, ctx.authorization)
        if ('reply' in auth) return auth.reply
        const offset = intParam(ctx.query, 'Offset')
        const limit = intParam(ctx.query, 'Limit')
        if (typeof offset === 'object' && offset !== null) return offset
        if (typeof limit === 'object' && limit !== null) return limit
        const name = queryParam(ctx.query, 'Name')
        const idsRaw = queryParam(ctx.query, 'Ids')
        const ids = idsRaw === null || idsRaw === '' ? null : idsRaw.split(',').map((s) => s.trim())
        if (ids !== null && !ids.every((id) => /^\d{1,9}$/.test(id))) return apiError(400, `The value '${idsRaw}' is not valid for Ids (comma-separated machine ids)`)
        const found = [...state.machines.values()]
            .filter((m) => name === null || name === '' || m.name.toLowerCase() === name.toLowerCase())
            .filter((m) => ids === null || ids.includes(String(m.id)))
            .sort((a, b) => a.id - b.id)
        const start = offset ?? 0
        return json(200, found.slice(start, limit === null ? undefined : start + limit))
    }
}

function seedMachines(state: SimState, ctx: RequestContext): Reply {
    try {
        if (ctx.bodyError !== null || ctx.body === undefined) throw new SimInputError('a JSON body (a machine or an array of machines) is required')
        const body = ctx.body
        const seeded = (Array.isArray(body) ? body : [body]).map((m) => seedMachine(state, m))
        return json(201, Array.isArray(body) ? seeded : seeded[0])
    } catch (e) {
        if (e instanceof SimInputError) return json(400, { error: e.message })
        throw e
    }
}

/** The machine routes: `api` beside OpCon's other routes, `control` beside the simulator's control API. */
export function createMachineRoutes(state: SimState): { api: Route[]; control: Route[] } {
    return {
        api: [{ method: 'GET', pattern: /^\/api\/machines\/?$/i, handler: getMachines(state) }],
        control: [
            { method: 'POST', pattern: /^\/__sim\/machines\/?$/, handler: (ctx) => seedMachines(state, ctx) },
            { method: 'GET', pattern: /^\/__sim\/machines\/?$/, handler: () => json(200, [...state.machines.values()]) },
        ],
    }
}
