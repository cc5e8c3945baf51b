/**
 * English on demand. Dutch is the default and every bundle carries it; the English strings (./en.ts, about 2 kB
 * gzip) load the first time an element's locale is `en`, from `pc-strings-en.js` beside the single-file bundle.
 * An English element waits for them before it draws (src/internal/pc-element.ts), so it never shows Dutch words
 * or keys in between. A file that does not load leaves Dutch in English's place, logged; the page keeps working.
 */
import type { StringTable } from './strings.js';

let table: StringTable | undefined;
let loading: Promise<void> | undefined;
let settled = false;

/** The English strings, once loaded. */
export function loadedEnglish(): StringTable | undefined {
  return table;
}

/** Whether loading the English strings is over, loaded or failed: then no element waits for them any more. */
export function englishSettled(): boolean {
  return settled;
}

/** Loads the English strings, once per page (every later call shares the first). Never rejects. */
export function loadEnglish(): Promise<void> {
  loading ??= import('./en.js').then(
    (module: { englishTable?: StringTable }) => {
      settled = true;
      if (module.englishTable && typeof module.englishTable === 'object') table = module.englishTable;
      else console.error('[pc-charts] pc-strings-en.js holds no English strings: showing Dutch.');
    },
    (error: unknown) => {
      settled = true;
      console.error('[pc-charts] The English strings (pc-strings-en.js) did not load: showing Dutch.', error);
    },
  );
  return loading;
}
