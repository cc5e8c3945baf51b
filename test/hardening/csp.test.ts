// Issue 9, item 4, at the component level: the four components from source (not the bundle: test/embedding covers
// the built demo pages) in a frame under the strict policy
//   default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html
// in every state a story shows (each dataset, every variant, en, error, empty, loading) and after interaction
// (tree selection and keys, the card's table and points, the saldo footnotes): 0 securitypolicyviolation events.
import { expect } from '@open-wc/testing';
import { DATASETS, TAGS, dataset, indicatorIds, report, type Tag } from '../support/reliability.js';

const POLICY = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

interface Frame {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  violations: Array<{ directive: string; blocked: string; sample: string }>;
}

async function openStrictFrame(): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  const violations: Frame['violations'] = [];
  // The policy arrives with the document (a meta element first in <head>), before any script runs. Firefox takes
  // 'self' in a srcdoc document as about:srcdoc, not the inherited origin: the origin is also named, just as strict.
  frame.srcdoc = `<!doctype html><html lang="nl"><head>
<meta http-equiv="Content-Security-Policy" content="${POLICY.replace("'self'", `'self' ${location.origin}`)}">
<script type="module" src="/src/define/all.ts"></script>
</head><body></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.appendChild(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  doc.addEventListener('securitypolicyviolation', (event) => {
    violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
  });
  await Promise.all(
    TAGS.map((tag) =>
      Promise.race([win.customElements.whenDefined(tag), new Promise((r) => setTimeout(r, 5000))]),
    ),
  );
  return { frame, doc, win, violations };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('hardening: components under a strict CSP with Trusted Types (from source)', function () {
  this.timeout(60000);
  let strict: Frame;

  before(async () => {
    strict = await openStrictFrame();
  });
  after(() => strict?.frame.remove());

  it('self-test: the frame enforces the policy (an inline style and an HTML string sink are reported)', async () => {
    const { doc, violations } = strict;
    const before = violations.length;
    const p = doc.createElement('p');
    p.setAttribute('style', 'color: red');
    doc.body.appendChild(p);
    try {
      // Test code: a string into an HTML sink, which Trusted Types must refuse.
      doc.body.insertAdjacentHTML('beforeend', '<b>x</b>');
    } catch {
      // expected: TypeError from Trusted Types
    }
    await pause(50);
    p.remove();
    const directives = violations.slice(before).map((v) => v.directive);
    expect(directives.some((d) => d.startsWith('style-src'))).to.equal(true);
    expect(directives.some((d) => d.startsWith('require-trusted-types-for'))).to.equal(true);
    violations.length = before;
  });

  it('every component in every state and after interaction: 0 securitypolicyviolation events', async () => {
    const { doc, win, violations } = strict;
    for (const tag of TAGS)
      expect(win.customElements.get(tag), `<${tag}> defined in the frame`).to.not.equal(undefined);
    const y2025 = await dataset(DATASETS.y2025);
    const y2021 = await dataset(DATASETS.y2021);
    const social = await dataset(DATASETS.social);
    const health = await dataset(DATASETS.health);
    const withBudget = structuredClone(y2025);
    withBudget.programmes[0].finance.budget = { expenses: -150000, revenues: 15000, balance: -135000 };
    withBudget.programmes[0].finance.budgetOriginal = {
      expenses: -140000,
      revenues: 15000,
      balance: -125000,
    };
    withBudget.document.totals = { actual: { expenses: -900000, revenues: 400000, balance: -500000 } };
    for (const goal of withBudget.programmes[0].goals) {
      if (goal.finance?.actual)
        goal.finance.budget = { ...goal.finance.actual, expenses: goal.finance.actual.expenses * 0.9 };
    }
    const bad = structuredClone(y2025);
    bad.programmes[0].goals[0].finance.actual.expenses = '-95.081';

    type State = [Tag, Record<string, string>, unknown];
    const states: State[] = [
      ['pc-budget-gauge', { programme: 'p2' }, withBudget],
      ['pc-budget-gauge', { programme: 'p2', variant: 'bar', measure: 'balance' }, withBudget],
      ['pc-budget-gauge', { programme: 'p2', compare: 'total' }, withBudget],
      ['pc-budget-gauge', { goal: 'd2-1', lang: 'en' }, y2025],
      ['pc-saldo-table', { programme: 'p2' }, y2025],
      ['pc-saldo-table', { programme: 'p2', compare: 'budget' }, withBudget],
      ['pc-saldo-table', { programme: 'p2', lang: 'en' }, y2021],
      ['pc-saldo-table', { programme: 'sociaal-domein' }, social],
      ['pc-goal-tree', { programme: 'p2' }, y2025],
      ['pc-goal-tree', { programme: 'p2', orientation: 'top-down', lang: 'en' }, y2021],
      ...(health?.goalTrees?.[0]
        ? [['pc-goal-tree', { tree: health.goalTrees[0].id, 'expanded-depth': '99' }, health] as State]
        : []),
      ...indicatorIds(y2025).map((id) => ['pc-indicator-card', { indicator: id }, y2025] as State),
      ['pc-indicator-card', { indicator: indicatorIds(y2021)[0], variant: 'bars', lang: 'en' }, y2021],
      ...TAGS.map((tag) => [tag, { programme: 'p2', indicator: 'jeugdhulp-instroom' }, bad] as State),
      ...TAGS.map((tag) => [tag, { programme: 'p2' }, undefined] as State),
    ];
    let rendered = 0;
    let interactions = 0;
    const byState: string[] = [];
    for (const [tag, attrs, data] of states) {
      const before = violations.length;
      const el = doc.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      // Data crosses into the frame as JSON text, as a CMS would inline it.
      if (data !== undefined) (el as any).data = JSON.stringify(data);
      doc.body.appendChild(el);
      await (el as any).updateComplete;
      rendered += 1;
      const root = el.shadowRoot!;
      const click = (selector: string) => {
        const target = root.querySelector<HTMLElement>(selector);
        if (target) {
          target.click();
          interactions += 1;
        }
      };
      const key = (selector: string, keyName: string) => {
        const target = root.querySelector<HTMLElement>(selector);
        if (target) {
          target.dispatchEvent(
            new win.KeyboardEvent('keydown', { key: keyName, bubbles: true, composed: true }),
          );
          interactions += 1;
        }
      };
      click('[role="treeitem"]');
      key('[role="treeitem"][tabindex="0"]', 'ArrowDown');
      key('[role="treeitem"][tabindex="0"]', '*');
      click('.toggle');
      click('.goto');
      click('[part="table-toggle"]');
      key('.points', 'ArrowLeft');
      click('sup.marker a');
      await (el as any).updateComplete;
      // Violation events are queued as tasks.
      await pause(20);
      const added = violations.slice(before);
      if (added.length > 0) {
        const directives = [...new Set(added.map((v) => `${v.directive} ${v.blocked}`))].join(', ');
        byState.push(
          `<${tag}> ${JSON.stringify(attrs)}${data === undefined ? ' (empty)' : ''}: ${added.length} (${directives})`,
        );
      }
    }
    // Loading: a src that never answers, then removed.
    const loading = doc.createElement('pc-saldo-table');
    loading.setAttribute('programme', 'p2');
    loading.setAttribute('src', `/__test/never?n=${Date.now()}`);
    doc.body.appendChild(loading);
    await pause(100);
    loading.remove();
    // A src that loads, in the frame's own fetch.
    const fetched = doc.createElement('pc-budget-gauge');
    fetched.setAttribute('programme', 'p2');
    fetched.setAttribute('src', `/demo/data/jaarstukken-2025-programma-2.json?n=${Date.now()}`);
    doc.body.appendChild(fetched);
    // Drawn (or failed) when drawComplete settles; a fixed pause of 500 ms was too short for WebKit beside Firefox.
    await Promise.race([(fetched as any).drawComplete, pause(5000)]);
    expect((fetched as any).loadState, 'the gauge loaded its src in the frame').to.equal('ready');
    report(
      'csp components',
      { documents: states.length + 2, rendered, interactions, cspViolations: violations.length },
      `${states.length + 2} component states under "${POLICY}", ${interactions} interactions, ${violations.length} CSP violations`,
    );
    expect(byState, 'violations per component state').to.deep.equal([]);
    expect(violations).to.deep.equal([]);
  });
});
