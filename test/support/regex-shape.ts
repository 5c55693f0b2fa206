// A structural check that a regular expression backtracks linearly: the
// shapes that make a backtracking engine (V8's, and the instance's Rhino)
// quadratic or worse on a long run of one character are refused.
//  1. Two unbounded repetitions that can take the same character one after
//     the other, with only optional items between them (/\s*\/?\s*/: a run of
//     spaces is split every possible way before the match fails).
//  2. An unbounded repetition of a group holding an unbounded repetition,
//     unless every repetition starts with a character its own end cannot take
//     (/(?:-+[a-z]+)*/ is read one way only; /(a+)+/ is not).
// The character sets are compared on a probe alphabet (letters, digits,
// punctuation, white space and format characters), which is enough for the
// simple patterns the connector writes. A test-only tool: not shipped.

interface Item {
    /** Characters the item can start with / end with (probe characters only). */
    first: Set<string>
    last: Set<string>
    min: number
    unbounded: boolean
    /** Holds an unbounded repetition inside (a group). */
    innerUnbounded: boolean
    /** Zero-width (anchor or lookaround): skipped when reading what follows what. */
    zeroWidth: boolean
}

const PROBES = [
    ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
    ...' \t\r\n\u000b\u000c\u00a0\u2028\u200b\ufeff\u0000\u001f\u007f\u0085',
    ...'-_.:/\\[](){}|,;!?*+@#$%&^~\'"<>=…é',
]

function setOf(source: string, flags: string): Set<string> {
    const re = new RegExp(`^(?:${source})$`, flags.replace(/[gy]/g, ''))
    return new Set(PROBES.filter((ch) => re.test(ch)))
}

const overlaps = (a: Set<string>, b: Set<string>): boolean => [...a].some((ch) => b.has(ch))
const union = (sets: Set<string>[]): Set<string> => new Set(sets.flatMap((s) => [...s]))

class Parser {
    private at = 0
    readonly problems: string[] = []
    constructor(private readonly source: string, private readonly flags: string) {}

    /** Alternatives up to a `)` or the end; each alternative is checked, the whole returned as one item. */
    parseAlternatives(): Item {
        const alternatives: Item[][] = [this.parseSequence()]
        while (this.source[this.at] === '|') {
            this.at += 1
            alternatives.push(this.parseSequence())
        }
        return this.combine(alternatives)
    }

    private combine(alternatives: Item[][]): Item {
        const firsts: Set<string>[] = []
        const lasts: Set<string>[] = []
        let min = Infinity
        let innerUnbounded = false
        for (const items of alternatives) {
            const solid = items.filter((item) => !item.zeroWidth)
            // The first set: items up to and including the first mandatory one; the last set likewise from the end.
            const firstSets: Set<string>[] = []
            for (const item of solid) { firstSets.push(item.first); if (item.min > 0) break }
            const lastSets: Set<string>[] = []
            for (const item of [...solid].reverse()) { lastSets.push(item.last); if (item.min > 0) break }
            firsts.push(union(firstSets))
            lasts.push(union(lastSets))
            min = Math.min(min, solid.reduce((sum, item) => sum + item.min, 0))
            innerUnbounded ||= solid.some((item) => item.unbounded || item.innerUnbounded)
        }
        return { first: union(firsts), last: union(lasts), min, unbounded: false, innerUnbounded, zeroWidth: false }
    }

    private parseSequence(): Item[] {
        const items: Item[] = []
        while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
            const item = this.quantified(this.atom())
            items.push(item)
        }
        this.checkAdjacent(items)
        return items
    }

    private checkAdjacent(items: Item[]): void {
        const solid = items.filter((item) => !item.zeroWidth)
        for (let i = 0; i < solid.length; i++) {
            if (!solid[i].unbounded && !solid[i].innerUnbounded) continue
            for (let j = i + 1; j < solid.length; j++) {
                const next = solid[j]
                if ((next.unbounded || next.innerUnbounded) && overlaps(solid[i].last, next.first)) {
                    this.problems.push(`${this.source}: two unbounded repetitions can take the same character one after the other (items ${i} and ${j})`)
                }
                if (next.min > 0) break
            }
        }
    }

    private atom(): Item {
        const ch = this.source[this.at]
        const single = (text: string): Item => {
            const set = setOf(text, this.flags)
            return { first: set, last: set, min: 1, unbounded: false, innerUnbounded: false, zeroWidth: false }
        }
        if (ch === '^' || ch === '$') {
            this.at += 1
            return { first: new Set(), last: new Set(), min: 0, unbounded: false, innerUnbounded: false, zeroWidth: true }
        }
        if (ch === '\\') {
            const next = this.source[this.at + 1]
            const length = next === 'u' ? 6 : next === 'x' ? 4 : 2
            const text = this.source.slice(this.at, this.at + length)
            this.at += length
            if (/^\\[bB]$/.test(text)) return { first: new Set(), last: new Set(), min: 0, unbounded: false, innerUnbounded: false, zeroWidth: true }
            return single(text)
        }
        if (ch === '[') {
            let end = this.at + 1
            if (this.source[end] === '^') end += 1
            if (this.source[end] === ']') end += 1
            while (end < this.source.length && this.source[end] !== ']') end += this.source[end] === '\\' ? 2 : 1
            const text = this.source.slice(this.at, end + 1)
            this.at = end + 1
            return single(text)
        }
        if (ch === '(') {
            let lookaround = false
            if (this.source.startsWith('(?:', this.at)) this.at += 3
            else if (/^\(\?<?[=!]/.test(this.source.slice(this.at, this.at + 4))) {
                lookaround = true
                this.at += this.source[this.at + 2] === '<' ? 4 : 3
            } else if (this.source.startsWith('(?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1
            else this.at += 1
            const inner = this.parseAlternatives()
            if (this.source[this.at] !== ')') throw new Error(`regex-shape: unbalanced group in ${this.source}`)
            this.at += 1
            return lookaround ? { ...inner, min: 0, zeroWidth: true } : inner
        }
        this.at += 1
        return single(ch === '.' ? '.' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    }

    private quantified(item: Item): Item {
        const rest = this.source.slice(this.at)
        const match = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(rest)
        if (!match) return item
        this.at += match[0].length
        let min = item.min
        let unbounded = false
        if (match[1] === '*') { min = 0; unbounded = true }
        else if (match[1] === '+') unbounded = true
        else if (match[1] === '?') min = 0
        else {
            min = item.min * Number(match[2])
            unbounded = match[3] !== undefined && match[4] === ''
        }
        if (unbounded && item.innerUnbounded && overlaps(item.last, item.first)) {
            this.problems.push(`${this.source}: a repeated group holds an unbounded repetition and its repetitions are not delimited`)
        }
        if (unbounded && item.innerUnbounded) return { ...item, min, unbounded, innerUnbounded: true }
        return { ...item, min, unbounded: unbounded || item.unbounded }
    }
}

/** What makes this regex backtrack more than linearly, in words; empty when it has none of the shapes above. */
export function nonLinearShapes(regex: RegExp): string[] {
    const parser = new Parser(regex.source, regex.flags)
    parser.parseAlternatives()
    return parser.problems
}

/**
 * The length of every string a regex read while `run` ran. Replacing exec is seen by test,
 * replace, split, search and match alike: each reads through RegExpExec, which looks exec up
 * (ECMAScript, RegExpExec), so V8 leaves its fast path.
 */
export function regexInputs(run: () => void): number[] {
    const seen: number[] = []
    const originalExec = RegExp.prototype.exec
    RegExp.prototype.exec = function (this: RegExp, text: string) {
        seen.push(String(text).length)
        return originalExec.call(this, text)
    }
    try {
        run()
    } finally {
        RegExp.prototype.exec = originalExec
    }
    return seen
}
