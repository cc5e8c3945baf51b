/**
 * dist/embed.js, loaded by dist/embed.html after the pc-charts bundle: builds the one component the URL asks
 * for, refuses a `src` from an origin the site has not allowed, titles the page from the data and tells the
 * host page its height (see the README's iframe snippet for the listener).
 */
import {
  checkEmbedSource,
  embedTitle,
  heightMessage,
  parseAllowedOrigins,
  readEmbedRequest,
} from '../lib/embed-params.js';
import type { PcLoadDetail } from '../internal/emit.js';

const MESSAGES = {
  nl: {
    'no-component':
      'Geef in het adres aan welke grafiek getoond wordt, bijvoorbeeld ?component=indicator-card.',
    'unknown-component':
      'Onbekende grafiek "{component}". Kies indicator-card, budget-gauge, saldo-table of goal-tree.',
    'not-allowed':
      'Deze pagina toont geen gegevens van {origin}: die bron staat niet op de lijst van deze website.',
    invalid: 'Het adres van de gegevens (src) is ongeldig.',
    title: 'Grafiek',
    error: 'Kan de grafiek niet tonen.',
  },
  en: {
    'no-component': 'Name the chart to show in the address, for example ?component=indicator-card.',
    'unknown-component':
      'Unknown chart "{component}". Choose indicator-card, budget-gauge, saldo-table or goal-tree.',
    'not-allowed': 'This page shows no data from {origin}: that source is not on this website’s list.',
    invalid: 'The address of the data (src) is not valid.',
    title: 'Chart',
    error: 'Cannot show the chart.',
  },
} as const;

type Key = keyof (typeof MESSAGES)['nl'];

function message(lang: 'nl' | 'en', key: Key, params: Record<string, string> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}

/** The page's title, also its (visually hidden) heading. */
function setTitle(text: string): void {
  document.title = text;
  const heading = document.querySelector('h1');
  if (heading) heading.textContent = text;
}

function showError(main: HTMLElement, text: string, lang: 'nl' | 'en'): void {
  const box = document.createElement('div');
  box.className = 'pc-embed-error';
  box.setAttribute('role', 'alert');
  const strong = document.createElement('strong');
  strong.textContent = message(lang, 'error');
  const detail = document.createElement('p');
  detail.textContent = text;
  box.append(strong, detail);
  main.replaceChildren(main.querySelector('h1') ?? '', box);
  setTitle(message(lang, 'error'));
}

/** Posts the page's height to the host whenever it changes (nothing happens without a parent). */
function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = document.documentElement.getBoundingClientRect().height;
    if (Math.ceil(height) === last) return;
    last = Math.ceil(height);
    // Only a number leaves the frame, so any parent may read it.
    window.parent.postMessage(heightMessage(height), '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

export function startEmbed(): void {
  const main = document.querySelector('main') ?? document.body;
  const allowedAttributes = (tag: string) =>
    (customElements.get(tag) as unknown as { observedAttributes?: string[] } | undefined)
      ?.observedAttributes ?? [];
  const request = readEmbedRequest(location.search, allowedAttributes);
  document.documentElement.lang = request.lang;
  setTitle(message(request.lang, 'title'));
  reportHeight();
  if (!request.ok) {
    showError(
      main,
      message(request.lang, request.reason, { component: request.component ?? '' }),
      request.lang,
    );
    return;
  }
  const src = request.attributes.src;
  if (src !== undefined) {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="pc-charts-allowed-origins"]');
    const verdict = checkEmbedSource(src, location.href, parseAllowedOrigins(meta?.content));
    if (!verdict.ok) {
      let origin = src;
      try {
        origin = new URL(src, location.href).origin;
      } catch {
        /* the message names the text as given */
      }
      showError(main, message(request.lang, verdict.reason, { origin: origin.slice(0, 100) }), request.lang);
      return;
    }
  }
  const element = document.createElement(request.tag);
  // The page's own title is its h1: the component's heading comes one level below, unless the address says.
  element.setAttribute('heading-level', '2');
  for (const [name, value] of Object.entries(request.attributes)) element.setAttribute(name, value);
  element.addEventListener('pc-load', (event) => {
    setTitle(embedTitle((event as CustomEvent<PcLoadDetail>).detail.document, request.attributes));
  });
  main.replaceChildren(main.querySelector('h1') ?? '', element);
}

startEmbed();
