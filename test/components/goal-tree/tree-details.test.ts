import { expect } from '@open-wc/testing';
import { detailFacts, kindMessage, rollupMessage } from '../../../src/components/goal-tree/tree-details.js';
import { treeFromProgramme } from '../../../src/components/goal-tree/tree-model.js';
import type { PcDocument } from '../../../src/schema/types.js';
import { seed } from '../../support/seeds.js';

describe('goal tree details', () => {
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
    const doc: PcDocument = await seed();
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
});
