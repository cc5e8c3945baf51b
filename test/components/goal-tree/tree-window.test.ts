import { expect } from '@open-wc/testing';
import {
  containsRect,
  expandRect,
  intersects,
  inWindow,
  spanRect,
  FOCUS_PAD,
  pathView,
  WINDOW_MARGIN,
  windowedIds,
  windowFor,
  windowIndex,
  windowStale,
  type Rect,
} from '../../../src/components/goal-tree/tree-window.js';
import { layoutTree, type Box, type TreeLayout } from '../../../src/components/goal-tree/tree-layout.js';
import { syntheticTree } from '../../support/synthetic-tree.js';
import type { GoalNode } from '../../../src/schema/types.js';

const box = (x: number, y: number): Box => ({ x, y, width: 100, height: 50 });

describe('lib/tree-window', () => {
  it('intersects(a, b): overlapping and touching rectangles meet, separate ones do not', () => {
    const a = { x: 0, y: 0, width: 100, height: 100 };
    expect(intersects(a, box(50, 50))).to.equal(true);
    expect(intersects(a, box(100, 100))).to.equal(true); // touching corner
    expect(intersects(a, box(101, 0))).to.equal(false);
    expect(intersects(a, box(0, -51))).to.equal(false);
  });

  it('expandRect(rect, margin) grows on every side; a negative margin shrinks, never below zero', () => {
    const rect = { x: 10, y: 20, width: 100, height: 40 };
    expect(expandRect(rect, 5)).to.deep.equal({ x: 5, y: 15, width: 110, height: 50 });
    expect(expandRect(rect, -30)).to.deep.equal({ x: 40, y: 50, width: 40, height: 0 });
  });

  it('inWindow(windowIndex(layout), area): the boxes meeting the area, edges included, in layout order', () => {
    const layout: TreeLayout = {
      boxes: new Map([
        ['inside', box(100, 100)],
        ['overlapping', box(250, 120)],
        ['touching', box(300, 300)],
        ['outside', box(420, 100)],
        ['far', box(2000, 2000)],
      ]),
      links: [
        { source: 'inside', target: 'far', d: 'M0,0' }, // runs through the area
        { source: 'outside', target: 'far', d: 'M1,1' }, // does not
      ],
      width: 2124,
      height: 2074,
      orientation: 'left-right',
    };
    const index = windowIndex(layout);
    const area = { x: 0, y: 0, width: 300, height: 300 };
    expect(inWindow(index, area).ids).to.deep.equal(['inside', 'overlapping', 'touching']);
    expect(inWindow(index, area).links.map((link) => link.d)).to.deep.equal(['M0,0']);
    expect(inWindow(index, expandRect(area, 120)).ids).to.deep.equal([
      'inside',
      'overlapping',
      'touching',
      'outside',
    ]);
    expect(inWindow(index, { x: 1000, y: 5000, width: 10, height: 10 })).to.deep.equal({
      ids: [],
      links: [],
    });
  });

  it('inWindow on 5,000 laid-out nodes: exactly what a brute-force overlap check finds', () => {
    const layout = layoutTree(syntheticTree(5000), {
      id: (node: GoalNode) => node.id,
      children: (node: GoalNode) => node.children,
      height: () => 50,
    });
    const area: Rect = { x: -100, y: layout.height / 2 - 300, width: 1400, height: 1200 };
    const meets = (b: Rect) =>
      b.x <= area.x + area.width &&
      b.x + b.width >= area.x &&
      b.y <= area.y + area.height &&
      b.y + b.height >= area.y;
    const expected = [...layout.boxes].filter(([, b]) => meets(b)).map(([id]) => id);
    const shown = inWindow(windowIndex(layout), area);
    expect(shown.ids).to.deep.equal(expected);
    expect(shown.ids.length).to.be.greaterThan(0);
    expect(shown.ids.length).to.be.lessThan(layout.boxes.size / 10);
    const expectedLinks = layout.links.filter((link) =>
      meets(spanRect(layout.boxes.get(link.source)!, layout.boxes.get(link.target)!)),
    );
    expect(shown.links).to.deep.equal(expectedLinks);
  });

  it('windowedIds(shown, keep, order): the window plus the kept ids that are laid out, once, in reading order', () => {
    const order = new Map([
      ['root', 0],
      ['a', 1],
      ['a1', 2],
      ['b', 3],
    ]);
    expect(windowedIds(['b', 'a'], [undefined, 'root'], order)).to.deep.equal(['root', 'a', 'b']);
    expect(windowedIds(['a'], ['a', 'gone'], order)).to.deep.equal(['a']);
    expect(windowedIds([], ['b', 'a1'], order)).to.deep.equal(['a1', 'b']);
  });

  it('containsRect(outer, inner) and spanRect(a, b)', () => {
    const outer = { x: 0, y: 0, width: 100, height: 100 };
    expect(containsRect(outer, { x: 0, y: 0, width: 100, height: 100 })).to.equal(true);
    expect(containsRect(outer, { x: 10, y: 10, width: 100, height: 10 })).to.equal(false);
    expect(
      spanRect({ x: 0, y: 50, width: 10, height: 10 }, { x: 100, y: 0, width: 20, height: 5 }),
    ).to.deep.equal({ x: 0, y: 0, width: 120, height: 60 });
  });

  it('pathView([root], view at 0,0): the opening view, top-left, the root in view with its ring', () => {
    const openingView = (root: Rect, size: { width: number; height: number }) => {
      const { hidden, ...view } = pathView([root], { x: 0, y: 0, ...size });
      expect(hidden).to.equal(0);
      return view;
    };
    const size = { width: 1070, height: 638 };
    // A left-to-right tree 1,021 px tall: the root sits at 330 px; the view starts at the top, not the middle.
    expect(openingView({ x: 24, y: 330, width: 300, height: 57 }, size)).to.deep.equal({
      x: 0,
      y: 0,
      ...size,
    });
    // A root below the first view: the least scroll that shows it with room for its focus ring.
    const low = openingView({ x: 24, y: 5000, width: 300, height: 60 }, size);
    expect(low).to.deep.equal({ x: 0, y: 5060 + FOCUS_PAD - 638, ...size });
    // Top-down, the root halfway across a wide tree: the least scroll to the right that shows it.
    expect(openingView({ x: 2000, y: 24, width: 300, height: 60 }, size).x).to.equal(2300 + FOCUS_PAD - 1070);
  });

  it('pathView(path, view) keeps the focused box and the ancestors that fit in view; counts the rest', () => {
    const box = (x: number, y: number) => ({ x, y, width: 300, height: 60 });
    const path = [box(24, 400), box(380, 600), box(736, 700), box(1092, 900)];
    const view = { x: 0, y: 0, width: 1070, height: 638 };
    const result = pathView(path, view);
    // Node and parent and grandparent span 372–1400 wide: 1,028 px fit in 1,070; the root does not.
    expect(result.hidden).to.equal(1);
    expect(result.x).to.equal(1092 + 300 + FOCUS_PAD - 1070);
    // Vertically the span 592–968 fits; the view moves down just enough to show its end.
    expect(result.y).to.equal(960 + FOCUS_PAD - 638);
    // Every ancestor fits: nothing hidden, no band, the least movement.
    const near = [box(24, 40), box(380, 40), box(736, 100)];
    expect(pathView(near, view)).to.deep.equal({ ...view, hidden: 0 });
    // A view too small for any ancestor: the focused box alone, with room for its ring at the edge it meets.
    const small = pathView(path, { x: 0, y: 0, width: 500, height: 400 });
    expect(small.hidden).to.equal(3);
    expect(small.x).to.equal(1392 + FOCUS_PAD - 500);
    expect(small.y).to.equal(960 + FOCUS_PAD - 400);
  });

  it('windowFor(view) adds the margin; windowStale(rendered, view) once the view nears its edge', () => {
    const view = { x: 1000, y: 1000, width: 800, height: 600 };
    const rendered = windowFor(view);
    expect(rendered).to.deep.equal(expandRect(view, WINDOW_MARGIN));
    expect(windowStale(rendered, view)).to.equal(false);
    // Scrolled by less than half the margin: the rendered window still covers it.
    const step = WINDOW_MARGIN / 2 - 1;
    expect(windowStale(rendered, { ...view, y: view.y + step })).to.equal(false);
    // Further: render again.
    expect(windowStale(rendered, { ...view, y: view.y + WINDOW_MARGIN / 2 + 1 })).to.equal(true);
    expect(windowStale(rendered, { ...view, x: view.x - WINDOW_MARGIN })).to.equal(true);
  });
});
