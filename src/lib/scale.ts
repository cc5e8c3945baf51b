/**
 * Linear scales and SVG path strings, small enough for the bundle budget.
 *
 * Why not d3-scale and d3-shape: `scaleLinear` pulls in d3-interpolate, d3-color and d3-format (10.8 kB gzip,
 * a quarter of the all-in-one budget) to interpolate colours and format ticks we never use, and d3-shape adds
 * 5 kB for three path shapes. Ticks use D3's rule (steps of 1, 2 or 5 times a power of ten, chosen by the same
 * thresholds as d3-array's `ticks` and `nice`; test/lib/scale.test.ts compares them), without d3-array's 1.4 kB.
 * Every number written into a path is finite and rounded to 2 decimals: no NaN, Infinity or `e+` in the SVG.
 */

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/**
 * The tick step for about `count` ticks between start and stop, as an increment: a positive step ≥ 1, or for
 * smaller steps the negative of its inverse (-10 for 0.1), so that tick values are computed without floating
 * error (3 / 10 rather than 3 × 0.1). 0 or NaN when there is no usable step.
 */
export function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  return power >= 0 ? factor * 10 ** power : -(10 ** -power) / factor;
}

/** About `count` readable tick values from start to stop (inclusive where they fall on a step). */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0) || !Number.isFinite(start) || !Number.isFinite(stop)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [lo, hi] = reverse ? [stop, start] : [start, stop];
  const inc = tickIncrement(lo, hi, count);
  if (!Number.isFinite(inc) || inc === 0) return [];
  const values: number[] = [];
  if (inc > 0) {
    // `+ 0` turns -0 (from Math.ceil of a tiny negative) into 0.
    for (let i = Math.ceil(lo / inc), end = Math.floor(hi / inc); i <= end; i += 1) values.push(i * inc + 0);
  } else {
    for (let i = Math.ceil(lo * -inc), end = Math.floor(hi * -inc); i <= end; i += 1)
      values.push(i / -inc + 0);
  }
  return reverse ? values.reverse() : values;
}

/** Widens [start, stop] to whole tick steps, as d3-array's `nice`. */
export function nice(start: number, stop: number, count: number): [number, number] {
  let previous: number | undefined;
  for (let round = 0; round < 10; round += 1) {
    const inc = tickIncrement(start, stop, count);
    if (inc === previous || inc === 0 || !Number.isFinite(inc)) break;
    if (inc > 0) {
      start = Math.floor(start / inc) * inc;
      stop = Math.ceil(stop / inc) * inc;
    } else {
      start = Math.ceil(start * inc) / inc;
      stop = Math.floor(stop * inc) / inc;
    }
    previous = inc;
  }
  return [start, stop];
}

/** A linear map from a domain to a range (clamped by default), with D3's tick steps. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  ticks(count?: number): number[];
}

/** Rounds to 2 decimals; anything not finite becomes 0, so it can go into an SVG attribute. */
export function r2(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const rounded = Math.round(value * 100) / 100;
  // Magnitudes beyond 1e21 print as `1e+21`; no drawing is that large, so cap them.
  return Math.max(-1e9, Math.min(1e9, rounded)) || 0;
}

/**
 * `linearScale([d0, d1], [r0, r1])`: d0 → r0, d1 → r1. A domain of zero width maps everything to the middle of
 * the range; non-finite input maps to r0.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  clamp = true,
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number): number => {
    if (!Number.isFinite(value)) return r0;
    if (span === 0 || !Number.isFinite(span)) return (r0 + r1) / 2;
    let t = (value - d0) / span;
    if (clamp) t = Math.max(0, Math.min(1, t));
    return r0 + t * (r1 - r0);
  }) as LinearScale;
  return Object.assign(scale, {
    domain,
    range,
    ticks: (count = 10) => (Number.isFinite(span) ? ticks(Math.min(d0, d1), Math.max(d0, d1), count) : []),
  });
}

/** A point at `angle` (radians, clockwise from 12 o'clock, as d3-shape's arc) and `radius` around the origin. */
function polar(angle: number, radius: number): string {
  return `${r2(radius * Math.sin(angle))},${r2(-radius * Math.cos(angle))}`;
}

/**
 * An annular sector around the origin from `start` to `end` (radians, clockwise from 12 o'clock): the shape
 * d3-shape's `arc()` draws without padding or corners. Empty string when there is nothing to draw.
 */
export function annularSectorPath(inner: number, outer: number, start: number, end: number): string {
  if (!(end > start) || !Number.isFinite(start) || !Number.isFinite(end)) return '';
  const large = end - start > Math.PI ? 1 : 0;
  const o = r2(outer);
  const i = r2(inner);
  return (
    `M${polar(start, outer)}A${o},${o},0,${large},1,${polar(end, outer)}` +
    `L${polar(end, inner)}A${i},${i},0,${large},0,${polar(start, inner)}Z`
  );
}

/** A smooth link between two points, leaving and arriving horizontally (d3-shape's linkHorizontal curve). */
export function linkHorizontalPath(x0: number, y0: number, x1: number, y1: number): string {
  const mx = r2((x0 + x1) / 2);
  return `M${r2(x0)},${r2(y0)}C${mx},${r2(y0)},${mx},${r2(y1)},${r2(x1)},${r2(y1)}`;
}

/** A smooth link between two points, leaving and arriving vertically (d3-shape's linkVertical curve). */
export function linkVerticalPath(x0: number, y0: number, x1: number, y1: number): string {
  const my = r2((y0 + y1) / 2);
  return `M${r2(x0)},${r2(y0)}C${r2(x0)},${my},${r2(x1)},${my},${r2(x1)},${r2(y1)}`;
}

/** A polyline through points; `null` y values break the line (a gap, never drawn as zero). */
export function polylinePath(points: readonly { x: number; y: number | null }[]): string {
  let d = '';
  let pen = false;
  for (const { x, y } of points) {
    if (y === null || !Number.isFinite(y) || !Number.isFinite(x)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${r2(x)},${r2(y)}`;
    pen = true;
  }
  return d;
}
