// layoutTree (src/components/goal-tree/tree-layout.ts) lays the tree out with d3-hierarchy's tree(): on seeded
// random trees, with collapsed branches and unusable heights, it must draw exactly what the reference below drew.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { hierarchy, tree } from 'd3-hierarchy';
import { random } from '../support/random.mjs';

const out = await build({
  stdin: {
    contents: `export { layoutTree, treeLinkPath, NODE, GAP } from './src/components/goal-tree/tree-layout.ts';
      export { r2 } from './src/lib/scale.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  write: false,
});
const ours = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);

const rand = random(11);
const int = (n) => Math.floor(rand() * n);

/** A random tree of `size` nodes; the shape decides where each new node hangs. */
function randomTree(size, shape) {
  const nodes = [{ id: 0, children: [] }];
  for (let id = 1; id < size; id += 1) {
    let parent;
    if (shape === 'chain') parent = rand() < 0.9 ? nodes.length - 1 : int(nodes.length);
    else if (shape === 'fan') parent = rand() < 0.8 ? int(Math.min(3, nodes.length)) : int(nodes.length);
    else if (shape === 'recent') parent = Math.max(0, nodes.length - 1 - int(8));
    else if (shape === 'broom') parent = id < size / 2 ? id - 1 : int(nodes.length);
    else parent = int(nodes.length);
    const node = { id, children: [] };
    nodes[parent].children.push(node);
    nodes.push(node);
  }
  // Leaves both as [] and as undefined, as layoutTree's callers give them.
  for (const node of nodes) if (node.children.length === 0 && rand() < 0.5) delete node.children;
  return nodes[0];
}

const SHAPES = ['uniform', 'chain', 'fan', 'recent', 'broom'];

// The layoutTree of HEAD before tidy-tree.ts (git show 1b60103:src/components/goal-tree/tree-layout.ts), types removed: the
// reference the new one must equal.
function referenceLayoutTree(root, access, orientation = 'left-right') {
  const { NODE, GAP, r2, treeLinkPath } = ours;
  const h = hierarchy(root, (node) => access.children(node));
  const heights = new Map();
  h.each((node) => {
    const height = access.height(node.data);
    heights.set(node, Number.isFinite(height) && height > 0 ? height : NODE.titleLine);
  });
  const heightOf = (node) => heights.get(node) ?? NODE.titleLine;
  const leftRight = orientation === 'left-right';
  const gapBetween = (a, b) => (a.parent === b.parent ? GAP.sibling : GAP.cousin);
  const laid = tree()
    .nodeSize([1, 1])
    .separation(
      leftRight
        ? (a, b) => (heightOf(a) + heightOf(b)) / 2 + gapBetween(a, b)
        : (a, b) => NODE.width + gapBetween(a, b),
    )(h);

  const nodes = laid.descendants();
  const rowTop = [];
  if (!leftRight) {
    const rowHeight = [];
    for (const node of nodes) rowHeight[node.depth] = Math.max(rowHeight[node.depth] ?? 0, heightOf(node));
    let top = 0;
    for (let depth = 0; depth < rowHeight.length; depth++) {
      rowTop[depth] = top;
      top += (rowHeight[depth] ?? 0) + GAP.depthTopDown;
    }
  }
  const raw = nodes.map((node) => {
    const height = heightOf(node);
    return leftRight
      ? { node, x: node.depth * (NODE.width + GAP.depth), y: node.x - height / 2, height }
      : { node, x: node.x - NODE.width / 2, y: rowTop[node.depth], height };
  });
  let minX = Infinity;
  let minY = Infinity;
  for (const r of raw) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
  }
  const boxes = new Map();
  let width = 0;
  let height = 0;
  for (const r of raw) {
    const box = {
      x: r2(r.x - minX + GAP.margin),
      y: r2(r.y - minY + GAP.margin),
      width: NODE.width,
      height: r2(r.height),
    };
    boxes.set(access.id(r.node.data), box);
    width = Math.max(width, box.x + box.width + GAP.margin);
    height = Math.max(height, box.y + box.height + GAP.margin);
  }
  const links = [];
  for (const node of nodes) {
    if (!node.parent) continue;
    const source = access.id(node.parent.data);
    const target = access.id(node.data);
    links.push({ source, target, d: treeLinkPath(boxes.get(source), boxes.get(target), orientation) });
  }
  return { boxes, links, width: r2(width), height: r2(height), orientation };
}

test('layoutTree(root, access, orientation) draws what it drew with d3-hierarchy', () => {
  for (const [i, size] of [1, 2, 7, 40, 300, 2000].entries()) {
    const root = randomTree(size, SHAPES[i % SHAPES.length]);
    // Box heights as the goal tree gives them, plus some that layoutTree must replace (0, NaN, negative).
    const heights = new Map();
    const bad = [0, NaN, -5, Infinity];
    const access = {
      id: (node) => `n${node.id}`,
      // Collapsed nodes: every fifth node hides its children.
      children: (node) => (node.id % 5 === 4 ? undefined : node.children),
      height: (node) => {
        if (!heights.has(node)) heights.set(node, rand() < 0.05 ? bad[int(bad.length)] : 40 + 18 * int(6));
        return heights.get(node);
      },
    };
    for (const orientation of ['left-right', 'top-down']) {
      const expected = referenceLayoutTree(root, access, orientation);
      const actual = ours.layoutTree(root, access, orientation);
      assert.ok(expected.boxes.size > 0);
      // Links compare by what they draw: ours spell out their path when it is first read.
      const drawn = (layout) => ({
        ...layout,
        links: layout.links.map(({ source, target, d }) => ({ source, target, d })),
      });
      assert.deepEqual(drawn(actual), drawn(expected), `${orientation} layout of ${size} nodes`);
    }
  }
});
