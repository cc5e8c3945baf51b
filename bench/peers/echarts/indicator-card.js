// ECharts: a line of realisations with the targets as a scatter of bar-shaped markers.
import { init, use } from 'echarts/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { box, indicatorSeries } from '../shared.js';

use([LineChart, ScatterChart, GridComponent, CanvasRenderer]);

/** Resolves on the chart's next `finished` event (drawn, no animation pending). */
export function finished(chart) {
  return new Promise((resolve) => chart.one('finished', resolve));
}

function option(series) {
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 48, right: 12, top: 12, bottom: 24 },
    xAxis: { type: 'category', data: series.periods },
    yAxis: { type: 'value' },
    series: [
      { type: 'line', name: 'Realisatie', data: series.actual },
      { type: 'scatter', name: 'Streefwaarde', data: series.target, symbol: 'rect', symbolSize: [20, 3] },
    ],
  };
}

export function indicatorCard(container, doc, id) {
  const series = indicatorSeries(doc, id);
  const chart = init(box(container, 'card'));
  const ready = finished(chart);
  chart.setOption(option(series));
  return {
    ready,
    update(next) {
      const done = finished(chart);
      chart.setOption(option(indicatorSeries(next, id)));
      return done;
    },
  };
}
