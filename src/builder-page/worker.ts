/**
 * The converter in a Web Worker: reading a workbook never blocks the page, and the converter (with fflate) is
 * loaded only when the first file arrives, not with the page.
 */
import { convertFiles, templateWorkbook, writeXlsx, type InputFile } from '../builder/index.js';

export type Request = { type: 'convert'; files: InputFile[]; locale: 'nl' | 'en' } | { type: 'template' };
export type WorkerRequest = Request & { id: number };

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const started = performance.now();
  if (request.type === 'template') {
    const bytes = writeXlsx(templateWorkbook());
    (self as unknown as Worker).postMessage({ id: request.id, bytes }, [bytes.buffer]);
    return;
  }
  const result = convertFiles(request.files, { locale: request.locale });
  // The document travels as JSON text: one string to copy, parsed on the page faster than the structured clone
  // of thousands of objects (which would hold the main thread while it is deserialized). The draft is the same
  // document when there are no errors, so it travels only when there are.
  const documentJson = result.document ? JSON.stringify(result.document) : undefined;
  const reply = { ...result, document: undefined, draft: result.ok ? undefined : result.draft };
  (self as unknown as Worker).postMessage({
    id: request.id,
    result: reply,
    documentJson,
    ms: performance.now() - started,
  });
};
