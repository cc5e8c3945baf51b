// In the head of the pre-rendered dashboard pages (scripts/bench/prerender.mjs writes them): a classic script,
// so that it runs before the body is parsed. window.benchResult resolves with the first post-paint time, from
// navigation start, at which every chart is on screen: the HTML parsed (the charts are in it as it arrives), and on
// the takeover page (data-takeover) every element defined and drawn (its documented `drawComplete`).
(() => {
  const takeover = document.currentScript?.dataset.takeover === 'true';
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  async function run() {
    if (document.readyState === 'loading')
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    const elements = [...document.querySelectorAll('#dashboard section > *')].filter((element) =>
      element.localName.startsWith('pc-'),
    );
    const problems = [];
    const bare = elements.filter((element) => !element.shadowRoot).length;
    if (elements.length === 0) problems.push('no charts in the page');
    if (bare > 0) problems.push(`${bare} chart(s) without their pre-rendered shadow root`);
    if (takeover) {
      const names = [...new Set(elements.map((element) => element.localName))];
      await Promise.all(names.map((name) => customElements.whenDefined(name)));
      const states = await Promise.all(elements.map((element) => element.drawComplete));
      const errors = states.filter((state) => state !== 'ready').length;
      if (errors > 0) problems.push(`${errors} chart(s) show an error after the takeover`);
    }
    await afterPaint();
    const allAt = performance.now();
    const fcp = performance
      .getEntriesByType('paint')
      .find((entry) => entry.name === 'first-contentful-paint');
    return { allAt, fcp: fcp?.startTime ?? null, charts: elements.length, problems };
  }

  window.benchResult = run().catch((error) => ({ error: String(error?.stack ?? error) }));
})();
