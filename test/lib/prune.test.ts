// pruneDocument: the part of a document one element needs (pre-rendered HTML, the builder page's preview). What
// it keeps must still draw the same chart: checked here on the seed data by what the part contains, and by the
// validator that the components run.
import { expect } from '@open-wc/testing';
import { pruneDocument } from '../../src/lib/prune.js';
import { validateDocument } from '../../src/schema/validate.js';
import type { PcDocument } from '../../src/schema/types.js';
import { seed } from '../support/seeds.js';

let doc: PcDocument;
before(async () => {
  doc = await seed();
});

const ids = (d: PcDocument) =>
  (d.programmes ?? []).map((p) => ({
    programme: p.id,
    goals: p.goals.map((g) => ({ goal: g.id, indicators: (g.indicators ?? []).map((i) => i.id) })),
  }));

describe('pruneDocument', () => {
  it('a card keeps its one indicator under its goal and programme, and the document around it', () => {
    const part = pruneDocument(doc, 'indicator-card', { indicator: 'jeugdhulp-unieke-jeugdigen' });
    expect(ids(part)).to.deep.equal([
      { programme: 'p2', goals: [{ goal: 'd2-1', indicators: ['jeugdhulp-unieke-jeugdigen'] }] },
    ]);
    expect(part.municipality).to.deep.equal(doc.municipality);
    expect(part.document).to.deep.equal(doc.document);
    expect(validateDocument(part).errors).to.deep.equal([]);
  });

  it('a saldo table keeps every goal of its programme with its finance, without indicators', () => {
    const part = pruneDocument(doc, 'saldo-table', { programme: 'p2' });
    const goals = part.programmes![0].goals;
    expect(goals.map((g) => g.id)).to.deep.equal(doc.programmes![0].goals.map((g) => g.id));
    expect(goals.every((g) => g.indicators === undefined)).to.equal(true);
    expect(goals.map((g) => g.finance)).to.deep.equal(doc.programmes![0].goals.map((g) => g.finance));
  });

  it('an id that is not in the document gives the whole document back, so the element names the error', () => {
    expect(pruneDocument(doc, 'indicator-card', { indicator: 'bestaat-niet' })).to.equal(doc);
    expect(pruneDocument(doc, 'budget-gauge', { programme: 'p9' })).to.equal(doc);
  });
});
