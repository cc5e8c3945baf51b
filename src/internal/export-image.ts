/**
 * A component as a picture: its shadow content (minus the parts named by `exclude`) with its own styles inside
 * an SVG `foreignObject`, the page's theme values (the `--_*` properties, font and colour) copied in, a source
 * line beneath; and that SVG drawn on a canvas for a PNG. Nothing from data is parsed as markup: the content is
 * cloned as nodes and serialised.
 */
const XHTML = 'http://www.w3.org/1999/xhtml';

export interface ImageOptions {
  /** Selector of the parts that do not belong in the picture (buttons, the data table, disclosures). */
  exclude: string;
  /** The line beneath the picture: "Bron: …". */
  sourceLine: string;
  /** Extra CSS for the picture (e.g. a scroller shown whole). */
  css?: string;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

/** `:host` and `:host(x)` selectors become the picture's wrapper `.pc-host` (`.pc-host[hidden]`, …). */
export function hostToWrapper(cssText: string): string {
  let out = '';
  let i = 0;
  while (i < cssText.length) {
    const at = cssText.indexOf(':host', i);
    if (at < 0) {
      out += cssText.slice(i);
      break;
    }
    out += `${cssText.slice(i, at)}.pc-host`;
    i = at + 5;
    if (cssText[i] === '(') {
      let depth = 1;
      let j = i + 1;
      while (j < cssText.length && depth > 0) {
        if (cssText[j] === '(') depth++;
        else if (cssText[j] === ')') depth--;
        j++;
      }
      out += cssText.slice(i + 1, j - 1);
      i = j;
    }
  }
  return out;
}

function sheetText(root: ShadowRoot): string {
  const sheets = [...root.adoptedStyleSheets];
  let text = sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
  // Without constructable stylesheets Lit renders <style> elements instead.
  for (const style of root.querySelectorAll('style')) text += `\n${style.textContent ?? ''}`;
  return text;
}

const PICTURE_CSS = `
.pc-host, .pc-host * { content-visibility: visible !important; animation: none !important; transition: none !important; }
.pc-host { display: block; padding: 12px; background: #fff; }
.pc-export-source { margin: 0.75em 0 0; font-size: 0.8125em; color: var(--_muted-color, #545454); }`;

/** The picture's content: clones of the rendered parts, without the excluded ones, and the source line. */
function pictureContent(root: ShadowRoot, options: ImageOptions): HTMLElement {
  const wrapper = document.createElementNS(XHTML, 'div') as HTMLElement;
  wrapper.className = 'pc-host';
  for (const node of root.childNodes) {
    if (node instanceof HTMLStyleElement) continue;
    wrapper.append(node.cloneNode(true));
  }
  for (const part of wrapper.querySelectorAll(options.exclude)) part.remove();
  const source = document.createElementNS(XHTML, 'p') as HTMLElement;
  source.className = 'pc-export-source';
  source.textContent = options.sourceLine;
  wrapper.append(source);
  return wrapper;
}

/** The host's theme as inline declarations of the picture: every custom property, its font and colour. */
function copyTheme(host: HTMLElement, wrapper: HTMLElement): void {
  const computed = getComputedStyle(host);
  for (let i = 0; i < computed.length; i++) {
    const name = computed[i];
    if (name.startsWith('--')) wrapper.style.setProperty(name, computed.getPropertyValue(name));
  }
  for (const name of ['font-family', 'font-size', 'line-height', 'color']) {
    wrapper.style.setProperty(name, computed.getPropertyValue(name));
  }
}

/** Builds the SVG. Measures the picture's height inside the shadow root, unseen (absolutely placed, no shift). */
export function chartSvg(host: HTMLElement, root: ShadowRoot, options: ImageOptions): ChartImage {
  const width = Math.max(320, Math.ceil(host.getBoundingClientRect().width));
  const wrapper = pictureContent(root, options);
  copyTheme(host, wrapper);
  const measure = wrapper.style;
  for (const [name, value] of [
    ['position', 'absolute'],
    ['inset-inline-start', '0'],
    ['top', '0'],
    ['width', `${width}px`],
    ['visibility', 'hidden'],
    ['pointer-events', 'none'],
    ['padding', '12px'],
    ['box-sizing', 'border-box'],
  ]) {
    measure.setProperty(name, value);
  }
  const probe = document.createElement('style');
  probe.textContent = PICTURE_CSS + (options.css ?? '');
  wrapper.prepend(probe);
  root.append(wrapper);
  const height = Math.ceil(wrapper.getBoundingClientRect().height);
  wrapper.remove();
  probe.remove();
  for (const name of ['position', 'inset-inline-start', 'top', 'visibility', 'pointer-events']) {
    measure.removeProperty(name);
  }
  const style = document.createElementNS(XHTML, 'style');
  style.textContent = `${hostToWrapper(sheetText(root))}\n${PICTURE_CSS}\n${options.css ?? ''}`;
  wrapper.prepend(style);
  const body = new XMLSerializer().serializeToString(wrapper);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<foreignObject x="0" y="0" width="${width}" height="${height}">${body}</foreignObject></svg>`;
  return { svg, width, height };
}

/** The SVG drawn at twice its size on a white canvas, as a PNG. */
export async function svgToPng(image: ChartImage, scale = 2): Promise<Blob> {
  const picture = new Image();
  picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
  await picture.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.width * scale);
  canvas.height = Math.round(image.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(picture, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'),
  );
}
