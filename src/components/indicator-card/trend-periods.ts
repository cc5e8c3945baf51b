/**
 * Where an indicator's periods sit on the card's time axis: the months a period covers, one slot per distinct
 * period in time order, and positions in percent of the plot width. Pure: no DOM.
 */
import { parsePeriod } from '../../lib/period.js';
import { r2 } from '../../lib/scale.js';

/** Rounds a coordinate (time or value axis) to 2 decimals; anything not finite becomes 0, so no attribute ever reads NaN. */
export function coord(value: number): number {
  return Number.isFinite(value) ? r2(Math.min(1000, Math.max(-1000, value))) : 0;
}

const MONTHS_OF = { year: 12, half: 6, quarter: 3, month: 1 } as const;

/**
 * The months a period covers, counted from year 0: "2024" → [24288, 24300]; "2024-Q3" → [24294, 24297];
 * a range "2025/2026" covers both years. undefined for text that is not a period.
 */
export function periodSpan(period: string): [number, number] | undefined {
  const parts = period.split('/');
  if (parts.length > 2) return undefined;
  const spans: Array<[number, number]> = [];
  for (const part of parts) {
    const parsed = parsePeriod(part.trim());
    if (!parsed) return undefined;
    const length = MONTHS_OF[parsed.kind];
    const start = parsed.year * 12 + (parsed.kind === 'year' ? 0 : (parsed.index - 1) * length);
    spans.push([start, start + length]);
  }
  const start = spans[0][0];
  const end = spans[spans.length - 1][1];
  return end > start ? [start, end] : undefined;
}

/**
 * Each period's slot on the x axis: slots are equal, so the axis can be a row of equal columns. Proportional to
 * time when the periods fall on a regular grid (a missing year leaves an empty slot); one slot per period when
 * they do not, when a period cannot be read, or when time would leave mostly empty slots.
 */
export function periodSlots(periods: string[]): { slot: number[]; slots: number } {
  const n = periods.length;
  const ordinal = { slot: periods.map((_, i) => i), slots: n };
  if (n < 2) return ordinal;
  const mids = periods.map((period) => {
    const span = periodSpan(period);
    return span ? (span[0] + span[1]) / 2 : NaN;
  });
  let minGap = Infinity;
  for (let i = 1; i < n; i++) minGap = Math.min(minGap, mids[i] - mids[i - 1]);
  if (!(minGap > 0) || !Number.isFinite(minGap)) return ordinal;
  const steps = mids.map((mid) => (mid - mids[0]) / minGap);
  const regular = steps.every((step) => Math.abs(step - Math.round(step)) < 1e-6);
  const slots = Math.round(steps[n - 1]) + 1;
  return regular && slots <= 3 * n ? { slot: steps.map(Math.round), slots } : ordinal;
}

/** x of each period's centre, 0–100, and the width of one slot. */
export function periodPositions(periods: string[]): {
  x: number[];
  bandwidth: number;
  slot: number[];
  slots: number;
} {
  const { slot, slots } = periodSlots(periods);
  const bandwidth = 100 / Math.max(1, slots);
  return { x: slot.map((k) => coord((k + 0.5) * bandwidth)), bandwidth: coord(bandwidth), slot, slots };
}

/** Periods in time order; text that is not a period keeps its place after them. */
export function sortByPeriod<T extends { period: string | null }>(values: readonly T[]): T[] {
  const keyed = values.map((value, index) => ({
    value,
    index,
    span: value.period === null ? undefined : periodSpan(value.period),
  }));
  keyed.sort((a, b) => {
    if (a.span && b.span) return a.span[0] - b.span[0] || a.span[1] - b.span[1] || a.index - b.index;
    if (a.span) return -1;
    if (b.span) return 1;
    return a.index - b.index;
  });
  return keyed.map((entry) => entry.value);
}

/**
 * The value domain: every actual and target (so targets above or below the line stay in view), zero for bars,
 * made "nice". A single value gets 10% of room either side; non-negative data never gets a negative axis.
 */
