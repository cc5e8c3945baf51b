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
  (self as unknown as Worker).postMessage({ id: request.id, result, ms: performance.now() - started });
};
