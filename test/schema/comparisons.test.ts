// Comparison series (reference values) on indicators: optional, validated like the rest, with JSON Pointers.
import { expect } from '@open-wc/testing';
import { validateDocument } from '../../src/schema/validate.js';

const POINTER = '/programmes/0/goals/0/indicators/0';

const withIndicator = (indicator: Record<string, unknown>) => ({
  schemaVersion: 1,
  municipality: { name: 'Zoetermeer' },
  document: { type: 'beleidsplan', year: 2023, title: 'Gezonde stad' },
  programmes: [{ id: 'p', title: 'P', goals: [{ id: 'g', title: 'G', indicators: [indicator] }] }],
});

/** The seed's "normaal gewicht" with a second, dated comparison; loosely typed, so tests can break it. */
const normaalGewicht = (): Record<string, any> => ({
  id: 'normaal-gewicht',
  title: 'Normaal gewicht',
  unit: 'percent',
  values: [{ period: null, actual: 45 }],
  comparisons: [
    { label: 'Nederland', kind: 'national', values: [{ period: null, value: 47.4 }] },
    {
      label: 'Zuid-Holland',
      kind: 'province',
      source: 'CBS',
      referenceDate: '2023-01-01',
      values: [{ period: '2022', value: 46 }],
    },
  ],
});

const problems = (doc: unknown) => validateDocument(doc).errors.map((e) => `${e.code} ${e.path}`);

describe('validateDocument: comparisons', () => {
  it('a document with comparisons, undated values and periods the indicator lacks is valid', () => {
    const result = validateDocument(withIndicator(normaalGewicht()));
    expect(result.errors).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('an indicator without comparisons stays valid (the field is optional)', () => {
    const ind = normaalGewicht();
    delete ind.comparisons;
    expect(validateDocument(withIndicator(ind)).ok).to.equal(true);
  });

  it('duplicate labels (also differing only in case or spaces): duplicate-label at the second', () => {
    const ind = normaalGewicht();
    ind.comparisons[1].label = ' nederland';
    const result = validateDocument(withIndicator(ind));
    expect(problems(withIndicator(ind))).to.deep.equal([`duplicate-label ${POINTER}/comparisons/1/label`]);
    expect(result.errors[0].message).to.contain(`${POINTER}/comparisons/0/label`);
    expect(result.errors[0].messages.en).to.contain('occurs twice');
  });

  it('duplicate periods in a comparison, undated twice too: duplicate-period', () => {
    const ind = normaalGewicht();
    ind.comparisons[0].values.push({ period: null, value: 47 });
    ind.comparisons[1].values.push({ period: '2022', value: 47 });
    expect(problems(withIndicator(ind))).to.deep.equal([
      `duplicate-period ${POINTER}/comparisons/0/values/1/period`,
      `duplicate-period ${POINTER}/comparisons/1/values/1/period`,
    ]);
  });

  it('a unit of its own is impossible: the comparison shares the indicator unit (unknown-field)', () => {
    const ind = normaalGewicht();
    ind.comparisons[0].unit = 'euro';
    expect(problems(withIndicator(ind))).to.deep.equal([`unknown-field ${POINTER}/comparisons/0/unit`]);
  });

  it('missing label, values or value; bad kind, period and value type: each with its pointer', () => {
    const ind = normaalGewicht();
    delete ind.comparisons[0].label;
    ind.comparisons[1].kind = 'country';
    ind.comparisons[1].values[0].period = '2022-13';
    ind.comparisons[1].values.push({ period: '2023' });
    ind.comparisons[1].values.push({ period: '2024', value: '47,4' });
    const found = problems(withIndicator(ind));
    expect(found).to.include(`missing-field ${POINTER}/comparisons/0/label`);
    expect(found).to.include(`not-allowed-value ${POINTER}/comparisons/1/kind`);
    expect(found).to.include(`invalid-format ${POINTER}/comparisons/1/values/0/period`);
    expect(found).to.include(`missing-field ${POINTER}/comparisons/1/values/1/value`);
    expect(found).to.include(`number-as-text ${POINTER}/comparisons/1/values/2/value`);
  });

  it('an empty label is an error; a label is text, never markup', () => {
    const ind = normaalGewicht();
    ind.comparisons[0].label = '   ';
    expect(problems(withIndicator(ind))).to.deep.equal([`empty-text ${POINTER}/comparisons/0/label`]);
  });

  it('period null is allowed for an indicator value too (undated), but a missing period is still an error', () => {
    const ind = normaalGewicht();
    ind.values.push({ actual: 44 });
    expect(problems(withIndicator(ind))).to.deep.equal([`missing-field ${POINTER}/values/1/period`]);
  });
});
