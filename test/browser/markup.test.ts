// The static checks behind the rule "no empty element, no > or < in the CSS"
// (markup.ts), each shown failing on a small page first, then run on the
// built job dialog page (dist/app's sys_ui_page, its Jelly rendered).
import { loadPackage } from '../bench/records'
import { DEFAULT_APP_DIR } from '../bench/instance'
import { renderJelly } from './jelly'
import { emptyElements, xmlEscapedStyles } from './markup'

describe('emptyElements', () => {
    test('finds empty elements GlideModal does not re-open, whitespace-only ones too (assumed: Jelly may trim)', () => {
        const html = '<div id="root"><strong id="t"></strong><p id="m"> \n </p><dl><dt>x</dt><dd id="d"/></dl>' +
            '<table><tbody id="rows"></tbody></table><a></a><button id="b"></button><p>text</p></div>'
        expect(emptyElements(html)).toEqual(['<strong id="t">', '<p id="m">', '<dd id="d">', '<tbody id="rows">', '<a>', '<button id="b">'])
    })

    test('passes what _fixBrowserTags re-opens (script, a with attributes, div, span, select), void elements, and placeholders', () => {
        const html = '<div id="root"><div></div><span/><select></select><script></script><a href="#"></a>' +
            '<br/><input type="text"/><hr/><p>&#8203;</p><strong><!-- a comment -->&#8203;</strong></div>'
        expect(emptyElements(html)).toEqual([])
    })
})

describe('xmlEscapedStyles', () => {
    test('finds a > or < in <style> text, however it is written', () => {
        expect(xmlEscapedStyles('<style>.a > .b { color: red; }</style>')).toEqual(['<style> has ">" in ".a > .b { col"'])
        expect(xmlEscapedStyles('<style id="s">.a &gt; .b {}</style>')).toHaveLength(1)
        expect(xmlEscapedStyles('<style>.a::after { content: "&lt;"; }</style>')).toHaveLength(1)
    })

    test('passes CSS without them (an & survives the round trip)', () => {
        expect(xmlEscapedStyles('<style>.a .b { font-family: "A &amp; B", sans-serif; }</style>')).toEqual([])
    })
})

test('the built job dialog page has no empty element but the five fixed-up tags, and no > or < in its CSS', () => {
    const record = loadPackage(DEFAULT_APP_DIR).records.find((r) => r.table === 'sys_ui_page' && r.fields.endpoint === 'x_opcon_job_dialog.do')!
    const html = renderJelly(record.fields.html, { sysparm_incident: 'a'.repeat(32) })
    expect(html).toContain('<style>')
    expect(emptyElements(html)).toEqual([])
    expect(xmlEscapedStyles(html)).toEqual([])
})
