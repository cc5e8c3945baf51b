import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'storybook-static/**',
      'demo-dist/**',
      'src/schema/schema-stripped.generated.js',
      'custom-elements.json',
      'bench/.tmp/**',
      'bench/.build/**',
      '.tmp/**',
      'test/embedding/apps/**/dist/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      // Data is never markup: these sinks are banned outright (test/hardening/sinks.test also checks).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js' }, { name: 'lit/directives/unsafe-svg.js' }, { name: 'd3-selection' }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never use innerHTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never use outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never use insertAdjacentHTML.' },
        { selector: "NewExpression[callee.name='Function']", message: 'Never use new Function.' },
        { selector: "CallExpression[callee.name='eval']", message: 'Never use eval.' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off', 'wc/guard-super-call': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'test/**/*.mjs', '*.config.*', '.storybook/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
