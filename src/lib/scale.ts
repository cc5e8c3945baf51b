/**
 * The D3 modules the charts draw with, set up once with what every chart needs: SVG path generators that write
 * at most 2 decimals (d3-shape's `digits(2)`), so no path carries NaN, Infinity or `e+` and snapshots stay
 * stable; ticks and nice domains straight from d3-array; and a linear scale.
 *
 * Why the linear scale is not d3-scale's `scaleLinear`: it pulls in d3-interpolate, d3-color and d3-format to
 * interpolate colours and format ticks we never use, 10 kB gzip, which takes the all-in-one bundle from 51 to
 * 61 kB, over its 60 kB budget (CONTRIBUTING.md). The three charts that use a scale only map a number onto a
 * range; test/node/linear-scale.test.mjs checks this one against `scaleLinear().clamp(true)`.
 */
import { line, linkHorizontal, linkVertical } from 'd3-shape';
import { pathRound } from 'd3-path';
import { ticks } from 'd3-array';

export { nice, tickIncrement, ticks } from 'd3-array';

/** A linear map from a domain to a range (clamped by default), with d3-array's ticks. */
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
 * `linearScale([d0, d1], [r0, r1])`: d0 → r0, d1 → r1, as d3-scale's `scaleLinear`. A domain of zero width maps
 * everything to the middle of the range (D3's rule); input that is not finite maps to r0.
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

/**
 * An annular sector around the origin from `start` to `end` (radians, clockwise from 12 o'clock): what d3-shape's
 * `arc()` draws without padding, corners or a full turn, written with d3-path (which `arc()` itself writes with).
 * Why not `arc()`: its corner-radius and padding code costs the all-in-one 1.3 kB gzip for a shape the gauge draws
 * with neither; test/node/annular-sector.test.mjs checks this path against `arc()` on random sectors.
 * Empty string when there is nothing to draw.
 */
export function annularSectorPath(inner: number, outer: number, start: number, end: number): string {
  if (!(end > start) || !Number.isFinite(start) || !Number.isFinite(end)) return '';
  const a0 = start - Math.PI / 2;
  const a1 = end - Math.PI / 2;
  const path = pathRound(2);
  path.moveTo(outer * Math.cos(a0), outer * Math.sin(a0));
  path.arc(0, 0, outer, a0, a1, false);
  if (inner > 0) path.arc(0, 0, inner, a1, a0, true);
  else path.lineTo(0, 0);
  path.closePath();
  return path.toString();
}

type Link = { source: [number, number]; target: [number, number] };
const horizontal = /* @__PURE__ */ linkHorizontal<Link, [number, number]>().digits(2);
const vertical = /* @__PURE__ */ linkVertical<Link, [number, number]>().digits(2);

/** A smooth link between two points, leaving and arriving horizontally (d3-shape's `linkHorizontal`). */
export function linkHorizontalPath(x0: number, y0: number, x1: number, y1: number): string {
  return horizontal({ source: [x0, y0], target: [x1, y1] }) ?? '';
}

/** A smooth link between two points, leaving and arriving vertically (d3-shape's `linkVertical`). */
export function linkVerticalPath(x0: number, y0: number, x1: number, y1: number): string {
  return vertical({ source: [x0, y0], target: [x1, y1] }) ?? '';
}

type Point = { x: number; y: number | null };
const polyline = /* @__PURE__ */ line<Point>()
  .defined((p) => p.y !== null && Number.isFinite(p.y) && Number.isFinite(p.x))
  .x((p) => p.x)
  .y((p) => p.y!)
  .digits(2);

/** A polyline through points (d3-shape's `line`); `null` y values break the line (a gap, never drawn as zero). */
export function polylinePath(points: readonly Point[]): string {
  return polyline(points as Point[]) ?? '';
}
