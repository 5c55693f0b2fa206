// A template's Preview against what the collector really opens: the same
// template, a failed run in the simulator named as the preview's sample, one
// collector run on the built package, and the incident compared field by field.
import { useConnector, type Connector } from './support/connector'
import { collectFailures, incidentsLinkedTo } from './support/failures'

let c: Connector
const connector = useConnector()
const PREVIEW_MODULE = 'x_opcon/opcon-connector/1.0.0/src/server/templates/preview-action.ts'

beforeAll(() => {
    c = connector()
})

test('the incident the collector opens for a failed run is the one Preview showed for it', async () => {
    const caller = c.instance.createUser({ userName: 'preview.caller', name: 'Preview Caller' })
    const group = c.instance.createGroup({ name: 'Night batch' })
    const template = c.instance.insert('x_opcon_template', {
        name: 'Loads', order: 1, schedule_pattern: 'PREV*', job_pattern: '*-LOAD', caller, assignment_group: group, impact: '1', urgency: '2',
        category: 'software', subcategory: 'batch', short_description: 'Load {job} failed on {machine} ({termination_description})',
        description: 'Job {job} of {schedule} ended with {termination} on {machine}.',
    }, { as: 'opcon.admin' })!
    c.instance.update('x_opcon_server', c.serverId, { collect_failures: true }, { as: 'opcon.admin' })

    const preview = JSON.parse(String(c.instance.runScript(`JSON.stringify(require('${PREVIEW_MODULE}').templatePreview(${JSON.stringify(template)}))`, { as: 'opcon.admin' })))
    const { facts, values } = preview
    expect(facts).toMatchObject({ schedule: 'PREVSAMPLE', job: 'SAMPLE-LOAD', machine: 'SAMPLE-AGENT', termination: '1', terminationDescription: 'Exit code 1 (sample)' })
    // The run the preview stands for, failed in OpCon.
    await c.sim.seedJob({
        id: facts.dailyJobId, status: 'Failed', scheduleName: facts.schedule, machine: facts.machine, termination: 1, terminationDescription: facts.terminationDescription,
        output: { 'SAMPLE-LOAD.log': 'failed\n' },
    })
    collectFailures(c)
    const [incident] = incidentsLinkedTo(c, facts.dailyJobId)
    expect(incident).toBeDefined()
    for (const field of ['short_description', 'caller_id', 'assignment_group', 'category', 'subcategory', 'impact', 'urgency']) {
        expect([field, incident[field]]).toEqual([field, String(values[field])])
    }
    // The run's end time is OpCon's, not the sample's: the one line that may differ.
    const withoutEnd = (text: string) => text.replace(/^Failed at: .*$/m, 'Failed at: -')
    expect(withoutEnd(incident.description)).toBe(withoutEnd(values.description))
    expect(values.short_description).toBe('Load SAMPLE-LOAD failed on SAMPLE-AGENT (Exit code 1 (sample))')
    expect(preview.lines).toContain('Impact 1 - High, urgency 2 - Medium: priority 2 - High (under the base Priority Lookup Rules; System Policy > Rules > Priority Lookup Rules decides on this instance).')
})
