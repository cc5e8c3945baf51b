// Issue 9, item 5: URLs. Values of `src` (as a property and as HTML the page parser reads, entities included) and
// links inside data (markdown-style links in explanations, source and node texts; document.url). Every rejection
// has its documented code (disallowed-url with its reason; invalid-format for document.url); 0 fetches to a
// disallowed URL (window.fetch is spied on); 0 links that are not http(s).
import { expect } from '@open-wc/testing';
import { clearDocumentCache } from '../../src/internal/loader.js';
import { checkLinkUrl, type UrlRejection } from '../../src/lib/url.js';
import { validateDocument } from '../../src/schema/validate.js';
import {
  ExceptionWatch,
  TAGS,
  installXssHook,
  isDefined,
  observe,
  report,
  setAttributes,
  settle,
  show,
  spyFetch,
  stage,
  type Tag,
} from '../support/reliability.js';

const DATA = 'jaarstukken-2025-programma-2.json';
const SELECT: Record<Tag, Record<string, string>> = {
  'pc-budget-gauge': { programme: 'p2' },
  'pc-saldo-table': { programme: 'p2' },
  'pc-goal-tree': { programme: 'p2' },
  'pc-indicator-card': { indicator: 'jeugdhulp-unieke-jeugdigen' },
};

type SrcExpect = { reason: UrlRejection } | { outcome: 'rendered' | 'fetch-failed' | 'http-error' } | 'empty';
interface SrcCase {
  name: string;
  /** The value; `html` cases are attribute text for the HTML parser (entities are decoded by it). */
  value: (n: number) => string;
  html?: boolean;
  expect: SrcExpect;
}

const here = () => location.origin;
const SRC_CASES: SrcCase[] = [
  { name: 'javascript:', value: () => 'javascript:__pcXss()', expect: { reason: 'scheme' } },
  { name: 'mixed-case JaVaScRiPt:', value: () => 'JaVaScRiPt:__pcXss()', expect: { reason: 'scheme' } },
  { name: 'leading spaces and tab', value: () => '  \tjavascript:__pcXss()', expect: { reason: 'scheme' } },
  {
    name: 'tab inside the scheme',
    value: () => 'java\tscript:__pcXss()',
    expect: { reason: 'control-characters' },
  },
  {
    name: 'newline inside the scheme',
    value: () => 'java\nscript:__pcXss()',
    expect: { reason: 'control-characters' },
  },
  {
    name: 'entity &#106; (HTML)',
    value: () => '&#106;avascript:__pcXss()',
    html: true,
    expect: { reason: 'scheme' },
  },
  {
    name: 'entity &#x6A; (HTML)',
    value: () => '&#x6A;avascript:__pcXss()',
    html: true,
    expect: { reason: 'scheme' },
  },
  {
    name: 'entity &colon; (HTML)',
    value: () => 'javascript&colon;__pcXss()',
    html: true,
    expect: { reason: 'scheme' },
  },
  {
    name: 'entity &Tab; inside (HTML)',
    value: () => 'java&Tab;script:__pcXss()',
    html: true,
    expect: { reason: 'control-characters' },
  },
  {
    name: 'data: JSON',
    value: () => 'data:application/json,{"schemaVersion":1}',
    expect: { reason: 'scheme' },
  },
  { name: 'DATA: base64', value: () => 'DATA:application/json;base64,e30=', expect: { reason: 'scheme' } },
  {
    name: 'blob:',
    value: () => `blob:${here()}/3f1c1f4e-0000-4000-8000-000000000000`,
    expect: { reason: 'scheme' },
  },
  { name: 'file:', value: () => 'file:///etc/passwd', expect: { reason: 'scheme' } },
  { name: 'vbscript:', value: () => 'vbscript:msgbox(1)', expect: { reason: 'scheme' } },
  { name: 'ftp:', value: () => 'ftp://example.org/data.json', expect: { reason: 'scheme' } },
  { name: 'ws:', value: () => `ws://${location.host}/data.json`, expect: { reason: 'scheme' } },
  { name: 'about:blank', value: () => 'about:blank', expect: { reason: 'scheme' } },
  {
    name: 'protocol-relative //',
    value: () => '//evil.example/data.json',
    expect: { reason: 'protocol-relative' },
  },
  {
    name: 'backslashes \\\\',
    value: () => '\\\\evil.example\\data.json',
    expect: { reason: 'protocol-relative' },
  },
  {
    name: 'slash-backslash /\\',
    value: () => '/\\evil.example/data.json',
    expect: { reason: 'protocol-relative' },
  },
  {
    name: 'credentials user:pass@',
    value: () => `http://user:pass@${location.host}/demo/data/${DATA}`,
    expect: { reason: 'credentials' },
  },
  {
    name: 'user@ only',
    value: () => `https://user@example.org/data.json`,
    expect: { reason: 'credentials' },
  },
  {
    name: 'zero-width space',
    value: () => 'https://example.org\u200b/data.json',
    expect: { reason: 'control-characters' },
  },
  {
    name: 'right-to-left override',
    value: () => '\u202ejavascript:__pcXss()',
    expect: { reason: 'control-characters' },
  },
  { name: 'unparsable host', value: () => 'http://[::1/data.json', expect: { reason: 'unparsable' } },
  { name: 'only spaces', value: () => '   ', expect: { reason: 'empty' } },
  { name: 'empty attribute (no src)', value: () => '', expect: 'empty' },
  { name: 'relative path', value: (n) => `demo/data/${DATA}?n=${n}`, expect: { outcome: 'rendered' } },
  {
    name: 'root-relative path',
    value: (n) => `/__test/data?name=${DATA}&n=${n}`,
    expect: { outcome: 'rendered' },
  },
  {
    name: 'absolute http, same origin',
    value: (n) => `${here()}/demo/data/${DATA}?n=${n}`,
    expect: { outcome: 'rendered' },
  },
  {
    name: 'upper-case HTTP://HOST',
    value: (n) => `HTTP://${location.host.toUpperCase()}/demo/data/${DATA}?n=${n}`,
    expect: { outcome: 'rendered' },
  },
  {
    name: 'percent-encoded %6Aavascript: (a relative path)',
    value: (n) => `%6Aavascript:x?n=${n}`,
    expect: { outcome: 'http-error' },
  },
  {
    name: 'allowed https, unreachable host',
    value: (n) => `https://example.invalid/data.json?n=${n}`,
    expect: { outcome: 'fetch-failed' },
  },
];

interface LinkCase {
  name: string;
  href: string;
  /** What a markdown-style link to it becomes: a link to this URL, or text (with the reason checkLinkUrl gives). */
  link: { href: string } | { reason: UrlRejection };
  /** document.url: accepted, or refused with invalid-format. */
  documentUrl: 'ok' | 'invalid-format';
}

const LINK_CASES: LinkCase[] = [
  {
    name: 'https',
    href: 'https://www.zoetermeer.nl/jaarstukken',
    link: { href: 'https://www.zoetermeer.nl/jaarstukken' },
    documentUrl: 'ok',
  },
  {
    name: 'upper-case HTTP',
    href: 'HTTP://EXAMPLE.ORG/Rapport',
    link: { href: 'http://example.org/Rapport' },
    documentUrl: 'ok',
  },
  {
    name: 'port, query and fragment',
    href: 'http://example.org:8080/a?b=1#c',
    link: { href: 'http://example.org:8080/a?b=1#c' },
    documentUrl: 'ok',
  },
  {
    name: 'quote in the path',
    href: 'https://example.org/a"onmouseover="x',
    link: { href: 'https://example.org/a%22onmouseover=%22x' },
    documentUrl: 'ok',
  },
  {
    name: 'javascript:',
    href: 'javascript:__pcXss()',
    link: { reason: 'scheme' },
    documentUrl: 'invalid-format',
  },
  {
    name: 'JaVaScRiPt:',
    href: 'JaVaScRiPt:__pcXss()',
    link: { reason: 'scheme' },
    documentUrl: 'invalid-format',
  },
  {
    name: 'javascript:// comment trick',
    href: 'javascript://example.org/%0A__pcXss()',
    link: { reason: 'scheme' },
    documentUrl: 'invalid-format',
  },
  {
    name: 'data:',
    href: 'data:text/html,<b>x</b>',
    link: { reason: 'scheme' },
    documentUrl: 'invalid-format',
  },
  {
    name: 'vbscript:',
    href: 'vbscript:msgbox(1)',
    link: { reason: 'scheme' },
    documentUrl: 'invalid-format',
  },
  { name: 'file:', href: 'file:///etc/passwd', link: { reason: 'scheme' }, documentUrl: 'invalid-format' },
  {
    name: 'blob:',
    href: 'blob:https://example.org/3f1c',
    link: { reason: 'scheme' },
    documentUrl: 'invalid-format',
  },
  {
    name: 'mailto:',
    href: 'mailto:info@example.org',
    link: { reason: 'scheme' },
    documentUrl: 'invalid-format',
  },
  {
    name: 'protocol-relative',
    href: '//evil.example/x',
    link: { reason: 'protocol-relative' },
    documentUrl: 'invalid-format',
  },
  {
    name: 'relative path',
    href: '/jaarstukken/2025',
    link: { reason: 'not-absolute' },
    documentUrl: 'invalid-format',
  },
  {
    name: 'bare fragment (as in the seeds)',
    href: '#',
    link: { reason: 'not-absolute' },
    documentUrl: 'invalid-format',
  },
  {
    name: 'entity text (not decoded in JSON)',
    href: '&#106;avascript:x',
    link: { reason: 'not-absolute' },
    documentUrl: 'invalid-format',
  },
  {
    name: 'credentials',
    href: 'https://user:pass@example.org/',
    link: { reason: 'credentials' },
    documentUrl: 'invalid-format',
  },
  {
    name: 'zero-width space',
    href: 'https://example.org/\u200bx',
    link: { reason: 'control-characters' },
    documentUrl: 'invalid-format',
  },
  {
    name: 'no slashes after https:',
    href: 'https:evil.example',
    link: { href: 'https://evil.example/' },
    documentUrl: 'invalid-format',
  },
  { name: 'unparsable', href: 'http://[::1', link: { reason: 'unparsable' }, documentUrl: 'invalid-format' },
];

/** Makes an element the way a CMS page does: HTML text read by the parser (entities decoded there). */
function fromHtml(tag: Tag, attrs: Record<string, string>, src: string): Element {
  const template = document.createElement('template');
  const attributes = Object.entries(attrs)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
  // Test code: the parser has to decode the entities, as it does for a page.
  template.innerHTML = `<${tag} ${attributes} src="${src}"></${tag}>`;
  return document.importNode(template.content, true).firstElementChild!;
}

describe('hardening: URLs in src and in data', function () {
  this.timeout(120000);
  beforeEach(() => clearDocumentCache());

  it(`has at least 20 src cases (${SRC_CASES.length}) and 20 link cases (${LINK_CASES.length})`, () => {
    expect(SRC_CASES.length).to.be.at.least(20);
    expect(LINK_CASES.length).to.be.at.least(20);
  });

  it('src: each disallowed value is refused with disallowed-url and its reason, without a fetch; allowed ones load', async () => {
    const hook = installXssHook();
    const spy = spyFetch();
    const watch = new ExceptionWatch().start();
    const container = stage();
    const wrong: string[] = [];
    let tried = 0;
    let refused = 0;
    let disallowedFetches = 0;
    let rendered = 0;
    let n = Date.now();
    for (const tag of TAGS.filter((t) => !isDefined(t)))
      wrong.push(`<${tag}> is not registered by src/define/all.ts`);
    try {
      for (const tag of TAGS.filter(isDefined)) {
        for (const c of SRC_CASES) {
          n += 1;
          const value = c.value(n);
          const where = `<${tag}> src ${c.name} (${JSON.stringify(value)})`;
          const before = spy.urls.length;
          let el: Element;
          const state = () => ((el as any).loadState as string) ?? '';
          // Events bubble out of the element (composed): listen on the container from creation to the outcome.
          const shown = await observe(container, async () => {
            if (c.html) {
              el = fromHtml(tag, SELECT[tag], value);
            } else {
              el = document.createElement(tag);
              setAttributes(el, SELECT[tag]);
              (el as any).src = value;
            }
            container.appendChild(el);
            await settle(el);
            // A src load resolves later than one update: wait for the outcome (retries and the timeout included).
            const deadline = performance.now() + 4000;
            while (state() === 'loading' && performance.now() < deadline)
              await new Promise((r) => setTimeout(r, 20));
            await settle(el);
          });
          const fetched = spy.urls.slice(before);
          const errors = shown.errors;
          tried += 1;
          if (c.expect === 'empty') {
            if (fetched.length > 0 || errors.length > 0 || state() !== 'empty') {
              wrong.push(`${where}: expected the empty state, got ${state()} with ${fetched.length} fetches`);
            }
          } else if ('reason' in c.expect) {
            refused += 1;
            disallowedFetches += fetched.length;
            const problem = errors[0]?.problems?.[0];
            if (fetched.length > 0) wrong.push(`${where}: fetched ${fetched.join(', ')}`);
            if (errors[0]?.code !== 'disallowed-url' || problem?.params?.reason !== c.expect.reason) {
              wrong.push(
                `${where}: expected disallowed-url (${c.expect.reason}), got ${errors[0]?.code} (${problem?.params?.reason})`,
              );
            }
            if (!el!.shadowRoot?.querySelector('[role="alert"]')) wrong.push(`${where}: no role="alert"`);
          } else {
            if (fetched.length === 0) wrong.push(`${where}: allowed, but nothing was fetched`);
            const outcome = state() === 'ready' ? 'rendered' : errors[0]?.code;
            if (outcome === 'rendered') rendered += 1;
            if (outcome !== c.expect.outcome)
              wrong.push(`${where}: expected ${c.expect.outcome}, got ${outcome}`);
          }
          el!.remove();
        }
      }
    } finally {
      watch.stop();
      spy.restore();
      hook.uninstall();
      container.remove();
    }
    report(
      'urls src',
      {
        documents: tried,
        refused,
        disallowedFetches,
        rendered,
        payloadsExecuted: hook.count(),
        exceptions: watch.exceptions,
      },
      `${SRC_CASES.length} src values × ${TAGS.filter(isDefined).length} components: ${refused} refused with their reason, ${disallowedFetches} disallowed fetches, ${rendered} allowed ones rendered, ${hook.count()} executed, ${watch.exceptions} exceptions`,
    );
    expect(wrong).to.deep.equal([]);
    expect(hook.count()).to.equal(0);
    expect(watch.messages).to.deep.equal([]);
  });

  it('links in data: only absolute http(s) become links; document.url refuses the rest with invalid-format', async () => {
    const base = await (await fetch('/test/corpus/valid-base.json')).json();
    const hook = installXssHook();
    const spy = spyFetch();
    const watch = new ExceptionWatch().start();
    const container = stage();
    const wrong: string[] = [];
    let linksShown = 0;
    let refused = 0;
    let badLinks = 0;
    const views = (
      [
        ['pc-indicator-card', { indicator: 'v1-ind' }, undefined],
        ['pc-goal-tree', { tree: 't1' }, 't1-root'],
        ['pc-goal-tree', { programme: 'v1' }, 'v1'],
      ] as Array<[Tag, Record<string, string>, string | undefined]>
    ).filter(([tag]) => isDefined(tag));
    for (const tag of TAGS.filter((t) => !isDefined(t)))
      wrong.push(`<${tag}> is not registered by src/define/all.ts`);
    try {
      for (const c of LINK_CASES) {
        // The reason the URL policy gives (the documented code of a refused link).
        const verdict = checkLinkUrl(c.href);
        if ('reason' in c.link && (verdict.ok || verdict.reason !== c.link.reason)) {
          wrong.push(`link ${c.name}: expected refusal (${c.link.reason}), got ${JSON.stringify(verdict)}`);
        }
        if ('href' in c.link && (!verdict.ok || verdict.url !== c.link.href)) {
          wrong.push(`link ${c.name}: expected ${c.link.href}, got ${JSON.stringify(verdict)}`);
        }
        // document.url
        const withUrl = structuredClone(base);
        withUrl.document.url = c.href;
        const result = validateDocument(withUrl);
        const got = result.ok ? 'ok' : `${result.errors[0].code} ${result.errors[0].path}`;
        const want = c.documentUrl === 'ok' ? 'ok' : 'invalid-format /document/url';
        if (got !== want) wrong.push(`document.url ${c.name}: expected ${want}, got ${got}`);
        if (!result.ok) refused += 1;
        // markdown-style links where the components render rich text
        const doc = structuredClone(base);
        const markdown = `Lees [het rapport](${c.href}) of de bron.`;
        const indicator = doc.programmes[0].goals[0].indicators[0];
        indicator.explanation = markdown;
        indicator.source = markdown;
        doc.programmes[0].ambition.text = markdown;
        doc.goalTrees[0].root.text = markdown;
        for (const [tag, attrs, open] of views) {
          const el = document.createElement(tag);
          setAttributes(el, attrs);
          container.appendChild(el);
          const shown = await show(el, doc);
          if (open) {
            el.shadowRoot!.getElementById(`node-${open}`)?.click();
            await settle(el);
          }
          const where = `link ${c.name} in <${tag}> ${JSON.stringify(attrs)}`;
          if (shown.outcome !== 'rendered') {
            wrong.push(`${where}: not rendered (${shown.errors[0]?.code})`);
            el.remove();
            continue;
          }
          const anchors = [...el.shadowRoot!.querySelectorAll('a[href]')].filter(
            (a) => !a.getAttribute('href')!.startsWith('#fn-'),
          );
          const hrefs = anchors.map((a) => a.getAttribute('href')!);
          const bad = hrefs.filter((href) => !/^https?:\/\//i.test(href));
          badLinks += bad.length;
          if (bad.length > 0) wrong.push(`${where}: links that are not http(s): ${bad.join(', ')}`);
          const link = c.link;
          if ('href' in link) {
            if (hrefs.length === 0 || hrefs.some((href) => href !== link.href)) {
              wrong.push(`${where}: expected links to ${link.href}, got ${JSON.stringify(hrefs)}`);
            } else {
              linksShown += hrefs.length;
            }
          } else {
            if (hrefs.length > 0) wrong.push(`${where}: a refused URL became a link: ${hrefs.join(', ')}`);
            if (!el.shadowRoot!.textContent!.includes('het rapport'))
              wrong.push(`${where}: the link text is not shown`);
          }
          el.remove();
        }
      }
    } finally {
      watch.stop();
      spy.restore();
      hook.uninstall();
      container.remove();
    }
    report(
      'urls links',
      {
        documents: LINK_CASES.length,
        refused,
        linksShown,
        badLinks,
        fetches: spy.urls.length,
        payloadsExecuted: hook.count(),
        exceptions: watch.exceptions,
      },
      `${LINK_CASES.length} link values in ${views.length} views: ${linksShown} http(s) links shown, ${badLinks} links that are not http(s), document.url refused ${refused}×, ${spy.urls.length} fetches, ${hook.count()} executed`,
    );
    expect(wrong).to.deep.equal([]);
    expect(spy.urls).to.deep.equal([]);
    expect(hook.count()).to.equal(0);
    expect(watch.messages).to.deep.equal([]);
  });
});
