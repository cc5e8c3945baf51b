import { makeProblem, type Problem } from './problem.js';
import type { Amounts, Comparison, Finance, GoalNode, PcDocument } from './types.js';
import { AMOUNT_MEASURES } from './types.js';

/** Checks the schema cannot express: unique ids, references that resolve, cycles, totals against their parts. */

function sumParts(amounts: Amounts): { sum: number; count: number } {
  let sum = 0;
  let count = 0;
  for (const measure of AMOUNT_MEASURES) {
    if (measure === 'balance') continue;
    const value = amounts[measure];
    if (typeof value === 'number') {
      sum += value;
      count += 1;
    }
  }
  return { sum, count };
}

/** Differences up to one unit per summed value are rounding in the source and stay silent. */
export function exceedsRounding(stated: number, sum: number, summedValues: number): boolean {
  return Math.abs(stated - sum) > Math.max(1, summedValues) + 1e-9;
}

function financeWarnings(finance: Finance | undefined, path: string, out: Problem[]): void {
  if (!finance) return;
  for (const scenario of ['actual', 'budget', 'budgetOriginal'] as const) {
    const amounts = finance[scenario];
    if (!amounts || typeof amounts.balance !== 'number') continue;
    const { sum, count } = sumParts(amounts);
    if (count > 0 && exceedsRounding(amounts.balance, sum, count)) {
      out.push(
        makeProblem(
          'balance-mismatch',
          `${path}/${scenario}/balance`,
          { balance: amounts.balance, sum, difference: Math.abs(amounts.balance - sum) },
          'warning',
        ),
      );
    }
  }
}

/** A period occurs once per series; an undated value (period null) too. */
function duplicatePeriods(
  values: ReadonlyArray<{ period: string | null }>,
  path: string,
  out: Problem[],
): void {
  const periods = new Set<string | null>();
  values.forEach((value, v) => {
    if (periods.has(value.period)) {
      out.push(makeProblem('duplicate-period', `${path}/${v}/period`, { period: value.period ?? 'null' }));
    }
    periods.add(value.period);
  });
}

/** Comparison series: labels unique within the indicator (readers tell them apart by it), periods unique per series. */
function comparisonProblems(comparisons: Comparison[] | undefined, path: string, out: Problem[]): void {
  const labels = new Map<string, string>();
  (comparisons ?? []).forEach((comparison, c) => {
    const key = comparison.label.trim().toLocaleLowerCase('nl');
    const first = labels.get(key);
    if (first !== undefined) {
      out.push(
        makeProblem('duplicate-label', `${path}/${c}/label`, { label: comparison.label, firstPath: first }),
      );
    } else labels.set(key, `${path}/${c}/label`);
    duplicatePeriods(comparison.values, `${path}/${c}/values`, out);
  });
}

interface NodeEntry {
  node: GoalNode;
  path: string;
}

export function semanticProblems(doc: PcDocument): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const ids = new Map<string, string>();
  const indicatorIds = new Set<string>();
  const nodes = new Map<string, NodeEntry>();
  const claim = (id: string, path: string) => {
    const first = ids.get(id);
    if (first !== undefined) errors.push(makeProblem('duplicate-id', `${path}/id`, { id, firstPath: first }));
    else ids.set(id, `${path}/id`);
  };

  financeWarnings(doc.document.totals, '/document/totals', warnings);
  (doc.programmes ?? []).forEach((programme, p) => {
    const pPath = `/programmes/${p}`;
    claim(programme.id, pPath);
    financeWarnings(programme.finance, `${pPath}/finance`, warnings);
    programme.goals.forEach((goal, g) => {
      const gPath = `${pPath}/goals/${g}`;
      claim(goal.id, gPath);
      financeWarnings(goal.finance, `${gPath}/finance`, warnings);
      (goal.indicators ?? []).forEach((indicator, i) => {
        const iPath = `${gPath}/indicators/${i}`;
        claim(indicator.id, iPath);
        indicatorIds.add(indicator.id);
        duplicatePeriods(indicator.values, `${iPath}/values`, errors);
        comparisonProblems(indicator.comparisons, `${iPath}/comparisons`, errors);
      });
    });
    totalWarnings(programme, pPath, warnings);
  });

  (doc.goalTrees ?? []).forEach((tree, t) => {
    const tPath = `/goalTrees/${t}`;
    claim(tree.id, tPath);
    const stack: NodeEntry[] = [{ node: tree.root, path: `${tPath}/root` }];
    while (stack.length > 0) {
      const entry = stack.pop()!;
      claim(entry.node.id, entry.path);
      if (!nodes.has(entry.node.id)) nodes.set(entry.node.id, entry);
      const children = entry.node.children ?? [];
      for (let c = children.length - 1; c >= 0; c--)
        stack.push({ node: children[c], path: `${entry.path}/children/${c}` });
    }
  });

  for (const { node, path } of nodes.values()) {
    if (node.indicatorRef !== undefined && !indicatorIds.has(node.indicatorRef)) {
      errors.push(
        makeProblem('unknown-reference', `${path}/indicatorRef`, {
          id: node.indicatorRef,
          target: 'indicator',
        }),
      );
    }
    (node.contributesTo ?? []).forEach((target, k) => {
      if (!nodes.has(target)) {
        errors.push(
          makeProblem('unknown-reference', `${path}/contributesTo/${k}`, { id: target, target: 'node' }),
        );
      }
    });
  }
  errors.push(...cycleProblems(nodes));
  return { errors, warnings };
}

function totalWarnings(
  programme: PcDocument['programmes'] extends (infer P)[] | undefined ? P : never,
  path: string,
  out: Problem[],
) {
  const finance = programme.finance;
  if (!finance || programme.goals.length === 0) return;
  for (const scenario of ['actual', 'budget', 'budgetOriginal'] as const) {
    const total = finance[scenario];
    if (!total) continue;
    for (const measure of AMOUNT_MEASURES) {
      const stated = total[measure];
      if (typeof stated !== 'number') continue;
      const parts = programme.goals.map((goal) => goal.finance?.[scenario]?.[measure]);
      if (parts.some((part) => typeof part !== 'number')) continue;
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      if (exceedsRounding(stated, sum, parts.length)) {
        out.push(
          makeProblem(
            'total-mismatch',
            `${path}/finance/${scenario}/${measure}`,
            { total: stated, sum, difference: Math.abs(stated - sum) },
            'warning',
          ),
        );
      }
    }
  }
}

/** A `contributesTo` graph must be acyclic: "A contributes to B contributes to A" has no meaning. */
function cycleProblems(nodes: Map<string, NodeEntry>): Problem[] {
  const problems: Problem[] = [];
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = done
  for (const [start, entry] of nodes) {
    // A node that contributes to nothing closes no cycle of its own (as a target it is walked from its source).
    if (state.has(start) || !entry.node.contributesTo?.length) continue;
    const path: string[] = [];
    const iterators: Array<{ id: string; next: number }> = [{ id: start, next: 0 }];
    state.set(start, 1);
    path.push(start);
    while (iterators.length > 0) {
      const top = iterators[iterators.length - 1];
      const targets = nodes.get(top.id)?.node.contributesTo ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, 2);
        iterators.pop();
        path.pop();
        continue;
      }
      const k = top.next++;
      const target = targets[k];
      if (!nodes.has(target)) continue;
      const seen = state.get(target);
      if (seen === 1) {
        const cycle = [...path.slice(path.indexOf(target)), target].join(' → ');
        problems.push(
          makeProblem('contributes-cycle', `${nodes.get(top.id)!.path}/contributesTo/${k}`, { cycle }),
        );
      } else if (seen === undefined) {
        state.set(target, 1);
        path.push(target);
        iterators.push({ id: target, next: 0 });
      }
    }
  }
  return problems;
}
