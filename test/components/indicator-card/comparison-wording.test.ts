import { expect } from '@open-wc/testing';
import {
  comparisonSentences,
  joinList,
  statementKey,
  statementText,
} from '../../../src/components/indicator-card/comparison-wording.js';
import { indicatorCardStrings } from '../../../src/components/indicator-card/indicator-card.strings.js';
import { indicatorCardStringsEn } from '../../../src/components/indicator-card/indicator-card.strings.en.js';
import { interpolate } from '../../../src/schema/messages.js';
import { formatIndicatorValue } from '../../../src/lib/format.js';
import type { ComparisonStatement } from '../../../src/components/indicator-card/comparison.js';

/** The card's own strings, Dutch and English (its English file, as the element has it once loaded). */
const tables = { nl: indicatorCardStrings.nl, en: indicatorCardStringsEn };
const t =
  (locale: 'nl' | 'en') =>
  (key: string, params?: Record<string, unknown>): string =>
    interpolate(tables[locale][key] ?? key, params);
const percent = (locale: 'nl' | 'en') => (v: number | null) => formatIndicatorValue(v, 'percent', locale);

const nl = (value: number | null, extra: Partial<ComparisonStatement> = {}): ComparisonStatement => ({
  label: 'Nederland',
  style: 1,
  value,
  ...extra,
});

describe('statementKey(statement)', () => {
  it('relation, relation with judgement, or missing', () => {
    expect(statementKey(nl(47.4, { relation: 'lower' }))).to.equal('card.compare.lower');
    expect(statementKey(nl(47.4, { relation: 'lower', judgement: 'worse' }))).to.equal(
      'card.compare.lower.worse',
    );
    expect(statementKey(nl(null))).to.equal('card.compare.missing');
    expect(statementKey(nl(47.4))).to.equal('card.compare.missing');
  });
  it('every key it can return exists in nl and en', () => {
    for (const relation of ['higher', 'lower', 'equal'] as const) {
      for (const judgement of [undefined, 'better', 'worse'] as const) {
        if (relation === 'equal' && judgement) continue;
        const key = statementKey(nl(1, { relation, judgement }));
        expect(indicatorCardStrings.nl[key], key).to.be.a('string');
        expect(indicatorCardStringsEn[key], key).to.be.a('string');
      }
    }
  });
});

describe('statementText(statement, period, t, format)', () => {
  it('the seed case in nl and en', () => {
    const s = nl(47.4, { relation: 'lower', judgement: 'worse' });
    expect(statementText(s, 'zonder jaartal', t('nl'), percent('nl'))).to.equal(
      'lager en dus slechter dan Nederland (47,4%)',
    );
    expect(statementText(s, 'undated', t('en'), percent('en'))).to.equal(
      'lower, and so worse, than Nederland (47.4%)',
    );
    expect(statementText(nl(45, { relation: 'equal' }), '2024', t('nl'), percent('nl'))).to.equal(
      'gelijk aan Nederland (45%)',
    );
  });
  it('no figure for the period', () => {
    expect(statementText(nl(null), '2025', t('nl'), percent('nl'))).to.equal(
      'Nederland: geen cijfer voor 2025',
    );
  });
});

describe('comparisonSentences(statements, period, own, t, format)', () => {
  it('"Vergeleken (2023): 0,75, hoger dan Nederland (0,70) en hoger dan Zuid-Holland (0,68)."', () => {
    const ratio = (v: number | null) => formatIndicatorValue(v, 'other', 'nl', { decimals: 2 });
    const text = comparisonSentences(
      [nl(0.7, { relation: 'higher' }), { label: 'Zuid-Holland', style: 2, value: 0.68, relation: 'higher' }],
      '2023',
      '0,75',
      t('nl'),
      ratio,
    );
    expect(text).to.equal(
      'Vergeleken (2023): 0,75, hoger dan Nederland (0,70) en hoger dan Zuid-Holland (0,68).',
    );
  });
  it('comparisons without a figure get a sentence of their own; none at all gives an empty string', () => {
    const text = comparisonSentences(
      [nl(null), { label: 'Regio', style: 2, value: 4.3, relation: 'higher' }],
      '2025',
      '4,5%',
      t('nl'),
      percent('nl'),
    );
    expect(text).to.equal(
      'Vergeleken (2025): 4,5%, hoger dan Regio (4,3%). Nederland: geen cijfer voor 2025.',
    );
    expect(comparisonSentences([], '2025', '4,5%', t('nl'), percent('nl'))).to.equal('');
  });
});

describe('joinList(items, and)', () => {
  it('joins as Dutch and English write lists', () => {
    expect(joinList([], 'en')).to.equal('');
    expect(joinList(['a'], 'en')).to.equal('a');
    expect(joinList(['a', 'b'], 'en')).to.equal('a en b');
    expect(joinList(['a', 'b', 'c'], 'and')).to.equal('a, b and c');
  });
});
