// Benchmark of <pc-goal-tree> on synthetic trees of 100, 1,000 and 5,000 nodes, fully expanded.
// First render = fixture → updateComplete → one animation frame → a forced layout read (so style and layout of the
// new DOM are counted). One step = keydown ArrowDown on the focused item → updateComplete → forced layout read.
// Budgets: 1,000 nodes ≤ 100 ms, 5,000 ≤ 500 ms, a step ≤ 16 ms at 5,000. The assertions allow 3× the budget so
// that a slow CI machine does not make the test flaky, while a real regression (an O(n²) step, a re-layout per
// key) still fails it. Run: npx wtr --config web-test-runner.config.mjs --files test/perf/goal-tree.perf.test.ts
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/define/pc-goal-tree.js';
import type { PcGoalTree } from '../../src/components/goal-tree/goal-tree.js';
import { syntheticDocument } from '../support/synthetic-tree.js';

const SIZES = [100, 1000, 5000] as const;
const FIRST_RENDER_BUDGET: Record<(typeof SIZES)[number], number> = { 100: 50, 1000: 100, 5000: 500 };
const STEP_BUDGET = 16;
const CI_FACTOR = 3;
const RUNS = 3;
const STEPS = 10;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (ms: number) => Math.round(ms * 10) / 10;

async function render(count: number): Promise<{ el: PcGoalTree; ms: number }> {
  const data = syntheticDocument(count);
  const start = performance.now();
  const el = await fixture<PcGoalTree>(
    html`<pc-goal-tree tree="synthetic" expanded-depth="99" .data=${data}></pc-goal-tree>`,
  );
  await el.updateComplete;
  await frame();
  el.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect();
  return { el, ms: performance.now() - start };
}

async function steps(el: PcGoalTree): Promise<number[]> {
  const root = el.shadowRoot!;
  (root.querySelector('[role="treeitem"][tabindex="0"]') as HTMLElement).focus();
  const times: number[] = [];
  for (let i = 0; i < STEPS; i++) {
    const before = root.activeElement as HTMLElement;
    const start = performance.now();
    before.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
    (root.activeElement as HTMLElement).getBoundingClientRect();
    times.push(performance.now() - start);
    expect(root.activeElement).to.not.equal(before);
    expect(root.querySelectorAll('[role="treeitem"][tabindex="0"]').length).to.equal(1);
  }
  return times;
}

describe('<pc-goal-tree> performance', function () {
  this.timeout(120000);

  it('renders 100, 1,000 and 5,000 expanded nodes and moves focus within budget', async () => {
    await render(200); // warm-up: module evaluation and JIT, not measured
    fixtureCleanup();
    const rows: Array<Record<string, number | string>> = [];
    for (const size of SIZES) {
      const renders: number[] = [];
      let stepTimes: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const { el, ms } = await render(size);
        // Up to 300 open nodes every item is rendered; above that only the boxes near the view (windowed).
        const rendered = el.shadowRoot!.querySelectorAll('[role="treeitem"]').length;
        if (size <= 300) expect(rendered).to.equal(size);
        else expect(rendered).to.be.within(1, 400);
        renders.push(ms);
        if (run === RUNS - 1) stepTimes = await steps(el);
        fixtureCleanup();
      }
      rows.push({
        nodes: size,
        'first render median (ms)': round(median(renders)),
        'first render best (ms)': round(Math.min(...renders)),
        'first render budget (ms)': FIRST_RENDER_BUDGET[size],
        'ArrowDown median (ms)': round(median(stepTimes)),
        'ArrowDown worst (ms)': round(Math.max(...stepTimes)),
        'ArrowDown budget (ms)': STEP_BUDGET,
      });
    }
    console.log('pc-goal-tree benchmark\n' + rows.map((row) => JSON.stringify(row)).join('\n'));
    console.table?.(rows);
    for (const row of rows) {
      const size = row.nodes as (typeof SIZES)[number];
      expect(row['first render median (ms)'], `first render of ${size} nodes`).to.be.at.most(
        FIRST_RENDER_BUDGET[size] * CI_FACTOR,
      );
      expect(row['ArrowDown median (ms)'], `ArrowDown at ${size} nodes`).to.be.at.most(
        STEP_BUDGET * CI_FACTOR,
      );
    }
  });
});
