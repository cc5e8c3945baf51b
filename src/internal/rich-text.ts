import { html, type TemplateResult } from 'lit';
import type { RichBlock, RichToken } from '../lib/rich-text.js';

/**
 * The markup of rich text from the data (src/lib/rich-text.ts parses it): paragraphs, lists, links, emphasis.
 * Every piece of text is bound as text, never as HTML.
 */
export function renderInline(tokens: readonly RichToken[]): Array<TemplateResult | string> {
  return tokens.map((token) => {
    if (token.type === 'link') return html`<a href=${token.href}>${token.text}</a>`;
    if (token.type === 'emphasis') return html`<em>${token.text}</em>`;
    if (token.type === 'strong') return html`<strong>${token.text}</strong>`;
    return token.text;
  });
}

export function renderRich(blocks: readonly RichBlock[]): TemplateResult[] {
  return blocks.map((block) =>
    block.type === 'paragraph'
      ? html`<p>${renderInline(block.tokens)}</p>`
      : html`<ul>
          ${block.items.map((item) => html`<li>${renderInline(item)}</li>`)}
        </ul>`,
  );
}
