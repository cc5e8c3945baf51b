/** Numbers from the data: only finite ones are drawn or summed; computed sums lose their floating-point noise. */

/** Whether a value is a finite number: what can be summed, drawn and formatted. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Removes floating-point noise (0.1 + 0.2 must print as 0.3) and -0 from computed amounts. */
export function clean(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6;
  return Object.is(rounded, -0) ? 0 : rounded;
}
