import { expect } from '@open-wc/testing';
import {
  estimateLines,
  GAP,
  layoutTree,
  META_CHARS,
  NODE,
  nodeHeight,
  boxWidthFor,
  TITLE_CHARS,
  treeLinkPath,
  type Box,
  type LayoutAccess,
  type TreeLayout,
} from '../../../src/components/goal-tree/tree-layout.js';
import { syntheticTree } from '../../support/synthetic-tree.js';
import type { GoalNode } from '../../../src/schema/types.js';

const access = (
  height: (node: GoalNode) => number = () => 50,
  open = (_: GoalNode) => true,
): LayoutAccess<GoalNode> => ({
  id: (node) => node.id,
  children: (node) => (open(node) ? node.children : undefined),
  height,
});

/** Two boxes overlap when they share any area (touching edges is fine). */
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function assertNoOverlap(layout: TreeLayout): void {
  const boxes = [...layout.boxes.entries()];
  // Sort by x then sweep: boxes in different columns cannot overlap.
  boxes.sort((p, q) => p[1].x - q[1].x || p[1].y - q[1].y);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j][1].x < boxes[i][1].x + NODE.width; j++) {
      if (overlap(boxes[i][1], boxes[j][1])) throw new Error(`${boxes[i][0]} overlaps ${boxes[j][0]}`);
    }
  }
}

const small: GoalNode = {
  id: 'r',
  title: 'Ambitie',
  children: [
    {
      id: 'a',
      title: 'A',
      children: [
        { id: 'a1', title: 'A1' },
        { id: 'a2', title: 'A2' },
      ],
    },
    { id: 'b', title: 'B' },
  ],
};

describe('lib/tree-layout', () => {
  it('estimateLines(text, charsPerLine) wraps greedily at word boundaries', () => {
    expect(estimateLines('', 20)).to.equal(1);
    expect(estimateLines('Bewegen', 20)).to.equal(1);
    expect(estimateLines('Aantal unieke jeugdigen', 20)).to.equal(2);
    expect(estimateLines('aaaa bbbb cccc', 9)).to.equal(2);
    expect(estimateLines('aaaa bbbb cccc', 14)).to.equal(1);
  });

  it('estimateLines(text, charsPerLine) breaks a word longer than a line', () => {
    expect(estimateLines('mantelzorgondersteuningsaanbod', 10)).to.equal(3);
    expect(estimateLines('x mantelzorgondersteuningsaanbod', 10)).to.equal(4);
  });

  it('nodeHeight(title, meta) adds padding, title lines and the status / roll-up lines', () => {
    const frame = 2 * (NODE.paddingY + NODE.border);
    expect(nodeHeight('Bewegen', [])).to.equal(frame + NODE.titleLine);
    expect(nodeHeight('Bewegen', ['xx gehaald', '2 van 3 doelen gehaald'])).to.equal(
      frame + NODE.titleLine + NODE.metaGap + 2 * NODE.metaLine,
    );
    const long =
      'Aantal unieke jeugdigen 0-23 jaar dat in het betreffende jaar een vorm van specialistische jeugdhulp ontvangt';
    expect(nodeHeight(long, [])).to.equal(frame + estimateLines(long, TITLE_CHARS) * NODE.titleLine);
    expect(estimateLines(long, TITLE_CHARS)).to.be.greaterThan(3);
    expect(META_CHARS).to.be.greaterThan(TITLE_CHARS);
  });

  it('layoutTree(root, access, "left-right") puts depths in columns and centres a parent on its children', () => {
    const layout = layoutTree(small, access(), 'left-right');
    const box = (id: string) => layout.boxes.get(id)!;
    expect(box('r').x).to.equal(GAP.margin);
    expect(box('a').x).to.equal(GAP.margin + NODE.width + GAP.depth);
    expect(box('a1').x).to.equal(GAP.margin + 2 * (NODE.width + GAP.depth));
    const centre = (b: Box) => b.y + b.height / 2;
    expect(centre(box('a'))).to.be.closeTo((centre(box('a1')) + centre(box('a2'))) / 2, 0.01);
    expect(box('a2').y - (box('a1').y + box('a1').height)).to.equal(GAP.sibling);
    expect(Math.min(...[...layout.boxes.values()].map((b) => b.y))).to.equal(GAP.margin);
    expect(layout.width).to.equal(box('a1').x + NODE.width + GAP.margin);
    expect(layout.links.map((l) => `${l.source}>${l.target}`)).to.deep.equal(['r>a', 'r>b', 'a>a1', 'a>a2']);
    assertNoOverlap(layout);
  });

  it('layoutTree(root, access, "left-right") keeps boxes of different heights apart', () => {
    const tall = (node: GoalNode) => (node.id.endsWith('1') ? 140 : 44);
    const layout = layoutTree(syntheticTree(300, { branching: 4 }), access(tall), 'left-right');
    expect(layout.boxes.size).to.equal(300);
    assertNoOverlap(layout);
  });

  it('layoutTree(root, access, "top-down") puts depths in rows as tall as their tallest box', () => {
    const height = (node: GoalNode) => (node.id === 'a' ? 90 : 50);
    const layout = layoutTree(small, access(height), 'top-down');
    const box = (id: string) => layout.boxes.get(id)!;
    expect(box('r').y).to.equal(GAP.margin);
    expect(box('a').y).to.equal(GAP.margin + 50 + GAP.depthTopDown);
    expect(box('b').y).to.equal(box('a').y);
    expect(box('a1').y).to.equal(box('a').y + 90 + GAP.depthTopDown);
    expect(box('a2').x - (box('a1').x + NODE.width)).to.equal(GAP.sibling);
    expect(layout.height).to.equal(box('a1').y + 50 + GAP.margin);
    assertNoOverlap(layout);
  });

  it('layoutTree(root, access) lays out no node inside a collapsed branch', () => {
    const layout = layoutTree(
      small,
      access(undefined, (node) => node.id !== 'a'),
      'left-right',
    );
    expect([...layout.boxes.keys()]).to.deep.equal(['r', 'a', 'b']);
    expect(layout.links.length).to.equal(2);
  });

  it('layoutTree(root, access) survives a single node and a bad height', () => {
    const layout = layoutTree(
      { id: 'x', title: 'X' },
      access(() => Number.NaN),
      'left-right',
    );
    expect(layout.boxes.get('x')).to.deep.equal({
      x: GAP.margin,
      y: GAP.margin,
      width: NODE.width,
      height: NODE.titleLine,
    });
    expect(layout.links).to.deep.equal([]);
  });

  it('layoutTree(root, access) lays out 5,000 nodes without overlap and with finite coordinates', () => {
    const layout = layoutTree(
      syntheticTree(5000),
      access((n) => 44 + (n.title.length % 4) * 20),
      'left-right',
    );
    expect(layout.boxes.size).to.equal(5000);
    assertNoOverlap(layout);
    for (const b of layout.boxes.values())
      expect(Number.isFinite(b.x) && Number.isFinite(b.y)).to.equal(true);
    expect(layout.links.every((l) => !l.d.includes('NaN'))).to.equal(true);
  });

  it('treeLinkPath(parent, child, orientation) runs edge to edge with 2 decimals', () => {
    const parent: Box = { x: 10, y: 10, width: 220, height: 51.4 };
    const child: Box = { x: 286, y: 100, width: 220, height: 40 };
    expect(treeLinkPath(parent, child, 'left-right')).to.equal('M230,35.7C258,35.7,258,120,286,120');
    const below: Box = { x: 300, y: 150, width: 220, height: 40 };
    expect(treeLinkPath(parent, below, 'top-down')).to.equal('M120,61.4C120,105.7,410,105.7,410,150');
  });

  it('boxWidthFor(titles) fits the longest word whole; never below NODE.width', () => {
    expect(boxWidthFor(['Bewegen', 'Samen leven'])).to.equal(NODE.width);
    const word = 'combinatiefunctionarissen';
    const width = boxWidthFor([`Brede ${word}`]);
    const needed =
      word.length * NODE.titleFont * NODE.titleGlyph + 2 * (NODE.paddingX + NODE.border) + NODE.toggleSpace;
    expect(width).to.be.at.least(needed);
    expect(width).to.be.below(needed + 10);
    // Hyphens and slashes are break opportunities: the parts count, not the whole.
    expect(boxWidthFor(['zorg-en-welzijnsaanbieders/partners'])).to.equal(NODE.width);
    const layout = layoutTree(
      { id: 'a' },
      { id: (n) => n.id, children: () => undefined, height: () => 40, width },
    );
    expect(layout.boxes.get('a')!.width).to.equal(width);
  });
});
