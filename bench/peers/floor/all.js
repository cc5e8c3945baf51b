// The floor (a reference, not a peer): each chart is its title and one SVG path, made with plain DOM calls. It
// reads the same figures the peers read and draws nothing else: no axes, no labels, no accessibility. Its time is
// what this page and this browser cost any library (loading a module, the page's layout and paint).
import { box, goalExpenses, indicatorSeries, saldoRows } from '../shared.js';

const SVG = 'http://www.w3.org/2000/svg';

function draw(container, title, d) {
  const heading = document.createElement('p');
  heading.textContent = title;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '300');
  svg.setAttribute('height', '120');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', '#01689b');
  svg.append(path);
  container.replaceChildren(heading, svg);
}

function line(values) {
  const max = Math.max(1, ...values.map((value) => value ?? 0));
  return `M${values.map((value, i) => `${i * 40},${120 - ((value ?? 0) / max) * 100}`).join('L')}`;
}

export function indicatorCard(container, doc, id) {
  const target = box(container, 'card');
  const show = (next) => {
    const series = indicatorSeries(next, id);
    draw(target, series.title, line(series.actual));
  };
  show(doc);
  return { ready: Promise.resolve(), update: (next) => Promise.resolve(show(next)) };
}

export function budgetGauge(container, doc, id) {
  const figures = goalExpenses(doc, id);
  draw(box(container, 'gauge'), figures.title, `M0,60H${Math.min(300, 250 * figures.ratio)}`);
  return { ready: Promise.resolve() };
}

export function saldoTable(container, doc, id) {
  const rows = saldoRows(doc, id);
  const max = Math.max(1, ...rows.map((row) => Math.abs(row.balance)));
  const d = rows.map((row, i) => `M0,${10 + i * 12}H${(Math.abs(row.balance) / max) * 300}`).join('');
  draw(box(container, 'saldo'), id, d);
  return { ready: Promise.resolve() };
}

export function goalTree(container, doc, id) {
  draw(box(container, 'tree'), id, 'M0,0L100,100');
  return { ready: Promise.resolve() };
}
