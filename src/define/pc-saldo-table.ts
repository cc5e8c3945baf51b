import { PcSaldoTable } from '../components/saldo-table/saldo-table.js';
import { define } from '../internal/define.js';

define('pc-saldo-table', PcSaldoTable);

declare global {
  interface HTMLElementTagNameMap {
    'pc-saldo-table': PcSaldoTable;
  }
}
