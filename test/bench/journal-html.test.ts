// The bench's picture of a journal entry in the browser ("Render journal field entries as HTML").
import { renderJournalEntry } from './journal-html'

describe('renderJournalEntry', () => {
    test('text is escaped; what stands between [code] and [/code] is HTML, in several blocks', () => {
        expect(renderJournalEntry('<b>not bold</b>')).toBe('&lt;b&gt;not bold&lt;/b&gt;')
        expect(renderJournalEntry('a [code]<b>x</b>[/code] b [code]<i>y</i>[/code] <c>')).toBe('a <b>x</b> b <i>y</i> &lt;c&gt;')
    })

    test('the tags in any letter case (assumed, the strict way), across lines', () => {
        expect(renderJournalEntry('[CODE]<img src=x onerror=alert(1)>\n[/Code]')).toBe('<img src=x onerror=alert(1)>\n')
    })

    test('an unclosed tag, a spaced one or glide.ui.security.allow_codetag false renders nothing as HTML', () => {
        expect(renderJournalEntry('[code]<img>')).toBe('[code]&lt;img&gt;')
        expect(renderJournalEntry('[ code ]<img>[ /code ]')).toBe('[ code ]&lt;img&gt;[ /code ]')
        expect(renderJournalEntry('[code]<img>[/code]', { allowCodeTag: false })).toBe('[code]&lt;img&gt;[/code]')
    })
})
