/**
 * The iframe embed page's reading of its URL, as pure functions: which component, which attributes, whether the
 * `src` may be shown under this site's address, the page's title and the height message to the host page.
 */
import type { PcDocument } from '../schema/types.js';
import { findGoal, findIndicator, findProgramme, findTree } from './lookup.js';
import { checkSourceUrl } from './url.js';

export const EMBED_COMPONENTS = ['indicator-card', 'budget-gauge', 'saldo-table', 'goal-tree'] as const;
export type EmbedComponent = (typeof EMBED_COMPONENTS)[number];

/** The message the embed page posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE = 'pc-charts:height';

export type EmbedRequest =
  | {
      ok: true;
      component: EmbedComponent;
      tag: string;
      attributes: Record<string, string>;
      lang: 'nl' | 'en';
    }
  | { ok: false; reason: 'no-component' | 'unknown-component'; lang: 'nl' | 'en'; component?: string };

/**
 * `?component=indicator-card&src=…&indicator=…&lang=nl`: the component, and of the other parameters only those
 * that are attributes of its element (`allowed`, from the element's observedAttributes), never anything else
 * (no `on…` handlers, no `style`).
 */
export function readEmbedRequest(search: string, allowed: (tag: string) => readonly string[]): EmbedRequest {
  const params = new URLSearchParams(search);
  const lang = params.get('lang')?.toLowerCase().startsWith('en') ? 'en' : 'nl';
  const component = params.get('component')?.trim().replace(/^pc-/, '');
  if (!component) return { ok: false, reason: 'no-component', lang };
  if (!(EMBED_COMPONENTS as readonly string[]).includes(component)) {
    return { ok: false, reason: 'unknown-component', lang, component: component.slice(0, 60) };
  }
  const tag = `pc-${component}`;
  const names = new Set(allowed(tag).map((name) => name.toLowerCase()));
  const attributes: Record<string, string> = {};
  for (const [name, value] of params) {
    const key = name.toLowerCase();
    if (key === 'component' || key === 'lang' || !names.has(key) || key.startsWith('on')) continue;
    attributes[key] = value;
  }
  return { ok: true, component: component as EmbedComponent, tag, attributes, lang };
}

export type SourceVerdict = { ok: true; url: string } | { ok: false; reason: 'not-allowed' | 'invalid' };

/**
 * Whether the embed page may show data from `src`: only from its own origin or an origin in `allowedOrigins`
 * (the site's list, in the page's `<meta name="pc-charts-allowed-origins">`), so nobody can make the
 * municipality's address display someone else's figures.
 */
export function checkEmbedSource(
  src: string,
  pageUrl: string,
  allowedOrigins: readonly string[],
): SourceVerdict {
  const verdict = checkSourceUrl(src, pageUrl);
  if (!verdict.ok) return { ok: false, reason: 'invalid' };
  const origin = new URL(verdict.url).origin;
  const own = new URL(pageUrl).origin;
  const allowed = new Set([own, ...allowedOrigins.map(normalizeOrigin).filter((o): o is string => !!o)]);
  return allowed.has(origin) ? { ok: true, url: verdict.url } : { ok: false, reason: 'not-allowed' };
}

/** "https://data.example.nl/" → "https://data.example.nl"; anything that is not an http(s) origin → undefined. */
export function normalizeOrigin(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** The origins in the meta tag's content: separated by spaces or commas. */
export function parseAllowedOrigins(content: string | null | undefined): string[] {
  return (content ?? '')
    .split(/[\s,]+/)
    .map(normalizeOrigin)
    .filter((origin): origin is string => !!origin);
}

/** "Jeugdhulp … — Jaarstukken 2025, Zoetermeer": what the component shows, then the publication. */
export function embedTitle(doc: PcDocument, attributes: Record<string, string>): string {
  const shown =
    (attributes.indicator && findIndicator(doc, attributes.indicator)?.indicator.title) ||
    (attributes.goal && findGoal(doc, attributes.goal)?.goal.title) ||
    (attributes.tree && findTree(doc, attributes.tree)?.title) ||
    (attributes.programme && findProgramme(doc, attributes.programme)?.title) ||
    '';
  const publication = `${doc.document.title}, ${doc.municipality.name}`;
  return shown ? `${shown} — ${publication}` : publication;
}

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.max(0, Math.ceil(height)) };
}
