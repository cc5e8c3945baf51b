/**
 * Step 4 of the builder page: where the two files will live in the CMS, the script snippet and, beside it, the
 * iframe snippet (each with its copy button), the JSON download and the inline variant. Rendering only: the page
 * (main.ts) holds the state and passes the texts and what each control does.
 */
import { html } from 'lit';
import type { StringKey } from './strings.js';

export interface PublishProps {
  t: (key: StringKey) => string;
  scriptUrl: string;
  dataUrl: string;
  /** The script snippet and the iframe snippet, as shown and copied. */
  snippet: string;
  iframe: string;
  copyStatus: string;
  setScriptUrl: (value: string) => void;
  setDataUrl: (value: string) => void;
  copy: (text: string) => void;
  download: () => void;
  /** The inline variant's text, made when it is copied (it holds the whole document). */
  inline: () => string;
}

export function publishSection(p: PublishProps) {
  return html`<section aria-labelledby="step4">
    <h2 id="step4">${p.t('step4')}</h2>
    <p class="field">
      <label for="script-url">${p.t('scriptUrl')}</label>
      <input
        id="script-url"
        type="text"
        .value=${p.scriptUrl}
        @input=${(event: Event) => p.setScriptUrl((event.target as HTMLInputElement).value)}
      />
    </p>
    <p class="field">
      <label for="data-url">${p.t('dataUrl')}</label>
      <input
        id="data-url"
        type="text"
        .value=${p.dataUrl}
        @input=${(event: Event) => p.setDataUrl((event.target as HTMLInputElement).value)}
      />
    </p>
    <div class="snippets">
      <div>
        <p class="field">
          <label for="snippet">${p.t('snippet')}</label>
          <textarea id="snippet" readonly rows="4" .value=${p.snippet}></textarea>
        </p>
        <p class="actions">
          <button type="button" id="copy" @click=${() => p.copy(p.snippet)}>${p.t('copy')}</button>
        </p>
      </div>
      <div>
        <p class="field">
          <label for="iframe-snippet">${p.t('iframeSnippet')}</label>
          <textarea
            id="iframe-snippet"
            readonly
            rows="6"
            aria-describedby="iframe-help"
            .value=${p.iframe}
          ></textarea>
          <span class="hint" id="iframe-help">${p.t('iframeHelp')}</span>
        </p>
        <p class="actions">
          <button type="button" id="copy-iframe" @click=${() => p.copy(p.iframe)}>
            ${p.t('copyIframe')}
          </button>
        </p>
      </div>
    </div>
    <p class="actions">
      <button type="button" id="download" @click=${p.download}>${p.t('download')}</button>
    </p>
    <details>
      <summary>${p.t('inline')}</summary>
      <p>
        <button type="button" id="copy-inline" @click=${() => p.copy(p.inline())}>
          ${p.t('copyInline')}
        </button>
      </p>
    </details>
    <p class="copy-status" role="status">${p.copyStatus}</p>
  </section>`;
}
