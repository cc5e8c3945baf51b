/** `value` through Intl.NumberFormat with exactly `digits` decimals (euros when `euro`), no-break space as space. */
export function intlNumber(value: number, locale: 'nl' | 'en', digits: number, euro?: boolean): string;
