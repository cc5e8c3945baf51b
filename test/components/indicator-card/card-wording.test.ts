// The card's wording as pure functions, on seed data: the same sentences the element shows (its tests read them
// on the page), here returned without a DOM.
import { expect } from '@open-wc/testing';
import {
  changeText,
  summaryText,
  tickText,
  valueText,
  type CardWording,
} from '../../../src/components/indicator-card/card-wording.js';
import { trendView } from '../../../src/components/indicator-card/trend.js';
import { indicatorCardStrings } from '../../../src/components/indicator-card/indicator-card.strings.js';
import { indicatorCardStringsEn } from '../../../src/components/indicator-card/indicator-card.strings.en.js';
import { commonStrings } from '../../../src/i18n/common.js';
import { commonStringsEn } from '../../../src/i18n/common.en.js';
import { translate } from '../../../src/i18n/strings.js';
import type { Locale } from '../../../src/lib/format.js';
import type { Indicator, PcDocument } from '../../../src/schema/types.js';
import { seed } from '../../support/seeds.js';

const catalogue = {
  nl: { ...commonStrings.nl, ...indicatorCardStrings.nl },
  en: { ...commonStrings.en, ...commonStringsEn, ...indicatorCardStringsEn },
};

let doc2025: PcDocument;
before(async () => {
  doc2025 = await seed();
});

function indicator(id: string): Indicator {
  for (const p of doc2025.programmes ?? [])
    for (const g of p.goals) for (const i of g.indicators ?? []) if (i.id === id) return i;
  throw new Error(`no indicator ${id}`);
}

function wording(id: string, locale: Locale = 'nl'): CardWording {
  return {
    indicator: indicator(id),
    locale,
    t: (key, params) => translate(catalogue, locale, key, params),
  };
}

describe('card wording', () => {
  it('a value and its unit are joined by a no-break space; short leaves a count unit out', () => {
    const w = wording('jeugdhulp-unieke-jeugdigen');
    expect(valueText(w, 4729)).to.equal('4.729\u00a0jeugdigen');
    expect(valueText(w, 4800, true)).to.equal('4.800');
    expect(valueText(w, null)).to.equal('–');
    expect(valueText(wording('jeugdhulp-unieke-jeugdigen', 'en'), 4729)).to.equal('4,729\u00a0jeugdigen');
  });

  it('the change against the previous period, and the summary of the 2025 jaarstukken', () => {
    const w = wording('jeugdhulp-unieke-jeugdigen');
    const view = trendView(w.indicator);
    const change = changeText(w, view);
    expect(change).to.equal('-32 jeugdigen t.o.v. 2024');
    const latest = view.points[view.latest!];
    expect(summaryText(w, view, latest, change, '')).to.equal(
      'Realisatie 2025: 4.729\u00a0jeugdigen, begroting 4.800; doel gehaald. -32 jeugdigen t.o.v. 2024. ' +
        'De grafiek toont 2 perioden, van 2024 tot en met 2025.',
    );
  });

  it('ticks are numbers alone, with no more decimals than the data', () => {
    const w = wording('jeugdhulp-unieke-jeugdigen');
    const view = trendView(w.indicator);
    expect(tickText(view, 'nl', 4800)).to.equal('4.800');
    expect(tickText(view, 'en', 4800)).to.equal('4,800');
  });
});
