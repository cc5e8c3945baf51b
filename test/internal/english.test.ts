// English on demand (src/i18n/english.ts): Dutch ships in every bundle, the English strings load the first time an
// element's locale is `en`. An English element must wait for them: from its first draw it shows English, never
// Dutch words or string keys in between. Each test file runs in its own page, so the first test here is the first
// English element of the page (checked).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { englishSettled, loadedEnglish } from '../../src/i18n/english.js';
import { englishTable } from '../../src/i18n/en.js';
import { setStrings } from '../../src/i18n/strings.js';
import { commonStrings } from '../../src/i18n/common.js';
import { saldoTableStrings } from '../../src/components/saldo-table/saldo-table.strings.js';
import { goalTreeStrings } from '../../src/components/goal-tree/goal-tree.strings.js';
import { DATA_2025 as DATA, DATA_HEALTH, seed } from '../support/seeds.js';

type Drawable = HTMLElement & { drawComplete: Promise<string>; updateComplete: Promise<unknown> };

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Dutch defaults a reader would notice in an English chart: the ones that differ from their English. */
function dutchWords(): string[] {
  const nl = { ...commonStrings.nl, ...saldoTableStrings.nl, ...goalTreeStrings.nl };
  return Object.entries(nl)
    .filter(([key, value]) => value !== englishTable[key] && value.length >= 6 && !/[{}]/.test(value))
    .map(([, value]) => value);
}

const KEY = /\b(?:common|table|tree|card|gauge|export)\.[a-zA-Z]/;

/** Every text the element's shadow root showed, one entry per batch of changes, from its connection on. */
function recordShown(el: HTMLElement): string[] {
  const shown: string[] = [];
  const root = el.shadowRoot!;
  new MutationObserver(() => shown.push(squash(root.textContent))).observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return shown;
}

describe('English on demand', () => {
  it('the first English element waits for the strings: English from its first draw, no Dutch or keys between', async () => {
    expect(englishSettled(), 'English must not be loaded yet when this test starts').to.equal(false);
    expect(loadedEnglish()).to.equal(undefined);
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    // With `src`: its first draw is the loading state, then the data.
    const table = document.createElement('pc-saldo-table') as Drawable;
    table.setAttribute('programme', 'p2');
    table.setAttribute('src', DATA);
    const tree = document.createElement('pc-goal-tree') as Drawable & { data?: unknown };
    tree.setAttribute('tree', 'gezonde-stad');
    tree.data = await seed(DATA_HEALTH);
    wrap.append(table, tree);
    const shown = { table: recordShown(table), tree: recordShown(tree) };
    const reveal = (tree as unknown as { revealNode(id: string): boolean }).revealNode.bind(tree);
    expect(reveal('gezonde-stad'), 'revealNode before the English words (README)').to.equal(false);
    expect(await table.drawComplete).to.equal('ready');
    expect(await tree.drawComplete).to.equal('ready');
    expect(reveal(tree.shadowRoot!.querySelector('[role="treeitem"]')!.id.slice('node-'.length))).to.equal(
      true,
    );
    expect(loadedEnglish()).to.equal(englishTable);
    expect(shown.table[0], 'the first thing the table showed').to.contain('Loading data…');
    expect(squash(table.shadowRoot!.textContent)).to.contain('Balance');
    expect(squash(tree.shadowRoot!.textContent)).to.contain(englishTable['tree.hint']);
    const dutch = dutchWords();
    for (const [name, texts] of Object.entries(shown)) {
      expect(texts.length, `${name} drew`).to.be.greaterThan(0);
      for (const text of texts) {
        expect(text, `${name}: a string key`).not.to.match(KEY);
        const found = dutch.filter((word) => text.includes(word));
        expect(found, `${name}: Dutch words in "${text.slice(0, 120)}…"`).to.deep.equal([]);
      }
    }
    await expect(table).to.be.accessible();
  });

  it('pc-load fires with English on screen; a Dutch element beside it stays Dutch', async () => {
    const doc = await seed();
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <pc-saldo-table lang="en" programme="p2" .data=${doc}></pc-saldo-table>
        <pc-saldo-table programme="p2" .data=${doc}></pc-saldo-table>
      </div>`,
    );
    const [en, nl] = wrap.querySelectorAll<Drawable>('pc-saldo-table');
    await Promise.all([en.drawComplete, nl.drawComplete]);
    expect(squash(en.shadowRoot!.querySelector('th')?.textContent)).to.not.equal('');
    expect(squash(en.shadowRoot!.textContent)).to.contain('Balance').and.not.contain('Saldo');
    expect(squash(nl.shadowRoot!.textContent)).to.contain('Saldo').and.not.contain('Balance');
  });

  it('setStrings and an element’s own strings still win, per language, after English has loaded', async () => {
    const doc = await seed();
    const el = await fixture<Drawable & { strings?: Record<string, string> }>(
      html`<pc-saldo-table lang="en" programme="p2" .data=${doc}></pc-saldo-table>`,
    );
    await el.drawComplete;
    const header = () => squash(el.shadowRoot!.textContent);
    setStrings({ nl: { 'table.measure.balance': 'Eindsaldo' } });
    await el.updateComplete;
    expect(header(), 'a Dutch override leaves English alone')
      .to.contain('Balance')
      .and.not.contain('Eindsaldo');
    setStrings({ en: { 'table.measure.balance': 'Net result' } });
    await el.updateComplete;
    expect(header()).to.contain('Net result');
    el.strings = { 'table.measure.balance': 'Bottom line' };
    await el.updateComplete;
    expect(header()).to.contain('Bottom line').and.not.contain('Net result');
    el.lang = 'nl';
    el.strings = undefined;
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(header()).to.contain('Eindsaldo');
    setStrings({
      nl: { 'table.measure.balance': saldoTableStrings.nl['table.measure.balance'] },
      en: { 'table.measure.balance': englishTable['table.measure.balance'] },
    });
  });
});
