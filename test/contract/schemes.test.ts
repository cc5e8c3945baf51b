// The elements follow the page's colour scheme: on a page with `color-scheme: dark` their text, axes, marks and
// focus ring stay readable. Checked in both schemes on every element (and the states that show more marks): axe,
// then a contrast measurement of every text (4.5:1, or 3:1 when large) and every mark (3:1) against what is
// really behind it. A page that says nothing about its scheme stays light.
import { expect, fixture, html } from '@open-wc/testing';
import { engine, MEDIA_EMULATION, onlyIn } from '../support/engines.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/all.js';
import { SUBJECTS, type Subject } from './subjects.js';
import { seed } from '../support/seeds.js';
import { contrast, effectiveBackground, parseColor } from '../support/colour.js';

type PcHost = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

/** The marks each element draws that carry meaning (3:1 against the background), and the property that paints. */
const MARKS: Record<string, Array<[selector: string, property: 'stroke' | 'fill' | 'border-color']>> = {
  'pc-indicator-card': [
    ['path.actual', 'stroke'],
    ['path.target-marks', 'stroke'],
    ['rect.bar', 'fill'],
    ['path.latest-dot', 'fill'],
    ['.verdict .icon', 'stroke'],
  ],
  'pc-budget-gauge': [
    ['.track', 'stroke'],
    ['.value', 'fill'],
    ['.budget-marker, [part~="budget-marker"]', 'stroke'],
    ['.verdict .icon', 'stroke'],
  ],
  'pc-saldo-table': [['.bar rect, rect.bar, [part~="bar"] rect', 'fill']],
  'pc-goal-tree': [
    ['path.link, .links path', 'stroke'],
    ['[role="treeitem"] .box, [part~="node"]', 'border-color'],
    // The cross-links of the focused goal, their other ends' rings and the count badges.
    ['[part~="crosslink"], .end, .badge rect', 'stroke'],
    ['.badge text, .arrowhead', 'fill'],
  ],
};

async function mount(
  subject: Subject,
  scheme: string,
  attributes: Record<string, string>,
  data: unknown,
  className = '',
) {
  // A page's area: its theme's background and text colour if it has a theme, else the scheme's own.
  const wrap = await fixture<HTMLDivElement>(
    html`<div
      class=${className}
      style="${scheme ? `color-scheme: ${scheme};` : ''} padding: 8px;
        background: var(--basis-color-default-bg-document, Canvas);
        color: var(--basis-color-default-color-document, CanvasText)"
    ></div>`,
  );
  const el = document.createElement(subject.tag) as PcHost;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  wrap.append(el);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

/** Every text the element shows, with its contrast and the ratio it needs. */
function textContrasts(root: ShadowRoot) {
  const out: Array<{ text: string; ratio: number; needs: number }> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent!.trim();
    if (!parent || !text || parent.closest('style')) continue;
    const box = parent.getBoundingClientRect();
    const style = getComputedStyle(parent);
    if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || parent.closest('[hidden]'))
      continue;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const ratio = contrast(parseColor(style.color), effectiveBackground(parent));
    out.push({ text: text.slice(0, 40), ratio, needs: large ? 3 : 4.5 });
  }
  return out;
}

function markContrasts(tag: string, root: ShadowRoot) {
  const out: Array<{ mark: string; ratio: number }> = [];
  for (const [selector, property] of MARKS[tag]) {
    for (const mark of root.querySelectorAll<Element>(selector)) {
      const style = getComputedStyle(mark);
      const value =
        property === 'border-color'
          ? style.borderTopColor
          : property === 'stroke'
            ? style.stroke
            : style.fill;
      if (!value || value === 'none' || style.display === 'none') continue;
      out.push({ mark: selector, ratio: contrast(parseColor(value), effectiveBackground(mark)) });
    }
  }
  return out;
}

/** Axe, then the contrast of every text, every mark and the focus ring, in each state of the element. */
async function checkReadable(subject: Subject, scheme: string, className = ''): Promise<void> {
  const states = [{ attributes: subject.select, data: () => seed() }, ...(subject.moreStates ?? [])];
  let marks = 0;
  for (const state of states) {
    const el = await mount(subject, scheme, state.attributes, await state.data(), className);
    if ('show' in state) await state.show?.(el);
    await expect(el).to.be.accessible();
    const weak = textContrasts(el.shadowRoot!).filter((entry) => entry.ratio < entry.needs);
    expect(weak, 'text below its contrast').to.deep.equal([]);
    const marksFound = markContrasts(subject.tag, el.shadowRoot!);
    marks += marksFound.length;
    expect(
      marksFound.filter((entry) => entry.ratio < 3),
      'marks below 3:1',
    ).to.deep.equal([]);
    // The focus ring's colour as the shadow root resolves it (light-dark() needs the element's scheme).
    const probe = document.createElement('span');
    probe.style.outline = '3px solid var(--_focus-color)';
    el.shadowRoot!.append(probe);
    const focus = parseColor(getComputedStyle(probe).outlineColor);
    probe.remove();
    expect(contrast(focus, effectiveBackground(el.shadowRoot!.firstElementChild ?? el))).to.be.at.least(3);
  }
  expect(marks, 'marks measured').to.be.greaterThan(0);
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`colour scheme: ${scheme}`, () => {
    for (const subject of SUBJECTS) {
      it(`<${subject.tag}>: axe, text 4.5:1 (large 3:1), marks and focus ring 3:1`, async () => {
        await checkReadable(subject, scheme);
      });
    }
  });
}

describe('colour scheme: an NL Design System theme that switches to dark by class (Utrecht)', () => {
  const sheets: HTMLLinkElement[] = [];
  before(async () => {
    for (const href of [
      '/node_modules/@utrecht/design-tokens/dist/index.css',
      '/node_modules/@utrecht/design-tokens/dist/dark/index.css',
      '/src/themes/utrecht.css',
    ]) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      const loaded = new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = reject;
      });
      document.head.append(link);
      sheets.push(link);
      await loaded;
    }
  });
  after(() => sheets.forEach((link) => link.remove()));

  for (const subject of SUBJECTS) {
    it(`<${subject.tag}>: readable in utrecht-theme--color-scheme-dark`, async () => {
      // The page sets no scheme itself: the theme's class does (src/themes/utrecht.css).
      await checkReadable(subject, '', 'utrecht-theme utrecht-theme--color-scheme-dark');
    });
  }
});

describe('colour scheme: following the page', () => {
  afterEach(() => (engine() === 'chromium' ? emulateMedia({ colorScheme: 'light' }) : undefined));

  it('a reader who prefers dark gets dark charts where the page allows it (color-scheme: light dark)', async () => {
    onlyIn(['chromium'], MEDIA_EMULATION);
    await emulateMedia({ colorScheme: 'dark' });
    const subject = SUBJECTS[0];
    const allowing = await mount(subject, 'light dark', subject.select, await seed());
    expect(parseColor(getComputedStyle(allowing).color)[0]).to.be.greaterThan(200);
    // A page that sets no scheme stays light, whatever the reader prefers: its own background is light.
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const plain = document.createElement(subject.tag) as PcHost;
    Object.entries(subject.select).forEach(([name, value]) => plain.setAttribute(name, value));
    plain.data = await seed();
    wrap.append(plain);
    await plain.updateComplete;
    expect(parseColor(getComputedStyle(plain).color)[0]).to.be.lessThan(60);
  });
});
