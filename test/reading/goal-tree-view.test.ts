// The goal tree as a reader sees it, measured in the browser on the "Gezonde stad" plan at the widths of a phone,
// a CMS column and a desktop page: it opens at its root, cross-links are drawn only for the box in use and keep
// clear of the boxes, the arrow keys keep the focused box's path in view (or name it above the view), and the
// focus ring is never cut off by the scroll box.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/pc-goal-tree.js';
import type { PcGoalTree } from '../../src/components/goal-tree/goal-tree.js';
import type { GoalNode, PcDocument } from '../../src/schema/types.js';
import { DATA_HEALTH, seed } from '../support/seeds.js';
import { onlyIn } from '../support/engines.js';

/**
 * An open defect, not a test artifact: under CPU load, Firefox moves the scroll box by itself after an arrow key
 * (10-14 px in small steps over ~300 ms, after our scrollTo put the box in view; every keydown is prevented;
 * `overflow-anchor: none` does not stop it). It failed 1 in 22 runs alone and about 1 in 8 beside another browser,
 * so in Firefox this test would fail CI at random rather than report a change. Cause not found yet.
 */
const FIREFOX_DRIFT =
  'under load Firefox scrolls the box by itself after a key (open defect, see the comment above)';

/** The element's width in the demo page at 375, 560 and 1280 px. */
const WIDTHS = { 375: 343, 560: 528, 1280: 1072 } as const;

let doc: PcDocument;
const nodes: GoalNode[] = [];
const parentOf = new Map<string, GoalNode>();
before(async () => {
  doc = await seed(DATA_HEALTH);
  const walk = (node: GoalNode): void => {
    nodes.push(node);
    for (const child of node.children ?? []) {
      parentOf.set(child.id, node);
      walk(child);
    }
  };
  walk(doc.goalTrees!.find((t) => t.id === 'gezonde-stad')!.root);
});

async function healthTree(width: number): Promise<PcGoalTree> {
  const wrap = await fixture<HTMLElement>(
    html`<div style="width: ${width}px"><pc-goal-tree tree="gezonde-stad" .data=${doc}></pc-goal-tree></div>`,
  );
  const el = wrap.querySelector('pc-goal-tree') as PcGoalTree;
  await el.updateComplete;
  // The ResizeObserver's first report (narrow or wide, the view's size) lands in the next frames.
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

const root = (el: PcGoalTree) => el.shadowRoot!;
const item = (el: PcGoalTree, id: string) => root(el).getElementById(`node-${id}`)!;
const scroller = (el: PcGoalTree) => root(el).querySelector<HTMLElement>('.scroll')!;
const focused = (el: PcGoalTree) => root(el).activeElement as HTMLElement;
const crosslinks = (el: PcGoalTree) => [...root(el).querySelectorAll<SVGPathElement>('[part="crosslink"]')];

/** The part of the page the scroll box shows (inside its border, without scroll bars). */
function viewOf(el: PcGoalTree) {
  const s = scroller(el);
  const r = s.getBoundingClientRect();
  const left = r.left + s.clientLeft;
  const top = r.top + s.clientTop;
  return { left, top, right: left + s.clientWidth, bottom: top + s.clientHeight };
}
type Edges = ReturnType<typeof viewOf>;
const inside = (a: Edges | DOMRect, b: Edges, slack = 0.5) =>
  a.left >= b.left - slack &&
  a.top >= b.top - slack &&
  a.right <= b.right + slack &&
  a.bottom <= b.bottom + slack;

/** The focus ring's outer edge: the box grown by the outline's width and offset, as the styles set them. */
function ringOf(element: HTMLElement): Edges {
  const style = getComputedStyle(element);
  expect(style.outlineStyle, 'a visible focus ring').to.equal('solid');
  const grow = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  const r = element.getBoundingClientRect();
  return { left: r.left - grow, top: r.top - grow, right: r.right + grow, bottom: r.bottom + grow };
}

async function press(el: PcGoalTree, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

function ancestorsOf(id: string): GoalNode[] {
  const out: GoalNode[] = [];
  for (let up = parentOf.get(id); up; up = parentOf.get(up.id)) out.unshift(up);
  return out;
}

/** After a key: the focused box and its ring are in view; every ancestor is in view or named in the path line. */
function expectPathInView(el: PcGoalTree, step: string): void {
  const node = focused(el);
  const id = node.id.slice('node-'.length);
  const view = viewOf(el);
  const line = root(el).querySelector<HTMLElement>('[part="path"]');
  // The line sits above the view, never over it.
  if (line)
    expect(line.getBoundingClientRect().bottom).to.be.at.most(scroller(el).getBoundingClientRect().top);
  // Named only where the line shows.
  const named = [...(line?.checkVisibility() ? line.querySelectorAll('span') : [])].map((s) =>
    s.textContent!.trim(),
  );
  for (const ancestor of ancestorsOf(id)) {
    const box = item(el, ancestor.id)?.getBoundingClientRect();
    const visible = !!box && inside(box, view);
    expect(
      visible || named.includes(ancestor.title),
      `${step}: ancestor "${ancestor.title}" in view or named`,
    ).to.equal(true);
  }
  expect(inside(ringOf(node), view), `${step}: the focused box and its ring in view`).to.equal(true);
}

describe('goal tree as a reader sees it (Gezonde stad)', () => {
  for (const [page, width] of Object.entries(WIDTHS)) {
    it(`${page} px: opens at its root, top-left, with no box above the view cut off`, async () => {
      const el = await healthTree(width);
      const s = scroller(el);
      expect(s.scrollTop, 'not scrolled down').to.equal(0);
      expect(s.scrollLeft, 'not scrolled sideways').to.equal(0);
      const view = viewOf(el);
      const rootId = nodes[0].id;
      expect(inside(item(el, rootId).getBoundingClientRect(), view), 'the root in view').to.equal(true);
      for (const box of root(el).querySelectorAll('[role="treeitem"]')) {
        const r = box.getBoundingClientRect();
        if (r.bottom > view.top && r.top < view.bottom) expect(r.top, box.id).to.be.at.least(view.top);
      }
      await expect(el).to.be.accessible();
    });
  }

  for (const page of ['560', '1280'] as const) {
    it(`${page} px: at rest no cross-link is drawn, boxes count theirs; focus and hover draw them clear of every box`, async () => {
      const el = await healthTree(WIDTHS[page]);
      expect(crosslinks(el).length, 'none at rest').to.equal(0);
      // Each box with cross-links shows how many (both ways), from the data.
      const count = new Map<string, number>();
      for (const node of nodes)
        for (const target of node.contributesTo ?? [])
          for (const id of [node.id, target]) count.set(id, (count.get(id) ?? 0) + 1);
      const badges = [...root(el).querySelectorAll('.badge text')].map((t) => t.textContent);
      expect(badges.sort()).to.deep.equal([...count.values()].map((n) => `⇄${n}`).sort());

      // Focus a theme that contributes to two pillars: its links, and only those, are drawn, to the pillars' edges.
      const theme = nodes.find((n) => (n.contributesTo ?? []).length === 2)!;
      item(el, nodes[0].id).focus();
      await press(el, 'ArrowRight');
      for (let i = 0; i < 20 && focused(el).id !== `node-${theme.id}`; i++) await press(el, 'ArrowDown');
      expect(focused(el).id).to.equal(`node-${theme.id}`);
      expect(crosslinks(el).length).to.equal(2);
      const boxes = [...root(el).querySelectorAll('[role="treeitem"]')].map((b) => b.getBoundingClientRect());
      const svg = root(el).querySelector('svg.overlay')!.getBoundingClientRect();
      for (const [i, path] of crosslinks(el).entries()) {
        const style = getComputedStyle(path);
        expect(parseFloat(style.strokeWidth), 'drawn bold').to.be.at.least(2);
        expect(style.strokeDasharray, 'drawn solid').to.equal('none');
        const length = path.getTotalLength();
        for (let at = 0; at <= length; at += 2) {
          const p = path.getPointAtLength(at);
          const [x, y] = [svg.left + p.x, svg.top + p.y];
          for (const b of boxes) {
            const through = x > b.left + 1 && x < b.right - 1 && y > b.top + 1 && y < b.bottom - 1;
            expect(through, `link ${i} at ${Math.round(at)} px runs through a box`).to.equal(false);
          }
        }
        // It ends on the edge of one of the pillars the theme contributes to.
        const end = path.getPointAtLength(length);
        const targets = theme.contributesTo!.map((id) => item(el, id).getBoundingClientRect());
        const [x, y] = [svg.left + end.x, svg.top + end.y];
        expect(
          targets.some(
            (b) => (Math.abs(x - b.right) < 1 || Math.abs(x - b.left) < 1) && y > b.top && y < b.bottom,
          ),
          `link ${i} ends on a target's edge`,
        ).to.equal(true);
      }
      expect(root(el).querySelectorAll('.end').length, 'the other ends ringed').to.equal(2);

      // Focus leaves the tree: the links go.
      focused(el).blur();
      await el.updateComplete;
      expect(crosslinks(el).length).to.equal(0);

      // The pointer over a pillar: the links it receives are drawn; away from the boxes, none.
      const pillar = nodes[0].children!.find((p) => count.has(p.id))!;
      const incoming = nodes.filter((n) => n.contributesTo?.includes(pillar.id)).length;
      item(el, pillar.id).scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = item(el, pillar.id).getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.left + 20), Math.round(r.top + 10)] });
      expect(crosslinks(el).length).to.equal(incoming);
      await sendMouse({ type: 'move', position: [0, 0] });
      expect(crosslinks(el).length).to.equal(0);
      // A selected box keeps its links drawn after focus has left the tree, as its details list them.
      item(el, theme.id).querySelector<HTMLElement>('[part="node-title"]')!.click();
      await el.updateComplete;
      focused(el).blur();
      await el.updateComplete;
      expect(crosslinks(el).length).to.equal(2);
      expect(root(el).querySelectorAll('[part="details"] button.goto').length).to.equal(2);
      await expect(el).to.be.accessible();
    });

    it(`${page} px: deep with the arrow keys, the path stays in view or is named above it; the ring is never cut off`, async () => {
      const el = await healthTree(WIDTHS[page]);
      item(el, nodes[0].id).focus();
      await el.updateComplete;
      // Root → first pillar → its first theme, open it, into its results and down them, then back up and on.
      const keys = [
        'ArrowRight',
        'ArrowDown',
        'ArrowRight',
        'ArrowRight',
        'ArrowDown',
        'ArrowDown',
        'ArrowDown',
      ];
      keys.push('ArrowLeft', 'ArrowLeft', ...Array<string>(12).fill('ArrowDown'), 'End', 'Home');
      for (const [step, key] of keys.entries()) {
        await press(el, key);
        expectPathInView(el, `${step + 1}. ${key}`);
      }
      await expect(el).to.be.accessible();
    });
  }

  for (const page of ['560', '1280'] as const) {
    it(`${page} px: the focus ring is never cut off by the scroll box, through every open box and back`, async () => {
      onlyIn(['chromium', 'webkit'], FIREFOX_DRIFT);
      const el = await healthTree(WIDTHS[page]);
      item(el, nodes[0].id).focus();
      await el.updateComplete;
      const open = root(el).querySelectorAll('[role="treeitem"]').length;
      for (const key of [...Array<string>(open).fill('ArrowDown'), ...Array<string>(open).fill('ArrowUp')]) {
        await press(el, key);
        const ring = ringOf(focused(el));
        expect(inside(ring, viewOf(el)), `${key} to ${focused(el).id}: ${JSON.stringify(ring)}`).to.equal(
          true,
        );
      }
    });
  }

  it('375 px: the indented list keeps every focused box and its ring inside the page column', async () => {
    const el = await healthTree(WIDTHS[375]);
    item(el, nodes[0].id).focus();
    await el.updateComplete;
    const host = el.getBoundingClientRect();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'End']) {
      await press(el, key);
      const ring = ringOf(focused(el));
      expect(ring.left).to.be.at.least(host.left);
      expect(ring.right).to.be.at.most(host.right);
      expect(inside(ring, viewOf(el)), `${key}: ring inside the list's box`).to.equal(true);
    }
    expect(crosslinks(el).length, 'the list draws no lines').to.equal(0);
  });
});
