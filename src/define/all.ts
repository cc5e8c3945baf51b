/** Registers every pc-charts element (the all-in-one entry). Each define is guarded: loading twice is harmless. */
import './pc-budget-gauge.js';
import './pc-goal-tree.js';
import './pc-saldo-table.js';
import './pc-indicator-card.js';
