/** Locale resolution: the element's lang, else the nearest ancestor's (across shadow roots), else nl. */
import type { Locale } from '../lib/format.js';

export function normalizeLocale(lang: string | null | undefined): Locale | undefined {
  if (!lang) return undefined;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  if (primary === 'nl') return 'nl';
  return undefined;
}

export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    // Not instanceof Element: the server-side renderer (pc-charts render) has no Element or ShadowRoot globals.
    if (typeof (node as Element).getAttribute === 'function') {
      const lang = (node as Element).getAttribute('lang');
      if (lang) return normalizeLocale(lang) ?? 'nl';
    }
    node =
      node.parentNode ?? (typeof ShadowRoot !== 'undefined' && node instanceof ShadowRoot ? node.host : null);
  }
  return 'nl';
}

const subscribers = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

/** Re-renders subscribed elements when any `lang` attribute in the document changes. */
export function watchLang(element: { requestUpdate(): void }): () => void {
  subscribers.add(element);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const subscriber of subscribers) subscriber.requestUpdate();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    subscribers.delete(element);
  };
}
