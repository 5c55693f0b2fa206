// Turns simulator records into OpCon-shaped JSON. Field names follow the
// OpenAPI schemas (DailyJob, DailySchedule, JobAction, ScheduleBuildAction,
// ScheduleAction, Token); sim.test.ts validates these against copies of them.

import { toOleDate } from './dates'
import type { JobActionRecord, JobInstanceActionRecord, ScheduleActionRecord, ScheduleBuildRecord, SimState } from './state'
import { jobStatusByDescription, scheduleStatusByDescription } from './statuses'
import type { SimDailySchedule, SimIncidentTicket, SimJob, SimToken } from './types'

type Json = Record<string, unknown>

/** Drops undefined members so the JSON carries only what the simulator knows. */
function compact(obj: Json): Json {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined))
}

function midnight(isoDate: string): string {
    return `${isoDate}T00:00:00`
}

export function renderDailySchedule(state: SimState, daily: SimDailySchedule): Json {
    const status = scheduleStatusByDescription(daily.status)
    const containsFailedJobs = state.jobsOf(daily).some((j) => jobStatusByDescription(j.status)?.category === 'Failed')
    return {
        id: daily.id,
        name: daily.name,
        date: midnight(daily.date),
        dateAsInteger: Math.floor(toOleDate(daily.date)),
        masterId: daily.scheduleId,
        instance: daily.instance,
        path: daily.name,
        status: { id: status.id, description: status.description, category: status.category, containsFailedJobs },
        computedStartTime: { time: midnight(daily.date), isEstimated: false },
    }
}

/** `withDocumentation`: the list's IncludeDocumentation=true adds the job's documentation. */
export function renderDailyJob(state: SimState, job: SimJob, withDocumentation = false): Json {
    const status = jobStatusByDescription(job.status)
    const daily = state.dailySchedules.get(job.dailyScheduleId)
    return compact({
        uid: job.uid,
        id: job.id,
        jobName: job.jobName,
        // The current run's number; 0 before the job first ran (assumed: the OpenAPI makes it a non-nullable int32).
        jobNumber: job.jobNumber,
        jobStatus: { id: status?.id ?? 0, description: job.status, category: status?.category ?? 'Unknown' },
        termination: job.termination,
        terminationDescription: job.terminationDescription,
        machine: { id: job.machineId, name: job.machine },
        schedule: daily ? renderDailySchedule(state, daily) : undefined,
        frequency: { name: job.frequency },
        computedStartTime: { time: job.lastStart ?? midnight(job.scheduleDate), isEstimated: job.lastStart === null },
        computedEndTime: job.lastEnd === null ? undefined : { time: job.lastEnd, isEstimated: false },
        start: job.lastStart === null ? undefined : toOleDate(job.lastStart),
        incidentTicketId: job.incidentTicketId,
        incidentTicketURL: job.incidentTicketURL,
        documentation: withDocumentation ? renderDocumentation(job) : undefined,
        isRecurrent: false,
        priority: 0,
    })
}

function withOutcome(rec: { id: number; result: string; message?: string }): Json {
    return compact({ id: rec.id, result: rec.result, message: rec.message })
}

export function renderJobAction(rec: JobActionRecord): Json {
    return {
        id: rec.id,
        action: rec.action,
        reason: rec.reason,
        result: rec.result,
        jobs: rec.jobs.map((j) => compact({ id: j.id, result: j.result, message: j.message })),
        expiryTime: rec.expiryTime,
    }
}

export function renderScheduleBuild(rec: ScheduleBuildRecord): Json {
    return {
        ...withOutcome(rec),
        schedules: rec.schedules,
        dates: rec.dates,
        overwrite: rec.overwrite,
        hold: rec.hold,
        expiryTime: rec.expiryTime,
    }
}

export function renderScheduleAction(rec: ScheduleActionRecord): Json {
    return {
        ...withOutcome(rec),
        action: rec.action,
        reason: rec.reason,
        expiryTime: rec.expiryTime,
        scheduleActionItems: rec.items.map((item) =>
            compact({
                id: item.id,
                result: item.result,
                message: item.message,
                jobs: item.jobs?.map((j) => compact({ id: j.id, frequency: j.frequency, result: j.result, message: j.message })),
            }),
        ),
    }
}

export function renderToken(token: SimToken, userId: number, validFrom: string, appName?: string): Json {
    return {
        id: token.token,
        user: { id: userId, loginName: token.user },
        tokenType: appName === undefined ? { type: token.type } : { id: appName, type: token.type },
        validFrom,
        validUntil: token.validUntil,
        passwordExpired: false,
    }
}

export function renderTicket(ticket: SimIncidentTicket): Json {
    return { id: ticket.id, ticketId: ticket.ticketId, ticketUrl: ticket.ticketUrl }
}

/** DailyJobDocumentation; its id is the job's uid (assumed: the OpenAPI does not say what it numbers). */
export function renderDocumentation(job: SimJob): Json {
    return { id: job.uid, frequency: job.frequency, job: job.documentation }
}

export function renderJobInstanceAction(rec: JobInstanceActionRecord): Json {
    return compact({
        id: rec.id,
        action: rec.action,
        result: rec.result,
        message: rec.message,
        jobInstanceActionItems: rec.items.map((item) =>
            compact({ id: item.id, jorsRequestParameters: item.jorsRequestParameters ?? undefined, result: item.result, message: item.message, files: item.files, data: item.data }),
        ),
        expiryTime: rec.expiryTime,
    })
}
