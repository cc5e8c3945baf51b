import { css } from 'lit';

export const styles = css`
  :host {
    --_border-width: var(--pc-saldo-table-border-width, var(--basis-border-width-sm, 1px));
    --_header-background: var(
      --pc-saldo-table-header-background-color,
      var(--basis-color-default-bg-subtle, light-dark(#f3f3f3, #262626))
    );
    --_total-border-width: var(--pc-saldo-table-total-border-width, 2px);
    --_bar-negative: var(--pc-saldo-table-bar-negative-color, var(--_accent-color));
    --_bar-positive: var(--pc-saldo-table-bar-positive-color, var(--_positive-color));
    --_zero-line: var(--pc-saldo-table-zero-line-color, var(--_color));
    /* Until its first draw the table stands in at about its height with three goals and a total (see the base
       styles): 22rem in columns, 55rem stacked. The host cannot query its own container, so a phone-wide window
       stands for a column narrower than 36rem, where the rows stack. */
    contain-intrinsic-block-size: auto 22rem;
  }
  @media (max-width: 40rem) {
    :host {
      contain-intrinsic-block-size: auto 55rem;
    }
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    background: var(--_background);
    color: var(--_color);
  }
  caption {
    text-align: start;
    padding-block-end: calc(var(--_space) / 2);
    font-family: var(--_heading-font-family);
    color: var(--_heading-color);
  }
  /* The caption is as wide as the table; keep its text in view while the table scrolls sideways (320 px). */
  caption .title,
  caption .subtitle {
    display: block;
    position: sticky;
    inset-inline-start: 0;
    max-width: 100cqi;
  }
  caption .title {
    font-weight: 700;
  }
  caption .subtitle {
    color: var(--_muted-color);
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    border-block-end: var(--_border-width) solid var(--_border-color);
    vertical-align: top;
  }
  thead th {
    background: var(--_header-background);
    text-align: end;
    vertical-align: bottom;
  }
  thead th:first-child,
  th[scope='row'] {
    text-align: start;
  }
  th[scope='row'] {
    font-weight: 400;
    min-width: 12em;
    max-width: 28em;
    overflow-wrap: break-word;
    hyphens: auto;
    position: sticky;
    inset-inline-start: 0;
    background: var(--_background);
  }
  thead th:first-child {
    position: sticky;
    inset-inline-start: 0;
  }
  .num {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-block-start: var(--_total-border-width) solid var(--_color);
  }
  .bar-cell {
    padding-inline: 0.25em;
  }
  .bar {
    display: block;
    /* Centre the bar on the first line of the number beside it. */
    margin-block-start: calc((1lh - 16px) / 2);
  }
  .bar .negative {
    fill: var(--_bar-negative);
  }
  .bar .positive {
    fill: var(--_bar-positive);
  }
  .bar .zero {
    stroke: var(--_zero-line);
    stroke-width: 1;
  }
  .marker a {
    padding-inline-start: 0.125em;
    font-weight: 400;
  }
  .footnotes {
    margin: calc(var(--_space) / 2) 0 0;
    padding-inline-start: 1.5em;
    font-size: 0.875em;
  }
  .note {
    margin: calc(var(--_space) / 2) 0 0;
    font-size: 0.875em;
    color: var(--_muted-color);
  }
  .download {
    margin-block-start: var(--_space);
    font: inherit;
    padding: 0.375em 0.75em;
    border: var(--_border-width) solid var(--_accent-color);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent-color);
    cursor: pointer;
  }
  .download:hover {
    text-decoration: underline;
  }
  .footnotes li:focus-visible,
  .scroll:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }
  .cell-label {
    display: none;
  }
  /*
   * Narrow containers (a phone): each goal is a block with its name, then its saldo (the figure that matters)
   * with its bar, then the other figures, each labelled. The table stays a table for assistive technology
   * (Chromium keeps table semantics whatever the display), its column headers only visually hidden.
   */
  @container (max-width: 35.98rem) {
    .scroll {
      overflow-x: visible;
    }
    table,
    tbody,
    tfoot,
    tr,
    th,
    td {
      display: block;
    }
    caption {
      display: block;
    }
    caption .title,
    caption .subtitle {
      position: static;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: 0.5em;
      padding-block: 0.375em;
      border-block-end: var(--_border-width) solid var(--_border-color);
    }
    th,
    td {
      padding: 0.125em 0;
      border: 0;
    }
    th[scope='row'] {
      grid-column: 1 / -1;
      position: static;
      min-width: 0;
      max-width: none;
      font-weight: 700;
    }
    td.num {
      grid-column: 1 / -1;
      display: flex;
      justify-content: space-between;
      gap: 0.5em;
      order: 3;
    }
    td.num.balance {
      order: 1;
      grid-column: 1;
      font-weight: 700;
    }
    .bar-cell {
      order: 2;
      grid-column: 2;
      padding: 0.125em 0;
    }
    td.num.difference.balance {
      order: 3;
      grid-column: 1 / -1;
      font-weight: 400;
    }
    .cell-label {
      display: inline;
      white-space: normal;
    }
    tfoot th,
    tfoot td {
      border: 0;
    }
    tfoot td.num.balance {
      grid-column: 1 / -1;
    }
    tfoot .bar-cell {
      display: none;
    }
    tfoot tr {
      border-block-start: var(--_total-border-width) solid var(--_color);
    }
  }
  @media (forced-colors: active) {
    .bar .negative,
    .bar .positive {
      fill: CanvasText;
    }
    .bar .zero {
      stroke: CanvasText;
    }
    .download {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  /* On paper the whole table, bars included: no scroller, a smaller type if the page is narrow. */
  @media print {
    .scroll {
      overflow: visible;
    }
    table {
      font-size: 0.75em;
    }
  }
`;
