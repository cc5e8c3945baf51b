import { expect } from '@open-wc/testing';
import {
  attributeOptions,
  availableComponents,
  catalogOf,
  defaultAttributes,
  defaultsOf,
} from '../../src/builder-page/options.js';
import {
  documentText,
  embedAddress,
  iframeSnippet,
  inlineSnippet,
  jsonFileName,
  snippet,
} from '../../src/builder-page/snippet.js';
import { readEmbedRequest } from '../../src/lib/embed-params.js';
import { LIST_LIMIT, visibleChoices } from '../../src/builder-page/select.templates.js';
import { summaryText } from '../../src/builder-page/strings.js';
import type { PcDocument } from '../../src/schema/types.js';
import { loadJson } from './helpers.js';

describe('builder page helpers', () => {
  it("snippet(input): the script and the element with the editor's addresses, values escaped", () => {
    expect(
      snippet({
        tag: 'pc-indicator-card',
        attributes: { indicator: 'bijstand' },
        scriptUrl: '/bestanden/pc-charts.js',
        dataUrl: '/bestanden/j.json',
        lang: 'nl',
      }),
    ).to.equal(
      '<script type="module" src="/bestanden/pc-charts.js"></script>\n<pc-indicator-card src="/bestanden/j.json" indicator="bijstand"></pc-indicator-card>',
    );
    expect(
      snippet({
        tag: 'pc-saldo-table',
        attributes: { programme: 'p"2' },
        scriptUrl: 'a.js',
        dataUrl: 'b<c.json',
        lang: 'en',
      }),
    ).to.equal(
      '<script type="module" src="a.js"></script>\n<pc-saldo-table src="b&lt;c.json" programme="p&quot;2" lang="en"></pc-saldo-table>',
    );
  });

  it('inlineSnippet: the data inside, with no way for the data to end the script element', () => {
    const doc = {
      schemaVersion: 1,
      municipality: { name: '</script><img src=x onerror=alert(1)>' },
    } as unknown as PcDocument;
    const text = inlineSnippet(
      { tag: 'pc-goal-tree', attributes: { tree: 't' }, scriptUrl: 'p.js', lang: 'nl' },
      JSON.stringify(doc),
    );
    expect(text).not.to.include('</script><img');
    expect(text).to.include('\\u003c/script>');
    const json = /<script type="application\/json">(.*)<\/script>/.exec(text)![1];
    expect(JSON.parse(json)).to.deep.equal(doc);
  });

  it("iframeSnippet(input, title): the README's iframe beside the script's folder, its address read back by the embed page", () => {
    const input = {
      tag: 'pc-indicator-card',
      attributes: { indicator: 'jeugdhulp-unieke-jeugdigen', variant: '' },
      scriptUrl: 'https://grafieken.zoetermeer.nl/pc/pc-charts.js',
      dataUrl: 'data/jaarstukken-2025-programma-2.json',
      lang: 'nl' as const,
    };
    expect(iframeSnippet(input, 'Jeugdhulp — Jaarstukken 2025, Zoetermeer')).to.equal(
      `<iframe data-pc-charts title="Jeugdhulp — Jaarstukken 2025, Zoetermeer"
  src="https://grafieken.zoetermeer.nl/pc/embed.html?component=indicator-card&amp;src=data/jaarstukken-2025-programma-2.json&amp;indicator=jeugdhulp-unieke-jeugdigen&amp;lang=nl"
  style="width: 100%; height: 640px; border: 0" loading="lazy"
  sandbox="allow-scripts allow-same-origin allow-downloads" referrerpolicy="no-referrer"></iframe>
<script src="https://grafieken.zoetermeer.nl/pc/embed-host.js"></script>`,
    );
    // What the embed page reads from that address: the same component, attributes and language.
    const odd = {
      ...input,
      tag: 'pc-saldo-table',
      attributes: { programme: 'p&2 "x"' },
      scriptUrl: '/bestanden/pc-charts.js?v=2',
      dataUrl: '/bestanden/a b#c.json',
      lang: 'en' as const,
    };
    const address = embedAddress(odd);
    expect(address).to.equal(
      '/bestanden/embed.html?component=saldo-table&src=/bestanden/a%20b%23c.json&programme=p%262%20%22x%22&lang=en',
    );
    expect(
      readEmbedRequest(new URL(address, 'https://x.nl').search, () => ['src', 'programme']),
    ).to.deep.equal({
      ok: true,
      component: 'saldo-table',
      tag: 'pc-saldo-table',
      attributes: { src: '/bestanden/a b#c.json', programme: 'p&2 "x"' },
      lang: 'en',
    });
    // The title and the address are attribute values: quotes and markup from the data are escaped.
    const html = iframeSnippet(odd, '"><script>alert(1)</script>');
    expect(html).not.to.include('"><script>alert');
    const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')!;
    expect(frame.title).to.equal('"><script>alert(1)</script>');
    expect(frame.getAttribute('src')).to.equal(address);
  });

  it('catalogOf(doc): the components and every list, as the worker sends them; defaultsOf picks the first', async () => {
    const doc = (await loadJson('jaarstukken-2025-programma-2')) as unknown as PcDocument;
    const catalog = catalogOf(doc);
    expect(catalog.tags).to.deep.equal(availableComponents(doc));
    for (const tag of catalog.tags) {
      expect(catalog.options[tag]).to.deep.equal(attributeOptions(doc, tag));
      expect(defaultsOf(catalog.options[tag]!)).to.deep.equal(defaultAttributes(doc, tag));
    }
    // Structured-clonable: no functions or class instances travel from the worker.
    expect(structuredClone(catalog)).to.deep.equal(catalog);
  });

  it('documentText and jsonFileName', () => {
    expect(documentText({ schemaVersion: 1 } as unknown as PcDocument)).to.equal(
      '{\n  "schemaVersion": 1\n}\n',
    );
    expect(jsonFileName('C:\\\\Mijn stukken\\\\Jaarstukken 2025 (définitief).xlsx')).to.equal(
      'jaarstukken-2025-definitief.json',
    );
    expect(jsonFileName('.xlsx')).to.equal('gegevens.json');
  });

  it('availableComponents and the lists filled from the data', async () => {
    const doc = (await loadJson('jaarstukken-2025-programma-2')) as unknown as PcDocument;
    expect(availableComponents(doc)).to.deep.equal([
      'pc-indicator-card',
      'pc-budget-gauge',
      'pc-saldo-table',
      'pc-goal-tree',
    ]);
    const card = attributeOptions(doc, 'pc-indicator-card');
    expect(card[0].choices).to.have.length(13);
    expect(card[0].choices[0].value).to.equal('jeugdhulp-unieke-jeugdigen');
    expect(defaultAttributes(doc, 'pc-budget-gauge')).to.deep.equal({ programme: 'p2' });
    expect(attributeOptions(doc, 'pc-budget-gauge').map((option) => option.name)).to.deep.equal([
      'programme',
      'goal',
      'measure',
      'compare',
      'variant',
    ]);
    const tree = (await loadJson('gezonde-stad-2023-2026')) as unknown as PcDocument;
    expect(availableComponents(tree)).to.deep.equal(['pc-goal-tree']);
    expect(defaultAttributes(tree, 'pc-goal-tree')).to.deep.equal({ tree: 'gezonde-stad' });
  });

  it('visibleChoices(choices, filter, value): at most LIST_LIMIT matches on label or id, the chosen one always among them', () => {
    const choices = Array.from({ length: 10000 }, (_, i) => ({
      value: `indicator-${i}`,
      label: `Indicator ${i}`,
    }));
    expect(visibleChoices(choices, '', 'indicator-0')).to.have.length(LIST_LIMIT);
    expect(
      visibleChoices(choices, '', 'indicator-9999')
        .map((c) => c.value)
        .slice(0, 2),
    ).to.deep.equal(['indicator-9999', 'indicator-0']);
    expect(visibleChoices(choices, 'indicator 123', 'indicator-0').map((c) => c.value)).to.deep.equal([
      'indicator-0',
      'indicator-123',
      ...Array.from({ length: 10 }, (_, i) => `indicator-123${i}`),
    ]);
    expect(visibleChoices(choices, 'r-4567', 'x').map((c) => c.value)).to.deep.equal(['indicator-4567']);
  });

  it('summaryText: counts with singular and plural words, in nl and en', () => {
    const summary = { programmes: 1, goals: 3, indicators: 13, values: 26, trees: 1, nodes: 9 };
    expect(summaryText(summary, 'nl')).to.equal(
      '1 programma, 3 doelstellingen, 13 indicatoren, 1 doelenboom',
    );
    expect(summaryText(summary, 'en')).to.equal('1 programme, 3 goals, 13 indicators, 1 goal tree');
    expect(summaryText({ ...summary, programmes: 2, goals: 1, indicators: 10000, trees: 0 }, 'nl')).to.equal(
      "2 programma's, 1 doelstelling, 10.000 indicatoren",
    );
  });
});
