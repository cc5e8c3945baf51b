/**
 * The HTML an editor pastes into the CMS: the script include and the element, pointing at the addresses the
 * editor gives for the two files; or the element with the data inside it. Attribute values are escaped, and
 * `<` in inline JSON is written as \u003c so no `</script>` in the data can end the script element.
 */
import type { PcDocument } from '../schema/types.js';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

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

export function inlineSnippet(input: Omit<SnippetInput, 'dataUrl'>, doc: PcDocument): string {
  const lang = input.lang === 'en' ? ' lang="en"' : '';
  const json = JSON.stringify(doc).replace(/</g, '\\u003c');
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
