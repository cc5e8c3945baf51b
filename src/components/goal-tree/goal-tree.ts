import {
  html,
  nothing,
  render,
  svg,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
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
import { nodeHeight, ORIENTATIONS, type Orientation } from './tree-layout.js';
import { windowedIds } from './tree-window.js';
import { TreeViewportController } from './tree-viewport.controller.js';
import { nodeIdOf, TreeFocusController } from './tree-focus.controller.js';
import type { NodeStatus, PcDocument } from '../../schema/types.js';
import { styles } from './goal-tree.styles.js';
import { ExportController, exportLabel, sourceLine } from '../../internal/export-controller.js';
import { exportStyles } from '../../internal/export.styles.js';

/** The expand / collapse control: a pointer target only (no tab stop, hidden from assistive technology). */
const TOGGLE = html`<button type="button" class="toggle" tabindex="-1" aria-hidden="true"></button>`;

/**
 * The goal tree (doelenboom): a `goalTrees` entry, or the tree derived from a programme (ambition → goals →
 * indicators), as a tidy tree of boxes with status (icon and text) and roll-ups, expand and collapse, cross-links
 * (`contributesTo`) and a details panel. It implements the WAI-ARIA tree view pattern on the same DOM: one tab
 * stop, arrow keys (they follow the tree's structure in both orientations), Home/End, Enter/Space to select, `*`
 * to open all siblings, type-ahead. Below 480px wide it is an indented list with the same semantics. At rest a
 * box with cross-links shows their number (⇄); the links of the focused, hovered or selected box are drawn,
 * routed clear of the boxes, their other ends ringed. A cross-link with an end inside a collapsed branch is drawn
 * (dotted) to that end's nearest visible ancestor. The tree opens at its root (top-left); a key move keeps the
 * focused box, its focus ring and as many of its ancestors as fit in view, and a path line above the view names
 * them all when some are out of view. The items are flat, in tree order, with aria-level, aria-posinset and
 * aria-setsize. A tree with more than 300 open nodes, in the wide layout, renders only the boxes near the
 * scrolled view: thousands of nodes open without delay.
 *
 * @summary Goal tree with statuses, roll-ups, cross-links and the ARIA tree pattern.
 *
 * @csspart tree - The element with role="tree".
 * @csspart node - A node's box (role="treeitem").
 * @csspart node-title - A node's title.
 * @csspart status - A node's status (icon and text).
 * @csspart link - A parent–child link (SVG path).
 * @csspart crosslink - A `contributesTo` link of the focused, hovered or selected box (SVG path, arrowhead).
 * @csspart path - The line above the view naming the focused box's ancestors when some are out of view.
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
 * @attr {string} tree - id of a goal tree (`goalTrees`). Takes precedence over `programme`.
 * @attr {string} programme - id of a programme: the tree derived from it (ambition → goals → indicators).
 * @attr {'left-right' | 'top-down'} [orientation=left-right] - the direction of the tree.
 * @attr {number} [expanded-depth=2] - nodes at a depth below this number start expanded.
 *
 * @event {CustomEvent<PcNodeSelectDetail>} pc-node-select - A node was selected (click, Enter or Space).
 *   `detail`: `{ id, title, kind, status }`.
 * @event {CustomEvent<PcLoadDetail>} pc-load - The document loaded and the tree or programme was found.
 * @event {CustomEvent<PcErrorDetail>} pc-error - The element shows an error (`missing-attribute`, `unknown-id`,
 *   `contributes-cycle`, …).
 */
export class PcGoalTree extends PcElement<TreeModel> {
  static override styles = [baseStyles, hostTokens('goal-tree'), styles, exportStyles];
  /** Lit's reactive properties (declared below as class fields); `state`: internal, no attribute. */
  static override properties: PropertyDeclarations = {
    tree: {},
    programme: {},
    orientation: {},
    expandedDepth: { attribute: 'expanded-depth', type: Number },
    expanded: { state: true, attribute: false },
    selectedId: { state: true, attribute: false },
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
  private model?: TreeModel;
  private exporter = new ExportController(this, {
    ...this.exportBasics(() => this.model!.id),
    csv: () => {
      const label = (key: string) => exportLabel(this.locale, key, this.strings);
      return [
        ['level', 'title', 'kind', 'status', 'parent'].map((key) => label(`export.${key}`)),
        ...this.model!.nodes.map((node) => [
          node.depth + 1,
          node.title,
          node.kind,
          this.statusText(node.status),
          node.parent?.title ?? '',
        ]),
      ];
    },
    image: () => ({
      exclude: '.path, .hint, .details, .pc-export, .toggle',
      sourceLine: sourceLine(this.t('common.source'), this.doc!),
      css: '.scroll { overflow: visible !important; max-height: none !important; }',
    }),
  });
  private view?: TreeView;
  private readonly viewChanged = inputsChanged();
  /** Box heights depend on the texts, the locale and the strings, not on what is open or the orientation. */
  private readonly heightsChanged = inputsChanged();
  /** Box heights by node and texts by key: they depend on the texts only, so they outlive expand and collapse. */
  private cache = new Map<unknown, unknown>();
  private typeAhead?: TypeAheadState;
  /** The box under the pointer: its cross-links are drawn. */
  private hoveredId?: string;
  /** Scroll box, size, narrow or wide, the rendered window and where the view goes after a re-layout. */
  private readonly viewport = new TreeViewportController(this);
  /**
   * The roving tab stop, focus kept across renders, whether focus is inside the tree. Added after the viewport:
   * controllers' hostUpdated run in the order they were added, and focus must follow the viewport's scroll.
   */
  private readonly rovingFocus = new TreeFocusController(this, {
    viewport: this.viewport,
    showPath: (id) => this.showPath(this.model!.byId.get(id)!),
    hidePath: () => this.pathLine([]),
    drawActive: () => this.drawActive(),
  });

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
    const orientation: Orientation = this.option('orientation', ORIENTATIONS, 'left-right', changed);
    const model = this.selection;
    if (model && (model !== this.model || changed.has('expandedDepth'))) {
      this.expanded = defaultExpanded(model, this.expandedDepth);
      if (model !== this.model) {
        this.selectedId = undefined;
        this.rovingFocus.focusedId = model.root.id;
        this.typeAhead = undefined;
        this.viewport.showRoot();
      }
    }
    this.model = model;
    // Lay out only when what is drawn changes: focus moves never get here.
    if (!model || !this.viewChanged([model, this.expanded, orientation, this.locale, this.strings])) return;
    const focused = this.rovingFocus.keepVisible(model, this.expanded);
    this.viewport.keepInPlace(focused.id, this.view?.layout.boxes.get(focused.id));
    const visibleBefore = this.view?.visible.nodes.length ?? 0;
    if (this.heightsChanged([model, this.locale, this.strings])) {
      this.cache = new Map<unknown, unknown>();
    }
    this.view = treeView(model, this.expanded, orientation, (node) =>
      this.memo(node, () => nodeHeight(node.title, this.metaLines(node), node.children.length > 0)),
    );
    this.viewport.laidOutFrom(visibleBefore);
  }

  /** For the viewport controller: the scroll box, once rendered. */
  scrollBox(): HTMLElement | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('.scroll') ?? undefined;
  }

  /** For the viewport controller: what is laid out now. */
  laidOut() {
    const view = this.view;
    const model = this.model;
    return view && model
      ? { layout: view.layout, rootId: model.root.id, visibleCount: view.visible.nodes.length }
      : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    // The focus controller has moved focus by now (hostUpdated runs before updated), before the base's updated
    // fires pc-load: a listener that reveals a node asks for focus after the next render.
    super.updated(changed);
    this.drawActive();
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
    const { layout, visible } = this.view!;
    const shown = this.viewport.windowItems();
    let links = layout.links;
    let nodes = visible.nodes;
    if (shown) {
      // A link is drawn when the area between its ends meets the window; the focused and the selected node are
      // always rendered (the tab stop and aria-selected must exist), and items follow in reading order.
      links = shown.links;
      const ids = windowedIds(shown.ids, [this.rovingFocus.focusedId, this.selectedId], visible.indexOf);
      nodes = ids.map((id) => model.byId.get(id)!);
    }
    const title =
      model.source === 'programme' ? this.t('tree.programmeTitle', { title: model.title }) : model.title;
    // The scroller is no tab stop of its own (Firefox makes every scroll container one): the tree keeps one.
    return html`<p class="caption" id="caption" role="heading" aria-level=${this.heading}>${title}</p>
      <p class="path" part="path" aria-hidden="true"></p>
      <div class="scroll ${layout.orientation}" tabindex="-1">
        <div class="canvas" style=${styleProps({ width: `${layout.width}px`, height: `${layout.height}px` })}>
          <svg
            class="links"
            aria-hidden="true"
            focusable="false"
            width=${layout.width}
            height=${layout.height}
          >
            ${links.map((link) => svg`<path class="link" part="link" d=${link.d}></path>`)}
          </svg>
          <svg
            class="overlay"
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
            <g class="ends"></g>
            ${nodes.map((node) => this.badge(node.id))}
            <g class="active"></g>
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
            @focusin=${this.rovingFocus.onFocusin}
            @focusout=${this.rovingFocus.onFocusout}
            @pointerover=${this.onHover}
            @pointerleave=${this.onHover}
          >
            ${repeat(nodes, (node) => node.id, this.renderItem)}
          </div>
        </div>
      </div>
      <p class="hint" id="hint">
        ${this.t('tree.hint')} <span class="hint-links">${this.t('tree.hintLinks')}</span>
      </p>
      ${this.renderDetails(model)} ${this.exporter.render()}`;
  }

  /** At rest, a box's cross-links are a count on its top-right corner (decorative: the details list them). */
  private badge(id: string) {
    const count = this.view!.linkCount.get(id);
    const box = this.view!.layout.boxes.get(id)!;
    return count
      ? svg`<g class="badge" transform="translate(${box.x + box.width - 4},${box.y})"><rect x="-15" y="-9" width="30" height="18" rx="9"></rect><text y="4">⇄${count}</text></g>`
      : nothing;
  }

  /** The cross-links of the boxes in use (focused inside the tree, hovered, selected), their other ends ringed. */
  private drawActive(): void {
    const root = this.shadowRoot;
    const [ends, layer] = ['.ends', '.active'].map((c) => root?.querySelector<SVGGElement>(c));
    if (!ends || !layer || !this.view) return;
    const { crossLinks, layout } = this.view;
    // The indented list draws no lines.
    const active = this.viewport.narrow ? [] : [this.hoveredId, this.rovingFocus.activeId(), this.selectedId];
    const links = crossLinks.filter((l) => active.includes(l.source) || active.includes(l.target));
    const others = new Set(links.flatMap((l) => [l.source, l.target]).filter((id) => !active.includes(id)));
    render(
      [...others].map((id) => {
        const box = layout.boxes.get(id)!;
        return svg`<rect class="end" x=${box.x - 5} y=${box.y - 5} width=${box.width + 10} height=${box.height + 10} rx="6"></rect>`;
      }),
      ends,
    );
    render(
      links.map(
        (link) =>
          svg`<path class="crosslink ${link.viaCollapsed ? 'via-collapsed' : ''}" part="crosslink" d=${link.d} marker-end="url(#arrow)"></path>`,
      ),
      layer,
    );
  }

  /**
   * Keeps the focused box and as many of its ancestors as fit in view; the path line above the view names them
   * all when some are left out.
   */
  private showPath(node: TreeNode): void {
    const boxes = this.view!.layout.boxes;
    const ancestors = ancestorIds(node).reverse();
    const hidden = this.viewport.showPath([...ancestors, node.id].map((id) => boxes.get(id)!));
    this.pathLine(hidden > 0 ? ancestors : []);
  }

  /** The path line's crumbs; the separator is text (a non-ASCII `content` in css`` would not survive the build). */
  private pathLine(ids: string[]): void {
    const line = this.shadowRoot?.querySelector<HTMLElement>('.path');
    if (line)
      render(
        ids.map((id, i) => html`${i ? '›' : nothing}<span>${this.model!.byId.get(id)!.title}</span>`),
        line,
      );
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
      tabindex=${this.rovingFocus.tabindex(node.id)}
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

  private onKeydown = (event: KeyboardEvent): void => {
    const focusedId = this.rovingFocus.focusedId;
    const current = focusedId ? this.model?.byId.get(focusedId) : undefined;
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
      if (match >= 0) this.rovingFocus.moveFocus(visible.nodes[match].id);
    }
  };

  private apply(action: TreeAction): void {
    if (action.type === 'focus') this.rovingFocus.moveFocus(action.id);
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
   * does nothing, when the tree has no such node. A tree still waiting for its scheduled draw is drawn first.
   */
  revealNode(id: string): boolean {
    this.drawNow(); // a tree whose (scheduled) draw has not run yet has no nodes to reveal
    const node = this.model?.byId.get(id);
    if (node) this.reveal(node);
    return !!node;
  }

  private reveal(node: TreeNode): void {
    const closed = ancestorIds(node).filter((id) => !this.expanded.has(id));
    if (closed.length > 0) this.expanded = new Set([...this.expanded, ...closed]);
    this.rovingFocus.focusAfterUpdate(node.id);
  }

  private onMousedown = (event: MouseEvent): void => {
    // The toggle is no tab stop: a click on it must leave focus on the tree item.
    if ((event.target as Element).closest?.('.toggle')) event.preventDefault();
  };

  private onClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    const id = nodeIdOf(target);
    if (!id || !this.model?.byId.has(id)) return;
    if (target.closest('.toggle')) {
      this.apply(this.expanded.has(id) ? { type: 'collapse', id } : { type: 'expand', ids: [id] });
      this.rovingFocus.focusAfterUpdate(id); // the toggle has already asked for the render
      return;
    }
    this.selectNode(id);
    this.rovingFocus.moveFocus(id, false);
  };

  private onHover = (event: PointerEvent): void => {
    const id = event.type === 'pointerover' ? nodeIdOf(event.target as Element) : undefined;
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.drawActive();
  };
}
