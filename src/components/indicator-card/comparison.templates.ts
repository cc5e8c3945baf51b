/**
 * The comparison series' marks, as Lit templates the card places in its chart: lines in the stretched SVG,
 * markers and direct labels in HTML on top (so a square stays square however the chart is stretched), and the
 * single-period dot comparison. Rendering only: the numbers come from comparison.ts.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleProps } from '../../internal/style-props.js';
import { renderInline } from '../../internal/rich-text.js';
import { parseInline } from '../../lib/rich-text.js';
import type { ComparisonSeries, DotRow, LineLabel } from './comparison.js';

/** A series' style class: `own` for the municipality's own values, `c1`…`c4` for the comparisons. */
export const styleClass = (style: number): string => (style === 0 ? 'own' : `c${style}`);

/**
 * The comparison lines, for the SVG's mark layer (dash patterns per style, in CSS), each on a casing in the
 * background colour so it stays visible where it crosses bars or other lines.
 */
export function comparisonLines(series: readonly ComparisonSeries[]): TemplateResult[] {
  return series.map(
    (s) =>
      svg`<path class="comparison-casing" d=${s.path || nothing}></path><path class="comparison ${styleClass(s.style)}" d=${s.path || nothing}></path>`,
  );
}

/** The comparison markers (one shape per style) over the plot, at the same percentages as the SVG. */
export function comparisonMarkers(series: readonly ComparisonSeries[]): TemplateResult {
  return html`<div class="markers" aria-hidden="true">
    ${series.flatMap((s) =>
      s.markers.map(
        (m) =>
          html`<span
            class="shape ${styleClass(s.style)}"
            style=${styleProps({ left: `${m.x}%`, top: `${m.y}%` })}
          ></span>`,
      ),
    )}
  </div>`;
}

/**
 * The direct labels beside the lines' ends (in the plot's right-hand column). `narrow`: the same labels placed
 * without the municipality's own (a narrow card hides it, in CSS, and moves the others to these places).
 */
export function lineLabelColumn(labels: readonly LineLabel[], narrow: readonly LineLabel[]): TemplateResult {
  const own = labels.length - narrow.length;
  return html`<div class="line-labels" aria-hidden="true">
    ${labels.map(
      (l, i) =>
        html`<span
          class="line-label ${styleClass(l.style)}"
          style=${styleProps({ '--_y': `${l.y}%`, '--_y-narrow': i < own ? undefined : `${narrow[i - own].y}%` })}
          ><span class="shape ${styleClass(l.style)}"></span>${l.label}</span
        >`,
    )}
  </div>`;
}

/**
 * One period with comparisons: a row per series with its name, a stem from zero to the value in the series'
 * line style, its marker, and the value in words. A list a screen reader reads row by row.
 */
export function dotComparison(
  rows: readonly DotRow[],
  format: (value: number | null) => string,
  label: string,
): TemplateResult {
  return html`<ul class="dot-compare" part="comparison-chart" aria-label=${label}>
    ${rows.map(
      (row) =>
        html`<li class=${styleClass(row.style)}>
          <span class="name"
            ><span class="shape ${styleClass(row.style)}" aria-hidden="true"></span>${row.label}</span
          >
          <span class="track" aria-hidden="true">
            <span
              class="stem ${styleClass(row.style)}"
              style=${styleProps({ left: `${row.stemStart}%`, width: `${row.stemWidth}%` })}
            ></span>
            <span
              class="shape ${styleClass(row.style)}"
              ?hidden=${row.value === null}
              style=${styleProps({ left: `${row.x}%` })}
            ></span>
          </span>
          <span class="amount">${format(row.value)}</span>
        </li>`,
    )}
  </ul>`;
}

/** The comparisons in words beside the value: a heading ("Vergeleken (2023)") and a line per comparison. */
export function comparisonFacts(
  heading: string,
  lines: ReadonlyArray<{ style: number; text: string }>,
): TemplateResult {
  return html`<div class="compare" part="comparison">
    <p class="compare-heading">${heading}</p>
    <ul>
      ${lines.map(
        (line) =>
          html`<li><span class="shape ${styleClass(line.style)}" aria-hidden="true"></span>${line.text}</li>`,
      )}
    </ul>
  </div>`;
}

/** "Bron Nederland: CBS; peildatum 1 januari 2025" (the source may hold markdown-style links and emphasis). */
export function comparisonMeta(caption: string, source: string | undefined, date: string): TemplateResult {
  return html`<span
    >${caption}: ${source ? renderInline(parseInline(source)) : ''}${source && date ? '; ' : ''}${date}</span
  >`;
}
