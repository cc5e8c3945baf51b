/**
 * The HTML an editor pastes into the CMS: the script include and the element, pointing at the addresses the
 * editor gives for the two files; or the element with the data inside it. Attribute values are escaped, and
 * `<` in inline JSON is written as \u003c so no `</script>` in the data can end the script element.
 */
import { escapeAttribute } from '../lib/html.js';
import type { PcDocument } from '../schema/types.js';

function attributeText(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

export interface SnippetInput {
  tag: string;
  attributes: Record<string, string>;
  scriptUrl: string;
  dataUrl: string;
  /** The widget's language; `nl` is the default and is not written. */
  lang: 'nl' | 'en';
}

export function snippet(input: SnippetInput): string {
  const lang = input.lang === 'en' ? ' lang="en"' : '';
  return `<script type="module" src="${escapeAttribute(input.scriptUrl)}"></script>\n<${input.tag} src="${escapeAttribute(input.dataUrl)}"${attributeText(input.attributes)}${lang}></${input.tag}>`;
}

/** The inline variant; `json` is the document as compact JSON text (the page gets it from the worker). */
export function inlineSnippet(input: Omit<SnippetInput, 'dataUrl'>, json: string): string {
  const lang = input.lang === 'en' ? ' lang="en"' : '';
  json = json.replace(/</g, '\\u003c');
  return `<script type="module" src="${escapeAttribute(input.scriptUrl)}"></script>\n<${input.tag}${attributeText(input.attributes)}${lang}>\n  <script type="application/json">${json}</script>\n</${input.tag}>`;
}

/** The JSON file's text as downloaded: pretty-printed, with a final newline. */
export function documentText(doc: PcDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A file name for the download from the input's name: `Jaarstukken 2025.xlsx` → `jaarstukken-2025.json`. */
export function jsonFileName(inputName: string): string {
  const base = inputName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[a-z0-9]+$/i, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'gegevens'}.json`;
}

/** A query value as written in the iframe address: encoded, but `/` and `:` kept so a path stays readable. */
function queryValue(value: string): string {
  return encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
}

/**
 * The embed page's address: `embed.html` in the folder of the script (the README's iframe section puts
 * embed.html, embed.js, embed.css and embed-host.js beside pc-charts.js), then `component`, `src`, each attribute
 * and `lang` as query parameters.
 */
export function embedAddress(input: SnippetInput): string {
  const folder = input.scriptUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  const params: [string, string][] = [
    ['component', input.tag.replace(/^pc-/, '')],
    ['src', input.dataUrl],
    ...Object.entries(input.attributes).filter(([, value]) => value !== ''),
    ['lang', input.lang],
  ];
  return `${folder}embed.html?${params.map(([name, value]) => `${name}=${queryValue(value)}`).join('&')}`;
}

/**
 * The iframe variant, for a CMS that strips `<script>` from what an editor pastes: the README's iframe snippet
 * (title from the data, sandbox, no referrer, lazy) and the height listener beside the script; without the
 * listener the frame keeps its 640 px and scrolls.
 */
export function iframeSnippet(input: SnippetInput, title: string): string {
  const folder = input.scriptUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  return `<iframe data-pc-charts title="${escapeAttribute(title)}"
  src="${escapeAttribute(embedAddress(input))}"
  style="width: 100%; height: 640px; border: 0" loading="lazy"
  sandbox="allow-scripts allow-same-origin allow-downloads" referrerpolicy="no-referrer"></iframe>
<script src="${escapeAttribute(`${folder}embed-host.js`)}"></script>`;
}
