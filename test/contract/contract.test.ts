// The contract every pc-charts element keeps, checked the same way on all four: data from `data`, `src` and inline
// JSON; the error state and `pc-error` for each kind of bad input; `pc-load`; a locale switch reformats numbers;
// theme tokens reach the shadow DOM; the Custom Elements Manifest describes the element as it is; no console
// error. The per-component test files keep only what is particular to each component.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { clearDocumentCache } from '../../src/internal/loader.js';
import { SUBJECTS, type Subject } from './subjects.js';
import { DATA_2025, seed } from '../support/seeds.js';

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

/** What a reader and the browser get from an element, apart from ids: each node's role, level, classes, part, path. */
function drawing(el: PcHost): string {
  const nodes = [...el.shadowRoot!.querySelectorAll('*')].map((node) =>
    ['role', 'aria-level', 'class', 'part', 'd', 'width', 'x']
      .map((name) => node.getAttribute(name) ?? '')
      .join('|'),
  );
  return `${text(el.shadowRoot)}\n${nodes.join('\n')}`;
}

/** The attributes with a closed set of values, as the manifest lists them (a union of string literals), and heading-level. */
const enumerated: Record<string, string[]> = {};
before(async () => {
  const manifest = await (await fetch('/custom-elements.json')).json();
  for (const mod of manifest.modules)
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName) continue;
      for (const attribute of declaration.attributes ?? []) {
        const parts = String(attribute.type?.text ?? '')
          .split('|')
          .map((part: string) => part.trim());
        if (parts.every((part: string) => /^'[^']*'$/.test(part)))
          enumerated[`${declaration.tagName} ${attribute.name}`] = parts.map((part: string) =>
            part.slice(1, -1),
          );
      }
      enumerated[`${declaration.tagName} heading-level`] = ['1', '2', '3', '4', '5', '6'];
    }
});

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

    it('an enumerated attribute that is empty or only spaces reads as absent; a value in spaces as the value; an unknown one as absent, logged', async () => {
      const names = Object.keys(enumerated)
        .filter((key) => key.startsWith(`${subject.tag} `))
        .map((key) => key.slice(subject.tag.length + 1));
      expect(names).to.include.members([...Object.keys(subject.values), 'heading-level']);
      const doc = await seed();
      const drawn = async (attributes: Record<string, string>) => {
        const { el } = await mount(subject, { attributes: { ...subject.select, ...attributes }, data: doc });
        await (el as PcHost & { drawComplete: Promise<unknown> }).drawComplete;
        await el.updateComplete;
        const shown = drawing(el);
        el.parentElement!.remove();
        return shown;
      };
      const warnings: unknown[][] = [];
      const originalWarn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        const absent = await drawn({});
        for (const name of names) {
          const values = enumerated[`${subject.tag} ${name}`];
          for (const blank of ['', '   ', ' \t\n ']) {
            expect(await drawn({ [name]: blank }), `${name}=${JSON.stringify(blank)}`).to.equal(absent);
          }
          expect(warnings, `no warning for a blank ${name}`).to.deep.equal([]);
          const other = values[values.length - 1];
          // The drawing tells the values apart (the 2025 seed has no budget figures: the saldo table's compare adds no column).
          if (!(subject.tag === 'pc-saldo-table' && name === 'compare'))
            expect(await drawn({ [name]: other }), `${name}=${other} is drawn otherwise`).to.not.equal(
              absent,
            );
          expect(await drawn({ [name]: `  ${other} ` }), `${name} in spaces`).to.equal(
            await drawn({ [name]: other }),
          );
          expect(await drawn({ [name]: 'no-such-value' }), `${name} unknown`).to.equal(absent);
          if (name !== 'heading-level') {
            expect(warnings.length, `one warning for ${name}="no-such-value"`).to.equal(1);
            expect(String(warnings[0][0])).to.contain(`${name}="no-such-value"`);
          }
          warnings.length = 0;
        }
      } finally {
        console.warn = originalWarn;
      }
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
