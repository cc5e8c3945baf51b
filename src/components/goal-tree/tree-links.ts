/**
 * Routes of the goal tree's cross-links (`contributesTo`) that keep clear of every box: a link leaves its source
 * sideways into the gap between two columns (rows, top-down), runs along that gap, crosses any column in between
 * through the free space between two boxes and enters its target from the side that faces it. Corners are
 * rounded. Plain numbers, no DOM: tested without a browser.
 */
import { pathRound } from 'd3-path';
import type { Box, Orientation } from './tree-layout.js';

export type Point = [number, number];

/** The columns of a layout by depth (rows, top-down; routed with x and y swapped): extent and boxes by y. */
export interface Columns {
  start: number[];
  end: number[];
  boxes: Box[][];
}

/** Where a link meets a box: this far from the box's top (left, top-down), clear of the toggle and tree links. */
export const LINK_ENTRY = 12;
/** Free space kept between a link and a box it passes. */
const CLEARANCE = 3;
const CORNER = 8;

/** A box in left-right terms: top-down layouts are routed with x and y swapped. */
const turned = (box: Box, flip: boolean): Box =>
  flip ? { x: box.y, y: box.x, width: box.height, height: box.width } : box;

/** The columns of the laid-out boxes, given each box's depth. */
export function columnsOf(boxes: Iterable<[Box, number]>, orientation: Orientation): Columns {
  const columns: Columns = { start: [], end: [], boxes: [] };
  for (const [box, depth] of boxes) {
    const b = turned(box, orientation === 'top-down');
    columns.start[depth] = Math.min(columns.start[depth] ?? Infinity, b.x);
    columns.end[depth] = Math.max(columns.end[depth] ?? -Infinity, b.x + b.width);
    (columns.boxes[depth] ??= []).push(b);
  }
  for (const list of columns.boxes) list?.sort((a, b) => a.y - b.y);
  return columns;
}

/** The y nearest to `want` at which a line crosses this column between (or beyond) its boxes. */
export function freeY(boxes: readonly Box[], want: number): number {
  let best = want;
  let distance = Infinity;
  let above = -Infinity;
  for (let i = 0; i <= boxes.length; i++) {
    const below = i < boxes.length ? boxes[i].y - CLEARANCE : Infinity;
    const low = above + CLEARANCE;
    if (below >= low) {
      const y = Math.min(below, Math.max(low, want));
      if (Math.abs(y - want) < distance) [best, distance] = [y, Math.abs(y - want)];
    }
    if (i < boxes.length) above = Math.max(above, boxes[i].y + boxes[i].height);
  }
  return best;
}

/** The corner points of the route from `from` (at depth `fromDepth`) to `to`, in the layout's own coordinates. */
export function crossLinkRoute(
  from: Box,
  fromDepth: number,
  to: Box,
  toDepth: number,
  columns: Columns,
  orientation: Orientation,
): Point[] {
  const flip = orientation === 'top-down';
  const a = turned(from, flip);
  const b = turned(to, flip);
  const entry = (box: Box) => box.y + Math.min(LINK_ENTRY, box.height / 2);
  const gutter = (left: number) => {
    const next = columns.start[left + 1];
    return next === undefined ? columns.end[left] + LINK_ENTRY : (columns.end[left] + next) / 2;
  };
  let y = entry(a);
  const targetY = entry(b);
  let points: Point[];
  if (fromDepth === toDepth) {
    // Within one column: out of the trailing sides, along the gap beyond the column.
    const lane = gutter(fromDepth);
    points = [
      [a.x + a.width, y],
      [lane, y],
      [lane, targetY],
      [b.x + b.width, targetY],
    ];
  } else {
    const step = toDepth > fromDepth ? 1 : -1;
    points = [[step > 0 ? a.x + a.width : a.x, y]];
    for (let depth = fromDepth; depth !== toDepth; depth += step) {
      const next = depth + step;
      const lane = gutter(step > 0 ? depth : next);
      const crossAt = next === toDepth ? targetY : freeY(columns.boxes[next] ?? [], targetY);
      points.push([lane, y], [lane, crossAt]);
      y = crossAt;
    }
    points.push([step > 0 ? b.x : b.x + b.width, targetY]);
  }
  return flip ? points.map(([x, y]) => [y, x]) : points;
}

/** A polyline with rounded corners (d3-path's arcTo), as an SVG path with 2 decimals. */
export function roundedPath(points: readonly Point[]): string {
  const path = pathRound(2);
  const length = (a: Point, b: Point) => Math.hypot(b[0] - a[0], b[1] - a[1]);
  path.moveTo(...points[0]);
  for (let i = 1; i < points.length - 1; i++) {
    const [before, at, after] = [points[i - 1], points[i], points[i + 1]];
    // A corner between short legs gets a smaller radius, so that the curve never runs past a leg's end.
    path.arcTo(...at, ...after, Math.min(CORNER, length(before, at) / 2, length(at, after) / 2));
  }
  path.lineTo(...points[points.length - 1]);
  return String(path);
}
