// Values the connector pastes into work notes and the system log come from
// outside: job names from an incident's correlation id, OpCon's messages and
// answer bodies, transport error texts, reasons. Journal fields render what
// stands between [code] and [/code] as HTML while glide.ui.security.allow_codetag
// is on (its default; ServiceNow docs "Render journal field entries as HTML"),
// and a line break in a log line forges the next one. So every such value is
// made one line of plain text, with no code tag, and capped.

/** Caps, in characters. OpCon's message is one sentence or a short list; the others allow for our own words around them. */
export const CAPS = {
    /** OpCon's own words in an error (its message, a problem list, an excerpt of a non-JSON body). */
    opconMessage: 500,
    /** A job or server name. */
    name: 100,
    /** A sentence the connector built around outside values (an action's message, a not-sent reason). */
    text: 1500,
    /** A whole work note. */
    note: 4000,
    /** A whole log line. */
    log: 4000,
} as const

// C0 and C1 controls (line breaks, tabs, escape sequences), the line and paragraph separators,
// and the invisible format characters (zero-width, bidirectional overrides) that can hide or
// reorder text in a log viewer.
export const CONTROL = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]+/g

// A code tag in any letter case, and with spaces around its parts: the platform's documented form
// is [code]...[/code]; whether it also accepts [CODE] or [ code ] is not documented, so all are
// broken. Also an opening bracket that a later character could still close into a tag.
// Linear: no two unbounded repetitions can take the same character one after the other (the
// spaces after the slash belong to the group that starts with the slash), so a run of spaces that
// ends in no tag is read once per bracket, and it ends at the next bracket.
export const CODE_TAG = /\[(\s*(?:\/\s*)?code\s*)\]/gi
export const CODE_TAG_START = /\[(?=\s*(?:\/\s*)?code)/gi

/** One line: every run of control or invisible format characters becomes a single space. */
export function singleLine(value: string): string {
    return value.replace(CONTROL, ' ')
}

/** The first `length` characters, never ending in half of a surrogate pair. */
function head(value: string, length: number): string {
    const cut = value.slice(0, Math.max(0, length))
    const last = cut.charCodeAt(cut.length - 1)
    return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut
}

/** At most `cap` characters, an ellipsis marking a cut; never half of a surrogate pair. */
export function capped(value: string, cap: number): string {
    if (value.length <= cap) return value
    return `${head(value, cap - 1)}…`
}

/**
 * A value fit for a journal entry or a log line: one line, its code tags
 * turned into (code) / (/code), capped. Brackets are replaced, never removed,
 * so the result cannot close into a new tag; it is the same when run again.
 */
export function journalText(value: unknown, cap: number): string {
    const raw = value === null || value === undefined ? '' : String(value)
    // Cut before any regex sees it. Joining control characters shortens a value, so twice the cap is
    // read; what lies beyond could never be shown. A value cut here is marked cut even when it ends short.
    const limit = Math.max(cap, 1) * 2
    if (raw.length <= limit) return tagless(capped(singleLine(raw), cap))
    const line = singleLine(head(raw, limit))
    return tagless(line.length < cap ? `${line}…` : `${head(line, cap - 1)}…`)
}

/** Code tags and the brackets that could start one become parentheses: the same length, so a cap stays kept. */
function tagless(text: string): string {
    return text.replace(CODE_TAG, '($1)').replace(CODE_TAG_START, '(')
}

/**
 * A value for gs.addInfoMessage / addErrorMessage, which show their text as
 * HTML on the form: one line, capped, and HTML-escaped.
 */
export function messageText(value: unknown): string {
    // Text, not an attribute: &, < and > are what HTML could read as markup.
    return journalText(value, CAPS.text).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' }[c]!))
}
