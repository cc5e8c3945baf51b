// Issue 9, item 6: network faults against the test server (test/support/server-plugin.mjs, /__test/ endpoints with
// real status codes): a response that never comes, 404, 500 (bounded retries for 5xx and network errors only),
// wrong content type, invalid JSON, a response over the cap, redirects to disallowed schemes, ten src changes in
// one second (only the last renders) and the element removed mid-request (the request is aborted).
import { expect } from '@open-wc/testing';
import { clearDocumentCache } from '../../src/internal/loader.js';
import {
  ExceptionWatch,
  TAGS,
  installXssHook,
  isDefined,
  report,
  setAttributes,
  spyFetch,
  stage,
  type Tag,
} from '../support/reliability.js';
import { engine, watchesTimingBudgets } from '../support/engines.js';

const SELECT: Record<Tag, Record<string, string>> = {
  'pc-budget-gauge': { programme: 'p2' },
  'pc-saldo-table': { programme: 'p2' },
  'pc-goal-tree': { programme: 'p2' },
  'pc-indicator-card': { indicator: 'vrijwilligers' },
};
const Y2025 = 'jaarstukken-2025-programma-2.json';
const Y2021 = 'jaarverslag-2021-programma-2.json';

let unique = Date.now();
/** A /__test/ URL made unique, so that neither the loader's cache nor the server's hit counts mix cases. */
// Unique per page too: Firefox and WebKit run these at the same time against one server, which counts hits per URL.
const page = Math.random().toString(36).slice(2, 8);
const testUrl = (path: string) => `/__test/${path}${path.includes('?') ? '&' : '?'}n=${page}-${++unique}`;

interface Outcome {
  el: Element;
  loads: Array<{ year?: number }>;
  errors: Array<{ code: string; message: string; problems: any[] }>;
  /** Milliseconds from connecting the element to its first pc-load / pc-error. */
  ms: number;
  shownAlert: boolean;
}

/** Connects an element with `src` and waits for its first outcome (or `waitMs`). */
async function load(
  container: Element,
  tag: Tag,
  src: string,
  extra: Record<string, string> = {},
  waitMs = 5000,
): Promise<Outcome> {
  const el = document.createElement(tag);
  setAttributes(el, { ...SELECT[tag], ...extra });
  const loads: Outcome['loads'] = [];
  const errors: Outcome['errors'] = [];
  let first = 0;
  const start = performance.now();
  el.addEventListener('pc-load', (event) => {
    first ||= performance.now();
    loads.push({ year: (event as CustomEvent).detail.document?.document?.year });
  });
  el.addEventListener('pc-error', (event) => {
    first ||= performance.now();
    errors.push((event as CustomEvent).detail);
  });
  el.setAttribute('src', src);
  container.appendChild(el);
  while (!first && performance.now() - start < waitMs) await new Promise((resolve) => setTimeout(resolve, 5));
  await (el as any).updateComplete;
  return {
    el,
    loads,
    errors,
    ms: (first || performance.now()) - start,
    shownAlert: !!el.shadowRoot?.querySelector('[role="alert"]'),
  };
}

/** Requests the test server saw for a path (with its query), from /__test/hits. */
async function hits(url: string): Promise<number> {
  const counts = (await (await fetch('/__test/hits')).json()) as Record<string, number>;
  const key = new URL(url, location.origin);
  return counts[key.pathname + key.search] ?? 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('hardening: network faults', function () {
  this.timeout(120000);
  const tags = TAGS.filter(isDefined);
  let container: HTMLElement;
  let watch: ExceptionWatch;
  const figures = { documents: 0, errorsShown: 0, rendered: 0, staleRenders: 0, exceptions: 0, aborted: 0 };

  before(() => {
    for (const tag of TAGS)
      expect(isDefined(tag), `<${tag}> is not registered by src/define/all.ts`).to.equal(true);
  });
  beforeEach(() => {
    clearDocumentCache();
    container = stage();
    watch = new ExceptionWatch().start();
  });
  afterEach(() => {
    watch.stop();
    container.remove();
    figures.exceptions += watch.exceptions;
    expect(watch.messages, 'exceptions').to.deep.equal([]);
  });
  after(() => {
    report(
      'network',
      figures,
      `${figures.documents} loads, ${figures.errorsShown} errors shown, ${figures.rendered} rendered, ${figures.staleRenders} stale renders, ${figures.aborted} requests aborted, ${figures.exceptions} exceptions`,
    );
  });

  /** Expects exactly one pc-error with `code` and the alert shown; counts it. */
  function expectError(outcome: Outcome, code: string, where: string): void {
    figures.documents += 1;
    expect(
      outcome.errors.map((e) => e.code),
      where,
    ).to.deep.equal([code]);
    expect(outcome.loads, where).to.deep.equal([]);
    expect(outcome.shownAlert, `${where}: role="alert"`).to.equal(true);
    figures.errorsShown += 1;
  }

  it('a response that never comes: timeout, shown within the timeout plus 100 ms', async () => {
    for (const tag of tags) {
      const outcome = await load(container, tag, testUrl('never'), { timeout: '400' });
      expectError(outcome, 'timeout', `<${tag}>`);
      // Never before the timeout; the 100 ms margin is a time budget (Chromium). Elsewhere only a bound: Firefox,
      // run beside WebKit on two cores, once took 1,450 ms (fresh-clone run of 2026-12-06); it must stay < 2.5 s.
      expect(outcome.ms, `<${tag}> time to the error`).to.be.within(400, watchesTimingBudgets() ? 500 : 2500);
      // The limit in the reader's language: nl writes a decimal comma.
      expect(outcome.errors[0].problems[0].messages.nl, `<${tag}> nl message`).to.contain('0,4 seconden');
      expect(outcome.errors[0].problems[0].messages.en, `<${tag}> en message`).to.contain('0.4 seconds');
    }
  });

  it('404 and 403: http-error with the status, no retry', async () => {
    for (const tag of tags) {
      for (const status of [404, 403]) {
        const url = testUrl(`status?code=${status}`);
        const outcome = await load(container, tag, url);
        expectError(outcome, 'http-error', `<${tag}> ${status}`);
        expect(outcome.errors[0].problems[0].params.status).to.equal(status);
        expect(await hits(url), `<${tag}> ${status}: requests`).to.equal(1);
      }
    }
  });

  it('500 and 503: http-error after a bounded number of retries; a server that recovers is retried into a render', async () => {
    for (const tag of tags) {
      for (const status of [500, 503]) {
        const url = testUrl(`status?code=${status}`);
        const outcome = await load(container, tag, url);
        expectError(outcome, 'http-error', `<${tag}> ${status}`);
        const requests = await hits(url);
        expect(requests, `<${tag}> ${status}: retried, at most 3 requests`).to.be.within(2, 3);
      }
      const flaky = testUrl('flaky?fail=1');
      const outcome = await load(container, tag, flaky);
      figures.documents += 1;
      expect(outcome.errors, `<${tag}> flaky`).to.deep.equal([]);
      expect(outcome.loads.length, `<${tag}> flaky renders`).to.equal(1);
      figures.rendered += 1;
      expect(await hits(flaky)).to.equal(2);
    }
  });

  it('a network error (connection refused): fetch-failed after bounded retries', async () => {
    const spy = spyFetch();
    try {
      for (const tag of tags) {
        const url = `http://127.0.0.1:9/pc-data.json?n=${++unique}`;
        const outcome = await load(container, tag, url);
        expectError(outcome, 'fetch-failed', `<${tag}>`);
        expect(
          spy.urls.filter((u) => u === url).length,
          `<${tag}>: retried, at most 3 requests`,
        ).to.be.within(2, 3);
      }
    } finally {
      spy.restore();
    }
  });

  it('wrong content type, invalid JSON, a response over the 5 MB cap', async () => {
    const spy = spyFetch();
    try {
      for (const tag of tags) {
        expectError(await load(container, tag, testUrl('html')), 'wrong-content-type', `<${tag}> text/html`);
        expectError(await load(container, tag, testUrl('invalid-json')), 'not-json', `<${tag}> invalid JSON`);
        const huge = await load(container, tag, testUrl('huge'));
        expectError(huge, 'too-large', `<${tag}> 6 MB`);
      }
      // The oversized bodies were not read to the end: their requests were aborted.
      const aborted = spy.signals.filter((signal) => signal.aborted).length;
      figures.aborted += aborted;
      expect(aborted).to.be.at.least(tags.length);
    } finally {
      spy.restore();
    }
  });

  it('redirects to javascript:, data:, file: and to credentials are refused; a same-origin redirect loads', async () => {
    const hook = installXssHook();
    try {
      for (const tag of tags) {
        for (const to of [
          'javascript:__pcXss()',
          'data:application/json,{"schemaVersion":1}',
          'file:///etc/passwd',
        ]) {
          const outcome = await load(container, tag, testUrl(`redirect?to=${encodeURIComponent(to)}`));
          figures.documents += 1;
          // The browser refuses a redirect to a non-http(s) scheme as a network error.
          expect(outcome.loads, `<${tag}> → ${to}`).to.deep.equal([]);
          expect(
            outcome.errors.map((e) => e.code),
            `<${tag}> → ${to}`,
          ).to.deep.equal(['fetch-failed']);
          figures.errorsShown += 1;
        }
        // Chromium refuses a redirect to a URL with credentials as a network error too (the loader's check of the
        // final URL, disallowed-url, is the second line behind it). Firefox and WebKit follow a same-origin one, as
        // the Fetch standard allows: there the loader's check is what refuses it, and we accept that difference.
        const credentials = `http://user:secret@${location.host}/__test/data?name=${Y2025}`;
        const outcome = await load(container, tag, testUrl(`redirect?to=${encodeURIComponent(credentials)}`));
        const refusedBy = engine() === 'chromium' ? 'fetch-failed' : 'disallowed-url';
        expectError(outcome, refusedBy, `<${tag}> → credentials`);
        const fine = await load(
          container,
          tag,
          testUrl(`redirect?to=${encodeURIComponent(`/__test/data?name=${Y2025}`)}`),
        );
        figures.documents += 1;
        expect(fine.errors, `<${tag}> → same origin`).to.deep.equal([]);
        expect(fine.loads.length).to.equal(1);
        figures.rendered += 1;
      }
    } finally {
      hook.uninstall();
    }
    expect(hook.count()).to.equal(0);
  });

  it('ten src changes in one second: only the last document renders (0 stale renders), earlier requests aborted', async () => {
    const spy = spyFetch();
    try {
      for (const tag of tags) {
        const el = document.createElement(tag);
        setAttributes(el, SELECT[tag]);
        const loads: Array<number | undefined> = [];
        const errors: string[] = [];
        el.addEventListener('pc-load', (event) =>
          loads.push((event as CustomEvent).detail.document?.document?.year),
        );
        el.addEventListener('pc-error', (event) => errors.push((event as CustomEvent).detail.code));
        container.appendChild(el);
        const before = spy.signals.length;
        for (let i = 0; i < 10; i++) {
          // Earlier requests answer later (the first after 690 ms): a response arriving out of order must not render.
          const name = i === 9 ? Y2021 : Y2025;
          // Each answer comes after the next change (150 ms > 95 ms): with 30 ms the ninth could answer first in
          // WebKit, whose timers run later, and render while it was still the current src (no stale render).
          el.setAttribute('src', testUrl(`data?name=${name}&delay=${(9 - i) * 60 + 150}`));
          await sleep(95);
        }
        await sleep(900);
        const signals = spy.signals.slice(before);
        const aborted = signals.filter((signal) => signal.aborted).length;
        figures.aborted += aborted;
        figures.documents += 10;
        const stale = loads.filter((year) => year !== 2021).length;
        figures.staleRenders += stale;
        expect(errors, `<${tag}> errors`).to.deep.equal([]);
        expect(loads, `<${tag}> documents rendered (year)`).to.deep.equal([2021]);
        figures.rendered += loads.length - stale;
        expect(signals.length, `<${tag}> requests`).to.equal(10);
        expect(aborted, `<${tag}> aborted requests`).to.be.at.least(8);
        el.remove();
      }
    } finally {
      spy.restore();
    }
  });

  it('the element removed mid-request: the request is aborted, nothing renders or fails afterwards', async () => {
    const spy = spyFetch();
    try {
      for (const tag of tags) {
        const before = spy.signals.length;
        const el = document.createElement(tag);
        setAttributes(el, SELECT[tag]);
        const events: string[] = [];
        el.addEventListener('pc-load', () => events.push('pc-load'));
        el.addEventListener('pc-error', (event) =>
          events.push(`pc-error ${(event as CustomEvent).detail.code}`),
        );
        el.setAttribute('src', testUrl(`data?name=${Y2025}&delay=700`));
        container.appendChild(el);
        await sleep(150);
        const signal = spy.signals[before];
        expect(signal, `<${tag}> a request started`).to.not.equal(undefined);
        expect(signal.aborted, `<${tag}> before removal`).to.equal(false);
        el.remove();
        expect(signal.aborted, `<${tag}> aborted on removal`).to.equal(true);
        figures.aborted += 1;
        figures.documents += 1;
        await sleep(800);
        expect(events, `<${tag}> events after removal`).to.deep.equal([]);
      }
    } finally {
      spy.restore();
    }
  });
});
