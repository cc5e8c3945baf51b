/**
 * Linear scales and SVG path strings, small enough for the bundle budget.
 *
 * Why not d3-scale and d3-shape: `scaleLinear` pulls in d3-interpolate, d3-color and d3-format (10.8 kB gzip,
 * a quarter of the all-in-one budget) to interpolate colours and format ticks we never use, and d3-shape adds
 * 5 kB for three path shapes. Ticks still come from D3 (d3-array `ticks`), so they are D3's readable steps.
 * Every number written into a path is finite and rounded to 2 decimals: no NaN, Infinity or `e+` in the SVG.
 */
import { ticks as d3Ticks } from 'd3-array';

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
    ticks: (count = 10) => (Number.isFinite(span) ? d3Ticks(Math.min(d0, d1), Math.max(d0, d1), count) : []),
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
