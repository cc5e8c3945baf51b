// Text in tests: numbers as a source prints them, and what a reader sees of an element.

/** `text` escaped for a regular expression, which then matches just that text. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matches a printed number ("4.729", "48,9") where it stands on its own: not part of a longer number
 * ("14.729", "4.729,5"); a full stop or comma after it that ends a sentence is fine.
 */
export function standaloneNumber(number: string): RegExp {
  return new RegExp(`(?<![\\d.,])${escapeRegExp(number)}(?![\\d]|[.,]\\d)`);
}

/** The text a reader sees in `node`, white space collapsed: elements with the `hidden` attribute are left out. */
export function visibleText(node: Node | null | undefined): string {
  const shown = (n: Node): string =>
    n.nodeType === Node.TEXT_NODE
      ? (n.textContent ?? '')
      : n instanceof Element && n.hasAttribute('hidden')
        ? ''
        : [...n.childNodes].map(shown).join('');
  return (node ? shown(node) : '').replace(/\s+/g, ' ').trim();
}
