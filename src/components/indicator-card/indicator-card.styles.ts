import { css } from 'lit';

export const styles = css`
  :host {
    --_actual: var(--pc-indicator-card-actual-color, var(--_accent-color));
    --_target: var(--pc-indicator-card-target-color, var(--_target-color));
    --_grid: var(
      --pc-indicator-card-grid-color,
      var(--basis-color-default-border-subtle, light-dark(#d4d4d4, #474747))
    );
    --_frame: var(
      --pc-indicator-card-frame-color,
      var(--basis-color-default-border-subtle, light-dark(#c4c4c4, #5c5c5c))
    );
    --_chart-height: var(--pc-indicator-card-chart-height, 8.5rem);
    --_value-size: var(--pc-indicator-card-value-font-size, 2rem);
    --_met: var(--pc-indicator-card-met-color, var(--_positive-color));
    --_not-met: var(--pc-indicator-card-not-met-color, var(--_negative-color));
    --_unknown: var(--pc-indicator-card-unknown-color, var(--_muted-color));
    min-width: 240px;
    /* Until its first (scheduled) draw a card stands in at this size (see the base styles): what a card with a
       chart and an explanation measures in a 25rem column (37–53rem in the benchmark's dashboard), so the page's
       height and the cards drawn first are about right. */
    contain-intrinsic-size: auto 24rem auto 42rem;
  }
  p {
    margin: 0;
  }
  [hidden] {
    display: none !important;
  }
  .card {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_frame);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_color);
    /* Words wrap whole (no Dutch hyphenation patterns in every browser): the layout makes them fit, and only a
       string that cannot fit at all (a long code, a URL) breaks. hyphens: auto hyphenates where the browser can. */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  /* A string that cannot fit at all must not widen the card: it breaks (overflow-wrap) instead. */
  .card > *,
  .rich > * {
    min-width: 0;
  }
  @container (max-width: 22rem) {
    .card {
      padding: 0.75rem;
    }
    .card .description,
    .card .meta,
    .card .rich {
      font-size: 0.8125em;
    }
    .card table {
      font-size: 0.875em;
    }
    .card th,
    .card td {
      padding-inline-end: 0.5em;
    }
  }
  /* The narrowest cards: the 35-letter "Mantelzorgerstevredenheidsonderzoek" of a source still fits whole. */
  @container (max-width: 19rem) {
    .card .description,
    .card .meta {
      font-size: 0.75em;
    }
  }
  .title {
    font-family: var(--_heading-font-family);
    color: var(--_heading-color);
    font-weight: 700;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .description,
  .value-label,
  .last-known,
  .polarity,
  .meta,
  .no-values {
    color: var(--_muted-color);
  }
  .body {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 34rem) {
    .body {
      /* The facts column is at least as wide as the big figure with its unit. */
      grid-template-columns: minmax(min-content, 1fr) minmax(0, 2fr);
      align-items: start;
    }
    .value {
      font-size: min(var(--_value-size), 5cqi);
    }
  }
  .facts,
  .headline {
    display: grid;
    gap: 0.25em;
    align-content: start;
  }
  /* The big figure and its unit stay one word ("4.729 jeugdigen"): smaller in a narrow card so that it fits. */
  .value {
    font-size: min(var(--_value-size), 8cqi);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .value.missing {
    font-size: 1.25em;
  }
  .value-label,
  .last-known,
  .polarity,
  .meta,
  .legend,
  .description {
    font-size: 0.875em;
  }
  .verdict.yes {
    color: var(--_met);
  }
  .verdict.no {
    color: var(--_not-met);
  }
  .verdict.unknown {
    color: var(--_unknown);
  }
  .chart {
    min-width: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-block-end: 0.5em;
  }
  .key {
    display: inline-flex;
    gap: 0.375em;
    align-items: center;
  }
  .key::before {
    content: '';
    display: inline-block;
    flex: none;
  }
  .key.actual::before {
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_actual);
  }
  .bars .key.actual::before {
    border-radius: 0;
  }
  .key.target::before {
    width: 1.25em;
    height: 3px;
    background: var(--_target);
  }
  /* One period: the value against its target on one bar from the scale's start. */
  .single {
    font-size: 0.75em;
    color: var(--_muted-color);
    font-variant-numeric: tabular-nums;
  }
  .single-track {
    position: relative;
    height: 1.5rem;
    border: 1px solid var(--_grid);
  }
  .single-fill {
    height: 100%;
    background: var(--_actual);
  }
  .single-target {
    position: absolute;
    inset-block: -0.375rem;
    width: 3px;
    margin-inline-start: -1.5px;
    background: var(--_target);
  }
  .single-scale {
    display: flex;
    justify-content: space-between;
    padding-block-start: 0.25em;
  }
  .plot {
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-rows: var(--_chart-height) auto;
    padding-inline-end: 1rem;
    font-size: 0.75em;
    color: var(--_muted-color);
    font-variant-numeric: tabular-nums;
  }
  /* Tick labels in flow, spaced like the ticks: equal steps from 8% to 92% of the height (PLOT_TOP/BOTTOM). */
  .y-axis {
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    padding-block: calc(var(--_chart-height) * 0.08);
    padding-inline-end: 0.5em;
  }
  .y-axis span {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    height: 0;
    white-space: nowrap;
  }
  /* One equal column per slot; a label centred in its slot may overflow it. */
  .x-axis {
    grid-column: 2;
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    padding-block-start: 0.25em;
  }
  .x-axis span {
    display: flex;
    justify-content: center;
    white-space: nowrap;
  }
  @container (max-width: 28rem) {
    .x-axis .minor {
      visibility: hidden;
    }
  }
  svg {
    display: block;
  }
  .marks {
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .marks path,
  .marks rect {
    vector-effect: non-scaling-stroke;
  }
  /* The period slots lie below the marks (their focus fill never hides a mark) and take the pointer. */
  .mark-layer {
    pointer-events: none;
  }
  .grid {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .zero {
    stroke: var(--_color);
    stroke-width: 1.5;
  }
  .actual {
    fill: none;
    stroke: var(--_actual);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .target-marks {
    fill: none;
    stroke: var(--_target);
    stroke-width: 3;
  }
  .bar {
    fill: var(--_actual);
  }
  /* Dots are zero-length segments: their round caps stay circles however the chart is stretched. */
  .dots,
  .latest-halo,
  .latest-dot {
    fill: none;
    stroke-linecap: round;
  }
  .dots {
    stroke: var(--_actual);
    stroke-width: 9;
  }
  .latest-halo {
    stroke: var(--_background);
    stroke-width: 19;
  }
  .latest-dot {
    stroke: var(--_actual);
    stroke-width: 14;
  }
  .slot {
    fill: transparent;
    outline: none;
  }
  .slot:hover {
    fill: color-mix(in srgb, var(--_grid) 35%, transparent);
  }
  .slot:focus-visible {
    fill: color-mix(in srgb, var(--_focus-background) 30%, transparent);
    stroke: var(--_focus-color);
    stroke-width: 3;
  }
  .readout {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0 1rem;
    z-index: 1;
    transform: translateY(calc(-100% - 0.25rem));
    padding: 0.25em 0.5em;
    border-radius: var(--_radius);
    background: var(--_color);
    color: var(--_background);
    font-size: 1.0833em;
    line-height: 1.3;
    pointer-events: none;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125em 1em;
  }
  .meta span {
    min-width: 0;
  }
  .table-toggle {
    justify-self: start;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_accent-color);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent-color);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.75em 0.25em 0;
    border-block-end: 1px solid var(--_grid);
    text-align: end;
  }
  th:first-child {
    text-align: start;
  }
  summary {
    cursor: pointer;
    color: var(--_accent-color);
    font-weight: 600;
  }
  .rich {
    display: grid;
    gap: 0.5em;
    padding-block-start: 0.5em;
  }
  .rich ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  @media (forced-colors: active) {
    .grid {
      stroke: GrayText;
    }
    .single-fill,
    .single-target {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .single-track {
      border-color: GrayText;
    }
    .zero,
    .actual,
    .target-marks,
    .dots,
    .latest-dot {
      stroke: CanvasText;
    }
    .latest-halo {
      stroke: Canvas;
    }
    .bar {
      fill: CanvasText;
    }
    .key.actual::before,
    .key.target::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .slot:focus-visible {
      fill: transparent;
      stroke: Highlight;
    }
    .readout {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
    .verdict.yes,
    .verdict.no,
    .verdict.unknown {
      color: CanvasText;
    }
    .card {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .chart * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
      print-color-adjust: exact;
    }
    .table-toggle,
    .readout {
      display: none !important;
    }
    /* On paper the table is beneath the chart, open or not. */
    .table-wrap[hidden] {
      display: block !important;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    summary {
      color: var(--_color);
      list-style: none;
    }
  }
  /* Comparison series (reference values): each told apart by colour, line dash and marker shape. */
  :host {
    --_own: var(--_actual);
    --_c1: var(--pc-indicator-card-comparison-1-color, #6b2c91);
    --_c2: var(--pc-indicator-card-comparison-2-color, #a3440a);
    --_c3: var(--pc-indicator-card-comparison-3-color, #8a1f4f);
    --_c4: var(--pc-indicator-card-comparison-4-color, #4d4d4d);
  }
  .own {
    --_series: var(--_own);
    --_dash: solid;
  }
  .c1 {
    --_series: var(--_c1);
    --_dash: dashed;
  }
  .c2 {
    --_series: var(--_c2);
    --_dash: dotted;
  }
  .c3 {
    --_series: var(--_c3);
    --_dash: dashed;
  }
  .c4 {
    --_series: var(--_c4);
    --_dash: dotted;
  }
  .comparison {
    fill: none;
    stroke: var(--_series);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .comparison-casing {
    fill: none;
    stroke: var(--_background);
    stroke-width: 5;
    stroke-linejoin: round;
  }
  .comparison.c1 {
    stroke-dasharray: 7 4;
  }
  .comparison.c2 {
    stroke-dasharray: 2 3;
  }
  .comparison.c3 {
    stroke-dasharray: 10 3 2 3;
  }
  .comparison.c4 {
    stroke-dasharray: 1 5;
    stroke-linecap: round;
  }
  /* Marker shapes: own a circle, then square, diamond, triangle, inverted triangle. */
  .shape {
    display: inline-block;
    flex: none;
    width: 0.6875rem;
    height: 0.6875rem;
    background: var(--_series);
  }
  .shape.own {
    border-radius: 50%;
  }
  .shape.c2 {
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
    width: 0.8125rem;
    height: 0.8125rem;
  }
  .shape.c3 {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
    width: 0.8125rem;
  }
  .shape.c4 {
    clip-path: polygon(0 0, 100% 0, 50% 100%);
    width: 0.8125rem;
  }
  .key.c1::before,
  .key.c2::before,
  .key.c3::before,
  .key.c4::before {
    width: 1.5em;
    border-block-start: 2.5px var(--_dash) var(--_series);
  }
  /* A legend key: the line's dash with the series' marker on it. */
  .key .shape {
    width: 0.5625rem;
    height: 0.5625rem;
    margin-inline-start: -1.3em;
    margin-inline-end: 0.55em;
  }
  .plot.compared {
    grid-template-columns: auto minmax(0, 1fr) auto;
  }
  .plot.compared .y-axis {
    grid-area: 1 / 1;
  }
  .plot.compared .marks {
    grid-area: 1 / 2;
  }
  .markers {
    grid-area: 1 / 2;
    position: relative;
    pointer-events: none;
    /* A rim in the background colour around every marker (on the layer: a clip-path would cut its own). */
    filter: drop-shadow(0 0 1px var(--_background)) drop-shadow(0 0 1px var(--_background));
  }
  .markers .shape {
    position: absolute;
    transform: translate(-50%, -50%);
  }
  /* The labels sit in flow (the column is as wide as the widest, up to 9em, but never narrower than the longest
     word: a name such as "Voorbeeldgemeente" or "Leidschendam-Voorburg" wraps at spaces and hyphens, never inside
     a word), all in one cell, each moved down to its line's end. */
  .line-labels {
    grid-area: 1 / 3;
    display: grid;
    grid-template-columns: minmax(min-content, 1fr);
    max-width: 9em;
    min-width: min-content;
    padding-inline-start: 0.875rem;
  }
  .plot.compared {
    padding-inline-end: 0;
  }
  .line-label {
    grid-area: 1 / 1;
    align-self: start;
    min-width: 0;
    position: relative;
    top: var(--_y);
    transform: translateY(-50%);
    color: var(--_series);
    font-weight: 600;
    line-height: 1.1;
    overflow-wrap: break-word;
  }
  /* Narrow: a slimmer label column, and the municipality's own line is named by the legend and its large dot; its
     label takes no place, so the others sit at their lines (placed without it: --_y-narrow). */
  @container (max-width: 28rem) {
    .line-labels {
      max-width: 8em;
    }
    .line-label {
      top: var(--_y-narrow);
    }
    .line-label.own {
      display: none;
    }
  }
  /* The shape hangs in the column's start padding, so a long name keeps the whole width. */
  .line-label .shape {
    position: absolute;
    inset-inline-start: -0.625rem;
    inset-block-start: 0.25em;
    width: 0.5rem;
    height: 0.5rem;
  }
  .compare {
    display: grid;
    gap: 0.125em;
    font-size: 0.875em;
  }
  .compare-heading {
    color: var(--_muted-color);
  }
  .compare ul,
  .dot-compare {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .compare li {
    display: flex;
    gap: 0.375em;
    align-items: baseline;
  }
  .compare li .shape {
    width: 0.5625rem;
    height: 0.5625rem;
  }
  .dot-compare {
    display: grid;
    grid-template-columns: minmax(4em, max-content) minmax(4em, 1fr) max-content;
    gap: 0.5em 0.75em;
    align-items: center;
    font-variant-numeric: tabular-nums;
  }
  .dot-compare li {
    display: contents;
  }
  .dot-compare .name {
    display: flex;
    gap: 0.375em;
    align-items: center;
  }
  .dot-compare .own .name,
  .dot-compare .own .amount {
    font-weight: 700;
  }
  .dot-compare .amount {
    text-align: end;
  }
  .track {
    position: relative;
    height: 1.25rem;
    border-inline-start: 1px solid var(--_grid);
  }
  .stem {
    position: absolute;
    top: 50%;
    border-block-start: 3px var(--_dash) var(--_series);
    transform: translateY(-50%);
  }
  .track .shape {
    position: absolute;
    top: 50%;
    transform: translate(-50%, -50%);
  }
  @media (forced-colors: active) {
    .own,
    .c1,
    .c2,
    .c3,
    .c4 {
      --_series: CanvasText;
    }
    .comparison {
      stroke: CanvasText;
    }
    .comparison-casing {
      stroke: Canvas;
    }
    .key.c1::before,
    .key.c2::before,
    .key.c3::before,
    .key.c4::before {
      background: none;
    }
    .shape,
    .key::before {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
    }
    .stem {
      border-color: CanvasText;
    }
    .line-label {
      color: CanvasText;
    }
  }
`;
