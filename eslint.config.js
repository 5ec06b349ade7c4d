// copydesk's own code is linted with ESLint's recommended rules and typescript-eslint's, and formatted
// by Prettier (.prettierrc.json); .ci/run runs both (`npm run lint`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'coverage/', 'src/config/validate-config.generated.ts', '.ci/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        performance: 'readonly',
        setImmediate: 'readonly',
        queueMicrotask: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        globalThis: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
    rules: {
      // Rule option types are deliberately open (`Rule = DocumentRule<any> | …`), as ESLint's own are.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Control characters are what this tool looks for: its patterns name them on purpose.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  // The command's entry is CommonJS (bin/package.json): Node starts a script sooner than an ES module.
  { files: ['bin/**/*.js'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
