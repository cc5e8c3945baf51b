// The Custom Elements Manifest (custom-elements.json) is generated from the element classes' JSDoc. Storybook's
// docs tables, IDE completion and every tool that reads the manifest look elements up by tag name, so the tag
// names (which live in src/define/pc-*.ts, the only place that registers them) are written into it here.
// VS Code custom data and JetBrains web-types are generated from the finished manifest, into dist/.
import { readdirSync, readFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

const components = readdirSync('src/components');

/** `define('pc-indicator-card', PcIndicatorCard)` in src/define/pc-*.ts: class name → tag name. */
function tagNames() {
  const tags = new Map();
  for (const file of readdirSync('src/define').filter((name) => /^pc-.*\.ts$/.test(name))) {
    const source = readFileSync(`src/define/${file}`, 'utf8');
    for (const [, tag, className] of source.matchAll(/\bdefine\(\s*'([a-z][\w-]*-[\w-]*)',\s*(\w+)\s*\)/g)) {
      tags.set(className, { tag, module: `src/define/${file}` });
    }
  }
  return tags;
}

/**
 * `@attr {'line' | 'bars'} [variant=line] - …` in a class's JSDoc: the attribute's allowed values and default.
 * The analyzer keeps the TypeScript type (`string | undefined`) and a default written as a constant's name;
 * the JSDoc says what a user may write.
 */
const ATTR = /@attr(?:ibute)?\s+\{([^}]+)\}\s+(\[?)([\w-]+)(?:=([^\]\s]+))?\]?/g;
function attributeDocs(jsDocText) {
  const docs = new Map();
  for (const [, type, , name, value] of jsDocText.matchAll(ATTR)) docs.set(name, { type, default: value });
  return docs;
}

/** A default as the manifest writes one: a JavaScript expression (`'line'`, `2`). */
const defaultExpression = (type, value) => (type === 'number' ? value : `'${value}'`);

/**
 * Tag names from the define files; attribute types and defaults from the `@attr` JSDoc (inherited ones from the
 * base class's); only what a user may use (public members, exported declarations) stays in the manifest.
 */
function pcChartsContract() {
  const attrDocs = new Map();
  return {
    name: 'pc-charts-contract',
    analyzePhase({ ts, node }) {
      if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return;
      const text = (node.jsDoc ?? []).map((doc) => doc.getFullText()).join('\n');
      attrDocs.set(node.name.getText(), attributeDocs(text));
    },
    packageLinkPhase({ customElementsManifest }) {
      const tags = tagNames();
      for (const mod of customElementsManifest.modules) {
        const exported = new Set((mod.exports ?? []).map((entry) => entry.declaration?.name));
        mod.declarations = (mod.declarations ?? []).filter((declaration) => exported.has(declaration.name));
        for (const declaration of mod.declarations) {
          if (declaration.kind !== 'class') continue;
          for (const attribute of declaration.attributes ?? []) {
            const owner = attribute.inheritedFrom?.name ?? declaration.name;
            const doc =
              attrDocs.get(owner)?.get(attribute.name) ?? attrDocs.get(declaration.name)?.get(attribute.name);
            if (!doc) continue;
            attribute.type = { text: doc.type };
            if (doc.default !== undefined) attribute.default = defaultExpression(doc.type, doc.default);
            const field = declaration.members?.find((member) => member.name === attribute.fieldName);
            if (field) {
              field.type = { text: `${doc.type}${doc.default === undefined ? ' | undefined' : ''}` };
              if (doc.default !== undefined) field.default = attribute.default;
            }
          }
          declaration.members = (declaration.members ?? []).filter(
            (member) => !member.privacy || member.privacy === 'public',
          );
          const defined = tags.get(declaration.name);
          if (!defined) continue;
          const prefix = `--${defined.tag}-`;
          declaration.cssProperties ??= [];
          for (const { name, basis } of sharedCssProperties()) {
            const property = `${prefix}${name}`;
            const description = `Shared theme property${basis ? `; falls back to \`--basis-${basis}\`` : ''}.`;
            const documented = declaration.cssProperties.find((entry) => entry.name === property);
            if (!documented) declaration.cssProperties.push({ name: property, description });
            else if (/^Also:/.test(documented.description ?? '')) documented.description = description;
          }
          declaration.tagName = defined.tag;
          declaration.customElement = true;
          mod.exports = [
            ...(mod.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: defined.tag,
              declaration: { name: declaration.name, module: mod.path },
            },
          ];
        }
      }
    },
  };
}

/**
 * The theme properties every element reads (TOKENS in src/internal/shared-styles.ts): public name and the NL
 * Design System basis token it falls back to. Each element's JSDoc documents its own; these are added to each.
 */
function sharedCssProperties() {
  const source = readFileSync('src/internal/shared-styles.ts', 'utf8');
  const entry = /\[\s*'--_[\w-]+',\s*'([\w-]+)',\s*(?:'([\w-]+)'|\[\s*'([\w-]+)'|null)/g;
  return [...source.matchAll(entry)].map(([, name, basis, firstBasis]) => ({
    name,
    basis: basis ?? firstBasis,
  }));
}

export default {
  globs: [...components.map((name) => `src/components/${name}/${name}.ts`), 'src/internal/pc-element.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [
    pcChartsContract(),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      exclude: ['PcElement'],
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist',
      webTypesFileName: 'web-types.json',
      packageJson: false,
      exclude: ['PcElement'],
    }),
  ],
};
