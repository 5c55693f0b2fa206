// The built package itself (dist/app, what `npm run build` ships): it installs
// on the bench with none of the mistakes that only show on an instance.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { checkPackage } from '../bench/install'
import { DEFAULT_APP_DIR, Instance } from '../bench/instance'
import { loadPackage } from '../bench/records'
import { Schema } from '../bench/schema'

const pkg = loadPackage(DEFAULT_APP_DIR)
const records = (table: string) => pkg.records.filter((record) => record.table === table)

test('the package is the x_opcon "OpCon Connector" app', () => {
    const app = records('sys_app')[0]
    expect(app.fields).toMatchObject({ scope: 'x_opcon', name: 'OpCon Connector' })
    const config = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../now.config.json'), 'utf8'))
    expect(app.sysId).toBe(config.scopeId)
})

test('every require() in the built records names a sys_module the build emitted', () => {
    const emitted = new Set(records('sys_module').map((record) => record.fields.path))
    const required = pkg.records.flatMap((record) =>
        [...(record.fields.script ?? '').matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => ({ record: record.fields.name, path: match[1] })))
    for (const { record, path: modulePath } of required) {
        expect({ record, path: modulePath, emitted: emitted.has(modulePath) }).toEqual({ record, path: modulePath, emitted: true })
    }
    expect(checkPackage(pkg, 'x_opcon', new Schema()).filter((problem) => /require|imports/.test(problem.message))).toEqual([])
})

test('every property is in the x_opcon namespace and has a description', () => {
    const properties = records('sys_properties')
    expect(properties.length).toBeGreaterThan(0)
    for (const property of properties) {
        expect(property.fields.name).toMatch(/^x_opcon\./)
        expect(property.fields.description.length).toBeGreaterThan(10)
    }
})

test('the package installs on the bench without install problems', () => {
    const instance = Instance.load()
    expect(instance.scope).toBe('x_opcon')
    expect(instance.getProperty('x_opcon.enabled')).toBe('true')
    expect(instance.errors).toEqual([])
})
