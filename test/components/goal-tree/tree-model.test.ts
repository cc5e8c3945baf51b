import { expect } from '@open-wc/testing';
import {
  ancestorIds,
  crossLinks,
  defaultExpanded,
  latestValue,
  nearestVisible,
  searchKey,
  treeFromGoalTree,
  treeFromProgramme,
  verdictStatus,
  visibleNodes,
  type TreeModel,
} from '../../../src/components/goal-tree/tree-model.js';
import { contributorsOf } from '../../../src/components/goal-tree/tree-details.js';
import type { PcDocument, Programme } from '../../../src/schema/types.js';
import { syntheticTree } from '../../support/synthetic-tree.js';
import { sampleTree } from '../../support/sample-tree.js';
import { seed } from '../../support/seeds.js';

const ids = (model: TreeModel, expanded: Set<string>) => visibleNodes(model, expanded).nodes.map((n) => n.id);

describe('goal tree model', () => {
  it('verdictStatus(targetMet) maps the document verdict: true, false, null ("?"), absent', () => {
    expect(verdictStatus(true)).to.equal('achieved');
    expect(verdictStatus(false)).to.equal('not-achieved');
    expect(verdictStatus(null)).to.equal('unknown');
    expect(verdictStatus(undefined)).to.equal(undefined);
  });

  it('searchKey(text) lower-cases and drops diacritics', () => {
    expect(searchKey('Één tegen Eenzaamheid')).to.equal('een tegen eenzaamheid');
    expect(searchKey('Coëfficiënt')).to.equal('coefficient');
  });

  it('treeFromGoalTree(tree) numbers levels, siblings and document order', () => {
    const model = treeFromGoalTree(sampleTree());
    expect(model.nodes.map((n) => n.id)).to.deep.equal(['root', 'a', 'a1', 'a1x', 'a2', 'b', 'b1', 'c']);
    expect(model.nodes.map((n) => n.order)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
    const b = model.byId.get('b')!;
    expect([b.depth, b.posInSet, b.setSize, b.parent?.id]).to.deep.equal([1, 2, 3, 'root']);
    expect(model.byId.get('a1x')!.depth).to.equal(3);
    expect(model.root.kind).to.equal('ambition');
    expect(model.byId.get('a1')!.kind).to.equal('');
    expect(model.source).to.equal('tree');
  });

  it('treeFromGoalTree(tree) rolls up the statuses below each node, not its own', () => {
    const model = treeFromGoalTree(sampleTree());
    expect(model.root.rollup).to.deep.equal({ achieved: 2, total: 4 });
    expect(model.byId.get('a')!.rollup).to.deep.equal({ achieved: 1, total: 3 });
    expect(model.byId.get('a1')!.rollup).to.deep.equal({ achieved: 0, total: 1 });
    expect(model.byId.get('b')!.rollup).to.deep.equal({ achieved: 1, total: 1 });
    // Nothing below: no roll-up line at all.
    expect(model.byId.get('c')!.rollup).to.equal(undefined);
    expect(model.byId.get('a2')!.rollup).to.equal(undefined);
  });

  it('treeFromGoalTree(tree, lookupIndicator) attaches the indicator an indicatorRef points at', () => {
    const tree = sampleTree();
    tree.root.children![2].indicatorRef = 'ind-1';
    const indicator = { id: 'ind-1', title: 'Deelnemers', unit: 'count' as const, values: [] };
    const model = treeFromGoalTree(tree, (id) => (id === 'ind-1' ? indicator : undefined));
    expect(model.byId.get('c')!.indicator).to.equal(indicator);
    expect(model.byId.get('a')!.indicator).to.equal(undefined);
  });

  it('treeFromGoalTree(tree) builds a 5,000-node tree without recursion', () => {
    const model = treeFromGoalTree({ id: 's', title: 'S', root: syntheticTree(5000) });
    expect(model.nodes.length).to.equal(5000);
    expect(model.byId.size).to.equal(5000);
  });

  it('treeFromProgramme(programme) derives ambition → goals (with code) → indicators (verdict) from the 2025 data', async () => {
    const doc: PcDocument = await seed();
    const programme = doc.programmes![0];
    const model = treeFromProgramme(programme);
    expect(model.root.id).to.equal('p2');
    expect(model.root.title).to.equal(programme.ambition!.title);
    expect(model.source).to.equal('programme');
    const goals = model.root.children;
    expect(goals.map((g) => g.id)).to.deep.equal(programme.goals.map((g) => g.id));
    expect(goals[0].title).to.equal(
      '2.1 Bevorderen vroegtijdige, toegankelijke, passende en effectieve jeugdhulp',
    );
    expect(goals[0].finance?.actual?.balance).to.equal(-95081);
    programme.goals.forEach((goal, g) => {
      const indicators = goal.indicators ?? [];
      expect(goals[g].children.map((n) => n.id)).to.deep.equal(indicators.map((i) => i.id));
      goals[g].children.forEach((node, i) =>
        expect(node.status).to.equal(verdictStatus(indicators[i].targetMet)),
      );
      // The roll-up counts what the data says: indicators with a verdict, and those with verdict "Ja".
      const judged = indicators.filter((i) => i.targetMet !== undefined);
      const met = indicators.filter((i) => i.targetMet === true);
      expect(goals[g].rollup).to.deep.equal(
        judged.length ? { achieved: met.length, total: judged.length } : undefined,
      );
    });
    expect(goals[0].rollup).to.deep.equal({ achieved: 3, total: 5 });
  });

  it('treeFromProgramme(programme) uses the programme title when there is no ambition', () => {
    const programme: Programme = {
      id: 'v1',
      title: 'Voorbeeldprogramma',
      goals: [{ id: 'g', title: 'Doel' }],
    };
    const model = treeFromProgramme(programme);
    expect(model.root.title).to.equal('Voorbeeldprogramma');
    expect(model.root.children[0].title).to.equal('Doel');
    expect(model.root.rollup).to.equal(undefined);
  });

  it('defaultExpanded(model, expandedDepth) opens nodes with children at depth < expandedDepth', () => {
    const model = treeFromGoalTree(sampleTree());
    expect([...defaultExpanded(model, 0)]).to.deep.equal([]);
    expect([...defaultExpanded(model, 1)]).to.deep.equal(['root']);
    expect([...defaultExpanded(model, 2)]).to.deep.equal(['root', 'a', 'b']);
    expect([...defaultExpanded(model, 99)]).to.deep.equal(['root', 'a', 'a1', 'b']);
    expect([...defaultExpanded(model, Number.NaN)]).to.deep.equal(['root', 'a', 'b']);
    expect([...defaultExpanded(model, -3)]).to.deep.equal([]);
  });

  it('visibleNodes(model, expanded) lists what a reader can reach, in order, with an index', () => {
    const model = treeFromGoalTree(sampleTree());
    expect(ids(model, new Set())).to.deep.equal(['root']);
    expect(ids(model, new Set(['root']))).to.deep.equal(['root', 'a', 'b', 'c']);
    expect(ids(model, new Set(['root', 'a']))).to.deep.equal(['root', 'a', 'a1', 'a2', 'b', 'c']);
    // An open node inside a closed one stays hidden.
    expect(ids(model, new Set(['a', 'a1']))).to.deep.equal(['root']);
    expect(visibleNodes(model, new Set(['root'])).indexOf.get('c')).to.equal(3);
  });

  it('nearestVisible(node, expanded) and ancestorIds(node)', () => {
    const model = treeFromGoalTree(sampleTree());
    const a1x = model.byId.get('a1x')!;
    expect(nearestVisible(a1x, new Set(['root'])).id).to.equal('a');
    expect(nearestVisible(a1x, new Set(['root', 'a', 'a1'])).id).to.equal('a1x');
    expect(nearestVisible(a1x, new Set()).id).to.equal('root');
    expect(ancestorIds(a1x)).to.deep.equal(['a1', 'a', 'root']);
  });

  it('crossLinks(model, expanded) draws hidden ends at their nearest visible ancestor, once', () => {
    const model = treeFromGoalTree(sampleTree());
    expect(crossLinks(model, new Set(['root', 'a', 'a1', 'b']))).to.deep.equal([
      { source: 'a1x', target: 'b1', viaCollapsed: false },
      { source: 'b1', target: 'a', viaCollapsed: false },
    ]);
    expect(crossLinks(model, new Set(['root']))).to.deep.equal([
      { source: 'a', target: 'b', viaCollapsed: true },
      { source: 'b', target: 'a', viaCollapsed: true },
    ]);
    // Both ends in one collapsed box: nothing to draw. "elders" is not in this tree: not drawn.
    expect(crossLinks(model, new Set())).to.deep.equal([]);
  });

  it('contributorsOf(model, id) lists the nodes that contribute to a node', () => {
    const model = treeFromGoalTree(sampleTree());
    expect(contributorsOf(model, 'a').map((n) => n.id)).to.deep.equal(['b1']);
    expect(contributorsOf(model, 'c')).to.deep.equal([]);
  });

  it('latestValue(indicator) is the last entry of the series, undefined for an empty one', () => {
    const values = [
      { period: '2024', actual: 1 },
      { period: '2025', actual: 2 },
    ];
    expect(latestValue({ id: 'i', title: 'I', unit: 'count', values })).to.equal(values[1]);
    expect(latestValue({ id: 'i', title: 'I', unit: 'count', values: [] })).to.equal(undefined);
  });
});
