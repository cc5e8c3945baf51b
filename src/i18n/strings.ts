/**
 * The UI string mechanism. Every user-visible string has a key (`card.verdict.yes`) and a Dutch and English
 * default in the catalogue (src/i18n/catalogue.ts). A page can override any string:
 *   - for every element: `setStrings({ nl: { 'common.loading': 'Even geduld…' } })`
 *   - for one element: `el.strings = { 'common.loading': 'Even geduld…' }`
 * Templates use `{name}` placeholders.
 */
import { interpolate } from '../schema/messages.js';
import type { Locale } from '../lib/format.js';

export type StringTable = Record<string, string>;
export type Catalogue = Record<Locale, StringTable>;

const GLOBAL_KEY = Symbol.for('pc-charts.string-overrides');
type GlobalWithOverrides = typeof globalThis & { [GLOBAL_KEY]?: Partial<Record<Locale, StringTable>> };

function globalOverrides(): Partial<Record<Locale, StringTable>> {
  const g = globalThis as GlobalWithOverrides;
  g[GLOBAL_KEY] ??= {};
  return g[GLOBAL_KEY];
}

const listeners = new Set<() => void>();

/** Overrides UI strings for every pc-charts element on the page. Elements re-render. */
export function setStrings(overrides: Partial<Record<Locale, StringTable>>): void {
  const current = globalOverrides();
  for (const locale of ['nl', 'en'] as const) {
    const table = overrides[locale];
    if (table) current[locale] = { ...(current[locale] ?? {}), ...table };
  }
  for (const listener of listeners) listener();
}

export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Looks a key up: element overrides, then page overrides, then the defaults. Unknown keys print themselves. */
export function translate(
  defaults: Catalogue,
  locale: Locale,
  key: string,
  params?: Record<string, unknown>,
  elementOverrides?: StringTable,
): string {
  const template =
    elementOverrides?.[key] ?? globalOverrides()[locale]?.[key] ?? defaults[locale][key] ?? key;
  return params ? interpolate(template, params) : template;
}
