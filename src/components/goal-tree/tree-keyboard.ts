/** The keys of the WAI-ARIA tree view pattern and type-ahead, as pure functions over the visible nodes. */
import { searchKey, type TreeNode, type VisibleList } from './tree-model.js';

export type TreeAction =
  | { type: 'focus'; id: string }
  | { type: 'expand'; ids: string[] }
  | { type: 'collapse'; id: string }
  | { type: 'select'; id: string }
  | { type: 'none' };

/**
 * What a key does on the focused node (WAI-ARIA tree view pattern). The keys follow the tree's structure,
 * not the drawing: ArrowRight opens and descends in the top-down orientation too.
 */
export function keyAction(
  key: string,
  current: TreeNode,
  visible: VisibleList,
  expanded: ReadonlySet<string>,
): TreeAction {
  const index = visible.indexOf.get(current.id) ?? 0;
  const list = visible.nodes;
  const isOpen = current.children.length > 0 && expanded.has(current.id);
  switch (key) {
    case 'ArrowDown':
      return index + 1 < list.length ? { type: 'focus', id: list[index + 1].id } : { type: 'none' };
    case 'ArrowUp':
      return index > 0 ? { type: 'focus', id: list[index - 1].id } : { type: 'none' };
    case 'ArrowRight':
      if (current.children.length === 0) return { type: 'none' };
      return isOpen ? { type: 'focus', id: current.children[0].id } : { type: 'expand', ids: [current.id] };
    case 'ArrowLeft':
      if (isOpen) return { type: 'collapse', id: current.id };
      return current.parent ? { type: 'focus', id: current.parent.id } : { type: 'none' };
    case 'Home':
      return { type: 'focus', id: list[0].id };
    case 'End':
      return { type: 'focus', id: list[list.length - 1].id };
    case 'Enter':
    case ' ':
      return { type: 'select', id: current.id };
    case '*': {
      const siblings = current.parent ? current.parent.children : [current];
      const ids = siblings
        .filter((node) => node.children.length > 0 && !expanded.has(node.id))
        .map((node) => node.id);
      return ids.length > 0 ? { type: 'expand', ids } : { type: 'none' };
    }
    default:
      return { type: 'none' };
  }
}

export interface TypeAheadState {
  text: string;
  at: number;
}

export const TYPE_AHEAD_RESET_MS = 500;

/** Adds a typed character to the type-ahead buffer; the buffer starts over after a pause of 500 ms. */
export function typeAheadBuffer(
  previous: TypeAheadState | undefined,
  char: string,
  now: number,
): TypeAheadState {
  const fresh = !previous || now - previous.at > TYPE_AHEAD_RESET_MS;
  return { text: (fresh ? '' : previous.text) + searchKey(char), at: now };
}

/**
 * Index of the visible node whose title starts with `query`, searching forward from the node after `from` and
 * wrapping. A longer query may stay on the current node ("ge" after "g" on "Gezond …"); a single character
 * (or the same character repeated) moves on to the next match. -1 when nothing matches.
 */
export function typeAheadMatch(nodes: readonly TreeNode[], from: number, query: string): number {
  if (query === '' || nodes.length === 0) return -1;
  const repeated = query.length > 1 && [...query].every((c) => c === query[0]);
  const needle = repeated ? query[0] : query;
  const start = needle.length > 1 ? from : from + 1;
  for (let step = 0; step < nodes.length; step++) {
    const i = (((start + step) % nodes.length) + nodes.length) % nodes.length;
    const node = nodes[i];
    if ((node.searchKey ??= searchKey(node.title)).startsWith(needle)) return i;
  }
  return -1;
}

/** True for a key that types a character (type-ahead), false for navigation keys and `*`. */
export function isPrintableKey(key: string): boolean {
  return [...key].length === 1 && key !== ' ' && key !== '*';
}

/** The nodes of this tree that list `id` in their `contributesTo` (the other direction of the cross-links). */
