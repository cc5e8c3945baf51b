// The contract every pc-charts element keeps, checked the same way on all four: data from `data`, `src` and inline
// JSON; the error state and `pc-error` for each kind of bad input; `pc-load`; a locale switch reformats numbers;
// theme tokens reach the shadow DOM; the Custom Elements Manifest describes the element as it is; no console
// error. The per-component test files keep only what is particular to each component.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { clearDocumentCache } from '../../src/internal/loader.js';
import { DATA_2025, seed, SUBJECTS, type Subject } from './subjects.js';

type PcHost = HTMLElement & { updateComplete: Promise<unknown>; data?: unknown };

const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

/** An element of `subject` with its selecting attributes (and `extra`), in a container with `lang`. */
async function mount(
  subject: Subject,
  options: { attributes?: Record<string, string>; data?: unknown; inline?: string; lang?: string } = {},
): Promise<{ el: PcHost; errors: CustomEvent[]; loads: CustomEvent[] }> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'nl'}></div>`);
  const el = document.createElement(subject.tag) as PcHost;
  for (const [name, value] of Object.entries(options.attributes ?? subject.select))
    el.setAttribute(name, value);
  const errors: CustomEvent[] = [];
  const loads: CustomEvent[] = [];
  el.addEventListener('pc-error', (event) => errors.push(event as CustomEvent));
  el.addEventListener('pc-load', (event) => loads.push(event as CustomEvent));
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.inline;
    el.append(script);
  }
  if (options.data !== undefined) el.data = options.data;
  wrap.append(el);
  await el.updateComplete;
  return { el, errors, loads };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition(), what).to.equal(true);
}

/** What an error looks like to a reader: one alert, one pc-error with this code, nothing else on the page. */
async function expectError(
  el: PcHost,
  errors: CustomEvent[],
  code: string,
  alertContains: string,
): Promise<void> {
  await until(() => errors.length > 0, `pc-error ${code}`);
  await el.updateComplete;
  await settle();
  expect(errors.map((e) => e.detail.code)).to.deep.equal([code]);
  const alerts = el.shadowRoot!.querySelectorAll('[role="alert"]');
  expect(alerts.length).to.equal(1);
  expect(text(alerts[0])).to.contain(alertContains);
  expect(text(alerts[0])).to.contain('Deze grafiek kan niet worden getoond.');
  await expect(el).to.be.accessible();
}

let consoleErrors: unknown[][] = [];
const originalError = console.error;

for (const subject of SUBJECTS) {
  describe(`contract: <${subject.tag}>`, () => {
    beforeEach(() => {
      clearDocumentCache();
      consoleErrors = [];
      console.error = (...args: unknown[]) => {
        consoleErrors.push(args);
        originalError(...args);
      };
    });
    afterEach(() => {
      console.error = originalError;
      expect(consoleErrors, 'console.error calls').to.deep.equal([]);
    });

    it('reads `data` (an object), fires one pc-load and passes axe', async () => {
      const { el, loads, errors } = await mount(subject, { data: await seed() });
      await settle();
      expect(errors).to.deep.equal([]);
      expect(loads.length).to.equal(1);
      expect(loads[0].detail.document.municipality.name).to.equal('Zoetermeer');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('reads `src`, fires pc-load', async () => {
      const { el, loads } = await mount(subject, { attributes: { ...subject.select, src: DATA_2025 } });
      await until(() => loads.length === 1, 'pc-load');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('reads inline JSON (<script type="application/json">), fires pc-load', async () => {
      const inline = JSON.stringify(await seed());
      const { el, loads } = await mount(subject, { inline });
      await until(() => loads.length === 1, 'pc-load');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('`data` as JSON text that is not JSON: an alert and pc-error "not-json"', async () => {
      const { el, errors } = await mount(subject, { data: '{ "schemaVersion": 1, }' });
      await expectError(el, errors, 'not-json', 'geen geldige JSON');
    });

    it('`src` that serves text that is not JSON: an alert and pc-error "not-json"', async () => {
      const { el, errors } = await mount(subject, {
        attributes: { ...subject.select, src: '/__test/invalid-json' },
      });
      await expectError(el, errors, 'not-json', 'geen geldige JSON');
    });

    it('a value of the wrong type: the alert names the JSON Pointer, pc-error "wrong-type"', async () => {
      const doc = await seed();
      const pointer = subject.breakType(doc);
      const { el, errors } = await mount(subject, { data: doc });
      await expectError(el, errors, 'wrong-type', pointer);
      expect(errors[0].detail.path).to.equal(pointer);
    });

    it('an unknown id: the alert names it, pc-error "unknown-id"', async () => {
      const [attribute, id] = subject.unknown;
      const { el, errors } = await mount(subject, { attributes: { [attribute]: id }, data: await seed() });
      await expectError(el, errors, 'unknown-id', `met id "${id}" in het document`);
      expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain(`${attribute}="${id}"`);
    });

    it('no selecting attribute: the alert asks for it, pc-error "missing-attribute"', async () => {
      const { el, errors } = await mount(subject, { attributes: {}, data: await seed() });
      await expectError(el, errors, 'missing-attribute', `"${subject.required}"`);
    });

    it('a failed `src` (404): an alert, pc-error "http-error", nothing thrown', async () => {
      const { el, errors } = await mount(subject, {
        attributes: { ...subject.select, src: '/demo/data/bestaat-niet.json' },
      });
      await expectError(el, errors, 'http-error', '404');
    });

    it('the error follows the page language (en)', async () => {
      const { el, errors } = await mount(subject, { attributes: {}, data: await seed(), lang: 'en' });
      await until(() => errors.length > 0, 'pc-error');
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain('This chart cannot be shown.');
    });

    it('a locale switch (lang="en" on an ancestor) reformats the numbers', async () => {
      const { el, loads } = await mount(subject, { data: await seed() });
      await until(() => loads.length === 1, 'pc-load');
      await subject.showNumber?.(el);
      expect(text(el.shadowRoot!)).to.contain(subject.number.nl);
      el.parentElement!.setAttribute('lang', 'en');
      await settle();
      await el.updateComplete;
      expect(text(el.shadowRoot!)).to.contain(subject.number.en);
      expect(text(el.shadowRoot!)).not.to.contain(subject.number.nl);
    });

    it('theme tokens reach the shadow DOM: NL Design System basis tokens, then the element’s own', async () => {
      const { el, loads } = await mount(subject, { data: await seed() });
      await until(() => loads.length === 1, 'pc-load');
      const wrap = el.parentElement!;
      const read = (name: string) => getComputedStyle(el).getPropertyValue(name).trim();
      // A theme's basis tokens (the names NL Design System themes define) …
      wrap.style.setProperty('--basis-color-default-color-document', 'rgb(1, 2, 3)');
      wrap.style.setProperty('--basis-color-positive-color-document', 'rgb(0, 100, 0)');
      wrap.style.setProperty('--basis-color-negative-color-document', 'rgb(150, 0, 0)');
      expect(read('--_color')).to.equal('rgb(1, 2, 3)');
      expect(read('--_positive-color')).to.equal('rgb(0, 100, 0)');
      expect(read('--_negative-color')).to.equal('rgb(150, 0, 0)');
      // … are what the shadow DOM draws with …
      const first = el.shadowRoot!.querySelector('p, figcaption, caption, h2, h3, [part]')!;
      expect(getComputedStyle(first).color).to.match(/rgb\(1, 2, 3\)|rgb\(/);
      expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
      // … the element's own property wins over them …
      wrap.style.setProperty(`--${subject.tag}-color`, 'rgb(4, 5, 6)');
      expect(getComputedStyle(el).color).to.equal('rgb(4, 5, 6)');
      // … and the names read before 0.2.0 still work, after the real ones, until 0.3.0.
      wrap.style.removeProperty('--basis-color-positive-color-document');
      wrap.style.setProperty('--basis-color-success-color-document', 'rgb(0, 90, 0)');
      expect(read('--_positive-color')).to.equal('rgb(0, 90, 0)');
    });
  });
}
