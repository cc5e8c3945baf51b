import { isServer, noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

type StyleProps = Readonly<Record<string, string | undefined>>;

/**
 * Lit's styleMap, but CSP-safe: it always writes through CSSOM (`style.setProperty`), which a Content Security
 * Policy without 'unsafe-inline' allows. Lit's own styleMap commits its first render as a `style` attribute
 * string, which such a policy blocks (style-src-attr). Names are CSS property names (`left`, `max-height`).
 */
class StylePropsDirective extends Directive {
  private previous = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProps() belongs in a style attribute binding');
    }
  }

  /** Only the server-side renderer (pc-charts render) calls render: there the styles become the attribute. */
  render(styles: StyleProps): string | typeof noChange {
    if (!isServer) return noChange;
    return Object.entries(styles)
      .filter(([, value]) => value != null)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [styles]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous.keys()) {
      if (styles[name] == null) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      // Unchanged values are not written again: a 5,000-node tree re-renders without touching styles.
      if (value == null || this.previous.get(name) === value) continue;
      style.setProperty(name, value);
      this.previous.set(name, value);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
