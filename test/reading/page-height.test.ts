// Issue 17 item 7: "Once a page has finished drawing, it must not change height by more than 2% while it is
// scrolled through (375, 560 and 1280 px)". Each demo page, as a reader opens it (an iframe of that width and a
// phone-or-laptop height, the page's own script: the test server maps demo/pc-charts.js to the source entry), is
// awaited until every chart has drawn its data or its error (the documented `drawComplete` promise), then scrolled
// to the bottom a viewport at a time and back to the top, two frames after each step; the document's height at
// each step may differ from the finished height by at most 2%. The height at first paint (the placeholders'
// stand-in sizes, before any chart has drawn) is reported beside it.
import { expect } from '@open-wc/testing';
import { DEMO_PAGES, frameDocument, openFrame, pcElements, waitFor } from '../embedding/embed-helpers.js';

const PAGES = DEMO_PAGES;
const WIDTHS = [375, 560, 1280];
/** The window's height: a phone's (375, 560) or a laptop's (1280). */
const VIEW_HEIGHT = 800;
/** The most the height may change while the page is scrolled, relative to the finished height. */
const MAX_CHANGE = 0.02;

type Drawable = Element & { drawComplete: Promise<'ready' | 'error'> };

/** `count` frames of the page in the iframe (or 100 ms each, where the browser produces none for it). */
async function frames(win: Window, count = 2): Promise<void> {
  for (let i = 0; i < count; i++) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 100);
      win.requestAnimationFrame(() => {
        clearTimeout(timer);
        // After the frame's style and layout: a task, as a reader's next look.
        setTimeout(resolve, 0);
      });
    });
  }
}

const heightOf = (doc: Document): number => doc.documentElement.scrollHeight;

interface Measured {
  firstPaint: number;
  pendingAtFirstPaint: number;
  charts: number;
  finished: number;
  /** The height after each scroll step, top to bottom and back. */
  scrolled: number[];
  /** The charts whose height changed while scrolling: `<tag attributes> before → after px`. */
  grown: string[];
}

function label(el: Element): string {
  const attributes = [...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ');
  return `<${el.localName} ${attributes}>`;
}

/** Opens a demo page at `width`, awaits every chart, scrolls it through; the heights seen. */
export async function measurePage(page: string, width: number): Promise<Measured> {
  const frame = await openFrame({ src: `/demo/${page}.html` }, width);
  frame.height = String(VIEW_HEIGHT);
  try {
    const doc = frameDocument(frame);
    const win = frame.contentWindow!;
    // The first frame after load: the placeholders, before data has arrived and any chart has drawn.
    await frames(win, 1);
    const elements = pcElements(doc) as Drawable[];
    const firstPaint = heightOf(doc);
    const pendingAtFirstPaint = elements.filter((el) => el.matches(':state(pending)')).length;
    await waitFor(
      () => elements.every((el) => win.customElements.get(el.localName)),
      () => 'elements not defined',
    );
    await Promise.all(elements.map((el) => el.drawComplete));
    await frames(win, 2);
    const finished = heightOf(doc);
    const before = elements.map((el) => el.getBoundingClientRect().height);
    const scrolled: number[] = [];
    const step = win.innerHeight;
    for (let y = step, steps = 0; y < heightOf(doc) && steps < 200; y += step, steps++) {
      win.scrollTo({ top: y, behavior: 'instant' });
      await frames(win);
      scrolled.push(heightOf(doc));
    }
    win.scrollTo({ top: 0, behavior: 'instant' });
    await frames(win);
    scrolled.push(heightOf(doc));
    const grown = elements.flatMap((el, i) => {
      const after = el.getBoundingClientRect().height;
      return Math.abs(after - before[i]) > 1 ? [`${label(el)} ${before[i]} → ${after} px`] : [];
    });
    return { firstPaint, pendingAtFirstPaint, charts: elements.length, finished, scrolled, grown };
  } finally {
    frame.remove();
  }
}

describe('page height while scrolling: at most 2% change once drawn', function () {
  this.timeout(120000);

  for (const page of PAGES) {
    for (const width of WIDTHS) {
      it(`demo/${page}.html at ${width} px`, async () => {
        const m = await measurePage(page, width);
        expect(m.charts, 'charts on the page').to.be.greaterThan(0);
        const change = Math.max(...m.scrolled.map((h) => Math.abs(h - m.finished))) / m.finished;
        console.log(
          `page-height ${page} ${width}px: first paint ${m.firstPaint} px (${m.pendingAtFirstPaint}/${m.charts} ` +
            `placeholders), drawn ${m.finished} px (${(((m.finished - m.firstPaint) / m.firstPaint) * 100).toFixed(1)}%), ` +
            `scrolled ${Math.min(...m.scrolled)}–${Math.max(...m.scrolled)} px in ${m.scrolled.length} steps ` +
            `(max change ${(change * 100).toFixed(2)}%)`,
        );
        expect(m.scrolled.length, 'scroll steps').to.be.greaterThan(0);
        expect(
          change,
          `height while scrolling: ${m.scrolled.join(', ')} px against ${m.finished} px when drawn; ` +
            `charts that changed: ${m.grown.join('; ') || 'none'}`,
        ).to.be.at.most(MAX_CHANGE);
      });
    }
  }
});
