// Issue 9, item 7: prototype pollution. `__proto__`, `constructor` and `prototype` keys at every depth of the real
// datasets (every object, the root included), as JSON text and as a parsed object: each rejected with forbidden-key at
// its path, and `({}).polluted === undefined` afterwards in every case.
import { expect } from '@open-wc/testing';
import { validateDocument, escapePointer } from '../../src/schema/validate.js';
import { clearDocumentCache } from '../../src/internal/loader.js';
import {
  DATASETS,
  ExceptionWatch,
  TAGS,
  dataset,
  isDefined,
  report,
  selectionFor,
  setAttributes,
  show,
  stage,
  type Tag,
} from '../support/reliability.js';

const KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** What an attacker would put under each key. */
const PAYLOAD: Record<(typeof KEYS)[number], unknown> = {
  __proto__: { polluted: 'ja', isAdmin: true },
  constructor: { prototype: { polluted: 'ja' } },
  prototype: { polluted: 'ja' },
};

/** Pointers (as segments) of every object in a document, the root included. (A list cannot carry a key in JSON.) */
function containers(doc: unknown): string[][] {
  const out: string[][] = [];
  const walk = (value: unknown, at: string[]) => {
    if (value === null || typeof value !== 'object') return;
    if (!Array.isArray(value)) out.push(at);
    for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], [...at, key]);
  };
  walk(doc, []);
  return out;
}

/** The document with an own property `key` (not a prototype change) at the container `at`, as JSON text. */
function injected(doc: unknown, at: string[], key: (typeof KEYS)[number]): string {
  const copy = structuredClone(doc) as any;
  let node = copy;
  for (const segment of at) node = node[segment];
  Object.defineProperty(node, key, {
    value: PAYLOAD[key],
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return JSON.stringify(copy);
}

function polluted(): string[] {
  const found: string[] = [];
  const probes: Array<[string, any]> = [
    ['({})', {}],
    ['([])', []],
    ['Object.prototype', Object.prototype],
    ['(function(){})', function () {}],
  ];
  for (const [name, probe] of probes) {
    if (probe.polluted !== undefined) found.push(`${name}.polluted`);
    if (probe.isAdmin !== undefined) found.push(`${name}.isAdmin`);
  }
  return found;
}

describe('hardening: prototype pollution keys at every depth', function () {
  this.timeout(120000);

  it('every key in every object of every dataset: forbidden-key at its path, in the validator and each component; nothing polluted', async () => {
    clearDocumentCache();
    const docs: Array<[string, any]> = [];
    for (const [name, url] of Object.entries(DATASETS)) {
      const doc = await dataset(url);
      if (doc) docs.push([name, doc]);
    }
    expect(docs.length, 'datasets').to.be.at.least(3);
    const tags = TAGS.filter(isDefined);
    const wrong: string[] = TAGS.filter((tag) => !isDefined(tag)).map(
      (tag) => `<${tag}> is not registered by src/define/all.ts`,
    );
    const container = stage();
    const watch = new ExceptionWatch().start();
    let cases = 0;
    let rejected = 0;
    let renders = 0;
    let pollutionFound = 0;
    const elements = new Map<string, Element>();
    try {
      for (const [name, doc] of docs) {
        for (const tag of tags) {
          const el = document.createElement(tag);
          setAttributes(el, selectionFor(tag, doc));
          container.appendChild(el);
          elements.set(`${name}|${tag}`, el);
        }
        for (const at of containers(doc)) {
          for (const key of KEYS) {
            const text = injected(doc, at, key);
            const path = [...at, key]
              .map(escapePointer)
              .map((s) => `/${s}`)
              .join('');
            const where = `${name} ${path}`;
            // The validator: text and parsed object (JSON.parse makes "__proto__" an own key, as a fetched file does).
            for (const [form, input] of [
              ['text', text],
              ['object', JSON.parse(text)],
            ] as const) {
              cases += 1;
              const result = validateDocument(input);
              const first = result.errors[0];
              if (result.ok || first.code !== 'forbidden-key' || first.path !== path) {
                wrong.push(
                  `${where} (${form}): expected forbidden-key at ${path}, got ${result.ok ? 'valid' : `${first.code} at ${first.path}`}`,
                );
              } else {
                rejected += 1;
              }
            }
            // A component (in turn), from the text as `data`.
            const tag = tags[cases % tags.length] as Tag;
            const shown = await show(elements.get(`${name}|${tag}`)!, text);
            renders += 1;
            const detail = shown.errors[0];
            if (
              shown.outcome !== 'error' ||
              detail.code !== 'forbidden-key' ||
              detail.path !== path ||
              !shown.alert
            ) {
              wrong.push(
                `${where} in <${tag}>: expected forbidden-key at ${path}, got ${shown.outcome} ${detail?.code} ${detail?.path}`,
              );
            }
            const found = polluted();
            if (found.length > 0) {
              pollutionFound += 1;
              wrong.push(`${where}: polluted ${found.join(', ')}`);
            }
          }
        }
      }
      // The element's `strings` overrides are merged into its catalogue: a hostile override must not pollute either.
      for (const tag of tags) {
        const el = [...elements.entries()].find(([k]) => k.endsWith(`|${tag}`))![1];
        (el as any).strings = JSON.parse(
          '{"__proto__": {"polluted": "ja"}, "constructor": {"prototype": {"polluted": "ja"}}}',
        );
        await show(el, docs[0][1]);
        if (polluted().length > 0) {
          pollutionFound += 1;
          wrong.push(`<${tag}> strings override: polluted ${polluted().join(', ')}`);
        }
      }
    } finally {
      watch.stop();
      container.remove();
    }
    report(
      'pollution',
      { documents: cases, rejected, renders, pollutionFound, exceptions: watch.exceptions },
      `${cases} documents (3 keys at every object of ${docs.length} datasets, as text and object), ${rejected} rejected with their path, ${renders} component renders, ${pollutionFound} polluted, ${watch.exceptions} exceptions`,
    );
    expect(({} as any).polluted).to.equal(undefined);
    expect(watch.messages).to.deep.equal([]);
    expect(
      wrong.length > 12 ? [...wrong.slice(0, 12), `… and ${wrong.length - 12} more`] : wrong,
    ).to.deep.equal([]);
  });
});
