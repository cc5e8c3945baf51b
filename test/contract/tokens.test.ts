// Every NL Design System basis token the elements read, and every one the theme bridges in src/themes/ set, is a
// token a published NL Design System theme defines: the Voorbeeld theme (@nl-design-system-unstable/
// voorbeeld-design-tokens, a devDependency), whose token list is read here. A renamed or misspelled token fails.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { DEPRECATED_BASIS_TOKENS } from '../../src/internal/shared-styles.js';
import { SUBJECTS } from './subjects.js';
import { seed } from '../support/seeds.js';

const VOORBEELD = '/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
const BRIDGES = ['utrecht', 'denhaag', 'amsterdam'].map((name) => `/src/themes/${name}.css`);

let defined: Set<string>;
let voorbeeldCss: string;
before(async () => {
  voorbeeldCss = await (await fetch(VOORBEELD)).text();
  defined = new Set([...voorbeeldCss.matchAll(/(--basis-[\w-]+)\s*:/g)].map((match) => match[1]));
});

const cssOf = (tag: string): string =>
  (customElements.get(tag) as unknown as { elementStyles: Array<{ cssText: string }> }).elementStyles
    .map((style) => style.cssText)
    .join('\n');
const readNames = (css: string): string[] => [
  ...new Set([...css.matchAll(/var\(\s*(--basis-[\w-]+)/g)].map((match) => match[1])),
];
const deprecated = new Set(Object.keys(DEPRECATED_BASIS_TOKENS).map((name) => `--basis-${name}`));

describe('NL Design System basis tokens', () => {
  it('the Voorbeeld theme defines the basis tokens (the list this test checks against is real)', () => {
    expect(defined.size).to.be.greaterThan(500);
    expect(defined.has('--basis-color-positive-color-document')).to.equal(true);
    expect(defined.has('--basis-color-success-color-document')).to.equal(false);
  });

  for (const { tag } of SUBJECTS) {
    it(`<${tag}> reads only basis tokens that exist (deprecated names only as a fallback, until 0.3.0)`, () => {
      const css = cssOf(tag);
      const names = readNames(css);
      expect(names.length).to.be.greaterThan(10);
      expect(names.filter((name) => !defined.has(name) && !deprecated.has(name))).to.deep.equal([]);
      for (const [old, replacement] of Object.entries(DEPRECATED_BASIS_TOKENS)) {
        expect(defined.has(`--basis-${replacement}`), replacement).to.equal(true);
        // The old name is read only inside the fallback of the new one.
        const uses = css.split(`--basis-${old}`).length - 1;
        const asFallback = css.split(`var(--basis-${replacement},var(--basis-${old},`).length - 1;
        expect(asFallback, old).to.equal(uses);
      }
    });
  }

  it('the theme bridges in src/themes/ set only basis tokens that exist', async () => {
    /** A bridge's text with the bridges it imports (`@import url('./utrecht.css')`). */
    const read = async (url: string): Promise<string> => {
      const css = await (await fetch(url)).text();
      const imports = [...css.matchAll(/@import url\('\.\/([\w-]+\.css)'\)/g)].map((match) =>
        read(new URL(match[1], new URL(url, location.href)).pathname),
      );
      return [css, ...(await Promise.all(imports))].join('\n');
    };
    for (const url of BRIDGES) {
      const set = [...(await read(url)).matchAll(/(--basis-[\w-]+)\s*:/g)].map((match) => match[1]);
      expect(set.length, url).to.be.greaterThan(5);
      expect(
        set.filter((name) => !defined.has(name)),
        url,
      ).to.deep.equal([]);
    }
  });

  it('in the Voorbeeld theme, the verdict colours are the theme’s positive and negative colours', async () => {
    const style = document.createElement('style');
    style.textContent = voorbeeldCss;
    document.head.append(style);
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div class="voorbeeld-theme"></div>`);
      const el = document.createElement('pc-indicator-card') as HTMLElement & {
        data?: unknown;
        updateComplete: Promise<unknown>;
      };
      el.setAttribute('indicator', 'jeugdhulp-unieke-jeugdigen');
      el.data = await seed();
      wrap.append(el);
      await el.updateComplete;
      const theme = getComputedStyle(wrap);
      const verdict = el.shadowRoot!.querySelector('[part="verdict"]')!;
      const probe = document.createElement('span');
      probe.style.color = theme.getPropertyValue('--basis-color-positive-color-document');
      wrap.append(probe);
      expect(probe.style.color).to.not.equal('');
      expect(getComputedStyle(verdict).color).to.equal(getComputedStyle(probe).color);
      expect(getComputedStyle(el).getPropertyValue('--_negative-color').trim()).to.equal(
        theme.getPropertyValue('--basis-color-negative-color-document').trim(),
      );
    } finally {
      style.remove();
    }
  });
});
