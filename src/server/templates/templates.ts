// Glide shell for incident templates: reads the rows, the server's own template,
// and whether now is outside a template's business hours. The choice and the
// words are incident-template.ts's.
import { gs, GlideDateTime, GlideRecord, GlideSchedule } from '@servicenow/glide'
import {
    pickTemplate, renderIncident, templateFromRow, TEMPLATE_FIELDS,
    type FailureFacts, type IncidentTemplate, type IncidentValues, type TemplateRow, type TemplateSource,
} from './incident-template.ts'

/**
 * sys_id of the shipped "Default" template (fluent/templates/templates.now.ts,
 * key template_default in fluent/generated/keys.ts). test/app/templates.test.ts
 * checks the installed row carries it.
 */
export const DEFAULT_TEMPLATE_ID = '62ff21c69ec14baea181cc6371426ec1'

export function rowOf(record: GlideRecord): TemplateRow {
    const row = {} as TemplateRow
    for (const field of TEMPLATE_FIELDS) row[field] = String(record.getValue(field) ?? '')
    return row
}

/** Every template, in one query. */
export function readTemplates(): IncidentTemplate[] {
    const record = new GlideRecord('x_opcon_template')
    record.orderBy('order')
    record.orderBy('name')
    record.query()
    const templates: IncidentTemplate[] = []
    while (record.next()) templates.push(templateFromRow(rowOf(record)))
    return templates
}

/** The template a server names on its form; '' when none (or no such server). */
function serverTemplateOf(serverSysId: string): string {
    const server = new GlideRecord('x_opcon_server')
    if (serverSysId === '' || !server.get(serverSysId)) return ''
    return String(server.getValue('incident_template') ?? '')
}

/**
 * The instance's time zone: glide.sys.default.tz, which is empty unless an
 * admin set it, and then America/Los_Angeles ("Set a system time zone",
 * ServiceNow docs).
 */
function systemTimeZone(): string {
    return String(gs.getProperty('glide.sys.default.tz', '') ?? '').trim() || 'America/Los_Angeles'
}

/**
 * The time zone business hours are read in: the schedule's own, else (a
 * floating schedule) the instance's. GlideSchedule uses the session's time
 * zone when none is given ("GlideSchedule - Scoped"), and the session is
 * whoever works the failure: the collector's account, or the account that
 * reported it. So the zone is always given, never left to the session.
 */
function scheduleTimeZone(scheduleSysId: string): string {
    const schedule = new GlideRecord('cmn_schedule')
    const own = schedule.get(scheduleSysId) ? String(schedule.getValue('time_zone') ?? '').trim() : ''
    return own === '' || own.toLowerCase() === 'floating' ? systemTimeZone() : own
}

/**
 * Whether now lies outside the business-hours schedule, in the schedule's
 * time zone ("GlideSchedule - Scoped": GlideSchedule(sysID, timeZone),
 * isInSchedule(GlideDateTime)).
 */
function outsideSchedule(scheduleSysId: string): boolean {
    return !new GlideSchedule(scheduleSysId, scheduleTimeZone(scheduleSysId)).isInSchedule(new GlideDateTime())
}

/** A template without a business-hours schedule is always in business hours. */
export function isAfterHours(template: IncidentTemplate, outside: (scheduleSysId: string) => boolean = outsideSchedule): boolean {
    return template.afterHoursSchedule !== '' && outside(template.afterHoursSchedule)
}

/**
 * The incident fields for one failed job: the first matching template, else the
 * server's own, else the shipped Default; `template` names the one used and
 * `source` says how it was found.
 */
export function incidentValuesFor(
    serverSysId: string,
    job: { scheduleName: string; jobName: string },
    facts: FailureFacts,
): IncidentValues & { template: string; source: TemplateSource } {
    const { template, source } = templateFor(serverSysId, job)
    return { ...valuesNow(template, facts), template: template.name, source }
}

/** The template a failed job of this server uses: the first matching one, else the server's own, else the shipped Default. */
export function templateFor(serverSysId: string, job: { scheduleName: string; jobName: string }): { template: IncidentTemplate; source: TemplateSource } {
    return pickTemplate(readTemplates(), { serverSysId, scheduleName: job.scheduleName, jobName: job.jobName }, {
        serverTemplate: serverTemplateOf(serverSysId),
        defaultTemplate: DEFAULT_TEMPLATE_ID,
    })
}

/** The incident fields a template gives for a failure now (business hours or not): what is opened, and what Preview shows. */
export function valuesNow(template: IncidentTemplate, facts: FailureFacts): IncidentValues & { afterHours: boolean } {
    const afterHours = isAfterHours(template)
    return { ...renderIncident(template, facts, afterHours), afterHours }
}
