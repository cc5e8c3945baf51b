// Highcharts: one horizontal bar per row of the saldo column.
import Highcharts from 'highcharts/esm/highcharts.src.js';
import { box, saldoRows } from '../shared.js';
import { common } from './indicator-card.js';

export function saldoTable(container, doc, programmeId) {
  const rows = saldoRows(doc, programmeId);
  Highcharts.chart(box(container, 'saldo'), {
    ...common,
    chart: { type: 'bar', animation: false },
    title: { text: 'Saldo per doelstelling' },
    plotOptions: { series: { animation: false } },
    xAxis: { categories: rows.map((row) => row.label) },
    yAxis: { title: { text: 'x € 1.000' } },
    series: [{ type: 'bar', name: 'Saldo', data: rows.map((row) => row.balance) }],
  });
  return { ready: Promise.resolve() };
}
