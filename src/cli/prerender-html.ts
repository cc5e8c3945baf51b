/**
 * Text work on the server renderer's output: Lit's hydration markers out (the script re-renders, it does not
 * hydrate), the light-DOM fallback, the inline data, the hashes a Content Security Policy needs. Pure functions
 * over strings that Lit produced, in which text and attribute values from data are always escaped, so `<` only
 * ever opens a tag or a comment.
 */

/** CSS text: comments gone, whitespace collapsed, no spaces around `{ } ; ,` (never around `:` or `>`). */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Lit's `<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node n-->` and `<?>` markers gone, the styles
 * minified, runs of white space between tags collapsed.
 */
export function stripLitMarkers(html: string): string {
  return html
    .replace(/<!--\/?lit-(?:part|node)[^>]*?-->|<\?>/g, '')
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => `<style>${minifyCss(css)}</style>`)
    .replace(/>\s+</g, '> <');
}

/** JSON for a `<script type="application/json">`: no `</script>` or `<!--` can close or confuse it. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
]);
/** Elements that mean nothing without the component's styles or script. */
const DROPPED = new Set(['style', 'svg', 'button', 'template', 'script', 'input', 'select']);
/** Attributes that stay in the fallback: table structure, language, links. */
const KEPT_ATTRIBUTES = new Set(['scope', 'colspan', 'rowspan', 'lang', 'dir', 'href', 'datetime']);
const TOKEN = /<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|([^<]+)/g;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    attributes.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Parts that only make sense with the script: keyboard hints, the pointer readout, downloads, tree details. */
const SCRIPT_ONLY_CLASSES = ['readout', 'pc-export', 'hint', 'details'];
const SCRIPT_ONLY_IDS = ['keys'];

function dropped(tag: string, attributes: Map<string, string>): boolean {
  const classes = (attributes.get('class') ?? '').split(/\s+/);
  return (
    DROPPED.has(tag) ||
    attributes.get('aria-hidden') === 'true' ||
    attributes.has('hidden') ||
    classes.some((name) => SCRIPT_ONLY_CLASSES.includes(name)) ||
    SCRIPT_ONLY_IDS.includes(attributes.get('id') ?? '')
  );
}

/**
 * The component's shadow content as plain light-DOM HTML: its text, lists and tables, without styles, SVG,
 * buttons, decoration hidden from assistive technology, or parts hidden on screen. `text` is its words alone.
 */
export function fallbackHtml(shadow: string, _locale: string): { html: string; text: string } {
  let out = '';
  let text = '';
  let skipTag = '';
  let skipDepth = 0;
  for (const match of shadow.matchAll(TOKEN)) {
    const [whole, closing, rawTag, rawAttributes, selfClosing, textPart] = match;
    if (textPart !== undefined) {
      if (!skipDepth) {
        out += textPart;
        text += textPart;
      }
      continue;
    }
    if (!rawTag) continue; // a comment
    const tag = rawTag.toLowerCase();
    const isVoid = VOID.has(tag) || selfClosing === '/';
    if (skipDepth) {
      if (tag === skipTag && !isVoid) skipDepth += closing ? -1 : 1;
      continue;
    }
    if (closing) {
      out += whole;
      continue;
    }
    const attributes = attributesOf(rawAttributes);
    if (dropped(tag, attributes)) {
      if (!isVoid) {
        skipTag = tag;
        skipDepth = 1;
      }
      continue;
    }
    const kept = [...attributes]
      .filter(([name]) => KEPT_ATTRIBUTES.has(name) && (name !== 'href' || tag === 'a'))
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('');
    out += `<${tag}${kept}>`;
  }
  const words = text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return { html: out.replace(/\n\s*\n/g, '\n').trim(), text: words };
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

/** The CSP hash of every distinct `<style>` element, and whether any `style` attribute is present. */
export async function styleHashes(html: string): Promise<{ elements: string[]; attributes: boolean }> {
  const contents = new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]));
  const elements = await Promise.all([...contents].map(sha256));
  return { elements, attributes: /<[^>]*\sstyle="/.test(html.replace(/<style>[\s\S]*?<\/style>/g, '')) };
}
