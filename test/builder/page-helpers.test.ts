import { expect } from '@open-wc/testing';
import { attributeOptions, availableComponents, defaultAttributes } from '../../src/builder-page/options.js';
import { documentText, inlineSnippet, jsonFileName, snippet } from '../../src/builder-page/snippet.js';
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
      doc,
    );
    expect(text).not.to.include('</script><img');
    expect(text).to.include('\\u003c/script>');
    const json = /<script type="application\/json">(.*)<\/script>/.exec(text)![1];
    expect(JSON.parse(json)).to.deep.equal(doc);
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
