// The data the benchmark pages load (bench/.tmp/data): the Programma 2 dashboard, its update, and goal trees of
// each size measured, all from the seed data and the tests' synthetic tree generator.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { BUILD, SIZES } from './options.mjs';

/** test/support/synthetic-tree.ts, compiled for Node (the benchmark reuses the tests' generator). */
async function syntheticTreeModule() {
  const outfile = `${BUILD}/node/synthetic-tree.js`;
  await build({
    entryPoints: ['test/support/synthetic-tree.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(pathToFileURL(resolve(outfile)).href);
}

const roundTo = (value, decimals) => Number(value.toFixed(decimals));

/** Fictitious budgets (the 2025 seed has realisations only), so that the gauges have a budget to show. */
function withBudget(finance, factor) {
  const actual = finance.actual;
  const scaled = (f) => {
    const amounts = {};
    for (const measure of ['expenses', 'revenues', 'reserveAdditions', 'reserveWithdrawals']) {
      if (actual[measure] !== undefined) amounts[measure] = Math.round(actual[measure] * f);
    }
    amounts.balance = Object.values(amounts).reduce((sum, value) => sum + value, 0);
    return amounts;
  };
  return { ...finance, budget: scaled(factor), budgetOriginal: scaled(factor * 0.97) };
}

/**
 * The Programma 2 dashboard: the 2025 dataset, its 13 indicators cloned with new ids (realisations shifted
 * 2% per copy) to 50, fictitious budgets, and a 100-node synthetic goal tree.
 */
function dashboardDocument(syntheticTree) {
  const doc = structuredClone(
    JSON.parse(readFileSync('demo/data/jaarstukken-2025-programma-2.json', 'utf8')),
  );
  const programme = doc.programmes.find((p) => p.id === 'p2');
  doc.programmes = [programme];
  const originals = programme.goals.flatMap((goal) =>
    (goal.indicators ?? []).map((indicator) => ({ goal, indicator })),
  );
  programme.goals.forEach((goal, i) => {
    goal.finance = withBudget(goal.finance, [0.96, 1.03, 0.9][i % 3]);
    goal.indicators = [];
  });
  // The programme's budgets are the sums of its goals' (the validator warns about totals that differ).
  const sum = (scenario) => {
    const amounts = {};
    for (const goal of programme.goals) {
      for (const [measure, value] of Object.entries(goal.finance[scenario]))
        amounts[measure] = (amounts[measure] ?? 0) + value;
    }
    return amounts;
  };
  programme.finance = { ...programme.finance, budget: sum('budget'), budgetOriginal: sum('budgetOriginal') };
  for (let k = 0; k < 50; k++) {
    const { goal, indicator } = originals[k % originals.length];
    const copy = Math.floor(k / originals.length);
    const clone = structuredClone(indicator);
    if (copy > 0) {
      clone.id = `${indicator.id}-${copy + 1}`;
      clone.title = `${indicator.title} (${copy + 1})`;
      clone.values = clone.values.map((value) => ({
        ...value,
        actual:
          typeof value.actual === 'number'
            ? roundTo(value.actual * (1 + 0.02 * copy), indicator.decimals ?? 0)
            : value.actual,
      }));
    }
    goal.indicators.push(clone);
  }
  doc.goalTrees = [
    { id: 'doelenboom', title: 'Doelenboom Programma 2 (synthetisch, 100 knopen)', root: syntheticTree(100) },
  ];
  return doc;
}

/** What a CMS preview sends while an editor types: every realisation changed by 1%. */
function updatedDocument(doc) {
  const next = structuredClone(doc);
  for (const goal of next.programmes[0].goals) {
    for (const indicator of goal.indicators) {
      for (const value of indicator.values) {
        if (typeof value.actual === 'number')
          value.actual = roundTo(value.actual * 1.01, indicator.decimals ?? 0);
      }
    }
  }
  return next;
}

/**
 * A tree of n nodes: the tests' synthetic tree (branching 6) of n − 100 nodes whose last node gets 100 leaf
 * children, the node the expand measure opens (at n = 100: the root with 99 children).
 */
function scaleDocument(syntheticDocument, n) {
  const children = Math.min(100, n - 1);
  const base = n - children;
  const doc = syntheticDocument(base);
  const root = doc.goalTrees[0].root;
  let last = root;
  const queue = [root];
  while (queue.length > 0) {
    last = queue.shift();
    queue.push(...(last.children ?? []));
  }
  const statuses = ['achieved', 'not-achieved', 'in-progress', 'unknown'];
  last.children = Array.from({ length: children }, (_, i) => ({
    id: `b${i}`,
    title: `Deelresultaat ${i + 1} van ${last.title.split(' ').slice(0, 4).join(' ')}`,
    status: statuses[i % statuses.length],
  }));
  doc.goalTrees[0].title = `Voorbeeldboom met ${n} knopen`;
  return { doc, bulk: last.id, children };
}

/** Writes the data files; returns, per tree size, the node the expand measure opens and its child count. */
export async function writeData() {
  const { syntheticTree, syntheticDocument } = await syntheticTreeModule();
  mkdirSync(`${BUILD}/data`, { recursive: true });
  const doc = dashboardDocument(syntheticTree);
  writeFileSync(`${BUILD}/data/dashboard.json`, JSON.stringify(doc));
  writeFileSync(`${BUILD}/data/dashboard-update.json`, JSON.stringify(updatedDocument(doc)));
  const trees = {};
  for (const n of SIZES) {
    const { doc: treeDoc, bulk, children } = scaleDocument(syntheticDocument, n);
    writeFileSync(`${BUILD}/data/tree-${n}.json`, JSON.stringify(treeDoc));
    trees[n] = { bulk, children };
  }
  return trees;
}
