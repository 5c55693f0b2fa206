// Static checks of a UI page's rendered HTML for what UI16's GlideModal
// breaks on its way into the modal (the round trip is modelled, with its
// sources, in shims.js: _renderFromAjax, setEscapedBody, _fixBrowserTags):
//  - XMLSerializer writes every empty element self-closed (<p/>); only
//    script, a (with attributes: the pattern is "a "), div, span and select are
//    re-opened, HTML's void elements need no end tag, and the HTML parser opens
//    every other <x/> and never closes it;
//  - XMLSerializer escapes > and < in text, and an HTML <style> keeps the
//    escape as it is (a CSS child combinator becomes "&gt;").
// Whitespace-only content counts as empty (assumed: the platform's Jelly may
// trim it; the page here says trim="false", but the strict reading is safer).
import { XMLParser } from 'fast-xml-parser'

/** Re-opened by GlideModal._fixBrowserTags ("a " only with attributes). */
const REOPENED = new Set(['script', 'div', 'span', 'select'])
/** HTML void elements: <br/> is <br> to the HTML parser. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> }

function parseFragment(html: string): XmlNode[] {
    const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, commentPropName: '#comment', processEntities: false })
    return parser.parse(`<fragment>${html}</fragment>`) as XmlNode[]
}

function tagOf(node: XmlNode): string | null {
    const key = Object.keys(node).find((name) => name !== ':@')
    return key === undefined || key === '#text' || key === '#comment' ? null : key
}

function describe(tag: string, attributes: Record<string, string> | undefined): string {
    const id = attributes?.id === undefined ? '' : ` id="${attributes.id}"`
    return `<${tag}${id}>`
}

function walk(nodes: XmlNode[], visit: (tag: string, children: XmlNode[], attributes: Record<string, string> | undefined) => void): void {
    for (const node of nodes) {
        const tag = tagOf(node)
        if (tag === null) continue
        const children = node[tag] as XmlNode[]
        visit(tag, children, node[':@'])
        walk(children, visit)
    }
}

function textOf(children: XmlNode[]): string {
    return children.map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join('')
}

/** Elements that would arrive self-closed and stay open in the modal. */
export function emptyElements(html: string): string[] {
    const found: string[] = []
    walk(parseFragment(html), (tag, children, attributes) => {
        const lower = tag.toLowerCase()
        const empty = children.every((child) => tagOf(child) === null && (child['#comment'] !== undefined || /^[ \t\r\n]*$/.test(String(child['#text'] ?? ''))))
        if (!empty || VOID.has(lower) || REOPENED.has(lower)) return
        if (lower === 'a' && attributes && Object.keys(attributes).length > 0) return
        found.push(describe(tag, attributes))
    })
    return found.filter((description) => description !== '<fragment>')
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function decodeXmlText(text: string): string {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
        if (entity[0] === '#') return String.fromCodePoint(entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10))
        return XML_ENTITIES[entity] ?? whole
    })
}

/**
 * <style> elements whose text holds a > or < (XMLSerializer writes &gt; / &lt;, which an HTML
 * <style> keeps). An & survives: it is written &amp;, which setEscapedBody turns back into &.
 */
export function xmlEscapedStyles(html: string): string[] {
    const found: string[] = []
    walk(parseFragment(html), (tag, children, attributes) => {
        if (tag.toLowerCase() !== 'style') return
        const text = decodeXmlText(textOf(children))
        const bad = /[<>]/.exec(text)
        if (bad) found.push(`${describe(tag, attributes)} has "${bad[0]}" in "${text.slice(Math.max(0, bad.index - 30), bad.index + 10).trim()}"`)
    })
    return found
}
