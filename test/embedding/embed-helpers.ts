/**
 * Shared by the embedding tests: pages in iframes (each with its own custom-element registry and module map, so a
 * test can load the built bundles afresh), and "has it rendered?" judged by what a reader sees in the shadow DOM.
 */
export const TAGS = ['pc-budget-gauge', 'pc-saldo-table', 'pc-goal-tree', 'pc-indicator-card'] as const;
export type Tag = (typeof TAGS)[number];

/** Every demo page (demo/<name>.html), as the reading and embedding tests open them. */
export const DEMO_PAGES = [
  'index',
  'jaarstukken-2025',
  'jaarverslag-2023',
  'jaarverslag-2021',
  'gezonde-stad',
  'sociaal-domein',
  'themes',
];

/** The part of each component a reader sees once it has rendered its data. */
const CONTENT: Record<Tag, string> = {
  'pc-budget-gauge': '[part~="sentence"]',
  'pc-saldo-table': '[part~="row"]',
  'pc-goal-tree': '[role="treeitem"]',
  'pc-indicator-card': '[part~="title"]',
};

export type RenderState = 'rendered' | 'error' | 'pending';

export function renderState(element: Element): RenderState {
  const root = element.shadowRoot;
  if (!root) return 'pending';
  if (root.querySelector('[role="alert"]')) return 'error';
  const content = root.querySelector(CONTENT[element.localName as Tag]);
  return content?.textContent?.trim() ? 'rendered' : 'pending';
}

/** Text a reader sees in the element's shadow DOM, whitespace collapsed. */
export function shownText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function waitFor<T>(
  condition: () => T | undefined | null | false,
  describe: () => string,
  timeout = 10000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = condition();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export function pcElements(doc: Document): Element[] {
  return [...doc.querySelectorAll(TAGS.join(','))];
}

function describeStates(elements: Element[]): string {
  return elements
    .filter((element) => renderState(element) !== 'rendered')
    .map((element) => {
      const id = [...element.attributes].map((a) => `${a.name}="${a.value}"`).join(' ');
      const alert = element.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim();
      const defined = element.ownerDocument.defaultView?.customElements.get(element.localName);
      const state = defined ? renderState(element) : 'not defined';
      return `<${element.localName} ${id}> ${state}${alert ? `: ${alert}` : ''}`;
    })
    .join('\n');
}

/** Waits until every element in `elements` has rendered; fails with the ones that show an error or never render. */
export async function waitForRendered(elements: Element[], timeout = 15000): Promise<void> {
  await waitFor(
    () => elements.every((element) => renderState(element) !== 'pending'),
    () => `elements still pending:\n${describeStates(elements)}`,
    timeout,
  );
  const failed = describeStates(elements);
  if (failed) throw new Error(`elements that did not render:\n${failed}`);
}

/** An iframe (1024 px wide unless told otherwise) with `src` or `srcdoc`, resolved once it has loaded. */
export async function openFrame(
  page: { src: string } | { srcdoc: string },
  width = 1024,
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '800';
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error('iframe failed to load')), { once: true });
  });
  if ('src' in page) frame.src = page.src;
  else frame.srcdoc = page.srcdoc;
  document.body.append(frame);
  await loaded;
  return frame;
}

export function frameDocument(frame: HTMLIFrameElement): Document {
  const doc = frame.contentDocument;
  if (!doc) throw new Error('iframe has no document');
  return doc;
}

/** Fails early, with the command to run, when the built files are missing. */
export async function requireBuilt(...paths: string[]): Promise<void> {
  for (const file of paths) {
    const response = await fetch(file, { method: 'HEAD' });
    if (!response.ok)
      throw new Error(`${file} is missing (HTTP ${response.status}): run \`npm run build\` first`);
  }
}

/** Loads a module script into a document and resolves when it has run (or rejects when it fails to load). */
export function addModuleScript(doc: Document, src: string): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  const done = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} failed to load`)), { once: true });
  });
  doc.head.append(script);
  return done;
}

export interface Dataset {
  programmes?: { id: string; goals: { id: string; indicators?: { id: string; title: string }[] }[] }[];
}

export async function dataset(name: string): Promise<Dataset> {
  const response = await fetch(`/demo/data/${name}.json`);
  return (await response.json()) as Dataset;
}
