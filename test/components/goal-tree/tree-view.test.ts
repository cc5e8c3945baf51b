import { expect } from '@open-wc/testing';
import { treeView } from '../../../src/components/goal-tree/tree-view.js';
import { treeFromGoalTree } from '../../../src/components/goal-tree/tree-model.js';
import { sampleTree } from '../../support/sample-tree.js';

describe('goal tree view', () => {
  it('treeView(model, expanded, orientation, height) lays out only the visible nodes, with their cross-links', () => {
    const model = treeFromGoalTree(sampleTree());
    const view = treeView(model, new Set(['root', 'a', 'b']), 'left-right', () => 60);
    expect([...view.layout.boxes.keys()].sort()).to.deep.equal(['a', 'a1', 'a2', 'b', 'b1', 'c', 'root']);
    expect(view.visible.nodes.length).to.equal(7);
    expect(view.crossLinks.map((l) => l.key)).to.deep.equal(['a1>b1', 'b1>a']);
    for (const link of view.crossLinks) expect(link.d).to.match(/^M[\d.]+,[\d.]+L/);
    expect(Object.fromEntries(view.linkCount)).to.deep.equal({ a1: 1, b1: 2, a: 1 });
  });
});
