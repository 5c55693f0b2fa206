// Glide shell for incident templates: reads the rows, the server's own template,
// and whether now is outside a template's business hours. The choice and the
// words are incident-template.ts's.
import { GlideDateTime, GlideRecord, GlideSchedule } from '@servicenow/glide'
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

function rowOf(record: GlideRecord): TemplateRow {
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
 * Whether now lies outside the business-hours schedule: the one platform call,
 * kept here alone ("GlideSchedule - Scoped": isInSchedule(GlideDateTime)).
 */
function outsideSchedule(scheduleSysId: string): boolean {
    return !new GlideSchedule(scheduleSysId).isInSchedule(new GlideDateTime())
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
    const { template, source } = pickTemplate(readTemplates(), { serverSysId, scheduleName: job.scheduleName, jobName: job.jobName }, {
        serverTemplate: serverTemplateOf(serverSysId),
        defaultTemplate: DEFAULT_TEMPLATE_ID,
    })
    return { ...renderIncident(template, facts, isAfterHours(template)), template: template.name, source }
}
