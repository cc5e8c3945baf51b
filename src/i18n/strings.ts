/**
 * The UI string mechanism. Every user-visible string has a key (`card.verdict.yes`) and a Dutch and English
 * default: the strings all elements share are in src/i18n/common.ts, each component's in
 * src/components/<name>/<name>.strings.ts, Dutch; their English beside them in `*.en.ts`, loaded on demand
 * (./english.ts). Until English has loaded (or when it cannot), an English lookup finds the Dutch default.
 * A page can override any string:
 *   - for every element, in every language: `setStrings({ 'card.verdict.yes': 'Behaald' })`
 *   - for every element, per language: `setStrings({ nl: { 'common.loading': 'Even geduld…' }, en: { … } })`
 *   - for one element: `el.strings = { 'common.loading': 'Even geduld…' }`
 * Templates use `{name}` placeholders.
 */
import { interpolate } from '../schema/messages.js';
import type { Locale } from '../lib/format.js';
import { loadedEnglish } from './english.js';

export type StringTable = Record<string, string>;
/** Defaults: every key in Dutch; in English only what must be there at once (the rest: ./english.ts). */
export type Catalogue = { nl: StringTable; en?: StringTable };

const GLOBAL_KEY = Symbol.for('pc-charts.string-overrides');
type GlobalWithOverrides = typeof globalThis & { [GLOBAL_KEY]?: Partial<Record<Locale, StringTable>> };

function globalOverrides(): Partial<Record<Locale, StringTable>> {
  const g = globalThis as GlobalWithOverrides;
  g[GLOBAL_KEY] ??= {};
  return g[GLOBAL_KEY];
}

const listeners = new Set<() => void>();

const LOCALES = ['nl', 'en'] as const;

/** Per-language tables (`{ nl: {…}, en: {…} }`), told apart from one flat table of keys (`{ 'card.x': '…' }`). */
function isPerLocale(value: object): value is Partial<Record<Locale, StringTable>> {
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every(
      (key) =>
        (LOCALES as readonly string[]).includes(key) &&
        typeof (value as Record<string, unknown>)[key] === 'object',
    )
  );
}

/**
 * Overrides UI strings for every pc-charts element on the page; the elements re-render. Either one table of keys
 * (`{ 'card.verdict.yes': 'Behaald' }`), which applies in every language, or one table per language
 * (`{ nl: {…}, en: {…} }`).
 */
export function setStrings(overrides: StringTable | Partial<Record<Locale, StringTable>>): void {
  if (!overrides || typeof overrides !== 'object') return;
  const current = globalOverrides();
  for (const locale of LOCALES) {
    const table = isPerLocale(overrides) ? overrides[locale] : (overrides as StringTable);
    if (table) current[locale] = { ...(current[locale] ?? {}), ...table };
  }
  for (const listener of listeners) listener();
}

export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Looks a key up: element overrides, then page overrides, then the defaults (in English: the catalogue's own,
 * then the loaded English strings, then the Dutch). Unknown keys print themselves.
 */
export function translate(
  defaults: Catalogue,
  locale: Locale,
  key: string,
  params?: Record<string, unknown>,
  elementOverrides?: StringTable,
): string {
  const template =
    elementOverrides?.[key] ??
    globalOverrides()[locale]?.[key] ??
    defaults[locale]?.[key] ??
    (locale === 'en' ? loadedEnglish()?.[key] : undefined) ??
    defaults.nl[key] ??
    key;
  return params ? interpolate(template, params) : template;
}
