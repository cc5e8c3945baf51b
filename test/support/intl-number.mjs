// The reference the number formatting (src/lib/format.ts) is checked against: what it called before it wrote
// numbers itself. Plain JavaScript, so the Node test (format-intl) and the browser test (format) share it.

const LOCALES = { nl: 'nl-NL', en: 'en-GB' };
const formatters = new Map();

/**
 * `value` through Intl.NumberFormat with exactly `digits` decimals (euros when `euro`), the no-break space made a
 * space, and -0 written as 0.
 * @param {number} value
 * @param {'nl' | 'en'} locale
 * @param {number} digits
 * @param {boolean} [euro]
 * @returns {string}
 */
export function intlNumber(value, locale, digits, euro = false) {
  const key = `${locale}${euro}${digits}`;
  if (!formatters.has(key)) {
    const style = euro ? { style: 'currency', currency: 'EUR' } : { useGrouping: true };
    const options = { ...style, minimumFractionDigits: digits, maximumFractionDigits: digits };
    formatters.set(key, new Intl.NumberFormat(LOCALES[locale], options));
  }
  return formatters
    .get(key)
    .format(Object.is(value, -0) ? 0 : value)
    .replace(/\u00a0/g, ' ');
}
