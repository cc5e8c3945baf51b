import { expect } from '@open-wc/testing';
import { parseNumberText, validateDocument } from '../../src/schema/validate.js';

const minimal = () => ({
  schemaVersion: 1,
  municipality: { name: 'Zoetermeer' },
  document: { type: 'jaarstukken', year: 2025, title: 'Jaarstukken 2025' },
  programmes: [
    {
      id: 'p2',
      title: 'Samen leven',
      goals: [
        {
          id: 'd1',
          title: 'Doel',
          finance: {
            actual: {
              expenses: -163206,
              revenues: 18147,
              reserveAdditions: -2000,
              reserveWithdrawals: 552,
              balance: -146506,
            },
          },
          indicators: [
            { id: 'i1', title: 'Ind', unit: 'count', values: [{ period: '2024', target: 1, actual: 2 }] },
          ],
        },
      ],
    },
  ],
});

describe('validateDocument', () => {
  it('validateDocument(minimal) is ok and silent about a rounding difference of one unit', () => {
    const result = validateDocument(minimal());
    expect(result.errors).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(result.warnings).to.deep.equal([]);
  });

  it('reports a missing field with its JSON Pointer in Dutch and English', () => {
    const doc = minimal() as Record<string, any>;
    delete doc.programmes[0].goals[0].title;
    const result = validateDocument(doc, { locale: 'en' });
    expect(result.ok).to.equal(false);
    expect(result.errors[0].code).to.equal('missing-field');
    expect(result.errors[0].path).to.equal('/programmes/0/goals/0/title');
    expect(result.errors[0].message).to.contain('"title"');
    expect(result.errors[0].messages.nl).to.contain('ontbreekt');
  });

  it('recognises a Dutch number written as text', () => {
    const doc = minimal() as Record<string, any>;
    doc.programmes[0].goals[0].finance.actual.expenses = '12,5';
    const result = validateDocument(doc);
    expect(result.errors[0].code).to.equal('number-as-text');
    expect(result.errors[0].path).to.equal('/programmes/0/goals/0/finance/actual/expenses');
    expect(result.errors[0].message).to.contain('12.5');
  });

  it('warns when the balance differs from its parts by more than the rounding margin', () => {
    const doc = minimal() as Record<string, any>;
    doc.programmes[0].goals[0].finance.actual.balance = -146000;
    const result = validateDocument(doc);
    expect(result.ok).to.equal(true);
    expect(result.warnings[0].code).to.equal('balance-mismatch');
  });

  it('rejects __proto__ keys and leaves Object.prototype untouched', () => {
    const result = validateDocument('{"schemaVersion":1,"__proto__":{"polluted":1}}');
    expect(result.errors[0].code).to.equal('forbidden-key');
    expect(result.errors[0].path).to.equal('/__proto__');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reports invalid JSON and a JSON array', () => {
    expect(validateDocument('{"a":').errors[0].code).to.equal('not-json');
    expect(validateDocument('[]').errors[0].code).to.equal('not-an-object');
  });

  it('reports duplicate ids and duplicate periods', () => {
    const doc = minimal() as Record<string, any>;
    doc.programmes[0].goals[0].indicators[0].id = 'd1';
    doc.programmes[0].goals[0].indicators[0].values.push({ period: '2024' });
    const codes = validateDocument(doc).errors.map((e) => `${e.code} ${e.path}`);
    expect(codes).to.include('duplicate-id /programmes/0/goals/0/indicators/0/id');
    expect(codes).to.include('duplicate-period /programmes/0/goals/0/indicators/0/values/1/period');
  });

  it('parseNumberText() reads Dutch and plain notations', () => {
    expect(parseNumberText('4.729')).to.equal(4729);
    expect(parseNumberText('48,9 %')).to.equal(48.9);
    expect(parseNumberText('12.5')).to.equal(12.5);
    expect(parseNumberText('abc')).to.equal(undefined);
  });
});
