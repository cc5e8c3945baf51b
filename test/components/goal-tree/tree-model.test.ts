import { expect } from '@open-wc/testing';
import {
  ancestorIds,
  contributorsOf,
  crossLinks,
  defaultExpanded,
  detailFacts,
  isPrintableKey,
  keyAction,
  kindMessage,
  latestValue,
  nearestVisible,
  rollupMessage,
  searchKey,
  treeFromGoalTree,
  treeFromProgramme,
  treeView,
  typeAheadBuffer,
  typeAheadMatch,
  verdictStatus,
  visibleNodes,
  type TreeModel,
} from '../../../src/components/goal-tree/tree-model.js';
import type { GoalTree, PcDocument, Programme } from '../../../src/schema/types.js';
import { syntheticTree } from '../../support/synthetic-tree.js';

const DATA_2025 = '/demo/data/jaarstukken-2025-programma-2.json';

/**
 * A small fictional tree (Voorbeeldgemeente):
 *   root ─ a (pillar) ─ a1 (achieved) ─ a1x (not-achieved)
 *        │            └ a2 (in-progress)
 *        ├ b (pillar) ─ b1 (achieved, contributesTo a)
 *        └ c (pillar, no children)
 */
function sample(): GoalTree {
  return {
    id: 't',
    title: 'Voorbeeldboom',
    root: {
      id: 'root',
      title: 'Gezonde stad',
      kind: 'ambition',
      children: [
        {
          id: 'a',
          title: 'Aanpak eenzaamheid',
          kind: 'pillar',
          children: [
            {
              id: 'a1',
              title: 'Één tegen eenzaamheid',
              status: 'achieved',
              children: [{ id: 'a1x', title: 'Ontmoeten', status: 'not-achieved', contributesTo: ['b1'] }],
            },
            { id: 'a2', title: 'Aandacht voor mantelzorg', status: 'in-progress' },
          ],
        },
        {
          id: 'b',
          title: 'Bewegen',
          kind: 'pillar',
          children: [{ id: 'b1', title: 'Beweegaanbod', status: 'achieved', contributesTo: ['a', 'elders'] }],
        },
        { id: 'c', title: 'Cultuur', kind: 'pillar' },
      ],
    },
  };
}

const ids = (model: TreeModel, expanded: Set<string>) => visibleNodes(model, expanded).nodes.map((n) => n.id);

describe('lib/goal-tree', () => {
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
    const model = treeFromGoalTree(sample());
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
    const model = treeFromGoalTree(sample());
    expect(model.root.rollup).to.deep.equal({ achieved: 2, total: 4 });
    expect(model.byId.get('a')!.rollup).to.deep.equal({ achieved: 1, total: 3 });
    expect(model.byId.get('a1')!.rollup).to.deep.equal({ achieved: 0, total: 1 });
    expect(model.byId.get('b')!.rollup).to.deep.equal({ achieved: 1, total: 1 });
    // Nothing below: no roll-up line at all.
    expect(model.byId.get('c')!.rollup).to.equal(undefined);
    expect(model.byId.get('a2')!.rollup).to.equal(undefined);
  });

  it('treeFromGoalTree(tree, lookupIndicator) attaches the indicator an indicatorRef points at', () => {
    const tree = sample();
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
    const doc: PcDocument = await (await fetch(DATA_2025)).json();
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
    const model = treeFromGoalTree(sample());
    expect([...defaultExpanded(model, 0)]).to.deep.equal([]);
    expect([...defaultExpanded(model, 1)]).to.deep.equal(['root']);
    expect([...defaultExpanded(model, 2)]).to.deep.equal(['root', 'a', 'b']);
    expect([...defaultExpanded(model, 99)]).to.deep.equal(['root', 'a', 'a1', 'b']);
    expect([...defaultExpanded(model, Number.NaN)]).to.deep.equal(['root', 'a', 'b']);
    expect([...defaultExpanded(model, -3)]).to.deep.equal([]);
  });

  it('visibleNodes(model, expanded) lists what a reader can reach, in order, with an index', () => {
    const model = treeFromGoalTree(sample());
    expect(ids(model, new Set())).to.deep.equal(['root']);
    expect(ids(model, new Set(['root']))).to.deep.equal(['root', 'a', 'b', 'c']);
    expect(ids(model, new Set(['root', 'a']))).to.deep.equal(['root', 'a', 'a1', 'a2', 'b', 'c']);
    // An open node inside a closed one stays hidden.
    expect(ids(model, new Set(['a', 'a1']))).to.deep.equal(['root']);
    expect(visibleNodes(model, new Set(['root'])).indexOf.get('c')).to.equal(3);
  });

  it('nearestVisible(node, expanded) and ancestorIds(node)', () => {
    const model = treeFromGoalTree(sample());
    const a1x = model.byId.get('a1x')!;
    expect(nearestVisible(a1x, new Set(['root'])).id).to.equal('a');
    expect(nearestVisible(a1x, new Set(['root', 'a', 'a1'])).id).to.equal('a1x');
    expect(nearestVisible(a1x, new Set()).id).to.equal('root');
    expect(ancestorIds(a1x)).to.deep.equal(['a1', 'a', 'root']);
  });

  it('crossLinks(model, expanded) draws hidden ends at their nearest visible ancestor, once', () => {
    const model = treeFromGoalTree(sample());
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
    const model = treeFromGoalTree(sample());
    expect(contributorsOf(model, 'a').map((n) => n.id)).to.deep.equal(['b1']);
    expect(contributorsOf(model, 'c')).to.deep.equal([]);
  });

  describe('keyAction(key, current, visible, expanded)', () => {
    const model = treeFromGoalTree(sample());
    const expanded = new Set(['root', 'a']);
    const visible = visibleNodes(model, expanded);
    const act = (key: string, id: string) => keyAction(key, model.byId.get(id)!, visible, expanded);

    it('ArrowDown / ArrowUp move to the next / previous visible node and stop at the ends', () => {
      expect(act('ArrowDown', 'a2')).to.deep.equal({ type: 'focus', id: 'b' });
      expect(act('ArrowUp', 'b')).to.deep.equal({ type: 'focus', id: 'a2' });
      expect(act('ArrowDown', 'c')).to.deep.equal({ type: 'none' });
      expect(act('ArrowUp', 'root')).to.deep.equal({ type: 'none' });
    });

    it('ArrowRight opens a closed node, enters an open one, does nothing on a leaf', () => {
      expect(act('ArrowRight', 'b')).to.deep.equal({ type: 'expand', ids: ['b'] });
      expect(act('ArrowRight', 'a')).to.deep.equal({ type: 'focus', id: 'a1' });
      expect(act('ArrowRight', 'a2')).to.deep.equal({ type: 'none' });
    });

    it('ArrowLeft closes an open node, else moves to the parent; nothing on a closed root', () => {
      expect(act('ArrowLeft', 'a')).to.deep.equal({ type: 'collapse', id: 'a' });
      expect(act('ArrowLeft', 'a2')).to.deep.equal({ type: 'focus', id: 'a' });
      expect(act('ArrowLeft', 'b')).to.deep.equal({ type: 'focus', id: 'root' });
      const closed = new Set<string>();
      expect(keyAction('ArrowLeft', model.root, visibleNodes(model, closed), closed)).to.deep.equal({
        type: 'none',
      });
    });

    it('Home / End go to the first / last visible node; Enter and Space select', () => {
      expect(act('Home', 'a2')).to.deep.equal({ type: 'focus', id: 'root' });
      expect(act('End', 'a')).to.deep.equal({ type: 'focus', id: 'c' });
      expect(act('Enter', 'a2')).to.deep.equal({ type: 'select', id: 'a2' });
      expect(act(' ', 'b')).to.deep.equal({ type: 'select', id: 'b' });
    });

    it('* opens every closed sibling that has children; other keys do nothing', () => {
      expect(act('*', 'c')).to.deep.equal({ type: 'expand', ids: ['b'] });
      expect(act('*', 'a1')).to.deep.equal({ type: 'expand', ids: ['a1'] });
      expect(act('*', 'a2')).to.deep.equal({ type: 'expand', ids: ['a1'] });
      expect(act('*', 'root')).to.deep.equal({ type: 'none' });
      expect(act('Tab', 'a')).to.deep.equal({ type: 'none' });
    });
  });

  it('typeAheadBuffer(previous, char, now) appends within 500 ms and starts over after', () => {
    const first = typeAheadBuffer(undefined, 'B', 1000);
    expect(first).to.deep.equal({ text: 'b', at: 1000 });
    const second = typeAheadBuffer(first, 'e', 1400);
    expect(second.text).to.equal('be');
    expect(typeAheadBuffer(second, 'w', 1850).text).to.equal('bew');
    expect(typeAheadBuffer(second, 'c', 1901).text).to.equal('c');
  });

  it('typeAheadMatch(nodes, from, query) finds the next title that starts with the query, wrapping', () => {
    const model = treeFromGoalTree(sample());
    const nodes = visibleNodes(model, new Set(['root', 'a', 'a1', 'b'])).nodes;
    // root, a "Aanpak…", a1 "Één…", a1x "Ontmoeten", a2 "Aandacht…", b "Bewegen", b1 "Beweegaanbod", c "Cultuur"
    const at = (id: string) => nodes.findIndex((n) => n.id === id);
    expect(nodes[typeAheadMatch(nodes, at('root'), 'a')].id).to.equal('a');
    expect(nodes[typeAheadMatch(nodes, at('a'), 'a')].id).to.equal('a2');
    expect(nodes[typeAheadMatch(nodes, at('a2'), 'a')].id).to.equal('a');
    // Repeating one character cycles like typing it once.
    expect(nodes[typeAheadMatch(nodes, at('a'), 'aa')].id).to.equal('a2');
    // A longer query may stay on the current node.
    expect(nodes[typeAheadMatch(nodes, at('b'), 'bew')].id).to.equal('b');
    expect(nodes[typeAheadMatch(nodes, at('b'), 'beweeg')].id).to.equal('b1');
    // Diacritics do not matter: "e" finds "Één".
    expect(nodes[typeAheadMatch(nodes, at('a'), 'e')].id).to.equal('a1');
    expect(typeAheadMatch(nodes, 0, 'x')).to.equal(-1);
    expect(typeAheadMatch(nodes, 0, '')).to.equal(-1);
  });

  it('isPrintableKey(key) is true for characters, false for named keys, space and *', () => {
    expect(['a', 'Z', '2', 'é'].map(isPrintableKey)).to.deep.equal([true, true, true, true]);
    expect(['ArrowDown', 'Enter', ' ', '*', 'Shift'].map(isPrintableKey)).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('rollupMessage(source, rollup, locale) counts indicators or goals, singular for one', () => {
    expect(rollupMessage('programme', { achieved: 3, total: 5 }, 'nl')).to.deep.equal({
      key: 'tree.rollup.indicators',
      params: { achieved: '3', total: '5' },
    });
    expect(rollupMessage('tree', { achieved: 0, total: 1 }, 'nl').key).to.equal('tree.rollup.goals.one');
    expect(rollupMessage('tree', { achieved: 1200, total: 4729 }, 'en').params).to.deep.equal({
      achieved: '1,200',
      total: '4,729',
    });
  });

  it('kindMessage(kind) names known kinds by key and keeps unknown words', () => {
    expect(kindMessage('pillar')).to.deep.equal({ key: 'tree.kind.pillar', fallback: 'pillar' });
  });

  it('detailFacts(node, model, locale, amountsIn) for a derived goal and indicator of 2025', async () => {
    const doc: PcDocument = await (await fetch(DATA_2025)).json();
    const model = treeFromProgramme(doc.programmes![0]);
    const goal = detailFacts(model.byId.get('d2-1')!, model, 'nl', doc.document.amountsIn);
    expect(goal.map((f) => f.label.key)).to.deep.equal([
      'tree.details.kind',
      'tree.details.rollup',
      'tree.details.balance',
    ]);
    expect(goal[2].value).to.equal('-95.081 (Bedragen x €1.000)');
    const indicator = detailFacts(model.byId.get('jeugdhulp-unieke-jeugdigen')!, model, 'nl', 1000);
    expect(indicator.map((f) => [f.label.key, f.label.params?.period, f.value])).to.deep.equal([
      ['tree.details.kind', undefined, { key: 'tree.kind.indicator', fallback: 'indicator' }],
      ['tree.details.status', undefined, { key: 'common.status.achieved' }],
      ['tree.details.period', undefined, '2025'],
      ['tree.details.actual', '2025', '4.729 jeugdigen'],
      ['tree.details.target', '2025', '4.800 jeugdigen'],
    ]);
    expect(detailFacts(model.byId.get('jeugdhulp-unieke-jeugdigen')!, model, 'en', 1000)[3].value).to.equal(
      '4,729 jeugdigen',
    );
    // A missing realisation ("?") reads "geen waarde", never NaN.
    const open = detailFacts(model.byId.get('wmo-tevredenheid-kwaliteit-ondersteuning')!, model, 'nl', 1000);
    expect(open.find((f) => f.label.key === 'tree.details.actual')!.value).to.deep.equal({
      key: 'tree.details.noValue',
    });
  });

  it('latestValue(indicator) is the last entry of the series, undefined for an empty one', () => {
    const values = [
      { period: '2024', actual: 1 },
      { period: '2025', actual: 2 },
    ];
    expect(latestValue({ id: 'i', title: 'I', unit: 'count', values })).to.equal(values[1]);
    expect(latestValue({ id: 'i', title: 'I', unit: 'count', values: [] })).to.equal(undefined);
  });

  it('treeView(model, expanded, orientation, height) lays out only the visible nodes, with their cross-links', () => {
    const model = treeFromGoalTree(sample());
    const view = treeView(model, new Set(['root', 'a', 'b']), 'left-right', () => 60);
    expect([...view.layout.boxes.keys()].sort()).to.deep.equal(['a', 'a1', 'a2', 'b', 'b1', 'c', 'root']);
    expect(view.visible.nodes.length).to.equal(7);
    expect(view.crossLinks.map((l) => l.key)).to.deep.equal(['a1>b1', 'b1>a']);
    for (const link of view.crossLinks) expect(link.d).to.match(/^M[\d.]+,[\d.]+C/);
  });
});
