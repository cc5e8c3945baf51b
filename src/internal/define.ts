/** Registers a custom element unless the tag is taken: loading the bundle twice must not throw. */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
