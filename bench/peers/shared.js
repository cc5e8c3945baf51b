// What every peer needs from a pc-charts document, as plain arrays: the same lookups our elements do (without
// validation), so that each peer draws the same figures. Bundled into every peer bundle (a few hundred bytes).

/** Every indicator of the document, with the goal it belongs to. */
export function findIndicator(doc, id) {
  for (const programme of doc.programmes ?? []) {
    for (const goal of programme.goals ?? []) {
      for (const indicator of goal.indicators ?? []) if (indicator.id === id) return indicator;
    }
  }
  throw new Error(`unknown indicator ${id}`);
}

/** Periods, actual and target values of an indicator (null where the document has none). */
export function indicatorSeries(doc, id) {
  const indicator = findIndicator(doc, id);
  const values = indicator.values ?? [];
  return {
    title: indicator.title,
    unit: indicator.unitLabel ?? indicator.unit,
    periods: values.map((value) => value.period),
    actual: values.map((value) => value.actual ?? null),
    target: values.map((value) => value.target ?? null),
  };
}

function findGoal(doc, id) {
  for (const programme of doc.programmes ?? []) {
    for (const goal of programme.goals ?? []) if (goal.id === id) return goal;
  }
  throw new Error(`unknown goal ${id}`);
}

/** A goal's expenses (lasten) against its amended budget, as positive amounts and a ratio. */
export function goalExpenses(doc, id) {
  const goal = findGoal(doc, id);
  const actual = Math.abs(goal.finance?.actual?.expenses ?? 0);
  const budget = Math.abs(goal.finance?.budget?.expenses ?? 0);
  const original = Math.abs(goal.finance?.budgetOriginal?.expenses ?? 0);
  return {
    title: `Lasten ${goal.code ?? ''} ${goal.title}`,
    actual,
    budget,
    original,
    ratio: budget ? actual / budget : 0,
  };
}

/** One row per goal and a total row: the saldo (balance) column of the saldo table. */
export function saldoRows(doc, programmeId) {
  const programme = (doc.programmes ?? []).find((p) => p.id === programmeId);
  if (!programme) throw new Error(`unknown programme ${programmeId}`);
  const rows = (programme.goals ?? []).map((goal) => ({
    label: `${goal.code ?? ''} ${goal.title}`.trim(),
    balance: goal.finance?.actual?.balance ?? 0,
  }));
  rows.push({ label: 'Totaal', balance: programme.finance?.actual?.balance ?? 0 });
  return rows;
}

/** The root node of a goal tree. */
export function treeRoot(doc, treeId) {
  const tree = (doc.goalTrees ?? []).find((t) => t.id === treeId);
  if (!tree) throw new Error(`unknown tree ${treeId}`);
  return tree.root;
}

/** Nodes in depth-first pre-order with their parent id (the order ECharts gives its data indices). */
export function flatTree(root) {
  const nodes = [];
  const stack = [[root, undefined, 0]];
  while (stack.length > 0) {
    const [node, parent, depth] = stack.pop();
    nodes.push({ id: node.id, parent, title: node.title, status: node.status, depth });
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], node.id, depth + 1]);
  }
  return nodes;
}

/** Resolves after the browser has produced the next frame (a task after a requestAnimationFrame). */
export function frame() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** A sized box for a chart inside `container`, as libraries that read their container's size need. */
export function box(container, className) {
  const div = document.createElement('div');
  div.className = `peer-chart ${className}`;
  container.append(div);
  return div;
}
