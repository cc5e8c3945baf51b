// Observable Plot: a line of realisations with dots, the targets as square markers. Plot draws static SVG: an update
// draws the chart again (what Plot's documentation does).
import { dot, lineY, plot } from '@observablehq/plot';
import { box, indicatorSeries } from '../shared.js';

function draw(series) {
  const rows = series.periods.map((period, i) => ({
    period,
    actual: series.actual[i],
    target: series.target[i],
  }));
  return plot({
    width: 300,
    height: 160,
    marginLeft: 48,
    x: { type: 'point', label: null },
    y: { grid: true, label: series.unit, zero: true },
    ariaLabel: series.title,
    marks: [
      lineY(rows, { x: 'period', y: 'actual', stroke: '#01689b' }),
      dot(rows, { x: 'period', y: 'actual', fill: '#01689b' }),
      dot(rows, { x: 'period', y: 'target', symbol: 'square', r: 5, stroke: '#8a4500', strokeWidth: 2 }),
    ],
  });
}

export function indicatorCard(container, doc, id) {
  const target = box(container, 'card');
  target.append(draw(indicatorSeries(doc, id)));
  return {
    ready: Promise.resolve(),
    update(next) {
      target.replaceChildren(draw(indicatorSeries(next, id)));
      return Promise.resolve();
    },
  };
}
