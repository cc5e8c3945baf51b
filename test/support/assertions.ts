import { expect } from '@open-wc/testing';

/**
 * Nothing a reader sees or the browser draws says NaN, Infinity, undefined or a number in exponent notation:
 * every attribute of every element in `root` and all its text.
 */
export function expectNoNaN(root: ParentNode & Node): void {
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.getAttributeNames()) {
      expect(node.getAttribute(attr), `${node.tagName} ${attr}`).to.not.match(/NaN|Infinity|\de[+-]?\d/);
    }
  }
  expect(root.textContent ?? '').to.not.match(/NaN|Infinity|undefined|\de[+-]?\d/);
}

/** WCAG 2.1 contrast ratio of two computed `rgb(…)` colours. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
