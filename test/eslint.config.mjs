// ESLint flat config. It lives under test/ because the project's top level is
// fixed; `npm run lint` passes it with -c, so its patterns are relative to the
// project root (ESLint's base path is the working directory with -c).
import tseslint from 'typescript-eslint'
import sdkAppPlugin from '@servicenow/eslint-plugin-sdk-app-plugin'

const recommended = sdkAppPlugin.configs.recommended

export default tseslint.config(
    { ignores: ['node_modules/**', 'dist/**', 'target/**', 'test/fixtures/*/dist/**', 'test/artifacts/**', 'fluent/generated/**', 'test/fixtures/*/fluent/generated/**'] },
    ...tseslint.configs.recommended,
    {
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        },
    },
    {
        // What ships as ES modules runs in the platform's Rhino engine, not Node.
        files: ['src/server/**/*.ts'],
        plugins: { '@servicenow/sdk-app-plugin': sdkAppPlugin },
        rules: {
            ...recommended.rules,
            // These two es-x rules crash under ESLint 9 (they use the removed context.getScope()).
            '@servicenow/sdk-app-plugin/no-regexp-lookbehind-assertions': 'off',
            '@servicenow/sdk-app-plugin/no-regexp-unicode-property-escapes': 'off',
        },
    },
    {
        files: ['**/*.cjs', '**/*.js'],
        languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    {
        // Classic scripts (script includes, UI page and UI action client scripts) are platform globals-based.
        files: ['fluent/**/*.js', 'test/fixtures/**/*.js'],
        languageOptions: { sourceType: 'script' },
        rules: { '@typescript-eslint/no-unused-vars': 'off', 'no-var': 'off' },
    },
)
