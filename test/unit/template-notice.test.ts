import { templateNotice, type NoticeTemplate } from '../../src/server/admin/template-notice'

const t = (values: Partial<NoticeTemplate> = {}): NoticeTemplate => ({ name: 'T', active: true, hasCaller: true, hasGroup: true, ...values })

describe('templateNotice: the server form\'s words when its incidents reach no one', () => {
    test('nothing to say when the template that applies has a caller and a group', () => {
        expect(templateNotice({ serverTemplate: null, defaultTemplate: t({ name: 'Default' }) })).toBeNull()
        expect(templateNotice({ serverTemplate: t({ name: 'Ops' }), defaultTemplate: t({ name: 'Default', hasCaller: false, hasGroup: false }) })).toBeNull()
    })

    test('the server\'s own active template is the one judged', () => {
        expect(templateNotice({ serverTemplate: t({ name: 'Ops', hasGroup: false }), defaultTemplate: t() }))
            .toMatch(/use this server's template "Ops", which has no assignment group: nobody is assigned to fix them\. Set a group /)
    })

    test('an inactive or deleted template of the server: the Default applies, and the words say why', () => {
        expect(templateNotice({ serverTemplate: t({ name: 'Ops', active: false }), defaultTemplate: t({ name: 'Default', hasCaller: false }) }))
            .toMatch(/use the Default template "Default" \(this server's template "Ops" is inactive\), which has no caller\. Set a caller /)
        expect(templateNotice({ serverTemplate: 'missing', defaultTemplate: null }))
            .toMatch(/use the built-in default \(the Default template was deleted\) \(the template named on this server no longer exists\), which has no caller and no assignment group/)
    })
})
