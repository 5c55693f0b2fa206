// Access controls as the platform applies them, through the bench's public API:
// GlideRecordSecure vs GlideRecord, field ACLs with adminOverrides false,
// password2 encryption, GlideAjax execute ACLs, UI page ACLs and role containment.
import { BENCH_APP } from './support/fixtures'
import { AccessDenied, Instance } from './instance'

const APP_DIR = BENCH_APP
const TABLE = 'x_bench_thing'
const SECRET = 'pa55-w0rd!'

let instance: Instance
let thingId: string
let ids: Record<'user' | 'benchAdmin' | 'nobody' | 'admin', string>

beforeEach(() => {
    instance = Instance.load({ appDir: APP_DIR })
    ids = {
        user: instance.createUser({ userName: 'bench.user', roles: ['x_bench.user'] }),
        benchAdmin: instance.createUser({ userName: 'bench.admin', roles: ['x_bench.admin'] }),
        nobody: instance.createUser({ userName: 'no.roles' }),
        admin: instance.userSession('admin').sysId,
    }
    const inserted = instance.insert(TABLE, { name: 'first', secret: SECRET, count: 1 })
    if (!inserted) throw new Error('fixture row was not inserted')
    thingId = inserted
    instance.insert(TABLE, { name: 'second', count: 2 })
})

const countRows = (cls: 'GlideRecord' | 'GlideRecordSecure', as: string): unknown =>
    instance.runScript(`var gr = new ${cls}('${TABLE}'); gr.query(); gr.getRowCount()`, { as })

describe('reading rows: GlideRecordSecure applies ACLs, GlideRecord does not', () => {
    it('x_bench.user sees every row through GlideRecordSecure', () => {
        expect(countRows('GlideRecordSecure', 'bench.user')).toBe(2)
        const names = instance.runScript(
            `var gr = new GlideRecordSecure('${TABLE}'); gr.orderBy('name'); gr.query(); var out = []; while (gr.next()) out.push(gr.getValue('name')); out.join(',')`,
            { as: 'bench.user' },
        )
        expect(names).toBe('first,second')
    })

    it('a user without roles gets no rows and cannot get() a row by sys_id', () => {
        expect(countRows('GlideRecordSecure', 'no.roles')).toBe(0)
        expect(instance.runScript(`var gr = new GlideRecordSecure('${TABLE}'); gr.get('${thingId}')`, { as: 'no.roles' })).toBe(false)
        expect(() => instance.readAsUser(TABLE, thingId, 'no.roles')).toThrow(AccessDenied)
        expect(() => instance.readAsUser(TABLE, thingId, 'no.roles')).toThrow(/x_bench\.user/)
    })

    it('plain GlideRecord ignores ACLs, as on the platform', () => {
        expect(countRows('GlideRecord', 'no.roles')).toBe(2)
        expect(instance.runScript(`var gr = new GlideRecord('${TABLE}'); gr.get('${thingId}') ? gr.getValue('name') : 'missing'`, { as: 'no.roles' })).toBe('first')
    })

    it('admin passes the table read ACL (adminOverrides defaults to true)', () => {
        expect(countRows('GlideRecordSecure', 'admin')).toBe(2)
    })
})

describe('writing rows', () => {
    const secureUpdate = (as: string, note: string): unknown =>
        instance.runScript(`var gr = new GlideRecordSecure('${TABLE}'); gr.get('${thingId}'); gr.setValue('note', '${note}'); gr.update()`, { as })

    it('x_bench.user cannot update through GlideRecordSecure: nothing is stored and the user is told (wording assumed)', () => {
        const before = instance.get(TABLE, thingId)
        expect(secureUpdate('bench.user', 'changed by user')).toBeNull()
        expect(instance.get(TABLE, thingId)).toEqual(before)
        expect(instance.messages).toContainEqual({ kind: 'error', message: `Security constraints prevent update of ${TABLE}`, user: 'bench.user' })
    })

    it('x_bench.admin can update through GlideRecordSecure', () => {
        expect(secureUpdate('bench.admin', 'changed by admin')).toBe(thingId)
        expect(instance.get(TABLE, thingId)).toMatchObject({ note: 'changed by admin', sys_updated_by: 'bench.admin', sys_mod_count: '1' })
    })

    it('plain GlideRecord writes regardless of ACLs', () => {
        instance.runScript(`var gr = new GlideRecord('${TABLE}'); gr.get('${thingId}'); gr.setValue('note', 'server side'); gr.update()`, { as: 'no.roles' })
        expect(instance.get(TABLE, thingId)?.note).toBe('server side')
    })

    it('a user without roles cannot insert through GlideRecordSecure (no create ACL passes)', () => {
        const result = instance.runScript(`var gr = new GlideRecordSecure('${TABLE}'); gr.initialize(); gr.setValue('name', 'sneaky'); gr.insert()`, { as: 'no.roles' })
        expect(result).toBeNull()
        expect(instance.query(TABLE).map((row) => row.name).sort()).toEqual(['first', 'second'])
    })
})

describe('the password2 field `secret`', () => {
    // "Create an ACL rule": with Admin overrides off, a user with the admin role still passes the
    // Requires-role check ("the admin role automatically grants users all other roles"); only the
    // ACL's condition or script can keep an admin out. The fixture's `secret` read ACL has a role and
    // no script, so admin reads it.
    it('readAsUser omits it for x_bench.user, includes it for x_bench.admin and for admin (a role-only ACL without admin override does not keep admin out)', () => {
        const asUser = instance.readAsUser(TABLE, thingId, 'bench.user')
        expect(asUser.name).toBe('first')
        expect(asUser).not.toHaveProperty('secret')

        const asAdmin = instance.readAsUser(TABLE, thingId, 'admin')
        expect(asAdmin.name).toBe('first')
        expect(asAdmin).toHaveProperty('secret')

        const asBenchAdmin = instance.readAsUser(TABLE, thingId, 'bench.admin')
        expect(asBenchAdmin).toHaveProperty('secret')
        expect(asBenchAdmin.secret).not.toBe('')
        // Even who may read the field sees it as stored, never the plaintext.
        expect(asBenchAdmin.secret).not.toContain(SECRET)
        expect(asAdmin.secret).not.toContain(SECRET)
    })

    it('GlideElement.canRead() on the field follows the field ACL (admin passes its role check)', () => {
        const canRead = (as: string): unknown =>
            instance.runScript(`var gr = new GlideRecordSecure('${TABLE}'); gr.get('${thingId}'); gr.secret.canRead()`, { as })
        expect(canRead('bench.user')).toBe(false)
        expect(canRead('admin')).toBe(true)
        expect(canRead('bench.admin')).toBe(true)
    })

    it('is stored encrypted: the row never holds the plaintext, getDecryptedValue() returns it', () => {
        const stored = instance.get(TABLE, thingId)?.secret ?? ''
        expect(stored).not.toBe('')
        expect(stored).not.toContain(SECRET)
        expect(JSON.stringify(instance.query(TABLE))).not.toContain(SECRET)

        const read = instance.runScript(
            `var gr = new GlideRecord('${TABLE}'); gr.get('${thingId}'); [gr.getValue('secret'), gr.secret.getDecryptedValue(), gr.getDisplayValue('secret')]`,
        ) as string[]
        expect(read[0]).toBe(stored)
        expect(read[1]).toBe(SECRET)
        expect(read[2]).toBe('********')
    })

    it('a new value set through a script is encrypted before it is stored', () => {
        instance.update(TABLE, thingId, { secret: 'rotated-secret' })
        const stored = instance.get(TABLE, thingId)?.secret ?? ''
        expect(stored).not.toContain('rotated-secret')
        expect(instance.runScript(`var gr = new GlideRecord('${TABLE}'); gr.get('${thingId}'); gr.secret.getDecryptedValue()`)).toBe('rotated-secret')
    })

    it('GlideRecordSecure getValue returns the (encrypted) value to x_bench.admin, who may read the field', () => {
        const value = instance.runScript(`var gr = new GlideRecordSecure('${TABLE}'); gr.get('${thingId}'); gr.getValue('secret')`, { as: 'bench.admin' })
        expect(value).toBe(instance.get(TABLE, thingId)?.secret)
        expect(value).not.toContain(SECRET)
    })
})

describe('an ACL script keeps admin out; gs.getUser().getRoles()', () => {
    // "GlideUser - Scoped" getRoles(): explicitly granted roles, inherited (contained) roles and roles
    // from groups. Admin's implicit pass of every role check is not a role it holds.
    const rolesOf = (as: string): string[] => (JSON.parse(String(instance.runScript('JSON.stringify(gs.getUser().getRoles())', { as }))) as string[]).sort()

    it('getRoles() lists the roles a user holds, contained ones included, and not the roles admin only passes', () => {
        expect(rolesOf('bench.admin')).toEqual(['x_bench.admin', 'x_bench.user'])
        expect(rolesOf('bench.user')).toEqual(['x_bench.user'])
        expect(rolesOf('admin')).toEqual(['admin'])
        expect(rolesOf('no.roles')).toEqual([])
        // gs.hasRole, by contrast, is true for admin whatever the role ("GlideSystem - Scoped").
        expect(instance.runScript("gs.hasRole('x_bench.admin')", { as: 'admin' })).toBe(true)
    })

    /** The fixture's role-only `secret` read ACL, given a script and an admin-override setting (set up through the raw store). */
    function scriptSecretAcl(script: string, adminOverrides: boolean): void {
        const acl = instance.store.rows('sys_security_acl').find((row) => row.name === `${TABLE}.secret` && row.operation === 'read')!
        instance.store.put('sys_security_acl', { ...acl, advanced: 'true', script, admin_overrides: String(adminOverrides) })
    }
    const HOLDS_BENCH_ADMIN = "answer = gs.getUser().getRoles().indexOf('x_bench.admin') >= 0;"
    const seesSecret = (as: string): boolean => 'secret' in instance.readAsUser(TABLE, thingId, as)

    it('with admin override off, a script that asks for a role the user holds keeps admin out', () => {
        scriptSecretAcl(HOLDS_BENCH_ADMIN, false)
        expect(seesSecret('admin')).toBe(false)
        expect(seesSecret('bench.admin')).toBe(true)
        expect(seesSecret('bench.user')).toBe(false)
        expect(instance.runScript(`var gr = new GlideRecordSecure('${TABLE}'); gr.get('${thingId}'); gr.secret.canRead()`, { as: 'admin' })).toBe(false)
    })

    it('the script runs as the user being checked, not as the session that asks', () => {
        scriptSecretAcl(HOLDS_BENCH_ADMIN, false)
        // readAsUser is asked outside any script (the bench's default session is admin).
        expect(instance.as('bench.admin', () => seesSecret('bench.admin'))).toBe(true)
        expect(instance.as('admin', () => seesSecret('bench.admin'))).toBe(true)
        expect(instance.as('bench.admin', () => seesSecret('admin'))).toBe(false)
    })

    it('with admin override on, admin passes whatever the script says ("Create an ACL rule")', () => {
        scriptSecretAcl('answer = false;', true)
        expect(seesSecret('admin')).toBe(true)
        expect(seesSecret('bench.admin')).toBe(false)
    })
})

describe('GlideAjax: BenchAjax and its execute ACL', () => {
    it('x_bench.user may call whoAmI and gets its own sys_id back', () => {
        const answer = instance.ajax({ as: 'bench.user', processor: 'BenchAjax', method: 'whoAmI', params: { sysparm_name_to_greet: 'Ada' } })
        expect(JSON.parse(String(answer))).toEqual({ user: ids.user, name: 'Ada' })
    })

    it('the scoped name works too', () => {
        const answer = instance.ajax({ as: 'bench.user', processor: 'x_bench.BenchAjax', method: 'whoAmI' })
        expect(JSON.parse(String(answer))).toEqual({ user: ids.user, name: null })
    })

    it('a user without the role gets AccessDenied naming the role needed', () => {
        const call = () => instance.ajax({ as: 'no.roles', processor: 'BenchAjax', method: 'whoAmI' })
        expect(call).toThrow(AccessDenied)
        expect(call).toThrow(/x_bench\.user/)
    })

    it.each(['noSuchMethod', 'initialize', '_private', 'type'])('method %s is not callable: AccessDenied (assumed for initialize and _private)', (method) => {
        const call = () => instance.ajax({ as: 'bench.user', processor: 'BenchAjax', method })
        expect(call).toThrow(AccessDenied)
        expect(call).toThrow(new RegExp(`no callable method ${method}`))
    })

    it('a script include that is not client callable cannot be reached', () => {
        const call = () => instance.ajax({ as: 'admin', processor: 'BenchGreeter', method: 'greet' })
        expect(call).toThrow(AccessDenied)
        expect(call).toThrow(/not a client-callable/)
    })
})

describe('UI page x_bench_panel', () => {
    it.each([
        ['bench.user', true],
        ['bench.admin', true],
        ['admin', true],
        ['no.roles', false],
    ])('%s may open it: %s', (user, allowed) => {
        expect(instance.canOpenUiPage('x_bench_panel.do', user)).toBe(allowed)
        expect(instance.canOpenUiPage('x_bench_panel', user)).toBe(allowed)
    })
})

describe('role containment: x_bench.admin contains x_bench.user', () => {
    it('the x_bench.admin session holds both roles', () => {
        expect([...instance.userSession('bench.admin').roles].sort()).toEqual(['x_bench.admin', 'x_bench.user'])
        expect([...instance.userSession('bench.user').roles]).toEqual(['x_bench.user'])
    })

    it('a x_bench.admin user passes every ACL that asks for x_bench.user', () => {
        expect(countRows('GlideRecordSecure', 'bench.admin')).toBe(2)
        expect(instance.readAsUser(TABLE, thingId, 'bench.admin').name).toBe('first')
        expect(JSON.parse(String(instance.ajax({ as: 'bench.admin', processor: 'BenchAjax', method: 'whoAmI' })))).toMatchObject({ user: ids.benchAdmin })
        expect(instance.canOpenUiPage('x_bench_panel', 'bench.admin')).toBe(true)
    })

    it('containment does not work upwards: x_bench.user does not pass the x_bench.admin write ACL', () => {
        expect(instance.runScript(`var gr = new GlideRecordSecure('${TABLE}'); gr.get('${thingId}'); gr.canWrite()`, { as: 'bench.user' })).toBe(false)
        expect(instance.runScript(`var gr = new GlideRecordSecure('${TABLE}'); gr.get('${thingId}'); gr.canWrite()`, { as: 'bench.admin' })).toBe(true)
    })
})

describe('GlideRecordSecure field values', () => {
    test('a field the user may not read reads as empty, and its secret is not decrypted', () => {
        const instance = Instance.load({ appDir: APP_DIR })
        instance.createUser({ userName: 'reader', roles: ['x_bench.user'] })
        const id = instance.insert('x_bench_thing', { name: 'first', secret: 'pa55' })!
        const seen = instance.runScript(`var gr = new GlideRecordSecure('x_bench_thing'); gr.get('${id}');
            JSON.stringify([gr.getValue('name'), gr.secret.canRead(), gr.getValue('secret'), gr.secret.getDecryptedValue(), String(gr.secret)])`, { as: 'reader' })
        expect(JSON.parse(String(seen))).toEqual(['first', false, null, '', ''])
    })

    test('a user with the create ACL inserts field values through GlideRecordSecure', () => {
        const instance = Instance.load({ appDir: APP_DIR })
        instance.createUser({ userName: 'creator', roles: ['x_bench.user'] })
        const id = String(instance.runScript(`var gr = new GlideRecordSecure('x_bench_thing'); gr.initialize();
            gr.setValue('name', 'made by user'); gr.setValue('count', 3); gr.insert()`, { as: 'creator' }))
        expect(instance.get('x_bench_thing', id)).toMatchObject({ name: 'made by user', count: '3', note: 'state (new) -> new' })
        expect(instance.warnings).toEqual([])
    })
})
