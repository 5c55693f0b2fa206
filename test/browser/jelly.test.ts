// The harness renders only the Jelly the dialog's page uses, and refuses the rest.
import { loadPackage } from '../bench/records'
import { DEFAULT_APP_DIR } from '../bench/instance'
import { renderJelly, UnsupportedJelly } from './jelly'

const page = (inner: string) => `<?xml version="1.0" encoding="utf-8"?>\n<j:jelly trim="false" xmlns:j="jelly:core" xmlns:g="glide">${inner}</j:jelly>`

test('substitutes ${HTML:sysparm_*} HTML-escaped, empty when the parameter is missing', () => {
    expect(renderJelly(page('<div data-x="${HTML:sysparm_incident}"></div>'), { sysparm_incident: '"><script>alert(1)</script>' }))
        .toBe('<div data-x="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></div>')
    expect(renderJelly(page('<p>${HTML:sysparm_missing}</p>'), {})).toBe('<p></p>')
})

test('turns $[AMP] (what the Now SDK build writes for the & of a character reference) into &', () => {
    expect(renderJelly(page('<p id="p">$[AMP]#8203;</p>'), {})).toBe('<p id="p">&#8203;</p>')
})

test.each([
    ['a g: tag', '<g:evaluate var="jvar_x" expression="1"/>', /Unsupported Jelly tag <g:evaluate>/],
    ['a j: tag', '<j:if test="${true}"><p/></j:if>', /Unsupported Jelly tag <j:if>/],
    ['an unescaped expression', '<p>${sysparm_incident}</p>', /Unsupported Jelly expression \$\{sysparm_incident\}/],
    ['a phase-two expression', '<p>$[jvar_x]</p>', /Unsupported Jelly expression \$\[jvar_x\]/],
])('refuses %s', (_name, inner, message) => {
    expect(() => renderJelly(page(inner), {})).toThrow(UnsupportedJelly)
    expect(() => renderJelly(page(inner), {})).toThrow(message)
})

test('refuses a page that is not one <j:jelly> document', () => {
    expect(() => renderJelly('<div></div>', {})).toThrow('The UI page is not a single <j:jelly> document')
})

test('the built job dialog page renders with the incident in data-incident', () => {
    const record = loadPackage(DEFAULT_APP_DIR).records.find((r) => r.table === 'sys_ui_page' && r.fields.endpoint === 'x_opcon_job_dialog.do')!
    expect(record.fields.name).toBe('job_dialog')
    const html = renderJelly(record.fields.html, { sysparm_incident: 'a'.repeat(32) })
    expect(html).toContain(`<div id="x_opcon_jd" class="x-opcon-jd" data-incident="${'a'.repeat(32)}">`)
    expect(record.fields.client_script).toContain("new GlideAjax(PROCESSOR)")
})
