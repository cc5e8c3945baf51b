import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearestVisible, type TreeModel, type TreeNode } from './tree-model.js';
import type { TreeViewportController } from './tree-viewport.controller.js';

/** The node id of the tree item an element is in: the items' ids are "node-<node id>". */
export function nodeIdOf(target: Element): string | undefined {
  return target.closest?.('[role="treeitem"]')?.id.slice('node-'.length);
}

/** What the controller needs of <pc-goal-tree>, passed in as functions: none of it is public on the element. */
export interface TreeFocusOptions {
  /** Narrow or wide, and whether the last render was windowed (a focused node may not be rendered). */
  readonly viewport: Pick<TreeViewportController, 'narrow' | 'windowArea'>;
  /** Scrolls the box of the node with this id and its ancestors into view and writes the path line. */
  showPath(id: string): void;
  /** Empties the path line. */
  hidePath(): void;
  /** Draws the cross-links of the boxes in use (see activeId). */
  drawActive(): void;
}

/**
 * The goal tree's keyboard focus: the roving tab stop (one tree item has tabindex 0), moved without a render;
 * focus given back after a render that moved the focused item in the DOM; a node focused once it is rendered
 * (revealed, toggled, or outside the rendered window); whether focus is inside the tree.
 *
 * Add it after the TreeViewportController: its hostUpdated focuses a node after the viewport has scrolled.
 */
export class TreeFocusController implements ReactiveController {
  /** The roving tab stop. Moving it changes two attributes, no render: see moveFocus. */
  focusedId?: string;
  /** Whether focus is inside the tree: the focused box's cross-links and path are shown. */
  private treeFocused = false;
  /** Focus the focused node after the next render (it may not be rendered yet). */
  private pendingFocus = false;
  /** Whether a tree item had focus before this render. */
  private hadFocus = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TreeFocusOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // A render that moves the focused item in the DOM (a window moving past it) takes focus away: give it back.
    this.hadFocus = this.host.shadowRoot?.activeElement?.getAttribute('role') === 'treeitem';
  }

  hostUpdated(): void {
    // The viewport controller has scrolled by now (its hostUpdated runs first): focus follows.
    if (this.pendingFocus && this.focusedId) {
      this.moveFocus(this.focusedId);
      this.pendingFocus = false;
    } else if (
      this.hadFocus &&
      this.focusedId &&
      this.host.shadowRoot?.activeElement?.getAttribute('role') !== 'treeitem'
    ) {
      this.moveFocus(this.focusedId, false);
    }
  }

  /** The tabindex of a node's tree item: 0 for the roving tab stop, -1 for the others. */
  tabindex(id: string): '0' | '-1' {
    return id === this.focusedId ? '0' : '-1';
  }

  /** The focused node while focus is inside the tree (its cross-links are drawn), else undefined. */
  activeId(): string | undefined {
    return this.treeFocused ? this.focusedId : undefined;
  }

  /**
   * Before a re-layout: the tab stop stays on its node while it is shown, else moves to its nearest shown
   * ancestor (a collapsed branch's root); the root when it is on no node of this model. Returns that node.
   */
  keepVisible(model: TreeModel, expanded: ReadonlySet<string>): TreeNode {
    const focused = nearestVisible(
      (this.focusedId && model.byId.get(this.focusedId)) || model.root,
      expanded,
    );
    this.focusedId = focused.id;
    return focused;
  }

  /** Makes the node with this id the tab stop and focuses it after the next render (requested here). */
  focusAfterUpdate(id: string): void {
    this.focusedId = id;
    this.pendingFocus = true;
    this.host.requestUpdate();
  }

  /** Moves the roving tab stop without a render: layout and all other nodes stay as they are. */
  moveFocus(id: string, scroll = true): void {
    const { viewport } = this.options;
    const item = (id: string) => this.host.shadowRoot?.getElementById(`node-${id}`);
    const previous = this.focusedId;
    this.focusedId = id;
    if (previous && previous !== id) item(previous)?.setAttribute('tabindex', '-1');
    const element = item(id);
    if (!element) {
      // Outside the rendered window: the focused node is always rendered, so render and focus it in hostUpdated.
      if (viewport.windowArea && !this.pendingFocus) {
        this.pendingFocus = true;
        this.host.requestUpdate();
      }
      return;
    }
    element.setAttribute('tabindex', '0');
    if (this.host.shadowRoot?.activeElement !== element) element.focus({ preventScroll: true });
    if (scroll && viewport.narrow) element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    else if (scroll) this.options.showPath(id);
    this.options.drawActive();
  }

  onFocusin = (event: FocusEvent): void => {
    const id = nodeIdOf(event.target as Element);
    this.treeFocused = true;
    if (id && id !== this.focusedId) this.moveFocus(id, false);
    else this.options.drawActive();
  };

  onFocusout = (event: FocusEvent): void => {
    if ((event.relatedTarget as Element | null)?.closest?.('[role="tree"]')) return;
    this.treeFocused = false;
    this.options.hidePath();
    this.options.drawActive();
  };
}
