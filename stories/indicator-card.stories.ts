import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define/pc-indicator-card.js';
import doc2025 from '../demo/data/jaarstukken-2025-programma-2.json';
import doc2021 from '../demo/data/jaarverslag-2021-programma-2.json';
import social from '../demo/data/rapportage-sociaal-domein-2024-h2.json';

export default {
  title: 'Components/Indicator card',
  component: 'pc-indicator-card',
  tags: ['autodocs'],
};

interface Value {
  period: string;
  target?: number | null;
  actual?: number | null;
}

/** A fictional document (Voorbeeldgemeente) with one indicator "vb", for states the seeds lack. */
function fictional(indicator: Record<string, unknown> & { title: string; unit: string; values: Value[] }) {
  return {
    schemaVersion: 1,
    municipality: { name: 'Voorbeeldgemeente' },
    document: { type: 'jaarstukken', year: 2025, title: 'Jaarstukken 2025 Voorbeeldgemeente' },
    programmes: [
      {
        id: 'v1',
        title: 'Voorbeeldprogramma',
        goals: [{ id: 'v1-1', title: 'Voorbeelddoel', indicators: [{ id: 'vb', ...indicator }] }],
      },
    ],
  };
}

/** The same card in Dutch and in English, side by side. */
const pair = (card: (lang: 'nl' | 'en') => TemplateResult) =>
  html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 1.5rem">
    ${(['nl', 'en'] as const).map((lang) => html`<div lang=${lang}>${card(lang)}</div>`)}
  </div>`;

const twelveYears = fictional({
  title: '% Inwoners dat zich veilig voelt in de buurt',
  unit: 'percent',
  decimals: 0,
  source: 'Veiligheidsmonitor',
  values: Array.from({ length: 12 }, (_, i) => ({
    period: String(2014 + i),
    target: 70,
    actual: i === 5 ? null : 60 + (((2014 + i) * 7) % 13),
  })),
  targetMet: false,
  explanation: 'In 2019 is niet gemeten. Zie de [Veiligheidsmonitor](https://www.veiligheidsmonitor.nl).',
});

/** The Peutermonitor of the half-year report is quarterly; the report gives it as a chart only. */
const quarterly = fictional({
  title: 'Bereik voorschoolse educatie onder peuters met een onderwijsachterstand',
  unit: 'percent',
  decimals: 1,
  source: 'Peutermonitor',
  values: ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].map(
    (period, i) => ({ period, actual: [80.1, 80.4, 81.2, 79.6, 81.5, 83.0, 84.7, 83.9][i] }),
  ),
});

const noValues = fictional({
  title: '% Mantelzorgers dat zich ondersteund voelt',
  unit: 'percent',
  values: [
    { period: '2024', target: null, actual: null },
    { period: '2025', actual: null },
  ],
  targetMet: null,
  explanation: 'De meting is *uitgesteld* naar 2026.',
});

const negative = fictional({
  title: 'Mutatie aantal wachtenden op een beschermd-wonenplek',
  unit: 'count',
  unitLabel: 'personen',
  polarity: 'lower-is-better',
  values: [
    { period: '2023', target: -10, actual: -40 },
    { period: '2024', target: 0, actual: 15 },
    { period: '2025', target: 5, actual: -5 },
  ],
  targetMet: true,
});

const longTitle = fictional({
  title:
    'Percentage inwoners van achttien jaar en ouder dat zich over het geheel genomen voldoende ondersteund voelt ' +
    'door de gemeente, het samenwerkingsverband en de eigen omgeving bij het bieden van mantelzorg aan een naaste ' +
    'met een langdurige ziekte of beperking (Zeerlangsamengesteldwoordzonderafbreekmogelijkheid)',
  unit: 'percent',
  values: [
    { period: '2024', target: 70, actual: 74 },
    { period: '2025', target: 70, actual: 69 },
  ],
  targetMet: false,
});

interface Args {
  dataset: '2025' | '2021' | 'sociaal domein';
  indicator: string;
  variant: 'line' | 'bars';
  lang: 'nl' | 'en';
  width: number;
}

const DATASETS = { '2025': doc2025, '2021': doc2021, 'sociaal domein': social };

/** Any indicator of the three datasets, as a line or bars, at any width from 280 to 800 px. */
export const Playground = {
  args: {
    dataset: '2025',
    indicator: 'jeugdhulp-unieke-jeugdigen',
    variant: 'line',
    lang: 'nl',
    width: 560,
  } satisfies Args,
  argTypes: {
    dataset: { control: 'select', options: Object.keys(DATASETS) },
    indicator: { control: 'text' },
    variant: { control: 'select', options: ['line', 'bars'] },
    lang: { control: 'select', options: ['nl', 'en'] },
    width: { control: { type: 'range', min: 280, max: 800, step: 10 } },
  },
  render: (args: Args) =>
    html`<div style=${styleMap({ width: `${args.width}px` })}>
      <pc-indicator-card
        indicator=${args.indicator}
        variant=${args.variant}
        lang=${args.lang}
        .data=${DATASETS[args.dataset]}
      ></pc-indicator-card>
    </div>`,
};

/** Two periods (Jaarstukken 2025): "Realisatie 2025: 4.729 jeugdigen, begroting 4.800; doel gehaald". */
export const TwoPeriods = {
  render: () =>
    pair(
      () =>
        html`<pc-indicator-card indicator="jeugdhulp-unieke-jeugdigen" .data=${doc2025}></pc-indicator-card>`,
    ),
};

/** Percent with decimals (Jaarverslag 2021): "-2,6 procentpunt t.o.v. 2020", "Lager is beter". */
export const PercentagePoints = {
  render: () =>
    pair(
      () =>
        html`<pc-indicator-card
          indicator="jeugdhulp-drie-jaar-of-langer"
          .data=${doc2021}
        ></pc-indicator-card>`,
    ),
};

/** Twelve years, one without a measurement (a gap in the line, never a zero); the axis thins out when narrow. */
export const ManyPeriods = {
  render: () => pair(() => html`<pc-indicator-card indicator="vb" .data=${twelveYears}></pc-indicator-card>`),
};

/** Quarterly periods (the Peutermonitor of the half-year report): "Q4 2024", change in procentpunt. */
export const Quarterly = {
  render: () => pair(() => html`<pc-indicator-card indicator="vb" .data=${quarterly}></pc-indicator-card>`),
};

/** Monthly periods (sociaal domein): Participatiewet benefits in January 2024 and January 2025. */
export const Monthly = {
  render: () =>
    pair(
      () =>
        html`<pc-indicator-card indicator="uitkeringen-participatiewet" .data=${social}></pc-indicator-card>`,
    ),
};

/** A single period (sociaal domein): one point, no change. */
export const SinglePeriod = {
  render: () =>
    pair(() => html`<pc-indicator-card indicator="uitstroom-naar-werk" .data=${social}></pc-indicator-card>`),
};

/** No values at all: the verdict "?" and the explanation only, no chart. */
export const NoValues = {
  render: () => pair(() => html`<pc-indicator-card indicator="vb" .data=${noValues}></pc-indicator-card>`),
};

/** The 2025 target only (Jaarstukken 2025, mantelzorg): no actual yet, "?" as its own state. */
export const TargetOnly = {
  render: () =>
    pair(
      () =>
        html`<pc-indicator-card
          indicator="mantelzorgers-tevredenheid-inzet"
          .data=${doc2025}
        ></pc-indicator-card>`,
    ),
};

/** A missing 2025 actual with verdict "?" (survey delayed): "Nog niet bekend", the last known value. */
export const MissingActual = {
  render: () =>
    pair(
      () =>
        html`<pc-indicator-card
          indicator="wmo-tevredenheid-kwaliteit-ondersteuning"
          .data=${doc2025}
        ></pc-indicator-card>`,
    ),
};

/** A new indicator without a 2024 target (Jaarstukken 2025): no marker for 2024, "geen begroting". */
export const MissingFirstTarget = {
  render: () =>
    pair(() => html`<pc-indicator-card indicator="jeugdhulp-instroom" .data=${doc2025}></pc-indicator-card>`),
};

/** A kengetal (sociaal domein): a realisation, never a target, no verdict. */
export const KeyFigure = {
  render: () =>
    pair(() => html`<pc-indicator-card indicator="parttime-baan" .data=${social}></pc-indicator-card>`),
};

/** A very long title (and an unbreakable word) in a 280 px card. */
export const LongTitle = {
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: start">
      ${(['nl', 'en'] as const).map(
        (lang) =>
          html`<div style="width: 280px" lang=${lang}>
            <pc-indicator-card indicator="vb" .data=${longTitle}></pc-indicator-card>
          </div>`,
      )}
    </div>`,
};

/** Negative values below a zero line, lower is better. */
export const NegativeValues = {
  render: () => pair(() => html`<pc-indicator-card indicator="vb" .data=${negative}></pc-indicator-card>`),
};

/** Units: euro (2025), years with one decimal (2021), a 0–11 score (2025). */
export const Units = {
  render: () =>
    html`<div style="display: grid; gap: 1.5rem; max-width: 40rem">
      <pc-indicator-card indicator="wmo-gemiddeld-budget-per-klant" .data=${doc2025}></pc-indicator-card>
      <pc-indicator-card indicator="leeftijd-instroom-jeugdhulp" .data=${doc2021}></pc-indicator-card>
      <pc-indicator-card lang="en" indicator="eenzaamheid-coefficient" .data=${doc2025}></pc-indicator-card>
    </div>`,
};

/** variant="bars": the actual as bars from zero, targets as markers. */
export const Bars = {
  render: () =>
    pair(
      () =>
        html`<pc-indicator-card
          variant="bars"
          indicator="veilig-thuis-meldingen"
          .data=${doc2025}
        ></pc-indicator-card>`,
    ),
};

/** An id that is not in the document: a readable error naming it. */
export const UnknownId = {
  render: () =>
    pair(() => html`<pc-indicator-card indicator="bestaat-niet" .data=${doc2025}></pc-indicator-card>`),
};

/** A data URL that answers 404: a readable error. */
export const FailedSrc = {
  render: () =>
    pair(
      () =>
        html`<pc-indicator-card indicator="vrijwilligers" src="/does-not-exist.json"></pc-indicator-card>`,
    ),
};

/** Text that is not JSON: a readable error. */
export const InvalidJson = {
  render: () =>
    pair(
      () =>
        html`<pc-indicator-card
          indicator="vrijwilligers"
          .data=${'{"schemaVersion": 1,'}
        ></pc-indicator-card>`,
    ),
};

/** From 280 to 800 px: stacked when narrow, facts beside the chart when there is room. */
export const Widths = {
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: start">
      ${[280, 420, 800].map(
        (width) =>
          html`<div style=${styleMap({ width: `${width}px` })}>
            <pc-indicator-card indicator="jeugdhulp-unieke-jeugdigen" .data=${doc2025}></pc-indicator-card>
          </div>`,
      )}
    </div>`,
};

/** Every indicator of the 2025 and 2021 reports, as the demo pages show them. */
export const AllIndicators = {
  render: () =>
    html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 1rem">
      ${[doc2025, doc2021].flatMap((doc) =>
        doc.programmes.flatMap((programme) =>
          programme.goals.flatMap((goal) =>
            (goal.indicators ?? []).map(
              (indicator) =>
                html`<pc-indicator-card indicator=${indicator.id} .data=${doc}></pc-indicator-card>`,
            ),
          ),
        ),
      )}
    </div>`,
};
