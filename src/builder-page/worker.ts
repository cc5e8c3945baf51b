/**
 * The converter in a Web Worker, loaded only when the first file arrives (and with it fflate). The worker also
 * keeps the last good document: the page never holds a whole document of thousands of indicators on its main
 * thread (parsing it, and the preview component validating it again, each held the thread for 60–140 ms on a
 * 10,000-row sheet). The page gets what it shows: the summary and problems, the option lists, the JSON texts
 * for the download and the inline snippet, and for the live preview only the part of the document that the
 * chosen component shows (pruned as the command line prunes pre-rendered HTML).
 */
import {
  convertFiles,
  templateWorkbook,
  writeXlsx,
  type ConvertResult,
  type InputFile,
} from '../builder/index.js';
import { pruneDocument } from '../lib/prune.js';
import type { PcDocument } from '../schema/types.js';
import { validateDocument } from '../schema/validate.js';
import { embedTitle } from '../lib/embed-params.js';
import { type Catalog, catalogOf, type ComponentTag } from './options.js';
import { documentText } from './snippet.js';

export type Request =
  | { type: 'convert'; files: InputFile[]; locale: 'nl' | 'en' }
  | { type: 'template' }
  | { type: 'preview'; tag: ComponentTag; attributes: Record<string, string> };
export type WorkerRequest = Request & { id: number };

/** At most this many problems travel to the page (a 10,000-row sheet can have 10,000); the counts are whole. */
export const PROBLEM_LIMIT = 100;

/** The reply to `convert`: the result without the document; when it is good, what the page needs of it. */
export interface ConvertReply {
  result: ConvertResult;
  counts: { errors: number; warnings: number };
  good?: { catalog: Catalog; json: string; pretty: string };
  ms: number;
}

/** The reply to `preview`: the part of the last good document the component shows, and the iframe's title. */
export interface PreviewReply {
  doc?: PcDocument;
  title?: string;
}

/** The part of the document a component shows; the whole document when the part would not validate alone. */
function previewOf(doc: PcDocument, tag: ComponentTag, attributes: Record<string, string>): PcDocument {
  const part = pruneDocument(doc, tag.replace(/^pc-/, ''), attributes);
  return part === doc || validateDocument(part).ok ? part : doc;
}

let good: PcDocument | undefined;

const post = (message: unknown, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const started = performance.now();
  if (request.type === 'template') {
    const bytes = writeXlsx(templateWorkbook());
    post({ id: request.id, bytes }, [bytes.buffer]);
    return;
  }
  if (request.type === 'preview') {
    const doc = good && previewOf(good, request.tag, request.attributes);
    const title = good && embedTitle(good, request.attributes);
    post({ id: request.id, doc, title } satisfies PreviewReply & { id: number });
    return;
  }
  const result = convertFiles(request.files, { locale: request.locale });
  const document = result.document;
  // The page shows the summary (counted here), not the draft: neither document travels.
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const reply: ConvertReply = {
    result: {
      ...result,
      document: undefined,
      draft: undefined,
      problems: result.problems.slice(0, PROBLEM_LIMIT),
    },
    counts: { errors, warnings: result.problems.length - errors },
    ms: 0,
  };
  if (result.ok && document) {
    good = document;
    reply.good = {
      catalog: catalogOf(document),
      json: JSON.stringify(document),
      pretty: documentText(document),
    };
  }
  reply.ms = performance.now() - started;
  post({ id: request.id, ...reply });
};
