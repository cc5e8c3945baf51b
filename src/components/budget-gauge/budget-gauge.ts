import {
  html,
  nothing,
  svg,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { PcElement, type SelectResult } from '../../internal/pc-element.js';
import { baseStyles, hostTokens } from '../../internal/shared-styles.js';
import { budgetGaugeStrings } from './budget-gauge.strings.js';
import {
  formatEuro,
  formatEuroCompact,
  formatPercent,
  formatRatio,
  toEuros,
  unitCaption,
} from '../../lib/format.js';
import { findGoal, findProgramme } from '../../lib/lookup.js';
import { inputsChanged } from '../../lib/memo.js';
import { GAUGE_COMPARES, GAUGE_MEASURES, GAUGE_VARIANTS, type GaugeMeasure } from './gauge-model.js';
import type { BarGeometry, GaugeGeometry, GaugeMeter, ScaleLabel, Tick } from './gauge-geometry.js';
import { gaugeView, type GaugeView } from './gauge-view.js';
import { budgetSentenceKey, shareSentenceKey } from './gauge-wording.js';
import type { Finance, PcDocument } from '../../schema/types.js';
import { styles } from './budget-gauge.styles.js';
import { ExportController, exportLabel, sourceLine } from '../../internal/export-controller.js';
import { exportStyles } from '../../internal/export.styles.js';
import { r2 } from '../../lib/scale.js';

/** The programme or goal whose figures the gauge shows. */
export interface GaugeSelection {
  kind: 'programme' | 'goal';
  id: string;
  title: string;
  finance?: Finance;
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * A programme's or goal's realisation against its budget (begroting na wijziging, with the primitief as a marker),
 * or its share of the municipality's total, as a semicircular gauge or a bullet bar, said in words.
 *
 * @summary Budget vs realisation gauge: "€ 12,0 mln meer uitgegeven dan begroot (112%)".
 *
 * @csspart label - The title ("Uitgaven programma …"), which also names the meter.
 * @csspart track - The scale's track (0% to the scale end).
 * @csspart value - The realisation up to 100% (the overflow beyond it has class `overflow`).
 * @csspart budget-marker - The 100% (begroting na wijziging) tick.
 * @csspart sentence - The sentence saying what happened (also the meter's `aria-valuetext`).
 * @csspart figures - The list of figures: realisation, budget, original budget or municipal total.
 *
 * @cssproperty --pc-budget-gauge-track-color - Fill of the track (#e8e8e8).
 * @cssproperty --pc-budget-gauge-track-border-color - Outline of the track, 3:1 against the background (#767676).
 * @cssproperty --pc-budget-gauge-value-color - The realisation up to 100% (the accent colour).
 * @cssproperty --pc-budget-gauge-overflow-color - The realisation beyond 100%, drawn hatched (#8a4500).
 * @cssproperty --pc-budget-gauge-marker-color - The 100% budget tick (the target colour).
 * @cssproperty --pc-budget-gauge-original-marker-color - The dashed primitief tick (the muted colour).
 * @cssproperty --pc-budget-gauge-favourable-color - Icon and word "Gunstig" (the positive colour).
 * @cssproperty --pc-budget-gauge-unfavourable-color - Icon and word "Ongunstig" (the negative colour).
 * @cssproperty --pc-budget-gauge-font-family - Also: -font-size, -color, -muted-color, -background-color,
 *   -accent-color, -target-color, -positive-color, -negative-color, -space, -heading-font-family, -heading-color.
 *
 * @attr {string} programme - id of the programme to show.
 * @attr {string} goal - id of a goal to show instead (wins over `programme` when both are set).
 * @attr {'expenses' | 'revenues' | 'balance'} [measure=expenses] - lasten, baten or saldo.
 * @attr {'budget' | 'total'} [compare=budget] - against the amended budget, or as a share of `document.totals`.
 * @attr {'arc' | 'bar'} [variant=arc] - a semicircular gauge or a bullet bar.
 *
 * @event {CustomEvent<PcLoadDetail>} pc-load - The document loaded and the programme or goal was found.
 * @event {CustomEvent<PcErrorDetail>} pc-error - The element shows an error (`missing-attribute`, `unknown-id`,
 *   `http-error`, …).
 */
export class PcBudgetGauge extends PcElement<GaugeSelection> {
  static override styles = [baseStyles, hostTokens('budget-gauge'), styles, exportStyles];
  /** Lit's reactive properties (declared below as class fields); `state`: internal, no attribute. */
  static override properties: PropertyDeclarations = {
    programme: {},
    goal: {},
    measure: {},
    compare: {},
    variant: { reflect: true },
  };

  /** id of the programme to show. */
  programme?: string;

  /** id of a goal to show instead (wins over `programme` when both are set). */
  goal?: string;

  /** `expenses` (lasten, default), `revenues` (baten) or `balance` (saldo). */
  measure?: string;

  /** `budget` (default): realisation against the amended budget; `total`: share of `document.totals`. */
  compare?: string;

  /** `arc` (semicircular gauge, default) or `bar` (bullet bar). */
  variant?: string;

  protected readonly catalogue = budgetGaugeStrings;
  protected readonly selectionKeys = ['programme', 'goal', 'measure', 'compare'] as const;

  private view?: GaugeView;
  private readonly viewChanged = inputsChanged();
  private exporter = new ExportController(this, {
    ...this.exportBasics(
      () => `${this.t(`gauge.measure.${this.view!.model.measure}`)}-${this.selection!.id}`,
    ),
    csv: () => {
      // The figures as the document states them (signed, in its unit), not the gauge's magnitudes.
      const measure = this.view!.model.measure;
      const finance = this.selection!.finance;
      const label = (key: string) => exportLabel(this.locale, key, this.strings);
      const unit = unitCaption(this.doc!.document.amountsIn, this.locale);
      const rows: Array<[string, number | undefined]> = [
        [label('export.actual'), finance?.actual?.[measure]],
        [label('export.budget'), finance?.budget?.[measure]],
        [label('export.budgetOriginal'), finance?.budgetOriginal?.[measure]],
        [label('export.total'), this.doc!.document.totals?.actual?.[measure]],
      ];
      return [
        [label('export.figure'), `${this.t(`gauge.measure.${measure}`)} (${unit})`],
        ...rows.filter(([, value]) => value !== undefined),
      ];
    },
    image: () => ({
      exclude: '.pc-export',
      sourceLine: sourceLine(this.t('common.source'), this.doc!),
    }),
  });

  protected select(doc: PcDocument): SelectResult<GaugeSelection> {
    if (this.goal) {
      const found = findGoal(doc, this.goal);
      if (!found) return this.unknownId('goal', 'goal', this.goal);
      const goal = found.goal;
      return { selection: { kind: 'goal', id: goal.id, title: goal.title, finance: goal.finance } };
    }
    if (!this.programme) return this.missingAttribute('programme', 'programme or goal');
    const programme = findProgramme(doc, this.programme);
    if (!programme) return this.unknownId('programme', 'programme', this.programme);
    return {
      selection: { kind: 'programme', id: programme.id, title: programme.title, finance: programme.finance },
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const measure = this.option('measure', GAUGE_MEASURES, GAUGE_MEASURES[0], changed);
    const compare = this.option('compare', GAUGE_COMPARES, GAUGE_COMPARES[0], changed);
    const variant = this.option('variant', GAUGE_VARIANTS, GAUGE_VARIANTS[0], changed);
    // Derive the model and geometry once per input; a locale change only rewords.
    if (!this.selection || !this.viewChanged([this.selection, this.doc, measure, compare, variant])) return;
    const totals = this.doc?.document.totals;
    this.view = gaugeView({ finance: this.selection.finance, totals, measure, compare, variant });
  }

  /** An amount as shown: compact euros; a balance with "nadelig"/"voordelig" instead of a sign. */
  private amount(value: number, measure: GaugeMeasure): string {
    const text = formatEuroCompact(
      toEuros(Math.abs(value), this.doc?.document.amountsIn),
      this.locale,
      this.words,
    );
    if (measure !== 'balance' || value === 0) return text;
    return this.t(value < 0 ? 'gauge.balance.deficit' : 'gauge.balance.surplus', { amount: text });
  }

  private sentence(view: GaugeView): string {
    const model = view.model;
    if (view.mode === 'share') {
      const share = view.model;
      const percent = formatPercent((share.share ?? 0) * 100, this.locale, share.printedDecimals ?? 1);
      const total = this.amount(share.total ?? 0, model.measure);
      const part = this.amount(share.part ?? 0, model.measure);
      return this.t(shareSentenceKey(share), { percent, total, part });
    }
    const { key, detail } = budgetSentenceKey(view.model);
    if (view.model.status === 'no-budget')
      return this.t(key, { amount: this.amount(view.model.actual ?? 0, model.measure) });
    const params = {
      amount: formatEuroCompact(
        toEuros(view.model.difference ?? 0, this.doc?.document.amountsIn),
        this.locale,
        this.words,
      ),
      detail:
        detail === 'percent'
          ? this.t('gauge.detail.percent', { percent: formatRatio(view.model.ratio, this.locale) })
          : detail === 'zero-budget'
            ? this.t('gauge.detail.zeroBudget', { zero: formatEuro(0, this.locale) })
            : '',
    };
    return this.t(key, params);
  }

  protected renderContent(selection: GaugeSelection): TemplateResult {
    const view = this.view!;
    const { measure } = view.model;
    const title = this.t('gauge.title', {
      measure: this.t(`gauge.measure.${measure}`),
      kind: this.t(`gauge.kind.${selection.kind}`),
      title: selection.title,
    });
    const sentence = this.sentence(view);
    const unit = unitCaption(this.doc?.document.amountsIn, this.locale, { words: this.words, inline: true });
    const meter = view.meter;
    const reading =
      view.mode === 'share'
        ? formatPercent((meter?.ratio ?? 0) * 100, this.locale, view.model.printedDecimals ?? 1)
        : formatRatio(meter?.ratio, this.locale);
    // Words that inform rather than warn: only a realisation, or a saldo (never a share), in normal weight.
    const status = view.model.status;
    const informs = status === 'no-budget' || status === 'balance';
    const figures = this.renderFigures(view);
    return html`<div class="card ${meter ? 'with-graphic' : 'text-only'} ${view.variant}">
      <p id="title" class="title" part="label" role="heading" aria-level=${this.heading}>${title}</p>
      <div class="body">
        ${
          meter
            ? html`<div
                class="graphic"
                role="meter"
                aria-labelledby="title"
                aria-valuemin="0"
                aria-valuemax=${r2(Math.round(meter.scaleMax * 100))}
                aria-valuenow=${r2(Math.min(Math.round(meter.ratio * 100), Math.round(meter.scaleMax * 100)))}
                aria-valuetext=${sentence}
              >
                ${meter.arc ? this.renderArc(meter, meter.arc, reading) : this.renderBar(meter, meter.bar!)}
              </div>`
            : nothing
        }
        <div class="text">
          <p class="sentence ${informs ? 'informs' : ''}" part="sentence">${sentence}</p>
          ${view.mode === 'budget' ? this.renderVerdict(view.model.favourable) : nothing}
          <ul class="figures" part="figures" ?hidden=${figures.length === 0}>
            ${figures}
          </ul>
          <p class="unit">${this.t('gauge.unit', { unit })}</p>
        </div>
      </div>
      ${this.exporter.render()}
    </div>`;
  }

  /** Realisation, budget and primitief (or municipal total); the budget lines keyed to their ticks. */
  private renderFigures(view: GaugeView): TemplateResult[] {
    const measure = view.model.measure;
    const figure = (key: string, value: number | undefined, marker?: 'budget' | 'original' | false) =>
      value === undefined
        ? []
        : [
            html`<li>
              ${marker ? this.legendKey(marker) : nothing}${this.t(key, { amount: this.amount(value, measure) })}
            </li>`,
          ];
    const actualKey = `gauge.actual.${measure}`;
    if (view.mode === 'share') {
      // A saldo's sentence already names both saldi.
      if (view.model.status === 'balance') return [];
      return [...figure(actualKey, view.model.part), ...figure('gauge.total', view.model.total)];
    }
    const meter = view.meter;
    return [
      // With only a realisation the sentence says it: the list does not repeat it.
      ...figure(actualKey, view.model.status === 'no-budget' ? undefined : view.model.actual),
      ...figure('gauge.budget', view.model.budget, meter && 'budget'),
      ...figure(
        'gauge.budgetOriginal',
        view.model.budgetOriginal,
        meter?.originalRatio != null && 'original',
      ),
    ];
  }

  /** The tick's look beside its figure, so the markers in the graphic explain themselves. */
  private legendKey(kind: 'budget' | 'original'): TemplateResult {
    const line = svg`<line class="${kind}-marker" x1="6" x2="6" y1="1" y2="15"></line>`;
    return html`<svg class="key" viewBox="0 0 12 16" width="12" height="16" aria-hidden="true">${line}</svg>`;
  }

  private renderVerdict(favourable: boolean | null): TemplateResult | typeof nothing {
    if (favourable === null) return nothing;
    const icon = favourable
      ? svg`<circle cx="8" cy="8" r="6.5"></circle><path d="M4.8 8.4l2.2 2.2 4.2-4.6"></path>`
      : svg`<path d="M8 1.8 14.8 14H1.2z"></path><path d="M8 6.2v3.8M8 11.6v.6"></path>`;
    return html`<p class="verdict ${favourable ? 'favourable' : 'unfavourable'}">
      <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        ${icon}
      </svg>
      ${this.t(favourable ? 'gauge.favourable' : 'gauge.unfavourable')}
    </p>`;
  }

  private labels(labels: ScaleLabel[]): SVGTemplateResult[] {
    return labels.map(
      (label) =>
        svg`<text class="scale-label" x=${label.x} y=${label.y} text-anchor=${label.anchor}>${formatRatio(label.value, this.locale)}</text>`,
    );
  }

  private tick(tick: Tick | null, className: string, part?: string): SVGTemplateResult | typeof nothing {
    if (!tick) return nothing;
    return svg`<line class=${className} part=${part ?? nothing} x1=${tick.x1} y1=${tick.y1} x2=${tick.x2} y2=${tick.y2}></line>`;
  }

  private hatch(): SVGTemplateResult {
    return svg`<defs>
      <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>`;
  }

  private renderArc(meter: GaugeMeter, g: GaugeGeometry, reading: string): TemplateResult {
    return html`<svg class="arc" viewBox="0 0 ${g.width} ${g.height}" aria-hidden="true" focusable="false">
      ${this.hatch()}
      <g transform=${g.transform}>
        <path class="track" part="track" d=${g.track}></path>
        ${g.value ? svg`<path class="value" part="value" d=${g.value}></path>` : nothing}
        ${
          g.overflow
            ? svg`<path class="overflow" d=${g.overflow}></path><path class="overflow-hatch" d=${g.overflow}></path>`
            : nothing
        }
      </g>
      ${this.tick(g.original, 'original-marker')}
      ${meter.budgetTick ? this.tick(g.budget, 'budget-marker', 'budget-marker') : nothing}
      ${this.labels(g.labels)}
      <text class="reading" x=${g.reading.x} y=${g.reading.y} text-anchor="middle">${reading}</text>
    </svg>`;
  }

  private renderBar(meter: GaugeMeter, g: BarGeometry): TemplateResult {
    const rect = (r: Box, className: string, part?: string) =>
      svg`<rect class=${className} part=${part ?? nothing} x=${r.x} y=${r.y} width=${r.width} height=${r.height}></rect>`;
    return html`<svg class="bar" viewBox="0 0 ${g.width} ${g.height}" aria-hidden="true" focusable="false">
      ${this.hatch()} ${rect(g.track, 'track', 'track')}
      ${g.value.width > 0 ? rect(g.value, 'value', 'value') : nothing}
      ${g.overflow ? svg`${rect(g.overflow, 'overflow')}${rect(g.overflow, 'overflow-hatch')}` : nothing}
      ${this.tick(g.original, 'original-marker')}
      ${meter.budgetTick ? this.tick(g.budget, 'budget-marker', 'budget-marker') : nothing}
      ${this.labels(g.labels)}
    </svg>`;
  }
}
