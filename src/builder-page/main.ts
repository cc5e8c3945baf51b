/**
 * The builder page: read a file (in a worker), show what was read and what is wrong, pick a component and its
 * options from the data, see it live, copy the snippet (script or iframe) and download the JSON. The last good
 * document stays when a new file has errors. Text from files is rendered as text only (Lit bindings).
 *
 * The main thread never holds a whole document: the worker converts, keeps the last good document and sends
 * the lists, the JSON texts and, for the preview, the part of the document the component shows. Each step of
 * showing a result is a task of its own, so none holds the page for long (scripts/bench-builder.mjs measures it).
 */
import { html, nothing, render } from 'lit';
import '../define/all.js';
import type { ConvertResult, InputFile } from '../builder/index.js';
import { formatNumber } from '../lib/format.js';
import { type Choice, type ComponentTag, defaultsOf } from './options.js';
import { selectField } from './select.templates.js';
import { iframeSnippet, inlineSnippet, jsonFileName, snippet } from './snippet.js';
import { type PageLocale, say, type StringKey, summaryText } from './strings.js';
import { publishSection } from './publish.templates.js';
import type { ConvertReply, PreviewReply, Request } from './worker.js';

interface Loaded {
  name: string;
  result: ConvertResult;
  counts: ConvertReply['counts'];
}

type Good = Loaded & NonNullable<ConvertReply['good']>;

const state = {
  locale: (document.documentElement.lang === 'en' ? 'en' : 'nl') as PageLocale,
  busy: undefined as string | undefined,
  good: undefined as Good | undefined,
  last: undefined as Loaded | undefined,
  /** The part of the good document the preview shows (from the worker), the iframe's title, and the choice
   * they were made for. */
  preview: undefined as
    (PreviewReply & { tag: ComponentTag; attributes: Record<string, string> }) | undefined,
  tag: 'pc-indicator-card' as ComponentTag,
  attributes: {} as Record<string, string>,
  widgetLang: 'nl' as PageLocale,
  scriptUrl: '/bestanden/pc-charts.js',
  dataUrl: '',
  copyStatus: '',
};

/** Timings of the last conversions, for the benchmark (scripts/bench-builder.mjs). */
const timings: { file: string; startedAt: number; repliedAt: number; workerMs: number; totalMs: number }[] =
  [];
(window as unknown as { __builder: unknown }).__builder = { timings, state };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (data: unknown) => void>();

/** The worker (and with it the converter and its zip library) is loaded on first use only. */
function ask<T>(request: Request, transfer: Transferable[] = []): Promise<T> {
  if (!worker) {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number }>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
  }
  const id = nextId++;
  return new Promise<T>((resolve) => {
    pending.set(id, resolve as (data: unknown) => void);
    worker!.postMessage({ ...request, id }, transfer);
  });
}

const t = (key: StringKey, params?: Record<string, string | number>) => say(state.locale, key, params);

/** A macrotask: what comes after it is a task of its own. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

async function readFiles(list: FileList | File[]): Promise<void> {
  const files = Array.from(list);
  if (files.length === 0) return;
  const name = files.map((file) => file.name).join(', ');
  state.busy = name;
  update();
  const started = performance.now();
  const inputs: InputFile[] = await Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  const reply = await ask<ConvertReply>(
    { type: 'convert', files: inputs, locale: state.locale },
    inputs.map((input) => input.bytes.buffer),
  );
  const replied = performance.now();
  state.busy = undefined;
  state.last = { name, result: reply.result, counts: reply.counts };
  if (reply.good) {
    state.good = { name, result: reply.result, counts: reply.counts, ...reply.good };
    state.dataUrl = `/bestanden/${jsonFileName(files[0].name)}`;
    const tags = reply.good.catalog.tags;
    if (!tags.includes(state.tag)) state.tag = tags[0] ?? 'pc-indicator-card';
    state.attributes = defaultsOf(reply.good.catalog.options[state.tag] ?? []);
  }
  state.copyStatus = '';
  // What was read (and what is wrong) first; the lists in the next task, the live component when the worker
  // has sent its part of the document: no step holds the main thread long.
  deferChooser = true;
  update();
  await nextTask();
  deferChooser = false;
  update();
  if (reply.good) await refreshPreview();
  // Shown: the page has rendered what was read and the preview has drawn (for scripts/bench-builder.mjs).
  await (document.querySelector('#preview > *') as { drawComplete?: Promise<unknown> } | null)?.drawComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  timings.push({
    file: name,
    startedAt: started,
    repliedAt: replied,
    workerMs: reply.ms,
    totalMs: performance.now() - started,
  });
}

async function downloadTemplate(): Promise<void> {
  const reply = await ask<{ bytes: Uint8Array }>({ type: 'template' });
  save(
    new Blob([reply.bytes as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    'pc-charts-sjabloon.xlsx',
  );
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    state.copyStatus = t('copied');
  } catch {
    state.copyStatus = t('copyFailed');
  }
  update();
}

function snippetInput() {
  return {
    tag: state.tag,
    attributes: state.attributes,
    scriptUrl: state.scriptUrl,
    dataUrl: state.dataUrl,
    lang: state.widgetLang,
  };
}

const currentSnippet = () => snippet(snippetInput());
const currentIframe = () => iframeSnippet(snippetInput(), state.preview?.title ?? t('title'));

/** Asks the worker for the part of the document the chosen component shows; a later choice wins. */
let previewRequest = 0;
async function refreshPreview(): Promise<void> {
  const request = ++previewRequest;
  const { tag, attributes } = state;
  const reply = await ask<PreviewReply>({ type: 'preview', tag, attributes });
  if (request !== previewRequest) return;
  state.preview = { ...reply, tag, attributes };
  update();
}

/** Updates the page, and the preview's data for a changed component or attribute. */
function choose(): void {
  update();
  void refreshPreview();
}

function problemList(result: ConvertResult, counts: Loaded['counts']) {
  if (result.problems.length === 0) return nothing;
  const more = counts.errors + counts.warnings - result.problems.length;
  return html`<h3>${t('problems')}</h3>
    <ul class="problems">
      ${result.problems.map((problem) => {
        const place =
          problem.sheet !== undefined
            ? `${problem.sheet}${problem.cell ? `!${problem.cell}` : ''}`
            : (problem.path ?? '');
        return html`<li class=${problem.severity}>
          <strong
            >${t(problem.severity === 'error' ? 'error' : 'warning')}${place ? html` <code>${place}</code>` : nothing}:</strong
          >
          ${problem.messages[state.locale]}
        </li>`;
      })}
    </ul>
    ${more > 0 ? html`<p>${t(more === 1 ? 'moreProblemsOne' : 'moreProblemsMany', { count: formatNumber(more, state.locale, 0) })}</p>` : nothing}`;
}

function status() {
  const last = state.last;
  if (state.busy) return html`<p>${t('reading', { file: state.busy })}</p>`;
  if (!last) return html`<p>${t('nothingYet')}</p>`;
  const { errors, warnings } = last.counts;
  const count = (n: number) => formatNumber(n, state.locale, 0);
  return html`${
    errors > 0
      ? html`<p class="bad">
          ${errors === 1 ? t('readErrorsOne', { file: last.name }) : t('readErrorsMany', { file: last.name, count: count(errors) })}
          ${state.good && state.good.name !== last.name ? t('kept', { file: state.good.name }) : nothing}
        </p>`
      : html`<p class="good">
          ${t('readOk', { file: last.name, summary: summaryText(last.result.summary, state.locale) })}
        </p>`
  }
  ${warnings > 0 ? html`<p>${warnings === 1 ? t('warningsOne') : t('warningsMany', { count: count(warnings) })}</p>` : nothing}
  ${problemList(last.result, last.counts)}`;
}

/** What the editor typed in each long list's search field. */
const filters: Record<string, string> = {};

function select(
  id: string,
  label: string,
  value: string,
  choices: Choice[],
  onChange: (value: string) => void,
  optional = false,
) {
  return selectField({
    id,
    label,
    value,
    choices,
    onChange,
    optional,
    t,
    locale: state.locale,
    filter: filters[id] ?? '',
    onFilter: (text) => {
      filters[id] = text;
      update();
    },
  });
}

function chooser(good: Good) {
  const { tags, options } = good.catalog;
  return html`<section aria-labelledby="step3">
      <h2 id="step3">${t('step3')}</h2>
      <div class="columns">
        <div class="options">
          ${select(
            'component',
            t('component'),
            state.tag,
            tags.map((tag) => ({ value: tag, label: t(`tag.${tag}` as StringKey) })),
            (value) => {
              state.tag = value as ComponentTag;
              state.attributes = defaultsOf(options[state.tag] ?? []);
              choose();
            },
          )}
          ${(options[state.tag] ?? []).map((option) =>
            select(
              `attr-${option.name}`,
              t(option.label as StringKey),
              state.attributes[option.name] ?? '',
              option.choices,
              (value) => {
                state.attributes = { ...state.attributes, [option.name]: value };
                if (value === '') delete state.attributes[option.name];
                choose();
              },
              option.optional,
            ),
          )}
          ${select(
            'widget-lang',
            t('widgetLanguage'),
            state.widgetLang,
            [
              { value: 'nl', label: 'Nederlands' },
              { value: 'en', label: 'English' },
            ],
            (value) => {
              state.widgetLang = value === 'en' ? 'en' : 'nl';
              update();
            },
          )}
        </div>
        <div class="preview">
          <h3>${t('preview')}</h3>
          <div id="preview"></div>
        </div>
      </div>
    </section>
    ${publishSection({
      t,
      scriptUrl: state.scriptUrl,
      dataUrl: state.dataUrl,
      snippet: currentSnippet(),
      iframe: currentIframe(),
      copyStatus: state.copyStatus,
      setScriptUrl: (value) => {
        state.scriptUrl = value;
        update();
      },
      setDataUrl: (value) => {
        state.dataUrl = value;
        update();
      },
      copy: (text) => void copy(text),
      download: () =>
        save(
          new Blob([good.pretty], { type: 'application/json' }),
          state.dataUrl.replace(/^.*\//, '') || 'gegevens.json',
        ),
      inline: () =>
        inlineSnippet(
          {
            tag: state.tag,
            attributes: state.attributes,
            scriptUrl: state.scriptUrl,
            lang: state.widgetLang,
          },
          good.json,
        ),
    })}`;
}

function page() {
  return html`<header>
      <h1>${t('title')}</h1>
      <button
        type="button"
        id="language"
        lang=${state.locale === 'nl' ? 'en' : 'nl'}
        aria-label=${t('languageLabel')}
        @click=${() => {
          state.locale = state.locale === 'nl' ? 'en' : 'nl';
          document.documentElement.lang = state.locale;
          state.copyStatus = '';
          update();
        }}
      >
        ${t('language')}
      </button>
    </header>
    <main>
      <p>${t('intro')}</p>
      <section aria-labelledby="step1">
        <h2 id="step1">${t('step1')}</h2>
        <div
          class="drop"
          @dragover=${(event: DragEvent) => event.preventDefault()}
          @drop=${(event: DragEvent) => {
            event.preventDefault();
            if (event.dataTransfer?.files) void readFiles(event.dataTransfer.files);
          }}
        >
          <p class="field">
            <label for="file">${t('chooseFile')}</label>
            <input
              id="file"
              type="file"
              multiple
              accept=".xlsx,.ods,.csv,.json,.txt"
              @change=${(event: Event) => {
                const input = event.target as HTMLInputElement;
                if (input.files) void readFiles(input.files);
              }}
            />
          </p>
          <p class="hint">${t('drop')}</p>
        </div>
        <p>
          <button type="button" id="template" @click=${downloadTemplate}>${t('template')}</button>
          ${t('templateHelp')}
        </p>
      </section>
      <section aria-labelledby="step2">
        <h2 id="step2">${t('step2')}</h2>
        <div id="status" aria-live="polite">${status()}</div>
      </section>
      ${state.good && !(deferChooser && !previewTag) ? chooser(state.good) : nothing}
    </main>`;
}

let previewTag = '';
let deferChooser = false;

/**
 * The live component: made once per tag, then its attributes and data updated in place. It shows the part of
 * the document the worker sent for the choice it was made for (the next choice follows when its part arrives).
 */
function updatePreview(): void {
  const holder = document.getElementById('preview');
  const preview = state.preview;
  if (!holder || !state.good || !preview?.doc) {
    previewTag = '';
    return;
  }
  let element = holder.firstElementChild as (HTMLElement & { data?: unknown }) | null;
  if (!element || previewTag !== preview.tag) {
    holder.replaceChildren();
    element = document.createElement(preview.tag) as HTMLElement & { data?: unknown };
    holder.append(element);
    previewTag = preview.tag;
  }
  for (const attribute of Array.from(element.attributes))
    if (attribute.name !== 'lang') element.removeAttribute(attribute.name);
  for (const [name, value] of Object.entries(preview.attributes)) element.setAttribute(name, value);
  element.setAttribute('lang', state.widgetLang);
  if (element.data !== preview.doc) element.data = preview.doc;
}

function update(): void {
  document.title = t('title');
  render(page(), document.getElementById('app')!);
  updatePreview();
}

// The page's no-script message goes; Lit renders into the emptied container from here on.
document.getElementById('app')!.replaceChildren();
update();
