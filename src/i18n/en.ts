/**
 * Every English UI string in one table: what `loadEnglish()` (./english.ts) imports the first time an element
 * shows English. In the single-file bundles this module is its own file, `pc-strings-en.js`, shared by all of them
 * (scripts/esbuild-bundle.mjs). Keys are prefixed per component, so the tables never overlap (tested).
 */
import type { StringTable } from './strings.js';
import { commonStringsEn } from './common.en.js';
import { exportStringsEn } from '../internal/export.strings.en.js';
import { budgetGaugeStringsEn } from '../components/budget-gauge/budget-gauge.strings.en.js';
import { goalTreeStringsEn } from '../components/goal-tree/goal-tree.strings.en.js';
import { indicatorCardStringsEn } from '../components/indicator-card/indicator-card.strings.en.js';
import { saldoTableStringsEn } from '../components/saldo-table/saldo-table.strings.en.js';

export const englishTable: StringTable = {
  ...commonStringsEn,
  ...exportStringsEn,
  ...budgetGaugeStringsEn,
  ...goalTreeStringsEn,
  ...indicatorCardStringsEn,
  ...saldoTableStringsEn,
};
