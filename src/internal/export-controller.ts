import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../lib/format.js';
import { EXPORT_FORMATS, type CsvCell, type ExportFormat, type FileNameParts } from '../lib/export-file.js';
import { translate, type StringTable } from '../i18n/strings.js';
import type { ImageOptions } from './export-image.js';
import { exportStrings } from './export.strings.js';

/** What a component tells its Download controls. Called only when the component shows its content. */
export interface ExportSource {
  locale(): Locale;
  strings(): StringTable | undefined;
  /** Parts of the file name: municipality, document, year, subject. */
  fileParts(): FileNameParts;
  /** The data as rows (the first is the header), or finished CSV text. */
  csv(): readonly (readonly CsvCell[])[] | string;
  /** What the picture leaves out, the source line beneath it, extra CSS. */
  image(): ImageOptions;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * "Download: SVG PNG CSV": three buttons (keyboard-operable as buttons are), a polite status that announces the
 * file, always rendered with the content so nothing shifts when a download starts.
 */
export class ExportController implements ReactiveController {
  private message = '';

  constructor(
    private readonly host: Host,
    private readonly source: ExportSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private t(key: string, params?: Record<string, unknown>): string {
    return translate(exportStrings, this.source.locale(), key, params, this.source.strings());
  }

  render(): TemplateResult {
    const as = this.t('export.as');
    return html`<div class="pc-export" part="export" role="group" aria-labelledby="pc-export-label">
      <span class="pc-export-label" id="pc-export-label">${this.t('export.label')}</span>
      ${EXPORT_FORMATS.map(
        (format) =>
          html`<button type="button" part="download" data-format=${format} @click=${this.onClick}>
            <span class="visually-hidden">${as} </span>${this.t(`export.format.${format}`)}
          </button>`,
      )}
      <span class="visually-hidden" role="status">${this.message}</span>
    </div>`;
  }

  private onClick = (event: Event): void => {
    const format = (event.currentTarget as HTMLElement).dataset.format as ExportFormat;
    void this.download(format);
  };

  /**
   * Builds the file and hands it to the browser; announces what was downloaded (or that it failed). The code that
   * builds files loads on the first download (./export-download.ts).
   */
  async download(format: ExportFormat): Promise<string | undefined> {
    try {
      const { downloadFile } = await import('./export-download.js');
      const name = await downloadFile(this.host, this.source, format);
      this.announce(this.t('export.done', { format: this.t(`export.format.${format}`), name }));
      return name;
    } catch (error) {
      console.error(`[pc-charts] <${this.host.localName}> export as ${format} failed`, error);
      this.announce(this.t('export.failed', { format: this.t(`export.format.${format}`) }));
      return undefined;
    }
  }

  private announce(message: string): void {
    // The same words twice in a row are announced again: clear first, then set in the next render.
    this.message = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.message = message;
      this.host.requestUpdate();
    });
  }
}

/** A label of the Download controls' own catalogue, for a component's CSV header. */
export function exportLabel(locale: Locale, key: string, strings?: StringTable): string {
  return translate(exportStrings, locale, key, undefined, strings);
}

/** "Bron: <source>; Zoetermeer, Jaarstukken 2025": what a picture says beneath itself. */
export function sourceLine(
  sourceWord: string,
  doc: { municipality: { name: string }; document: { title: string } },
  source?: string,
): string {
  // A source in data may hold markdown links: the picture shows their words.
  const plain = source?.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').trim();
  const publication = `${doc.municipality.name}, ${doc.document.title}`;
  return `${sourceWord}: ${plain ? `${plain}; ${publication}` : publication}`;
}
