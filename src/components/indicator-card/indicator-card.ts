import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { PcElement, type SelectResult } from '../../internal/pc-element.js';
import { baseStyles, hostTokens } from '../../internal/shared-styles.js';
import { indicatorCardStrings } from './indicator-card.strings.js';
import { findIndicator } from '../../lib/lookup.js';
import { inputsChanged } from '../../lib/memo.js';
import { formatDate, periodLabel } from '../../lib/period.js';
import { parseInline, parseRichText, type RichBlock } from '../../lib/rich-text.js';
import { renderInline, renderRich } from '../../internal/rich-text.js';
import {
  CHART_VARIANTS,
  labelIndices,
  trendView,
  type ChartVariant,
  type TrendPoint,
  type TrendView,
} from './trend.js';
import { coord } from './trend-periods.js';
import {
  comparisonSeries,
  comparisonValues,
  dotRows,
  lineLabels,
  statementsAt,
  withComparisonPeriods,
  type ComparisonSeries,
  type ComparisonStatement,
} from './comparison.js';
import {
  comparisonFacts,
  comparisonLines,
  comparisonMarkers,
  comparisonMeta,
  dotComparison,
  lineLabelColumn,
  styleClass,
} from './comparison.templates.js';
import { comparisonSentences, statementText } from './comparison-wording.js';
import { changeText, summaryText, tickText, valueText, type CardWording } from './card-wording.js';
import type { Indicator, PcDocument } from '../../schema/types.js';
import { styles } from './indicator-card.styles.js';
import { ExportController, sourceLine } from '../../internal/export-controller.js';
import { exportStyles } from '../../internal/export.styles.js';
import { styleProps } from '../../internal/style-props.js';

/** A slot without a label (a period left out, or one the axis skips): a gap, not an empty label. */
const EMPTY_SLOT = html`<div></div>`;

/** The mark inside the verdict's circle: a check (Ja), a cross (Nee), a question mark (?). */
const VERDICT_MARKS = {
  yes: 'M4.8 8.4l2.2 2.2 4.2-4.6',
  no: 'M5.5 5.5l5 5M10.5 5.5l-5 5',
  unknown: 'M6 6.3a2 2 0 1 1 2.6 1.9c-.4.2-.6.5-.6.9v.6M8 11.4v.4',
};

/**
 * One indicator of a P&C document as a card: the latest actual with its unit, that period's target, the
 * document's own verdict (icon and text; "?" is its own state), the change against the previous period in words,
 * the polarity where known, a trend chart over all periods (actual as a line or bars, targets as markers, gaps
 * where a value is missing), source, reference date and the explanation behind a disclosure. Comparison series
 * (reference values such as "Nederland") are their own lines, labelled at the line and told apart by dash, marker
 * shape and colour, said in words ("lager dan Nederland (47,4%)"); one period with comparisons is a dot comparison. The chart has a text
 * summary, a data table alternative and one tab stop: the arrow keys, Home and End move between the periods.
 *
 * @summary Indicator trend card: "Realisatie 2025: 4.729 jeugdigen, begroting 4.800; doel gehaald".
 *
 * @csspart card - The card (a `figure` named by its title).
 * @csspart title - The indicator's title (the figure's caption).
 * @csspart value - The latest actual value, large.
 * @csspart target - The target of the latest period, or "Kengetal".
 * @csspart change - The change against the previous period ("+1,2 procentpunt t.o.v. 2024").
 * @csspart verdict - "Doel gehaald: Ja / Nee / ?" with its icon.
 * @csspart chart - The trend chart (legend, axes, marks and points).
 * @csspart point - A focusable data point (one per period).
 * @csspart meta - Source (bron) and reference date (peildatum).
 * @csspart table-toggle - The button that shows the data table.
 * @csspart table - The data table.
 * @csspart explanation - The explanation (toelichting) disclosure.
 * @csspart comparison - The comparisons in words beside the value ("Lager dan Nederland (47,4%)").
 * @csspart comparison-chart - One period with comparisons: the dot comparison (a row per series).
 *
 * @cssproperty --pc-indicator-card-actual-color - Line, bars and dots of the actual values (the accent colour).
 * @cssproperty --pc-indicator-card-target-color - Target markers (the target colour, #1a1a1a).
 * @cssproperty --pc-indicator-card-grid-color - Horizontal grid lines (#d4d4d4; decoration, not a mark).
 * @cssproperty --pc-indicator-card-frame-color - The card's border (#c4c4c4).
 * @cssproperty --pc-indicator-card-chart-height - Height of the plot area (8.5rem).
 * @cssproperty --pc-indicator-card-value-font-size - Size of the latest value (2rem).
 * @cssproperty --pc-indicator-card-met-color - Verdict "Ja" (the positive colour).
 * @cssproperty --pc-indicator-card-not-met-color - Verdict "Nee" (the negative colour).
 * @cssproperty --pc-indicator-card-unknown-color - Verdict "?" (the muted colour).
 * @cssproperty --pc-indicator-card-comparison-1-color - First comparison series (#6b2c91; dashed, squares).
 * @cssproperty --pc-indicator-card-comparison-2-color - Second comparison series (#a3440a; dotted, diamonds).
 * @cssproperty --pc-indicator-card-comparison-3-color - Third comparison series (#8a1f4f; dash-dot, triangles).
 * @cssproperty --pc-indicator-card-comparison-4-color - Fourth comparison series (#4d4d4d; dots, inverted
 *   triangles); a fifth and further repeat the styles from the first.
 * @cssproperty --pc-indicator-card-font-family - Also: -font-size, -line-height, -color, -muted-color,
 *   -background-color, -border-color, -accent-color, -focus-color, -space, -border-radius, -heading-font-family,
 *   -heading-color.
 *
 * @attr {string} indicator - id of the indicator to show (any programme, any goal of the document). Required.
 * @attr {'line' | 'bars'} [variant=line] - `line`: actual as a line with dots; `bars`: actual as bars from zero.
 *
 * @event {CustomEvent<PcLoadDetail>} pc-load - The document loaded and the indicator was found.
 * @event {CustomEvent<PcErrorDetail>} pc-error - The element shows an error (`missing-attribute`, `unknown-id`,
 *   `http-error`, …).
 */
export class PcIndicatorCard extends PcElement<Indicator> {
  static override styles = [baseStyles, hostTokens('indicator-card'), styles, exportStyles];
  /** Lit's reactive properties (declared below as class fields); `state`: internal, no attribute. */
  static override properties: PropertyDeclarations = {
    indicator: {},
    variant: { reflect: true },
    openTable: { type: Boolean, attribute: 'table-open' },
    tableOpen: { state: true, attribute: false },
  };

  /** id of the indicator to show (any programme, any goal of the document). */
  indicator?: string;

  /** `line` (default): actual as a line with dots; `bars`: actual as bars from zero. */
  variant?: string;

  /** The data table starts open (pre-rendered pages set it: without JavaScript nothing can open it). */
  openTable = false;

  protected readonly catalogue = indicatorCardStrings;
  protected readonly selectionKeys = ['indicator'] as const;

  private tableOpen = false;
  private view?: TrendView;
  private readonly viewChanged = inputsChanged();
  private shownIndicator?: Indicator;
  private explanation: RichBlock[] = [];
  /** The comparison series on the view's points (empty without comparisons). */
  private comparisons: ComparisonSeries[] = [];
  private exporter = new ExportController(this, {
    ...this.exportBasics(() => this.selection!.id),
    csv: () => {
      const ind = this.selection!;
      const unit = ind.unitLabel ?? { percent: '%', euro: '€' }[ind.unit as string];
      const withUnit = (label: string) => (unit ? `${label} (${unit})` : label);
      return [
        [
          this.t('card.table.period'),
          withUnit(this.t('card.table.target')),
          withUnit(this.t('card.table.actual')),
          ...this.comparisons.map((s) => withUnit(s.label)),
        ],
        ...this.view!.points.map((p, i) => [
          periodLabel(p.period, this.locale, this.words),
          p.target,
          p.actual,
          ...this.comparisons.map((s) => s.values[i]),
        ]),
      ];
    },
    image: () => ({
      exclude: '.table-toggle, .table-wrap, .explanation, .readout, .pc-export, .meta',
      sourceLine: sourceLine(
        this.t('common.source'),
        this.doc!,
        [
          this.selection!.source,
          this.selection!.referenceDate &&
            `${this.t('card.referenceDate')} ${formatDate(this.selection!.referenceDate, this.locale)}`,
        ]
          .filter(Boolean)
          .join(', '),
      ),
    }),
  });
  /** The roving tab stop among the points. Moving it changes two attributes, no render. */
  private active = 0;

  protected select(doc: PcDocument): SelectResult<Indicator> {
    if (!this.indicator) return this.missingAttribute('indicator', 'indicator');
    const found = findIndicator(doc, this.indicator);
    return found ? { selection: found.indicator } : this.unknownId('indicator', 'indicator', this.indicator);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const variant: ChartVariant = this.option('variant', CHART_VARIANTS, 'line', changed);
    const indicator = this.selection;
    if (!indicator || !this.viewChanged([indicator, variant])) return;
    if (indicator !== this.shownIndicator) this.tableOpen = this.openTable;
    this.shownIndicator = indicator;
    // Periods only a comparison has join the time axis; reference values join the value axis.
    this.view = trendView(withComparisonPeriods(indicator), variant, comparisonValues(indicator));
    this.comparisons = comparisonSeries(indicator, this.view);
    this.active = this.view.latest ?? Math.max(0, this.view.points.length - 1);
    this.explanation = indicator.explanation ? parseRichText(indicator.explanation) : [];
  }

  /** A value with its unit ("4.729 jeugdigen", "48%"); `short` drops a count's label ("4.800"). */
  /** The card's wording (./card-wording.ts) for the shown indicator. */
  private wording(): CardWording {
    return { indicator: this.selection!, locale: this.locale, t: this.words };
  }

  private value(value: number | null, short = false): string {
    return valueText(this.wording(), value, short);
  }

  /** What the comparisons say, at the latest period with the municipality's own value. */
  private statements(view: TrendView): { period: string; statements: ComparisonStatement[] } | undefined {
    const index = view.lastActual;
    if (this.comparisons.length === 0 || index === undefined) return undefined;
    const point = view.points[index];
    return {
      period: periodLabel(point.period, this.locale, this.words),
      statements: statementsAt(this.selection!, this.comparisons, index, point.actual),
    };
  }

  /** " Vergeleken (2023): 0,75, hoger dan Nederland (0,70) en hoger dan Zuid-Holland (0,68)." */
  private comparisonSentences(view: TrendView): string {
    const told = this.statements(view);
    if (!told) return '';
    const own = this.value(view.points[view.lastActual!].actual);
    const text = comparisonSentences(told.statements, told.period, own, this.say, this.shortValue);
    return text ? ` ${text}` : '';
  }

  private readonly say = (key: string, params?: Record<string, unknown>): string => this.t(key, params);
  private readonly shortValue = (value: number | null): string => this.value(value, true);

  private renderComparisonFacts(view: TrendView): TemplateResult | typeof nothing {
    const told = this.statements(view);
    if (!told) return nothing;
    return comparisonFacts(
      this.t('card.compare.heading', { period: told.period }),
      told.statements.map((s) => ({
        style: s.style,
        // As the catalogue writes it: no case change (a list under its heading; a label from data keeps its case).
        text: statementText(s, told.period, this.say, this.shortValue),
      })),
    );
  }

  /** One period: the value against its target on one bar from the scale's start. */
  private renderSingle(
    view: TrendView,
    single: NonNullable<TrendView['single']>,
    tick: (value: number) => string,
  ): TemplateResult {
    return html`<div class="single" aria-hidden="true">
      <div class="single-track">
        ${single.actual === null ? nothing : html`<div class="single-fill" style=${styleProps({ width: `${single.actual}%` })}></div>`}
        ${single.target === null ? nothing : html`<div class="single-target" style=${styleProps({ 'inset-inline-start': `${single.target}%` })}></div>`}
      </div>
      <div class="single-scale"><span>${tick(view.domain[0])}</span><span>${tick(view.domain[1])}</span></div>
    </div>`;
  }

  /** One period with comparisons: the municipality's value and the reference values as a dot comparison. */
  private renderDots(view: TrendView, title: string): TemplateResult {
    const point = view.points[0];
    const statements = statementsAt(this.selection!, this.comparisons, 0, point.actual);
    const own = this.doc?.municipality.name ?? this.t('card.legend.actual');
    const { rows } = dotRows(own, point.actual, statements);
    return dotComparison(rows, (v) => this.value(v, true), this.t('card.compare.chart', { title }));
  }

  /** Source and reference date of a comparison, where they differ from the indicator's. */
  private renderComparisonMeta(): TemplateResult[] {
    return this.comparisons
      .filter((s) => s.source || s.referenceDate)
      .map((s) =>
        comparisonMeta(
          this.t('card.compare.source', { label: s.label }),
          s.source,
          s.referenceDate
            ? this.t('card.compare.referenceDate', { date: formatDate(s.referenceDate, this.locale) })
            : '',
        ),
      );
  }

  protected renderContent(indicator: Indicator): TemplateResult {
    const view = this.view!;
    const latest = view.latest === undefined ? undefined : view.points[view.latest];
    // One template with conditional parts hidden, rather than many small ones: 50 cards on a page stay cheap.
    // Chromium names a figure by its figcaption only through aria-labelledby (its accessibility tree had "").
    return html`<figure class="card" part="card" aria-labelledby="title">
      <figcaption class="title" part="title">
        <span id="title" role="heading" aria-level=${this.heading}>${indicator.title}</span>
      </figcaption>
      <p class="description" ?hidden=${!indicator.description}>${indicator.description ?? ''}</p>
      ${
        latest
          ? this.renderBody(view, latest, indicator.title)
          : html`<p class="no-values">${this.t('card.noValues')}</p>
              ${this.renderVerdict(view)}`
      }
      <p
        class="meta"
        part="meta"
        ?hidden=${!indicator.source && !indicator.referenceDate && this.renderComparisonMeta().length === 0}
      >
        <span ?hidden=${!indicator.source}
          >${this.t('common.source')}:
          ${indicator.source ? renderInline(parseInline(indicator.source)) : ''}</span
        >
        <span ?hidden=${!indicator.referenceDate}
          >${this.t('card.referenceDate')}:
          ${indicator.referenceDate ? formatDate(indicator.referenceDate, this.locale) : ''}</span
        >
        ${this.renderComparisonMeta()}
      </p>
      ${latest ? this.renderTable(view, indicator.title) : nothing}
      ${
        this.explanation.length > 0
          ? html`<details class="explanation" part="explanation">
              <summary>${this.t('card.explanation')}</summary>
              <div class="rich">${renderRich(this.explanation)}</div>
            </details>`
          : nothing
      }
      ${this.exporter.render()}
    </figure>`;
  }

  private renderVerdict(view: TrendView): TemplateResult {
    const verdict = view.verdict === 'none' ? 'unknown' : view.verdict;
    return html`<p class="verdict ${verdict}" part="verdict" ?hidden=${view.verdict === 'none'}>
      <svg class="icon" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.5"></circle>
        <path d=${VERDICT_MARKS[verdict]}></path>
      </svg>
      <span>${view.verdict === 'none' ? '' : this.t(`card.verdict.${view.verdict}`)}</span>
    </p>`;
  }

  /** Facts beside (or above) the chart: latest value, target, change, polarity, verdict; then the chart. */
  private renderBody(view: TrendView, latest: TrendPoint, title: string): TemplateResult {
    const period = periodLabel(latest.period, this.locale, this.words);
    const known = view.lastActual === undefined ? undefined : view.points[view.lastActual];
    const lastKnown =
      latest.actual === null && known
        ? this.t('card.lastKnown', {
            value: this.value(known.actual),
            period: periodLabel(known.period, this.locale, this.words),
          })
        : '';
    const target =
      latest.target !== null
        ? this.t('card.target', { period, value: this.value(latest.target) })
        : this.t(view.hasTarget ? 'card.noTarget' : 'card.keyFigure', { period });
    const change = view.change ? changeText(this.wording(), view) : '';
    const summary = summaryText(this.wording(), view, latest, change, this.comparisonSentences(view));
    const tick = (value: number) => tickText(view, this.locale, value);
    // The x axis is a row of equal slots; a label sits in its period's slot, thinned when narrow.
    const labelled = new Map(view.xLabels.wide.map((i) => [view.points[i].slot, i]));
    // Beside a column of line labels, a narrow card has room for three period labels.
    const narrow = new Set(
      this.comparisons.length > 0 ? labelIndices(view.points.length, 3) : view.xLabels.narrow,
    );
    const slots = Array.from({ length: view.slots }, (_, slot) => labelled.get(slot));
    // One period with comparisons (the common BBV case) is a dot comparison, not a line with one point.
    const single = view.points.length === 1 && this.comparisons.length > 0;
    // One period without comparisons: with a target, its value against it on one bar (a dot on an empty grid says
    // less); without a target (a kengetal), no graphic: the figure says it all.
    const bar = view.points.length === 1 && !single ? view.single : null;
    const noPlot = view.points.length === 1;
    return html`<div class="body">
      <div class="facts">
        <p class="value-label">${this.t('card.actualLabel', { period })}</p>
        <p class="value ${latest.actual === null ? 'missing' : ''}" part="value">
          ${latest.actual === null ? this.t('card.notYetKnown') : this.value(latest.actual)}
        </p>
        <p class="last-known" ?hidden=${!lastKnown}>${lastKnown}</p>
        <p class="target" part="target">${target}</p>
        <p class="change" part="change" ?hidden=${!change}>${change}</p>
        <p class="polarity" ?hidden=${!view.polarity}>
          ${view.polarity ? this.t(`card.polarity.${view.polarity}`) : ''}
        </p>
        ${this.renderVerdict(view)} ${this.renderComparisonFacts(view)}
      </div>
      <div class="chart ${view.variant}" part="chart">
        <!-- Hidden: the facts above already say these figures; the chart's description (aria-describedby) still
          reads it when the chart has focus, so it is heard once in reading order. -->
        <p class="summary" id="summary" hidden>${summary}</p>
        ${single ? this.renderDots(view, title) : bar ? this.renderSingle(view, bar, tick) : nothing}
        <p class="legend" aria-hidden="true" ?hidden=${single || (noPlot && !bar)}>
          <span class="key actual" ?hidden=${view.lastActual === undefined}
            >${this.t('card.legend.actual')}</span
          >
          <span class="key target" ?hidden=${!view.hasTarget}>${this.t('card.legend.target')}</span>
          ${this.comparisons.map(
            (s) =>
              html`<span class="key ${styleClass(s.style)}"
                ><span class="shape ${styleClass(s.style)}"></span>${s.label}</span
              >`,
          )}
        </p>
        <div class="plot ${this.comparisons.length > 0 ? 'compared' : ''}" ?hidden=${noPlot}>
          <div class="y-axis" aria-hidden="true">
            ${view.ticks.map((_, i) => html`<span>${tick(view.ticks[view.ticks.length - 1 - i].value)}</span>`)}
          </div>
          <svg
            class="marks"
            viewBox="0 0 100 100"
            preserveAspectRatio="none"
            role="group"
            tabindex="-1"
            aria-label=${this.t('card.chart', { title })}
            aria-describedby="summary keys"
            @keydown=${this.onKeydown}
            @focusin=${this.onFocusin}
            @focusout=${this.onFocusout}
          >
            ${view.points.map((point, i) => this.renderPoint(view, point, i))}
            <g class="mark-layer" aria-hidden="true">
              <path class="grid" d=${view.ticks.map((t) => `M0,${t.y}H100`).join('')}></path>
              <path class="zero" d=${view.zeroY === null ? nothing : `M0,${view.zeroY}H100`}></path>
              ${view.bars.map(
                (bar) =>
                  svg`<rect class="bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>`,
              )}
              <path class="actual" d=${view.actualPath || nothing}></path>
              <path class="target-marks" d=${view.targetPath || nothing}></path>
              ${comparisonLines(this.comparisons)}
              <path class="dots" d=${view.dotPath || nothing}></path>
              <path class="latest-halo" d=${view.latestDotPath || nothing}></path>
              <path class="latest-dot" d=${view.latestDotPath || nothing}></path>
            </g>
          </svg>
          ${
            this.comparisons.length > 0
              ? html`${comparisonMarkers(this.comparisons)}
                ${lineLabelColumn(
                  lineLabels(view, this.comparisons, this.doc?.municipality.name),
                  lineLabels(view, this.comparisons, this.doc?.municipality.name, true),
                )}`
              : nothing
          }
          <div class="x-axis" aria-hidden="true">
            ${slots.map((i) =>
              i === undefined
                ? EMPTY_SLOT
                : html`<span class=${narrow.has(i) ? '' : 'minor'}
                    >${periodLabel(view.points[i].period, this.locale, this.words)}</span
                  >`,
            )}
          </div>
          <p class="readout" aria-hidden="true" hidden></p>
        </div>
        <p class="visually-hidden" id="keys" ?hidden=${noPlot}>${this.t('card.keys')}</p>
      </div>
    </div>`;
  }

  private pointLabel(point: TrendPoint, index: number): string {
    const own = this.t('card.point', {
      period: periodLabel(point.period, this.locale, this.words),
      actual:
        point.actual === null
          ? this.t('card.point.noActual')
          : this.t('card.point.actual', { value: this.value(point.actual) }),
      target:
        point.target === null
          ? this.t('card.point.noTarget')
          : this.t('card.point.target', { value: this.value(point.target) }),
    });
    const references = this.comparisons.map((s) => {
      const value = s.values[index];
      return value === null
        ? this.t('card.point.compareNone', { label: s.label })
        : this.t('card.point.compare', { label: s.label, value: this.value(value, true) });
    });
    return references.length > 0 ? `${own}, ${references.join(', ')}` : own;
  }

  /** A period's focus target: its whole slot, so the focus ring is a column and never distorted. */
  private renderPoint(view: TrendView, point: TrendPoint, i: number): TemplateResult {
    return svg`<rect
      class="slot"
      part="point"
      role="img"
      tabindex=${i === this.active ? 0 : -1}
      aria-label=${this.pointLabel(point, i)}
      data-index=${i}
      x=${coord(point.slot * view.bandwidth)}
      y="0"
      width=${view.bandwidth}
      height="100"
    ></rect>`;
  }

  private points(): SVGElement[] {
    return [...this.renderRoot.querySelectorAll<SVGElement>('.slot')];
  }

  /** Shows a point's label above the chart (for sighted keyboard and pointer users), or hides it. */
  private readout(point?: Element): void {
    const readout = this.renderRoot.querySelector<HTMLElement>('.readout');
    if (!readout) return;
    readout.textContent = point?.getAttribute('aria-label') ?? '';
    readout.hidden = !point;
  }

  private moveTo(index: number, focus = true): void {
    const points = this.points();
    const target = points[index];
    if (!target) return;
    points[this.active]?.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
    this.active = index;
    if (focus) target.focus();
    this.readout(target);
  }

  private onKeydown = (event: KeyboardEvent): void => {
    const last = this.points().length - 1;
    const next: Record<string, number> = {
      ArrowLeft: Math.max(0, this.active - 1),
      ArrowRight: Math.min(last, this.active + 1),
      Home: 0,
      End: last,
    };
    if (!(event.key in next) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.moveTo(next[event.key]);
  };

  private onFocusin = (event: FocusEvent): void => {
    const index = (event.target as Element).getAttribute('data-index');
    if (index !== null) this.moveTo(Number(index), false);
  };

  private onFocusout = (): void => this.readout();

  /** The table is always in the page (hidden while closed): print shows it under the chart. */
  private renderTable(view: TrendView, title: string): TemplateResult {
    const open = this.tableOpen;
    const cell = (value: number | null) =>
      value === null
        ? html`<span aria-hidden="true">–</span
            ><span class="visually-hidden">${this.t('card.table.none')}</span>`
        : this.value(value, true);
    // Counts are listed without their label (narrow cards keep their columns); the caption names it once.
    const unitLabel = this.selection?.unit === 'count' ? this.selection.unitLabel : undefined;
    return html`<button
        type="button"
        class="table-toggle"
        part="table-toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="table"
        @click=${() => (this.tableOpen = !open)}
      >
        ${this.t(open ? 'common.hideTable' : 'common.showTable')}
      </button>
      <div id="table" class="table-wrap" ?hidden=${!open}>
        <table part="table">
          <caption>
            ${unitLabel ? `${title} (${unitLabel})` : title}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.t('card.table.period')}</th>
              ${view.hasTarget ? html`<th scope="col">${this.t('card.table.target')}</th>` : nothing}
              <th scope="col">${this.t('card.table.actual')}</th>
              ${this.comparisons.map((s) => html`<th scope="col">${s.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${view.points.map(
              (point, i) =>
                html`<tr>
                  <th scope="row">${periodLabel(point.period, this.locale, this.words)}</th>
                  ${view.hasTarget ? html`<td>${cell(point.target)}</td>` : nothing}
                  <td>${cell(point.actual)}</td>
                  ${this.comparisons.map((s) => html`<td>${cell(s.values[i])}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}
