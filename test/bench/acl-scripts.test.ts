// ACL scripts run as the user being checked (acl.ts, instance.ts runAclScript):
// gs.getUser() and GlideRecordSecure inside a script are that user's, also
// when a test asks about another user than the session's.
import { Instance } from './instance'
import { BENCH_APP } from './support/fixtures'

const TABLE = 'x_bench_thing'

test('a field ACL whose script names a user lets that user, and no other, read the field through readAsUser and GlideRecordSecure', () => {
    const instance = Instance.load({ appDir: BENCH_APP })
    instance.createUser({ userName: 'bench.user', roles: ['x_bench.user'] })
    instance.createUser({ userName: 'other.user', roles: ['x_bench.user'] })
    const id = instance.insert(TABLE, { name: 'one' })!
    instance.update(TABLE, id, { note: 'for bench.user only' })
    // As an admin adds one: a note readable only by the user the script names.
    const acl = instance.store.newSysId()
    instance.store.put('sys_security_acl', {
        sys_id: acl, type: 'record', name: `${TABLE}.note`, operation: 'read', active: 'true', admin_overrides: 'false', advanced: 'true',
        script: "answer = gs.getUserName() == 'bench.user';",
    })
    expect(instance.readAsUser(TABLE, id, 'bench.user').note).toBe('for bench.user only')
    expect(instance.readAsUser(TABLE, id, 'other.user')).not.toHaveProperty('note')
    const note = (as: string) => instance.runScript(`var gr = new GlideRecordSecure('${TABLE}'); gr.get('${id}'); gr.getValue('note')`, { as })
    expect(note('bench.user')).toBe('for bench.user only')
    expect(note('other.user')).toBeNull()
    expect(instance.errors).toEqual([])
})
