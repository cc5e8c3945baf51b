import { css } from 'lit';

/*
 * Box metrics (padding, line heights, font sizes, width) match NODE in the layout module beside this file (tree-layout.ts): heights are
 * estimated there, not measured. Font sizes are in rem so that a theme's body size does not outgrow the boxes.
 */
export const styles = css`
  :host {
    --_node-background: var(
      --pc-goal-tree-node-background-color,
      var(--basis-color-default-bg-document, light-dark(#ffffff, #161616))
    );
    --_node-border: var(--pc-goal-tree-node-border-color, var(--_border-color));
    --_link-color: var(--pc-goal-tree-link-color, light-dark(#767676, #8f8f8f));
    --_crosslink-color: var(--pc-goal-tree-crosslink-color, var(--_accent-color));
    --_selected-border: var(--pc-goal-tree-selected-border-color, var(--_accent-color));
    --_selected-background: var(--pc-goal-tree-selected-background-color, light-dark(#e8f1f6, #0f3346));
    --_max-height: var(--pc-goal-tree-max-height, 40rem);
    --_indent: var(--pc-goal-tree-indent, 1.25rem);
    /* Until its first draw the tree stands in at about its height (see the base styles): the scroll box at its
       most plus the caption, legend and details (demo trees of 17–50 nodes). Narrower than 30rem it is a list
       that flows (about 90rem for those trees); the host cannot query its own container, so a phone-wide window
       stands for it. */
    contain-intrinsic-block-size: auto calc(var(--_max-height) + 12rem);
  }
  @media (max-width: 31.25rem) {
    :host {
      contain-intrinsic-block-size: auto 90rem;
    }
  }
  .caption {
    margin: 0 0 0.5rem;
    font-family: var(--_heading-font-family);
    color: var(--_heading-color);
    font-weight: 700;
  }
  /* The focused box's ancestors when some are out of view. One line, its room always kept: the page never
     shifts when it fills. */
  .path {
    display: flex;
    gap: 0.375rem;
    min-height: 1.25rem;
    margin: 0 0 0.25rem;
    overflow: hidden;
    color: var(--_muted-color);
    font-size: 0.8125rem;
    line-height: 1.25rem;
    white-space: nowrap;
  }
  /* Earlier ancestors give way first; the parent keeps most of its title. */
  .path span {
    min-width: 2.5em;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .path span:last-child {
    flex: none;
    max-width: 60%;
  }
  .scroll {
    overflow: auto;
    /* Room for the focus ring wherever a box is scrolled into view. */
    scroll-padding: 8px;
    max-height: var(--_max-height);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .canvas {
    position: relative;
  }
  /* The base sets box-sizing: inherit on every element; with thousands of nodes that inheritance costs over a
     second of style recalculation in Chromium. A plain value here gives the same result at a fraction. */
  .canvas,
  .canvas * {
    box-sizing: border-box;
  }
  .links,
  .overlay {
    position: absolute;
    inset: 0;
    overflow: visible;
  }
  /* Over the boxes (links and rings keep clear of them); the pointer reaches the boxes beneath. */
  .overlay {
    z-index: 1;
    pointer-events: none;
  }
  .link {
    fill: none;
    stroke: var(--_link-color);
    stroke-width: 1.5;
  }
  .crosslink {
    fill: none;
    stroke: var(--_crosslink-color);
    stroke-width: 2.5;
  }
  .crosslink.via-collapsed {
    stroke-dasharray: 3 4;
  }
  .end {
    fill: none;
    stroke: var(--_crosslink-color);
    stroke-width: 2;
    stroke-dasharray: 5 3;
  }
  .badge rect {
    fill: var(--_node-background);
    stroke: var(--_crosslink-color);
  }
  .badge text {
    fill: var(--_crosslink-color);
    font-size: 0.6875rem;
    text-anchor: middle;
  }
  .arrowhead {
    fill: var(--_crosslink-color);
  }
  .tree {
    position: absolute;
    inset: 0;
    margin: 0;
    padding: 0;
  }
  .item {
    position: absolute;
    /* Boxes outside the scrolled view skip layout and paint (they stay in the accessibility tree). With windowing
       (over 300 open nodes) at most a few hundred items exist, which bounds what a focus move lays out. */
    content-visibility: auto;
    box-sizing: border-box;
    padding: 8px 10px;
    border: 1px solid var(--_node-border);
    border-radius: var(--_radius);
    background: var(--_node-background);
    cursor: pointer;
    font-size: 0.875rem;
    line-height: 1.25rem;
    /* Words wrap whole: boxes are as wide as the longest word (boxWidthFor), list items at least as wide. */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .title {
    display: block;
    font-weight: 600;
  }
  .status,
  .rollup {
    display: block;
    font-size: 0.8125rem;
    line-height: 1.125rem;
  }
  .title + .status,
  .title + .rollup {
    margin-block-start: 4px;
  }
  .rollup {
    color: var(--_muted-color);
  }
  /* Status icons drawn in CSS: no elements per node, nothing to fetch (CSP-safe), and no text, so that what a box
     shows is exactly its accessible name. Decorative: the status is always written out beside the icon.
     ✓ filled circle with a tick · ✕ filled circle with a cross · ◐ half-filled · ◌ ring with a dot. */
  .status {
    position: relative;
    display: flex;
    align-items: center;
    gap: 4px;
    --_mark: var(--_node-background);
  }
  .status::before {
    content: '';
    flex: none;
    box-sizing: border-box;
    width: 14px;
    height: 14px;
    border: 2px solid var(--_icon-color);
    border-radius: 50%;
    background: var(--_icon-color);
  }
  .achieved {
    --_icon-color: var(--_positive-color);
  }
  .achieved::after {
    content: '';
    position: absolute;
    inset-inline-start: 5px;
    top: calc(50% - 5px);
    width: 4px;
    height: 7px;
    border: solid var(--_mark);
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  .not-achieved {
    --_icon-color: var(--_negative-color);
  }
  .not-achieved::before {
    background:
      linear-gradient(45deg, transparent 40%, var(--_mark) 40% 60%, transparent 60%) center / 8px 8px
        no-repeat,
      linear-gradient(-45deg, transparent 40%, var(--_mark) 40% 60%, transparent 60%) center / 8px 8px
        no-repeat,
      var(--_icon-color);
  }
  .in-progress {
    --_icon-color: var(--_accent-color);
  }
  .in-progress::before {
    background: conic-gradient(var(--_icon-color) 0 50%, transparent 0);
  }
  .unknown {
    --_icon-color: var(--_muted-color);
  }
  .unknown::before {
    background: radial-gradient(circle, var(--_icon-color) 0 2px, transparent 2.5px);
  }
  .item[aria-selected='true'] {
    border-color: var(--_selected-border);
    box-shadow: inset 0 0 0 2px var(--_selected-border);
    background: var(--_selected-background);
  }
  .item:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }
  /* Inside the box (content-visibility clips what overflows it), in space kept free on the inline end. */
  .item.parent {
    padding-inline-end: 32px;
  }
  .toggle {
    position: absolute;
    inset-inline-end: 5px;
    top: 50%;
    transform: translateY(-50%);
    width: 22px;
    height: 22px;
    padding: 0;
    border: 1px solid var(--_node-border);
    border-radius: 50%;
    background: var(--_node-background);
    color: var(--_color);
    cursor: pointer;
  }
  /* − when open, + when closed, drawn with two bars. */
  .toggle::before,
  .toggle::after {
    content: '';
    position: absolute;
    inset: 50% auto auto 50%;
    width: 10px;
    height: 2px;
    margin: -1px 0 0 -5px;
    background: currentColor;
  }
  .toggle::after {
    transform: rotate(90deg);
  }
  .item[aria-expanded='true'] > .toggle::after {
    display: none;
  }
  .hint {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--_muted-color);
  }
  .details {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }
  .details h3 {
    margin: 0 0 0.5rem;
    font-family: var(--_heading-font-family);
    color: var(--_heading-color);
    font-size: 1.125rem;
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 0.5rem;
  }
  .details dl > div {
    display: contents;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
  }
  .details p,
  .details ul {
    margin: 0.5rem 0 0;
  }
  .details .muted {
    color: var(--_muted-color);
  }
  .goto {
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_crosslink-color);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_crosslink-color);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .goto-list li + li {
    margin-block-start: 0.25rem;
  }

  /* Narrow containers: the same DOM as an indented list, indented by each item's depth. */
  @container (max-width: 479.98px) {
    .scroll {
      max-height: none;
    }
    .tree {
      --_indent: var(--pc-goal-tree-indent, 0.75rem);
    }
    .canvas {
      width: auto !important;
      height: auto !important;
      padding: 0.5rem;
    }
    .links,
    .overlay,
    .path,
    .hint-links {
      display: none;
    }
    .tree {
      position: static;
    }
    .item {
      position: relative !important;
      left: auto !important;
      top: auto !important;
      width: auto !important;
      height: auto !important;
      margin-block-end: 0.375rem;
      margin-inline-start: calc(var(--_depth) * var(--_indent));
      padding-inline-start: 2.25rem;
      /* At least as wide as its longest word: on the narrowest phones the list scrolls rather than break it. */
      min-width: min-content;
      /* The list flows: an item skipped off screen would stand in at no height, and the page would grow as a
         reader scrolls to it. Every item is laid out (the narrow list is never windowed). */
      content-visibility: visible;
    }
    .item.parent {
      padding-inline-end: 10px;
    }
    .toggle {
      inset-inline-start: 0.5rem;
      inset-inline-end: auto;
      top: 0.5rem;
      transform: none;
    }
  }

  @media (forced-colors: active) {
    .item,
    .toggle {
      border-color: CanvasText;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    .status {
      --_icon-color: CanvasText;
      --_mark: Canvas;
    }
    .status::before,
    .status::after {
      forced-color-adjust: none;
    }
    .arrowhead {
      fill: LinkText;
    }
    .link {
      stroke: CanvasText;
    }
    .crosslink,
    .end,
    .badge rect {
      stroke: LinkText;
    }
    .badge text {
      fill: LinkText;
    }
    .item[aria-selected='true'] {
      border-color: Highlight;
      box-shadow: inset 0 0 0 2px Highlight;
    }
    .item:focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .scroll {
      scroll-behavior: auto;
    }
  }
  /* On paper: the open part of the tree as the indented list (no scroller to clip it), without hint or details. */
  @media print {
    .scroll {
      max-height: none;
      overflow: visible;
      border: 0;
    }
    .canvas {
      width: auto !important;
      height: auto !important;
    }
    .links,
    .overlay,
    .path,
    .hint,
    .details {
      display: none;
    }
    .tree {
      position: static;
    }
    .item {
      position: relative !important;
      left: auto !important;
      top: auto !important;
      width: auto !important;
      height: auto !important;
      margin-block-end: 0.25rem;
      margin-inline-start: calc(var(--_depth) * var(--_indent));
      break-inside: avoid;
    }
  }
`;
