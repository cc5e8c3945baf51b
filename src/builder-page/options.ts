/**
 * What the builder page offers per component: the attributes, and for each the choices, filled from the data
 * (which indicator, which programme …) or fixed (measure, variant …). Pure: the page renders these as lists.
 */
import type { PcDocument } from '../schema/types.js';

export const COMPONENTS = ['pc-indicator-card', 'pc-budget-gauge', 'pc-saldo-table', 'pc-goal-tree'] as const;
export type ComponentTag = (typeof COMPONENTS)[number];

export interface Choice {
  value: string;
  label: string;
}

export interface AttributeOption {
  /** The element's attribute. */
  name: string;
  /** A key of the page's strings for the label. */
  label: string;
  choices: Choice[];
  /** Whether "(standaard)" / leaving it out is a choice (the attribute is then not written). */
  optional: boolean;
}

const fixed = (values: string[]): Choice[] => values.map((value) => ({ value, label: value }));

/** The components the document can feed: a card needs an indicator, a tree needs a tree or a programme … */
export function availableComponents(doc: PcDocument): ComponentTag[] {
  const programmes = doc.programmes ?? [];
  const hasIndicator = programmes.some((p) => p.goals.some((g) => (g.indicators ?? []).length > 0));
  const hasFinance = programmes.some((p) => p.finance || p.goals.some((g) => g.finance));
  return COMPONENTS.filter((tag) => {
    if (tag === 'pc-indicator-card') return hasIndicator;
    if (tag === 'pc-budget-gauge' || tag === 'pc-saldo-table') return hasFinance;
    return (doc.goalTrees ?? []).length > 0 || programmes.length > 0;
  });
}

export function attributeOptions(doc: PcDocument, tag: ComponentTag): AttributeOption[] {
  const programmes = (doc.programmes ?? []).map((p) => ({
    value: p.id,
    label: `${p.code ? `${p.code} ` : ''}${p.title}`,
  }));
  switch (tag) {
    case 'pc-indicator-card':
      return [
        {
          name: 'indicator',
          label: 'attr.indicator',
          optional: false,
          choices: (doc.programmes ?? []).flatMap((p) =>
            p.goals.flatMap((g) => (g.indicators ?? []).map((i) => ({ value: i.id, label: i.title }))),
          ),
        },
      ];
    case 'pc-budget-gauge':
      return [
        { name: 'programme', label: 'attr.programme', optional: false, choices: programmes },
        {
          name: 'goal',
          label: 'attr.goal',
          optional: true,
          choices: (doc.programmes ?? []).flatMap((p) =>
            p.goals
              .filter((g) => g.finance)
              .map((g) => ({ value: g.id, label: `${g.code ? `${g.code} ` : ''}${g.title}` })),
          ),
        },
        {
          name: 'measure',
          label: 'attr.measure',
          optional: true,
          choices: fixed(['expenses', 'revenues', 'balance']),
        },
        { name: 'compare', label: 'attr.compare', optional: true, choices: fixed(['budget', 'total']) },
        { name: 'variant', label: 'attr.variant', optional: true, choices: fixed(['arc', 'bar']) },
      ];
    case 'pc-saldo-table':
      return [
        { name: 'programme', label: 'attr.programme', optional: false, choices: programmes },
        {
          name: 'scenario',
          label: 'attr.scenario',
          optional: true,
          choices: fixed(['actual', 'budget', 'budgetOriginal']),
        },
        { name: 'compare', label: 'attr.compare', optional: true, choices: fixed(['budget']) },
      ];
    case 'pc-goal-tree': {
      const trees = (doc.goalTrees ?? []).map((t) => ({ value: t.id, label: t.title }));
      return [
        trees.length > 0
          ? { name: 'tree', label: 'attr.tree', optional: false, choices: trees }
          : { name: 'programme', label: 'attr.programme', optional: false, choices: programmes },
        {
          name: 'orientation',
          label: 'attr.orientation',
          optional: true,
          choices: fixed(['left-right', 'top-down']),
        },
      ];
    }
  }
}

/** The first choice of every required attribute: what the page shows before the editor picks. */
export function defaultAttributes(doc: PcDocument, tag: ComponentTag): Record<string, string> {
  return defaultsOf(attributeOptions(doc, tag));
}

/** The first choice of every required attribute among `options`. */
export function defaultsOf(options: readonly AttributeOption[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const option of options) {
    if (!option.optional && option.choices[0]) attributes[option.name] = option.choices[0].value;
  }
  return attributes;
}

/** Everything the page offers for a document: the components it can feed, and each one's lists. */
export interface Catalog {
  tags: ComponentTag[];
  options: Partial<Record<ComponentTag, AttributeOption[]>>;
}

/** The catalog of a document, made in the worker so that the page needs no copy of the document itself. */
export function catalogOf(doc: PcDocument): Catalog {
  const tags = availableComponents(doc);
  return { tags, options: Object.fromEntries(tags.map((tag) => [tag, attributeOptions(doc, tag)])) };
}
