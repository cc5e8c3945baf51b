import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { PcElement, type SelectResult } from '../../internal/pc-element.js';
import { baseStyles, hostTokens } from '../../internal/shared-styles.js';
import { saldoTableStrings } from './saldo-table.strings.js';
import { formatAmount, NO_VALUE, unitCaption } from '../../lib/format.js';
import { findProgramme } from '../../lib/lookup.js';
import { inputsChanged } from '../../lib/memo.js';
import {
  BAR_HEIGHT,
  BAR_WIDTH,
  hasScenario,
  saldoBar,
  saldoBarScale,
  saldoCsv,
  saldoTable,
  SCENARIOS,
  type CsvLabels,
  type MeasureValues,
  type SaldoFootnote,
  type SaldoTableModel,
} from './saldo.js';
import type { LinearScale } from '../../lib/scale.js';
import { AMOUNT_MEASURES, type AmountMeasure, type PcDocument, type Programme } from '../../schema/types.js';
import { styles } from './saldo-table.styles.js';
import { ExportController, sourceLine } from '../../internal/export-controller.js';
import { exportStyles } from '../../internal/export.styles.js';

/**
 * The "saldo per doelstelling" table of a programme: one row per goal, a column per measure the document states
 * (lasten, baten, toevoegingen, onttrekkingen, saldo), the programme total, a small saldo bar per goal, and a
 * CSV download.
 *
 * @summary Financial table per goal (baten, lasten, reserves, saldo) with totals and saldo bars.
 *
 * @csspart table - The `<table>`.
 * @csspart caption - The caption: programme, scenario and unit.
 * @csspart row - A goal's row.
 * @csspart total-row - The "Totaal programma" row.
 * @csspart bar - The saldo bar of a goal (an inline SVG, hidden from assistive technology).
 * @csspart footnote - A footnote below the table ("berekend", a total that differs from its parts).
 * @csspart status - The message shown when the programme has no financial figures.
 *
 * @cssproperty --pc-saldo-table-border-width - Width of the row lines (default `--basis-border-width-sm`, 1px).
 * @cssproperty --pc-saldo-table-total-border-width - Width of the line above the total row (2px).
 * @cssproperty --pc-saldo-table-header-background-color - Background of the column headers (#f3f3f3).
 * @cssproperty --pc-saldo-table-bar-negative-color - Fill of negative saldo bars (the accent colour).
 * @cssproperty --pc-saldo-table-bar-positive-color - Fill of positive saldo bars (the positive colour).
 * @cssproperty --pc-saldo-table-zero-line-color - The zero line of the bars (the text colour).
 * @cssproperty --pc-saldo-table-border-color - Row lines and the button border (shared token pattern).
 * @cssproperty --pc-saldo-table-font-family - Also: -font-size, -color, -muted-color, -background-color,
 *   -accent-color, -positive-color, -focus-color, -space, -border-radius, -heading-font-family, -heading-color.
 *
 * @attr {string} programme - id of the programme to show. Required.
 * @attr {'actual' | 'budget' | 'budgetOriginal'} [scenario=actual] - realisatie, begroting na wijziging or
 *   primitief.
 * @attr {'budget'} compare - `budget` adds a "Verschil" column per measure (only with scenario `actual`).
 *
 * @event {CustomEvent<PcLoadDetail>} pc-load - The document loaded and the programme was found.
 * @event {CustomEvent<PcErrorDetail>} pc-error - The element shows an error (`missing-attribute`, `unknown-id`,
 *   `http-error`, …).
 */
export class PcSaldoTable extends PcElement<Programme> {
  static override styles = [baseStyles, hostTokens('saldo-table'), styles, exportStyles];
  /** Lit's reactive properties (declared below as class fields); `state`: internal, no attribute. */
  static override properties: PropertyDeclarations = {
    programme: {},
    scenario: {},
    compare: {},
  };

  /** id of the programme to show (required). */
  programme?: string;

  /** `actual` (realisatie, default), `budget` (begroting na wijziging) or `budgetOriginal` (begroting primitief). */
  scenario?: string;

  /** `budget`: add a "Verschil" column per measure (realisatie − begroting). Only with scenario `actual`. */
  compare?: string;

  protected readonly catalogue = saldoTableStrings;
  protected readonly selectionKeys = ['programme', 'scenario', 'compare'] as const;

  private model?: SaldoTableModel;
  private scale?: LinearScale;
  private readonly modelChanged = inputsChanged();
  private exporter = new ExportController(this, {
    ...this.exportBasics(() => `saldo-${this.selection!.id}`),
    csv: () => saldoCsv(this.model!, this.csvLabels(), this.doc!.document.amountsIn, this.locale),
    image: () => ({
      exclude: '.pc-export',
      sourceLine: sourceLine(this.t('common.source'), this.doc!),
      css: '.scroll { overflow: visible !important; }',
    }),
  });

  protected select(doc: PcDocument): SelectResult<Programme> {
    if (!this.programme) return this.missingAttribute('programme', 'programme');
    const programme = findProgramme(doc, this.programme);
    return programme ? { selection: programme } : this.unknownId('programme', 'programme', this.programme);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const scenario = this.option('scenario', SCENARIOS, 'actual', changed);
    const compareBudget = this.option('compare', ['budget'], 'no comparison', changed) === 'budget';
    // Derive the table once per input, not per render (locale changes only reformat).
    if (this.selection && this.modelChanged([this.selection, scenario, compareBudget])) {
      this.model = saldoTable(this.selection, scenario, compareBudget);
      this.scale = saldoBarScale(this.model.maxAbsBalance);
    }
  }

  private measureLabel(measure: AmountMeasure): string {
    return this.t(`table.measure.${measure}`);
  }

  /** A measure's name inside a sentence ("lasten"): a string of its own, not a lower-cased label. */
  private measureInline(measure: AmountMeasure): string {
    return this.t(`table.measureInline.${measure}`);
  }

  protected renderContent(programme: Programme): TemplateResult {
    const model = this.model!;
    const scenarioName = this.t(`table.scenario.${model.scenario}`, { year: this.doc?.document.year ?? '' });
    if (model.measures.length === 0) {
      const anyFinance = SCENARIOS.some((scenario) => hasScenario(programme, scenario));
      const scenario = this.t(`table.scenarioInline.${model.scenario}`, {
        year: this.doc?.document.year ?? '',
      });
      const message = anyFinance
        ? this.t('table.noFinanceScenario', { scenario })
        : this.t('table.noFinance');
      return html`<p class="pc-status" role="status" part="status">${message}</p>`;
    }
    const code = programme.code ? `${this.t('table.programme', { code: programme.code })} ` : '';
    const unit = unitCaption(this.doc?.document.amountsIn, this.locale, { words: this.words });
    const note = model.compare === 'not-actual' || model.compare === 'no-budget' ? model.compare : undefined;
    return html`<div class="scroll" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table">
          <caption id="caption" part="caption">
            <span class="title" role="heading" aria-level=${this.heading}>${code}${programme.title}</span>
            <span class="subtitle">${scenarioName}, ${unit}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.t('table.goal')}</th>
              ${model.measures.map((measure) => this.headerCells(model, measure))}
            </tr>
          </thead>
          <tbody>
            ${model.rows.map(
              (row) =>
                html`<tr part="row" data-goal=${row.id}>
                  <th scope="row">${row.label}</th>
                  ${model.measures.map((m) => this.cells(model, m, row.values, row.differences, false))}
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr part="total-row">
              <th scope="row">${this.t('table.total')}</th>
              ${model.measures.map((m) => this.cells(model, m, model.totalValues, model.totalDifferences, true))}
            </tr>
          </tfoot>
        </table>
      </div>
      ${
        model.footnotes.length > 0
          ? html`<ol class="footnotes">
              ${model.footnotes.map(
                (fn) => html`<li id="fn-${fn.n}" part="footnote" tabindex="-1">${this.footnoteText(fn)}</li>`,
              )}
            </ol>`
          : nothing
      }
      ${note ? html`<p class="note">${this.t(note === 'not-actual' ? 'table.compare.notActual' : 'table.compare.noBudget')}</p>` : nothing}
      ${this.exporter.render()}`;
  }

  /** A measure's header; the bar column is hidden from assistive technology, as its cells are. */
  private headerCells(model: SaldoTableModel, measure: AmountMeasure): TemplateResult {
    const label = this.measureLabel(measure);
    const bar = measure === 'balance' ? html`<th class="bar-cell" aria-hidden="true"></th>` : nothing;
    const difference =
      model.compare === 'on'
        ? html`<th scope="col">
            ${this.t('table.difference')}<span class="visually-hidden">
              ${this.t('table.differenceOf', { measure: this.measureInline(measure) })}</span
            >
          </th>`
        : nothing;
    return html`<th scope="col">${label}</th>
      ${bar}${difference}`;
  }

  /** A measure's cells in one row: the amount, the saldo bar beside it, the difference when comparing. */
  private cells(
    model: SaldoTableModel,
    measure: AmountMeasure,
    values: MeasureValues,
    differences: MeasureValues,
    total: boolean,
  ): TemplateResult {
    const value = values[measure];
    const marker = total ? this.marker(model.totalMarkers[measure]) : nothing;
    // The total row has no bar: it is the sum of the rows and would dwarf them (see saldoBarScale).
    const bar =
      measure === 'balance'
        ? html`<td class="bar-cell" aria-hidden="true">
            ${total || value === undefined || !this.scale ? nothing : this.bar(value, this.scale)}
          </td>`
        : nothing;
    const label = this.measureLabel(measure);
    const difference =
      model.compare === 'on'
        ? this.amountCell(
            differences[measure],
            nothing,
            this.t('table.differenceColumn', { measure: this.measureInline(measure) }),
            `difference ${measure}`,
          )
        : nothing;
    return html`${this.amountCell(value, marker, label, measure)}${bar}${difference}`;
  }

  /**
   * An amount's cell. `label` is its column's name, shown only in the narrow, stacked layout (where the column
   * headers are out of sight) and hidden from assistive technology, which has the column header.
   */
  private amountCell(
    value: number | undefined,
    marker: TemplateResult | typeof nothing,
    label: string,
    column: string,
  ): TemplateResult {
    const shownLabel = html`<span class="cell-label" aria-hidden="true">${label}</span>`;
    if (value === undefined) {
      return html`<td class="num ${column}">
        ${shownLabel}<span aria-hidden="true">${NO_VALUE}</span
        ><span class="visually-hidden">${this.t('table.noValue')}</span>
      </td>`;
    }
    return html`<td class="num ${column}">
      ${shownLabel}<span class="amount">${formatAmount(value, this.locale)}</span>${marker}
    </td>`;
  }

  private bar(value: number, scale: LinearScale): TemplateResult {
    const g = saldoBar(value, scale);
    return html`<svg
      class="bar"
      part="bar"
      width=${BAR_WIDTH}
      height=${BAR_HEIGHT}
      viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}"
      aria-hidden="true"
      focusable="false"
    >
      <rect
        class=${g.negative ? 'negative' : 'positive'}
        x=${g.x}
        y="3"
        width=${g.width}
        height=${BAR_HEIGHT - 6}
      ></rect>
      <line class="zero" x1=${g.zero} x2=${g.zero} y1="0" y2=${BAR_HEIGHT}></line>
    </svg>`;
  }

  private marker(n: number | undefined): TemplateResult | typeof nothing {
    if (n === undefined) return nothing;
    return html`<sup class="marker"
      ><a href="#fn-${n}" @click=${(event: Event) => this.focusFootnote(event, n)}
        ><span class="visually-hidden">${this.t('table.footnoteRef')} </span>${n}</a
      ></sup
    >`;
  }

  private focusFootnote(event: Event, n: number): void {
    // Fragment links do not reach into a shadow root: move focus ourselves.
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#fn-${n}`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  private footnoteText(note: SaldoFootnote): string {
    if (note.kind === 'computed') return this.t('table.footnote.computed');
    return this.t('table.footnote.mismatch', {
      measure: this.measureInline(note.cell.measure),
      difference: formatAmount(Math.abs(note.cell.difference ?? 0), this.locale),
      sum: formatAmount(note.cell.sum, this.locale),
      unit: unitCaption(this.doc?.document.amountsIn, this.locale, { words: this.words, inline: true }),
    });
  }

  private csvLabels(): CsvLabels {
    const measures = {} as Record<AmountMeasure, string>;
    for (const measure of AMOUNT_MEASURES) {
      measures[measure] = this.measureLabel(measure);
    }
    return {
      code: this.t('table.code'),
      goal: this.t('table.goal'),
      total: this.t('table.total'),
      measures,
      difference: (measure) => this.t('table.differenceColumn', { measure: this.measureInline(measure) }),
    };
  }
}
