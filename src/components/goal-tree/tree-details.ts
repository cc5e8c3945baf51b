/**
 * What the details panel and the boxes say about a node: roll-up and kind messages (string keys for the
 * element to translate) and the facts of the details panel, formatted for the locale.
 */
import type { AmountsIn, NodeStatus } from '../../schema/types.js';
import {
  formatAmount,
  formatIndicatorValue,
  formatNumber,
  unitCaption,
  type Locale,
} from '../../lib/format.js';
import { periodLabel } from '../../lib/period.js';
import { latestValue, type Rollup, type TreeModel, type TreeNode } from './tree-model.js';

export function contributorsOf(model: TreeModel, id: string): TreeNode[] {
  return model.nodes.filter((node) => node.contributesTo.includes(id));
}

/** A UI string by key, for the element to translate; `fallback` is shown when the key has no string. */
export interface Message {
  key: string;
  params?: Record<string, string>;
  fallback?: string;
}

/** "3 van 5 indicatoren gehaald" (derived trees) or "3 van 5 doelen gehaald" (goal trees). */
export function rollupMessage(source: TreeModel['source'], rollup: Rollup, locale: Locale): Message {
  const noun = source === 'programme' ? 'indicators' : 'goals';
  return {
    key: rollup.total === 1 ? `tree.rollup.${noun}.one` : `tree.rollup.${noun}`,
    params: { achieved: formatNumber(rollup.achieved, locale), total: formatNumber(rollup.total, locale) },
  };
}

/** A known kind ("pillar") by its UI string, any other word as the document writes it. */
export function kindMessage(kind: string): Message {
  return { key: `tree.kind.${kind}`, fallback: kind };
}

export interface DetailFact {
  label: Message;
  value: Message | string;
  status?: NodeStatus;
}

/**
 * The facts of the details panel, in reading order: kind, status, roll-up, period, a derived goal's actual saldo
 * (as printed, with the unit), and the latest period's realisation and target of the node's indicator.
 */
export function detailFacts(
  node: TreeNode,
  model: TreeModel,
  locale: Locale,
  amountsIn?: AmountsIn,
): DetailFact[] {
  const facts: DetailFact[] = [];
  if (node.kind) facts.push({ label: { key: 'tree.details.kind' }, value: kindMessage(node.kind) });
  if (node.status) {
    facts.push({
      label: { key: 'tree.details.status' },
      value: { key: `common.status.${node.status}` },
      status: node.status,
    });
  }
  if (node.rollup)
    facts.push({
      label: { key: 'tree.details.rollup' },
      value: rollupMessage(model.source, node.rollup, locale),
    });
  if (node.period)
    facts.push({ label: { key: 'tree.details.period' }, value: periodLabel(node.period, locale) });
  const balance = node.finance?.actual?.balance;
  if (typeof balance === 'number' && Number.isFinite(balance)) {
    facts.push({
      label: { key: 'tree.details.balance' },
      value: `${formatAmount(balance, locale)} (${unitCaption(amountsIn, locale)})`,
    });
  }
  const indicator = node.indicator;
  if (!indicator) return facts;
  if (model.source === 'tree')
    facts.push({ label: { key: 'tree.details.indicator' }, value: indicator.title });
  const latest = latestValue(indicator);
  if (!latest) return facts;
  const period = periodLabel(latest.period, locale);
  const value = (v: number | null | undefined): Message | string =>
    typeof v === 'number' && Number.isFinite(v)
      ? formatIndicatorValue(v, indicator.unit, locale, {
          decimals: indicator.decimals,
          unitLabel: indicator.unitLabel,
        })
      : { key: 'tree.details.noValue' };
  facts.push({ label: { key: 'tree.details.actual', params: { period } }, value: value(latest.actual) });
  if (latest.target !== undefined) {
    facts.push({ label: { key: 'tree.details.target', params: { period } }, value: value(latest.target) });
  }
  return facts;
}
