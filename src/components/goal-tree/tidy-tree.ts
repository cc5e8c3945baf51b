/**
 * A tidy tree: Buchheim, Jünger and Leipert's linear-time version of Reingold–Tilford, giving the same numbers as
 * D3's `tree().nodeSize([1, 1]).separation(separation)` (test/node/tidy-tree.test.mjs compares them on thousands
 * of random trees). Only what the goal tree needs, so the bundle does not carry D3's whole hierarchy module.
 */

export interface TidyNode<T> {
  readonly data: T;
  /** Null for the root. */
  readonly parent: TidyNode<T> | null;
  readonly depth: number;
  /** Position across the depth axis, in the units of the separation function; the root is at 0. */
  x: number;
  /** The node's extent across the depth axis, from `size` (0 without): read once, for `separation`. */
  readonly size: number;
}

/**
 * A node with its working state, one object per node (what the caller gets back is the same object). The
 * one-letter names are D3's (they survive minifying, so they stay short): the paper's prelim (z), modifier (m),
 * change (c), shift (s), thread (t), ancestor (a) and default ancestor (A).
 */
interface Work<T> extends TidyNode<T> {
  readonly parent: Work<T> | null;
  /** Children, undefined for a leaf. */
  k: Work<T>[] | undefined;
  /** Index among its siblings. */
  i: number;
  z: number;
  m: number;
  c: number;
  s: number;
  t: Work<T> | undefined;
  a: Work<T>;
  A: Work<T> | undefined;
}

const nextLeft = <T>(v: Work<T>) => (v.k ? v.k[0] : v.t);
const nextRight = <T>(v: Work<T>) => (v.k ? v.k[v.k.length - 1] : v.t);

/**
 * Every node of the tree below `root` in breadth-first order (d3's `descendants()`), with its x. `children` gives
 * undefined or an empty list for a leaf; `separation(a, b)` is the wanted distance between the centres of
 * neighbours a (left) and b (right) at the same depth. `size`, asked once per node, is kept as `node.size`:
 * separation is asked many times per node and can read it there.
 */
export function tidyTree<T>(
  root: T,
  children: (node: T) => readonly T[] | undefined,
  separation: (a: TidyNode<T>, b: TidyNode<T>) => number,
  size?: (node: T) => number,
): TidyNode<T>[] {
  const make = (data: T, parent: Work<T> | null, i: number): Work<T> => {
    const v = {
      data,
      parent,
      depth: parent ? parent.depth + 1 : 0,
      x: 0,
      size: size ? size(data) : 0,
      k: undefined,
      i,
      z: 0,
      m: 0,
      c: 0,
      s: 0,
      t: undefined,
      A: undefined,
    } as unknown as Work<T>;
    return (v.a = v);
  };
  const nodes = [make(root, null, 0)];
  for (let j = 0; j < nodes.length; j++) {
    const v = nodes[j];
    const kids = children(v.data);
    if (!kids?.length) continue;
    const k: Work<T>[] = (v.k = []);
    for (let i = 0; i < kids.length; i++) nodes.push((k[i] = make(kids[i], v, i)));
  }

  // Post-order, children left to right: the reverse of a pre-order that visits the last child first.
  const stack = [nodes[0]];
  const pre: Work<T>[] = [];
  while (stack.length) {
    const v = stack.pop()!;
    pre.push(v);
    if (v.k) for (const w of v.k) stack.push(w);
  }
  for (let j = pre.length; j--;) firstWalk(pre[j]);

  // Parents come before their children in breadth-first order, which is all the second walk needs.
  for (const v of nodes) {
    const m = v.parent ? v.parent.m : -v.z;
    v.x = v.z + m;
    v.m += m;
  }
  return nodes;

  /** Places v from its children and its left sibling, then moves its subtree clear of its left siblings'. */
  function firstWalk(v: Work<T>): void {
    const p = v.parent!;
    const kids = v.k;
    const w = v.i ? p.k![v.i - 1] : undefined;
    if (kids) {
      // Execute the shifts that apportion recorded for the children.
      let shift = 0;
      let change = 0;
      for (let i = kids.length; i--;) {
        const c = kids[i];
        c.z += shift;
        c.m += shift;
        shift += c.s + (change += c.c);
      }
      const midpoint = (kids[0].z + kids[kids.length - 1].z) / 2;
      if (w) {
        v.z = w.z + separation(v, w);
        v.m = v.z - midpoint;
      } else v.z = midpoint;
    } else if (w) v.z = w.z + separation(v, w);
    if (w) p.A = apportion(v, w, p.A || p.k![0]);
  }

  /**
   * Walks the inside contours of the left forest (from w) and of v's subtree (i: inside, o: outside, m: left,
   * p: right; s: the summed modifiers), shifting v's subtree right where they come too close, then threads the
   * shorter contour onto the longer.
   */
  function apportion(v: Work<T>, w: Work<T>, ancestor: Work<T>): Work<T> {
    let vip: Work<T> | undefined = v;
    let vop = v;
    let vim: Work<T> | undefined = w;
    let vom = v.parent!.k![0];
    let sip = vip.m;
    let sop = vop.m;
    let sim = vim.m;
    let som = vom.m;
    for (;;) {
      vim = nextRight(vim);
      vip = nextLeft(vip);
      if (!vim || !vip) break;
      vom = nextLeft(vom)!;
      vop = nextRight(vop)!;
      vop.a = v;
      const shift = vim.z + sim - vip.z - sip + separation(vim, vip);
      if (shift > 0) {
        const wm = vim.a.parent === v.parent ? vim.a : ancestor;
        const change = shift / (v.i - wm.i);
        v.c -= change;
        v.s += shift;
        wm.c += change;
        v.z += shift;
        v.m += shift;
        sip += shift;
        sop += shift;
      }
      sim += vim.m;
      sip += vip.m;
      som += vom.m;
      sop += vop.m;
    }
    if (vim && !nextRight(vop)) {
      vop.t = vim;
      vop.m += sim - sop;
    }
    if (vip && !nextLeft(vom)) {
      vom.t = vip;
      vom.m += sip - som;
      ancestor = v;
    }
    return ancestor;
  }
}
