// The four elements as the shared contract suite sees them: how to point each at the seed data, how to break its
// input, and where a number it shows can be read. Everything else in the contract is the same for all four.
import { CHART_VARIANTS } from '../../src/components/indicator-card/trend.js';
import {
  GAUGE_COMPARES,
  GAUGE_MEASURES,
  GAUGE_VARIANTS,
} from '../../src/components/budget-gauge/gauge-model.js';
import { SCENARIOS } from '../../src/components/saldo-table/saldo.js';
import { ORIENTATIONS } from '../../src/components/goal-tree/tree-layout.js';
import { DATA_HEALTH, seed } from '../support/seeds.js';

export interface Subject {
  tag: string;
  /** Attributes that select a part of the 2025 seed. */
  select: Record<string, string>;
  /** The attribute the `missing-attribute` error asks for. */
  required: string;
  /** A selecting attribute with an id the document does not have. */
  unknown: [attribute: string, id: string];
  /** Breaks one value of the 2025 seed; returns its JSON Pointer. */
  breakType(doc: any): string;
  /** Brings a formatted number into view (most elements show one at rest). */
  showNumber?(el: HTMLElement): Promise<void>;
  /** A number as the element shows it in Dutch and in English. */
  number: { nl: string; en: string };
  /** Attributes with a closed set of values: the runtime list each element checks against. */
  values: Record<string, readonly string[]>;
  /** Further states that show parts the 2025 seed does not (the seeds have no budget figures, for example). */
  moreStates?: Array<{
    attributes: Record<string, string>;
    data(): Promise<unknown>;
    /** What a reader does to reach the state's parts (e.g. focus a goal whose cross-links are drawn then). */
    show?(el: HTMLElement): Promise<void>;
  }>;
}

export const SUBJECTS: Subject[] = [
  {
    tag: 'pc-indicator-card',
    select: { indicator: 'jeugdhulp-unieke-jeugdigen' },
    required: 'indicator',
    unknown: ['indicator', 'bestaat-niet'],
    breakType(doc) {
      doc.programmes[0].goals[0].indicators[0].values[0].actual = 'veel';
      return '/programmes/0/goals/0/indicators/0/values/0/actual';
    },
    number: { nl: '4.729 jeugdigen', en: '4,729 jeugdigen' },
    values: { variant: CHART_VARIANTS },
    // The health plan's Bijlage 1: an indicator with comparisons, shown as a dot comparison (one period).
    moreStates: [
      {
        attributes: { indicator: 'normaal-gewicht' },
        data: () => seed('/demo/data/gezonde-stad-2023-2026-bijlage-1.json'),
      },
    ],
  },
  {
    tag: 'pc-budget-gauge',
    select: { programme: 'p2' },
    required: 'programme',
    unknown: ['goal', 'd9-9'],
    breakType(doc) {
      doc.programmes[0].finance.actual.expenses = true;
      return '/programmes/0/finance/actual/expenses';
    },
    number: { nl: '€ 163,2 mln', en: '€163.2 million' },
    values: { measure: GAUGE_MEASURES, compare: GAUGE_COMPARES, variant: GAUGE_VARIANTS },
    moreStates: [
      {
        attributes: { programme: 'p2' },
        async data() {
          const doc = await seed();
          doc.programmes[0].finance.budget = { expenses: -150000 };
          return doc;
        },
      },
    ],
  },
  {
    tag: 'pc-saldo-table',
    select: { programme: 'p2' },
    required: 'programme',
    unknown: ['programme', 'p99'],
    breakType(doc) {
      doc.programmes[0].goals[1].finance.actual.balance = [];
      return '/programmes/0/goals/1/finance/actual/balance';
    },
    number: { nl: '-146.506', en: '-146,506' },
    values: { scenario: SCENARIOS },
    moreStates: [
      {
        // A programme total the document does not state is summed and footnoted "berekend".
        attributes: { programme: 'p2' },
        async data() {
          const doc = await seed();
          delete doc.programmes[0].finance;
          return doc;
        },
      },
      {
        // Realisatie against begroting: a difference per measure, labelled in the narrow layout.
        attributes: { programme: 'p2', compare: 'budget' },
        async data() {
          const doc = await seed();
          const programme = doc.programmes[0];
          for (const holder of [programme, ...programme.goals]) {
            const actual = holder.finance.actual;
            holder.finance.budget = Object.fromEntries(
              Object.entries(actual).map(([measure, value]) => [measure, Math.round(Number(value) * 0.9)]),
            );
          }
          return doc;
        },
      },
    ],
  },
  {
    tag: 'pc-goal-tree',
    select: { programme: 'p2' },
    required: 'tree',
    unknown: ['tree', 'bestaat-niet'],
    breakType(doc) {
      doc.programmes[0].goals[0].title = 42;
      return '/programmes/0/goals/0/title';
    },
    // A goal's details (shown when it is selected) carry its saldo.
    async showNumber(el) {
      const goal = el.shadowRoot!.getElementById('node-d2-1');
      goal?.querySelector<HTMLElement>('[part="node-title"]')?.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    },
    number: { nl: '-95.081', en: '-95,081' },
    values: { orientation: ORIENTATIONS },
    moreStates: [
      {
        attributes: { tree: 'gezonde-stad' },
        data: () => seed(DATA_HEALTH),
        // A theme with focus: its cross-links are drawn (none at rest).
        async show(el) {
          const tree = el as HTMLElement & {
            revealNode(id: string): boolean;
            updateComplete: Promise<unknown>;
          };
          tree.revealNode('thema-1');
          await tree.updateComplete;
        },
      },
    ],
  },
];
