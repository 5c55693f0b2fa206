// How a journal entry (a work note, a comment) reaches an agent's browser, so a
// test can see what a value pasted into a note would do there.
// Source: ServiceNow docs "Render journal field entries as HTML" (journal text is
// HTML-escaped, except what stands between [code] and [/code], which is rendered
// as HTML; one entry may hold several such blocks) and "Allow embedded HTML code
// (instance security hardening)" (glide.ui.security.allow_codetag, true by
// default: with it false nothing is rendered as HTML).
// Assumed, the strict way: the tags are recognised in any letter case; the
// docs' HTML sanitizer (which removes <script> elements) is not applied, so
// whatever stands between the tags reaches the page as it is. Spaced variants
// ("[ code ]") are not recognised (not documented either way).

const CODE_BLOCK = /\[code\]([\s\S]*?)\[\/code\]/gi

function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** The HTML an agent's browser receives for one journal entry. */
export function renderJournalEntry(text: string, options: { allowCodeTag?: boolean } = {}): string {
    if (options.allowCodeTag === false) return escapeHtml(text)
    let html = ''
    let last = 0
    for (const match of text.matchAll(CODE_BLOCK)) {
        html += escapeHtml(text.slice(last, match.index)) + match[1]
        last = match.index + match[0].length
    }
    return html + escapeHtml(text.slice(last))
}
