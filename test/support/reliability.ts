// Shared machinery of the hardening suites (test/hardening): settings, the four components, counters that every
// suite prints, and the checks a rendered element must pass. `npm run report:reliability` collects the printed
// `[reliability-json]` lines into one table (scripts/report-reliability.mjs).
import '../../src/define/all.js';
import type { Problem } from '../../src/schema/validate.js';
import { engine } from './engines.js';

/** The four components, in the order of the README. */
export const TAGS = ['pc-budget-gauge', 'pc-saldo-table', 'pc-goal-tree', 'pc-indicator-card'] as const;
export type Tag = (typeof TAGS)[number];

export interface Settings {
  /** Generated documents per component. */
  runs: number;
  /** fast-check seed. */
  seed: number;
  /** True when run by scripts/report-reliability.mjs (full counts). */
  full: boolean;
}

/**
 * Generated documents per component in npm test: 1,000 in Chromium; in Firefox and WebKit the first 250 of the
 * same sequence (fast-check draws the same documents from the same seed). Finding new documents is the
 * engine-neutral half and is done in Chromium; the other engines check that those documents draw as cleanly there.
 * The 1,000 take about two minutes per engine on a 2-core machine, and npm test must stay under 15 minutes.
 */
export const DEFAULT_RUNS = engine() === 'chromium' ? 1000 : 250;

/**
 * Settings come from scripts/wtr-reliability.config.mjs (`window.__pcReliability`, from PC_FUZZ_RUNS and PC_SEED),
 * or from the page URL (`?pc-runs=…&pc-seed=…`) when a suite is opened by hand; otherwise the npm test defaults.
 */
export function settings(): Settings {
  const injected = ((globalThis as any).__pcReliability ?? {}) as Partial<Settings>;
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  const number = (value: unknown, fallback: number) => {
    const n = Number(value);
    return value !== undefined && value !== null && value !== '' && Number.isFinite(n) && n >= 0
      ? n
      : fallback;
  };
  return {
    runs: Math.floor(number(params.get('pc-runs') ?? injected.runs, DEFAULT_RUNS)),
    seed: Math.floor(number(params.get('pc-seed') ?? injected.seed, 42)),
    full: injected.full === true,
  };
}

/** The columns of the reliability table; a suite reports the ones it measures. */
export interface Figures {
  documents?: number;
  rendered?: number;
  errorsShown?: number;
  exceptions?: number;
  nanFound?: number;
  payloadsExecuted?: number;
  cspViolations?: number;
  staleRenders?: number;
  [extra: string]: number | string | undefined;
}

/**
 * Prints one human line (`[reliability] corpus: 64 documents, …`) and one machine line for the report script.
 * web-test-runner shows both under the test file's browser logs.
 */
export function report(suite: string, figures: Figures, summary: string): void {
  console.log(`[reliability] ${suite}: ${summary}`);
  console.log(`[reliability-json] ${JSON.stringify({ suite, ...figures })}`);
}

/**
 * Counts everything that escapes a component: uncaught errors, unhandled rejections and console.error calls.
 * While it runs, console.warn/info (every error state logs one) are counted instead of printed, so that thousands
 * of documents do not flood the runner's output.
 */
export class ExceptionWatch {
  exceptions = 0;
  readonly messages: string[] = [];
  warnings = 0;
  private restore: Array<() => void> = [];

  start(): this {
    const onError = (event: ErrorEvent) => this.record(`error: ${event.message}`);
    const onRejection = (event: PromiseRejectionEvent) =>
      this.record(`unhandledrejection: ${String(event.reason)}`);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const { error, warn, info } = console;
    console.error = (...args: unknown[]) => this.record(`console.error: ${args.map(String).join(' ')}`);
    console.warn = () => {
      this.warnings += 1;
    };
    console.info = () => {};
    this.restore = [
      () => window.removeEventListener('error', onError),
      () => window.removeEventListener('unhandledrejection', onRejection),
      () => {
        console.error = error;
        console.warn = warn;
        console.info = info;
      },
    ];
    return this;
  }

  stop(): void {
    for (const undo of this.restore) undo();
    this.restore = [];
  }

  private record(message: string): void {
    this.exceptions += 1;
    if (this.messages.length < 20) this.messages.push(message.slice(0, 300));
  }
}

export type Outcome = 'rendered' | 'error' | 'none' | 'both';

/** What one assignment of `data` (or `src`) did: which events fired and what the reader sees. */
export interface Shown {
  outcome: Outcome;
  loads: number;
  /** `detail.document` of each pc-load: the document the element shows. */
  loaded: unknown[];
  errors: Array<{ code: string; path: string; message: string; problems: Problem[] }>;
  alert: Element | null;
}

/** Waits until the element (and any update its own update scheduled) has finished rendering. */
export async function settle(el: Element): Promise<void> {
  const lit = el as unknown as { updateComplete: Promise<boolean> };
  for (let i = 0; i < 10; i++) if (await lit.updateComplete) return;
}

/** Listens for pc-load / pc-error on an element while `action` runs and the element settles. */
export async function observe(el: Element, action: () => void | Promise<void>): Promise<Shown> {
  let loads = 0;
  const loaded: unknown[] = [];
  const errors: Shown['errors'] = [];
  const onLoad = (event: Event) => {
    loads += 1;
    loaded.push((event as CustomEvent).detail?.document);
  };
  const onError = (event: Event) => errors.push((event as CustomEvent).detail);
  el.addEventListener('pc-load', onLoad);
  el.addEventListener('pc-error', onError);
  try {
    await action();
    await settle(el);
  } finally {
    el.removeEventListener('pc-load', onLoad);
    el.removeEventListener('pc-error', onError);
  }
  const alert = el.shadowRoot?.querySelector('[role="alert"]') ?? null;
  const outcome: Outcome =
    loads > 0 && errors.length > 0 ? 'both' : loads > 0 ? 'rendered' : errors.length > 0 ? 'error' : 'none';
  return { outcome, loads, loaded, errors, alert };
}

/** Sets `data` on a (possibly reused) element and reports what happened. */
export function show(el: Element, data: unknown, attrs?: Record<string, string | undefined>): Promise<Shown> {
  return observe(el, () => {
    if (attrs) setAttributes(el, attrs);
    (el as unknown as { data: unknown }).data = data;
  });
}

export function setAttributes(el: Element, attrs: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
}

/** A detached-from-the-test container in the page where suites mount their elements. */
export function stage(): HTMLElement {
  const div = document.createElement('div');
  div.style.width = '720px';
  document.body.appendChild(div);
  return div;
}

export function isDefined(tag: Tag): boolean {
  return customElements.get(tag) !== undefined;
}

/** Components the suites cover that are not registered: each suite fails on them (never a silent skip). */
export function missingTags(): Tag[] {
  return TAGS.filter((tag) => !isDefined(tag));
}

const BAD_NUMBER_ATTR = /NaN|Infinity|e\+/;
const BAD_NUMBER_TEXT = /NaN|Infinity|∞|\de\+\d/;

/**
 * Places where a broken number would show: every SVG attribute, inline styles and ARIA values ("0 NaN,
 * Infinity or e+ in any SVG attribute"), and the visible text (data in the suites never contains these words).
 */
export function numberProblems(el: Element): string[] {
  const root = el.shadowRoot;
  if (!root) return [];
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    const inSvg = node instanceof SVGElement;
    for (const name of node.getAttributeNames()) {
      if (!inSvg && name !== 'style' && !name.startsWith('aria-value') && name !== 'viewBox') continue;
      const value = node.getAttribute(name) ?? '';
      if (BAD_NUMBER_ATTR.test(value)) found.push(`<${node.localName} ${name}="${value.slice(0, 80)}">`);
    }
  }
  const text = root.textContent ?? '';
  const match = BAD_NUMBER_TEXT.exec(text);
  if (match) found.push(`text "…${text.slice(Math.max(0, match.index - 30), match.index + 30)}…"`);
  return found;
}

/**
 * Elements that show a value or a name: none of them may be left without text. Per component, the spots where a
 * reader expects something (a title, an amount, a label), plus the error message.
 */
export const VALUE_SPOTS: Record<Tag, string> = {
  'pc-budget-gauge':
    '[part="label"], [part="sentence"], [part="figures"] li, text.scale-label, text.reading, .unit',
  'pc-saldo-table': 'caption .title, tbody th[scope="row"], tfoot th, td.num, [part="footnote"], .pc-status',
  'pc-goal-tree': '.caption, [part="node-title"], [part="status"], .details h3',
  'pc-indicator-card':
    '[part="title"], [part="value"], [part="target"], [part="change"], [part="verdict"], .value-label, .no-values, .y-axis span, .x-axis span, [part="meta"] > span, [part="table"] th, [part="table"] td',
};

export function emptySpots(tag: Tag, el: Element): string[] {
  const root = el.shadowRoot;
  if (!root) return ['no shadow root'];
  const selector = `${VALUE_SPOTS[tag]}, [role="alert"] p, [role="alert"] strong`;
  const empty: string[] = [];
  for (const node of root.querySelectorAll(selector)) {
    // A placeholder kept hidden (the `hidden` attribute) is not shown, so it need not hold text.
    if (node.closest('[hidden]')) continue;
    if ((node.textContent ?? '').trim() === '') {
      empty.push(
        `<${node.localName} class="${node.getAttribute('class') ?? ''}" part="${node.getAttribute('part') ?? ''}">`,
      );
    }
  }
  return empty;
}

/**
 * A message as a reader gets it: not empty, no placeholder of the catalogue left unfilled. Text that came from the
 * data (the problem's params, which may hold "{title}" themselves) is taken out before looking for placeholders.
 */
export function readableMessage(message: string | undefined, params?: Record<string, unknown>): boolean {
  if (typeof message !== 'string' || message.trim().length < 10) return false;
  let rest = message;
  for (const value of Object.values(params ?? {})) {
    if (typeof value !== 'string' || value === '') continue;
    for (const form of [value, value.slice(0, 57)]) rest = rest.split(form).join('');
  }
  return !/\{\w+\}/.test(rest);
}

/** Whitespace-normalised visible text of a node. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The datasets transcribed from the seeds (demo/data), fetched once per test file. */
export const DATASETS = {
  y2025: '/demo/data/jaarstukken-2025-programma-2.json',
  y2021: '/demo/data/jaarverslag-2021-programma-2.json',
  social: '/demo/data/rapportage-sociaal-domein-2024-h2.json',
  health: '/demo/data/gezonde-stad-2023-2026.json',
  comparisons: '/demo/data/gezonde-stad-2023-2026-bijlage-1.json',
} as const;

const datasetCache = new Map<string, Promise<any>>();

/** A dataset as parsed JSON (a fresh copy each call), or undefined when the file is not there (yet). */
export async function dataset(url: string): Promise<any | undefined> {
  let pending = datasetCache.get(url);
  if (!pending) {
    pending = fetch(url).then(async (response) => {
      if (!response.ok) return undefined;
      try {
        return JSON.parse(await response.text());
      } catch {
        return undefined;
      }
    });
    datasetCache.set(url, pending);
  }
  const value = await pending;
  return value === undefined ? undefined : structuredClone(value);
}

/** The first indicator id of a document, for the card's `indicator` attribute. */
export function firstIndicatorId(doc: any): string | undefined {
  for (const programme of doc?.programmes ?? []) {
    for (const goal of programme.goals ?? []) {
      for (const indicator of goal.indicators ?? []) return indicator.id;
    }
  }
  return undefined;
}

/** Every indicator id of a document. */
export function indicatorIds(doc: any): string[] {
  const ids: string[] = [];
  for (const programme of doc?.programmes ?? []) {
    for (const goal of programme.goals ?? [])
      for (const indicator of goal.indicators ?? []) ids.push(indicator.id);
  }
  return ids;
}

/**
 * The selecting attributes that make each component show the main part of a seed document: programme p2 (or the
 * first programme), the first indicator, the first goal tree when there is one.
 */
export function selectionFor(tag: Tag, doc: any): Record<string, string | undefined> {
  const programme = doc?.programmes?.[0]?.id ?? 'p2';
  switch (tag) {
    case 'pc-budget-gauge':
    case 'pc-saldo-table':
      return { programme };
    case 'pc-goal-tree':
      return doc?.goalTrees?.[0]
        ? { tree: doc.goalTrees[0].id, programme: undefined }
        : { programme, tree: undefined };
    case 'pc-indicator-card':
      return { indicator: firstIndicatorId(doc) ?? 'onbekend' };
  }
}

/** Installs `window.__pcXss` (and alert/confirm/prompt) as the hook any executed payload would call. */
export function installXssHook(): { count: () => number; calls: string[]; uninstall: () => void } {
  const calls: string[] = [];
  const w = window as any;
  const saved = { alert: w.alert, confirm: w.confirm, prompt: w.prompt, print: w.print };
  const hook = (...args: unknown[]) => {
    calls.push(args.map(String).join(' ').slice(0, 100) || '(no argument)');
  };
  w.__pcXss = hook;
  w.alert = hook;
  w.confirm = hook;
  w.prompt = hook;
  w.print = hook;
  return {
    count: () => calls.length,
    calls,
    uninstall: () => {
      Object.assign(w, saved);
      delete w.__pcXss;
    },
  };
}

/** Replaces window.fetch with a recording pass-through; the loader calls the global fetch at request time. */
export function spyFetch(): { urls: string[]; signals: AbortSignal[]; restore: () => void } {
  const original = window.fetch;
  const urls: string[] = [];
  const signals: AbortSignal[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (init?.signal) signals.push(init.signal);
    return original.call(window, input, init);
  }) as typeof fetch;
  return { urls, signals, restore: () => (window.fetch = original) };
}
