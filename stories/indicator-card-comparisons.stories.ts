import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define/pc-indicator-card.js';
import bijlage from '../demo/data/gezonde-stad-2023-2026-bijlage-1.json';

/**
 * The indicator card with comparison series (reference values): the health plan's Bijlage 1 figures, and
 * fictional trends (Voorbeeldgemeente) for the states the seeds lack: no seed has a national line over years.
 */
export default {
  title: 'Components/Indicator card/Comparisons',
  component: 'pc-indicator-card',
};

interface Series {
  label: string;
  kind?: string;
  values: Array<{ period: string; value: number | null }>;
}

/** A fictional document with one indicator "vb" and its comparisons. */
function fictional(indicator: Record<string, unknown>, comparisons: Series[]) {
  return {
    schemaVersion: 1,
    municipality: { name: 'Voorbeeldgemeente' },
    document: { type: 'jaarstukken', year: 2025, title: 'Jaarstukken 2025 Voorbeeldgemeente' },
    programmes: [
      {
        id: 'v1',
        title: 'Voorbeeldprogramma',
        goals: [
          { id: 'v1-1', title: 'Voorbeelddoel', indicators: [{ id: 'vb', ...indicator, comparisons }] },
        ],
      },
    ],
  };
}

const years = (from: number, values: Array<number | null>) =>
  values.map((value, i) => ({ period: String(from + i), value }));

/** A card at three widths: narrow (a phone column), medium, and wide (facts beside the chart). */
const widths = (card: () => TemplateResult) =>
  html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: start">
    ${[300, 480, 820].map((width) => html`<div style=${styleMap({ width: `${width}px` })}>${card()}</div>`)}
  </div>`;

const bijlageCard = (id: string, lang = 'nl') =>
  html`<pc-indicator-card lang=${lang} indicator=${id} .data=${bijlage}></pc-indicator-card>`;

/** Demografische druk 2023 (seed): Zoetermeer 0,75 against Nederland 0,70 and Zuid-Holland 0,68, a dot comparison. */
export const OnePeriodTwoComparisons = {
  render: () => widths(() => bijlageCard('demografische-druk')),
};

/** A trend with a national line (fictional): five years, lower is better. */
const unemployment = fictional(
  {
    title: 'Werkloosheid (voorbeeld)',
    unit: 'percent',
    decimals: 1,
    polarity: 'lower-is-better',
    values: [5.1, 4.6, 4.4, 4.5, 4.2].map((actual, i) => ({ period: String(2021 + i), actual })),
  },
  [{ label: 'Nederland', kind: 'national', values: years(2021, [4.2, 3.5, 3.6, 3.7, 3.9]) }],
);

export const TrendWithNationalLine = {
  render: () =>
    widths(() => html`<pc-indicator-card indicator="vb" .data=${unemployment}></pc-indicator-card>`),
};

/** The national figure for the latest year is not published yet; the size class has only the last two years. */
const latestMissing = fictional(
  {
    title: 'Huishoudens met een bijstandsuitkering per 1.000 huishoudens (voorbeeld)',
    unit: 'count',
    decimals: 1,
    values: [38.2, 37.5, 36.9, 37.8].map((actual, i) => ({ period: String(2022 + i), actual })),
  },
  [
    { label: 'Nederland', kind: 'national', values: years(2021, [41.0, 40.1, 39.6, 40.2, null]) },
    { label: 'Gemeenten 100.000–300.000 inwoners', kind: 'size-class', values: years(2024, [44.3, 45.0]) },
  ],
);

export const ComparisonWithoutLatestYear = {
  render: () =>
    widths(() => html`<pc-indicator-card indicator="vb" .data=${latestMissing}></pc-indicator-card>`),
};

/** Lower is better: stress (seed, undated) reads "hoger en dus slechter"; the fictional trend "lager en dus beter". */
export const LowerIsBetter = {
  render: () =>
    html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 1.5rem">
      ${bijlageCard('veel-stress')} ${bijlageCard('een-of-meer-aandoeningen')}
      <pc-indicator-card indicator="vb" .data=${unemployment}></pc-indicator-card>
    </div>`,
};

/** Undated figures (seed): the plan prints no year with them, so the card says "zonder jaartal". */
export const Undated = {
  render: () =>
    html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 1.5rem">
      ${bijlageCard('normaal-gewicht')} ${bijlageCard('normaal-gewicht', 'en')}
    </div>`,
};

/** Every Bijlage 1 figure of the health plan, as the demo page shows them. */
export const AllBijlage1 = {
  render: () =>
    html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 1rem">
      ${bijlage.programmes.flatMap((programme) =>
        programme.goals.flatMap((goal) => goal.indicators.map((indicator) => bijlageCard(indicator.id))),
      )}
    </div>`,
};
