// Issue 9, item 1: the corpus of hand-written bad documents (test/corpus/manifest.json). Every document, in every
// component: the exact code and JSON Pointer, a readable message in nl and en, role="alert" shown, pc-error fired
// once, nothing thrown.
import { expect } from '@open-wc/testing';
import { validateDocument } from '../../src/schema/validate.js';
import { ERROR_CODES } from '../../src/schema/messages.js';
import { clearDocumentCache } from '../../src/internal/loader.js';
import {
  ExceptionWatch,
  TAGS,
  observe,
  readableMessage,
  report,
  isDefined,
  missingTags,
  setAttributes,
  stage,
  textOf,
  type Tag,
} from '../support/reliability.js';

interface Entry {
  file: string;
  code: string;
  path: string;
  note: string;
  generate?: { padBytes: number };
}
interface Manifest {
  control: string;
  select: Record<Tag, Record<string, string>>;
  documents: Entry[];
}

const CORPUS = '/test/corpus/';

async function text(file: string): Promise<string> {
  const response = await fetch(CORPUS + file);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  // Keep a byte order mark: the corpus has a document that starts with one.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

/** The 10 MB document is built here rather than stored: the valid base with a padding field. */
async function documentText(entry: Entry, control: string): Promise<string> {
  if (!entry.generate) return text(entry.file);
  const pad = 'a'.repeat(entry.generate.padBytes);
  return control.replace(/^\{/, `{"x-pad":"${pad}",`);
}

describe('hardening: corpus of bad documents', function () {
  this.timeout(120000);
  let manifest: Manifest;
  let control: string;
  const texts = new Map<string, string>();

  before(async () => {
    clearDocumentCache();
    manifest = JSON.parse(await text('manifest.json')) as Manifest;
    control = await text(manifest.control);
    for (const entry of manifest.documents) texts.set(entry.file, await documentText(entry, control));
  });

  it('has at least 60 documents, each naming a catalogued code and a JSON Pointer', () => {
    expect(manifest.documents.length).to.be.at.least(60);
    const files = new Set<string>();
    for (const entry of manifest.documents) {
      expect(ERROR_CODES as readonly string[], entry.file).to.include(entry.code);
      expect(entry.path === '' || entry.path.startsWith('/'), `${entry.file} path "${entry.path}"`).to.equal(
        true,
      );
      expect(entry.note.length, entry.file).to.be.greaterThan(5);
      expect(files.has(entry.file), `duplicate ${entry.file}`).to.equal(false);
      files.add(entry.file);
    }
    expect(texts.get('too-large-10mb.json')?.length ?? 0).to.be.at.least(10 * 1024 * 1024);
  });

  it('validateDocument: the control is valid; each bad document gives its code and pointer, in nl and en', () => {
    expect(validateDocument(control).ok, 'control document').to.equal(true);
    const wrong: string[] = [];
    for (const entry of manifest.documents) {
      const raw = texts.get(entry.file)!;
      const results = [validateDocument(raw), validateDocument(raw, { locale: 'en' })];
      // The same document handed over as a parsed value must give the same first problem. Not for a JSON string
      // (validateDocument reads a string as JSON text) nor for the size cap (a limit on text, not on objects).
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      if (parsed !== undefined && typeof parsed !== 'string' && entry.code !== 'too-large') {
        results.push(validateDocument(parsed));
      }
      for (const result of results) {
        const first = result.errors[0];
        if (entry.code === 'unknown-id') {
          // Valid for the validator: the component finds nothing to show (checked below).
          if (!result.ok)
            wrong.push(`${entry.file}: expected a valid document, got ${first?.code} at ${first?.path}`);
          continue;
        }
        if (result.ok || !first) {
          wrong.push(`${entry.file}: expected ${entry.code} at "${entry.path}", the document was accepted`);
          continue;
        }
        if (first.code !== entry.code || first.path !== entry.path) {
          wrong.push(
            `${entry.file}: expected ${entry.code} at "${entry.path}", got ${first.code} at "${first.path}"`,
          );
        }
        if (!readableMessage(first.messages.nl) || !readableMessage(first.messages.en)) {
          wrong.push(`${entry.file}: message not readable: ${JSON.stringify(first.messages)}`);
        }
        if (first.messages.nl === first.messages.en)
          wrong.push(`${entry.file}: nl and en message are the same`);
      }
      if (results[1].errors[0] && results[1].errors[0].message !== results[1].errors[0].messages.en) {
        wrong.push(`${entry.file}: { locale: 'en' } did not give the English message`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('every component: the control renders; each bad document shows role="alert" with its code, pointer and message, fires pc-error once, throws nothing', async () => {
    const container = stage();
    const watch = new ExceptionWatch().start();
    // A component that is not registered is a failure, reported with the others (the rest still run).
    const wrong: string[] = missingTags().map((tag) => `<${tag}> is not registered by src/define/all.ts`);
    const tags = TAGS.filter(isDefined);
    let renders = 0;
    let correct = 0;
    let alerts = 0;
    let wronglyRendered = 0;
    try {
      // Each document in a fresh element, as on a page: nl for all four, and the gauge once more in English.
      const runs: Array<{ tag: Tag; lang: 'nl' | 'en' }> = [
        ...tags.map((tag) => ({ tag, lang: 'nl' as const })),
        { tag: 'pc-budget-gauge', lang: 'en' },
      ];
      const render = async (tag: Tag, lang: 'nl' | 'en', data: string) => {
        container.setAttribute('lang', lang);
        const el = document.createElement(tag);
        setAttributes(el, manifest.select[tag]);
        const shown = await observe(el, () => {
          (el as unknown as { data: unknown }).data = data;
          container.appendChild(el);
        });
        // Late events (a second pc-error) would arrive after a task.
        await new Promise((resolve) => setTimeout(resolve, 0));
        renders += 1;
        return { el, shown };
      };

      for (const { tag, lang } of runs) {
        const { el, shown } = await render(tag, lang, control);
        if (shown.outcome !== 'rendered' || shown.alert)
          wrong.push(`${tag}: the control did not render (${shown.outcome})`);
        el.remove();
      }

      for (const entry of manifest.documents) {
        for (const { tag, lang } of runs) {
          const { el, shown } = await render(tag, lang, texts.get(entry.file)!);
          const { loads, errors } = shown;
          if (loads > 0) wronglyRendered += 1;
          const where = `${entry.file} in <${tag}> (${lang})`;
          const detail = errors[0];
          if (errors.length !== 1 || loads !== 0) {
            wrong.push(`${where}: pc-error fired ${errors.length}×, pc-load ${loads}×`);
          } else if (detail.code !== entry.code || detail.path !== entry.path) {
            wrong.push(
              `${where}: expected ${entry.code} at "${entry.path}", got ${detail.code} at "${detail.path}"`,
            );
          } else {
            correct += 1;
          }
          const alert = shown.alert;
          if (!alert) {
            wrong.push(`${where}: no role="alert"`);
          } else {
            alerts += 1;
            const message = detail?.problems[0]?.messages?.[lang];
            if (!readableMessage(message) || !textOf(alert).includes(message.replace(/\s+/g, ' ').trim())) {
              wrong.push(
                `${where}: the alert does not show the ${lang} message: "${textOf(alert).slice(0, 160)}"`,
              );
            }
            if (detail?.message !== message)
              wrong.push(`${where}: pc-error detail.message is not the ${lang} message`);
            const pointer = textOf(alert.querySelector('code'));
            if (entry.path !== '' && pointer !== entry.path) {
              wrong.push(`${where}: the alert names the place "${pointer}", expected "${entry.path}"`);
            }
          }
          el.remove();
        }
      }
    } finally {
      watch.stop();
      container.remove();
    }
    const documents = manifest.documents.length;
    report(
      'corpus',
      {
        documents,
        renders,
        correctCodes: correct,
        errorsShown: alerts,
        rendered: wronglyRendered,
        exceptions: watch.exceptions,
      },
      `${documents} documents × ${tags.length} components (+ en), ${renders} renders, ${correct} correct codes and pointers, ${alerts} alerts shown, ${watch.exceptions} exceptions`,
    );
    expect(watch.messages, 'exceptions').to.deep.equal([]);
    expect(wrong).to.deep.equal([]);
  });
});
