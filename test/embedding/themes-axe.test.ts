/**
 * Issue 8: "at least three real municipal themes installed from their published npm token packages … with contrast
 * still passing axe". Each component from the BUILT bundle (dist/pc-charts.js), under the Utrecht, Den Haag and
 * Amsterdam token packages bridged by src/themes/*.css: first proof that the theme reached the component (its
 * font is the municipality's), then axe, including colour contrast. Also the error state, whose alert text has
 * its own colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { requireBuilt, TAGS, waitFor, waitForRendered, type Tag } from './embed-helpers.js';
import { DATA_2025 as DATA } from '../support/seeds.js';

const THEMES = [
  {
    name: 'utrecht',
    className: 'utrecht-theme',
    tokens: '/node_modules/@utrecht/design-tokens/dist/index.css',
    fonts: ['Noto Sans'],
  },
  {
    name: 'denhaag',
    className: 'denhaag-theme',
    tokens: '/node_modules/@gemeente-denhaag/design-tokens-components/dist/theme/index.css',
    // Den Haag: TheSans for text, TheMix for headings.
    fonts: ['TheSans', 'TheMix'],
  },
  {
    name: 'amsterdam',
    className: 'ams-theme',
    tokens: '/node_modules/@amsterdam/design-system-tokens/dist/index.css',
    fonts: ['Amsterdam Sans'],
  },
] as const;

/** One element per component, on the 2025 dataset; attributes as a CMS editor would write them. */
const ATTRIBUTES: Record<Tag, Record<string, string>> = {
  'pc-budget-gauge': { programme: 'p2', measure: 'balance' },
  'pc-saldo-table': { programme: 'p2' },
  'pc-goal-tree': { programme: 'p2' },
  'pc-indicator-card': { indicator: 'wmo-tevredenheid-kwaliteit-ondersteuning' },
};

function loadStylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`${href} did not load`)), { once: true });
  });
  document.head.append(link);
  return loaded;
}

/** The wrapper a page puts around the charts: the theme class, with the theme's page colours. */
async function themed(className: string, tag: Tag, attributes: Record<string, string>): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div class="theme-area ${className}" lang="nl"></div>`);
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  wrapper.append(element);
  return element;
}

/** The font family the component's text is drawn in (its first element in the shadow root with text). */
function renderedFont(element: Element): string {
  const root = element.shadowRoot!;
  const text = [...root.querySelectorAll('*')].find(
    (node) => node.textContent?.trim() && !(node instanceof SVGElement),
  );
  return getComputedStyle(text ?? element).fontFamily;
}

describe('embedding: municipal themes from their npm token packages, checked with axe', () => {
  before(async () => {
    await requireBuilt('/dist/pc-charts.js');
    for (const theme of THEMES) await loadStylesheet(theme.tokens);
    for (const name of ['utrecht', 'denhaag', 'amsterdam']) await loadStylesheet(`/src/themes/${name}.css`);
    const page = document.createElement('style');
    page.textContent = `.theme-area { padding: 1rem; width: 60rem;
      color: var(--basis-color-default-color-document, #1a1a1a);
      background: var(--basis-color-default-bg-document, #ffffff); }`;
    document.head.append(page);
    const bundle: string = '/dist/pc-charts.js';
    await import(/* @vite-ignore */ bundle);
  });

  it('control: a theme with too little contrast is caught by the same axe check', async () => {
    const style = document.createElement('style');
    style.textContent = `.washed-out-theme { --basis-color-default-color-document: #b4b4b4;
      --basis-color-default-color-subtle: #c8c8c8; }`;
    document.head.append(style);
    const element = await themed('washed-out-theme', 'pc-saldo-table', { src: DATA, programme: 'p2' });
    await waitForRendered([element]);
    await expect(element).not.to.be.accessible();
    style.remove();
  });

  for (const theme of THEMES) {
    describe(`theme ${theme.name}`, () => {
      for (const tag of TAGS) {
        it(`<${tag}> takes the theme's font and passes axe`, async () => {
          const element = await themed(theme.className, tag, { src: DATA, ...ATTRIBUTES[tag] });
          await waitForRendered([element]);
          const font = renderedFont(element);
          expect(
            theme.fonts.some((name) => font.includes(name)),
            `font "${font}"`,
          ).to.equal(true);
          await expect(element).to.be.accessible();
        });
      }

      it('the error state (unknown indicator) passes axe', async () => {
        const element = await themed(theme.className, 'pc-indicator-card', {
          src: DATA,
          indicator: 'bestaat-niet',
        });
        const alert = await waitFor(
          () => element.shadowRoot?.querySelector('[role="alert"]'),
          () => 'no alert shown',
        );
        expect(alert.textContent).to.contain('bestaat-niet');
        await expect(element).to.be.accessible();
      });
    });
  }
});
