/**
 * Explanations in P&C documents carry markdown-style links `[Regiovisie](#)` and emphasis `*Kunst op Recept*`.
 * This turns such text into plain tokens; the element renders each token as a text node or, for a safe
 * http(s) link, an <a>. Nothing here is ever parsed as HTML.
 */
import { checkLinkUrl } from './url.js';

export type RichToken =
  | { type: 'text'; text: string }
  | { type: 'emphasis'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'link'; text: string; href: string };

export type RichBlock = { type: 'paragraph'; tokens: RichToken[] } | { type: 'list'; items: RichToken[][] };

const INLINE = /\[([^\]\n]{1,500})\]\(([^)\s]{0,2000})\)|\*\*([^*\n]{1,500})\*\*|\*([^*\n]{1,500})\*/g;

export function parseInline(text: string): RichToken[] {
  const tokens: RichToken[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) tokens.push({ type: 'text', text: text.slice(last, index) });
    if (match[1] !== undefined) {
      const verdict = checkLinkUrl(match[2] ?? '');
      tokens.push(
        verdict.ok ? { type: 'link', text: match[1], href: verdict.url } : { type: 'text', text: match[1] },
      );
    } else if (match[3] !== undefined) {
      tokens.push({ type: 'strong', text: match[3] });
    } else if (match[4] !== undefined) {
      tokens.push({ type: 'emphasis', text: match[4] });
    }
    last = index + match[0].length;
  }
  if (last < text.length) tokens.push({ type: 'text', text: text.slice(last) });
  return tokens;
}

/** Splits text into paragraphs (blank lines) and bullet lists (lines starting with "- " or "• "). */
export function parseRichText(text: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const bullet = /^\s*[-•*]\s+/;
    let paragraph: string[] = [];
    let items: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length > 0) blocks.push({ type: 'paragraph', tokens: parseInline(paragraph.join(' ')) });
      paragraph = [];
    };
    const flushList = () => {
      if (items.length > 0) blocks.push({ type: 'list', items: items.map((item) => parseInline(item)) });
      items = [];
    };
    for (const line of lines) {
      if (bullet.test(line)) {
        flushParagraph();
        items.push(line.replace(bullet, ''));
      } else {
        flushList();
        paragraph.push(line.trim());
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}
