/**
 * What the comparisons say in words: string keys and the sentences built from them, for the element to show
 * beside the value and in the chart's text summary. Pure: the element passes its translate and format functions.
 */
import type { ComparisonStatement } from './comparison.js';

export type Translate = (key: string, params?: Record<string, unknown>) => string;
/** Formats a reference value as the card shows it ("47,4%", "€ 3.615"). */
export type FormatValue = (value: number | null) => string;

/**
 * The key of one statement: `card.compare.lower` ("lager dan …"), `card.compare.lower.worse` ("lager en dus
 * slechter dan …") where the polarity says which way is good, or `card.compare.missing` without a value.
 */
export function statementKey(s: ComparisonStatement): string {
  if (s.value === null || !s.relation) return 'card.compare.missing';
  return s.judgement ? `card.compare.${s.relation}.${s.judgement}` : `card.compare.${s.relation}`;
}

/** "lager dan Nederland (47,4%)", or "Nederland: geen cijfer voor 2025". */
export function statementText(
  s: ComparisonStatement,
  period: string,
  t: Translate,
  format: FormatValue,
): string {
  return t(statementKey(s), { label: s.label, period, value: format(s.value) });
}

/** "a", "a en b", "a, b en c". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/**
 * The summary's sentences: "Vergeleken (2023): 0,75, hoger dan Nederland (0,70) en hoger dan Zuid-Holland
 * (0,68)." and one sentence per comparison without a figure for the period. Empty without statements.
 */
export function comparisonSentences(
  statements: readonly ComparisonStatement[],
  period: string,
  own: string,
  t: Translate,
  format: FormatValue,
): string {
  const related = statements.filter((s) => s.relation).map((s) => statementText(s, period, t, format));
  const sentences: string[] = [];
  if (related.length > 0) {
    const list = joinList(related, t('card.compare.and'));
    sentences.push(`${t('card.summary.compare', { period, value: own, statements: list })}.`);
  }
  for (const s of statements) if (!s.relation) sentences.push(`${statementText(s, period, t, format)}.`);
  return sentences.join(' ');
}
