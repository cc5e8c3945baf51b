// Issue 9, item 3: XSS. Every payload of xss-payloads.ts in every string field of the schema, rendered by all four
// components: 0 executed (window.__pcXss, alert, confirm and prompt count every call), no element or attribute
// that could run code, no link that is not http(s), and each payload visible as literal text where its field is
// shown. Fields with a pattern or a list of values reject a payload: then the error message shows it as text.
import { expect } from '@open-wc/testing';
import { clearDocumentCache } from '../../src/internal/loader.js';
import {
  ExceptionWatch,
  TAGS,
  installXssHook,
  isDefined,
  report,
  setAttributes,
  show,
  settle,
  stage,
  textOf,
  type Tag,
} from '../support/reliability.js';
import { XSS_PAYLOADS } from './xss-payloads.js';

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Elements that must never appear in a component's shadow root, whatever the data. */
const DENIED = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'img',
  'image',
  'foreignobject',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'textarea',
  'select',
  'video',
  'audio',
  'source',
  'marquee',
  'math',
  'animate',
  'set',
  'animatetransform',
  'animatemotion',
  'noscript',
  'template',
  'style',
  'use',
  'body',
  'html',
]);
const URL_ATTRIBUTES = [
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'data',
  'srcdoc',
  'poster',
  'background',
];

/** Anything in the shadow root that could run code or navigate to a non-http(s) address. */
function dangerous(el: Element): string[] {
  const found: string[] = [];
  const root = el.shadowRoot;
  if (!root) return found;
  for (const node of root.querySelectorAll('*')) {
    const name = node.localName.toLowerCase();
    if (DENIED.has(name)) found.push(`<${name}>`);
    for (const attr of node.getAttributeNames()) {
      const value = node.getAttribute(attr) ?? '';
      if (/^on/i.test(attr)) found.push(`<${name} ${attr}>`);
      if (URL_ATTRIBUTES.includes(attr.toLowerCase()) && !/^(https?:\/\/|#)/i.test(value)) {
        found.push(`<${name} ${attr}="${value.slice(0, 60)}">`);
      }
    }
  }
  return found;
}

/** A field of the schema that holds free text, where a payload is stored as is. */
interface TextField {
  name: string;
  /** Pointer segments from the root. */
  at: Array<string | number>;
  maxLength: number;
  /** Markdown-style text: shown as text tokens and safe links, so the literal check applies only without markup. */
  rich?: boolean;
}

const P = ['programmes', 0];
const G = [...P, 'goals', 0];
const I = [...G, 'indicators', 0];
const T = ['goalTrees', 0];
const FREE_TEXT: TextField[] = [
  { name: '$schema', at: ['$schema'], maxLength: Infinity },
  { name: 'municipality.name', at: ['municipality', 'name'], maxLength: 2000 },
  { name: 'document.title', at: ['document', 'title'], maxLength: 2000 },
  { name: 'x- extension', at: ['x-note'], maxLength: Infinity },
  { name: 'programme.code', at: [...P, 'code'], maxLength: 50 },
  { name: 'programme.title', at: [...P, 'title'], maxLength: 2000 },
  { name: 'ambition.title', at: [...P, 'ambition', 'title'], maxLength: 2000 },
  { name: 'ambition.text', at: [...P, 'ambition', 'text'], maxLength: 100000, rich: true },
  { name: 'goal.code', at: [...G, 'code'], maxLength: 50 },
  { name: 'goal.title', at: [...G, 'title'], maxLength: 2000 },
  { name: 'goal.text', at: [...G, 'text'], maxLength: 100000, rich: true },
  { name: 'indicator.title', at: [...I, 'title'], maxLength: 2000 },
  { name: 'indicator.description', at: [...I, 'description'], maxLength: 100000 },
  { name: 'indicator.source', at: [...I, 'source'], maxLength: 2000, rich: true },
  { name: 'indicator.unitLabel', at: [...I, 'unitLabel'], maxLength: 200 },
  { name: 'indicator.explanation', at: [...I, 'explanation'], maxLength: 100000, rich: true },
  { name: 'goalTree.title', at: [...T, 'title'], maxLength: 2000 },
  { name: 'goalTree.description', at: [...T, 'description'], maxLength: 100000 },
  { name: 'node.title', at: [...T, 'root', 'title'], maxLength: 2000 },
  { name: 'node.kind', at: [...T, 'root', 'kind'], maxLength: 50 },
  { name: 'node.text', at: [...T, 'root', 'text'], maxLength: 100000, rich: true },
  { name: 'child node.title', at: [...T, 'root', 'children', 0, 'title'], maxLength: 2000 },
];

/** Fields with a pattern or a closed list: a payload makes the document invalid. */
const CONSTRAINED: Array<{ name: string; at: Array<string | number> }> = [
  { name: 'programme.id', at: [...P, 'id'] },
  { name: 'goal.id', at: [...G, 'id'] },
  { name: 'indicator.id', at: [...I, 'id'] },
  { name: 'goalTree.id', at: [...T, 'id'] },
  { name: 'node.id', at: [...T, 'root', 'id'] },
  { name: 'node.indicatorRef', at: [...T, 'root', 'children', 0, 'indicatorRef'] },
  { name: 'node.contributesTo[]', at: [...T, 'root', 'children', 1, 'contributesTo', 0] },
  { name: 'node.status', at: [...T, 'root', 'children', 0, 'status'] },
  { name: 'node.period', at: [...T, 'root', 'children', 1, 'children', 0, 'period'] },
  { name: 'municipality.code', at: ['municipality', 'code'] },
  { name: 'document.type', at: ['document', 'type'] },
  { name: 'document.period', at: ['document', 'period'] },
  { name: 'document.currency', at: ['document', 'currency'] },
  { name: 'document.url', at: ['document', 'url'] },
  { name: 'indicator.unit', at: [...I, 'unit'] },
  { name: 'indicator.polarity', at: [...I, 'polarity'] },
  { name: 'indicator.referenceDate', at: [...I, 'referenceDate'] },
  { name: 'value.period', at: [...I, 'values', 0, 'period'] },
];

function setAt(doc: any, at: Array<string | number>, value: unknown): void {
  let node = doc;
  for (const key of at.slice(0, -1)) node = node[key];
  node[at[at.length - 1]] = value;
}

/** Where a field is shown: which element, which selector, and (for the tree) which node to open first. */
interface Spot {
  field: string;
  selector: string;
  /** Tree: the node whose details show the field. */
  open?: string;
  rich?: boolean;
}
interface View {
  tag: Tag;
  attrs: Record<string, string>;
  spots: Spot[];
}

const VIEWS: View[] = [
  {
    tag: 'pc-budget-gauge',
    attrs: { programme: 'v1' },
    spots: [{ field: 'programme.title', selector: '[part="label"]' }],
  },
  {
    tag: 'pc-budget-gauge',
    attrs: { goal: 'v1-1' },
    spots: [{ field: 'goal.title', selector: '[part="label"]' }],
  },
  {
    tag: 'pc-saldo-table',
    attrs: { programme: 'v1' },
    spots: [
      { field: 'programme.code', selector: 'caption .title' },
      { field: 'programme.title', selector: 'caption .title' },
      { field: 'goal.code', selector: 'tbody tr[data-goal="v1-1"] th' },
      { field: 'goal.title', selector: 'tbody tr[data-goal="v1-1"] th' },
    ],
  },
  {
    tag: 'pc-goal-tree',
    attrs: { programme: 'v1' },
    spots: [
      { field: 'programme.title', selector: '.caption' },
      { field: 'ambition.title', selector: '#node-v1 [part="node-title"]' },
      { field: 'goal.code', selector: '#node-v1-1 [part="node-title"]' },
      { field: 'goal.title', selector: '#node-v1-1 [part="node-title"]' },
      { field: 'indicator.title', selector: '#node-v1-ind [part="node-title"]' },
      { field: 'ambition.title', selector: '.details h3', open: 'v1' },
      { field: 'ambition.text', selector: '.details', open: 'v1', rich: true },
      { field: 'goal.text', selector: '.details', open: 'v1-1', rich: true },
      { field: 'indicator.explanation', selector: '.details', open: 'v1-ind', rich: true },
    ],
  },
  {
    tag: 'pc-goal-tree',
    attrs: { tree: 't1', 'expanded-depth': '99' },
    spots: [
      { field: 'goalTree.title', selector: '.caption' },
      { field: 'node.title', selector: '#node-t1-root [part="node-title"]' },
      { field: 'child node.title', selector: '#node-t1-a [part="node-title"]' },
      { field: 'node.title', selector: '.details h3', open: 't1-root' },
      { field: 'node.kind', selector: '.details dl', open: 't1-root' },
      { field: 'node.text', selector: '.details', open: 't1-root', rich: true },
    ],
  },
  {
    tag: 'pc-indicator-card',
    attrs: { indicator: 'v1-ind' },
    spots: [
      { field: 'indicator.title', selector: '[part="title"]' },
      { field: 'indicator.description', selector: '.description' },
      { field: 'indicator.unitLabel', selector: '[part="value"]' },
      { field: 'indicator.source', selector: '[part="meta"]', rich: true },
      { field: 'indicator.explanation', selector: '[part="explanation"]', rich: true },
    ],
  },
];

/** Markup that the markdown-style parser turns into tokens: then the shown text is not the literal payload. */
const hasMarkup = (text: string) => /[[\]*]|(^|\n)\s*[-•]\s/.test(text);

describe('hardening: XSS payloads in every string field, all four components', function () {
  this.timeout(180000);
  let base: any;

  before(async () => {
    clearDocumentCache();
    base = await (await fetch('/test/corpus/valid-base.json')).json();
    // A count shows its unit label after the number; the ambition and nodes get the fields the base leaves out.
    base.programmes[0].goals[0].indicators[0].unit = 'count';
    base.programmes[0].goals[0].text = 'Toelichting';
    base.programmes[0].goals[0].indicators[0].description = 'Omschrijving';
    base.programmes[0].goals[0].indicators[0].source = 'Bron';
    base.goalTrees[0].description = 'Omschrijving';
    base.goalTrees[0].root.text = 'Toelichting';
    base.document.url = 'https://example.org/jaarstukken';
    base.document.period = '2025';
  });

  it(`has at least 100 payloads (${XSS_PAYLOADS.length})`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(100);
    expect(new Set(XSS_PAYLOADS.map((p) => p.name)).size).to.equal(XSS_PAYLOADS.length);
  });

  it('self-test: the hook counts a payload that does run, and the scan finds a dangerous node', async () => {
    const hook = installXssHook();
    const host = document.createElement('div');
    document.body.appendChild(host);
    try {
      // Test code only: markup parsed on purpose, to prove the detectors can fail.
      host.innerHTML = `<img src="data:," onerror="__pcXss('self-test')">`;
      for (let i = 0; i < 50 && hook.count() === 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(hook.count()).to.equal(1);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML =
        '<a href="javascript:void 0">x</a><svg><foreignObject></foreignObject></svg><p onclick="x()">y</p>';
      expect(dangerous(host)).to.deep.equal([
        '<a href="javascript:void 0">',
        '<foreignobject>',
        '<p onclick>',
      ]);
    } finally {
      hook.uninstall();
      host.remove();
    }
  });

  it('0 payloads execute; each is literal text where its field is shown; rejected ones are quoted as text', async function () {
    const hook = installXssHook();
    const watch = new ExceptionWatch().start();
    const container = stage();
    const wrong: string[] = [];
    let renders = 0;
    let visible = 0;
    let quoted = 0;
    let dangerousFound = 0;
    const missing = TAGS.filter((tag) => !isDefined(tag));
    for (const tag of missing) wrong.push(`<${tag}> is not registered by src/define/all.ts`);
    const views = VIEWS.filter((view) => isDefined(view.tag));
    const elements = views.map((view) => {
      const el = document.createElement(view.tag);
      setAttributes(el, view.attrs);
      container.appendChild(el);
      return el;
    });
    const inspect = (el: Element, where: string) => {
      const found = dangerous(el);
      dangerousFound += found.length;
      if (found.length > 0) wrong.push(`${where}: ${found.slice(0, 3).join(' ')}`);
    };
    try {
      for (const [p, payload] of XSS_PAYLOADS.entries()) {
        // A: the payload in every free-text field it fits in.
        const doc = structuredClone(base);
        const filled = new Set<string>();
        for (const field of FREE_TEXT) {
          if (payload.text.length <= field.maxLength) {
            setAt(doc, field.at, payload.text);
            filled.add(field.name);
          }
        }
        for (const [v, view] of views.entries()) {
          const el = elements[v];
          const where = `payload "${payload.name}" in <${view.tag}> ${JSON.stringify(view.attrs)}`;
          const shown = await show(el, doc);
          renders += 1;
          if (shown.outcome !== 'rendered') {
            wrong.push(
              `${where}: not rendered (${shown.outcome} ${shown.errors[0]?.code} ${shown.errors[0]?.path})`,
            );
            continue;
          }
          inspect(el, where);
          for (const spot of view.spots) {
            if (!filled.has(spot.field)) continue;
            if (spot.open) {
              el.shadowRoot!.getElementById(`node-${spot.open}`)?.click();
              await settle(el);
              inspect(el, `${where} (details of ${spot.open})`);
            }
            const shownText = textOf(el.shadowRoot!.querySelector(spot.selector));
            if ((spot.rich && hasMarkup(payload.text)) || shownText.includes(norm(payload.text))) {
              if (!(spot.rich && hasMarkup(payload.text))) visible += 1;
            } else {
              wrong.push(
                `${where}: ${spot.field} not shown literally in ${spot.selector}: "${shownText.slice(0, 120)}"`,
              );
            }
          }
        }
        // B: the payload in a field with a pattern or a list, one field at a time, in one component each.
        for (const [f, field] of CONSTRAINED.entries()) {
          const view = views[(p + f) % views.length];
          const el = elements[views.indexOf(view)];
          const bad = structuredClone(base);
          setAt(bad, field.at, payload.text);
          const where = `payload "${payload.name}" in ${field.name}, <${view.tag}>`;
          const shown = await show(el, bad);
          renders += 1;
          inspect(el, where);
          if (shown.outcome === 'error') {
            const params = shown.errors[0].problems?.[0]?.params ?? {};
            const text = textOf(shown.alert);
            for (const value of Object.values(params)) {
              if (typeof value !== 'string' || !value.includes(payload.text.slice(0, 20))) continue;
              if (text.includes(norm(value))) quoted += 1;
              else
                wrong.push(
                  `${where}: the message does not quote ${JSON.stringify(value)} as text: "${text.slice(0, 160)}"`,
                );
            }
          } else if (shown.outcome !== 'rendered') {
            wrong.push(`${where}: neither rendered nor an error (${shown.outcome})`);
          }
        }
        // C: the payload as the selecting attribute: unknown-id, the id quoted in the message.
        for (const tag of TAGS.filter(isDefined)) {
          const el = document.createElement(tag);
          const attribute = {
            'pc-budget-gauge': 'programme',
            'pc-saldo-table': 'programme',
            'pc-goal-tree': 'tree',
            'pc-indicator-card': 'indicator',
          }[tag];
          el.setAttribute(attribute, payload.text);
          container.appendChild(el);
          const shown = await show(el, base);
          renders += 1;
          const where = `payload "${payload.name}" as ${attribute}="…" of <${tag}>`;
          inspect(el, where);
          if (
            shown.outcome !== 'error' ||
            !['unknown-id', 'missing-attribute'].includes(shown.errors[0].code)
          ) {
            wrong.push(`${where}: expected unknown-id, got ${shown.outcome} ${shown.errors[0]?.code}`);
          } else if (norm(payload.text) !== '' && !textOf(shown.alert).includes(norm(payload.text))) {
            wrong.push(`${where}: the id is not quoted literally: "${textOf(shown.alert).slice(0, 160)}"`);
          } else {
            quoted += 1;
          }
          el.remove();
        }
        if (hook.count() > 0) wrong.push(`payload "${payload.name}" executed: ${hook.calls.join(', ')}`);
      }
      // Handlers such as onerror fire after a task: give them time before counting.
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      watch.stop();
      hook.uninstall();
      container.remove();
    }
    const executed = hook.count();
    report(
      'xss',
      {
        payloads: XSS_PAYLOADS.length,
        documents: renders,
        payloadsExecuted: executed,
        exceptions: watch.exceptions,
        visibleLiteral: visible,
        quotedInErrors: quoted,
        dangerousNodes: dangerousFound,
      },
      `${XSS_PAYLOADS.length} payloads × ${FREE_TEXT.length + CONSTRAINED.length} fields + attributes, ${renders} renders in ${views.length} views, ${executed} executed, ${visible} shown as literal text, ${quoted} quoted in error messages, ${dangerousFound} dangerous nodes, ${watch.exceptions} exceptions`,
    );
    expect(executed, `executed: ${hook.calls.join(', ')}`).to.equal(0);
    expect(watch.messages).to.deep.equal([]);
    expect(
      wrong.length > 12 ? [...wrong.slice(0, 12), `… and ${wrong.length - 12} more`] : wrong,
    ).to.deep.equal([]);
  });
});
