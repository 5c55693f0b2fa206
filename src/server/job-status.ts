// Which job actions OpCon accepts from a job's current status. The four the
// connector sends by itself come from OpCon's documentation (see
// ../shared/opcon/README.md); hold and release follow OpCon's status model.

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

const ALLOWED_FROM: Record<JobActionName, readonly string[]> = {
    markUnderReview: ['failed'],
    markFixed: ['failed', 'under review'],
    restart: ['cancelled', 'finished ok', 'fixed', 'failed', 'under review', 'skipped'],
    cancel: ['held', 'waiting', 'missed start time', 'missed start', 'failed', 'under review'],
    hold: ['waiting'],
    release: ['held'],
}

/** Statuses OpCon reports for a job that ran and ended badly ("Marked Failed", "Initialization Error"...). */
function normalise(statusDescription: string, category: string): string {
    const description = statusDescription.trim().toLowerCase()
    if (ALL_KNOWN.has(description)) return description
    return category.trim().toLowerCase()
}

const ALL_KNOWN = new Set(Object.values(ALLOWED_FROM).flat())

/**
 * The actions a person may ask for from a job's status. Nothing is allowed
 * while OpCon is still processing events for the job ("Failed; Processing Events").
 */
export function allowedActions(statusDescription: string, category = ''): JobActionName[] {
    if (/;\s*processing events\s*$/i.test(statusDescription)) return []
    const status = normalise(statusDescription, category)
    return JOB_ACTIONS.filter((action) => ALLOWED_FROM[action].includes(status))
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
