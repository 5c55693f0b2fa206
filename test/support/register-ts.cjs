// Lets a plain `node` process (the OpCon simulator, the sync-HTTP worker)
// load the project's TypeScript test support without a build step.
'use strict'
const fs = require('node:fs')
const ts = require('typescript')

require.extensions['.ts'] = function loadTs(module, filename) {
    const source = fs.readFileSync(filename, 'utf8')
    const out = ts.transpileModule(source, {
        fileName: filename,
        compilerOptions: {
            module: ts.ModuleKind.CommonJS,
            target: ts.ScriptTarget.ES2022,
            esModuleInterop: true,
            sourceMap: false,
            inlineSourceMap: true,
        },
    })
    module._compile(out.outputText, filename)
}
