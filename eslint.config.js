import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import { readdirSync } from 'node:fs';

/** Each component folder's element file, src/components/<name>/<name>.ts: the one module there that renders. */
const ELEMENT_FILES = readdirSync('src/components').map((name) => `src/components/${name}/${name}.ts`);

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
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js' },
            { name: 'lit/directives/unsafe-svg.js' },
            { name: 'd3-selection' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never use innerHTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never use outerHTML.' },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never use insertAdjacentHTML.',
        },
        { selector: "NewExpression[callee.name='Function']", message: 'Never use new Function.' },
        { selector: "CallExpression[callee.name='eval']", message: 'Never use eval.' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Pure modules: data, scales, layout, wording. No Lit and no DOM, so they are tested without a fixture and
    // can run in Node (pre-rendering, the converter). The element, its styles and its strings are the exceptions.
    files: ['src/lib/**/*.ts', 'src/schema/**/*.ts', 'src/components/*/*.ts'],
    ignores: [
      'src/components/*/*.styles.ts',
      'src/components/*/*.strings.ts',
      'src/components/*/*.controller.ts',
      'src/components/*/*.templates.ts',
      ...ELEMENT_FILES,
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-element'],
              message: 'Pure modules import no Lit.',
            },
            {
              group: ['**/internal/*'],
              message: 'Pure modules do not depend on the element layer (src/internal).',
            },
          ],
          paths: [{ name: 'd3-selection', message: 'Lit owns the DOM.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'document',
          'window',
          'self',
          'navigator',
          'location',
          'localStorage',
          'sessionStorage',
          'customElements',
          'Node',
          'Element',
          'HTMLElement',
          'SVGElement',
          'ShadowRoot',
          'DocumentFragment',
          'getComputedStyle',
          'matchMedia',
          'requestAnimationFrame',
          'ResizeObserver',
          'IntersectionObserver',
          'MutationObserver',
        ].map((name) => ({ name, message: 'Pure modules touch no DOM.' })),
      ],
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
