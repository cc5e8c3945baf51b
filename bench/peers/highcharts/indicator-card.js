// Highcharts: a line of realisations with the targets as a scatter of line-shaped markers.
import Highcharts from 'highcharts/esm/highcharts.src.js';
import { box, indicatorSeries } from '../shared.js';

export const common = {
  accessibility: { enabled: false },
  credits: { enabled: false },
  legend: { enabled: false },
  tooltip: { enabled: false },
};

export function indicatorCard(container, doc, id) {
  const series = indicatorSeries(doc, id);
  const chart = Highcharts.chart(box(container, 'card'), {
    ...common,
    chart: { animation: false },
    title: { text: undefined },
    plotOptions: { series: { animation: false } },
    xAxis: { categories: series.periods },
    yAxis: { title: { text: series.unit } },
    series: [
      { type: 'line', name: 'Realisatie', data: series.actual },
      {
        type: 'scatter',
        name: 'Streefwaarde',
        data: series.target,
        marker: { symbol: 'square', radius: 4 },
      },
    ],
  });
  return {
    ready: Promise.resolve(),
    update(next) {
      const updated = indicatorSeries(next, id);
      chart.xAxis[0].setCategories(updated.periods, false);
      chart.series[0].setData(updated.actual, false);
      chart.series[1].setData(updated.target, false);
      chart.redraw(false);
      return Promise.resolve();
    },
  };
}
