/**
 * `pc-charts render`: one component, pre-rendered with Lit's server-side renderer into declarative shadow DOM,
 * so the chart, its summary and its table show without JavaScript. The element keeps its data inline
 * (`<script type="application/json">`), so a page that does load the script takes it over in the same frame, and
 * carries a light-DOM copy of its text and table for browsers (or CMSes) without declarative shadow DOM.
 * Node-side only: built into dist/cli/render.js, never part of the browser bundles.
 */
import { render } from '@lit-labs/ssr/lib/render.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { PropertyDeclaration } from 'lit';
import type { PcDocument } from '../schema/types.js';
import { PcBudgetGauge } from '../components/budget-gauge/budget-gauge.js';
import { PcGoalTree } from '../components/goal-tree/goal-tree.js';
import { PcIndicatorCard } from '../components/indicator-card/indicator-card.js';
import { PcSaldoTable } from '../components/saldo-table/saldo-table.js';
import { define } from '../internal/define.js';
import { loadEnglish } from '../i18n/english.js';
import { parseJsonText, validateDocument } from '../schema/validate.js';
import { pruneDocument } from '../lib/prune.js';
import { escapeAttribute } from '../lib/html.js';
import { fallbackHtml, inlineJson, stripLitMarkers, styleHashes } from './prerender-html.js';

export const COMPONENTS = {
  'indicator-card': PcIndicatorCard,
  'budget-gauge': PcBudgetGauge,
  'saldo-table': PcSaldoTable,
  'goal-tree': PcGoalTree,
} as const;
export type ComponentName = keyof typeof COMPONENTS;

/** Attributes of the base element that make no sense in a pre-rendered page (the data is inline). */
const NOT_OPTIONS = new Set(['timeout']);

/** Every attribute of a component's element, as the CLI's options: `--indicator`, `--table-open`, … */
export function componentAttributes(name: ComponentName): Array<{ name: string; boolean: boolean }> {
  const ctor = COMPONENTS[name];
  // observedAttributes finalizes the class (collects the properties of it and its base) as the browser would.
  void ctor.observedAttributes;
  const options: Array<{ name: string; boolean: boolean }> = [];
  for (const [property, declaration] of ctor.elementProperties as Map<PropertyKey, PropertyDeclaration>) {
    if (declaration.state || declaration.attribute === false) continue;
    const attribute =
      typeof declaration.attribute === 'string' ? declaration.attribute : String(property).toLowerCase();
    if (NOT_OPTIONS.has(attribute)) continue;
    options.push({ name: attribute, boolean: declaration.type === Boolean });
  }
  return options;
}

export interface RenderOptions {
  component: ComponentName;
  /** Attribute values by attribute name; `true` for a boolean attribute that is present. */
  attributes: Record<string, string | true>;
  /** `nl` (default) or `en`: set as the element's `lang`. */
  lang?: string;
}

export interface RenderOutput {
  html: string;
  /** The Content Security Policy directives the HTML needs beyond a strict one. */
  csp: string;
  /** Problems that stop rendering (invalid JSON, an invalid document), in the document's words. */
  errors: string[];
}

/** The document the element carries: what it shows, when that part alone is still a valid document. */
function inlineData(doc: PcDocument, options: RenderOptions): PcDocument {
  const pruned = pruneDocument(doc, options.component, options.attributes);
  return pruned !== doc && validateDocument(pruned).ok ? pruned : doc;
}

let defined = false;
function defineAll(): void {
  if (defined) return;
  defined = true;
  for (const [name, ctor] of Object.entries(COMPONENTS)) define(`pc-${name}`, ctor);
}

/** Pre-renders one component over the document text (JSON). Never throws for bad input: see `errors`. */
export async function renderComponent(documentText: string, options: RenderOptions): Promise<RenderOutput> {
  const locale = options.lang === 'en' ? 'en' : 'nl';
  const parsed = parseJsonText(documentText);
  if (parsed.problem) return { html: '', csp: '', errors: [parsed.problem.messages[locale]] };
  const checked = validateDocument(parsed.value, { locale });
  if (!checked.ok || !checked.document) {
    return {
      html: '',
      csp: '',
      errors: checked.errors.map((p) => `${p.path || '/'}: ${p.messages[locale]}`),
    };
  }
  defineAll();
  // The server renders in one pass (no scheduled update waits for them): English strings first.
  if (locale === 'en') await loadEnglish();
  const tag = `pc-${options.component}`;
  const attributes: Record<string, string | true> = { ...options.attributes };
  if (options.lang) attributes.lang = options.lang;
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`))
    .join(' ');
  // With `src` the page's script fetches the document; the server renders from the file it was given.
  const keepSrc = typeof attributes.src === 'string';
  // A static tag name (lit/static-html), which the lit lint rules do not know.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const template = html`<${unsafeStatic(tag)} ${unsafeStatic(attributeText)} .data=${checked.document}></${unsafeStatic(tag)}>`;
  const rendered = stripLitMarkers(collectResultSync(render(template)));
  // The element as rendered: `<pc-x …><template shadowrootmode="open">…</template></pc-x>`.
  const close = `</${tag}>`;
  const end = rendered.lastIndexOf(close);
  const shadowStart = rendered.indexOf('<template');
  const shadowEnd = rendered.lastIndexOf('</template>');
  if (end < 0 || shadowStart < 0 || shadowEnd < 0) {
    return { html: '', csp: '', errors: [`${tag} did not render`] };
  }
  const shadow = rendered.slice(rendered.indexOf('>', shadowStart) + 1, shadowEnd);
  const error = /role="alert"/.test(shadow) ? fallbackHtml(shadow, locale).text : '';
  if (error) return { html: '', csp: '', errors: [error] };
  const data = keepSrc
    ? ''
    : `<script type="application/json">${inlineJson(inlineData(checked.document, options))}</script>`;
  const fallback = `<div class="pc-fallback">${fallbackHtml(shadow, locale).html}</div>`;
  const output = `${rendered.slice(0, end)}${data}${fallback}${close}${rendered.slice(end + close.length)}`;
  const hashes = await styleHashes(shadow);
  const directives = [`style-src-elem 'self' ${hashes.elements.join(' ')}`.trim()];
  if (hashes.attributes) directives.push(`style-src-attr 'unsafe-inline'`);
  return { html: output.trim(), csp: directives.join('; '), errors: [] };
}
