// Visa Chart Components: a horizontal <bar-chart>, one bar per row of the saldo column.
import { defineCustomElement } from '@visa/charts/dist/components/bar-chart.js';
import { box, saldoRows } from '../shared.js';
import { common, once } from './indicator-card.js';

defineCustomElement();

export function saldoTable(container, doc, programmeId) {
  const rows = saldoRows(doc, programmeId);
  const chart = document.createElement('bar-chart');
  Object.assign(chart, common, {
    width: 640,
    height: 240,
    padding: { top: 20, bottom: 40, left: 260, right: 40 },
    mainTitle: 'Saldo per doelstelling',
    subTitle: '',
    layout: 'horizontal',
    data: rows,
    ordinalAccessor: 'label',
    valueAccessor: 'balance',
    dataLabel: { visible: true, placement: 'auto', format: '0,0' },
  });
  const ready = once(chart, 'initialLoadEndEvent');
  box(container, 'saldo').append(chart);
  return { ready };
}
