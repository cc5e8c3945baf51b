// Synthetic goal trees for tests and the benchmark: a fictional municipality ("Voorbeeldgemeente"), deterministic
// (a fixed pseudo-random sequence), breadth-first so that depth stays small (5,000 nodes at branching 6 → depth 5).
import type { GoalNode, NodeStatus } from '../../src/schema/types.js';

const WORDS = [
  'gezonde',
  'leefstijl',
  'jeugd',
  'wijk',
  'samenwerking',
  'preventie',
  'ouderen',
  'mantelzorg',
  'bewegen',
  'sport',
  'eenzaamheid',
  'ontmoeten',
  'school',
  'voeding',
  'armoede',
  'vroegsignalering',
  'ondersteuning',
  'netwerk',
  'inwoners',
  'toegankelijk',
  'versterken',
  'bevorderen',
  'verminderen',
  'stimuleren',
  'buurt',
  'gezondheid',
];
const STATUSES: Array<NodeStatus | undefined> = [
  'achieved',
  'not-achieved',
  'in-progress',
  'unknown',
  undefined,
];

export interface SyntheticOptions {
  /** Children per node (default 6). */
  branching?: number;
  /** Every n-th node contributes to an earlier, non-ancestor node (default 40; 0 for none). */
  crossLinkEvery?: number;
}

/** A goal tree of exactly `count` nodes with ids "n0" (the root) … "n{count-1}" in breadth-first order. */
export function syntheticTree(count: number, options: SyntheticOptions = {}): GoalNode {
  const branching = options.branching ?? 6;
  const crossLinkEvery = options.crossLinkEvery ?? 40;
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const nodes: GoalNode[] = [];
  const parents: number[] = [];
  for (let i = 0; i < count; i++) {
    const words = 3 + Math.floor(random() * 10);
    const title = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
    const status = i === 0 ? undefined : STATUSES[i % STATUSES.length];
    const node: GoalNode = { id: `n${i}`, title: `${i} ${title}`, ...(status ? { status } : {}) };
    nodes.push(node);
    if (i > 0) {
      const parent = Math.floor((i - 1) / branching);
      parents[i] = parent;
      (nodes[parent].children ??= []).push(node);
    }
  }
  if (crossLinkEvery > 0) {
    for (let i = crossLinkEvery; i < count; i += crossLinkEvery) {
      // Links only point to a lower index, so that contributesTo never forms a cycle.
      let target = Math.floor(random() * i);
      const ancestors = new Set<number>();
      for (let up = parents[i]; up !== undefined; up = parents[up]) ancestors.add(up);
      while (ancestors.has(target) && target > 0) target -= 1;
      if (!ancestors.has(target)) nodes[i].contributesTo = [`n${target}`];
    }
  }
  return nodes[0];
}

/** A whole document with one goal tree "synthetic" of `count` nodes. */
export function syntheticDocument(count: number, options: SyntheticOptions = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    municipality: { name: 'Voorbeeldgemeente' },
    document: { type: 'beleidsplan', year: 2025, title: 'Voorbeeldplan' },
    goalTrees: [
      { id: 'synthetic', title: `Voorbeeldboom met ${count} knopen`, root: syntheticTree(count, options) },
    ],
  };
}
