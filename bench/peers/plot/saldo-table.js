// Observable Plot: one horizontal bar per row of the saldo column.
import { barX, plot, ruleX } from '@observablehq/plot';
import { box, saldoRows } from '../shared.js';

export function saldoTable(container, doc, programmeId) {
  const rows = saldoRows(doc, programmeId);
  box(container, 'saldo').append(
    plot({
      width: 600,
      marginLeft: 220,
      ariaLabel: 'Saldo per doelstelling',
      y: { domain: rows.map((row) => row.label), label: null },
      marks: [barX(rows, { x: 'balance', y: 'label', fill: '#01689b' }), ruleX([0])],
    }),
  );
  return { ready: Promise.resolve() };
}
