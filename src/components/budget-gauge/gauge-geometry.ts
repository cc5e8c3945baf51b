/**
 * The gauge's drawing as plain numbers: the readable scale end, the semicircular arc and the bullet bar, in
 * viewBox units. The element only draws what these functions return.
 */
import { annularSectorPath, linearScale, r2 } from '../../lib/scale.js';
import { clean } from '../../lib/number.js';
import type { GaugeVariant } from './gauge-model.js';

/** Readable scale ends per decade: 100%, 125%, 150%, 200%, 250%, 300%, 400%, 500%, 600%, 800%. */
const STEPS = [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * The smallest readable scale end at or above `ratio` (never below 1 = 100%), so that 250% lands on a labelled
 * end and 1171% on 1250% rather than on an odd number.
 */
export function readableScaleMax(ratio: number): number {
  if (!Number.isFinite(ratio) || ratio <= 1) return 1;
  const decade = 10 ** Math.floor(Math.log10(ratio));
  const scaled = ratio / decade;
  const step = STEPS.find((candidate) => scaled <= candidate + 1e-9) ?? 10;
  return clean(step * decade);
}

function safeRatio(ratio: number | null | undefined, scaleMax: number): number | null {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio)) return null;
  return Math.min(Math.max(ratio, 0), scaleMax);
}

export interface Tick {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ScaleLabel {
  /** The ratio the label stands for (0, 1 or scaleMax). */
  value: number;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface GaugeGeometry {
  width: number;
  height: number;
  /** d3 arcs are centred on the origin: draw `track`, `value` and `overflow` inside this transform. */
  transform: string;
  /** The whole scale, 0..scaleMax. */
  track: string;
  /** 0..min(ratio, 1). Empty string when the ratio is 0. */
  value: string;
  /** 1..ratio when the ratio exceeds 100%: drawn, never clipped away. */
  overflow: string | null;
  /** The 100% (budget) tick. */
  budget: Tick;
  /** The primitief tick, when known. */
  original: Tick | null;
  /** 0%, 100% (when apart from the ends) and the scale end. */
  labels: ScaleLabel[];
  /** Where the reading (the percentage) is printed. */
  reading: { x: number; y: number };
}

/** Arc geometry (viewBox units): a semicircle opening downwards, 0 at the left end, scaleMax at the right. */
export const ARC = { width: 256, height: 136, cx: 128, cy: 112, inner: 64, outer: 92 } as const;

/**
 * The semicircular gauge: track, value and overflow as SVG paths (annular sectors, 2 decimals), ticks for the
 * budget (100%) and the original budget, and the scale labels. A ratio above scaleMax is clamped to the end.
 */
export function gaugeArc(
  ratio: number | null,
  scaleMax: number,
  originalRatio?: number | null,
): GaugeGeometry {
  const max = Number.isFinite(scaleMax) && scaleMax >= 1 ? scaleMax : 1;
  const angle = linearScale([0, max], [-Math.PI / 2, Math.PI / 2]);
  const { cx, cy, inner, outer } = ARC;
  const draw = (from: number, to: number): string =>
    to > from ? annularSectorPath(inner, outer, angle(from), angle(to)) : '';
  const point = (value: number, radius: number) => {
    const a = angle(value);
    return { x: r2(cx + radius * Math.sin(a)), y: r2(cy - radius * Math.cos(a)) };
  };
  const tick = (value: number, from: number, to: number): Tick => {
    const a = point(value, from);
    const b = point(value, to);
    return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  };
  const value = safeRatio(ratio, max) ?? 0;
  const original = safeRatio(originalRatio, max);
  const mid = (inner + outer) / 2;
  const labels: ScaleLabel[] = [
    { value: 0, x: r2(cx - mid), y: cy + 16, anchor: 'middle' },
    { value: max, x: r2(cx + mid), y: cy + 16, anchor: 'middle' },
  ];
  // The 100% label sits outside the arc at its tick, unless it would collide with an end label.
  const budgetAngle = angle(1);
  if (max > 1 && budgetAngle > -Math.PI / 2 + 0.35) {
    const at = point(1, outer + 8);
    const anchor = at.x < cx - 8 ? 'end' : at.x > cx + 8 ? 'start' : 'middle';
    labels.push({ value: 1, x: at.x, y: r2(at.y - (anchor === 'middle' ? 2 : 0)), anchor });
  }
  return {
    width: ARC.width,
    height: ARC.height,
    transform: `translate(${cx} ${cy})`,
    track: draw(0, max),
    value: draw(0, Math.min(value, 1)),
    overflow: value > 1 ? draw(1, value) : null,
    budget: tick(1, inner - 6, outer + 6),
    original: original === null ? null : tick(original, inner - 2, outer + 2),
    labels,
    reading: { x: cx, y: cy - 8 },
  };
}

export interface BarGeometry {
  width: number;
  height: number;
  track: { x: number; y: number; width: number; height: number };
  value: { x: number; y: number; width: number; height: number };
  overflow: { x: number; y: number; width: number; height: number } | null;
  budget: Tick;
  original: Tick | null;
  labels: ScaleLabel[];
}

/** Bullet bar geometry (viewBox units). */
export const BAR = {
  width: 240,
  height: 80,
  x0: 12,
  x1: 228,
  trackY: 28,
  trackHeight: 24,
  valueInset: 5,
} as const;

/**
 * The bullet bar: the same scale laid flat. Track, value bar (to 100% at most), overflow segment beyond the
 * budget marker, the primitief marker and the scale labels.
 */
export function bulletBar(
  ratio: number | null,
  scaleMax: number,
  originalRatio?: number | null,
): BarGeometry {
  const max = Number.isFinite(scaleMax) && scaleMax >= 1 ? scaleMax : 1;
  const x = linearScale([0, max], [BAR.x0, BAR.x1]);
  const { trackY, trackHeight, valueInset } = BAR;
  const value = safeRatio(ratio, max) ?? 0;
  const original = safeRatio(originalRatio, max);
  const valueY = trackY + valueInset;
  const valueHeight = trackHeight - 2 * valueInset;
  const labelY = trackY + trackHeight + 18;
  const labels: ScaleLabel[] = [
    { value: 0, x: BAR.x0, y: labelY, anchor: 'start' },
    { value: max, x: BAR.x1, y: labelY, anchor: 'end' },
  ];
  // "100%" above its marker, clear of the end labels below the bar (at a 100% scale the end label says it).
  const budgetX = x(1);
  if (max > 1)
    labels.push({
      value: 1,
      x: r2(budgetX),
      y: trackY - 10,
      anchor: BAR.x1 - budgetX < 16 ? 'end' : 'middle',
    });
  const vertical = (at: number, overhang: number): Tick => ({
    x1: r2(x(at)),
    y1: trackY - overhang,
    x2: r2(x(at)),
    y2: trackY + trackHeight + overhang,
  });
  return {
    width: BAR.width,
    height: BAR.height,
    track: { x: BAR.x0, y: trackY, width: r2(BAR.x1 - BAR.x0), height: trackHeight },
    value: { x: BAR.x0, y: valueY, width: r2(x(Math.min(value, 1)) - BAR.x0), height: valueHeight },
    overflow: value > 1 ? { x: r2(x(1)), y: valueY, width: r2(x(value) - x(1)), height: valueHeight } : null,
    budget: vertical(1, 6),
    original: original === null ? null : vertical(original, 2),
    labels,
  };
}

/** The scale the element draws, when the figures give a ratio (or a share). */
export interface GaugeMeter {
  ratio: number;
  scaleMax: number;
  originalRatio: number | null;
  /** Budget mode draws the 100% budget tick; share mode does not. */
  budgetTick: boolean;
  /** One of the two, after the variant. */
  arc?: GaugeGeometry;
  bar?: BarGeometry;
}

export function gaugeMeter(
  ratio: number,
  scaleMax: number,
  originalRatio: number | null,
  budgetTick: boolean,
  variant: GaugeVariant,
): GaugeMeter {
  const meter: GaugeMeter = { ratio, scaleMax, originalRatio, budgetTick };
  if (variant === 'bar') meter.bar = bulletBar(ratio, scaleMax, originalRatio);
  else meter.arc = gaugeArc(ratio, scaleMax, originalRatio);
  return meter;
}
