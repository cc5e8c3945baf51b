import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../support/probe-element.js';
import type { PcTestProbe } from '../support/probe-element.js';
import { clearDocumentCache, loaderStats } from '../../src/internal/loader.js';
import { setStrings } from '../../src/i18n/strings.js';
import { watchesTimingBudgets } from '../support/engines.js';
import { seed } from '../support/seeds.js';

function text(el: Element, selector: string): string {
  return el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';
}

describe('PcElement (the shared base of every component)', () => {
  beforeEach(() => clearDocumentCache());

  it('renders from the data property', async () => {
    const el = await fixture<PcTestProbe>(
      html`<pc-test-probe programme="p2" .data=${await seed()}></pc-test-probe>`,
    );
    expect(text(el, '.title')).to.equal('Samen leven en ondersteunen');
    expect(text(el, '.balance')).to.equal('-146.506');
    await expect(el).to.be.accessible();
  });

  it('accepts the document as JSON text', async () => {
    const json = JSON.stringify(await seed());
    const el = await fixture<PcTestProbe>(html`<pc-test-probe programme="p2" .data=${json}></pc-test-probe>`);
    expect(text(el, '.goals')).to.equal('3 doelen');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const json = JSON.stringify(await seed());
    const wrapper = await fixture(html`<div></div>`);
    const el = document.createElement('pc-test-probe') as PcTestProbe;
    el.setAttribute('programme', 'p2');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    wrapper.append(el);
    await el.updateComplete;
    expect(text(el, '.title')).to.equal('Samen leven en ondersteunen');
  });

  it('picks up inline JSON added after the element was upgraded', async () => {
    const el = await fixture<PcTestProbe>(html`<pc-test-probe programme="p2"></pc-test-probe>`);
    expect(text(el, '.pc-status')).to.contain('geen gegevens');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(await seed());
    const loaded = oneEvent(el, 'pc-load');
    el.append(script);
    await loaded;
    await el.updateComplete;
    expect(text(el, '.title')).to.equal('Samen leven en ondersteunen');
  });

  it('loads src, shows a loading state, and fires pc-load once', async () => {
    const el = await fixture<PcTestProbe>(
      html`<pc-test-probe programme="p2" src="/__test/data?delay=100"></pc-test-probe>`,
    );
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('laden');
    let loads = 0;
    el.addEventListener('pc-load', () => (loads += 1));
    await oneEvent(el, 'pc-load');
    await el.updateComplete;
    expect(text(el, '.title')).to.equal('Samen leven en ondersteunen');
    await new Promise((r) => setTimeout(r, 50));
    expect(loads).to.equal(1);
  });

  it('elements naming the same src share one request', async () => {
    const before = loaderStats.requests;
    const wrapper = await fixture(
      html`<div>
        ${[1, 2, 3, 4, 5].map(() => html`<pc-test-probe programme="p2" src=${'/__test/data?shared=1&delay=50'}></pc-test-probe>`)}
      </div>`,
    );
    const probes = [...wrapper.querySelectorAll<PcTestProbe>('pc-test-probe')];
    await Promise.all(probes.map((p) => oneEvent(p, 'pc-load')));
    expect(loaderStats.requests - before).to.equal(1);
  });

  it('shows a readable error with role="alert" and fires pc-error once for a 404', async () => {
    const el = await fixture<PcTestProbe>(
      html`<pc-test-probe programme="p2" src="/__test/status?code=404"></pc-test-probe>`,
    );
    const errors: CustomEvent[] = [];
    el.addEventListener('pc-error', (e) => errors.push(e as CustomEvent));
    await oneEvent(el, 'pc-error');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('404');
    expect(errors[0].detail.code).to.equal('http-error');
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('names the JSON Pointer of a wrong field', async () => {
    const doc = await seed();
    doc.programmes[0].goals[1].finance.actual.expenses = 'veel';
    const el = await fixture<PcTestProbe>(html`<pc-test-probe programme="p2" .data=${doc}></pc-test-probe>`);
    expect(el.shadowRoot!.querySelector('[role="alert"] code')?.textContent).to.equal(
      '/programmes/0/goals/1/finance/actual/expenses',
    );
  });

  it('names the unknown id in the error', async () => {
    const el = await fixture<PcTestProbe>(
      html`<pc-test-probe programme="p9" .data=${await seed()}></pc-test-probe>`,
    );
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('"p9"');
    expect(alert.textContent).to.contain('programme="p9"');
  });

  it('times out within the timeout plus 100 ms', async () => {
    const el = await fixture<PcTestProbe>(
      html`<pc-test-probe programme="p2" timeout="300" src="/__test/never?t=1"></pc-test-probe>`,
    );
    const start = performance.now();
    const event = await oneEvent(el, 'pc-error');
    const elapsed = performance.now() - start;
    expect(event.detail.code).to.equal('timeout');
    expect(elapsed).to.be.below(watchesTimingBudgets() ? 300 + 100 : 1300); // margin: a Chromium time budget
  });

  it('only the last of ten quick src changes renders', async () => {
    const el = await fixture<PcTestProbe>(html`<pc-test-probe programme="p2"></pc-test-probe>`);
    const loads: CustomEvent[] = [];
    el.addEventListener('pc-load', (e) => loads.push(e as CustomEvent));
    for (let i = 0; i < 10; i++) {
      el.src = `/__test/data?name=${i === 9 ? 'jaarverslag-2021-programma-2.json' : 'jaarstukken-2025-programma-2.json'}&delay=${(10 - i) * 20}&n=${i}`;
      await el.updateComplete;
    }
    await oneEvent(el, 'pc-load');
    await new Promise((r) => setTimeout(r, 300));
    expect(loads.length).to.equal(1);
    expect(loads[0].detail.document.document.year).to.equal(2021);
  });

  it('aborts the request when the element leaves the page', async () => {
    const el = await fixture<PcTestProbe>(
      html`<pc-test-probe programme="p2" src=${'/__test/data?delay=300&abort=1'}></pc-test-probe>`,
    );
    let events = 0;
    el.addEventListener('pc-load', () => (events += 1));
    el.addEventListener('pc-error', () => (events += 1));
    el.remove();
    await new Promise((r) => setTimeout(r, 500));
    expect(events).to.equal(0);
  });

  it('resolves the locale from the nearest ancestor lang and reformats on change', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><pc-test-probe programme="p2" .data=${await seed()}></pc-test-probe></div>`,
    );
    const el = wrapper.querySelector<PcTestProbe>('pc-test-probe')!;
    await el.updateComplete;
    expect(text(el, '.balance')).to.equal('-146,506');
    expect(text(el, '.goals')).to.equal('3 goals');
    wrapper.setAttribute('lang', 'nl');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el, '.balance')).to.equal('-146.506');
  });

  it('lets the page and the element override UI strings', async () => {
    const el = await fixture<PcTestProbe>(
      html`<pc-test-probe programme="p2" .data=${await seed()}></pc-test-probe>`,
    );
    setStrings({ nl: { 'probe.goals': '{count} doelstellingen' } });
    await el.updateComplete;
    expect(text(el, '.goals')).to.equal('3 doelstellingen');
    el.strings = { 'probe.goals': 'Aantal: {count}' };
    await el.updateComplete;
    expect(text(el, '.goals')).to.equal('Aantal: 3');
    setStrings({ nl: { 'probe.goals': '{count} doelen' } });
  });

  it('refuses a javascript: src without fetching', async () => {
    const before = loaderStats.requests;
    const el = await fixture<PcTestProbe>(
      html`<pc-test-probe programme="p2" src="javascript:alert(1)"></pc-test-probe>`,
    );
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain('niet toegestaan');
    expect(loaderStats.requests).to.equal(before);
  });
});
