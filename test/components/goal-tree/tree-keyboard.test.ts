import { expect } from '@open-wc/testing';
import {
  isPrintableKey,
  keyAction,
  typeAheadBuffer,
  typeAheadMatch,
} from '../../../src/components/goal-tree/tree-keyboard.js';
import { treeFromGoalTree, visibleNodes } from '../../../src/components/goal-tree/tree-model.js';
import { sampleTree } from '../../support/sample-tree.js';

describe('goal tree keyboard', () => {
  describe('keyAction(key, current, visible, expanded)', () => {
    const model = treeFromGoalTree(sampleTree());
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
    const model = treeFromGoalTree(sampleTree());
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
});
