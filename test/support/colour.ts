// WCAG contrast of computed colours, against what is really behind an element (in a shadow root too). The one
// contrast helper of the tests.

export type Rgba = [number, number, number, number];

/** A colour as the page computes it now: a system colour ('CanvasText') under forced colours, a hex value as rgb(…). */
export function computedColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}

/** `rgb(…)`, `rgba(…)` or `color(srgb …)` as Chromium's getComputedStyle writes them. */
export function parseColor(value: string): Rgba {
  const text = value.trim();
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(text);
  if (srgb) {
    const [r, g, b] = [srgb[1], srgb[2], srgb[3]].map((part) => Number(part) * 255);
    return [r, g, b, srgb[4] === undefined ? 1 : Number(srgb[4])];
  }
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/.exec(text);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  // Anything else (a hex value from a custom property): let the browser compute it.
  const computed = computedColor(text);
  if (computed === text) throw new Error(`cannot read colour ${value}`);
  return parseColor(computed);
}

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** A colour with alpha over an opaque one. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

/**
 * WCAG 2.1 contrast ratio of a foreground over a background, each a computed colour string (`rgb(…)`,
 * `color(srgb …)`) or an Rgba; a translucent foreground is laid over the background first.
 */
export function contrast(foreground: Rgba | string, background: Rgba | string): number {
  const back = typeof background === 'string' ? parseColor(background) : background;
  const fore = typeof foreground === 'string' ? parseColor(foreground) : foreground;
  const fg = luminance(over(fore, back));
  const bg = luminance(back);
  return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}

/** The opaque colour behind `el`: the first background up the tree (through shadow roots), layered. */
export function effectiveBackground(el: Element): Rgba {
  const layers: Rgba[] = [];
  let node: Element | null = el;
  while (node) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) {
      layers.push(colour);
      if (colour[3] >= 1) break;
    }
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}
