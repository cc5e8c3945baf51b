/**
 * Enumerated attributes (`measure`, `variant`, `scenario`, `orientation` …), resolved one way for all four
 * elements: absent, empty or only spaces → the default (valid); the value with surrounding spaces trimmed, if
 * it is in the list → that value; anything else → the default with `valid: false`, so the element can warn
 * instead of breaking.
 */
export function resolveOption<T extends string, F extends string = T>(
  value: string | null | undefined,
  options: readonly T[],
  fallback: F,
): { value: T | F; valid: boolean } {
  if (value === undefined || value === null || value.trim() === '') return { value: fallback, valid: true };
  const trimmed = value.trim();
  const match = options.find((option) => option === trimmed);
  return match ? { value: match, valid: true } : { value: fallback, valid: false };
}
