/**
 * Windowed rendering of <pc-goal-tree>: which boxes of a laid-out tree lie near the scrolled view. Plain
 * rectangles in canvas pixels, so that it is tested without a browser.
 */
import type { Box, LinkPath, TreeLayout } from './tree-layout.js';

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

/** A laid-out tree as flat arrays, built once per layout, so that each windowed render allocates nothing per box. */
export interface WindowIndex {
  ids: string[];
  boxes: Box[];
  links: LinkPath[];
  /** The area each link can run in (the span of its two boxes), in the order of `links`. */
  spans: Rect[];
}

export function windowIndex(layout: TreeLayout): WindowIndex {
  const { boxes, links } = layout;
  return {
    ids: [...boxes.keys()],
    boxes: [...boxes.values()],
    links,
    spans: links.map((link) => spanRect(boxes.get(link.source)!, boxes.get(link.target)!)),
  };
}

/** What a windowed render draws: the ids of the boxes and the links that meet `area`, in layout order. */
/** The boxes (by id) and the links a windowed render draws. */
export interface WindowItems {
  ids: string[];
  links: LinkPath[];
}

export function inWindow(index: WindowIndex, area: Rect): WindowItems {
  const ids: string[] = [];
  const links: LinkPath[] = [];
  for (let i = 0; i < index.boxes.length; i++) if (intersects(index.boxes[i], area)) ids.push(index.ids[i]);
  for (let i = 0; i < index.spans.length; i++)
    if (intersects(index.spans[i], area)) links.push(index.links[i]);
  return { ids, links };
}

/**
 * The items a windowed render shows: the ids in the window and those it always keeps (the tab stop and the
 * selected node, when laid out), once each, in reading order (`order`: a visible node's index).
 */
export function windowedIds(
  shown: readonly string[],
  keep: readonly (string | undefined)[],
  order: ReadonlyMap<string, number>,
): string[] {
  const ids = new Set(shown);
  for (const id of keep) if (id !== undefined && order.has(id)) ids.add(id);
  return [...ids].sort((a, b) => order.get(a)! - order.get(b)!);
}

/** How far beyond the view a windowed tree renders, on every side (about four boxes), in pixels. */
export const WINDOW_MARGIN = 240;

/** The area a windowed render covers for a view: the view grown by the margin. */
export function windowFor(view: Rect): Rect {
  return expandRect(view, WINDOW_MARGIN);
}

/**
 * Whether the view has come within half a margin of the rendered window's edge (or left it): time to render the
 * window again around the view.
 */
export function windowStale(rendered: Rect, view: Rect): boolean {
  return !containsRect(expandRect(rendered, -WINDOW_MARGIN / 2), view);
}

/** Room kept around the focused box inside the view: its focus ring (3px outline, 2px offset) and some air. */
export const FOCUS_PAD = 8;

/** The scroll position along one axis that brings [start, start + size] into [view, view + span], moving least. */
function nearest(view: number, span: number, start: number, size: number): number {
  if (size > span || start < view) return start;
  return start + size > view + span ? start + size - span : view;
}

/**
 * Where to scroll so that the focused box (the last of `path`, its ancestors before it, root first) is in view
 * with room for its focus ring, with as many of its nearest ancestors as fit; the view moves as little as it can
 * (as scrollIntoView's 'nearest'). `hidden`: how many ancestors, from the root, are left out. With the root alone
 * and a view at 0,0 it is the view a tree opens with: the least scroll, top-left first, that shows the root.
 */
export function pathView(path: readonly Rect[], view: Rect): Rect & { hidden: number } {
  let fit = expandRect(path[path.length - 1], FOCUS_PAD);
  let hidden = path.length - 1;
  while (hidden > 0) {
    const wider = spanRect(fit, expandRect(path[hidden - 1], FOCUS_PAD));
    if (wider.width > view.width || wider.height > view.height) break;
    fit = wider;
    hidden -= 1;
  }
  return {
    ...view,
    x: Math.max(0, nearest(view.x, view.width, fit.x, fit.width)),
    y: Math.max(0, nearest(view.y, view.height, fit.y, fit.height)),
    hidden,
  };
}
