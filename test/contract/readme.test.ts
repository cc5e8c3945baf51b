// Every code example in the README runs here, as a reader would paste it: the HTML snippets (CMS blocks) render
// without an error, the JavaScript blocks run and do what the text around them says (a block no test runs fails
// here), and the inline calls (`revealNode(…)`) work. The package imports (`pc-charts/define/…`) are built from
// the packed tarball in scripts/test-package.mjs (npm run test:package); the converter script and the
// `npx pc-charts` lines run in test/node/cli.test.mjs, the iframe listener in test/node/embed.test.mjs; the JSON
// examples are validated in test/node/readme.test.mjs.
import { expect, fixture, html } from '@open-wc/testing';
import { clearDocumentCache } from '../../src/internal/loader.js';

const DATA = '/demo/data/';
const BUNDLE = new URL('/src/bundle/pc-charts.ts', location.href).href;

let readme = '';
before(async () => {
  readme = await (await fetch('/README.md')).text();
});

const blocks = (language: string): string[] =>
  [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]);

/** A README path on the CMS's file store (`/bestanden/x.json`) is a demo dataset here. */
const localPaths = (code: string): string =>
  code
    .replace(/\/bestanden\/([\w-]+\.json)/g, `${DATA}$1`)
    .replace(/fetch\('jaarstukken-2025\.json'\)/g, `fetch('${DATA}jaarstukken-2025-programma-2.json')`);

/** Runs a README script as a module; `./pc-charts.js` is the all-in-one entry. Returns what `expose` names. */
async function runModule(code: string, expose: string[]): Promise<Record<string, unknown>> {
  const source = `${localPaths(code).replace(/'\.\/pc-charts\.js'/g, `'${BUNDLE}'`)}
export const __exposed = { ${expose.join(', ')} };`;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return ((await import(/* @vite-ignore */ url)) as { __exposed: Record<string, unknown> }).__exposed;
  } finally {
    URL.revokeObjectURL(url);
  }
}

type PcHost = HTMLElement & { updateComplete: Promise<unknown> };

/** Waits until every pc-* element in `root` shows its content (or an error, which fails the test). */
async function settled(root: Element): Promise<PcHost[]> {
  const elements = [
    ...root.querySelectorAll<PcHost>('pc-indicator-card, pc-budget-gauge, pc-saldo-table, pc-goal-tree'),
  ];
  for (let i = 0; i < 300; i++) {
    await Promise.all(elements.map((el) => el.updateComplete));
    if (elements.every((el) => !el.shadowRoot!.querySelector('.pc-status[role="status"]'))) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return elements;
}

describe('README: every code example runs', () => {
  beforeEach(() => clearDocumentCache());

  it('each HTML snippet renders its elements without an error', async () => {
    await import(BUNDLE);
    // The iframe snippet names no element: test/node/embed.test.mjs runs it (and its listener) against embed.html.
    const snippets = blocks('html').filter((snippet) => snippet.includes('<pc-'));
    expect(snippets.length).to.be.at.least(5);
    for (const snippet of snippets) {
      const container = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
      // The <script src> line includes the bundle (imported above); the rest is what the CMS block holds.
      const template = document.createElement('template');
      template.innerHTML = localPaths(snippet).replace(/<script type="module"[^>]*><\/script>/g, '');
      container.append(template.content);
      const elements = await settled(container);
      expect(elements.length, snippet).to.be.at.least(1);
      for (const el of elements) {
        expect(el.shadowRoot!.querySelector('[role="alert"]'), `${el.outerHTML.slice(0, 120)}`).to.equal(
          null,
        );
        expect(el.shadowRoot!.textContent!.trim().length).to.be.greaterThan(20);
      }
    }
  });

  it('the validateDocument block checks a dataset: ok, no errors', async () => {
    const [block] = blocks('js').filter((code) => code.includes('validateDocument'));
    const { ok, errors } = await runModule(block, ['ok', 'errors', 'warnings']);
    expect(errors).to.deep.equal([]);
    expect(ok).to.equal(true);
  });

  it('the setStrings block replaces the strings it names, in both languages and on one element', async () => {
    const [block] = blocks('js').filter((code) => code.includes('setStrings'));
    const data = await (await fetch(`${DATA}jaarstukken-2025-programma-2.json`)).json();
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <pc-indicator-card lang="nl" indicator="jeugdhulp-unieke-jeugdigen" .data=${data}></pc-indicator-card>
        <pc-indicator-card lang="en" indicator="jeugdhulp-unieke-jeugdigen" .data=${data}></pc-indicator-card>
      </div>`,
    );
    const [first, second] = await settled(container);
    const verdict = (el: PcHost) => el.shadowRoot!.querySelector('[part="verdict"]')!.textContent!.trim();
    expect(verdict(first)).to.equal('Doel gehaald: Ja');
    // The block's last line sets one element's strings: the first element on the page.
    await runModule(block, []);
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(verdict(first)).to.equal('Gelukt');
    expect(verdict(second)).to.equal('Behaald');
  });

  it('the drawComplete block: new data, then "ready" once the card shows it', async () => {
    const [block] = blocks('js').filter((code) => code.includes('drawComplete'));
    const container = await fixture<HTMLDivElement>(
      html`<div lang="nl">
        <pc-indicator-card
          indicator="jeugdhulp-unieke-jeugdigen"
          src="${DATA}jaarstukken-2025-programma-2.json"
        >
        </pc-indicator-card>
      </div>`,
    );
    const [card] = await settled(container);
    const logged: unknown[][] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => logged.push(args);
    try {
      // `nextDocument` in the README is the document the page has just fetched: here the same with a new title.
      await runModule(
        `const nextDocument = await (await fetch('${DATA}jaarstukken-2025-programma-2.json')).json();
nextDocument.programmes[0].goals[0].indicators[0].title = 'Jeugdhulp, bijgewerkt';
${block}`,
        [],
      );
    } finally {
      console.log = log;
    }
    expect(logged).to.deep.equal([['drawn']]);
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal(
      'Jeugdhulp, bijgewerkt',
    );
  });

  it('every JavaScript block is one of those run (here, or the converter script in test/node/cli.test.mjs)', () => {
    const runners = [
      (code: string) => code.includes('validateDocument'),
      (code: string) => code.includes('setStrings'),
      (code: string) => code.includes('drawComplete'),
      (code: string) => code.includes("from 'pc-charts/converter'"),
    ];
    const js = blocks('js');
    expect(js.length).to.equal(runners.length);
    for (const code of js) {
      expect(runners.filter((runs) => runs(code)).length, code).to.equal(1);
    }
    for (const runs of runners) expect(js.filter((code) => runs(code)).length).to.equal(1);
  });

  it('revealNode(id), as the goal tree section shows it, opens and focuses a node', async () => {
    const [call] = [
      ...readme.matchAll(/`(document\.querySelector\('pc-goal-tree'\)\.revealNode\('[^']+'\))`/g),
    ].map((match) => match[1]);
    expect(call).to.be.a('string');
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <pc-goal-tree
          src="${DATA}gezonde-stad-2023-2026.json"
          tree="gezonde-stad"
          expanded-depth="0"
        ></pc-goal-tree>
      </div>`,
    );
    const [tree] = await settled(container);
    // 'node-id' in the README stands for any id of the file: take the deepest one.
    const data = await (await fetch(`${DATA}gezonde-stad-2023-2026.json`)).json();
    let deepest = data.goalTrees[0].root;
    while (deepest.children?.length) deepest = deepest.children[0];
    const { revealed } = await runModule(
      `const revealed = ${call.replace("'node-id'", `'${deepest.id}'`)};`,
      ['revealed'],
    );
    expect(revealed).to.equal(true);
    await tree.updateComplete;
    expect(tree.shadowRoot!.activeElement?.id).to.equal(`node-${deepest.id}`);
  });
});
