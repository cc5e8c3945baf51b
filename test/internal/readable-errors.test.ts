import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/all.js';
import { clearDocumentCache } from '../../src/internal/loader.js';
import { seed } from '../support/seeds.js';

/** What a web editor reads in the alert of an element whose data or attributes are wrong. */
async function alertText(template: ReturnType<typeof html>): Promise<{ text: string; el: HTMLElement }> {
  const el = await fixture<HTMLElement>(template);
  if (!el.shadowRoot?.querySelector('[role="alert"]')) await oneEvent(el, 'pc-error');
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const alert = el.shadowRoot!.querySelector('[role="alert"]');
  return { text: (alert?.textContent ?? '').replace(/\s+/g, ' ').trim(), el };
}

describe('errors a web editor can act on, in the components', () => {
  beforeEach(() => clearDocumentCache());

  /** An element with its data inline, made as a CMS page holds it (no template engine between). */
  async function inline(tag: string, attributes: string, json: string) {
    const holder = document.createElement('div');
    holder.innerHTML = `<${tag} ${attributes}><script type="application/json">${json}</script></${tag}>`;
    document.body.append(holder);
    const el = holder.firstElementChild as HTMLElement;
    if (!el.shadowRoot?.querySelector('[role="alert"]')) await oneEvent(el, 'pc-error');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const text = (el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    return { text, el, holder };
  }

  it('inline JSON with a trailing comma: line, column, the text around it and the likely cause, in Dutch', async () => {
    const { text, el, holder } = await inline(
      'pc-saldo-table',
      'programme="p2"',
      '{\n  "schemaVersion": 1,\n  "municipality": { "name": "Zoetermeer" },\n}',
    );
    expect(text).to.include(
      'De gegevens zijn geen geldige JSON: het gaat mis op regel 4, kolom 1 (bij "}"). Waarschijnlijk staat er een komma na het laatste element van een lijst of object; haal die komma weg.',
    );
    expect(text).not.to.match(/Unexpected|token|is not valid JSON/);
    await expect(el).to.be.accessible();
    holder.remove();
  });

  it('the same in English on an English page, with a decimal comma', async () => {
    const { text, holder } = await inline(
      'pc-indicator-card',
      'lang="en" indicator="x"',
      '{"schemaVersion": 1, "actual": 48,9}',
    );
    expect(text).to.include('it goes wrong on line 1, column 34');
    expect(text).to.include(
      'Most likely a comma is used as decimal sign; write numbers with a point, such as 48.9.',
    );
    holder.remove();
  });

  it('an unknown indicator that differs only in case: "Bedoelt u …?"', async () => {
    const { text } = await alertText(
      html`<pc-indicator-card
        indicator="Jeugdhulp-Unieke-Jeugdigen"
        .data=${await seed()}
      ></pc-indicator-card>`,
    );
    expect(text).to.include(
      'Er staat geen indicator met id "Jeugdhulp-Unieke-Jeugdigen" in het document. Bedoelt u "jeugdhulp-unieke-jeugdigen"? Alle ids staan in het JSON-bestand en in de databouwer.',
    );
  });

  it('an unknown indicator with a typo gets the nearest id; one with nothing near gets where the list is', async () => {
    const near = await alertText(
      html`<pc-indicator-card
        indicator="jeugdhulp-unieke-jeugdige"
        .data=${await seed()}
      ></pc-indicator-card>`,
    );
    expect(near.text).to.include('Bedoelt u "jeugdhulp-unieke-jeugdigen"?');
    const far = await alertText(
      html`<pc-budget-gauge lang="en" programme="afvalinzameling" .data=${await seed()}></pc-budget-gauge>`,
    );
    expect(far.text).to.include(
      'There is no programme with id "afvalinzameling" in the document. Every id is listed in the JSON file and in the data builder.',
    );
  });

  it('a missing attribute is asked for in a whole sentence', async () => {
    const { text } = await alertText(html`<pc-indicator-card .data=${await seed()}></pc-indicator-card>`);
    expect(text).to.include('Geef met het attribuut "indicator" aan welke indicator getoond moet worden.');
    const tree = await alertText(html`<pc-goal-tree lang="en" .data=${await seed()}></pc-goal-tree>`);
    expect(tree.text).to.include('Use the attribute "tree" to say which goal tree to show.');
  });

  it('a file that is not there: the address that failed', async () => {
    const { text } = await alertText(
      html`<pc-saldo-table programme="p2" src="/demo/data/jaarstukken-2052.json"></pc-saldo-table>`,
    );
    expect(text).to.match(
      /Het gegevensbestand http:\/\/[^ ]+\/demo\/data\/jaarstukken-2052\.json kon niet worden opgehaald, want de server antwoordde 404\. Controleer of het bestand op dat adres staat en of het adres goed is gespeld\./,
    );
  });

  it('two problems: "En nog één ander probleem." (no "1 andere problemen")', async () => {
    const doc = await seed();
    delete doc.document.title;
    delete doc.municipality.name;
    const { text } = await alertText(html`<pc-saldo-table programme="p2" .data=${doc}></pc-saldo-table>`);
    expect(text).to.include('En nog één ander probleem.');
  });
});
