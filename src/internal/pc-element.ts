import {
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyDeclaration,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import type { Locale } from '../lib/format.js';
import type { PcDocument } from '../schema/types.js';
import { makeProblem, parseJsonText, type Problem, validateDocument } from '../schema/validate.js';
import { commonStrings } from '../i18n/common.js';
import { type Catalogue, onStringsChange, type StringTable, translate } from '../i18n/strings.js';
import { englishSettled, loadEnglish } from '../i18n/english.js';
import { emit, type PcErrorDetail, type PcLoadDetail } from './emit.js';
import { DEFAULT_TIMEOUT_MS, loadDocument } from './loader.js';
import { resolveLocale, watchLang } from './locale.js';
import { baseStyles } from './shared-styles.js';
import { drawNow, scheduleDraw } from './scheduler.js';
import { resolveOption } from '../lib/options.js';
import type { ExportSource } from './export-controller.js';
import { idsOfKind, nearestId } from './suggest.js';

export type LoadState = 'empty' | 'loading' | 'ready' | 'error';

/** What `drawComplete` resolves with: the element shows its data (`ready`) or an error (`error`). */
export type DrawnState = 'ready' | 'error';

/**
 * The base's internal state that is content (a draw, scheduled); a subclass's own internal state (focus, open
 * branches, an open table) is interaction and renders at once.
 */
const CONTENT_STATE: ReadonlySet<PropertyKey> = new Set(['loadState', 'problems', 'doc', 'selection']);

/** What a component's `select()` returns: the part of the document it shows, or why it cannot. */
export type SelectResult<S> = { selection: S } | { problem: Problem };

const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

const mergedCatalogues = new WeakMap<Catalogue, Catalogue>();

/**
 * What all four components share: read `data` / `src` / inline JSON, validate, pick the part the attributes
 * point at, show loading and error states, resolve the locale, emit `pc-load` and `pc-error`.
 * Subclasses implement `select()` and `renderContent()` and list their selecting attributes.
 *
 * Drawing is scheduled (src/internal/scheduler.ts): the first draw and every draw for new data, attributes or
 * strings wait their turn, nearest the viewport first, so that fifty charts never block the page; a change of
 * a subclass's internal state (a key press, a click) renders at once, as Lit does. `updateComplete` keeps Lit's
 * meaning (it resolves after the scheduled update); `drawComplete` says when the data or the error is shown.
 *
 * @csspart status - The loading or empty message.
 * @csspart export - The Download controls beneath the chart (a labelled group: "Download: SVG PNG CSV").
 * @csspart download - Each Download button (SVG, PNG, CSV).
 * @csspart error - The error message (`role="alert"`).
 *
 * @attr {string} src - URL of a JSON document (http(s) or relative).
 * @attr {number} [timeout=10000] - Time limit for fetching `src`, in milliseconds.
 * @attr {'1' | '2' | '3' | '4' | '5' | '6'} [heading-level=3] - Level of the element's title as a heading, so that a
 *   reader can jump from chart to chart; set it to fit the page's outline.
 *
 * @event {CustomEvent<PcLoadDetail>} pc-load - The document loaded, validated and the selected part was found.
 *   `detail.document`.
 * @event {CustomEvent<PcErrorDetail>} pc-error - The element shows an error. `detail`: `{ code, path, message,
 *   problems }`.
 */
export abstract class PcElement<S> extends LitElement {
  static override styles = [baseStyles];
  /** Lit's reactive properties (declared below as class fields); `state`: internal, no attribute. */
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { reflect: true },
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level' },
    strings: { attribute: false },
    loadState: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    doc: { state: true, attribute: false },
    selection: { state: true, attribute: false },
  };

  /** The document as an object or as JSON text. Takes precedence over `src` and inline JSON. */
  data?: unknown;

  /** URL of a JSON document (http(s) or relative). */
  src?: string;

  /** Time limit for fetching `src`, in milliseconds. */
  timeout = DEFAULT_TIMEOUT_MS;

  /**
   * Level (1–6) of the element's title as a heading, so that a reader can jump from chart to chart; set it to
   * fit the page's outline. Default 3.
   */
  headingLevel?: string;

  /** The heading level in use (`heading-level`, or 3 when absent or not 1–6). */
  protected get heading(): number {
    return Number(resolveOption(this.headingLevel, HEADING_LEVELS, '3').value);
  }

  /** Overrides for this element's UI strings, by key (see the string catalogue in the README). */
  strings?: StringTable;

  protected loadState: LoadState = 'empty';
  protected problems: Problem[] = [];
  protected doc?: PcDocument;
  protected selection?: S;

  /** The locale resolved for the current render. */
  protected locale: Locale = 'nl';

  /** The component's own strings; merged over the common ones. */
  protected abstract readonly catalogue: Catalogue;
  /** Attributes whose change means a new selection (e.g. `indicator`). */
  protected abstract readonly selectionKeys: readonly string[];
  /** Picks the part of the document to show. */
  protected abstract select(doc: PcDocument): SelectResult<S>;
  /** Renders the selection. Called only in the ready state. */
  protected abstract renderContent(selection: S): TemplateResult | typeof nothing;

  private loadController?: AbortController;
  private loadToken = 0;
  private inlineObserver?: MutationObserver;
  private unwatchLang?: () => void;
  private unwatchStrings?: () => void;
  private emittedProblems?: Problem[];
  private emittedSelection?: unknown;
  private renderFailure?: Problem;
  /** Whether the pending update draws content (scheduled) rather than answering an interaction (at once). */
  private drawPending = true;
  /** Inside performUpdate. */
  private updating = false;
  private drawWaiters: Array<(state: DrawnState) => void> = [];
  /**
   * The custom state `pending` (`:host(:state(pending))`) until the first draw: the styles keep a stand-in size.
   * A pre-rendered element (its server markup in a declarative shadow root) is `prerendered` instead until it
   * takes over: it keeps the size of its markup, whose buttons stay hidden while they would do nothing (an
   * English element waits for its strings first).
   */
  private internals?: ElementInternals;

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
      this.internals.states?.add(this.hasServerMarkup() ? 'prerendered' : 'pending');
    } catch {
      // No ElementInternals or custom states (server rendering, older browsers): no stand-in size.
    }
  }

  /**
   * Resolves once the element shows its data (`'ready'`) or an error (`'error'`), the current data included: at
   * once when it already does, else after its scheduled draw. An element still waiting for data (`src` loading,
   * no data yet) waits too. Never rejects. Beside the events: `pc-load` and `pc-error` fire at the same moment.
   */
  get drawComplete(): Promise<DrawnState> {
    const state = this.shownState();
    if (state && !this.isUpdatePending) return Promise.resolve(state);
    return new Promise((resolve) => this.drawWaiters.push(resolve));
  }

  /** What the element shows, when that is its data or an error. */
  private shownState(): DrawnState | undefined {
    if (!this.hasUpdated) return undefined;
    if (this.renderFailure || this.loadState === 'error') return 'error';
    return this.loadState === 'ready' ? 'ready' : undefined;
  }

  /** Draws this element now when its draw is queued (e.g. before an API call needs its rendered state). */
  protected drawNow(): void {
    drawNow(this);
  }

  /** Redraws everything (the language or the strings changed): a content draw, scheduled. */
  private redraw = (): void => {
    this.drawPending = true;
    this.requestUpdate();
  };

  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    useNewValue?: boolean,
    newValue?: unknown,
  ): void {
    // Changes made while updating (willUpdate's load state) belong to this update, not to the next.
    if (name !== undefined && !this.drawPending && !this.updating) {
      const declared = (this.constructor as typeof LitElement).elementProperties.get(name);
      const value = useNewValue ? newValue : this[name as keyof this];
      if (declared && (!declared.state || CONTENT_STATE.has(name)) && !Object.is(value, oldValue))
        this.drawPending = true;
    }
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
  }

  /**
   * Content waits its turn in the scheduler; an interaction renders at once. An element whose locale is English
   * first waits for the English strings (loaded on demand, src/i18n/english.ts), so that no draw shows Dutch words
   * or keys in their place; once they have loaded (or failed: Dutch then) this costs nothing.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!englishSettled() && resolveLocale(this) === 'en')
      return loadEnglish().then(() => this.scheduleUpdate());
    // A pre-rendered element takes over at once: its server markup is on screen and must not go before its draw.
    if (!this.drawPending || this.prerendered) return super.scheduleUpdate();
    return scheduleDraw(
      this,
      () => super.scheduleUpdate(),
      // The document's check (shared by every element that shows it, cached) may take a slice of its own.
      () => {
        if (this.data && typeof this.data === 'object') validateDocument(this.data, { locale: this.locale });
      },
    );
  }

  /**
   * A pre-rendered element (`pc-charts render`) arrives with a declarative shadow root, which Lit would reuse and
   * append to. Its first draw is not queued (see scheduleUpdate): its server markup goes in the same task as that
   * draw, before any paint, so no frame is without content.
   */
  private prerendered = false;

  /** Whether the element arrived with server markup: a declarative shadow root with content. */
  private hasServerMarkup(): boolean {
    return (this.shadowRoot?.childNodes.length ?? 0) > 0;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!isServer) this.prerendered = this.hasServerMarkup();
    const root = super.createRenderRoot();
    // Lit would insert before the server markup's first node, which goes at the first draw: render at the end.
    if (this.prerendered) this.renderOptions.renderBefore = null;
    return root;
  }

  protected override update(changed: PropertyValues): void {
    if (this.prerendered) {
      this.prerendered = false;
      this.internals?.states?.delete('prerendered');
      this.renderRoot.replaceChildren();
    }
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatchLang = watchLang({ requestUpdate: this.redraw });
    this.unwatchStrings = onStringsChange(this.redraw);
    if (this.loadState === 'loading' && !this.loadController) this.startLoad();
    else if (this.data === undefined && !this.src && this.loadState === 'empty') this.readInlineJson();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchLang?.();
    this.unwatchStrings?.();
    this.inlineObserver?.disconnect();
    this.inlineObserver = undefined;
    if (this.loadController) {
      // Leaving the page aborts the request; coming back starts it again.
      this.loadController.abort();
      this.loadController = undefined;
    }
  }

  /** Logs (never shows) an attribute value the element does not know, and what it shows instead. */
  protected unknownValue(name: string, value: unknown, allowed: readonly string[], shown: string): void {
    console.warn(
      `[pc-charts] <${this.localName}> ${name}="${String(value)}" is not one of ${allowed.join(', ')}; showing ${shown}.`,
    );
  }

  /**
   * The value of an enumerated attribute (see resolveOption): the attribute's value when it is in `options`,
   * else `fallback`; an unknown value is logged once, when the attribute changed.
   */
  protected option<T extends string, F extends string = T>(
    name: string,
    options: readonly T[],
    fallback: F,
    changed: PropertyValues,
  ): T | F {
    const value = (this as unknown as Record<string, unknown>)[name];
    const resolved = resolveOption(typeof value === 'string' ? value : undefined, options, fallback);
    if (!resolved.valid && changed.has(name as keyof this)) this.unknownValue(name, value, options, fallback);
    return resolved.value;
  }

  /**
   * What every component's Download controls share: the locale, the strings and the file name's parts from the
   * document (municipality, document type, year), with the component's own `subject` last.
   */
  protected exportBasics(subject: () => string): Pick<ExportSource, 'locale' | 'strings' | 'fileParts'> {
    return {
      locale: () => this.locale,
      strings: () => this.strings,
      fileParts: () => ({
        municipality: this.doc!.municipality.name,
        documentType: this.doc!.document.type,
        year: this.doc!.document.year,
        subject: subject(),
      }),
    };
  }

  /** A UI string in the element's locale, with the page's and the element's overrides applied. */
  protected t(key: string, params?: Record<string, unknown>): string {
    return translate(this.mergedCatalogue(), this.locale, key, params, this.strings);
  }

  /** The string lookup handed to the formatters for the words beside numbers ("mln", "jaar", "Bedragen x"). */
  protected readonly words = (key: string, params?: Record<string, unknown>): string => this.t(key, params);

  /**
   * The common strings under the component's, merged once per component class (not per element). English is
   * looked up in the loaded English strings (translate), so nothing here changes when they arrive.
   */
  private mergedCatalogue(): Catalogue {
    let merged = mergedCatalogues.get(this.catalogue);
    if (!merged) {
      merged = {
        nl: { ...commonStrings.nl, ...this.catalogue.nl },
        en: { ...commonStrings.en, ...this.catalogue.en },
      };
      mergedCatalogues.set(this.catalogue, merged);
    }
    return merged;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.locale = resolveLocale(this);
    if (changed.has('data') || changed.has('src')) this.startLoad();
    const selectionChanged = this.selectionKeys.some((key) => changed.has(key));
    if (this.doc && (changed.has('doc') || selectionChanged)) this.applySelection(this.doc);
  }

  private startLoad(): void {
    this.loadController?.abort();
    this.loadController = undefined;
    // The previous document is gone: a selecting attribute set in the same task must not re-apply it.
    this.doc = undefined;
    const token = ++this.loadToken;
    if (this.data !== undefined && this.data !== null) {
      this.accept(this.data);
      return;
    }
    if (this.src) {
      const controller = new AbortController();
      this.loadController = controller;
      this.loadState = 'loading';
      void loadDocument(this.src, { signal: controller.signal, timeoutMs: this.timeout }).then((result) => {
        // A later `src`, `data` or removal wins: a stale response never renders.
        if (token !== this.loadToken || result.aborted) return;
        this.loadController = undefined;
        if (result.problem) this.fail([result.problem]);
        else this.accept(result.value);
      });
      return;
    }
    this.readInlineJson();
  }

  /** `<script type="application/json">` child: for CMSes that cannot host files. */
  private readInlineJson(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      this.inlineObserver?.disconnect();
      this.inlineObserver = undefined;
      this.accept(script.textContent ?? '');
      return;
    }
    this.loadState = 'empty';
    // The element may be upgraded before the parser has reached its children.
    if (!this.inlineObserver && typeof MutationObserver !== 'undefined') {
      this.inlineObserver = new MutationObserver(() => {
        if (this.data === undefined && !this.src) this.readInlineJson();
      });
      this.inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    }
  }

  private accept(value: unknown): void {
    let input = value;
    if (typeof input === 'string') {
      const parsed = parseJsonText(input);
      if (parsed.problem) {
        this.fail([parsed.problem]);
        return;
      }
      input = parsed.value;
      // JSON text that holds a string (a document encoded twice, or just "Jaarstukken 2025") is not a document.
      if (typeof input === 'string') {
        this.fail([makeProblem('not-an-object', '', { actual: 'string' })]);
        return;
      }
    }
    const result = validateDocument(input, { locale: this.locale });
    if (!result.ok || !result.document) {
      this.fail(result.errors);
      return;
    }
    if (result.warnings.length > 0) {
      console.info(`[pc-charts] <${this.localName}> ${result.warnings.length} warning(s)`, result.warnings);
    }
    this.doc = result.document;
    this.applySelection(result.document);
  }

  private applySelection(doc: PcDocument): void {
    let result: SelectResult<S>;
    try {
      result = this.select(doc);
    } catch (error) {
      result = { problem: makeProblem('internal-error', '', { detail: String(error).slice(0, 120) }) };
    }
    if ('problem' in result) {
      this.fail([result.problem]);
      return;
    }
    this.problems = [];
    this.renderFailure = undefined;
    this.selection = result.selection;
    this.loadState = 'ready';
  }

  private fail(problems: Problem[]): void {
    this.problems =
      problems.length > 0 ? problems : [makeProblem('internal-error', '', { detail: 'unknown' })];
    this.selection = undefined;
    this.loadState = 'error';
  }

  private crashed = false;

  /**
   * A subclass that throws while deriving its view (in willUpdate or update) must not break the page: the
   * element shows the error state and fires pc-error instead. A second failure in a row stops there.
   */
  protected override performUpdate(): void {
    this.drawPending = false;
    this.updating = true;
    try {
      super.performUpdate();
      this.crashed = false;
    } catch (error) {
      this.updating = false;
      if (this.crashed) return;
      this.crashed = true;
      console.error(`[pc-charts] <${this.localName}> failed to render`, error);
      this.renderFailure = makeProblem('internal-error', '', { detail: String(error).slice(0, 120) });
      this.fail([this.renderFailure]);
    } finally {
      this.updating = false;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    switch (this.loadState) {
      case 'loading':
        return html`<p class="pc-status" role="status" part="status">${this.t('common.loading')}</p>`;
      case 'empty':
        return html`<p class="pc-status" part="status">${this.t('common.empty')}</p>`;
      case 'error':
        return this.renderError(this.problems);
      case 'ready':
        try {
          return this.renderContent(this.selection as S);
        } catch (error) {
          // Rendering must never break the page: show the error state instead.
          this.renderFailure ??= makeProblem('internal-error', '', { detail: String(error).slice(0, 120) });
          return this.renderError([this.renderFailure]);
        }
    }
  }

  protected renderError(problems: Problem[]): TemplateResult {
    const first = problems[0];
    const message = first.messages[this.locale] ?? first.message;
    const where =
      first.path || (first.attribute ? `${first.attribute}="${String(first.params.id ?? '')}"` : '');
    return html`<div class="pc-error" role="alert" part="error">
      <p><strong>${this.t('common.errorTitle')}</strong> ${message}</p>
      ${where ? html`<p>${this.t('common.errorPath')} <code>${where}</code></p>` : nothing}
      ${
        problems.length > 2
          ? html`<p>${this.t('common.errorMore', { count: problems.length - 1 })}</p>`
          : problems.length === 2
            ? html`<p>${this.t('common.errorMoreOne')}</p>`
            : nothing
      }
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const problems = this.renderFailure
      ? [this.renderFailure]
      : this.loadState === 'error'
        ? this.problems
        : undefined;
    if (problems && problems !== this.emittedProblems) {
      this.emittedProblems = problems;
      const first = problems[0];
      console.warn(
        `[pc-charts] <${this.localName}> ${first.code} at "${first.path}": ${first.messages.en}`,
        problems,
      );
      emit<PcErrorDetail>(this, 'pc-error', {
        code: first.code,
        path: first.path,
        message: first.messages[this.locale],
        problems,
      });
    } else if (
      this.loadState === 'ready' &&
      !this.renderFailure &&
      this.selection !== this.emittedSelection
    ) {
      this.emittedSelection = this.selection;
      this.emittedProblems = undefined;
      emit<PcLoadDetail>(this, 'pc-load', { document: this.doc! });
    }
    this.settleDraw();
  }

  /**
   * After a draw: drop the stand-in size once something other than "loading" is shown (the data, an error, the
   * empty message), and resolve `drawComplete` when data or an error is shown. While `src` loads the element keeps
   * its stand-in size, so that the page has about its final height from its first paint.
   */
  private settleDraw(): void {
    if (this.loadState !== 'loading') this.internals?.states?.delete('pending');
    const state = this.shownState();
    if (!state || this.drawWaiters.length === 0) return;
    for (const resolve of this.drawWaiters.splice(0)) resolve(state);
  }

  /**
   * Helper for subclasses: the problem for an id that is not in the document. It suggests the nearest id of
   * that kind (also one that differs only in case) and says where the list of ids is.
   */
  protected unknownId(attribute: string, kind: string, id: string): { problem: Problem } {
    const suggestion = this.doc ? nearestId(id, idsOfKind(this.doc, kind)) : undefined;
    const hint = suggestion ? { sentence: 'hint:did-you-mean', suggestion } : { sentence: 'hint:id-list' };
    const problem = makeProblem('unknown-id', '', { kind, id, hint, suggestion });
    return { problem: { ...problem, attribute } };
  }

  /** Helper for subclasses: the problem for a missing selecting attribute. */
  protected missingAttribute(attribute: string, kind: string): { problem: Problem } {
    const problem = makeProblem('missing-attribute', '', { attribute, whichWord: `which:${kind}` });
    return { problem: { ...problem, attribute } };
  }
}
