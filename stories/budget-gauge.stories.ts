import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define/pc-budget-gauge.js';
import doc2025 from '../demo/data/jaarstukken-2025-programma-2.json';
import doc2023 from '../demo/data/jaarverslag-2023-programma-2-web.json';

export default {
  title: 'Components/Budget gauge',
  component: 'pc-budget-gauge',
  tags: ['autodocs'],
};

type Amounts = Record<string, number>;
interface Finance {
  actual?: Amounts;
  budget?: Amounts;
  budgetOriginal?: Amounts;
}

/** A fictional document (Voorbeeldgemeente) with the budgets and totals the seeds lack. Amounts x €1.000. */
function fictional(finance: Finance, totals?: Finance) {
  return {
    schemaVersion: 1,
    municipality: { name: 'Voorbeeldgemeente' },
    document: {
      type: 'jaarstukken',
      year: 2025,
      title: 'Jaarstukken 2025 Voorbeeldgemeente',
      amountsIn: 1000,
      ...(totals ? { totals } : {}),
    },
    programmes: [
      {
        id: 'v1',
        code: '1',
        title: 'Voorbeeldprogramma',
        finance,
        goals: [{ id: 'v1-1', code: '1.1', title: 'Voorbeelddoel' }],
      },
    ],
  };
}

const overBudget = fictional({
  actual: { expenses: -112000, revenues: 6000, balance: -106000 },
  budget: { expenses: -100000, revenues: 5000, balance: -95000 },
  budgetOriginal: { expenses: -95000, revenues: 5000, balance: -90000 },
});

const card = (content: unknown) => html`<div style="max-width: 36rem">${content}</div>`;

interface Args {
  measure: 'expenses' | 'revenues' | 'balance';
  compare: 'budget' | 'total';
  variant: 'arc' | 'bar';
  lang: 'nl' | 'en';
  width: number;
}

/** Fictional figures with a budget, an original budget and municipal totals: try every attribute. */
export const Playground = {
  args: { measure: 'expenses', compare: 'budget', variant: 'arc', lang: 'nl', width: 420 } satisfies Args,
  argTypes: {
    measure: { control: 'select', options: ['expenses', 'revenues', 'balance'] },
    compare: { control: 'select', options: ['budget', 'total'] },
    variant: { control: 'select', options: ['arc', 'bar'] },
    lang: { control: 'select', options: ['nl', 'en'] },
    width: { control: { type: 'range', min: 200, max: 600, step: 10 } },
  },
  render: (args: Args) =>
    html`<div style=${styleMap({ width: `${args.width}px` })}>
      <pc-budget-gauge
        programme="v1"
        measure=${args.measure}
        compare=${args.compare}
        variant=${args.variant}
        lang=${args.lang}
        .data=${fictional(
          {
            actual: { expenses: -112000, revenues: 6000, balance: -106000 },
            budget: { expenses: -100000, revenues: 5000, balance: -95000 },
            budgetOriginal: { expenses: -95000, revenues: 5000, balance: -90000 },
          },
          { actual: { expenses: -474576, revenues: 480000, balance: 5424 } },
        )}
      ></pc-budget-gauge>
    </div>`,
};

/** "€ 20,0 mln minder uitgegeven dan begroot (80%)": favourable for expenses; the primitief as a dashed tick. */
export const UnderBudget = {
  render: () =>
    card(
      html`<pc-budget-gauge
        programme="v1"
        .data=${fictional({
          actual: { expenses: -80000 },
          budget: { expenses: -100000 },
          budgetOriginal: { expenses: -90000 },
        })}
      ></pc-budget-gauge>`,
    ),
};

/** Within 0,5% of the budget: "Uitgegeven zoals begroot (100%)", no verdict. */
export const OnBudget = {
  render: () =>
    card(
      html`<pc-budget-gauge
        programme="v1"
        .data=${fictional({ actual: { expenses: -100400 }, budget: { expenses: -100000 } })}
      ></pc-budget-gauge>`,
    ),
};

/** "€ 12,0 mln meer uitgegeven dan begroot (112%)": the overflow beyond 100% is hatched, the scale ends at 125%. */
export const OverBudget = {
  render: () => card(html`<pc-budget-gauge programme="v1" .data=${overBudget}></pc-budget-gauge>`),
};

/** 250%: the scale ends at 250% so the budget tick and the overflow stay readable. */
export const FarOverBudget = {
  render: () =>
    card(
      html`<pc-budget-gauge
        programme="v1"
        .data=${fictional({ actual: { expenses: -25000 }, budget: { expenses: -10000 } })}
      ></pc-budget-gauge>`,
    ),
};

/**
 * The 2025 jaarstukken state only the realisation: the gauge says it in normal weight and why nothing is
 * compared ("Het document noemt geen begroting"), no meter.
 */
export const NoBudget = {
  render: () => card(html`<pc-budget-gauge programme="p2" .data=${doc2025}></pc-budget-gauge>`),
};

/** The 2023 web edition prints shares but no totals: the printed 23,55% as a gauge; the saldo is no share. */
export const PrintedShare = {
  render: () =>
    card(
      html`<pc-budget-gauge programme="p2" compare="total" .data=${doc2023}></pc-budget-gauge>
        <pc-budget-gauge
          programme="p2"
          compare="total"
          measure="balance"
          .data=${doc2023}
        ></pc-budget-gauge>`,
    ),
};

/** A budget of € 0: no percentage and no division by zero, "(de begroting is € 0)". */
export const ZeroBudget = {
  render: () =>
    card(
      html`<pc-budget-gauge
        programme="v1"
        .data=${fictional({ actual: { expenses: -1200 }, budget: { expenses: 0 } })}
      ></pc-budget-gauge>`,
    ),
};

/** A negative (nadelig) saldo budget: "Saldo € 2,0 mln nadeliger dan begroot (110%)". */
export const NegativeBalanceBudget = {
  render: () =>
    card(
      html`<pc-budget-gauge
        programme="v1"
        measure="balance"
        .data=${fictional({ actual: { balance: -22000 }, budget: { balance: -20000 } })}
      ></pc-budget-gauge>`,
    ),
};

/** Revenues: receiving less than budgeted is unfavourable, "€ 1,0 mln minder ontvangen dan begroot (80%)". */
export const Revenues = {
  render: () =>
    card(
      html`<pc-budget-gauge
        programme="v1"
        measure="revenues"
        .data=${fictional({ actual: { revenues: 4000 }, budget: { revenues: 5000 } })}
      ></pc-budget-gauge>`,
    ),
};

/** compare="total": "23,6% van alle uitgaven van de gemeente" (document.totals). */
export const ShareOfTotal = {
  render: () =>
    card(
      html`<pc-budget-gauge
        programme="v1"
        compare="total"
        .data=${fictional({ actual: { expenses: -95361 } }, { actual: { expenses: -404072 } })}
      ></pc-budget-gauge>`,
    ),
};

/** compare="total" on the 2025 jaarstukken, which state no municipal total: a plain message, not an error. */
export const ShareWithoutTotals = {
  render: () =>
    card(html`<pc-budget-gauge programme="p2" compare="total" .data=${doc2025}></pc-budget-gauge>`),
};

/** A goal of the 2025 jaarstukken instead of a programme (realisation only), in each measure. */
export const Goal = {
  render: () =>
    html`<div style="display: grid; gap: 1.5rem; max-width: 36rem">
      <pc-budget-gauge goal="d2-1" .data=${doc2025}></pc-budget-gauge>
      <pc-budget-gauge goal="d2-2" measure="revenues" .data=${doc2025}></pc-budget-gauge>
      <pc-budget-gauge goal="d2-3" measure="balance" .data=${doc2025}></pc-budget-gauge>
    </div>`,
};

/** variant="bar": the bullet bar on the same scale, with budget marker, primitief marker and overflow. */
export const Bar = {
  render: () =>
    html`<div style="display: grid; gap: 1.5rem; max-width: 36rem">
      <pc-budget-gauge programme="v1" variant="bar" .data=${overBudget}></pc-budget-gauge>
      <pc-budget-gauge
        programme="v1"
        variant="bar"
        .data=${fictional({ actual: { expenses: -25000 }, budget: { expenses: -10000 } })}
      ></pc-budget-gauge>
    </div>`,
};

/** An id that is not in the document: a readable error naming it. */
export const UnknownId = {
  render: () => card(html`<pc-budget-gauge programme="p99" .data=${doc2025}></pc-budget-gauge>`),
};

/** A data URL that answers 404: a readable error. */
export const FailedSrc = {
  render: () => card(html`<pc-budget-gauge programme="p2" src="/does-not-exist.json"></pc-budget-gauge>`),
};

/** English: "€12.0 million more spent than budgeted (112%)". */
export const English = {
  render: () => card(html`<pc-budget-gauge lang="en" programme="v1" .data=${overBudget}></pc-budget-gauge>`),
};

/** From 200 to 600 px: stacked when narrow, graphic beside the text when there is room. */
export const Widths = {
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: start">
      ${[200, 320, 600].map(
        (width) =>
          html`<div style=${styleMap({ width: `${width}px` })}>
            <pc-budget-gauge programme="v1" .data=${overBudget}></pc-budget-gauge>
          </div>`,
      )}
    </div>`,
};
