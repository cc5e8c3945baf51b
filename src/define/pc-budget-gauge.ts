import { PcBudgetGauge } from '../components/budget-gauge/budget-gauge.js';
import { define } from '../internal/define.js';

define('pc-budget-gauge', PcBudgetGauge);

declare global {
  interface HTMLElementTagNameMap {
    'pc-budget-gauge': PcBudgetGauge;
  }
}
