import { PcGoalTree } from '../components/goal-tree/goal-tree.js';
import { define } from '../internal/define.js';

define('pc-goal-tree', PcGoalTree);

declare global {
  interface HTMLElementTagNameMap {
    'pc-goal-tree': PcGoalTree;
  }
}
