import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Box, TreeLayout } from './tree-layout.js';
import {
  inWindow,
  pathView,
  windowFor,
  windowIndex,
  windowStale,
  type Rect,
  type WindowIndex,
  type WindowItems,
} from './tree-window.js';

/**
 * Windowed rendering: a tree with more open nodes than this, in the wide (tidy-tree) layout, renders only the
 * boxes near the scrolled view, plus the focused and the selected node. Smaller trees, and every tree in a narrow
 * container (the indented list flows, so it needs every item), render all open nodes: a reader in browse mode
 * finds the whole tree in the DOM.
 */
export const WINDOW_THRESHOLD = 300;
/** The container width below which the styles switch to the indented list (goal-tree.styles.ts). */
export const NARROW_WIDTH = 480;
/** The scroller's size assumed before it is first observed (1200px wide, the default max-height of 40rem). */
const FIRST_VIEW = { width: 1200, height: 640 };

/** What the controller needs of <pc-goal-tree>: its element, its scroll box and what it has laid out. */
export interface TreeViewportHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  /** The scroll box around the canvas, once rendered. */
  scrollBox(): HTMLElement | undefined;
  /** The current layout, its root's id and how many nodes are open. */
  laidOut(): { layout: TreeLayout; rootId: string; visibleCount: number } | undefined;
}

/**
 * The goal tree's viewport: the scroll box and its size (one passive scroll listener, one ResizeObserver, no
 * layout reads on a render), whether the container is narrow, the window of boxes a large tree renders, and
 * where the view goes: at the root, top-left, at first; the focused box and its path after a key; the focused
 * box kept in place after a re-layout.
 */
export class TreeViewportController implements ReactiveController {
  /** Below NARROW_WIDTH the styles show an indented list, never windowed. Kept by the ResizeObserver. */
  narrow = false;
  /** The area the last windowed render covered (view plus margin), in canvas pixels; unset when not windowed. */
  windowArea?: Rect;
  /** Where the focused box was before a re-layout, to keep it in place on screen; 'root': open at the root. */
  private anchor?: { id: string; box: Box } | 'root';
  /** The laid-out boxes and links as arrays, for windowed renders (rebuilt with each layout). */
  private index?: WindowIndex;
  private scroller?: HTMLElement;
  /** The scroller's size as last observed: read from the ResizeObserver, never from layout. */
  private viewSize?: { width: number; height: number };
  private resizeObserver?: ResizeObserver;
  private windowFrame = 0;

  constructor(private readonly host: TreeViewportHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.host.requestUpdate(); // hostUpdated observes the scroller again
  }

  hostDisconnected(): void {
    this.watch(undefined);
  }

  hostUpdate(): void {
    this.windowArea = undefined; // set again by a windowed render
  }

  hostUpdated(): void {
    const scroller = this.host.scrollBox();
    this.watch(scroller);
    const anchor = this.anchor;
    if (scroller && anchor && anchor !== 'root') {
      this.anchor = undefined;
      const box = this.host.laidOut()?.layout.boxes.get(anchor.id);
      if (box) {
        scroller.scrollTop += box.y - anchor.box.y;
        scroller.scrollLeft += box.x - anchor.box.x;
      }
    }
    // The tree opens at its root once the scroller's size is known: at once, or when first observed.
    if (anchor === 'root' && this.viewSize) this.openAtRoot();
    this.scheduleWindowCheck();
  }

  /** A new tree: open it with its root in view. */
  showRoot(): void {
    this.anchor = 'root';
  }

  /** Before a re-layout: keep the box of `id`, now at `box`, where it is on screen. */
  keepInPlace(id: string, box: Box | undefined): void {
    if (box && this.anchor !== 'root') this.anchor = { id, box };
  }

  /**
   * After a layout: the first time the tree is large enough to window, whether the container is narrow is read
   * at once (one layout read, for large trees only); later the ResizeObserver keeps it.
   */
  laidOutFrom(visibleBefore: number): void {
    if (!this.resizeObserver && visibleBefore <= WINDOW_THRESHOLD && this.windowed() && this.host.isConnected)
      this.narrow = this.host.clientWidth > 0 && this.host.clientWidth < NARROW_WIDTH;
  }

  /** Window only large trees in the wide layout (see WINDOW_THRESHOLD). */
  windowed(): boolean {
    return !this.narrow && (this.host.laidOut()?.visibleCount ?? 0) > WINDOW_THRESHOLD;
  }

  /** For a render: the boxes and links to draw when the tree is windowed, else undefined (draw them all). */
  windowItems(): WindowItems | undefined {
    const laidOut = this.host.laidOut();
    if (!laidOut || !this.windowed()) return undefined;
    const area = (this.windowArea = windowFor(this.viewport(laidOut.layout, laidOut.rootId)));
    if (this.index?.links !== laidOut.layout.links) this.index = windowIndex(laidOut.layout);
    return inWindow(this.index, area);
  }

  /**
   * Scrolls so that the focused box (last of `path`, root first) and as many of its ancestors as fit are in view,
   * with room for its focus ring. Returns how many ancestors are left out.
   */
  showPath(path: readonly Box[]): number {
    const scroller = this.scroller;
    if (!scroller || this.narrow) return 0;
    // Before the first observation (a node revealed at once), the size is read.
    const size = this.viewSize ?? { width: scroller.clientWidth, height: scroller.clientHeight };
    const { x, y, hidden } = pathView(path, { x: scroller.scrollLeft, y: scroller.scrollTop, ...size });
    scroller.scrollTo(x, y);
    return hidden;
  }

  /** The view a tree opens with: top-left, the least scroll that shows the root and its focus ring. */
  private opening(root: Box, size: { width: number; height: number }): Rect {
    return pathView([root], { x: 0, y: 0, ...size });
  }

  /** Opens with the root in view at the top-left: in a tall left-to-right tree, not scrolled to its middle. */
  private openAtRoot(): void {
    const laidOut = this.host.laidOut();
    const box = laidOut?.layout.boxes.get(laidOut.rootId);
    if (this.anchor !== 'root' || !box || !this.scroller || !this.viewSize) return;
    this.anchor = undefined;
    const view = this.opening(box, this.viewSize);
    this.scroller.scrollTop = view.y;
    this.scroller.scrollLeft = view.x;
  }

  /** One passive scroll listener and one ResizeObserver (the host: narrow or wide; the scroller: its size). */
  private watch(scroller: HTMLElement | undefined): void {
    if (scroller === this.scroller) return;
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.resizeObserver?.disconnect();
    this.scroller = scroller;
    if (!scroller) return;
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
    this.resizeObserver ??= new ResizeObserver((entries) => {
      for (const { target, contentRect } of entries) {
        const { width, height } = contentRect;
        // Applied in the next frame: a render inside the observer's callback that resizes the host would end the
        // observer's loop with undelivered notifications (an error event on the page).
        if (target === this.host)
          requestAnimationFrame(() => this.setNarrow(width > 0 && width < NARROW_WIDTH));
        else this.viewSize = { width, height };
      }
      // Scrolled in the next frame too: scrolling here changes which items content-visibility skips, and Firefox
      // and WebKit then end the observer's loop with the same error (Chromium lets it pass).
      requestAnimationFrame(() => this.openAtRoot());
      this.scheduleWindowCheck();
    });
    this.resizeObserver.observe(this.host);
    this.resizeObserver.observe(scroller);
  }

  private setNarrow(narrow: boolean): void {
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  }

  private onScroll = (): void => {
    if (this.anchor === 'root') this.anchor = undefined; // scrolled before it opened at the root: leave it
    this.scheduleWindowCheck();
  };

  private scheduleWindowCheck(): void {
    if (this.windowFrame || !this.windowArea) return;
    this.windowFrame = requestAnimationFrame(() => {
      this.windowFrame = 0;
      // Render again when the view has come within half a margin of the rendered window's edge.
      const laidOut = this.host.laidOut();
      if (!this.windowArea || !laidOut) return; // since then: not windowed, or an error shown
      if (windowStale(this.windowArea, this.viewport(laidOut.layout, laidOut.rootId)))
        this.host.requestUpdate();
    });
  }

  /**
   * The scrolled view in canvas pixels. Before the tree opens it is where the view will be: at the
   * root; after a re-layout that is about to scroll (see hostUpdated), shifted with the anchored box.
   */
  private viewport(layout: TreeLayout, rootId: string): Rect {
    const size = this.viewSize ?? FIRST_VIEW;
    const { width, height } = size;
    const anchor = this.anchor;
    if (!this.scroller || anchor === 'root') return this.opening(layout.boxes.get(rootId)!, size);
    const moved = anchor && layout.boxes.get(anchor.id);
    return {
      x: this.scroller.scrollLeft + (moved ? moved.x - anchor.box.x : 0),
      y: this.scroller.scrollTop + (moved ? moved.y - anchor.box.y : 0),
      width,
      height,
    };
  }
}
