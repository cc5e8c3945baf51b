import { html } from 'lit';
import '../src/define/pc-saldo-table.js';
import doc2025 from '../demo/data/jaarstukken-2025-programma-2.json';
import doc2021 from '../demo/data/jaarverslag-2021-programma-2.json';

export default {
  title: 'Components/Saldo table',
  component: 'pc-saldo-table',
  tags: ['autodocs'],
};

type Amounts = Record<string, number>;

/** A fictional document (Voorbeeldgemeente) for states the seeds lack. */
function fictional(programme: Record<string, unknown>) {
  return {
    schemaVersion: 1,
    municipality: { name: 'Voorbeeldgemeente' },
    document: {
      type: 'jaarstukken',
      year: 2025,
      title: 'Jaarstukken 2025 Voorbeeldgemeente',
      amountsIn: 1000,
    },
    programmes: [{ id: 'v1', code: '1', title: 'Voorbeeldprogramma', ...programme }],
  };
}

const goal = (id: string, code: string, title: string, actual?: Amounts, budget?: Amounts) => ({
  id,
  code,
  title,
  ...(actual || budget ? { finance: { ...(actual ? { actual } : {}), ...(budget ? { budget } : {}) } } : {}),
});

interface Args {
  programme: string;
  scenario: 'actual' | 'budget' | 'budgetOriginal';
  compare: '' | 'budget';
  lang: 'nl' | 'en';
}

export const Playground = {
  args: { programme: 'p2', scenario: 'actual', compare: '', lang: 'nl' } satisfies Args,
  argTypes: {
    scenario: { control: 'select', options: ['actual', 'budget', 'budgetOriginal'] },
    compare: { control: 'select', options: ['', 'budget'] },
    lang: { control: 'select', options: ['nl', 'en'] },
  },
  render: (args: Args) =>
    html`<pc-saldo-table
      programme=${args.programme}
      scenario=${args.scenario}
      compare=${args.compare}
      lang=${args.lang}
      .data=${doc2025}
    ></pc-saldo-table>`,
};

/** Jaarstukken 2025: reserve columns; the stated total saldo -146.506 differs by rounding from the sum (silent). */
export const Jaarstukken2025 = {
  render: () => html`<pc-saldo-table programme="p2" .data=${doc2025}></pc-saldo-table>`,
};

/** Jaarverslag 2021: baten, lasten and saldo only; two rows coded 2.2; negative baten (-19). */
export const Jaarverslag2021 = {
  render: () => html`<pc-saldo-table programme="p2" .data=${doc2021}></pc-saldo-table>`,
};

/** The stated total differs by more than rounding from its parts: a visible footnote, never corrected. */
export const TotalMismatch = {
  render: () =>
    html`<pc-saldo-table
      programme="v1"
      .data=${fictional({
        finance: { actual: { expenses: -300, revenues: 100, balance: -260 } },
        goals: [
          goal('v1-a', '1.1', 'Wegen en verkeer', { expenses: -200, revenues: 60, balance: -140 }),
          goal('v1-b', '1.2', 'Groen en water', { expenses: -100, revenues: 40, balance: -60 }),
        ],
      })}
    ></pc-saldo-table>`,
};

/** A total the document does not state: summed from the goals and marked "berekend". */
export const ComputedTotal = {
  render: () =>
    html`<pc-saldo-table
      programme="v1"
      .data=${fictional({
        goals: [
          goal('v1-a', '1.1', 'Wegen en verkeer', { expenses: -200, revenues: 60, balance: -140 }),
          goal('v1-b', '1.2', 'Groen en water', { expenses: -100, revenues: 40, balance: -60 }),
        ],
      })}
    ></pc-saldo-table>`,
};

/** Valid data without figures: a readable status message, no error. */
export const WithoutFinance = {
  render: () =>
    html`<pc-saldo-table
      programme="v1"
      .data=${fictional({ goals: [goal('v1-a', '1.1', 'Wegen en verkeer'), goal('v1-b', '1.2', 'Groen en water')] })}
    ></pc-saldo-table>`,
};

export const OneGoal = {
  render: () =>
    html`<pc-saldo-table
      programme="v1"
      .data=${fictional({
        finance: { actual: { expenses: -50, revenues: 20, balance: -30 } },
        goals: [goal('v1-a', '1.1', 'Enige doelstelling', { expenses: -50, revenues: 20, balance: -30 })],
      })}
    ></pc-saldo-table>`,
};

export const TwentyGoals = {
  render: () =>
    html`<pc-saldo-table
      programme="v1"
      .data=${fictional({
        goals: Array.from({ length: 20 }, (_, i) =>
          goal(`v1-${i + 1}`, `1.${i + 1}`, `Doelstelling ${i + 1}`, {
            expenses: -(i + 1) * 1000,
            revenues: 500 * (i % 4),
            balance: 500 * (i % 4) - (i + 1) * 1000 + (i === 7 ? 12000 : 0),
          }),
        ),
      })}
    ></pc-saldo-table>`,
};

export const LongTitles = {
  render: () =>
    html`<div style="max-width: 40rem">
      <pc-saldo-table
        programme="v1"
        .data=${fictional({
          goals: [
            goal(
              'v1-a',
              '1.1',
              'Bevorderen van vroegtijdige, toegankelijke, passende en effectieve jeugdhulp en ondersteuning voor alle jeugdigen en gezinnen in de gemeente, met bijzondere aandacht voor kwetsbare groepen',
              { expenses: -95361, revenues: 9, balance: -95352 },
            ),
            goal('v1-b', '1.2', 'Kort', { expenses: -100, revenues: 40, balance: -60 }),
          ],
        })}
      ></pc-saldo-table>
    </div>`,
};

/** compare="budget": a "Verschil" column per measure, realisatie minus begroting. */
export const CompareWithBudget = {
  render: () =>
    html`<pc-saldo-table
      programme="v1"
      compare="budget"
      .data=${fictional({
        finance: {
          actual: { expenses: -300, revenues: 100, balance: -200 },
          budget: { expenses: -280, revenues: 90, balance: -190 },
        },
        goals: [
          goal(
            'v1-a',
            '1.1',
            'Wegen en verkeer',
            { expenses: -200, revenues: 60, balance: -140 },
            { expenses: -190, revenues: 50, balance: -140 },
          ),
          goal(
            'v1-b',
            '1.2',
            'Groen en water',
            { expenses: -100, revenues: 40, balance: -60 },
            { expenses: -90, revenues: 40, balance: -50 },
          ),
        ],
      })}
    ></pc-saldo-table>`,
};

/** 320 px wide: the table scrolls inside a focusable, labelled region. */
export const Narrow = {
  render: () =>
    html`<div style="width: 320px; border: 1px dashed #767676">
      <pc-saldo-table programme="p2" .data=${doc2025}></pc-saldo-table>
    </div>`,
};

export const UnknownId = {
  render: () => html`<pc-saldo-table programme="p99" .data=${doc2025}></pc-saldo-table>`,
};

export const FailedSrc = {
  render: () => html`<pc-saldo-table programme="p2" src="/data/does-not-exist.json"></pc-saldo-table>`,
};

export const English = {
  render: () => html`<pc-saldo-table lang="en" programme="p2" .data=${doc2025}></pc-saldo-table>`,
};
