// The "Programma 2 — Jaarstukken 2025" dashboard: 50 indicator cards, 3 budget gauges, the saldo table and a
// 100-node goal tree. Times from script start (the library not yet loaded) to the paint after the last chart
// reports it is drawn (`ms`); from navigation start to the paint that shows the charts of the first viewport
// (`viewAt`) and all charts (`allAt`); then `window.benchUpdate()` replaces the data of the 50 cards and times
// that. The mark `bench:sync` lets the benchmark place these page times in a trace (its long tasks).
import { drawn, inFirstViewport, loadLibrary, paintClock, timeLimit, track } from './harness.js';

const params = new URLSearchParams(location.search);
const lib = params.get('lib') ?? 'ours';
const [doc, updated] = await Promise.all(
  ['dashboard', 'dashboard-update'].map((name) =>
    fetch(`/bench/.tmp/data/${name}.json`).then((r) => r.json()),
  ),
);
const indicators = doc.programmes.flatMap((programme) =>
  programme.goals.flatMap((goal) => (goal.indicators ?? []).map((indicator) => indicator.id)),
);
const goals = doc.programmes[0].goals.map((goal) => goal.id);

function section(className, heading) {
  const element = document.createElement('section');
  element.className = className;
  const title = document.createElement('h2');
  title.textContent = heading;
  document.getElementById('dashboard').append(title, element);
  return element;
}

async function run() {
  const clock = paintClock();
  const start = performance.now();
  const library = await loadLibrary(lib, 'all');
  const loaded = performance.now();
  const cannot = [];
  const sections = {
    cards: section('cards', 'Indicatoren'),
    gauges: section('gauges', 'Lasten per doelstelling'),
    saldo: section('saldo', 'Saldo'),
    tree: section('tree', 'Doelenboom'),
  };
  const cards = indicators.map((id) => track(library.indicatorCard(sections.cards, doc, id), sections.cards));
  const handles = [...cards];
  const add = (section, make) => handles.push(track(make(), section));
  if (library.budgetGauge)
    for (const id of goals) add(sections.gauges, () => library.budgetGauge(sections.gauges, doc, id));
  else cannot.push('budget-gauge');
  if (library.saldoTable)
    add(sections.saldo, () => library.saldoTable(sections.saldo, doc, doc.programmes[0].id));
  else cannot.push('saldo-table');
  if (library.goalTree) add(sections.tree, () => library.goalTree(sections.tree, doc, doc.goalTrees[0].id));
  else cannot.push('goal-tree');
  await Promise.race([Promise.all(handles.map((handle) => handle.ready)), timeLimit(handles, 30000)]);
  const ready = performance.now();
  const painted = await clock.after(ready);
  // The first viewport's charts, in the finished page; the paint after the last of them said it was drawn.
  const firstView = inFirstViewport(handles);
  const viewAt = await clock.after(Math.max(...firstView.map((handle) => handle.drawnAt)));
  clock.stop();
  const problems = Object.values(sections).flatMap(drawn);
  if (cards.length !== 50) problems.push(`${cards.length} indicator cards instead of 50`);

  window.benchUpdate = async () => {
    const updateClock = paintClock();
    const begin = performance.now();
    const done = cards.map((card) => ({ el: card.el, ready: card.update(updated) }));
    await Promise.race([Promise.all(done.map((card) => card.ready)), timeLimit(done, 30000)]);
    const end = await updateClock.after(performance.now());
    updateClock.stop();
    return { ms: end - begin, begin, end, problems: drawn(sections.cards) };
  };
  return {
    ms: painted - start,
    loadMs: loaded - start,
    scriptMs: ready - start,
    viewAt,
    allAt: painted,
    viewCharts: firstView.length,
    syncAt: performance.mark('bench:sync').startTime,
    cannot,
    problems,
    charts: handles.length,
  };
}

window.benchResult = run().catch((error) => ({ error: String(error?.stack ?? error) }));
