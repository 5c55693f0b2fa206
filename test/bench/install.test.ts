// Installing a built package: the bench must refuse, naming the record and the
// fix, the mistakes that build cleanly but break on an instance, and must
// install a correct package untouched.
import { BENCH_APP, BROKEN_APP } from './support/fixtures'
import { Instance } from './instance'
import { InstallError, type InstallProblem } from './install'
import { loadPackage, type AppPackage, type PackageRecord } from './records'

const MODULE_ROOT = 'x_bench/bench-fixture/0.1.0/src/server'

/** Runs `load` and returns the InstallError it throws (fails the test if it does not). */
function installError(load: () => unknown): InstallError {
    try {
        load()
    } catch (error) {
        if (error instanceof InstallError) return error
        throw error
    }
    throw new Error('expected the install to be refused with an InstallError, but it succeeded')
}

describe('the broken fixture is refused', () => {
    let error: InstallError

    beforeAll(() => {
        error = installError(() => Instance.load({ appDir: BROKEN_APP }))
    })

    it('lists exactly the seven mistakes, each naming its record', () => {
        expect(error.problems.map((p) => p.record).sort()).toEqual([
            'sys_app_application "Broken"',
            'sys_properties "broken.flag"',
            'sys_rest_message_fn "get"',
            'sys_script "Typo in filter"',
            'sys_script_include "StaleRequire"',
            'sysevent_register "x_broken.done"',
            'sysevent_script_action "On done"',
        ])
    })

    const problem = (record: string): InstallProblem => {
        const found = error.problems.find((p) => p.record === record)
        if (!found) throw new Error(`no problem reported for ${record}; got ${JSON.stringify(error.problems)}`)
        return found
    }

    it('a Role object written as [object Object]', () => {
        const { message } = problem('sys_app_application "Broken"')
        expect(message).toContain('field roles')
        expect(message).toContain('[object Object]')
        expect(message).toMatch(/role name string/)
    })

    it('a require() path with a stale package version, listing the module that does exist', () => {
        const { message } = problem('sys_script_include "StaleRequire"')
        expect(message).toContain("require('x_broken/broken-fixture/0.0.9/src/server/handlers.ts')")
        expect(message).toContain('names no sys_module')
        expect(message).toContain('x_broken/broken-fixture/0.1.0/src/server/handlers.ts')
    })

    it('a script action whose entry function takes (evt, record) instead of (event, current)', () => {
        const { message } = problem('sysevent_script_action "On done"')
        expect(message).toContain('onDone(evt, record)')
        expect(message).toContain('(event, current)')
    })

    it('a property outside the scope namespace', () => {
        expect(problem('sys_properties "broken.flag"').message).toBe('property name is outside the x_broken. namespace')
    })

    it('a business rule filter naming a field the table does not have', () => {
        const { message } = problem('sys_script "Typo in filter"')
        expect(message).toMatch(/^filter condition: /)
        expect(message).toContain('no field "stat"')
        expect(message).toContain('incident')
    })

    it('a REST function using a variable it does not declare', () => {
        expect(problem('sys_rest_message_fn "get"').message).toBe('uses ${id} but does not declare it as a variable')
    })

    it('says all of it in the error message too', () => {
        for (const p of error.problems) expect(error.message).toContain(`- ${p.record}: ${p.message}`)
        expect(error.message).toMatch(/^The package would break on an instance:/)
    })
})

describe('the good fixture installs', () => {
    it('with no problems, and its records are in the instance', () => {
        const instance = Instance.load({ appDir: BENCH_APP })
        expect(instance.scope).toBe('x_bench')
        expect(instance.getProperty('x_bench.greeting')).toBe('hello')
        expect(instance.store.rows('sys_user_role').map((row) => row.name)).toEqual(expect.arrayContaining(['x_bench.user', 'x_bench.admin']))
        expect(instance.query('sys_script', 'name=Stamp note')).toHaveLength(1)
    })
})

describe('each install check can fail on its own', () => {
    let pristine: AppPackage

    beforeAll(() => {
        pristine = loadPackage(BENCH_APP)
    })

    function record(pkg: AppPackage, table: string, where: (r: PackageRecord) => boolean): PackageRecord {
        const found = pkg.records.find((r) => r.table === table && where(r))
        if (!found) throw new Error(`fixture has no ${table} record matching the test's filter`)
        return found
    }

    const byName = (name: string) => (r: PackageRecord) => r.fields.name === name

    /** Installs a mutated copy of the good package and returns what the install refused. */
    function problemsAfter(mutate: (pkg: AppPackage) => void): InstallProblem[] {
        const pkg = structuredClone(pristine)
        mutate(pkg)
        return installError(() => new Instance(pkg)).problems
    }

    it('an unmodified copy installs (so every failure below comes from its one mutation)', () => {
        const instance = new Instance(structuredClone(pristine))
        expect(instance.getProperty('x_bench.flag')).toBe('false')
    })

    it('require() of a module version the package does not hold, in a business rule', () => {
        const problems = problemsAfter((pkg) => {
            const rule = record(pkg, 'sys_script', byName('Stamp note'))
            rule.fields.script = rule.fields.script.replace("require('x_bench/bench-fixture/0.1.0/", "require('x_bench/bench-fixture/0.0.9/")
        })
        expect(problems).toEqual([{
            record: 'sys_script "Stamp note"',
            message: expect.stringContaining("require('x_bench/bench-fixture/0.0.9/src/server/thing-rules.ts') names no sys_module in the package"),
        }])
        expect(problems[0].message).toContain(`${MODULE_ROOT}/thing-rules.ts`)
    })

    it('a module importing a sibling that is not in the package', () => {
        const problems = problemsAfter((pkg) => {
            const module = record(pkg, 'sys_module', (r) => r.fields.path === `${MODULE_ROOT}/thing-rules.ts`)
            module.fields.content = module.fields.content.replace("'./state-words.ts'", "'./state-word.ts'")
        })
        expect(problems).toEqual([{
            record: `sys_module "${MODULE_ROOT}/thing-rules.ts"`,
            message: `imports './state-word.ts', which resolves to ${MODULE_ROOT}/state-word.ts: no such sys_module in the package`,
        }])
    })

    it('an ACL role link whose role name is [object Object]', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sys_security_acl_role', (r) => r.sysId === '22ed83fdff6246b78cdc2db1457e3ed7').attributes.sys_user_role.name = '[object Object]'
        })
        expect(problems).toEqual([
            { record: 'sys_security_acl_role "22ed83fdff6246b78cdc2db1457e3ed7"', message: expect.stringMatching(/^field sys_user_role refers to "\[object Object\]": a Role object was used/) },
            { record: 'sys_security_acl_role "22ed83fdff6246b78cdc2db1457e3ed7"', message: 'names unknown role "[object Object]"' },
        ])
    })

    it('a field value of [object Object] (a Role object in a property\'s write roles)', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sys_properties', byName('x_bench.flag')).fields.write_roles = '[object Object]'
        })
        expect(problems).toEqual([
            { record: 'sys_properties "x_bench.flag"', message: expect.stringMatching(/^field write_roles holds "\[object Object\]"/) },
            { record: 'sys_properties "x_bench.flag"', message: 'write_roles names unknown role "[object Object]"' },
        ])
    })

    it('a UI action role link naming a role nobody defines', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sys_ui_action_role', () => true).attributes.sys_user_role.name = 'x_bench.usr'
        })
        expect(problems).toEqual([{ record: 'sys_ui_action_role "0b2a3004bbd64f2f912a25a1df85086c"', message: 'names unknown role "x_bench.usr"' }])
    })

    it('role containment naming a role nobody defines', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sys_user_role_contains', () => true).attributes.contains.name = 'x_bench.usr'
        })
        expect(problems).toEqual([{ record: 'sys_user_role_contains "33f430b8b9fa4d0090ba6a431be4222d"', message: 'contains names unknown role "x_bench.usr"' }])
    })

    it('a business rule calling its entry function with the wrong parameters', () => {
        const problems = problemsAfter((pkg) => {
            const rule = record(pkg, 'sys_script', byName('Log after'))
            rule.fields.script = rule.fields.script.replace('logAfter(current, previous);', 'logAfter(current);')
        })
        expect(problems).toEqual([{
            record: 'sys_script "Log after"',
            message: "calls logAfter(current) but the platform provides (current, previous): name the entry function's parameters exactly current, previous",
        }])
    })

    it('a script action calling its entry function with (evt, record)', () => {
        const problems = problemsAfter((pkg) => {
            const action = record(pkg, 'sysevent_script_action', byName('On thing done'))
            action.fields.script = action.fields.script.replace('onThingDone(event, current);', 'onThingDone(evt, record);')
        })
        expect(problems).toEqual([{ record: 'sysevent_script_action "On thing done"', message: expect.stringContaining('calls onThingDone(evt, record) but the platform provides (event, current)') }])
    })

    it('a scheduled script passing parameters the platform does not provide', () => {
        const problems = problemsAfter((pkg) => {
            const job = record(pkg, 'sysauto_script', byName('Bench sweep'))
            job.fields.script = job.fields.script.replace('sweep();', 'sweep(current);')
        })
        expect(problems).toEqual([{ record: 'sysauto_script "Bench sweep"', message: expect.stringContaining('calls sweep(current) but the platform provides ()') }])
    })

    it('a property outside the scope namespace', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sys_properties', byName('x_bench.greeting')).fields.name = 'bench.greeting'
        })
        expect(problems).toEqual([{ record: 'sys_properties "bench.greeting"', message: 'property name is outside the x_bench. namespace' }])
    })

    it('a property whose read roles name an unknown role', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sys_properties', byName('x_bench.greeting')).fields.read_roles = 'x_bench.user, x_bench.reader'
        })
        expect(problems).toEqual([{ record: 'sys_properties "x_bench.greeting"', message: 'read_roles names unknown role "x_bench.reader"' }])
    })

    it('a script include whose api_name does not match scope.name', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sys_script_include', byName('BenchGreeter')).fields.api_name = 'x_bench.Greeter'
        })
        expect(problems).toEqual([{ record: 'sys_script_include "BenchGreeter"', message: 'api_name x_bench.Greeter does not match x_bench.BenchGreeter' }])
    })

    it('a script action for an event that is not registered', () => {
        const problems = problemsAfter((pkg) => {
            pkg.records = pkg.records.filter((r) => !(r.table === 'sysevent_register' && r.fields.event_name === 'x_bench.thing.done'))
        })
        expect(problems).toEqual([{ record: 'sysevent_script_action "On thing done"', message: 'event x_bench.thing.done is not registered (sysevent_register)' }])
    })

    it('a scoped event registered without its suffix (registering-events-guide: it would fail silently)', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sysevent_register', (r) => r.fields.event_name === 'x_bench.thing.done').fields.suffix = ''
        })
        expect(problems).toEqual([{
            record: 'sysevent_register "x_bench.thing.done"',
            message: 'a scoped event must be registered with suffix and event_name = x_bench.<suffix> (event_name "x_bench.thing.done", suffix ""); otherwise it fails silently',
        }])
    })

    it('an event registered on a queue the package does not define', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sysevent_register', (r) => r.fields.event_name === 'x_bench.thing.slow').fields.queue = 'x_bench.slo'
        })
        expect(problems).toEqual([{ record: 'sysevent_register "x_bench.thing.slow"', message: 'queue "x_bench.slo" is no sysevent_queue record of the package: nothing would process the event' }])
    })

    it('a scoped queue whose name is not <scope>.<suffix>', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sysevent_queue', (r) => r.fields.queue === 'x_bench.parked').fields.suffix = ''
        })
        expect(problems).toEqual([{ record: 'sysevent_queue "x_bench.parked"', message: 'a scoped queue must be named x_bench.<suffix> with its suffix set (queue "x_bench.parked", suffix "")' }])
    })

    it('a business rule on a table nobody defines', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sys_script', byName('Stamp note')).fields.collection = 'x_bench_thingy'
        })
        expect(problems).toEqual([{ record: 'sys_script "Stamp note"', message: 'runs on table x_bench_thingy, which neither the platform nor the package defines' }])
    })

    it('a business rule filter naming an unknown field', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sys_script', byName('Log after')).fields.filter_condition = 'stat=done^EQ'
        })
        expect(problems).toEqual([{ record: 'sys_script "Log after"', message: expect.stringMatching(/^filter condition: .*"stat"/) }])
    })

    it('a REST endpoint using an undeclared variable', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sys_rest_message_fn', (r) => r.fields.function_name === 'version').fields.rest_endpoint = '${base_url}/api/version/${id}'
        })
        expect(problems).toEqual([{ record: 'sys_rest_message_fn "version"', message: 'uses ${id} but does not declare it as a variable' }])
    })

    it('a REST function header using an undeclared variable', () => {
        const problems = problemsAfter((pkg) => {
            record(pkg, 'sys_rest_message_fn_headers', (r) => r.sysId === '826bb1318f274fd7a29d3a86b71ec460').fields.value = 'Token ${tokn}'
        })
        expect(problems).toEqual([{ record: 'sys_rest_message_fn "postAction"', message: 'uses ${tokn} but does not declare it as a variable' }])
    })
})
