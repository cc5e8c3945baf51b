/**
 * "Bedoelt u …?" for an unknown id: the ids of one kind in a document, and the one nearest to what was typed
 * (equal ignoring case first, then the smallest edit distance within a third of the id's length).
 */
import type { GoalNode, PcDocument } from '../schema/types.js';

export function idsOfKind(doc: PcDocument, kind: string): string[] {
  const ids: string[] = [];
  if (kind === 'tree') for (const tree of doc.goalTrees ?? []) ids.push(tree.id);
  if (kind === 'node') {
    const walk = (node: GoalNode) => {
      ids.push(node.id);
      node.children?.forEach(walk);
    };
    for (const tree of doc.goalTrees ?? []) walk(tree.root);
  }
  for (const programme of doc.programmes ?? []) {
    if (kind === 'programme') ids.push(programme.id);
    for (const goal of programme.goals) {
      if (kind === 'goal') ids.push(goal.id);
      if (kind === 'indicator') for (const indicator of goal.indicators ?? []) ids.push(indicator.id);
    }
  }
  return ids;
}

/** Levenshtein distance: insertions, deletions and substitutions to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The id nearest to `typed`, or undefined when none is near enough to be what was meant. */
export function nearestId(typed: string, ids: readonly string[]): string | undefined {
  const lower = typed.toLowerCase();
  const sameCase = ids.find((id) => id.toLowerCase() === lower);
  if (sameCase) return sameCase;
  let best: { id: string; distance: number } | undefined;
  for (const id of ids) {
    if (Math.abs(id.length - typed.length) > Math.max(3, typed.length / 3)) continue;
    const distance = editDistance(lower, id.toLowerCase());
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best && best.distance <= Math.max(2, Math.ceil(typed.length / 3)) ? best.id : undefined;
}
