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
