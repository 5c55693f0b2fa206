// Job and schedule status tables for the OpCon simulator.
//
// OpCon's OpenAPI file declares JobStatus as {id, description, category} but
// lists no values. The ids of Failed (910), Marked Failed (921) and
// Initialization Error (210) are OpCon's (../shared/opcon/README.md, from SMA's
// clients); the others are the simulator's own (hundreds = category), 911 for
// "Failed; Processing Events" included (assumed). Descriptions and categories follow the
// OpCon "Job and Schedule Statuses" documentation; the allowed-from table for
// markUnderReview / markFixed / restart / cancel is copied from
// ../shared/opcon/README.md. The rest is a reasonable model, documented in
// README.md beside this file.

import type { JobActionName } from './types'

/** A job or schedule status as OpCon reports it. */
export interface StatusInfo {
    id: number
    description: string
    category: string
}

export type JobStatusInfo = StatusInfo

export const JOB_STATUSES: readonly JobStatusInfo[] = [
    { id: 100, description: 'Held', category: 'Held' },
    { id: 200, description: 'Waiting', category: 'Waiting' },
    { id: 201, description: 'Qualifying', category: 'Waiting' },
    { id: 300, description: 'Job Running', category: 'Running' },
    { id: 301, description: 'Start Attempted', category: 'Running' },
    { id: 400, description: 'Finished OK', category: 'Finished OK' },
    { id: 401, description: 'Finished OK; Processing Events', category: 'Finished OK' },
    { id: 402, description: 'Marked Finished OK', category: 'Finished OK' },
    { id: 910, description: 'Failed', category: 'Failed' },
    { id: 911, description: 'Failed; Processing Events', category: 'Failed' },
    { id: 210, description: 'Initialization Error', category: 'Failed' },
    { id: 921, description: 'Marked Failed', category: 'Failed' },
    { id: 600, description: 'Cancelled', category: 'Cancelled' },
    { id: 700, description: 'Skipped', category: 'Skipped' },
    { id: 800, description: 'Missed Start Time', category: 'Missed Start Time' },
    { id: 900, description: 'Under Review', category: 'Under Review' },
    { id: 1000, description: 'Fixed', category: 'Fixed' },
]

export function jobStatusByDescription(description: string): JobStatusInfo | undefined {
    return JOB_STATUSES.find((s) => s.description.toLowerCase() === description.toLowerCase())
}

/** The categories, in the order of JOB_STATUSES (what GET /api/dailyjobs?Categories= filters on). */
export const JOB_STATUS_CATEGORIES: readonly string[] = [...new Set(JOB_STATUSES.map((s) => s.category))]

/** Whether a job seeded in this status has run (so has a job number, times and output); assumed for Cancelled and Skipped: no. */
export function hasRun(description: string): boolean {
    return ['Running', 'Finished OK', 'Failed', 'Under Review', 'Fixed'].includes(jobStatusByDescription(description)?.category ?? 'Unknown')
}

export function isProcessingEvents(description: string): boolean {
    return /;\s*processing events$/i.test(description)
}

/** Where a successful action leaves the job; 'run' means the job runs again. */
type ActionTarget = { kind: 'status'; status: string } | { kind: 'run' }

interface ActionRule {
    /** Job status categories the action is allowed from... */
    from: readonly string[]
    /** ...or, when set instead, the exact job statuses (descriptions) it is allowed from. */
    fromStatuses?: readonly string[]
    to: ActionTarget
}

/** Whether `rule` allows its action from a job in `status` (a description from JOB_STATUSES). */
export function allowedFrom(rule: ActionRule, status: string): boolean {
    if (isProcessingEvents(status)) return false
    if (rule.fromStatuses) return rule.fromStatuses.some((s) => s.toLowerCase() === status.toLowerCase())
    return rule.from.includes(jobStatusByDescription(status)?.category ?? 'Unknown')
}

const RERUNNABLE = ['Cancelled', 'Finished OK', 'Fixed', 'Failed', 'Under Review', 'Skipped'] as const
// OpCon docs, status-change commands: Mark Under Review from these three statuses, Mark Fixed from them or Under Review.
const FAILED_STATUSES = ['Failed', 'Marked Failed', 'Initialization Error'] as const
const NOT_STARTED = ['Held', 'Waiting', 'Missed Start Time'] as const

const to = (status: string): ActionTarget => ({ kind: 'status', status })

export const ACTION_RULES: Readonly<Record<JobActionName, ActionRule>> = {
    // The four rows below come from the project's OpCon README; the first two go by status, not category.
    markUnderReview: { from: [], fromStatuses: FAILED_STATUSES, to: to('Under Review') },
    markFixed: { from: [], fromStatuses: [...FAILED_STATUSES, 'Under Review'], to: to('Fixed') },
    restart: { from: RERUNNABLE, to: { kind: 'run' } },
    cancel: { from: ['Held', 'Waiting', 'Missed Start Time', 'Failed', 'Under Review'], to: to('Cancelled') },
    // The simulator's own, minimal model of the other actions.
    hold: { from: ['Waiting'], to: to('Held') },
    release: { from: ['Held'], to: to('Waiting') },
    skip: { from: NOT_STARTED, to: to('Skipped') },
    kill: { from: ['Running'], to: to('Failed') },
    start: { from: NOT_STARTED, to: { kind: 'run' } },
    restartOnHold: { from: RERUNNABLE, to: to('Held') },
    forceRestart: { from: RERUNNABLE, to: { kind: 'run' } },
    markFinishedOk: { from: ['Failed', 'Under Review', 'Fixed'], to: to('Marked Finished OK') },
    markFailed: { from: ['Finished OK', 'Under Review', 'Fixed'], to: to('Marked Failed') },
}

export type ScheduleStatusInfo = StatusInfo

// Also the simulator's own ids; descriptions from OpCon's documentation.
export const SCHEDULE_STATUSES: readonly ScheduleStatusInfo[] = [
    { id: 1, description: 'Wait to Start', category: 'Waiting' },
    { id: 2, description: 'In Process', category: 'Running' },
    { id: 3, description: 'On Hold', category: 'Held' },
    { id: 4, description: 'Completed', category: 'Completed' },
]

export function scheduleStatusByDescription(description: string): ScheduleStatusInfo {
    return SCHEDULE_STATUSES.find((s) => s.description === description) ?? SCHEDULE_STATUSES[0]
}
