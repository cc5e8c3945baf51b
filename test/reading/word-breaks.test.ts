// No word broken in the middle without a hyphen, and a number never apart from its unit, for every component on
// every dataset at every width from 280 to 1280 px (steps of 40), measured on the rendered lines: each word's
// client rects (Range.getClientRects) must lie on one line, or break only after a hyphen or slash. Debian's
// Chromium has no Dutch hyphenation patterns, so the components lay text out so that words fit instead.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define/all.js';
import type { PcDocument } from '../../src/schema/types.js';
import { onlyIn } from '../support/engines.js';
import { DATASETS } from '../support/datasets.js';

/** Firefox and WebKit hyphenate Dutch with hyphens: auto; their hyphens are drawn, not in the text, so a range
 * cannot tell them from a break without one. Debian's Chromium has no patterns: there every break is measurable. */
const HYPHENATION = 'engines with Dutch hyphenation patterns draw hyphens a Range cannot see';

const WIDTHS = Array.from({ length: 26 }, (_, i) => 280 + i * 40);
const ELEMENTS = 'pc-indicator-card, pc-budget-gauge, pc-saldo-table, pc-goal-tree';
/** A line may end in a word only after one of these: a hyphen, a slash, a dash, a soft hyphen. */
/** Text taken from the data as written. */
const DATA_TEXT =
  'caption, .rich, .description, [part~="title"], [part~="meta"], [part~="node-title"], [part~="details"]';
const BREAK_AFTER = new Set(['-', '‐', '/', '–', '—', '\u00ad']);

interface Problem {
  width: number;
  element: string;
  word: string;
  kind: 'mid-word' | 'number-unit';
  /** The text's element: its part or class. */
  where: string;
}

const whereOf = (node: Text) => {
  const parent = node.parentElement!;
  return `${parent.localName}.${parent.getAttribute('part') ?? parent.className}`;
};

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Line tops of a range's boxes, rounded: one entry per rendered line. */
function lines(range: Range): number[] {
  const tops = new Set<number>();
  for (const rect of range.getClientRects())
    if (rect.width > 0 && rect.height > 0) tops.add(Math.round(rect.top));
  return [...tops];
}

function textNodes(root: ShadowRoot): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // Visually hidden text is one pixel wide by design; SVG text is positioned, never wrapped.
    if (!parent || parent.closest('.visually-hidden, svg, [hidden]')) continue;
    if (!node.textContent || !/\S/.test(node.textContent)) continue;
    out.push(node as Text);
  }
  return out;
}

function check(width: number, element: Element, units: RegExp, out: Problem[]): void {
  const range = document.createRange();
  for (const node of textNodes(element.shadowRoot!)) {
    const text = node.data;
    for (const match of text.matchAll(/\S+/g)) {
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      if (lines(range).length <= 1) continue;
      // Where does it break? Between two characters on different lines, the first must allow a break.
      let previousTop: number | undefined;
      for (let k = 0; k < match[0].length; k++) {
        range.setStart(node, match.index! + k);
        range.setEnd(node, match.index! + k + 1);
        const [top] = lines(range);
        if (top === undefined) continue;
        if (previousTop !== undefined && top !== previousTop && !BREAK_AFTER.has(match[0][k - 1])) {
          out.push({
            width,
            element: element.localName,
            word: match[0],
            kind: 'mid-word',
            where: whereOf(node),
          });
          break;
        }
        previousTop = top;
      }
    }
    // The figures the components format; prose from the data (titles, explanations) is the author's.
    if (node.parentElement!.closest(DATA_TEXT)) continue;
    for (const match of text.matchAll(units)) {
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      if (lines(range).length > 1)
        out.push({
          width,
          element: element.localName,
          word: match[0],
          kind: 'number-unit',
          where: whereOf(node),
        });
    }
  }
}

describe('no word broken mid-word, no number apart from its unit (280–1280 px)', function () {
  this.timeout(240000);

  it('every component, every dataset, every width', async () => {
    onlyIn(['chromium'], HYPHENATION);
    const docs: Array<{ name: string; doc: PcDocument }> = [];
    for (const name of DATASETS)
      docs.push({ name, doc: await (await fetch(`/demo/data/${name}.json`)).json() });
    const unitWords = new Set(['mln', 'mld', 'jaar', 'procentpunt']);
    for (const { doc } of docs)
      for (const p of doc.programmes ?? [])
        for (const g of p.goals)
          for (const i of g.indicators ?? []) if (i.unitLabel) unitWords.add(i.unitLabel.split(' ')[0]);
    // A number with its unit: "€ 95,1 mln", "4.729 jeugdigen", "48,9%", "9,2 jaar".
    const units = new RegExp(
      `(?:€[ \\u00a0])?[-+]?\\d[\\d.,]*(?:%|[ \\u00a0](?:${[...unitWords].join('|')})\\b)`,
      'g',
    );

    const container = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const templates = docs.flatMap(({ doc }) => [
      ...(doc.programmes ?? []).flatMap((p) => [
        ...p.goals.flatMap((g) =>
          (g.indicators ?? []).map(
            (i) => html`<pc-indicator-card .data=${doc} indicator=${i.id}></pc-indicator-card>`,
          ),
        ),
        ...['expenses', 'revenues', 'balance'].flatMap((measure) =>
          ['budget', 'total'].map(
            (compare) =>
              html`<pc-budget-gauge
                .data=${doc}
                programme=${p.id}
                measure=${measure}
                compare=${compare}
              ></pc-budget-gauge>`,
          ),
        ),
        html`<pc-saldo-table .data=${doc} programme=${p.id}></pc-saldo-table>`,
        html`<pc-goal-tree .data=${doc} programme=${p.id}></pc-goal-tree>`,
      ]),
      ...(doc.goalTrees ?? []).map((t) => html`<pc-goal-tree .data=${doc} tree=${t.id}></pc-goal-tree>`),
    ]);
    render(templates, container);
    const elements = [...container.querySelectorAll(ELEMENTS)] as Array<
      Element & { updateComplete: Promise<unknown> }
    >;
    expect(elements.length).to.be.greaterThan(60);
    await Promise.all(elements.map((el) => el.updateComplete));
    await frame();
    // Off screen, content-visibility: auto skips layout (and with it the items' intrinsic widths); a reader sees
    // every part laid out as it comes into view, which is what is measured here.
    const onScreen = new CSSStyleSheet();
    onScreen.replaceSync(':host, .item { content-visibility: visible !important; }');
    // Open every explanation and data table: their text is read too.
    for (const el of elements) {
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, onScreen];
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')?.click();
    }
    const problems: Problem[] = [];
    const started = performance.now();
    for (const width of WIDTHS) {
      container.style.width = `${width}px`;
      await frame();
      await Promise.all(elements.map((el) => el.updateComplete));
      await frame();
      for (const el of elements) check(width, el, units, problems);
    }
    console.log(
      `word-break sweep: ${elements.length} elements × ${WIDTHS.length} widths in ${Math.round(performance.now() - started)} ms`,
    );
    const key = (p: Problem) => `${p.kind} ${p.element} ${p.where} "${p.word}"`;
    const summary = [...new Set(problems.map(key))];
    const widths = (k: string) => problems.filter((p) => key(p) === k).map((p) => p.width);
    expect(summary.map((key) => `${key} at ${widths(key).join(',')}`)).to.deep.equal([]);
  });
});
