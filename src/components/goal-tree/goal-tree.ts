import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../../internal/style-props.js';
import { PcElement, type SelectResult } from '../../internal/pc-element.js';
import { emit, type PcNodeSelectDetail } from '../../internal/emit.js';
import { baseStyles, hostTokens } from '../../internal/shared-styles.js';
import { goalTreeStrings } from './goal-tree.strings.js';
import { findIndicator, findProgramme, findTree } from '../../lib/lookup.js';
import { inputsChanged } from '../../lib/memo.js';
import { parseRichText } from '../../lib/rich-text.js';
import { renderRich } from '../../internal/rich-text.js';
import {
  ancestorIds,
  defaultExpanded,
  nearestVisible,
  treeFromGoalTree,
  treeFromProgramme,
  type TreeModel,
  type TreeNode,
} from './tree-model.js';
import {
  isPrintableKey,
  keyAction,
  typeAheadBuffer,
  typeAheadMatch,
  type TreeAction,
  type TypeAheadState,
} from './tree-keyboard.js';
import { contributorsOf, detailFacts, rollupMessage, type Message } from './tree-details.js';
import { treeView, type TreeView } from './tree-view.js';
import { nodeHeight, ORIENTATIONS, type Box, type Orientation } from './tree-layout.js';
import {
  inWindow,
  viewCentredOn,
  windowFor,
  windowedIds,
  windowIndex,
  windowStale,
  type Rect,
  type WindowIndex,
} from './tree-window.js';
import type { NodeStatus, PcDocument } from '../../schema/types.js';
import { styles } from './goal-tree.styles.js';

/** The expand / collapse control: a pointer target only (no tab stop, hidden from assistive technology). */
const TOGGLE = html`<button type="button" class="toggle" tabindex="-1" aria-hidden="true"></button>`;

/**
 * Windowed rendering: a tree with more open nodes than this, in the wide (tidy-tree) layout, renders only the
 * boxes near the scrolled view, plus the focused and the selected node. Smaller trees, and every tree in a narrow
 * container (the indented list flows, so it needs every item), render all open nodes: a reader in browse mode
 * finds the whole tree in the DOM.
 */
const WINDOW_THRESHOLD = 300;
/** The container width below which the styles switch to the indented list (goal-tree.styles.ts). */
const NARROW_WIDTH = 480;
/** The scroller's size assumed before it is first observed (1200px wide, the default max-height of 40rem). */
const FIRST_VIEW = { width: 1200, height: 640 };

/**
 * The goal tree (doelenboom): a `goalTrees` entry, or the tree derived from a programme (ambition → goals →
 * indicators), as a tidy tree of boxes with status (icon and text) and roll-ups, expand and collapse, cross-links
 * (`contributesTo`) and a details panel. It implements the WAI-ARIA tree view pattern on the same DOM: one tab
 * stop, arrow keys (they follow the tree's structure in both orientations), Home/End, Enter/Space to select, `*`
 * to open all siblings, type-ahead. Below 480px wide it is an indented list with the same semantics. A cross-link
 * with an end inside a collapsed branch is drawn (dotted) to that end's nearest visible ancestor. The items are
 * flat, in tree order, with aria-level, aria-posinset and aria-setsize. A tree with more than 300 open nodes, in
 * the wide layout, renders only the boxes near the scrolled view: thousands of nodes open without delay.
 *
 * @summary Goal tree with statuses, roll-ups, cross-links and the ARIA tree pattern.
 *
 * @csspart tree - The element with role="tree".
 * @csspart node - A node's box (role="treeitem").
 * @csspart node-title - A node's title.
 * @csspart status - A node's status (icon and text).
 * @csspart link - A parent–child link (SVG path).
 * @csspart crosslink - A `contributesTo` link (dashed SVG path with an arrowhead).
 * @csspart details - The details panel of the selected node.
 *
 * @cssproperty --pc-goal-tree-node-background-color - Box background (#ffffff).
 * @cssproperty --pc-goal-tree-node-border-color - Box border (the border colour, #767676).
 * @cssproperty --pc-goal-tree-link-color - Parent–child links (#767676).
 * @cssproperty --pc-goal-tree-crosslink-color - Cross-links and the buttons that follow them (the accent colour).
 * @cssproperty --pc-goal-tree-selected-border-color - Border of the selected box (the accent colour).
 * @cssproperty --pc-goal-tree-selected-background-color - Background of the selected box (#e8f1f6).
 * @cssproperty --pc-goal-tree-max-height - Height of the scrolling area (40rem).
 * @cssproperty --pc-goal-tree-indent - Indentation per level in the narrow list layout (1.25rem).
 * @cssproperty --pc-goal-tree-font-family - Also: -font-size, -color, -muted-color, -background-color,
 *   -border-color, -accent-color, -positive-color, -negative-color, -focus-color, -space, -border-radius,
 *   -heading-font-family, -heading-color.
 *
 * @event pc-node-select - A node was selected (click, Enter or Space). `detail`: `{ id, title, kind, status }`.
 * @event pc-load - The document loaded and the tree or programme was found.
 * @event pc-error - The element shows an error (`missing-attribute`, `unknown-id`, `contributes-cycle`, …).
 */
export class PcGoalTree extends PcElement<TreeModel> {
  static override styles = [baseStyles, hostTokens('goal-tree'), styles];
  /** Lit's reactive properties (declared below as class fields); `state`: internal, no attribute. */
  static override properties: PropertyDeclarations = {
    tree: {},
    programme: {},
    orientation: {},
    expandedDepth: { attribute: 'expanded-depth', type: Number },
    expanded: { state: true, attribute: false },
    selectedId: { state: true, attribute: false },
    narrow: { state: true, attribute: false },
  };

  /** id of a goal tree (`goalTrees`). Takes precedence over `programme`. */
  tree?: string;
  /** id of a programme: shows the tree derived from it (ambition → goals → indicators). */
  programme?: string;
  /** `left-right` (default) or `top-down`. */
  orientation?: string;
  /** Nodes at a depth below this number start expanded: 0 shows the root only, 2 (default) three levels. */
  expandedDepth = 2;

  protected readonly catalogue = goalTreeStrings;
  protected readonly selectionKeys = ['tree', 'programme'] as const;

  private expanded: ReadonlySet<string> = new Set();
  private selectedId?: string;
  /** The roving tab stop. Moving it changes two attributes, no render: see moveFocus. */
  private focusedId?: string;
  private model?: TreeModel;
  private view?: TreeView;
  private readonly viewChanged = inputsChanged();
  /** Box heights depend on the texts, the locale and the strings, not on what is open or the orientation. */
  private readonly heightsChanged = inputsChanged();
  /** Box heights by node and texts by key: they depend on the texts only, so they outlive expand and collapse. */
  private cache = new Map<unknown, unknown>();
  private typeAhead?: TypeAheadState;
  private pendingFocus = false;
  /** Whether a tree item had focus before this render. */
  private hadFocus = false;
  /** Where the focused box was before a re-layout, to keep it in place on screen. */
  private anchor?: { id: string; box: Box } | 'root';
  /** Below NARROW_WIDTH the styles show an indented list, never windowed. Kept by the ResizeObserver. */
  private narrow = false;
  /** The area the last windowed render covered (view plus margin), in canvas pixels; unset when not windowed. */
  private windowArea?: Rect;
  /** The laid-out boxes and links as arrays, for windowed renders (rebuilt with each layout). */
  private index?: WindowIndex;
  private scroller?: HTMLElement;
  /** The scroller's size as last observed: read from the ResizeObserver, never from layout. */
  private viewSize?: { width: number; height: number };
  private resizeObserver?: ResizeObserver;
  private windowFrame = 0;

  protected select(doc: PcDocument): SelectResult<TreeModel> {
    if (this.tree) {
      const tree = findTree(doc, this.tree);
      if (!tree) return this.unknownId('tree', 'tree', this.tree);
      return { selection: treeFromGoalTree(tree, (id) => findIndicator(doc, id)?.indicator) };
    }
    if (!this.programme) return this.missingAttribute('tree', 'tree');
    const programme = findProgramme(doc, this.programme);
    return programme
      ? { selection: treeFromProgramme(programme) }
      : this.unknownId('programme', 'programme', this.programme);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.windowArea = undefined; // set again by a windowed render
    // A render that moves the focused item in the DOM (a window moving past it) takes focus away: give it back.
    this.hadFocus = this.shadowRoot?.activeElement?.getAttribute('role') === 'treeitem';
    const orientation: Orientation = this.option('orientation', ORIENTATIONS, 'left-right', changed);
    const model = this.selection;
    if (model && (model !== this.model || changed.has('expandedDepth'))) {
      this.expanded = defaultExpanded(model, this.expandedDepth);
      if (model !== this.model) {
        this.selectedId = undefined;
        this.focusedId = model.root.id;
        this.typeAhead = undefined;
        this.anchor = 'root';
      }
    }
    this.model = model;
    // Lay out only when what is drawn changes: focus moves never get here.
    if (!model || !this.viewChanged([model, this.expanded, orientation, this.locale, this.strings])) return;
    const focused = nearestVisible(
      (this.focusedId && model.byId.get(this.focusedId)) || model.root,
      this.expanded,
    );
    const before = this.view?.layout.boxes.get(focused.id);
    if (before && this.anchor !== 'root') this.anchor = { id: focused.id, box: before };
    this.focusedId = focused.id;
    const visibleBefore = this.view?.visible.nodes.length ?? 0;
    if (this.heightsChanged([model, this.locale, this.strings])) {
      this.cache = new Map<unknown, unknown>();
    }
    this.view = treeView(model, this.expanded, orientation, (node) =>
      this.memo(node, () => nodeHeight(node.title, this.metaLines(node), node.children.length > 0)),
    );
    // The first time the tree is large enough to window, whether the container is narrow is read at once (one
    // layout read, for large trees only); later the ResizeObserver keeps it.
    if (!this.resizeObserver && visibleBefore <= WINDOW_THRESHOLD && this.windowed() && this.isConnected)
      this.narrow = this.clientWidth > 0 && this.clientWidth < NARROW_WIDTH;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watch(undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate(); // updated() observes the scroller again
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const scroller = this.shadowRoot?.querySelector<HTMLElement>('.scroll') ?? undefined;
    this.watch(scroller);
    const anchor = this.anchor;
    if (scroller && anchor && anchor !== 'root') {
      this.anchor = undefined;
      const box = this.view?.layout.boxes.get(anchor.id);
      if (box) {
        scroller.scrollTop += box.y - anchor.box.y;
        scroller.scrollLeft += box.x - anchor.box.x;
      }
    }
    // The root is centred once the scroller's size is known: at once, or when first observed (no layout read).
    if (anchor === 'root' && this.viewSize) this.centreRoot();
    if (this.pendingFocus && this.focusedId) {
      this.moveFocus(this.focusedId);
      this.pendingFocus = false;
    } else if (
      this.hadFocus &&
      this.focusedId &&
      this.shadowRoot?.activeElement?.getAttribute('role') !== 'treeitem'
    ) {
      this.moveFocus(this.focusedId, false);
    }
    this.scheduleWindowCheck();
  }

  /** Starts with the root in view: in a tall left-to-right tree it sits halfway down. */
  private centreRoot(): void {
    const box = this.view && this.model && this.view.layout.boxes.get(this.model.root.id);
    if (this.anchor !== 'root' || !box || !this.scroller || !this.viewSize) return;
    this.anchor = undefined;
    const view = viewCentredOn(box, this.viewSize);
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
        if (target === this) requestAnimationFrame(() => (this.narrow = width > 0 && width < NARROW_WIDTH));
        else this.viewSize = { width, height };
      }
      this.centreRoot();
      this.scheduleWindowCheck();
    });
    this.resizeObserver.observe(this);
    this.resizeObserver.observe(scroller);
  }

  private onScroll = (): void => {
    if (this.anchor === 'root') this.anchor = undefined; // scrolled before the first centring: leave it
    this.scheduleWindowCheck();
  };

  private scheduleWindowCheck = (): void => {
    if (this.windowFrame || !this.windowArea) return;
    this.windowFrame = requestAnimationFrame(() => {
      this.windowFrame = 0;
      // Render again when the view has come within half a margin of the rendered window's edge.
      if (!this.windowArea || !this.model) return; // since then: not windowed, or an error shown
      const view = this.viewport();
      if (windowStale(this.windowArea, view)) this.requestUpdate();
    });
  };

  /** Window only large trees in the wide layout (see WINDOW_THRESHOLD). */
  private windowed(): boolean {
    return !this.narrow && (this.view?.visible.nodes.length ?? 0) > WINDOW_THRESHOLD;
  }

  /**
   * The scrolled view in canvas pixels. Before the first centring it is where the view will be: around the
   * root; after a re-layout that is about to scroll (see updated), shifted with the anchored box.
   */
  private viewport(): Rect {
    const size = this.viewSize ?? FIRST_VIEW;
    const { width, height } = size;
    const boxes = this.view!.layout.boxes;
    const anchor = this.anchor;
    if (!this.scroller || anchor === 'root') return viewCentredOn(boxes.get(this.model!.root.id)!, size);
    const moved = anchor && boxes.get(anchor.id);
    return {
      x: this.scroller.scrollLeft + (moved ? moved.x - anchor.box.x : 0),
      y: this.scroller.scrollTop + (moved ? moved.y - anchor.box.y : 0),
      width,
      height,
    };
  }

  private text(message: Message): string {
    const text = this.t(message.key, message.params);
    return text === message.key && message.fallback !== undefined ? message.fallback : text;
  }

  /** A value made once per model, locale and strings (see `cache`): thousands of nodes share a few texts. */
  private memo<T>(key: unknown, make: () => T): T {
    let value = this.cache.get(key) as T | undefined;
    if (value === undefined) this.cache.set(key, (value = make()));
    return value;
  }

  private statusText(status: NodeStatus | undefined): string {
    return status ? this.memo(status, () => this.t(`common.status.${status}`)) : '';
  }

  private rollupText(node: TreeNode): string {
    const { rollup } = node;
    const model = this.model;
    return rollup && model
      ? this.memo(`${rollup.achieved}/${rollup.total}`, () =>
          this.text(rollupMessage(model.source, rollup, this.locale)),
        )
      : '';
  }

  private metaLines(node: TreeNode): string[] {
    // "xx" stands in for the status icon when estimating the wrapped lines.
    return [node.status ? `xx ${this.statusText(node.status)}` : '', this.rollupText(node)].filter(Boolean);
  }

  protected renderContent(model: TreeModel): TemplateResult {
    const { layout, crossLinks, visible } = this.view!;
    const view = this.windowed() ? this.viewport() : undefined;
    const area = (this.windowArea = view && windowFor(view));
    let links = layout.links;
    let nodes = visible.nodes;
    if (area) {
      // A link is drawn when the area between its ends meets the window; the focused and the selected node are
      // always rendered (the tab stop and aria-selected must exist), and items follow in reading order.
      if (this.index?.links !== layout.links) this.index = windowIndex(layout);
      const shown = inWindow(this.index, area);
      links = shown.links;
      const ids = windowedIds(shown.ids, [this.focusedId, this.selectedId], visible.indexOf);
      nodes = ids.map((id) => model.byId.get(id)!);
    }
    const title =
      model.source === 'programme' ? this.t('tree.programmeTitle', { title: model.title }) : model.title;
    return html`<p class="caption" id="caption" role="heading" aria-level=${this.heading}>${title}</p>
      <div class="scroll ${layout.orientation}">
        <div class="canvas" style=${styleProps({ width: `${layout.width}px`, height: `${layout.height}px` })}>
          <svg
            class="links"
            aria-hidden="true"
            focusable="false"
            width=${layout.width}
            height=${layout.height}
          >
            <defs>
              <marker
                id="arrow"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto"
              >
                <path class="arrowhead" d="M0,0L10,5L0,10z"></path>
              </marker>
            </defs>
            ${links.map((link) => svg`<path class="link" part="link" d=${link.d}></path>`)}
            ${crossLinks.map(
              (link) =>
                svg`<path class="crosslink ${link.viaCollapsed ? 'via-collapsed' : ''}" part="crosslink" d=${link.d} marker-end="url(#arrow)"></path>`,
            )}
          </svg>
          <div
            class="tree"
            role="tree"
            part="tree"
            aria-labelledby="caption"
            aria-describedby="hint"
            @keydown=${this.onKeydown}
            @click=${this.onClick}
            @mousedown=${this.onMousedown}
            @focusin=${this.onFocusin}
          >
            ${repeat(nodes, (node) => node.id, this.renderItem)}
          </div>
        </div>
      </div>
      <p class="hint" id="hint">${this.t('tree.hint')}</p>
      ${this.renderDetails(model)}`;
  }

  /**
   * One tree item, flat: the tree's structure is in aria-level, aria-posinset and aria-setsize, so that each item
   * holds only its own text and its accessible name (title, status, roll-up) is what it shows. Keyed by node id
   * (see renderContent): an item keeps its element, and focus, while the tree opens or the window moves. One
   * template per node, few elements (icons and the toggle's +/− are CSS). The spaces inside the title and status
   * spans keep words apart for any reader of the text content.
   */
  private renderItem = (node: TreeNode): TemplateResult => {
    const box = this.view!.layout.boxes.get(node.id)!;
    const parent = node.children.length > 0;
    const status = this.statusText(node.status);
    const rollup = this.rollupText(node);
    const position = {
      left: `${box.x}px`,
      top: `${box.y}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      '--_depth': String(node.depth),
    };
    return html`<div
      role="treeitem"
      class=${parent ? 'item parent' : 'item'}
      part="node"
      id="node-${node.id}"
      aria-level=${node.depth + 1}
      aria-setsize=${node.setSize}
      aria-posinset=${node.posInSet}
      aria-expanded=${parent ? String(this.expanded.has(node.id)) : nothing}
      aria-selected=${node.id === this.selectedId ? 'true' : nothing}
      aria-label=${[node.title, status, rollup].filter(Boolean).join(', ')}
      tabindex=${node.id === this.focusedId ? '0' : '-1'}
      style=${styleProps(position)}
    >
      <span class="title" part="node-title">${node.title} </span>
      ${status ? this.status(node.status!, status) : nothing}
      ${rollup ? html`<span class="rollup">${rollup}</span>` : nothing} ${parent ? TOGGLE : nothing}
    </div>`;
  };

  private status(status: NodeStatus, text: string): TemplateResult {
    return html`<span class="status ${status}" part="status">${text} </span>`;
  }

  private renderDetails(model: TreeModel): TemplateResult {
    const node = this.selectedId ? model.byId.get(this.selectedId) : undefined;
    const facts = node ? detailFacts(node, model, this.locale, this.doc?.document.amountsIn) : [];
    const contributors = node ? contributorsOf(model, node.id).map((c) => c.id) : [];
    return html`<section class="details" part="details" aria-labelledby="details-heading" aria-live="polite">
      <h3 id="details-heading" aria-level=${Math.min(6, this.heading + 1)}>
        ${node ? node.title : this.t('tree.details.heading')}
      </h3>
      ${
        node
          ? html`<dl>
                ${facts.map((fact) => {
                  const value = typeof fact.value === 'string' ? fact.value : this.text(fact.value);
                  return html`<div>
                    <dt>${this.text(fact.label)}</dt>
                    <dd>${fact.status ? this.status(fact.status, value) : value}</dd>
                  </div>`;
                })}
              </dl>
              ${node.text ? renderRich(parseRichText(node.text)) : nothing}
              ${this.gotoList(model, 'contributesTo', node.contributesTo)}
              ${this.gotoList(model, 'contributors', contributors)}`
          : html`<p class="muted">${this.t('tree.details.hint')}</p>`
      }
    </section>`;
  }

  /** The cross-links of the selected node as buttons that move focus to the other end. */
  private gotoList(model: TreeModel, which: 'contributesTo' | 'contributors', ids: readonly string[]) {
    if (ids.length === 0) return nothing;
    return html`<p>${this.t(`tree.details.${which}`)}</p>
      <ul class="goto-list">
        ${ids.map((id) => {
          const target = model.byId.get(id);
          return html`<li>
            ${
              target
                ? html`<button type="button" class="goto" @click=${() => this.reveal(target)}>
                    ${target.title}
                  </button>`
                : this.t('tree.details.elsewhere', { id })
            }
          </li>`;
        })}
      </ul>`;
  }

  private item(id: string): HTMLElement | null {
    return this.shadowRoot?.getElementById(`node-${id}`) ?? null;
  }

  /** Moves the roving tab stop without a render: layout and all other nodes stay as they are. */
  private moveFocus(id: string, scroll = true): void {
    const previous = this.focusedId;
    this.focusedId = id;
    if (previous && previous !== id) this.item(previous)?.setAttribute('tabindex', '-1');
    const element = this.item(id);
    if (!element) {
      // Outside the rendered window: the focused node is always rendered, so render and focus it in updated().
      if (this.windowArea && !this.pendingFocus) {
        this.pendingFocus = true;
        this.requestUpdate();
      }
      return;
    }
    element.setAttribute('tabindex', '0');
    if (this.shadowRoot?.activeElement !== element) element.focus({ preventScroll: true });
    if (scroll) element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  private onKeydown = (event: KeyboardEvent): void => {
    const current = this.focusedId ? this.model?.byId.get(this.focusedId) : undefined;
    if (event.altKey || event.ctrlKey || event.metaKey || !current || !this.view) return;
    const visible = this.view.visible;
    const action = keyAction(event.key, current, visible, this.expanded);
    if (action.type !== 'none') {
      event.preventDefault();
      this.apply(action);
    } else if (isPrintableKey(event.key)) {
      event.preventDefault();
      this.typeAhead = typeAheadBuffer(this.typeAhead, event.key, performance.now());
      const match = typeAheadMatch(visible.nodes, visible.indexOf.get(current.id) ?? 0, this.typeAhead.text);
      if (match >= 0) this.moveFocus(visible.nodes[match].id);
    }
  };

  private apply(action: TreeAction): void {
    if (action.type === 'focus') this.moveFocus(action.id);
    else if (action.type === 'expand') this.expanded = new Set([...this.expanded, ...action.ids]);
    else if (action.type === 'collapse')
      this.expanded = new Set([...this.expanded].filter((id) => id !== action.id));
    else if (action.type === 'select') this.selectNode(action.id);
  }

  private selectNode(id: string): void {
    const node = this.model?.byId.get(id);
    if (!node) return;
    this.selectedId = id;
    const detail = { id, title: node.title, kind: node.kind || undefined, status: node.status };
    emit<PcNodeSelectDetail>(this, 'pc-node-select', detail);
  }

  /**
   * Opens the ancestors of the node with this id, scrolls it into view and moves the keyboard focus to it (what
   * the cross-link buttons in the details do), for a page that links to a node from its text. Returns false, and
   * does nothing, when the tree has no such node.
   */
  revealNode(id: string): boolean {
    const node = this.model?.byId.get(id);
    if (node) this.reveal(node);
    return !!node;
  }

  private reveal(node: TreeNode): void {
    const closed = ancestorIds(node).filter((id) => !this.expanded.has(id));
    if (closed.length > 0) this.expanded = new Set([...this.expanded, ...closed]);
    this.focusedId = node.id;
    this.pendingFocus = true;
    this.requestUpdate();
  }

  /** The node id of the tree item an event happened in ("node-<id>"). */
  private idOf(target: Element): string | undefined {
    return target.closest?.('[role="treeitem"]')?.id.slice('node-'.length);
  }

  private onMousedown = (event: MouseEvent): void => {
    // The toggle is no tab stop: a click on it must leave focus on the tree item.
    if ((event.target as Element).closest?.('.toggle')) event.preventDefault();
  };

  private onClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    const id = this.idOf(target);
    if (!id || !this.model?.byId.has(id)) return;
    if (target.closest('.toggle')) {
      this.apply(this.expanded.has(id) ? { type: 'collapse', id } : { type: 'expand', ids: [id] });
      this.focusedId = id;
      this.pendingFocus = true;
      return;
    }
    this.selectNode(id);
    this.moveFocus(id, false);
  };

  private onFocusin = (event: FocusEvent): void => {
    const id = this.idOf(event.target as Element);
    if (id && id !== this.focusedId) this.moveFocus(id, false);
  };
}
