// Observable Plot: the tree mark (a static tidy tree; Plot has no expand/collapse and no keyboard navigation).
import { plot, tree } from '@observablehq/plot';
import { box, flatTree, treeRoot } from '../shared.js';

export function goalTree(container, doc, treeId) {
  const nodes = flatTree(treeRoot(doc, treeId));
  const paths = new Map();
  for (const node of nodes)
    paths.set(node.id, node.parent ? `${paths.get(node.parent)}/${node.id}` : node.id);
  const rows = nodes.map((node) => ({ path: paths.get(node.id), title: node.title }));
  const leaves = nodes.length - new Set(nodes.map((node) => node.parent)).size + 1;
  box(container, 'tree').append(
    plot({
      axis: null,
      width: 1200,
      height: Math.max(400, leaves * 12),
      margin: 10,
      marginLeft: 60,
      marginRight: 200,
      marks: [tree(rows, { path: 'path', text: 'title', fontSize: 10 })],
    }),
  );
  return { ready: Promise.resolve() };
}
