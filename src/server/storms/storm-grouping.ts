// Glide shell around storm-plan.ts: finds or opens the outage a failure
// belongs to, and its parent incident, before the failure's own incident is
// inserted (failure-worker.ts). The parent is an ordinary incident the
// connector inserts with no job link and no correlation fields: the ticket
// rules see no OpCon job on it, so its own state changes move no job.
import { GlideAggregate, GlideDateTime, GlideRecord } from '@servicenow/glide'
import { inSeconds, nowValue } from '../clock/glide-clock.ts'
import { CAPS, journalText } from '../log/journal-text.ts'
import { log } from '../log/log.ts'
import { readProperty } from '../settings/config.ts'
import {
    attachedNote, childNote, decideGrouping, parentOpenedNote, parentText, reopenedChildNotes, stormKeys, winsOutage, withSchedule,
    parentWordsDue, parseStormSettings, type OpenOutage, type StormKey, type StormSettings,
} from './storm-plan.ts'

export const STORM_TABLE = 'x_opcon_storm'
/** Incident states an outage still takes joiners in: New, In Progress, On Hold. */
const OPEN_INCIDENT = ['1', '2', '3']
/** Failure rows that are (or will be) incidents; the others opened nothing. */
const COUNTED_FAILURES = 'waiting,confirming,working,done,refused'

let warned = ''

/** The storm properties; what was wrong with them goes to the log once per distinct problem (per transaction). */
export function loadStormSettings(): StormSettings {
    const settings = parseStormSettings(readProperty)
    const problems = settings.problems.join(' ')
    if (problems !== '' && problems !== warned) {
        warned = problems
        log.warn(`Failure storm properties: ${problems}`)
    }
    return settings
}

function text(row: GlideRecord, field: string): string {
    return String(row.getValue(field) ?? '')
}

export interface FailureFacts {
    failureSysId: string
    serverSysId: string
    serverName: string
    machine: string
    termination: string
    schedule: string
}

/** The parent a new incident opens under, with the words for its work note; null: no outage (or grouping off). */
export interface ParentChoice {
    parentSysId: string
    note: string
    outageSysId: string
}

function minutesAgo(minutes: number): string {
    const at = new GlideDateTime()
    at.addSeconds(-minutes * 60)
    return at.getValue()
}

function incidentState(sysId: string): { number: string; state: string } | null {
    const incident = new GlideRecord('incident')
    if (sysId === '' || !incident.get(sysId)) return null
    return { number: text(incident, 'number'), state: text(incident, 'state') }
}

/** This server's outages still taking joiners for one of the keys. */
function openOutages(serverSysId: string, keys: readonly StormKey[]): Array<OpenOutage & { createdOn: string }> {
    const rows = new GlideRecord(STORM_TABLE)
    rows.addQuery('server', serverSysId)
    rows.addQuery('window_end', '>=', nowValue())
    const either = rows.addQuery('key_value', keys[0].value)
    for (const key of keys.slice(1)) either.addOrCondition('key_value', key.value)
    rows.orderBy('sys_created_on')
    rows.setLimit(20)
    rows.query()
    const found: Array<OpenOutage & { createdOn: string }> = []
    while (rows.next()) {
        const parent = text(rows, 'parent_incident')
        const kind = text(rows, 'key_kind') === 'machine' ? 'machine' : 'termination'
        if (!keys.some((k) => k.kind === kind && k.value === text(rows, 'key_value'))) continue
        // A parent someone already resolved or canceled takes no joiners: a later failure starts afresh.
        if (parent !== '' && !OPEN_INCIDENT.includes(incidentState(parent)?.state ?? '')) continue
        found.push({ sysId: rows.getUniqueValue(), kind, value: text(rows, 'key_value'), parentSysId: parent, createdOn: text(rows, 'sys_created_on') })
    }
    return found
}

/** Failures of this server in the window that share the key (this one included). */
function countFailures(serverSysId: string, key: StormKey, since: string): number {
    const count = new GlideAggregate('x_opcon_failure')
    count.addQuery('server', '=', serverSysId)
    count.addQuery(key.kind === 'termination' ? 'termination' : 'machine', '=', key.value)
    count.addQuery('first_seen', '>=', since)
    count.addQuery('state', 'IN', COUNTED_FAILURES)
    ;(count as unknown as { addAggregate(agg: string): void }).addAggregate('COUNT')
    count.query()
    return count.next() ? Number((count as unknown as { getAggregate(agg: string): string }).getAggregate('COUNT')) || 0 : 0
}

/**
 * The outage a failure about to open an incident belongs to, opening it
 * (and its parent) when this failure reaches the threshold. Never throws:
 * whatever goes wrong, the failure's incident is still opened, on its own.
 */
export function parentFor(failure: FailureFacts, template: Record<string, string>): ParentChoice | null {
    try {
        const settings = loadStormSettings()
        if (!settings.enabled) return null
        const keys = stormKeys(failure)
        if (keys.length === 0) return null
        const since = minutesAgo(settings.windowMinutes)
        const decision = decideGrouping(keys, openOutages(failure.serverSysId, keys), (key) => countFailures(failure.serverSysId, key, since), settings.threshold)
        if (decision.kind === 'alone') return null
        if (decision.kind === 'join') return join(decision.outage.sysId, decision.outage, failure, settings)
        return open(decision.key, failure, template, settings, since)
    } catch (error) {
        log.error(`Failure storm grouping failed for failure record ${failure.failureSysId}; its incident is opened on its own: ${error instanceof Error ? error.message : String(error)}`)
        return null
    }
}

function join(outageSysId: string, key: StormKey, failure: FailureFacts, settings: StormSettings): ParentChoice | null {
    const outage = new GlideRecord(STORM_TABLE)
    if (!outage.get(outageSysId)) return null
    const parent = incidentState(text(outage, 'parent_incident'))
    // Its opener is still inserting the parent: this incident opens on its own, and the opener attaches it when done.
    if (parent === null) return null
    outage.setValue('window_end', inSeconds(settings.windowMinutes * 60))
    outage.setValue('schedules', withSchedule(text(outage, 'schedules'), failure.schedule))
    outage.setValue('words_final', false)
    outage.update()
    return { parentSysId: text(outage, 'parent_incident'), outageSysId, note: childNote(parent.number, key, failure.serverName) }
}

function open(key: StormKey, failure: FailureFacts, template: Record<string, string>, settings: StormSettings, since: string): ParentChoice | null {
    const row = new GlideRecord(STORM_TABLE)
    row.initialize()
    row.setValue('server', failure.serverSysId)
    row.setValue('key_kind', key.kind)
    row.setValue('key_value', key.value)
    row.setValue('window_start', since)
    row.setValue('window_end', inSeconds(settings.windowMinutes * 60))
    row.setValue('schedules', withSchedule('', failure.schedule))
    const mine = String(row.insert() ?? '')
    if (mine === '') return null
    // Two workers may reach the threshold at once: a row wins only if every rival came strictly later (winsOutage).
    const rivals = new GlideRecord(STORM_TABLE)
    rivals.addQuery('server', failure.serverSysId)
    rivals.addQuery('key_kind', key.kind)
    rivals.addQuery('key_value', key.value)
    rivals.addQuery('window_end', '>=', nowValue())
    rivals.addNullQuery('settled_on')
    rivals.query()
    const all: Array<{ sysId: string; createdOn: string }> = []
    let created = ''
    while (rivals.next()) {
        // An outage whose parent was closed some other way (not resolved or canceled) takes no joiners either.
        const parent = text(rivals, 'parent_incident')
        if (parent !== '' && !OPEN_INCIDENT.includes(incidentState(parent)?.state ?? '')) continue
        if (rivals.getUniqueValue() === mine) created = text(rivals, 'sys_created_on')
        all.push({ sysId: rivals.getUniqueValue(), createdOn: text(rivals, 'sys_created_on') })
    }
    if (!winsOutage({ sysId: mine, createdOn: created }, all)) {
        const lost = new GlideRecord(STORM_TABLE)
        if (lost.get(mine)) lost.deleteRecord()
        const earliest = all.filter((row) => row.sysId !== mine).sort((a, b) => (a.createdOn < b.createdOn ? -1 : 1))[0]
        return earliest ? join(earliest.sysId, key, failure, settings) : null
    }
    const parentSysId = openParent(key, failure, template, settings)
    if (parentSysId === '') {
        const failed = new GlideRecord(STORM_TABLE)
        if (failed.get(mine)) failed.deleteRecord()
        return null
    }
    const outage = new GlideRecord(STORM_TABLE)
    outage.get(mine)
    outage.setValue('parent_incident', parentSysId)
    // openParent named the threshold's count.
    outage.setValue('words_count', String(settings.threshold))
    outage.update()
    const number = incidentState(parentSysId)?.number ?? ''
    attachEarlier(mine, key, failure, since, number)
    return { parentSysId, outageSysId: mine, note: childNote(number, key, failure.serverName) }
}

/** The template's routing fields (group, caller, category, impact, urgency): the outage reaches whoever its failures would have. */
const ROUTING = ['caller_id', 'assignment_group', 'category', 'subcategory', 'impact', 'urgency'] as const

function openParent(key: StormKey, failure: FailureFacts, template: Record<string, string>, settings: StormSettings): string {
    const words = parentText({ serverName: failure.serverName, key, jobs: settings.threshold, schedules: withSchedule('', failure.schedule), windowMinutes: settings.windowMinutes })
    const incident = new GlideRecord('incident')
    incident.initialize()
    for (const field of ROUTING) if ((template[field] ?? '') !== '') incident.setValue(field, template[field])
    incident.setValue('short_description', words.short_description)
    incident.setValue('description', words.description)
    incident.setValue('work_notes', journalText(parentOpenedNote(key, failure.serverName, settings.threshold, settings.windowMinutes), CAPS.note))
    const sysId = String(incident.insert() ?? '')
    if (sysId === '') log.error(`The instance refused to insert the parent incident for an outage on ${failure.serverName}; its failures open their incidents on their own.`)
    else log.warn(`${text(incident, 'number')} opened for an outage on ${failure.serverName}: failures share ${key.kind === 'termination' ? 'termination code' : 'machine'} ${key.value}.`)
    return sysId
}

/**
 * The first failures that reached the threshold already have incidents of
 * their own: they become children too, each with a work note, so resolving
 * the parent settles the whole outage and nobody works them twice.
 */
function attachEarlier(outageSysId: string, key: StormKey, failure: FailureFacts, since: string, parentNumber: string): void {
    const outage = new GlideRecord(STORM_TABLE)
    if (!outage.get(outageSysId)) return
    const parentSysId = text(outage, 'parent_incident')
    const earlier = new GlideRecord('x_opcon_failure')
    earlier.addQuery('server', failure.serverSysId)
    earlier.addQuery(key.kind === 'termination' ? 'termination' : 'machine', key.value)
    earlier.addQuery('first_seen', '>=', since)
    earlier.addQuery('outcome', 'IN', 'opened,replaced')
    earlier.addNotNullQuery('incident')
    earlier.setLimit(1000)
    earlier.query()
    let schedules = text(outage, 'schedules')
    while (earlier.next()) {
        const child = new GlideRecord('incident')
        if (!child.get(text(earlier, 'incident'))) continue
        if (text(child, 'parent_incident') !== '' || !OPEN_INCIDENT.includes(text(child, 'state'))) continue
        child.setValue('parent_incident', parentSysId)
        child.setValue('work_notes', journalText(attachedNote(parentNumber, key, failure.serverName), CAPS.note))
        child.update()
        schedules = withSchedule(schedules, text(earlier, 'schedule_name'))
    }
    outage.setValue('schedules', schedules)
    outage.update()
}

/** After a child was inserted: the parent says how many jobs and which schedules. */
export function childOpened(choice: ParentChoice, failure: FailureFacts): void {
    try {
        const outage = new GlideRecord(STORM_TABLE)
        if (!outage.get(choice.outageSysId)) return
        const children = countChildren(choice.parentSysId)
        outage.setValue('failure_count', String(children))
        const settings = loadStormSettings()
        const due = parentWordsDue(children, Number(text(outage, 'words_count')) || 0, settings.threshold)
        if (due) outage.setValue('words_count', String(children))
        outage.update()
        if (due) writeParentWords(outage, choice.parentSysId, failure.serverName, children, settings.windowMinutes)
    } catch (error) {
        log.error(`The outage parent ${choice.parentSysId} could not be brought up to date: ${error instanceof Error ? error.message : String(error)}`)
    }
}

/** The parent's short description and description for `jobs` children. */
function writeParentWords(outage: GlideRecord, parentSysId: string, serverName: string, jobs: number, windowMinutes: number): void {
    const parent = new GlideRecord('incident')
    if (!parent.get(parentSysId)) return
    const words = parentText({
        serverName, key: { kind: text(outage, 'key_kind') === 'machine' ? 'machine' : 'termination', value: text(outage, 'key_value') },
        jobs, schedules: text(outage, 'schedules'), windowMinutes,
    })
    parent.setValue('short_description', words.short_description)
    parent.setValue('description', words.description)
    parent.update()
}

/** Outages looked at per collector run for their final count: a few close at a time. */
const FINAL_WORDS_BATCH = 20

/**
 * The collector's run: outages whose window has closed get the final count
 * on their parent once (childOpened rewrites it only at steps). Never throws.
 */
export function writeFinalOutageWords(): void {
    try {
        const rows = new GlideRecord(STORM_TABLE)
        rows.addQuery('words_final', false)
        rows.addQuery('window_end', '<', nowValue())
        rows.addNotNullQuery('parent_incident')
        rows.setLimit(FINAL_WORDS_BATCH)
        rows.query()
        const windowMinutes = loadStormSettings().windowMinutes
        while (rows.next()) {
            const outage = new GlideRecord(STORM_TABLE)
            if (!outage.get(rows.getUniqueValue())) continue
            const children = countChildren(text(outage, 'parent_incident'))
            const due = parentWordsDue(children, Number(text(outage, 'words_count')) || 0, 0, true)
            outage.setValue('words_final', true)
            outage.setValue('failure_count', String(children))
            if (due) outage.setValue('words_count', String(children))
            outage.update()
            if (due) {
                const server = new GlideRecord('x_opcon_server')
                writeParentWords(outage, text(outage, 'parent_incident'), server.get(text(outage, 'server')) ? text(server, 'name') : 'an OpCon server', children, windowMinutes)
            }
        }
    } catch (error) {
        log.error(`The final counts of closed outages could not be written on their parents: ${error instanceof Error ? error.message : String(error)}. The next collector run tries again.`)
    }
}

export function countChildren(parentSysId: string): number {
    const count = new GlideAggregate('incident')
    count.addQuery('parent_incident', '=', parentSysId)
    ;(count as unknown as { addAggregate(agg: string): void }).addAggregate('COUNT')
    count.query()
    return count.next() ? Number((count as unknown as { getAggregate(agg: string): string }).getAggregate('COUNT')) || 0 : 0
}

/** A child its job's new failure reopened: the parent is left as it is, and both say so. Returns the words for the child's own note. */
export function parentOfReopened(childSysId: string): { parentSysId: string; childWords: string; parentWords: string } | null {
    const child = new GlideRecord('incident')
    if (!child.get(childSysId)) return null
    const parent = incidentState(text(child, 'parent_incident'))
    if (parent === null) return null
    const notes = reopenedChildNotes(text(child, 'number'), parent.number)
    return { parentSysId: text(child, 'parent_incident'), childWords: notes.child, parentWords: notes.parent }
}
