/**
 * The sheets Doelenbomen (one row per tree) and Doelenboom (one row per node, naming its parent) → goalTrees.
 * A parent that does not exist, a cycle of parents, a tree with no root or with several: each one problem on
 * the row that causes it.
 */
import type { Builder, Obj } from './to-document.js';
import { builderProblem } from './problems.js';
import type { ReadSheet, SheetRow } from './sheet-rows.js';

const NODE_FIELDS = [
  'id',
  'title',
  'kind',
  'text',
  'status',
  'period',
  'indicatorRef',
  'contributesTo',
] as const;
const DEFAULT_TREE = 'doelenboom';

interface NodeRow {
  row: SheetRow;
  node: Obj;
  parent?: string;
}

export function readTrees(
  builder: Builder,
  treeSheet: ReadSheet | undefined,
  nodeSheet: ReadSheet | undefined,
): Obj[] {
  const trees = new Map<string, { tree: Obj; row?: SheetRow; nodes: NodeRow[] }>();
  for (const row of treeSheet?.rows ?? []) {
    const id = row.values.get('id');
    if (!builder.claimId(id, 'trees', row)) continue;
    const tree = builder.object('trees', row, ['id', 'title', 'description']);
    trees.set(id as string, { tree, row, nodes: [] });
  }
  const single = trees.size === 1 ? [...trees.keys()][0] : undefined;
  for (const row of nodeSheet?.rows ?? []) {
    const treeId = (row.values.get('tree') as string | undefined) ?? single ?? DEFAULT_TREE;
    let entry = trees.get(treeId);
    if (!entry) {
      if (row.values.has('tree') || trees.size > 0) {
        builder.problems.push(
          builderProblem('unknown-tree', builder.place('nodes', row, 'tree'), { id: treeId }),
        );
        continue;
      }
      entry = { tree: { id: treeId }, nodes: [] };
      trees.set(treeId, entry);
    }
    const id = row.values.get('id');
    if (!builder.claimId(id, 'nodes', row)) continue;
    const node = builder.object('nodes', row, NODE_FIELDS);
    entry.nodes.push({ row, node, parent: row.values.get('parent') as string | undefined });
  }
  const result: Obj[] = [];
  for (const [treeId, entry] of trees) {
    const root = assemble(builder, treeId, entry.nodes);
    if (!root) {
      if (entry.row)
        builder.problems.push(
          builderProblem('no-root', builder.place('trees', entry.row, 'id'), { tree: treeId }),
        );
      continue;
    }
    const { tree } = entry;
    // A tree without its own row on Doelenbomen takes the root's title.
    if (!entry.row) tree.title = root.title;
    const ordered: Obj = {};
    for (const [key, value] of Object.entries(tree)) if (key !== 'root') ordered[key] = value;
    ordered.root = root;
    if (entry.row) builder.remember(ordered, 'trees', entry.row);
    result.push(ordered);
  }
  return result;
}

function assemble(builder: Builder, treeId: string, nodes: NodeRow[]): Obj | undefined {
  const byId = new Map(nodes.map((entry) => [entry.node.id as string, entry]));
  const roots = nodes.filter((entry) => entry.parent === undefined);
  // A parent that does not exist: the node (and what hangs below it) stays out of the tree.
  for (const entry of nodes) {
    if (entry.parent !== undefined && !byId.has(entry.parent)) {
      builder.problems.push(
        builderProblem('unknown-parent', builder.place('nodes', entry.row, 'parent'), { id: entry.parent }),
      );
      entry.parent = undefined;
    }
  }
  reportCycles(builder, nodes, byId);
  if (roots.length > 1) {
    builder.problems.push(
      builderProblem('several-roots', builder.place('nodes', roots[1].row, 'parent'), {
        tree: treeId,
        ids: roots
          .map((entry) => entry.node.id as string)
          .slice(0, 5)
          .join(', '),
      }),
    );
  }
  const root = roots[0];
  if (!root) return undefined;
  for (const entry of nodes) {
    if (entry.parent === undefined) continue;
    const parent = byId.get(entry.parent)!;
    ((parent.node.children ??= []) as Obj[]).push(entry.node);
  }
  return root.node;
}

function reportCycles(builder: Builder, nodes: NodeRow[], byId: Map<string, NodeRow>): void {
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of nodes) {
    const path: NodeRow[] = [];
    let at: NodeRow | undefined = start;
    while (at && !state.has(at.node.id as string)) {
      state.set(at.node.id as string, 'walking');
      path.push(at);
      at = at.parent !== undefined ? byId.get(at.parent) : undefined;
    }
    if (at && state.get(at.node.id as string) === 'walking') {
      const loop = path.slice(path.indexOf(at));
      const cycle = [...loop, at].map((entry) => entry.node.id as string).join(' → ');
      builder.problems.push(
        builderProblem('parent-cycle', builder.place('nodes', at.row, 'parent'), { cycle }),
      );
      // Break the cycle so the rest of the tree can still be assembled.
      at.parent = undefined;
    }
    for (const entry of path) state.set(entry.node.id as string, 'done');
  }
}
