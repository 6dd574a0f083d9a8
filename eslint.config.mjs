import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.angular/**',
      'storybook-static/**',
      'packages/*/src/generated/**',
      'packages/*/src/*/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Type-aware rules for the TypeScript sources; tool scripts (.mjs, .js) are linted without types below.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/unified-signatures': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='unsafeHTML']",
          message: 'Render text with Lit bindings, never as HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Render text with Lit bindings, never as HTML.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'test/**/*.js', '.size-limit.js', 'packages/embed/src/*.js', 'examples/plain-html/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        location: 'readonly',
        window: 'readonly',
        document: 'readonly',
        customElements: 'readonly',
        structuredClone: 'readonly',
        FormData: 'readonly',
      },
    },
  },
  {
    // Tests, and the reusable suites that widgets run from their tests.
    files: ['**/test/**/*.ts', 'test/**/*.ts', '**/src/test-suites/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
      // oneEvent() resolves to an untyped event.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    // The framework type tests and the framework examples compile against the built packages
    // (test/frameworks/*/tsconfig.json, run by `npm run typecheck`; each example's own build: tsc,
    // vue-tsc, ngc); lint runs before any build, so lint them without types.
    files: ['test/frameworks/**', 'examples/react/**', 'examples/vue/**', 'examples/angular/**'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
