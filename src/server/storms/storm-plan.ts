// Failure storms (issue 21): when many jobs of one OpCon server fail within
// minutes with the same termination code or on the same machine, they are one
// outage. These are the pure decisions: the settings, which key a failure
// shares, whether it joins an outage, opens one or stays alone, which of two
// outages opened at once wins, and the words on the parent incident.
import { bool, int } from '../settings/settings.ts'
import { journalText } from '../log/journal-text.ts'

export interface StormSettings {
    /** x_opcon.storm_grouping: off by default; off, nothing about incidents changes. */
    enabled: boolean
    /** x_opcon.storm_threshold: failures sharing a key within the window that make an outage. */
    threshold: number
    /** x_opcon.storm_window_minutes: how far back failures count, and how long an outage takes joiners after its last one. */
    windowMinutes: number
    /** What was wrong with the properties, in words for the log (empty when nothing was). */
    problems: string[]
}

export const STORM_DEFAULTS = { enabled: false, threshold: 10, windowMinutes: 10 } as const
/** A threshold of 1 would make every failure an outage; above 1000 a storm could never be seen in a window. */
export const THRESHOLD_RANGE = { min: 2, max: 1000 } as const
export const WINDOW_RANGE = { min: 1, max: 1440 } as const

function checkedInt(name: string, value: string | null, fallback: number, range: { min: number; max: number }, problems: string[]): number {
    if (value === null || value.trim() === '') return fallback
    if (!/^\s*-?\d{1,9}\s*$/.test(value.slice(0, 40))) {
        problems.push(`${name} is "${journalText(value, 40)}", not a whole number: ${fallback} is used.`)
        return fallback
    }
    const parsed = int(value, fallback, range.min, range.max)
    if (String(parsed) !== value.trim()) problems.push(`${name} is ${value.trim()}, outside ${range.min} to ${range.max}: ${parsed} is used.`)
    return parsed
}

export function parseStormSettings(get: (name: string) => string | null): StormSettings {
    const problems: string[] = []
    const grouping = get('x_opcon.storm_grouping')
    const enabled = bool(grouping, STORM_DEFAULTS.enabled)
    if (grouping !== null && grouping.trim() !== '' && bool(grouping, !enabled) !== enabled) {
        problems.push(`x_opcon.storm_grouping is "${journalText(grouping, 40)}", neither true nor false: grouping stays off.`)
    }
    return {
        enabled,
        threshold: checkedInt('x_opcon.storm_threshold', get('x_opcon.storm_threshold'), STORM_DEFAULTS.threshold, THRESHOLD_RANGE, problems),
        windowMinutes: checkedInt('x_opcon.storm_window_minutes', get('x_opcon.storm_window_minutes'), STORM_DEFAULTS.windowMinutes, WINDOW_RANGE, problems),
        problems,
    }
}

export type StormKeyKind = 'termination' | 'machine'
export interface StormKey {
    kind: StormKeyKind
    value: string
}

/** The most of an OpCon value (machine name, termination code) a query or a text ever sees; the table's column holds as much. */
export const KEY_VALUE_MAX = 100

/** A value from OpCon made fit for a query: one line, trimmed, capped. */
export function keyValue(raw: string): string {
    return journalText(raw.slice(0, KEY_VALUE_MAX * 2), KEY_VALUE_MAX).trim()
}

/**
 * The keys a failure may share with others, the termination code first: a
 * database or a file share that goes down fails jobs on many machines with
 * one code, so the code names the outage better than one of its machines.
 * An empty value shares nothing.
 */
export function stormKeys(failure: { termination: string; machine: string }): StormKey[] {
    const keys: StormKey[] = []
    const termination = keyValue(failure.termination)
    const machine = keyValue(failure.machine)
    if (termination !== '') keys.push({ kind: 'termination', value: termination })
    if (machine !== '') keys.push({ kind: 'machine', value: machine })
    return keys
}

export interface OpenOutage {
    sysId: string
    kind: StormKeyKind
    value: string
    /** Its parent incident; '' while its opener is still inserting it. */
    parentSysId: string
}

export type GroupingDecision =
    | { kind: 'alone' }
    | { kind: 'join'; outage: OpenOutage }
    | { kind: 'open'; key: StormKey; count: number }

/**
 * `outages`: this server's outages still taking joiners whose parent is still
 * open; `counts`: per key, the failures of this server in the window sharing
 * it, this one included. An existing outage is joined before a new one is
 * opened (a failure is in at most one outage), in key order.
 */
export function decideGrouping(keys: readonly StormKey[], outages: readonly OpenOutage[], counts: (key: StormKey) => number, threshold: number): GroupingDecision {
    for (const key of keys) {
        const outage = outages.find((o) => o.kind === key.kind && o.value === key.value)
        if (outage) return { kind: 'join', outage }
    }
    for (const key of keys) {
        const count = counts(key)
        if (count >= threshold) return { kind: 'open', key, count }
    }
    return { kind: 'alone' }
}

/**
 * Two workers that reached the threshold at once each insert an outage row,
 * then read the rows for the key. A row wins only if every other row came
 * strictly later: a worker that sees a rival of the same second (the clock
 * cannot order them, and the rival may not see this row) gives way. Both may
 * give way, and then the next failure opens the outage; two parents are
 * never opened for one key.
 */
export function winsOutage(mine: { sysId: string; createdOn: string }, rows: ReadonlyArray<{ sysId: string; createdOn: string }>): boolean {
    return rows.every((row) => row.sysId === mine.sysId || row.createdOn > mine.createdOn)
}

/** How many schedule names a parent lists; the rest are counted. */
export const SCHEDULES_SHOWN = 20
const SCHEDULE_MAX = 100

/** The outage's schedules, comma-separated, with one more (if new); at most SCHEDULES_SHOWN names. */
export function withSchedule(list: string, schedule: string): string {
    const names = list.split(',').map((s) => s.trim()).filter((s) => s !== '')
    const name = journalText(schedule.slice(0, SCHEDULE_MAX * 2), SCHEDULE_MAX).replace(/,/g, ' ').trim()
    if (name === '' || names.includes(name) || names.length >= SCHEDULES_SHOWN) return names.join(', ')
    return [...names, name].join(', ')
}

function shared(key: StormKey): string {
    return key.kind === 'termination' ? `termination code ${key.value}` : `machine ${key.value}`
}

export interface ParentFacts {
    serverName: string
    key: StormKey
    jobs: number
    schedules: string
    windowMinutes: number
}

/** The parent incident's words: what the failures share, how many jobs, which schedules, and what the parent does and does not do. */
export function parentText(facts: ParentFacts): { short_description: string; description: string } {
    const server = journalText(facts.serverName, 100)
    const schedules = facts.schedules === '' ? 'not named by OpCon' : facts.schedules
    const more = facts.schedules.split(',').filter((s) => s.trim() !== '').length >= SCHEDULES_SHOWN ? ' (and possibly more)' : ''
    return {
        short_description: journalText(`OpCon outage on ${server}: ${facts.jobs} failed jobs share ${shared(facts.key)}`, 160),
        description: journalText(
            `${facts.jobs} OpCon jobs on ${server} failed within ${facts.windowMinutes} minutes and share ${shared(facts.key)}. ` +
            `Schedules: ${schedules}${more}. Each failed job has its own child incident, linked to its job. ` +
            'This parent is not linked to any OpCon job. Resolving it resolves its open children (the platform\'s rule), ' +
            'and each child then moves its own job as x_opcon.resolve_action says; canceling it cancels its open children. ' +
            'A job that still needs manual work: detach its child (clear its Parent Incident) before resolving this one.', 4000),
    }
}

export function childNote(parentNumber: string, key: StormKey, serverName: string): string {
    return `Part of the outage ${parentNumber}: failed jobs on ${journalText(serverName, 100)} share ${shared(key)}. ` +
        'This incident still controls its own job; resolving the parent resolves it.'
}

export function attachedNote(parentNumber: string, key: StormKey, serverName: string): string {
    return `Attached to the outage ${parentNumber} when it was opened: this failure was one of the first on ` +
        `${journalText(serverName, 100)} to share ${shared(key)}. This incident still controls its own job; resolving the parent resolves it.`
}

export function parentOpenedNote(key: StormKey, serverName: string, threshold: number, windowMinutes: number): string {
    return `Opened by the OpCon Connector: ${threshold} or more jobs on ${journalText(serverName, 100)} failed within ${windowMinutes} minutes sharing ${shared(key)} ` +
        '(x_opcon.storm_threshold, x_opcon.storm_window_minutes). Their incidents are this incident\'s children.'
}

export function reopenedChildNotes(childNumber: string, parentNumber: string): { child: string; parent: string } {
    return {
        child: `The parent ${parentNumber} is left as it is.`,
        parent: `Child ${childNumber} was reopened: its OpCon job failed again. This incident is left as it is.`,
    }
}

export function canceledChildNote(parentNumber: string): string {
    return `Canceled with its parent ${parentNumber}. Whether its OpCon job is canceled is decided for this incident as for any other.`
}

export const FINAL_ACTION_STATES = ['succeeded', 'failed', 'rejected', 'skipped', 'superseded'] as const

/** The children's job actions since the parent was settled: null until every one is final (or there is none). */
export function progressCounts(states: readonly string[]): Record<string, number> | null {
    if (states.length === 0) return null
    const counts: Record<string, number> = {}
    for (const state of states) {
        if (!(FINAL_ACTION_STATES as readonly string[]).includes(state)) return null
        counts[state] = (counts[state] ?? 0) + 1
    }
    return counts
}

export function progressNote(counts: Record<string, number>, children: number): string {
    const parts = FINAL_ACTION_STATES.filter((state) => (counts[state] ?? 0) > 0).map((state) => `${counts[state]} ${state}`)
    const total = Object.values(counts).reduce((a, b) => a + b, 0)
    const attention = (counts.failed ?? 0) + (counts.rejected ?? 0) + (counts.skipped ?? 0) > 0
        ? ' The children whose action failed, was rejected or skipped say why in their work notes; act on those jobs in OpCon or from their OpCon Job button.'
        : ''
    return `Every OpCon job action of this outage's ${children} children is final: ${total} actions, ${parts.join(', ')}.${attention}`
}

/** How many of these action states are not final yet (the outage's count when its parent is settled). */
export function openActions(states: readonly string[]): number {
    return states.filter((state) => !(FINAL_ACTION_STATES as readonly string[]).includes(state)).length
}

/** The outage's open-action count after one more became final: never below 0 (an action queued after the settle also counts down). */
export function remainingOpen(stored: string): number {
    const value = parseInt(stored, 10)
    return Number.isFinite(value) && value > 0 ? value - 1 : 0
}

/**
 * Whether the parent's words (how many jobs) are rewritten for `children`
 * now, having last said `shown`: for each child while the outage is small
 * (up to twice the threshold), then at each tenth more. Every rewrite is an
 * update of an audited incident that runs its business rules: a storm of
 * 4,000 children gets about 60 instead of 4,000. The count that is left
 * behind is written once the outage's window has closed (`final`).
 */
export function parentWordsDue(children: number, shown: number, threshold: number, final = false): boolean {
    if (children === shown) return false
    if (final || children <= 2 * threshold || shown <= 0) return true
    return children >= Math.ceil(shown * 1.1)
}
