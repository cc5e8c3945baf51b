/**
 * The model behind <pc-goal-tree>: a tree built from a `goalTrees` entry or derived from a programme
 * (ambition → goals → indicators), with roll-ups, the list of visible nodes for a set of expanded ids and the
 * cross-links between them. Pure: no DOM.
 */
import type { Finance, GoalNode, GoalTree, Indicator, NodeStatus, Programme } from '../../schema/types.js';

/** Achieved and total count of the nodes below a node that carry a status. */
export interface Rollup {
  achieved: number;
  total: number;
}

export interface TreeNode {
  id: string;
  /** As shown: a derived goal carries its code, "2.1 Bevorderen …". */
  title: string;
  /** `ambition`, `goal`, `indicator` in derived trees; the document's own word in goal trees (may be empty). */
  kind: string;
  status?: NodeStatus;
  period?: string;
  text?: string;
  /** 0 for the root. */
  depth: number;
  /** Position in document (pre-)order. */
  order: number;
  parent?: TreeNode;
  children: TreeNode[];
  /** 1-based position among its siblings, and their number (aria-posinset, aria-setsize). */
  posInSet: number;
  setSize: number;
  /** ids this node also contributes to (many-to-many cross-links). */
  contributesTo: string[];
  /** Absent when nothing below has a status. */
  rollup?: Rollup;
  /** The indicator itself (derived trees) or the one `indicatorRef` points at. */
  indicator?: Indicator;
  /** A derived goal's finance. */
  finance?: Finance;
  /** Lower-case title without diacritics, for type-ahead: set on the first search (thousands of nodes load faster). */
  searchKey?: string;
}

export interface TreeModel {
  id: string;
  title: string;
  /** `programme`: roll-ups count indicators; `tree`: roll-ups count goals (any node with a status). */
  source: 'tree' | 'programme';
  root: TreeNode;
  byId: Map<string, TreeNode>;
  /** Every node in document order. */
  nodes: TreeNode[];
}

/** The document's verdict as a node status: true → achieved, false → not achieved, null ("?") → unknown. */
export function verdictStatus(targetMet: boolean | null | undefined): NodeStatus | undefined {
  if (targetMet === true) return 'achieved';
  if (targetMet === false) return 'not-achieved';
  if (targetMet === null) return 'unknown';
  return undefined;
}

/** Lower case, diacritics removed: "Één" matches "een". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

type Draft = Omit<
  TreeNode,
  'depth' | 'order' | 'parent' | 'children' | 'posInSet' | 'setSize' | 'searchKey'
> & {
  children: Draft[];
};

/**
 * The model of a tree of `S` (a document's goal nodes, or drafts): `fields` gives a node's own fields, `childrenOf`
 * its children; this links parents, numbers siblings and computes roll-ups, iteratively (no recursion limit on
 * deep trees), straight from the source nodes (no copy of the tree in between).
 */
function finish<S>(
  id: string,
  title: string,
  source: TreeModel['source'],
  rootSource: S,
  fields: (node: S) => Omit<Draft, 'children'>,
  childrenOf: (node: S) => readonly S[] | undefined,
): TreeModel {
  const make = (from: S, parent: TreeNode | undefined, posInSet: number, setSize: number): TreeNode => {
    const f = fields(from);
    return {
      id: f.id,
      title: f.title,
      kind: f.kind,
      status: f.status,
      period: f.period,
      text: f.text,
      contributesTo: f.contributesTo,
      indicator: f.indicator,
      finance: f.finance,
      depth: parent ? parent.depth + 1 : 0,
      order: 0,
      parent,
      children: [],
      posInSet,
      setSize,
    };
  };
  const root = make(rootSource, undefined, 1, 1);
  const byId = new Map<string, TreeNode>();
  const nodes: TreeNode[] = [];
  // Two stacks in step (a source node and its model node): no pair allocated per node.
  const sources = [rootSource];
  const pending = [root];
  while (pending.length > 0) {
    const from = sources.pop()!;
    const node = pending.pop()!;
    node.order = nodes.length;
    nodes.push(node);
    // ids are unique per document (the validator rejects duplicates); keep the first to be safe.
    if (!byId.has(node.id)) byId.set(node.id, node);
    const kids = childrenOf(from) ?? [];
    for (let i = 0; i < kids.length; i++) node.children.push(make(kids[i], node, i + 1, kids.length));
    for (let i = kids.length - 1; i >= 0; i--) {
      sources.push(kids[i]);
      pending.push(node.children[i]);
    }
  }
  computeRollups(nodes);
  return { id, title, source, root, byId, nodes };
}

/** Roll-ups bottom-up: every node counts the descendants (not itself) that carry a status. */
function computeRollups(preorder: TreeNode[]): void {
  const counts = new Map<TreeNode, Rollup>();
  for (let i = preorder.length - 1; i >= 0; i--) {
    const node = preorder[i];
    const own = counts.get(node) ?? { achieved: 0, total: 0 };
    if (own.total > 0) node.rollup = own;
    const parent = node.parent;
    if (!parent) continue;
    const up = counts.get(parent) ?? { achieved: 0, total: 0 };
    up.achieved += own.achieved + (node.status === 'achieved' ? 1 : 0);
    up.total += own.total + (node.status ? 1 : 0);
    counts.set(parent, up);
  }
}

/** The model of a `goalTrees` entry. `lookupIndicator` resolves `indicatorRef` for the details. */
export function treeFromGoalTree(
  tree: GoalTree,
  lookupIndicator?: (id: string) => Indicator | undefined,
): TreeModel {
  return finish(
    tree.id,
    tree.title,
    'tree',
    tree.root,
    (node: GoalNode) => ({
      id: node.id,
      title: node.title,
      kind: node.kind ?? '',
      status: node.status,
      period: node.period,
      text: node.text,
      contributesTo: node.contributesTo ?? [],
      indicator: node.indicatorRef ? lookupIndicator?.(node.indicatorRef) : undefined,
    }),
    (node) => node.children,
  );
}

/** The latest period of an indicator's series as the document lists it (the last entry). */
export function latestValue(indicator: Indicator): Indicator['values'][number] | undefined {
  return indicator.values.length > 0 ? indicator.values[indicator.values.length - 1] : undefined;
}

/**
 * The tree derived from a programme: the ambition (or the programme title) → goals ("2.1 …", with finance)
 * → indicators (status from the document's verdict). The root's id is the programme id.
 */
export function treeFromProgramme(programme: Programme): TreeModel {
  const goals: Draft[] = programme.goals.map((goal) => ({
    id: goal.id,
    title: goal.code ? `${goal.code} ${goal.title}` : goal.title,
    kind: 'goal',
    text: goal.text,
    finance: goal.finance,
    contributesTo: [],
    children: (goal.indicators ?? []).map((indicator) => ({
      id: indicator.id,
      title: indicator.title,
      kind: 'indicator',
      status: verdictStatus(indicator.targetMet),
      period: latestValue(indicator)?.period ?? undefined,
      text: indicator.explanation ?? indicator.description,
      indicator,
      contributesTo: [],
      children: [],
    })),
  }));
  const root: Draft = {
    id: programme.id,
    title: programme.ambition?.title ?? programme.title,
    kind: 'ambition',
    text: programme.ambition?.text,
    contributesTo: [],
    children: goals,
  };
  return finish(
    programme.id,
    programme.title,
    'programme',
    root,
    (draft) => draft,
    (draft) => draft.children,
  );
}

/**
 * The ids expanded at first: every node with children at depth < `expandedDepth`. So 0 shows the root alone,
 * 1 the root and its children, 2 (the default) also the grandchildren.
 */
export function defaultExpanded(model: TreeModel, expandedDepth: number): Set<string> {
  const depth = Number.isFinite(expandedDepth) ? Math.max(0, Math.floor(expandedDepth)) : 2;
  const out = new Set<string>();
  for (const node of model.nodes) {
    if (node.depth < depth && node.children.length > 0) out.add(node.id);
  }
  return out;
}

export interface VisibleList {
  nodes: TreeNode[];
  indexOf: Map<string, number>;
}

/** The nodes a reader can reach, in order: a node is visible when all its ancestors are expanded. */
export function visibleNodes(model: TreeModel, expanded: ReadonlySet<string>): VisibleList {
  const nodes: TreeNode[] = [];
  const indexOf = new Map<string, number>();
  const stack: TreeNode[] = [model.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    indexOf.set(node.id, nodes.length);
    nodes.push(node);
    if (expanded.has(node.id)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return { nodes, indexOf };
}

/** The node itself when visible, else its nearest visible ancestor (the highest collapsed one). */
export function nearestVisible(node: TreeNode, expanded: ReadonlySet<string>): TreeNode {
  let result = node;
  for (let up = node.parent; up; up = up.parent) {
    if (!expanded.has(up.id)) result = up;
  }
  return result;
}

/** The ids to expand so that `node` becomes visible. */
export function ancestorIds(node: TreeNode): string[] {
  const out: string[] = [];
  for (let up = node.parent; up; up = up.parent) out.push(up.id);
  return out;
}

export interface CrossLink {
  /** The visible ends (a hidden end is drawn at its nearest visible ancestor). */
  source: string;
  target: string;
  /** True when an end was moved to a collapsed ancestor. */
  viaCollapsed: boolean;
}

/**
 * The `contributesTo` links to draw for the current expansion. A hidden end moves to its nearest visible
 * ancestor, so a link never disappears silently; links whose ends meet in one box, and duplicates, are dropped.
 * Targets outside this tree (another goal tree of the document) are not drawn; the details list them.
 */
export function crossLinks(model: TreeModel, expanded: ReadonlySet<string>): CrossLink[] {
  const out: CrossLink[] = [];
  const seen = new Set<string>();
  for (const node of model.nodes) {
    for (const targetId of node.contributesTo) {
      const target = model.byId.get(targetId);
      if (!target) continue;
      const from = nearestVisible(node, expanded);
      const to = nearestVisible(target, expanded);
      if (from === to) continue;
      const key = `${from.id}\u0000${to.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ source: from.id, target: to.id, viaCollapsed: from !== node || to !== target });
    }
  }
  return out;
}
