/**
 * Geometry of <pc-goal-tree>: a tidy tree of the visible nodes as plain numbers (boxes in pixels,
 * link paths), left-to-right or top-down. Box heights come from an estimate of wrapped lines (no DOM
 * measuring), so a layout of thousands of nodes costs a few milliseconds and can be tested without a browser.
 */
import { linkHorizontalPath, linkVerticalPath, r2 } from '../../lib/scale.js';
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';

/** A laid-out node with its box's extent across the depth axis (its height, read once). */
type SizedNode<T> = HierarchyPointNode<T> & { size: number };

export type Orientation = 'left-right' | 'top-down';
export const ORIENTATIONS = ['left-right', 'top-down'] as const;

/** Box metrics in CSS pixels; the styles use the same numbers (goal-tree.styles.ts). */
export const NODE = {
  width: 220,
  paddingX: 10,
  paddingY: 8,
  border: 1,
  titleLine: 20,
  metaLine: 18,
  metaGap: 4,
  /**
   * Average glyph width as a fraction of the font size, generous so that estimates rarely fall short: wide
   * fallback fonts (DejaVu Sans, Verdana) set bold titles at about 0.6em per character.
   */
  titleGlyph: 0.66,
  metaGlyph: 0.58,
  titleFont: 14,
  metaFont: 13,
  /** Extra inline-end padding of a box with children, where the expand / collapse control sits. */
  toggleSpace: 22,
} as const;

/** Gaps between boxes and around the drawing. */
export const GAP = { depth: 56, depthTopDown: 48, sibling: 12, cousin: 28, margin: 24 } as const;

const CONTENT_WIDTH = NODE.width - 2 * (NODE.paddingX + NODE.border);
/** Characters per line of a title (14px) and of the status / roll-up lines (13px) in a 220px box. */
export const TITLE_CHARS = Math.floor(CONTENT_WIDTH / (NODE.titleFont * NODE.titleGlyph));
export const META_CHARS = Math.floor(CONTENT_WIDTH / (NODE.metaFont * NODE.metaGlyph));

/** White space other than the plain space, as `\s` knows it. */
const OTHER_SPACE = /[^\S ]/;

/**
 * Lines a text takes when wrapped greedily at word boundaries; words longer than a line are broken. One pass, no
 * arrays: a tree estimates thousands of boxes.
 */
export function estimateLines(text: string, charsPerLine: number): number {
  const width = Math.max(1, Math.floor(charsPerLine));
  let lines = 1;
  let used = 0;
  let length = 0;
  const endWord = () => {
    if (length === 0) return;
    if (used > 0 && used + 1 + length <= width) {
      used += 1 + length;
    } else {
      if (used > 0) lines += 1;
      while (length > width) {
        lines += 1;
        length -= width;
      }
      used = length;
    }
    length = 0;
  };
  if (!OTHER_SPACE.test(text)) {
    // Words apart by plain spaces only (nearly every title): step from space to space.
    for (let start = 0; start <= text.length;) {
      const space = text.indexOf(' ', start);
      const end = space < 0 ? text.length : space;
      length = end - start;
      endWord();
      start = end + 1;
    }
    return lines;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII is never white space; anything else asks the same question split(/\s+/) would.
    if (code > 32 && code < 127 ? false : /\s/.test(text[i])) endWord();
    else length += 1;
  }
  endWord();
  return lines;
}

const TOGGLE_TITLE_CHARS = Math.floor(
  (CONTENT_WIDTH - NODE.toggleSpace) / (NODE.titleFont * NODE.titleGlyph),
);
const TOGGLE_META_CHARS = Math.floor((CONTENT_WIDTH - NODE.toggleSpace) / (NODE.metaFont * NODE.metaGlyph));

/**
 * The estimated box height for a title and the lines below it (status, roll-up); `toggle`: the box has children
 * and keeps room for the expand / collapse control.
 */
export function nodeHeight(title: string, meta: readonly string[], toggle = false): number {
  const titleLines = estimateLines(title, toggle ? TOGGLE_TITLE_CHARS : TITLE_CHARS);
  const metaChars = toggle ? TOGGLE_META_CHARS : META_CHARS;
  const metaLines = meta.reduce((sum, line) => sum + estimateLines(line, metaChars), 0);
  return (
    2 * (NODE.paddingY + NODE.border) +
    titleLines * NODE.titleLine +
    (metaLines > 0 ? NODE.metaGap + metaLines * NODE.metaLine : 0)
  );
}

/** Box widths are rounded up to this step, so a tree's width changes only when its longest word does. */
const WIDTH_STEP = 10;

/**
 * The box width that holds the longest word of any title whole (bold title size, generous glyph width, the
 * expand / collapse control's room included), at least NODE.width. Browsers without Dutch hyphenation patterns
 * would otherwise break "combinatiefunctionarissen" mid-word.
 */
export function boxWidthFor(titles: Iterable<string>): number {
  let longest = 0;
  for (const title of titles) {
    let start = 0;
    for (let i = 0; i <= title.length; i++) {
      // Words end at white space and after a hyphen or slash (break opportunities of their own).
      const code = i < title.length ? title.charCodeAt(i) : 32;
      const space = code === 32 || code === 9 || code === 10 || code === 160;
      if (space || code === 45 || code === 47) {
        longest = Math.max(longest, i - start + (space ? 0 : 1));
        start = i + 1;
      }
    }
  }
  const needed =
    longest * NODE.titleFont * NODE.titleGlyph + 2 * (NODE.paddingX + NODE.border) + NODE.toggleSpace;
  return Math.max(NODE.width, Math.ceil(needed / WIDTH_STEP) * WIDTH_STEP);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LinkPath {
  source: string;
  target: string;
  readonly d: string;
}

export interface TreeLayout {
  boxes: Map<string, Box>;
  links: LinkPath[];
  width: number;
  height: number;
  orientation: Orientation;
}

export interface LayoutAccess<T> {
  id(node: T): string;
  /** The children to lay out: undefined or empty for a leaf or a collapsed node. */
  children(node: T): readonly T[] | undefined;
  height(node: T): number;
  /** Width of every box (boxWidthFor the titles); NODE.width when absent. */
  width?: number;
}

/**
 * Tidy tree layout: d3-hierarchy's `tree()` (Reingold–Tilford) with a separation in pixels. Left-right: columns per depth; boxes of different heights in a column are kept
 * apart by the separation function, in pixels. Top-down: rows per depth, each as tall as its tallest box.
 */
export function layoutTree<T>(
  rootData: T,
  access: LayoutAccess<T>,
  orientation: Orientation = 'left-right',
): TreeLayout {
  const leftRight = orientation === 'left-right';
  const nodeWidth = access.width ?? NODE.width;
  // Each box's height is estimated once and kept on its node as `size`, which separation reads many times.
  const root = hierarchy<T>(rootData, (node) => access.children(node)) as SizedNode<T>;
  root.each((node) => {
    const height = access.height(node.data);
    (node as SizedNode<T>).size = Number.isFinite(height) && height > 0 ? height : NODE.titleLine;
  });
  const gapBetween = (a: SizedNode<T>, b: SizedNode<T>) => (a.parent === b.parent ? GAP.sibling : GAP.cousin);
  // nodeSize [1, 1]: x comes out in the separation's units (pixels); the depth axis is ours to place.
  const nodes = tree<T>()
    .nodeSize([1, 1])
    .separation(
      leftRight
        ? (a, b) =>
            ((a as SizedNode<T>).size + (b as SizedNode<T>).size) / 2 +
            gapBetween(a as SizedNode<T>, b as SizedNode<T>)
        : (a, b) => nodeWidth + gapBetween(a as SizedNode<T>, b as SizedNode<T>),
    )(root)
    .descendants() as SizedNode<T>[];

  const rowTop: number[] = [];
  if (!leftRight) {
    const rowHeight: number[] = [];
    for (const node of nodes) rowHeight[node.depth] = Math.max(rowHeight[node.depth] ?? 0, node.size);
    let top = 0;
    for (let depth = 0; depth < rowHeight.length; depth++) {
      rowTop[depth] = top;
      top += (rowHeight[depth] ?? 0) + GAP.depthTopDown;
    }
  }
  // Box corners before the shift that puts the drawing at the margin (computed twice rather than stored).
  const left = (node: SizedNode<T>) =>
    leftRight ? node.depth * (nodeWidth + GAP.depth) : node.x - nodeWidth / 2;
  const top = (node: SizedNode<T>) => (leftRight ? node.x - node.size / 2 : rowTop[node.depth]);
  let minX = Infinity;
  let minY = Infinity;
  for (const node of nodes) {
    minX = Math.min(minX, left(node));
    minY = Math.min(minY, top(node));
  }
  const boxes = new Map<string, Box>();
  let width = 0;
  let height = 0;
  for (const node of nodes) {
    const box = {
      x: r2(left(node) - minX + GAP.margin),
      y: r2(top(node) - minY + GAP.margin),
      width: nodeWidth,
      height: r2(node.size),
    };
    boxes.set(access.id(node.data), box);
    width = Math.max(width, box.x + box.width + GAP.margin);
    height = Math.max(height, box.y + box.height + GAP.margin);
  }
  const links: LinkPath[] = [];
  for (const node of nodes) {
    if (!node.parent) continue;
    const source = access.id(node.parent.data);
    const target = access.id(node.data);
    links.push(new TreeLink(source, target, boxes.get(source)!, boxes.get(target)!, orientation));
  }
  return { boxes, links, width: r2(width), height: r2(height), orientation };
}

/** A parent–child link whose path is spelled out when first read: a windowed tree draws few of its links. */
class TreeLink implements LinkPath {
  private path?: string;
  constructor(
    readonly source: string,
    readonly target: string,
    private readonly from: Box,
    private readonly to: Box,
    private readonly orientation: Orientation,
  ) {}

  get d(): string {
    return (this.path ??= treeLinkPath(this.from, this.to, this.orientation));
  }
}

/** The parent–child link: from the parent's trailing edge to the child's leading edge (d3-shape's link curve). */
export function treeLinkPath(parent: Box, child: Box, orientation: Orientation): string {
  if (orientation === 'left-right') {
    return linkHorizontalPath(
      parent.x + parent.width,
      parent.y + parent.height / 2,
      child.x,
      child.y + child.height / 2,
    );
  }
  return linkVerticalPath(
    parent.x + parent.width / 2,
    parent.y + parent.height,
    child.x + child.width / 2,
    child.y,
  );
}
