// docs/DESIGN.md names, for each trust decision, the test that proves it (file
// and title). A renamed or deleted test must not leave the design pointing at
// nothing, so every quoted title is looked up in the file named before it.
import * as fs from 'node:fs'
import * as path from 'node:path'

const root = path.resolve(__dirname, '../..')

/** [file, title] pairs from the trust table: `test/…ts` — "title"; "title" … */
export function citedTests(design: string): Array<[string, string]> {
    const pairs: Array<[string, string]> = []
    for (const row of design.split('\n').filter((line) => line.startsWith('| '))) {
        const cell = row.split(' | ').slice(-1)[0] ?? ''
        for (const part of cell.split(/(?=`test\/[^`]+\.test\.ts` — )/)) {
            const file = /^`(test\/[^`]+\.test\.ts)` — /.exec(part)
            if (!file) continue
            for (const title of part.slice(file[0].length).matchAll(/"(.+?)"(?=;\s|\s\[|\s*\||,?\s*$)/g)) pairs.push([file[1], title[1]])
        }
    }
    return pairs
}

describe('docs/DESIGN.md', () => {
    const design = fs.readFileSync(path.join(root, 'docs/DESIGN.md'), 'utf8')
    const pairs = citedTests(design)

    test('reads the file and title of each cited test, inner quotes included', () => {
        expect(citedTests('| a | b | `test/app/x.test.ts` — "one "quoted" word"; "two" [a block]; `test/unit/y.test.ts` — "three" |'))
            .toEqual([['test/app/x.test.ts', 'one "quoted" word'], ['test/app/x.test.ts', 'two'], ['test/unit/y.test.ts', 'three']])
        expect(pairs.length).toBeGreaterThan(40)
    })

    test('every cited test title is in the file it names', () => {
        const missing = pairs.filter(([file, title]) => {
            const full = path.join(root, file)
            if (!fs.existsSync(full)) return true
            const source = fs.readFileSync(full, 'utf8').replace(/\\'/g, '\'')
            return !source.includes(title)
        })
        expect(missing).toEqual([])
    })
})
