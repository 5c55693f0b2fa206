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

// checkPackage is the check the broken fixture proves (test/bench/install.test.ts):
// a require() of a path the build did not emit, [object Object] roles, wrong
// entry-call parameters, undeclared REST variables, foreign property names.
test('the built records pass every install-time check (requires name emitted sys_modules, roles are names, ...)', () => {
    const schema = new Schema()
    for (const table of pkg.tables) schema.defineFromPackage(table)
    expect(checkPackage(pkg, 'x_opcon', schema)).toEqual([])
})

test('every property is in the x_opcon namespace and has a description', () => {
    const properties = records('sys_properties')
    expect(properties.length).toBeGreaterThan(0)
    for (const property of properties) {
        expect(property.fields.name).toMatch(/^x_opcon\./)
        expect(property.fields.description.length).toBeGreaterThan(10)
    }
})

test('the package installs on the bench', () => {
    const instance = Instance.load()
    expect(instance.scope).toBe('x_opcon')
    expect(instance.getProperty('x_opcon.enabled')).toBe('true')
    expect(instance.errors).toEqual([])
})
