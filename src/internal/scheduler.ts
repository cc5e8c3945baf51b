/**
 * Scheduled drawing: a page with fifty charts must not freeze while they draw. Every element's first draw and every
 * redraw for new data is queued here instead of running in the task that set the data. The queue runs in slices
 * of about SLICE_MS between which the browser handles input and paints: charts in or near the viewport first,
 * then the rest in page order, so that every chart is drawn without the reader scrolling to it.
 *
 * - A slice ends when it has run SLICE_MS (NEAR_SLICE_MS while it draws charts near the viewport). Between slices the queue yields with
 *   `scheduler.yield()` where the browser has it (the continuation keeps its place ahead of other tasks), else
 *   a message-channel task (no timer clamping). After a slice it also waits for the next frame, so that a frame
 *   lays out what one slice drew and never the work of many (that frame would be the long task); the one
 *   exception is the first screen, whose charts two slices draw before one frame shows them all. The slice that
 *   draws the last chart in the viewport ends there, so that this frame lays out the reader's screen only.
 * - Order: nearest the viewport first (distance 0 in it), then by distance, first queued first among equals. An
 *   IntersectionObserver (margin half a viewport) updates the distances as the page scrolls and as charts above
 *   grow; a chart it has not reported on yet is measured once, all such at the start of a slice.
 * - Where the browser has no scroll anchoring (WebKit), the queue keeps the view itself: charts drawn above the
 *   viewport scroll the page by as much as they grew, so a reader (or a link's #anchor) stays where it was.
 * - `beforeprint` draws everything at once: a printed page shows every chart.
 * - `drawNow(element)` draws one element at once (what `revealNode` needs before it can open a node).
 * - A job may have a prepare step (an element's: checking its document, which the first of the fifty cards sharing
 *   it pays, cached for the rest). When that step uses up the slice, the draw waits for the next one.
 */

/**
 * Time a slice may run before it yields, in ms (one chart is never split). The frame after a slice lays out what
 * it drew, which takes about as long again: each stays well under 50 ms. Charts near the viewport get longer
 * slices, so that the first screen is complete in fewer frames.
 */
export const SLICE_MS = 16;
export const NEAR_SLICE_MS = 30;
/** "Near" the viewport: within half its height above or below it (the observer's margin, and `near`). */
const NEAR_MARGIN = '50% 0px 50% 0px';

interface Job {
  element: Element;
  /** Draws the element (Lit's update) and settles the promise its update awaits. */
  run(): void;
  /**
   * Work the draw needs first that may run in an earlier slice than the draw itself (validating a document that
   * many elements share): a slice that spent its time on it ends there, so the two never add up to one long task.
   */
  prepare?: () => void;
  /** How far the element is from the viewport, in px (0: in it); undefined until measured or reported. */
  distance?: number;
}

/** Queued jobs by element, in the order they were queued (Map keeps insertion order). */
const queue = new Map<Element, Job>();
let pumping = false;
let observer: IntersectionObserver | undefined;
let printListener = false;

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/** Gives the browser the main thread: `scheduler.yield()`, else a message-channel task. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Longest wait for a frame, in ms. A browser may produce no frames for a document that is still "visible": WebKit
 * and Chromium throttle or stop requestAnimationFrame in an iframe scrolled out of view, WebKit in a window that is
 * covered. Without this limit the queue would wait there forever and the charts would never draw.
 */
export const FRAME_WAIT_MS = 100;

/**
 * Waits until the next frame has been produced (its style, layout and paint done): a requestAnimationFrame
 * callback, then a task; or FRAME_WAIT_MS, whichever comes first. A hidden page produces no frames: there it only
 * yields.
 */
function afterNextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden')
    return yieldToBrowser();
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve(yieldToBrowser());
    };
    const frame = requestAnimationFrame(finish);
    const timer = setTimeout(finish, FRAME_WAIT_MS);
  });
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Queues `draw` (an element's update) and resolves once it has run. An element already queued keeps its place:
 * its update is one update however often it was asked for (Lit batches them).
 */
export function scheduleDraw(element: Element, draw: () => void, prepare?: () => void): Promise<void> {
  const queued = queue.get(element);
  if (queued) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const job: Job = {
      element,
      prepare,
      run() {
        try {
          draw();
        } finally {
          resolve();
        }
      },
    };
    queue.set(element, job);
    watch(element);
    if (!pumping) {
      pumping = true;
      void pump();
    }
  });
}

/** Draws a queued element at once, ahead of the queue. Returns whether it was queued. */
export function drawNow(element: Element): boolean {
  const job = queue.get(element);
  if (!job) return false;
  take(job);
  job.run();
  return true;
}

/** Draws every queued element at once, nearest first (before printing). */
export function drawAll(): void {
  measureUnknown();
  while (queue.size > 0) {
    const job = next();
    take(job);
    job.run();
  }
}

/** How many elements wait to be drawn (for tests and the benchmark). */
export function pendingDraws(): number {
  return queue.size;
}

function take(job: Job): void {
  queue.delete(job.element);
  observer?.unobserve(job.element);
}

async function pump(): Promise<void> {
  /** Whether the last slice ended before its first draw (see below): the next one always draws. */
  let deferred = false;
  /** Whether the first screen's second slice (drawn before its frame, see below) has been given. */
  let joined = false;
  try {
    // Let the task that queued the first element finish (it usually creates or updates many more).
    await yieldToBrowser();
    while (queue.size > 0) {
      const started = now();
      measureUnknown();
      const above = keepsViewItself() ? undefined : measureAbove();
      let job = next();
      let drawn = 0;
      for (;;) {
        const prepare = job.prepare;
        job.prepare = undefined;
        prepare?.();
        // A slice whose measuring and checking took half its time ends before its first draw: that draw and the
        // layout it causes would make it a long task. It ends so once in a row, so that a page whose layout is
        // always slow to measure still gets drawn.
        const elapsed = now() - started;
        if (drawn === 0 ? !deferred && elapsed >= budgetFor(job) / 2 : !!prepare && elapsed >= budgetFor(job))
          break;
        take(job);
        job.run();
        drawn++;
        if (queue.size === 0) break;
        const inView = job.distance === 0;
        job = next();
        // The last chart in the viewport is drawn: the slice ends, so that the next frame lays out and paints the
        // reader's screen and nothing below it.
        if (inView && job.distance !== 0) break;
        if (now() - started >= budgetFor(job)) break;
      }
      deferred = drawn === 0;
      if (above) keepView(above);
      if (queue.size === 0) break;
      // Nothing drawn, nothing to lay out: a plain yield. After a draw, the frame that lays it out; but the first
      // slice that draws charts in the viewport is followed by a second before that frame, so that the reader's
      // first screen is laid out and painted in one frame instead of two (what that frame lays out stays under
      // 50 ms: NEAR_SLICE_MS). Measured on the dashboard: first viewport 75 instead of 135 ms after the floor page.
      if (deferred || (!joined && next().distance === 0)) {
        if (!deferred) joined = true;
        await yieldToBrowser();
      } else await afterNextFrame();
    }
  } finally {
    pumping = false;
  }
}

let anchoring: boolean | undefined;

/**
 * Whether the browser keeps what the reader sees in place when content above the viewport grows (CSS scroll
 * anchoring: Chromium, Firefox). WebKit has none: there a chart drawn above the viewport would push the text the
 * reader is at (or the anchor a link scrolled to) down the page, so the queue does it itself (`keepView`).
 */
function keepsViewItself(): boolean {
  anchoring ??= typeof CSS !== 'undefined' && CSS.supports('overflow-anchor', 'auto');
  return anchoring;
}

/**
 * For tests: whether to count on the browser's scroll anchoring (true), or keep the view as in WebKit (false), or
 * detect it again (undefined). A test sets `overflow-anchor: none` on the page with `false`, so that Chromium and
 * Firefox run the queue's own way.
 */
export function assumeScrollAnchoring(value: boolean | undefined): void {
  anchoring = value;
}

/**
 * Before a slice, where the browser has no scroll anchoring and the page is scrolled: the heights of the queued
 * charts that lie wholly above the viewport (one layout for all). Undefined when there is nothing to keep.
 */
function measureAbove(): Map<Element, number> | undefined {
  if (typeof scrollY !== 'number' || scrollY <= 0) return undefined;
  let above: Map<Element, number> | undefined;
  for (const job of queue.values()) {
    const rect = job.element.getBoundingClientRect();
    if (rect.bottom <= 0 && job.element.isConnected) (above ??= new Map()).set(job.element, rect.height);
  }
  return above;
}

/** After a slice: scrolls by as much as the charts drawn above the viewport grew, so the view stays where it was. */
function keepView(above: Map<Element, number>): void {
  let grown = 0;
  for (const [element, height] of above)
    if (!queue.has(element)) grown += element.getBoundingClientRect().height - height;
  if (Math.abs(grown) >= 1) scrollBy(0, grown);
}

/** The next job: the one nearest the viewport (the first queued of those as near). */
function next(): Job {
  let best: Job | undefined;
  for (const job of queue.values()) {
    if (!best || (job.distance ?? Infinity) < (best.distance ?? Infinity)) best = job;
    if (best.distance === 0) break;
  }
  return best!;
}

/** How long a slice may run before it draws `job` (see SLICE_MS). */
function budgetFor(job: Job): number {
  return near(job) ? NEAR_SLICE_MS : SLICE_MS;
}

/** Within half a viewport of the viewport. */
function near(job: Job): boolean {
  return (job.distance ?? Infinity) <= innerHeight / 2;
}

/**
 * Measures the jobs the IntersectionObserver has not reported on yet, all at once before a slice draws anything
 * (one layout, not one per chart).
 */
function measureUnknown(): void {
  for (const job of queue.values())
    if (job.distance === undefined)
      job.distance = distanceOf(job.element.getBoundingClientRect(), job.element);
}

/** How far a box is from the viewport, vertically, in px: 0 when it meets it; Infinity when not rendered. */
function distanceOf(rect: DOMRectReadOnly, element: Element): number {
  if (!element.isConnected || (rect.width === 0 && rect.height === 0)) return Infinity; // display: none
  return Math.max(0, rect.top - innerHeight, -rect.bottom);
}

function watch(element: Element): void {
  if (!printListener && typeof addEventListener === 'function') {
    printListener = true;
    addEventListener('beforeprint', drawAll);
  }
  if (typeof IntersectionObserver !== 'function') return;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const job = queue.get(entry.target);
        if (job) job.distance = distanceOf(entry.boundingClientRect, entry.target);
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  observer.observe(element);
}
