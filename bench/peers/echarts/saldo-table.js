// ECharts: one horizontal bar per row of the saldo column.
import { init, use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { box, saldoRows } from '../shared.js';
import { finished } from './indicator-card.js';

use([BarChart, GridComponent, CanvasRenderer]);

export function saldoTable(container, doc, programmeId) {
  const rows = saldoRows(doc, programmeId);
  const chart = init(box(container, 'saldo'));
  const ready = finished(chart);
  chart.setOption({
    animation: false,
    grid: { left: 220, right: 24, top: 12, bottom: 24 },
    yAxis: { type: 'category', data: rows.map((row) => row.label), inverse: true },
    xAxis: { type: 'value' },
    series: [{ type: 'bar', name: 'Saldo', data: rows.map((row) => row.balance) }],
  });
  return { ready };
}
