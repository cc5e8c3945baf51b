// Seeded random numbers for the tests that check code against a reference on many generated inputs: the same seed
// gives the same sequence in Node and in every browser, so a failure names a seed that reproduces it.
// Plain JavaScript, so the Node tests (node --test, no TypeScript loader) and the browser tests share it.

/**
 * Park–Miller's minimal standard generator: a function that returns the next number of the sequence from `seed`
 * (a whole number from 1 to 2^31 − 2), in [0, 1].
 * @param {number} seed
 * @returns {() => number}
 */
export function random(seed) {
  return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
}
