// Lint: typescript-eslint's recommended rules plus the module boundaries of ARCHITECTURE.md, so a core
// module that imports botbuilder, or anything but config.ts that reads process.env, fails `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const boundary = (message) => ({ group: ['botbuilder', 'botbuilder-*', 'botframework-*'], message });

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-artifacts/', 'appPackage/build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only src/config.ts reads process.env.' }],
    },
  },
  {
    files: ['src/safety/**/*.ts', 'src/understanding/**/*.ts', 'src/directory/**/*.ts'],
    ignores: ['src/safety/crisisMiddleware.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            boundary('The core (safety, understanding, directory) must not depend on Bot Framework.'),
            {
              group: ['**/storage/**', '**/storage', '**/bots/**', '**/bots', '**/server/**', '**/cli/**'],
              message: 'The core takes text and returns data: it must not depend on storage, the bot, the server or the CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/directory/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            boundary('The directory must not depend on Bot Framework.'),
            { group: ['**/dialogs/**', '**/dialogs'], message: 'directory must not import dialogs.' },
            {
              group: ['**/storage/**', '**/storage', '**/bots/**', '**/bots', '**/server/**', '**/cli/**'],
              message: 'The core takes text and returns data: it must not depend on storage, the bot, the server or the CLI.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/config.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,js}'], rules: { 'no-restricted-properties': 'off' } },
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off' } },
  // Build scripts read data files of dev dependencies that have no typed entry point.
  { files: ['**/*.js', '**/*.cjs', 'scripts/**/*.ts'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['src/server/public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
      },
    },
  },
);
