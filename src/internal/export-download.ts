/**
 * What a Download button does, loaded on the first download (in the single-file bundles as pc-export.js beside
 * them, scripts/esbuild-bundle.mjs): a page that only shows charts never fetches the file building, the CSV
 * writer or the picture code.
 */
import { csvText, exportFileName, type ExportFormat } from '../lib/export-file.js';
import { chartSvg, svgToPng } from './export-image.js';
import type { ExportSource } from './export-controller.js';

/** Builds the file and hands it to the browser; returns its name. */
export async function downloadFile(
  host: HTMLElement,
  source: ExportSource,
  format: ExportFormat,
): Promise<string> {
  const name = exportFileName(source.fileParts(), format);
  saveBlob(host.shadowRoot ?? host, await fileOf(host, source, format), name);
  return name;
}

/** The file's content: CSV text, the SVG, or the SVG drawn as a PNG. */
async function fileOf(host: HTMLElement, source: ExportSource, format: ExportFormat): Promise<Blob> {
  if (format === 'csv') {
    const csv = source.csv();
    const text = typeof csv === 'string' ? csv : csvText(csv, source.locale());
    return new Blob([text], { type: 'text/csv;charset=utf-8' });
  }
  const image = chartSvg(host, host.shadowRoot!, source.image());
  if (format === 'svg') return new Blob([image.svg], { type: 'image/svg+xml' });
  return svgToPng(image);
}

/** A download through a temporary link; the object URL is revoked a little later (at once can cancel it). */
function saveBlob(parent: Node, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
