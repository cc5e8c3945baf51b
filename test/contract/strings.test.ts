// Every word a reader sees (or hears) comes from the string catalogue, so that a page can replace any of them.
// The test replaces every key with a marker that keeps only its placeholders (`⟦{period} {value}⟧`), renders
// each element in its states, and takes away the markers and the text that comes from the data: what is left may
// be numbers, signs and period labels ("Q3", "mrt", "februari": calendar names, like digits), never a word.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { setStrings } from '../../src/i18n/strings.js';
import { loadEnglish, loadedEnglish } from '../../src/i18n/english.js';
import { englishTable } from '../../src/i18n/en.js';
import { commonStringsEn } from '../../src/i18n/common.en.js';
import { exportStringsEn } from '../../src/internal/export.strings.en.js';
import { indicatorCardStringsEn } from '../../src/components/indicator-card/indicator-card.strings.en.js';
import { budgetGaugeStringsEn } from '../../src/components/budget-gauge/budget-gauge.strings.en.js';
import { saldoTableStringsEn } from '../../src/components/saldo-table/saldo-table.strings.en.js';
import { goalTreeStringsEn } from '../../src/components/goal-tree/goal-tree.strings.en.js';
import { commonStrings } from '../../src/i18n/common.js';
import { CATALOGUES, dutchTable } from '../support/catalogues.js';
import { SUBJECTS, type Subject } from './subjects.js';
import { seed } from '../support/seeds.js';

/**
 * Each key's marker: `m⟦M` and its placeholders, nothing of its words. The two letters show a case change: a
 * translated string that the code lower-cases reads `⟦m`, one whose first letter it capitalises reads `M⟦`.
 */
function markers(): Record<string, string> {
  const table: Record<string, string> = {};
  for (const catalogue of CATALOGUES) {
    for (const [key, template] of Object.entries(catalogue.nl)) {
      table[key] = `m⟦${['M', ...(template.match(/\{\w+\}/g) ?? [])].join(' ')}⟧`;
    }
  }
  return table;
}

/** Markers whose case the code changed: lower-cased (`⟦m …`) or capitalised (`M⟦`). */
const caseChanged = (text: string): string[] => text.match(/⟦\p{Ll}[^⟧]*⟧?|\p{Lu}⟦/gu) ?? [];

/** Every string in the document, and the pieces of those written with inline markup. */
function dataStrings(doc: unknown): string[] {
  const out = new Set<string>();
  JSON.stringify(doc, (_key, value) => {
    if (typeof value === 'string') {
      out.add(value.trim());
      for (const piece of value.split(/\]\([^)]*\)|[[\]*\n]|^- /m)) if (piece.trim()) out.add(piece.trim());
    }
    return value;
  });
  return [...out].sort((a, b) => b.length - a.length);
}

/** What a reader of the element gets: its text and the accessible names and values it sets. */
function readerText(root: ShadowRoot): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style')) continue;
    parts.push(node.textContent ?? '');
  }
  for (const el of root.querySelectorAll('[aria-label], [aria-valuetext], [title], [aria-roledescription]')) {
    for (const name of ['aria-label', 'aria-valuetext', 'title', 'aria-roledescription']) {
      const value = el.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join(' ¶ ');
}

const CALENDAR = new RegExp(
  `\\b(?:${[
    'januari februari maart april mei juni juli augustus september oktober november december',
    'jan feb mrt apr mei jun jul aug sep okt nov dec',
  ]
    .join(' ')
    .replace(/ /g, '|')})\\b`,
  'g',
);

/** Words left once data, markers, numbers and period labels are taken away. */
function leftoverWords(text: string, data: string[]): string[] {
  let rest = text;
  for (const value of data) rest = rest.split(value).join(' ');
  rest = rest
    .replace(/[⟦⟧¶]/g, ' ')
    .replace(CALENDAR, ' ')
    .replace(/\b[QH][1-4]\b/g, ' ');
  return rest.match(/\p{L}{2,}/gu) ?? [];
}

async function render(subject: Subject, attributes: Record<string, string>, data: unknown): Promise<string> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
  const el = document.createElement(subject.tag) as HTMLElement & {
    data?: unknown;
    updateComplete: Promise<unknown>;
  };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  wrap.append(el);
  await el.updateComplete;
  let text = readerText(el.shadowRoot!);
  // What opens on request: the data table, the explanation, a node's details.
  for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-expanded="false"]'))
    button.click();
  el.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"] [part="node-title"]')?.click();
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  await el.updateComplete;
  text += ` ¶ ${readerText(el.shadowRoot!)}`;
  return text;
}

describe('strings: every visible word comes from the catalogue', () => {
  before(() => setStrings(markers()));
  after(() => {
    // Put the defaults back for the files that run after this one in the same page.
    setStrings({ nl: dutchTable(), en: { ...commonStrings.en, ...englishTable } });
  });

  for (const subject of SUBJECTS) {
    it(`<${subject.tag}>: nothing but markers, data, numbers and period labels`, async () => {
      const states = [{ attributes: subject.select, data: () => seed() }, ...(subject.moreStates ?? [])];
      for (const state of states) {
        const doc = await state.data();
        const text = await render(subject, state.attributes, doc);
        expect(text).to.contain('⟦M');
        expect(caseChanged(text), `${JSON.stringify(state.attributes)}: case changed`).to.deep.equal([]);
        expect(
          leftoverWords(text, dataStrings(doc)),
          `${JSON.stringify(state.attributes)}: ${text}`,
        ).to.deep.equal([]);
      }
    });
  }

  it('the test finds a word that is not in the catalogue (a word written by the code)', () => {
    expect(leftoverWords('⟦M 4.729⟧ ¶ mln ¶ Q3 2024 ¶ 12 februari 2026', [])).to.deep.equal(['mln']);
  });

  it('the test finds a translated string whose case the code changed', () => {
    expect(caseChanged('m⟦M⟧ m⟦M -10⟧ ¶ m⟦M m⟦m⟧⟧')).to.deep.equal(['⟦m⟧']);
    expect(caseChanged('m⟦M⟧ ¶ M⟦M -10⟧')).to.deep.equal(['M⟦']);
  });
});

describe('strings: every key in Dutch and in English', () => {
  /** Each catalogue's English: what it carries in the bundle and its `*.strings.en.ts`, loaded on demand. */
  const ENGLISH = [
    commonStringsEn,
    exportStringsEn,
    indicatorCardStringsEn,
    budgetGaugeStringsEn,
    saldoTableStringsEn,
    goalTreeStringsEn,
  ];
  const placeholders = (template: string) => (template.match(/\{\w+\}/g) ?? []).sort();

  it('loadEnglish() brings the English tables, every key of each catalogue, with the same placeholders', async () => {
    await loadEnglish();
    const loaded = loadedEnglish()!;
    expect(loaded, 'the English strings loaded').to.be.an('object');
    CATALOGUES.forEach((catalogue, i) => {
      const english = { ...catalogue.en, ...ENGLISH[i] };
      expect(Object.keys(english).sort()).to.deep.equal(Object.keys(catalogue.nl).sort());
      for (const [key, dutch] of Object.entries(catalogue.nl)) {
        const text = catalogue.en?.[key] ?? loaded[key];
        expect(text, `${key} in English`).to.be.a('string').and.not.equal('');
        expect(placeholders(text), key).to.deep.equal(placeholders(dutch));
      }
    });
  });

  it('the English tables share no key, and what the bundle keeps in English is not loaded twice', () => {
    const keys = ENGLISH.flatMap((table) => Object.keys(table));
    expect(keys.length).to.equal(new Set(keys).size);
    expect(Object.keys(englishTable).length).to.equal(keys.length);
    for (const catalogue of CATALOGUES)
      for (const key of Object.keys(catalogue.en ?? {})) expect(englishTable, key).not.to.have.property(key);
  });
});
