// Which job actions OpCon accepts from a job's current status. The four the
// connector sends by itself come from OpCon's documentation (see
// ../shared/opcon/README.md); hold and release follow OpCon's status model.
// The OpCon simulator keeps its own copy of these rules (test/opcon-sim/statuses.ts),
// on purpose: an independent oracle.

export const JOB_ACTIONS = ['markUnderReview', 'markFixed', 'restart', 'cancel', 'hold', 'release'] as const
export type JobActionName = (typeof JOB_ACTIONS)[number]

/** Every action name OpCon's POST /api/jobactions accepts. */
export const OPCON_ACTIONS = [
    'hold', 'cancel', 'skip', 'kill', 'release', 'start', 'restart', 'restartOnHold',
    'forceRestart', 'markFinishedOk', 'markFailed', 'markUnderReview', 'markFixed',
] as const
export type OpConActionName = (typeof OPCON_ACTIONS)[number]

export function isJobAction(value: unknown): value is JobActionName {
    return typeof value === 'string' && (JOB_ACTIONS as readonly string[]).includes(value)
}

export function isOpConAction(value: unknown): value is OpConActionName {
    return typeof value === 'string' && (OPCON_ACTIONS as readonly string[]).includes(value)
}

// Mark Under Review is allowed from Failed, Marked Failed or Initialization
// Error, Mark Fixed from those three or Under Review: by the status itself
// (OpCon docs, status-change commands; ../shared/opcon/README.md), not by its
// category. The others go by status or category: "Marked Failed" is in the
// Failed category, "Marked Finished OK" in Finished OK.
const FAILED_STATUSES = ['failed', 'marked failed', 'initialization error'] as const

type AllowedFrom = { statuses: readonly string[] } | { statusesOrCategories: readonly string[] }

const ALLOWED_FROM: Record<JobActionName, AllowedFrom> = {
    markUnderReview: { statuses: FAILED_STATUSES },
    markFixed: { statuses: [...FAILED_STATUSES, 'under review'] },
    restart: { statusesOrCategories: ['cancelled', 'finished ok', 'fixed', 'failed', 'under review', 'skipped'] },
    cancel: { statusesOrCategories: ['held', 'waiting', 'missed start time', 'missed start', 'failed', 'under review'] },
    hold: { statusesOrCategories: ['waiting'] },
    release: { statusesOrCategories: ['held'] },
}

function allowedFrom(rule: AllowedFrom, status: string, category: string): boolean {
    if ('statuses' in rule) return rule.statuses.includes(status)
    return rule.statusesOrCategories.includes(status) || rule.statusesOrCategories.includes(category)
}

/**
 * The actions a person may ask for from a job's status (OpCon's description,
 * e.g. "Marked Failed") and its category ("Failed"). Nothing is allowed while
 * OpCon is still processing events for the job ("Failed; Processing Events").
 */
export function allowedActions(statusDescription: string, category = ''): JobActionName[] {
    if (/;\s*processing events\s*$/i.test(statusDescription)) return []
    const status = statusDescription.trim().toLowerCase()
    const cat = category.trim().toLowerCase()
    return JOB_ACTIONS.filter((action) => allowedFrom(ALLOWED_FROM[action], status, cat))
}

const ACTION_WORDS: Record<OpConActionName, string> = {
    markUnderReview: 'mark under review', markFixed: 'mark fixed', restart: 'restart', cancel: 'cancel',
    hold: 'hold', release: 'release', skip: 'skip', kill: 'kill', start: 'start', restartOnHold: 'restart on hold',
    forceRestart: 'force restart', markFinishedOk: 'mark finished OK', markFailed: 'mark failed',
}

/** "mark fixed", as a person reads it in a sentence. */
export function actionWords(action: OpConActionName): string {
    return ACTION_WORDS[action]
}

const DONE_WORDS: Record<JobActionName, string> = {
    markUnderReview: 'marked Under Review', markFixed: 'marked Fixed', restart: 'restarted',
    cancel: 'cancelled', hold: 'put on hold', release: 'released',
}

/** "marked Fixed": what a successful action did to the job. */
export function actionDoneWords(action: JobActionName): string {
    return DONE_WORDS[action]
}
