// The Jelly a UI page may use here, turned into plain HTML the way the
// platform's first Jelly pass would. Deliberately tiny: the dialog's page uses
// a `<j:jelly>` root, `${HTML:sysparm_...}` (an HTML-escaped request
// parameter: "Jelly escaping types" and "UI pages", ServiceNow docs; a missing
// one renders empty, assumed) and `$[AMP]`, the platform's Jelly constant for a literal `&`
// (ServiceNow docs, "Extensions to Jelly syntax"), which the Now SDK's build
// writes for every character reference in the page's text (`&#8203;` becomes
// `$[AMP]#8203;`). Anything else (other tags in the j:/g: namespaces, other
// expressions) is refused, so a page that grows real Jelly fails here instead
// of being rendered wrongly.

export class UnsupportedJelly extends Error {}

export function escapeHtml(value: string): string {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

export function renderJelly(source: string, params: Record<string, string>): string {
    const body = source.replace(/^\s*<\?xml[^>]*\?>\s*/, '')
    const root = /^<j:jelly\b[^>]*>([\s\S]*)<\/j:jelly>\s*$/.exec(body)
    if (!root) throw new UnsupportedJelly('The UI page is not a single <j:jelly> document')
    const inner = root[1]
    const tag = /<\/?(j|g|j2|g2):[A-Za-z_]+/.exec(inner)
    if (tag) throw new UnsupportedJelly(`Unsupported Jelly tag ${tag[0]}> in the UI page: the harness renders only \${HTML:sysparm_*}`)
    const html = inner.replace(/\$\[AMP\]/g, '&').replace(/\$\{HTML:(sysparm_[A-Za-z0-9_]+)\}/g, (_whole, name: string) => escapeHtml(params[name] ?? ''))
    const leftover = /[$]\{[^}]*\}|[$]\[[^\]]*\]/.exec(html)
    if (leftover) throw new UnsupportedJelly(`Unsupported Jelly expression ${leftover[0]} in the UI page: the harness renders only \${HTML:sysparm_*} and $[AMP]`)
    return html
}
