// The private members of our classes whose names appear nowhere but as `this.<name>` and in their own
// declaration: terser may shorten those names in the single-file bundles (they never cross the bundle's edge,
// are never read by a string key, and mean nothing to the DOM, Lit or the JSON data).
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

export function privateMemberNames(root = 'src') {
  const sources = files(root).map((file) => [file, readFileSync(file, 'utf8')]);
  const names = new Set();
  for (const [file, text] of sources) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      const isMember = ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node);
      if (
        isMember &&
        ts.isIdentifier(node.name) &&
        node.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword) &&
        !ts.getDecorators(node)?.length
      ) {
        names.add(node.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const all = sources.map(([, text]) => text).join('\n');
  return [...names].filter((name) => {
    if (name.length < 4) return false;
    const uses = all.match(new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'g'))?.length ?? 0;
    const safe = all.match(new RegExp(`this\\.${name}(?![\\w$])`, 'g'))?.length ?? 0;
    const declarations = all.match(new RegExp(`private (?:readonly )?${name}(?![\\w$])`, 'g'))?.length ?? 0;
    return uses === safe + declarations;
  });
}

if (process.argv[1]?.endsWith('private-names.mjs')) console.log(privateMemberNames().join(' '));
