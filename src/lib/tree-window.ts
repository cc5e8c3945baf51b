/**
 * Windowed rendering of <pc-goal-tree>: which boxes of a laid-out tree lie near the scrolled view. Plain
 * rectangles in canvas pixels, so that it is tested without a browser.
 */
import type { Box } from './tree-layout.js';

/** A rectangle in canvas pixels, e.g. the scrolled view. */
export type Rect = Box;

/** Whether two rectangles share any area; touching edges count, so a box on the window's edge is drawn. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/** `rect` grown by `margin` pixels on every side (a negative margin shrinks it, never below zero size). */
export function expandRect(rect: Rect, margin: number): Rect {
  return {
    x: rect.x - margin,
    y: rect.y - margin,
    width: Math.max(0, rect.width + 2 * margin),
    height: Math.max(0, rect.height + 2 * margin),
  };
}

/** Whether `inner` lies wholly inside `outer`. */
export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** The smallest rectangle holding both boxes: where a link between them can run. */
export function spanRect(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * The ids of the boxes that meet `area`, in the order of `boxes`. A linear scan: 10,000 boxes take well under
 * a millisecond, less than building an index.
 */
export function boxesIn(boxes: ReadonlyMap<string, Box>, area: Rect): string[] {
  const ids: string[] = [];
  for (const [id, box] of boxes) if (intersects(box, area)) ids.push(id);
  return ids;
}
