// Shared by the benchmark pages (served as is, not bundled): loading a library, our elements behind the same
// interface as the peer modules, and the clock that says when a change has been painted.

/** The bundle a page imports, by library and purpose: ours from dist/, the peers from bench/.tmp/. */
export function bundleUrl(lib, entry) {
  // `dist=` points ours at another build of the same entries (the unminified one of `--profile`).
  const dist = new URLSearchParams(location.search).get('dist') ?? '/dist';
  if (lib === 'ours') return entry === 'all' ? `${dist}/pc-charts.js` : `${dist}/pc-${entry}.js`;
  return `/bench/.tmp/${lib}/${entry}.js`;
}

/**
 * Imports a library and returns its drawing functions: indicatorCard, budgetGauge, saldoTable, goalTree
 * (container, doc, id) → handle { ready, update?(doc), toggle?(id), focus?(id), keyStep?() }.
 * A function a library does not have is missing ("cannot").
 */
export async function loadLibrary(lib, entry) {
  const module = await import(bundleUrl(lib, entry));
  return lib === 'ours' ? ours : module;
}

/** Our elements, created the way a page would: an element per chart, `data` set to the document. */
function element(container, tag, attributes, doc) {
  if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined by the bundle`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  // A build from before `drawComplete`, for A/B runs against it: pc-load, then Lit's update.
  const loaded = new Promise((resolve, reject) => {
    el.addEventListener('pc-load', () => resolve(), { once: true });
    el.addEventListener('pc-error', (event) => reject(new Error(`<${tag}> ${event.detail.code}`)), {
      once: true,
    });
  });
  el.data = doc;
  container.append(el);
  // `drawComplete`: the element shows its data or its error (drawing is scheduled, nearest the view first).
  const drawn = () =>
    el.drawComplete.then((state) => {
      if (state === 'error') {
        const alert = el.shadowRoot.querySelector('[role="alert"]');
        throw new Error(`<${tag}> shows an error: ${alert?.textContent.trim().slice(0, 200)}`);
      }
    });
  return {
    el,
    ready: 'drawComplete' in el ? drawn() : loaded.then(() => el.updateComplete),
    update(next) {
      el.data = next;
      return 'drawComplete' in el ? drawn() : el.updateComplete;
    },
  };
}

function treeItem(el, id) {
  return el.shadowRoot.getElementById(`node-${id}`);
}

function key(target, name) {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }),
  );
}

const ours = {
  indicatorCard: (container, doc, id) => element(container, 'pc-indicator-card', { indicator: id }, doc),
  budgetGauge: (container, doc, id) => element(container, 'pc-budget-gauge', { goal: id }, doc),
  saldoTable: (container, doc, id) => element(container, 'pc-saldo-table', { programme: id }, doc),
  goalTree(container, doc, id, options = {}) {
    const attributes = { tree: id };
    if (options.expandAll) attributes['expanded-depth'] = '1000';
    const handle = element(container, 'pc-goal-tree', attributes, doc);
    const el = handle.el;
    return {
      ...handle,
      /** Gives a node the keyboard focus (what a user's earlier steps did), rendering it if it is off screen. */
      focus(nodeId) {
        if (!el.revealNode(nodeId)) throw new Error(`no node ${nodeId}`);
        return el.updateComplete;
      },
      /** One step down from the focused node, as a user presses ArrowDown. */
      keyStep() {
        key(el.shadowRoot.activeElement, 'ArrowDown');
        return el.updateComplete;
      },
      /** Expands or collapses a node with the keyboard (ArrowRight / ArrowLeft on the focused node). */
      toggle(nodeId) {
        const item = treeItem(el, nodeId);
        key(item, item.getAttribute('aria-expanded') === 'true' ? 'ArrowLeft' : 'ArrowRight');
        return el.updateComplete;
      },
      /** How many tree items are in the DOM (above 300 open nodes, only those near the view: see tree.js). */
      shown: () => el.shadowRoot.querySelectorAll('[role="treeitem"]').length,
      /** Whether a node is shown open. */
      open: (nodeId) => treeItem(el, nodeId)?.getAttribute('aria-expanded') === 'true',
      /** The focused node's id. */
      focused: () => el.shadowRoot.activeElement?.id.slice('node-'.length),
    };
  },
};

/**
 * Post-paint timestamps: a task queued from every animation frame runs after that frame's style, layout and
 * paint. `after(t)` resolves with the first such timestamp later than `t` (one already taken, or the next), so a
 * change made inside a frame (ECharts, Stencil) and one made in a task (Lit) are both timed to the paint that
 * shows them. The task is posted at user-blocking priority where the browser has `scheduler.postTask`, so that
 * a page busy with yielded work (ours: scheduled drawing) cannot delay the stamp behind its own tasks.
 */
export function paintClock() {
  const stamps = [];
  const waiting = [];
  let running = true;
  const post = (callback) =>
    globalThis.scheduler?.postTask
      ? globalThis.scheduler.postTask(callback, { priority: 'user-blocking' })
      : setTimeout(callback, 0);
  const tick = () =>
    requestAnimationFrame(() =>
      post(() => {
        const now = performance.now();
        stamps.push(now);
        for (const waiter of waiting.splice(0)) {
          if (waiter.after < now) waiter.resolve(now);
          else waiting.push(waiter);
        }
        if (running) tick();
      }),
    );
  tick();
  return {
    after(t) {
      const taken = stamps.find((stamp) => stamp > t);
      if (taken !== undefined) return Promise.resolve(taken);
      return new Promise((resolve) => waiting.push({ after: t, resolve }));
    },
    stop() {
      running = false;
    },
  };
}

/**
 * Records when each chart said it was drawn (`handle.drawnAt`, ms from navigation start) and which element it
 * drew into (`handle.box`: the last child of its section when it was created; every library adds one).
 */
export function track(handle, section) {
  handle.box = section.lastElementChild;
  handle.ready.then(() => (handle.drawnAt = performance.now()));
  return handle;
}

/** The charts whose box meets the first viewport (at the top of the finished page). */
export function inFirstViewport(handles) {
  return handles.filter((handle) => {
    const rect = handle.box?.getBoundingClientRect();
    return rect && rect.bottom > 0 && rect.top < innerHeight && rect.height > 0;
  });
}

/** Rejects after `ms` with the names of the charts that never said they were drawn. */
export function timeLimit(handles, ms) {
  const pending = new Set(handles);
  for (const handle of handles) handle.ready.then(() => pending.delete(handle));
  return new Promise((_, reject) =>
    setTimeout(() => {
      const names = [...pending].map((handle) => handle.el?.localName ?? handle.name ?? 'chart');
      reject(
        new Error(`${pending.size} chart(s) not drawn after ${ms} ms: ${[...new Set(names)].join(', ')}`),
      );
    }, ms),
  );
}

/** Whether a chart shows something: our element without an error and with content, a peer's canvas or SVG. */
export function drawn(container) {
  const problems = [];
  for (const child of container.children) {
    const root = child.shadowRoot ?? child;
    if (child.localName.startsWith('pc-')) {
      if (root.querySelector('[role="alert"]')) problems.push(`<${child.localName}> shows an error`);
      else if (!root.querySelector('svg, table, [role="treeitem"], [role="meter"], [role="img"]'))
        problems.push(`<${child.localName}> shows no chart`);
      continue;
    }
    const graphics = [
      ...root.querySelectorAll('canvas, svg'),
      ...(root.firstElementChild?.shadowRoot?.querySelectorAll('canvas, svg') ?? []),
    ];
    const visible = graphics.some((graphic) => {
      const rect = graphic.getBoundingClientRect();
      return rect.width > 40 && rect.height > 40;
    });
    if (!visible) problems.push(`${child.className || child.localName} draws nothing`);
  }
  return problems;
}
